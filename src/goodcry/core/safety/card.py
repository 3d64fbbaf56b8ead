"""What goodcry says after saving an entry that screening flagged: a short, calm card, as plain data.

The CLI and the web page render a :class:`Card` their own way (no Rich or HTML here).  The wording lives in this
one place so every edge says the same thing.  ``card_for`` returns None when there is nothing to show.
"""

from __future__ import annotations

from dataclasses import dataclass

from goodcry.core.notices import NOT_MEDICAL_ADVICE
from goodcry.core.safety.resources import HelpLine, Resources
from goodcry.core.safety.screening import Category, Level, Screening

__all__ = ["IMMEDIATE_DANGER", "NOT_MEDICAL_ADVICE", "Card", "card_for", "footer_lines", "help_card"]

IMMEDIATE_DANGER = "If you are in immediate danger, call {emergency}."
"""Formatted with the country's emergency number ("911") or "your local emergency number"."""

_CRISIS_TITLE = "You don't have to carry this alone"
_CRISIS_LINES = (
    "Your entry is saved, just as you wrote it.",
    "What you wrote sounds really painful. You deserve support right now.",
    "You can talk to someone, any time, for free:",
)
_CONCERN_TITLE = "That sounds like a lot to carry"
_CONCERN_LINES = (
    "Your entry is saved.",
    "If it would help to talk it through with someone, they are here any time:",
)
_NOT_YOUR_FAULT = "If someone is hurting you, it is not your fault. You deserve to be safe."


@dataclass(frozen=True, slots=True)
class Card:
    """A card to show after saving: title, a few short lines, where to turn, and the fixed footer lines."""

    level: Level
    title: str
    lines: tuple[str, ...]
    resources: tuple[HelpLine, ...]
    emergency: str
    footer: tuple[str, ...]
    country: str | None = None

    def text_lines(self) -> tuple[str, ...]:
        """The whole card as plain lines of text (for a terminal, a log-free dialog, or a test)."""
        out = [self.title, "", *self.lines, ""]
        for line in self.resources:
            out.append(f"  {line.name}: {line.how} ({line.url})")
        out.append("")
        out.extend(self.footer)
        return tuple(out)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form for ``--json`` output and the web page."""
        return {
            "level": self.level.value,
            "title": self.title,
            "lines": list(self.lines),
            "resources": [
                {"name": r.name, "how": r.how, "phone": r.phone, "text": r.text, "url": r.url} for r in self.resources
            ],
            "emergency": self.emergency,
            "footer": list(self.footer),
            "country": self.country,
        }


def footer_lines(resources: Resources) -> tuple[str, str]:
    """The two fixed lines: immediate danger → the emergency number; not monitored, not medical advice."""
    return IMMEDIATE_DANGER.format(emergency=resources.emergency.number), NOT_MEDICAL_ADVICE


def card_for(screening: Screening, resources: Resources) -> Card | None:
    """The card for a screening: calm and clear for ``crisis``, gentler for ``concern``, None for ``none``."""
    if screening.level is Level.NONE:
        return None
    if screening.level is Level.CRISIS:
        title, lines = _CRISIS_TITLE, list(_CRISIS_LINES)
        if Category.DANGER_ABUSE in screening.categories:
            lines.insert(2, _NOT_YOUR_FAULT)
    else:
        title, lines = _CONCERN_TITLE, list(_CONCERN_LINES)
    return Card(
        level=screening.level,
        title=title,
        lines=tuple(lines),
        resources=resources.lines,
        emergency=resources.emergency.number,
        footer=footer_lines(resources),
        country=resources.country,
    )


def help_card(resources: Resources) -> Card:
    """The resources on their own, for ``goodcry help-now``: no screening needed."""
    return Card(
        level=Level.NONE,
        title="Someone to talk to",
        lines=("These lines are free and open any time:",),
        resources=resources.lines,
        emergency=resources.emergency.number,
        footer=footer_lines(resources),
        country=resources.country,
    )
