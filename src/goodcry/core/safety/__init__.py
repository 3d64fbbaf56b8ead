"""Safety: crisis-language screening, help resources by country, and the card shown after saving.

Everything here is plain data and pure functions: the edges (CLI, web) save the entry first, then call
:func:`screen` and, when it finds something, :func:`card_for` with :func:`resources_for` the journal's country.
Importing this package is cheap: the rules compile and the resource table loads on first use.
"""

from goodcry.core.safety.card import IMMEDIATE_DANGER, NOT_MEDICAL_ADVICE, Card, card_for, help_card
from goodcry.core.safety.resources import (
    Emergency,
    HelpLine,
    Resources,
    countries,
    is_known_country,
    resources_for,
    table_version,
)
from goodcry.core.safety.screening import NOTHING, Category, Level, Screening, Trigger, screen, screen_many

__all__ = [
    "IMMEDIATE_DANGER",
    "NOTHING",
    "NOT_MEDICAL_ADVICE",
    "Card",
    "Category",
    "Emergency",
    "HelpLine",
    "Level",
    "Resources",
    "Screening",
    "Trigger",
    "card_for",
    "countries",
    "help_card",
    "is_known_country",
    "resources_for",
    "screen",
    "screen_many",
    "table_version",
]
