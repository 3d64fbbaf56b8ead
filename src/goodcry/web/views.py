"""View models: what a template sees of an entry, a person, an insight.  Templates never get domain rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from goodcry.core.model import Entry, FollowUp, Kind, Person

AFTER_DELAY = timedelta(minutes=90)
"""The later check-in is due about 90 minutes after a cry (delayed relief, Gračanin et al. 2015)."""
AFTER_WINDOW = timedelta(days=2)

KIND_LABEL = {Kind.CRY: "Cry", Kind.HELD_BACK: "Held back", Kind.CHECK_IN: "Check-in"}
RELIEF_LABEL = {
    "much-worse": "much worse", "worse": "worse", "same": "about the same", "better": "better",
    "much-better": "much better",
}


def when_text(at: datetime) -> str:
    return f"{at:%a} {at.day} {at:%b %Y, %H:%M}"


def _signed(value: int | None) -> str:
    return "" if value is None else f"{value:+d}" if value else "0"


def _pair(before: int | None, after: int | None, signed: bool = False) -> str:
    show = _signed if signed else (lambda v: "" if v is None else str(v))
    if before is None and after is None:
        return ""
    return f"{show(before) or '–'} → {show(after) or '–'}"


@dataclass(frozen=True)
class FollowUpView:
    when: str
    details: tuple[tuple[str, str], ...]
    note: str


@dataclass(frozen=True)
class EntryView:
    id: str
    short_id: str
    kind: str
    kind_label: str
    when: str
    when_iso: str
    day: str
    text: str
    feelings: tuple[str, ...]
    people: tuple[str, ...]
    tags: tuple[str, ...]
    details: tuple[tuple[str, str], ...]
    notes: str
    follow_ups: tuple[FollowUpView, ...]
    version: int
    is_episode: bool
    summary: str

    @classmethod
    def of(cls, e: Entry) -> EntryView:
        feelings = tuple(
            f.word + (f" ({f.strength}/5)" if f.strength else "") + (" · suggested" if not f.source.confirmed else "")
            for f in e.feelings
        )
        people = tuple(
            p.person + (f" ({', '.join(r.value for r in p.responses)})" if p.responses else "") for p in e.people
        )
        details: list[tuple[str, str]] = []

        def add(label: str, value: object) -> None:
            if value not in (None, "", ()):
                details.append((label, str(value)))

        add("How strong", e.intensity.value.replace("-", " ") if e.intensity else None)
        add("How long", f"{e.duration_min} min" if e.duration_min is not None else None)
        add("Held back", f"{e.held_back}/5" if e.held_back else None)
        add("Where", e.place.value.replace("-", " / ") if e.place else None)
        add("Set off by", ", ".join(t.value.replace("-", " ") for t in e.triggers) or None)
        add("About it", e.trigger_note)
        add("Mood (−5…+5)", _pair(e.mood_before, e.mood_after, signed=True))
        add("Tension (0–10)", _pair(e.tension_before, e.tension_after))
        add("Right after", RELIEF_LABEL[e.relief.value] if e.relief else None)
        add("Company", e.company.value.replace("-", " ") if e.company else None)
        add("Shame", f"{e.shame}/5" if e.shame else None)
        add("Resolved", e.resolved.value if e.resolved else None)
        add("Understanding", f"{e.understanding}/5" if e.understanding else None)
        add("Clarity (0–10)", e.clarity)
        add("Body", ", ".join(b.value for b in e.body) or None)
        summary_bits = [", ".join(f.word for f in e.feelings[:3])] if e.feelings else []
        if e.people:
            summary_bits.append("with " + ", ".join(p.person for p in e.people))
        if e.kind is Kind.CHECK_IN and e.mood_after is not None:
            summary_bits.append(f"mood {_signed(e.mood_after)}")
        return cls(
            id=e.id,
            short_id=e.id[:8],
            kind=e.kind.value,
            kind_label=KIND_LABEL[e.kind],
            when=when_text(e.at),
            when_iso=e.at.isoformat(timespec="minutes"),
            day=f"{e.at:%A} {e.at.day} {e.at:%B %Y}",
            text=e.text,
            feelings=feelings,
            people=people,
            tags=e.tags,
            details=tuple(details),
            notes=e.notes,
            follow_ups=tuple(_follow_up(f) for f in e.follow_ups),
            version=e.version,
            is_episode=e.is_episode,
            summary=" · ".join(summary_bits),
        )


def _follow_up(f: FollowUp) -> FollowUpView:
    details = []
    if f.relief:
        details.append(("Compared with before", RELIEF_LABEL[f.relief.value]))
    if f.mood is not None:
        details.append(("Mood", _signed(f.mood)))
    if f.tension is not None:
        details.append(("Tension", str(f.tension)))
    if f.resolved:
        details.append(("Resolved", f.resolved.value))
    if f.understanding:
        details.append(("Understanding", f"{f.understanding}/5"))
    return FollowUpView(when_text(f.at), tuple(details), f.note)


@dataclass(frozen=True)
class DayGroup:
    day: str
    entries: tuple[EntryView, ...]


def by_day(entries: list[Entry]) -> tuple[DayGroup, ...]:
    """Newest first, grouped by the day they happened."""
    groups: list[DayGroup] = []
    for e in sorted(entries, key=lambda e: (e.at, e.id), reverse=True):
        view = EntryView.of(e)
        if groups and groups[-1].day == view.day:
            groups[-1] = DayGroup(view.day, (*groups[-1].entries, view))
        else:
            groups.append(DayGroup(view.day, (view,)))
    return tuple(groups)


@dataclass(frozen=True)
class DueCheckIn:
    entry: EntryView
    due: str
    ready: bool


def due_check_ins(entries: list[Entry], now: datetime) -> tuple[DueCheckIn, ...]:
    """Cries and held-back urges of the last two days with no later check-in yet; ``ready`` after 90 minutes."""
    out = []
    for e in sorted(entries, key=lambda e: e.at, reverse=True):
        if not e.is_episode or e.follow_ups or not (now - AFTER_WINDOW <= e.at <= now):
            continue
        due = e.at + AFTER_DELAY
        out.append(DueCheckIn(EntryView.of(e), f"{due.astimezone(now.tzinfo):%H:%M}", due <= now))
    return tuple(out)


@dataclass(frozen=True)
class PersonView:
    name: str
    relation: str
    note: str

    @classmethod
    def of(cls, p: Person) -> PersonView:
        return cls(p.name, p.relation.value if p.relation else "", p.note)
