"""The guided interview of ``goodcry log``: a few gentle questions, each one skippable with Enter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any, TypeVar

import click

from goodcry.cli import options, output
from goodcry.core import when
from goodcry.core.errors import GoodcryError
from goodcry.core.model import (
    HELD_BACK,
    MOOD,
    SHAME,
    TENSION,
    Body,
    Company,
    EmotionSource,
    Entry,
    Feeling,
    Kind,
    Place,
    Presence,
    Relief,
    Resolved,
    Trigger,
)
from goodcry.journal import Journal

T = TypeVar("T")


def ask(question: str, parse: Callable[[str], T], *, hint: str = "") -> T | None:
    """Ask until the answer parses; an empty answer skips the question."""
    while True:
        answer = click.prompt(question + (f" [{hint}]" if hint else ""), default="", show_default=False)
        if not answer.strip():
            return None
        try:
            return parse(answer)
        except GoodcryError as exc:
            output.message(f"  {exc} — or press Enter to skip.")


def interview(journal: Journal) -> Entry:
    output.message("Let's write it down. Press Enter to skip any question.\n")
    fields: dict[str, Any] = {}
    kind = ask("Did you cry, hold the tears back, or is this a mood check-in?",
               lambda a: Kind.parse({"c": "cry", "h": "held-back", "m": "check-in"}.get(a.strip().lower(), a), "kind"),
               hint="cry/held-back/check-in") or Kind.CRY
    now = datetime.now().astimezone()
    at = ask("When?", lambda a: when.parse(a, now), hint="now") or now
    text = ask("What happened?", str.strip) or ""
    if kind is Kind.CHECK_IN:
        fields["mood_after"] = ask("How is your mood?", lambda a: options.rating(a, MOOD), hint="−5 … +5")
    else:
        if kind is Kind.CRY:
            fields["intensity"] = ask("How strong was it?", options.intensity, hint="1 moist eyes, 2 tears, 3 crying, 4 sobbing")
            fields["duration_min"] = ask("For how many minutes, roughly?", options.minutes)
        fields["held_back"] = ask("How much did you hold it back?", lambda a: options.rating(a, HELD_BACK), hint="1–5")
        fields["triggers"] = ask("What set it off?", _triggers,
                                 hint="conflict, loss, personal-failing, stress, moved-joyful, … comma-separated") or ()
        fields["feelings"] = _ask_feelings(journal, text)
        company = ask("Who was there, and how did they respond?", _company,
                      hint="'alone', or e.g. Sam=comforted+listened, Ana=listened")
        if company is Company.ALONE:
            fields["company"] = Company.ALONE
        elif company:
            fields["people"] = company
        fields["place"] = ask("Where were you?", lambda a: Place.parse(a, "place"),
                              hint="home, work-school, transit, public, other")
        fields["tension_before"], fields["tension_after"] = (
            ask("Tension before and after?", lambda a: options.before_after(a, TENSION), hint="0–10, e.g. 8:4")
            or (None, None)
        )
        fields["mood_before"], fields["mood_after"] = (
            ask("Mood before and after?", lambda a: options.before_after(a, MOOD), hint="−5…+5, e.g. -3:0")
            or (None, None)
        )
        fields["relief"] = ask("Right after, do you feel…", lambda a: Relief.parse(a, "relief"),
                               hint="much-worse, worse, same, better, much-better")
        fields["body"] = ask("How does your body feel?", _body, hint="tired, calm, relaxed, headache, drained") or ()
        fields["shame"] = ask("Did you feel ashamed of crying?", lambda a: options.rating(a, SHAME),
                              hint="1 not at all … 5 very")
        fields["resolved"] = ask("Is the situation resolved?", lambda a: Resolved.parse(a, "resolved"),
                                 hint="no, partly, yes")
    output.message("")
    return Entry(kind=kind, at=at, text=text, **{k: v for k, v in fields.items() if v is not None})


def _ask_feelings(journal: Journal, text: str) -> tuple[Feeling, ...]:
    """Name it: goodcry offers the feelings it reads in the person's words, with the words that suggested them;
    Enter accepts them, "-" skips, or the person names their own."""
    suggestions = []
    if text:
        from goodcry.core.emotions import suggest

        suggestions = suggest(text, journal.vocabulary, limit=4)
    if suggestions:
        output.message("From what you wrote, you might be feeling:")
        for s in suggestions:
            output.message(f"  {s.word}" + (f"  — from {', '.join(repr(e) for e in s.evidence)}" if s.evidence else ""))
        hint = "Enter to accept these, '-' to skip, or name your own, e.g. hurt:4, lonely"
    else:
        hint = "e.g. hurt:4, lonely — the first is the main one"
    answer = ask("What did you feel? Name as many as fit", lambda a: a.strip() if a.strip() == "-" else
                 _feelings(journal, a), hint=hint)
    if answer == "-":
        return ()
    if answer is None:
        return tuple(Feeling(s.word, main=i == 0, source=EmotionSource.ACCEPTED) for i, s in enumerate(suggestions))
    offered = {s.word for s in suggestions}
    assert isinstance(answer, tuple)
    return tuple(replace(f, source=EmotionSource.ACCEPTED) if f.word in offered else f for f in answer)


def _feelings(journal: Journal, answer: str) -> tuple[Feeling, ...]:
    found = options.feelings(answer)
    return tuple(replace(f, word=journal.vocabulary.lookup(f.word).name) for f in found)


def _company(answer: str) -> Company | tuple[Presence, ...]:
    if answer.strip().lower() in ("alone", "nobody", "no one", "none", "just me"):
        return Company.ALONE
    return options.presences([answer])


def _triggers(answer: str) -> tuple[Trigger, ...]:
    return tuple(Trigger.parse(t, "trigger") for t in answer.split(",") if t.strip())


def _body(answer: str) -> tuple[Body, ...]:
    return tuple(Body.parse(b, "body sensation") for b in answer.split(",") if b.strip())
