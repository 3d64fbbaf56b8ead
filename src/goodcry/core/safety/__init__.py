"""Safety: crisis-language screening, help resources by country, and the card shown after saving.

Everything here is plain data and pure functions: the edges (CLI, web) save the entry first, then call
:func:`screen` and, when it finds something, :func:`card_for` with :func:`resources_for` the journal's country.
Importing this package is cheap: the rules compile and the resource table loads on first use.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from goodcry.core.safety.screening import (
        NOTHING,
        Category,
        Level,
        Screening,
        Trigger,
        screen,
        screen_entry,
        screen_many,
    )

# Names load from their module on first use (PEP 562): saving an entry screens it without loading the card or
# the resource table, which only a flagged entry or `help-now` needs.
_HOME = {
    **dict.fromkeys(("IMMEDIATE_DANGER", "NOT_MEDICAL_ADVICE", "Card", "card_for", "help_card"), "card"),
    **dict.fromkeys(("Emergency", "HelpLine", "Resources", "countries", "is_known_country", "resources_for",
                     "table_version"), "resources"),
    **dict.fromkeys(("NOTHING", "Category", "Level", "Screening", "Trigger", "screen", "screen_entry", "screen_many"),
                    "screening"),
}


def __getattr__(name: str) -> Any:
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'goodcry.core.safety' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f"goodcry.core.safety.{module}"), name)
    globals()[name] = value
    return value


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
    "screen_entry",
    "screen_many",
    "table_version",
]
