"""The parts of goodcry the web app uses when they are installed: safety screening and emotion suggestions.

Both live in the core (``goodcry.core.safety``, ``goodcry.core.emotions``).  The web app works without them: no
card after saving (the Help page still gives findahelpline.com and the emergency number) and the vocabulary
picker without suggestions.  Every result here is a plain view model for the templates.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from types import ModuleType

from goodcry.core.vocabulary import Vocabulary

FALLBACK_EMERGENCY = "your local emergency number"
FINDAHELPLINE = "https://findahelpline.com"
NOT_MEDICAL_ADVICE = "goodcry is not monitored by a person and is not medical advice."


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


def _fallback_help() -> CardView:
    return CardView(
        level="none",
        title="Someone to talk to",
        lines=("Free, confidential helplines for your country are listed at findahelpline.com.",),
        resources=(LineView("Find a Helpline", "Helplines in your country, by phone, text or chat", FINDAHELPLINE),),
        emergency=FALLBACK_EMERGENCY,
        footer=(f"If you are in immediate danger, call {FALLBACK_EMERGENCY}.", NOT_MEDICAL_ADVICE),
    )


def help_card(country: str | None) -> CardView:
    """The Help now page's resources for a country."""
    safety = _module("goodcry.core.safety")
    if safety is None:
        return _fallback_help()
    return _card_view(safety.help_card(safety.resources_for(country)))


def screen_card(text: str, country: str | None) -> CardView | None:
    """The card to show after saving ``text``, or None (also when screening is not installed)."""
    safety = _module("goodcry.core.safety")
    if safety is None or not text.strip():
        return None
    card = safety.card_for(safety.screen(text), safety.resources_for(country))
    return None if card is None else _card_view(card)


def countries() -> dict[str, str]:
    """Country code → name, for the Settings page (empty when the resource table is not installed)."""
    safety = _module("goodcry.core.safety")
    if safety is None:
        return {}
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
