"""The core's safety screening and emotion suggestions, as view models for the templates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from goodcry.core.model import Entry
from goodcry.core.vocabulary import Vocabulary

if TYPE_CHECKING:
    from goodcry.core.safety import Card


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


def _card_view(card: Card) -> CardView:
    return CardView(
        level=card.level.value,
        title=card.title,
        lines=card.lines,
        resources=tuple(LineView(r.name, r.how, r.url, r.phone) for r in card.resources),
        emergency=card.emergency,
        footer=card.footer,
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
    """Feeling words suggested by ``text``, each with the words that suggested it."""
    if not text.strip():
        return ()
    from goodcry.core.emotions import suggest

    found = suggest(text, vocabulary, limit=limit)
    return tuple(SuggestionView(s.word, s.family, tuple(s.evidence)) for s in found)
