"""The core's safety screening and emotion suggestions, as view models for the templates.

Safety (``goodcry.core.safety``) is always there.  Emotion suggestions (``goodcry.core.emotions``) are used when
that package is installed; without it the vocabulary picker works alone.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

from goodcry.core.model import Entry
from goodcry.core.vocabulary import Vocabulary

FALLBACK_EMERGENCY = "your local emergency number"


def _module(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


@dataclass(frozen=True)
class LineView:
    name: str
    how: str
    url: str
    phone: str | None = None


@dataclass(frozen=True)
class CardView:
    level: str  # "crisis", "concern" or "none" (the Help page)
    title: str
    lines: tuple[str, ...]
    resources: tuple[LineView, ...]
    emergency: str
    footer: tuple[str, ...]


def _card_view(card: object) -> CardView:
    resources = tuple(
        LineView(r.name, r.how, r.url, getattr(r, "phone", None)) for r in getattr(card, "resources", ())
    )
    level = getattr(card, "level", "none")
    return CardView(
        level=str(getattr(level, "value", level)),
        title=str(getattr(card, "title", "")),
        lines=tuple(getattr(card, "lines", ())),
        resources=resources,
        emergency=str(getattr(card, "emergency", FALLBACK_EMERGENCY)),
        footer=tuple(getattr(card, "footer", ())),
    )


def help_card(country: str | None) -> CardView:
    """The Help now page's resources for the journal's country (findahelpline.com and the emergency number else)."""
    from goodcry.core import safety

    return _card_view(safety.help_card(safety.resources_for(country)))


def screen_card(entry: Entry, country: str | None) -> CardView | None:
    """The card to show after saving ``entry`` (its text, notes and check-in notes screened), or None."""
    from goodcry.core import safety

    card = safety.card_for(safety.screen_entry(entry), safety.resources_for(country))
    return None if card is None else _card_view(card)


def countries() -> dict[str, str]:
    """Country code → name, for the Settings page."""
    from goodcry.core import safety

    return dict(safety.countries())


@dataclass(frozen=True)
class SuggestionView:
    word: str
    family: str
    evidence: tuple[str, ...]


def suggestions(text: str, vocabulary: Vocabulary, limit: int = 6) -> tuple[SuggestionView, ...]:
    """Feeling words suggested by ``text``, each with the words that suggested it (empty without the engine)."""
    emotions = _module("goodcry.core.emotions")
    if emotions is None or not text.strip():
        return ()
    found = emotions.suggest(text, vocabulary, limit=limit)
    return tuple(SuggestionView(s.word, s.family, tuple(s.evidence)) for s in found)


def suggestions_available() -> bool:
    return _module("goodcry.core.emotions") is not None
