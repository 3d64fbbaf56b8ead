"""The journal's domain model: one entry per moment — a cry, a held-back urge, or a mood check-in.

The fields follow "One crying episode" in the project's research notes (Bylsma et al. 2008, 2011; Gračanin et
al. 2015), each with the scale given there.  Everything but the time and the kind is optional: a person writes
as much as they want to.  Values are validated here, once, so every edge (CLI, web, importers) gets the same
rules and the same messages.
"""

from __future__ import annotations

import enum
import os
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta, timezone
from typing import Self, TypeVar

from goodcry.core.errors import ValidationError

_T = TypeVar("_T")


class _Choice(enum.StrEnum):
    """A closed set of words; ``parse`` gives a clear error listing the choices."""

    @classmethod
    def parse(cls, text: str, what: str | None = None) -> Self:
        key = text.strip().lower().replace("_", "-").replace(" ", "-")
        for member in cls:
            if key == member.value:
                return member
        label = what or cls.__name__.lower()
        choices = ", ".join(m.value for m in cls)
        raise ValidationError(f"unknown {label} {text.strip()!r}; choose one of: {choices}")


class Kind(_Choice):
    CRY = "cry"
    HELD_BACK = "held-back"
    CHECK_IN = "check-in"


class Intensity(_Choice):
    """How strong the tears were, mildest first."""

    MOIST_EYES = "moist-eyes"
    TEARS = "tears"
    CRYING = "crying"
    SOBBING = "sobbing"

    @property
    def level(self) -> int:
        """1 (moist eyes) … 4 (sobbing)."""
        return list(Intensity).index(self) + 1


class Place(_Choice):
    HOME = "home"
    WORK = "work-school"
    TRANSIT = "transit"
    PUBLIC = "public"
    OTHER = "other"


class Trigger(_Choice):
    CONFLICT = "conflict"
    LOSS = "loss"
    PERSONAL_FAILING = "personal-failing"
    OTHERS_SUFFERING = "others-suffering"
    PHYSICAL_PAIN = "physical-pain"
    STRESS = "stress"
    MOVED = "moved-joyful"
    MEDIA = "film-music-book"
    UNCLEAR = "unclear"


class Relief(_Choice):
    """How the person felt right after (or at the later check-in), compared with before."""

    MUCH_WORSE = "much-worse"
    WORSE = "worse"
    SAME = "same"
    BETTER = "better"
    MUCH_BETTER = "much-better"

    @property
    def score(self) -> int:
        """−2 (much worse) … +2 (much better)."""
        return list(Relief).index(self) - 2

    @property
    def direction(self) -> str:
        """'better', 'same' or 'worse' — the three groups of the diary study."""
        return "better" if self.score > 0 else "worse" if self.score < 0 else "same"


class Company(_Choice):
    ALONE = "alone"
    ONE = "one-person"
    SEVERAL = "several"


class Relation(_Choice):
    PARTNER = "partner"
    FAMILY = "family"
    FRIEND = "friend"
    COLLEAGUE = "colleague"
    STRANGER = "stranger"
    PROFESSIONAL = "professional"
    OTHER = "other"


class Response(_Choice):
    """How someone who was there responded."""

    COMFORTED = "comforted"
    LISTENED = "listened"
    PRACTICAL_HELP = "practical-help"
    IGNORED = "ignored"
    AWKWARD = "awkward"
    CRITICAL = "critical"

    @property
    def supportive(self) -> bool:
        return self in (Response.COMFORTED, Response.LISTENED, Response.PRACTICAL_HELP)


class Resolved(_Choice):
    NO = "no"
    PARTLY = "partly"
    YES = "yes"


class Body(_Choice):
    TIRED = "tired"
    CALM = "calm"
    RELAXED = "relaxed"
    HEADACHE = "headache"
    DRAINED = "drained"


class EmotionSource(_Choice):
    """Where a named feeling came from: the person's own choice, or a suggestion they accepted or not yet."""

    CHOSEN = "chosen"
    ACCEPTED = "accepted"
    SUGGESTED = "suggested"

    @property
    def confirmed(self) -> bool:
        return self is not EmotionSource.SUGGESTED


# --- scales -------------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Scale:
    name: str
    low: int
    high: int
    meaning: str

    def check(self, value: int | None) -> int | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"{self.name} must be a whole number from {self.low} to {self.high}")
        if not self.low <= value <= self.high:
            raise ValidationError(
                f"{self.name} must be from {self.low} to {self.high} ({self.meaning}), not {value}"
            )
        return value


MOOD = Scale("mood", -5, 5, "−5 very unpleasant … +5 very pleasant")
TENSION = Scale("tension", 0, 10, "0 none … 10 unbearable")
HELD_BACK = Scale("held back", 1, 5, "1 not at all … 5 completely")
SHAME = Scale("shame", 1, 5, "1 none … 5 very ashamed")
UNDERSTANDING = Scale("understanding", 1, 5, "1 none … 5 a whole new understanding")
CLARITY = Scale("clarity", 0, 10, "0 foggy … 10 very clear")
STRENGTH = Scale("strength", 1, 5, "1 faint … 5 overwhelming")
MAX_DURATION_MIN = 24 * 60
MAX_TEXT = 100_000


# --- ids and times ------------------------------------------------------------------------------------------

_CROCKFORD = "0123456789abcdefghjkmnpqrstvwxyz"
ID_RE = re.compile(r"^[0-9a-hjkmnp-tv-z]{16}$")


def new_id(at: datetime | None = None, entropy: bytes | None = None) -> str:
    """A stable, time-sortable 16-character ID (48-bit milliseconds + 32 bits, Crockford base32, lower case).

    Stable IDs let people refer to an entry for ever (``goodcry show 01jd…``); any unique prefix works too.
    Importers pass ``entropy`` derived from the source row so that re-importing gives the same ID.
    """
    ms = int((at.timestamp() if at else time.time()) * 1000) & ((1 << 48) - 1)
    rand = int.from_bytes((entropy or os.urandom(4))[:4], "big")
    n = (ms << 32) | rand
    return "".join(_CROCKFORD[(n >> (5 * i)) & 31] for i in reversed(range(16)))


def utc_offset_minutes(at: datetime) -> int:
    offset = at.utcoffset()
    if offset is None:
        raise ValidationError("times must carry a time zone")
    return int(offset.total_seconds() // 60)


def aware(at: datetime) -> datetime:
    """``at`` with a time zone: naive times are taken as the machine's local time."""
    return at if at.tzinfo is not None else at.astimezone()


def with_offset(utc: datetime, offset_min: int) -> datetime:
    """A UTC instant shown in the local offset the person had when they wrote it."""
    return utc.replace(tzinfo=UTC).astimezone(timezone(timedelta(minutes=offset_min)))


# --- parts of an entry --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Feeling:
    """A feeling word named in an entry, with its strength and where it came from."""

    word: str
    strength: int | None = None
    main: bool = False
    source: EmotionSource = EmotionSource.CHOSEN

    def __post_init__(self) -> None:
        STRENGTH.check(self.strength)


@dataclass(frozen=True)
class Presence:
    """Someone who was there, and how they responded."""

    person: str
    responses: tuple[Response, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "responses", tuple(sorted(set(self.responses), key=list(Response).index)))


@dataclass(frozen=True)
class FollowUp:
    """A later check-in of an episode (about 90 minutes after, or the next day): delayed relief."""

    at: datetime
    relief: Relief | None = None
    mood: int | None = None
    tension: int | None = None
    resolved: Resolved | None = None
    understanding: int | None = None
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "at", aware(self.at))
        MOOD.check(self.mood)
        TENSION.check(self.tension)
        UNDERSTANDING.check(self.understanding)
        _check_text(self.note, "note")


@dataclass(frozen=True)
class Person:
    """Someone in the person's support circle."""

    name: str
    relation: Relation | None = None
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "name", person_name(self.name))


def person_name(text: str) -> str:
    name = " ".join(text.split())
    if not name or len(name) > 80 or any(c in name for c in "=,#\x00"):
        raise ValidationError(f"a name is 1–80 characters without '=', ',' or '#', not {text!r}")
    _check_utf8(name, "name")
    return name


TAG_RE = re.compile(r"(?<![\w#&/])#([^\W\d_][\w-]{0,49})", re.UNICODE)


def tags_in(text: str) -> tuple[str, ...]:
    """The ``#tags`` in a text, lower-cased, in order of first appearance."""
    seen: dict[str, None] = {}
    for match in TAG_RE.finditer(text):
        seen.setdefault(match.group(1).lower().rstrip("-"), None)
    return tuple(seen)


def _check_text(text: str, what: str) -> None:
    if len(text) > MAX_TEXT:
        raise ValidationError(f"the {what} is {len(text):,} characters; the limit is {MAX_TEXT:,}")
    if "\x00" in text:
        raise ValidationError(f"the {what} contains a NUL character")
    _check_utf8(text, what)


def _check_utf8(text: str, what: str) -> None:
    """Bytes that were not UTF-8 arrive as lone surrogates (Python's surrogateescape): refuse them clearly."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(f"the {what} is not valid UTF-8 text") from None


# --- the entry ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Entry:
    """One moment in the journal.  ``at`` is timezone-aware; storage keeps it in UTC with the offset."""

    kind: Kind
    at: datetime
    id: str = ""
    logged_at: datetime | None = None
    text: str = ""
    duration_min: int | None = None
    intensity: Intensity | None = None
    held_back: int | None = None
    place: Place | None = None
    triggers: tuple[Trigger, ...] = ()
    trigger_note: str = ""
    feelings: tuple[Feeling, ...] = ()
    mood_before: int | None = None
    mood_after: int | None = None
    tension_before: int | None = None
    tension_after: int | None = None
    relief: Relief | None = None
    company: Company | None = None
    people: tuple[Presence, ...] = ()
    shame: int | None = None
    resolved: Resolved | None = None
    understanding: int | None = None
    clarity: int | None = None
    body: tuple[Body, ...] = ()
    notes: str = ""
    follow_ups: tuple[FollowUp, ...] = ()
    screening: str | None = None
    source: str = ""
    version: int = 0
    tags: tuple[str, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "at", aware(self.at))
        if self.logged_at is not None:
            object.__setattr__(self, "logged_at", aware(self.logged_at))
        if self.id and not ID_RE.match(self.id):
            raise ValidationError(f"{self.id!r} is not a goodcry entry ID")
        _check_text(self.text, "text")
        _check_text(self.notes, "notes")
        _check_text(self.trigger_note, "trigger note")
        if self.duration_min is not None and (
            isinstance(self.duration_min, bool) or not 0 <= self.duration_min <= MAX_DURATION_MIN
        ):
            raise ValidationError(f"duration must be 0 to {MAX_DURATION_MIN} minutes, not {self.duration_min}")
        HELD_BACK.check(self.held_back)
        MOOD.check(self.mood_before)
        MOOD.check(self.mood_after)
        TENSION.check(self.tension_before)
        TENSION.check(self.tension_after)
        SHAME.check(self.shame)
        UNDERSTANDING.check(self.understanding)
        CLARITY.check(self.clarity)
        object.__setattr__(self, "triggers", _unique(self.triggers))
        object.__setattr__(self, "body", _unique(self.body))
        object.__setattr__(self, "follow_ups", tuple(sorted(self.follow_ups, key=lambda f: f.at)))
        words = [f.word for f in self.feelings]
        if len(set(words)) != len(words):
            raise ValidationError("a feeling word is named twice in one entry")
        if sum(f.main for f in self.feelings) > 1:
            raise ValidationError("only one feeling can be the main one")
        names = [p.person.casefold() for p in self.people]
        if len(set(names)) != len(names):
            raise ValidationError("a person is named twice in one entry")
        object.__setattr__(self, "tags", tags_in(f"{self.text}\n{self.notes}"))
        if self.company is None and self.people:
            object.__setattr__(self, "company", Company.ONE if len(self.people) == 1 else Company.SEVERAL)
        if self.company is Company.ALONE and self.people:
            raise ValidationError("an entry cannot be 'alone' and name people who were there")

    @property
    def is_episode(self) -> bool:
        """A cry or a held-back urge (not a plain check-in)."""
        return self.kind is not Kind.CHECK_IN

    @property
    def main_feeling(self) -> Feeling | None:
        for f in self.feelings:
            if f.main:
                return f
        return self.feelings[0] if self.feelings else None

    def confirmed_feelings(self) -> tuple[Feeling, ...]:
        return tuple(f for f in self.feelings if f.source.confirmed)

    def later_relief(self) -> Relief | None:
        """The relief at the last later check-in that recorded one."""
        for f in reversed(self.follow_ups):
            if f.relief is not None:
                return f.relief
        return None

    def with_follow_up(self, follow_up: FollowUp) -> Entry:
        """This entry with a later check-in added; a check-in's ``resolved``/``understanding`` update the entry."""
        return replace(
            self,
            follow_ups=(*self.follow_ups, follow_up),
            resolved=follow_up.resolved or self.resolved,
            understanding=follow_up.understanding or self.understanding,
        )


def _unique(items: Iterable[_T]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys(items))
