"""Charts of a person's journal: built from the insights' plain data, drawn with matplotlib (loaded lazily).

``KINDS`` names the charts; ``gather`` (in ``data``) takes the insights and the series in one pass over the
entries; ``draw(kind, insights, data, fmt)`` returns PNG or SVG bytes (drawn in ``figures``), or raises
``NotEnoughToDraw`` when the entries cannot show anything yet.  Importing this package does not import matplotlib.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from goodcry.core.errors import GoodcryError

if TYPE_CHECKING:
    from goodcry.charts.data import ChartData
    from goodcry.core.insights import Insights

# name → what the chart shows (the order `goodcry plot --help` and the report use)
KINDS: dict[str, str] = {
    "tension": "tension before → after each cry",
    "mood": "check-in mood over time, crying days marked, beside your usual mood",
    "emotions": "the feelings named in cries, by week, by family",
    "relief": "how often you felt better in each situation, with 95% intervals",
    "circle": "your support circle: how each person responded and how you felt with them",
}
FORMATS = ("png", "svg")


class NotEnoughToDraw(GoodcryError):
    """The entries cannot show this chart yet; the message says what would."""


class UnknownChart(GoodcryError):
    """A chart name that goodcry does not draw."""


def check_kind(kind: str) -> str:
    name = kind.strip().lower()
    if name not in KINDS:
        raise UnknownChart(f"unknown chart {kind!r}; choose one of: {', '.join(KINDS)}")
    return name


def draw(kind: str, insights: Insights, data: ChartData, fmt: str) -> bytes:
    """The chart ``kind`` as ``fmt`` (png or svg) bytes."""
    from goodcry.charts.data import missing

    kind = check_kind(kind)
    reason = missing(kind, data, insights)
    if reason:
        raise NotEnoughToDraw(f"not enough entries to draw this yet: {reason}")
    from goodcry.charts import figures  # matplotlib loads here, only when a chart is drawn

    return figures.render(kind, insights, data, fmt)
