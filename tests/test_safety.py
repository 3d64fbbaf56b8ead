"""Safety: screening, resources and the card (goodcry.core.safety)."""

from __future__ import annotations

import pytest

from goodcry.core.safety import (
    NOT_MEDICAL_ADVICE,
    Category,
    Level,
    card_for,
    countries,
    resources_for,
    screen,
)


@pytest.mark.parametrize(
    "text",
    ["I want to die", "kms", "dont want to be here anymore", "he hits me", "purging after every meal"],
)
def test_crisis_examples(text: str) -> None:
    assert screen(text).level is Level.CRISIS


@pytest.mark.parametrize(
    "text",
    ["I could die of embarrassment", "this exam is killing me", "I would never hurt myself",
     "my friend said she wanted to die"],
)
def test_safe_examples(text: str) -> None:
    assert screen(text).level is Level.NONE


def test_past_self_harm_is_concern() -> None:
    result = screen("I used to cut")
    assert result.level is Level.CONCERN
    assert result.categories == (Category.PAST_SELF_HARM,)


def test_resources_fallback_and_alias() -> None:
    assert resources_for(None).emergency.number == "your local emergency number"
    assert resources_for("UK").country == "GB"
    assert "US" in countries()


def test_card() -> None:
    card = card_for(screen("I want to die"), resources_for("US"))
    assert card is not None
    assert NOT_MEDICAL_ADVICE in card.footer
    assert "If you are in immediate danger, call 911." in card.footer
    assert card_for(screen("a quiet day"), resources_for("US")) is None
