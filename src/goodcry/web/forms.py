"""HTML form fields ↔ domain values.  Parsing is strict (the model's own checks), and a refused form is shown
again with what the person typed, never lost."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Protocol, TypeVar

from goodcry.core import when
from goodcry.core.errors import ValidationError
from goodcry.core.model import (
    CLARITY,
    HELD_BACK,
    MOOD,
    SHAME,
    STRENGTH,
    TENSION,
    UNDERSTANDING,
    Body,
    Company,
    EmotionSource,
    Entry,
    Feeling,
    FollowUp,
    Intensity,
    Kind,
    Person,
    Place,
    Presence,
    Relation,
    Relief,
    Resolved,
    Response,
    Scale,
    Trigger,
    _Choice,
    person_name,
)
from goodcry.core.query import EntryFilter

_E = TypeVar("_E", bound=_Choice)


class FormData(Protocol):
    """A posted form (Starlette's) or anything read like one (the guided flow's draft)."""

    def get(self, key: str, /) -> Any: ...
    def getlist(self, key: str, /) -> Sequence[Any]: ...


@dataclass
class Values:
    """What a form shows: single values and multi-choice sets, as text."""

    one: dict[str, str] = field(default_factory=dict)
    many: dict[str, list[str]] = field(default_factory=dict)

    def get(self, key: str, default: str = "") -> str:
        return self.one.get(key, default)

    def has(self, key: str, value: str) -> bool:
        return value in self.many.get(key, ())

    def list(self, key: str) -> list[str]:
        return self.many.get(key, [])

    @classmethod
    def of(cls, form: FormData, multi: Iterable[str] = ()) -> Values:
        multi = set(multi)
        one: dict[str, str] = {}
        many: dict[str, list[str]] = {}
        for key in getattr(form, "keys", lambda: [])():
            if key in multi or key.startswith("resp."):
                many[key] = [str(v) for v in form.getlist(key)]
            elif key != "csrf":
                one[key] = str(form.get(key) or "")
        for key in multi:
            many.setdefault(key, [])
        return cls(one, many)


MULTI = ("triggers", "feel", "body", "with", "kinds")


def text(form: FormData, key: str) -> str:
    value = form.get(key)
    return value.replace("\r\n", "\n").strip() if isinstance(value, str) else ""


def number(form: FormData, key: str, scale: Scale) -> int | None:
    raw = text(form, key).replace("−", "-")
    if not raw:
        return None
    if not re.fullmatch(r"[+-]?\d{1,3}", raw):
        raise ValidationError(f"{scale.name} must be a whole number from {scale.low} to {scale.high}")
    return scale.check(int(raw))


def choice(form: FormData, key: str, enum: type[_E], what: str) -> _E | None:
    raw = text(form, key)
    return enum.parse(raw, what) if raw else None


def choices(form: FormData, key: str, enum: type[_E], what: str) -> tuple[_E, ...]:
    return tuple(enum.parse(str(v), what) for v in form.getlist(key) if str(v).strip())


def minutes(form: FormData, key: str) -> int | None:
    raw = text(form, key).lower().removesuffix("min").removesuffix("m").strip()
    if not raw:
        return None
    if not raw.isdigit():
        raise ValidationError("how long is a number of minutes, e.g. 10")
    return int(raw)


def moment(form: FormData, key: str, now: datetime) -> datetime:
    raw = text(form, key)
    return now if not raw or raw.lower() == "now" else when.parse(raw, now)


def feelings(form: FormData, previous: Sequence[Feeling] = (), accepted: Iterable[str] = ()) -> tuple[Feeling, ...]:
    """Checked words, then words typed in ``feel_other`` (``word`` or ``word:4``, comma-separated); first is main."""
    named: list[tuple[str, int | None]] = [(str(w).strip(), None) for w in form.getlist("feel") if str(w).strip()]
    for part in (p.strip() for p in text(form, "feel_other").split(",")):
        if part:
            word, _, level = part.partition(":")
            if level and not level.strip().isdigit():
                raise ValidationError(f"a feeling's strength is 1–5 (e.g. hurt:4), not {level!r}")
            named.append((word.strip(), STRENGTH.check(int(level)) if level else None))
    old = {f.word: f for f in previous}
    accepted = set(accepted)
    out: list[Feeling] = []
    seen: set[str] = set()
    for word, strength in named:
        if word.lower() in seen:
            continue
        seen.add(word.lower())
        before = old.get(word)
        source = EmotionSource.ACCEPTED if word in accepted else EmotionSource.CHOSEN
        if before is not None:
            source = EmotionSource.ACCEPTED if before.source is EmotionSource.SUGGESTED else before.source
            strength = strength or before.strength
        out.append(Feeling(word, strength, main=not out, source=source))
    return tuple(out)


def presences(form: FormData) -> tuple[Presence, ...]:
    found: list[Presence] = []
    names = [str(n) for n in form.getlist("with") if str(n).strip()]
    new = text(form, "with_new")
    if new:
        names.extend(n for n in (p.strip() for p in new.split(",")) if n)
    for name in names:
        responses = tuple(Response.parse(str(r), "response") for r in form.getlist(f"resp.{name}") if str(r).strip())
        found.append(Presence(person_name(name), responses))
    unique: dict[str, Presence] = {}
    for p in found:
        unique.setdefault(p.person.casefold(), p)
    return tuple(unique.values())


def entry_fields(form: FormData, now: datetime, previous: Entry | None = None) -> dict[str, object]:
    """The fields of the full log form (also the edit form)."""
    return {
        "kind": choice(form, "kind", Kind, "kind") or Kind.CRY,
        "at": moment(form, "at", now),
        "text": text(form, "text"),
        "duration_min": minutes(form, "duration"),
        "intensity": choice(form, "intensity", Intensity, "intensity"),
        "held_back": number(form, "held_back", HELD_BACK),
        "place": choice(form, "place", Place, "place"),
        "triggers": choices(form, "triggers", Trigger, "trigger"),
        "trigger_note": text(form, "trigger_note"),
        "feelings": feelings(form, previous.feelings if previous else ()),
        "mood_before": number(form, "mood_before", MOOD),
        "mood_after": number(form, "mood_after", MOOD),
        "tension_before": number(form, "tension_before", TENSION),
        "tension_after": number(form, "tension_after", TENSION),
        "relief": choice(form, "relief", Relief, "relief"),
        "company": choice(form, "company", Company, "company"),
        "people": presences(form),
        "shame": number(form, "shame", SHAME),
        "resolved": choice(form, "resolved", Resolved, "resolved"),
        "understanding": number(form, "understanding", UNDERSTANDING),
        "clarity": number(form, "clarity", CLARITY),
        "body": choices(form, "body", Body, "body"),
        "notes": text(form, "notes"),
    }


def new_entry(form: FormData, now: datetime) -> Entry:
    fields = entry_fields(form, now)
    return Entry(**fields, source="web")  # type: ignore[arg-type]


def edited_entry(form: FormData, entry: Entry, now: datetime) -> Entry:
    version = text(form, "version")
    if not version.isdigit():
        raise ValidationError("the form lost its version; open the entry again")
    fields = entry_fields(form, now, entry)
    return replace(entry, **fields, version=int(version))  # type: ignore[arg-type]


def values_of(entry: Entry) -> Values:
    """The edit form, filled in from an entry."""

    def s(v: object) -> str:
        return "" if v is None else str(getattr(v, "value", v))

    one = {
        "kind": entry.kind.value, "at": entry.at.strftime("%Y-%m-%d %H:%M"), "text": entry.text,
        "duration": s(entry.duration_min), "intensity": s(entry.intensity), "held_back": s(entry.held_back),
        "place": s(entry.place), "trigger_note": entry.trigger_note, "mood_before": s(entry.mood_before),
        "mood_after": s(entry.mood_after), "tension_before": s(entry.tension_before),
        "tension_after": s(entry.tension_after), "relief": s(entry.relief), "company": s(entry.company),
        "shame": s(entry.shame), "resolved": s(entry.resolved), "understanding": s(entry.understanding),
        "clarity": s(entry.clarity), "notes": entry.notes, "version": str(entry.version),
        "feel_other": ", ".join(f.word + (f":{f.strength}" if f.strength else "") for f in entry.feelings),
    }
    many = {
        "triggers": [t.value for t in entry.triggers], "body": [b.value for b in entry.body],
        "with": [p.person for p in entry.people], "feel": [],
    }
    for p in entry.people:
        many[f"resp.{p.person}"] = [r.value for r in p.responses]
    return Values(one, many)


def follow_up(form: FormData, now: datetime) -> FollowUp:
    return FollowUp(
        at=moment(form, "at", now),
        relief=choice(form, "relief", Relief, "relief"),
        mood=number(form, "mood", MOOD),
        tension=number(form, "tension", TENSION),
        resolved=choice(form, "resolved", Resolved, "resolved"),
        understanding=number(form, "understanding", UNDERSTANDING),
        note=text(form, "note"),
    )


def person(form: FormData) -> Person:
    return Person(text(form, "name"), choice(form, "relation", Relation, "relation"), text(form, "note"))


def entry_filter(params: Mapping[str, str], kinds: Sequence[str], now: datetime, limit: int) -> EntryFilter:
    """The Journal page's filters (all combine), from the query string."""

    def words(key: str) -> tuple[str, ...]:
        return tuple(w.strip() for w in params.get(key, "").split(",") if w.strip())

    since, until = params.get("since", "").strip(), params.get("until", "").strip()
    return EntryFilter(
        since=when.parse_bound(since, now, end=False) if since else None,
        until=when.parse_bound(until, now, end=True) if until else None,
        kinds=tuple(Kind.parse(k, "kind") for k in kinds if k),
        feelings=words("feel"),
        people=words("with"),
        tags=words("tag"),
        contains=params.get("q", "").strip(),
        limit=limit,
    )
