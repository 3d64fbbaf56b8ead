"""Insights: hand-computed fixtures, planted effects found, null effects and thin data never claimed."""

from __future__ import annotations

from goodcry.core import synthetic
from goodcry.core.insights import Status, compute_insights


def test_planted_world_states_comfort_and_null_world_does_not() -> None:
    planted = compute_insights(synthetic.generate(2000, seed=1, effects=synthetic.PLANTED), circle=synthetic.circle())
    null = compute_insights(synthetic.generate(2000, seed=1, effects=synthetic.NULL), circle=synthetic.circle())
    assert planted.company.comforted_vs_not.status is Status.FINDING
    assert null.company.comforted_vs_not.status is not Status.FINDING
