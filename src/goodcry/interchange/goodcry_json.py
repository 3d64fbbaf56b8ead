"""goodcry's own JSON format: lossless, so exporting and importing into an empty journal reproduces it exactly.

The same entry dictionaries are what ``--json`` prints, so scripts and exports read alike.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from goodcry.core.errors import GoodcryError, ImportFormatError
from goodcry.core.model import (
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
    Trigger,
)
from goodcry.core.vocabulary import Word

FORMAT = "goodcry"
VERSION = 1


def entry_to_dict(entry: Entry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "kind": entry.kind.value,
        "at": entry.at.isoformat(),
        "logged_at": entry.logged_at.isoformat() if entry.logged_at else None,
        "text": entry.text,
        "tags": list(entry.tags),
        "duration_min": entry.duration_min,
        "intensity": _v(entry.intensity),
        "held_back": entry.held_back,
        "place": _v(entry.place),
        "triggers": [t.value for t in entry.triggers],
        "trigger_note": entry.trigger_note,
        "feelings": [
            {"word": f.word, "strength": f.strength, "main": f.main, "source": f.source.value}
            for f in entry.feelings
        ],
        "mood_before": entry.mood_before,
        "mood_after": entry.mood_after,
        "tension_before": entry.tension_before,
        "tension_after": entry.tension_after,
        "relief": _v(entry.relief),
        "company": _v(entry.company),
        "people": [{"name": p.person, "responses": [r.value for r in p.responses]} for p in entry.people],
        "shame": entry.shame,
        "resolved": _v(entry.resolved),
        "understanding": entry.understanding,
        "clarity": entry.clarity,
        "body": [b.value for b in entry.body],
        "notes": entry.notes,
        "follow_ups": [
            {"at": f.at.isoformat(), "relief": _v(f.relief), "mood": f.mood, "tension": f.tension,
             "resolved": _v(f.resolved), "understanding": f.understanding, "note": f.note}
            for f in entry.follow_ups
        ],
        "screening": entry.screening,
        "source": entry.source,
    }


def entry_from_dict(data: dict[str, Any]) -> Entry:
    """An entry from its dictionary; raises GoodcryError (ValidationError) or KeyError/TypeError on bad data."""
    return Entry(
        id=_str(data["id"]),
        kind=Kind.parse(data["kind"], "kind"),
        at=_time(data["at"]),
        logged_at=_time(data["logged_at"]) if data.get("logged_at") else None,
        text=_str(data.get("text", "")),
        duration_min=_int(data.get("duration_min")),
        intensity=_opt(Intensity, data.get("intensity"), "intensity"),
        held_back=_int(data.get("held_back")),
        place=_opt(Place, data.get("place"), "place"),
        triggers=tuple(Trigger.parse(t, "trigger") for t in data.get("triggers", [])),
        trigger_note=_str(data.get("trigger_note", "")),
        feelings=tuple(
            Feeling(_str(f["word"]), _int(f.get("strength")), bool(f.get("main", False)),
                    EmotionSource.parse(f.get("source", "chosen"), "feeling source"))
            for f in data.get("feelings", [])
        ),
        mood_before=_int(data.get("mood_before")),
        mood_after=_int(data.get("mood_after")),
        tension_before=_int(data.get("tension_before")),
        tension_after=_int(data.get("tension_after")),
        relief=_opt(Relief, data.get("relief"), "relief"),
        company=_opt(Company, data.get("company"), "company"),
        people=tuple(
            Presence(_str(p["name"]), tuple(Response.parse(r, "response") for r in p.get("responses", [])))
            for p in data.get("people", [])
        ),
        shame=_int(data.get("shame")),
        resolved=_opt(Resolved, data.get("resolved"), "resolved"),
        understanding=_int(data.get("understanding")),
        clarity=_int(data.get("clarity")),
        body=tuple(Body.parse(b, "body sensation") for b in data.get("body", [])),
        notes=_str(data.get("notes", "")),
        follow_ups=tuple(
            FollowUp(_time(f["at"]), _opt(Relief, f.get("relief"), "relief"), _int(f.get("mood")),
                     _int(f.get("tension")), _opt(Resolved, f.get("resolved"), "resolved"),
                     _int(f.get("understanding")), _str(f.get("note", "")))
            for f in data.get("follow_ups", [])
        ),
        screening=data.get("screening"),
        source=_str(data.get("source", "")),
    )


def dump(entries: Iterable[Entry], people: Iterable[Person], words: Iterable[Word],
         settings: dict[str, str]) -> Iterable[str]:
    """The whole journal as JSON text, in pieces (entries are streamed, not held in memory)."""
    head = {
        "format": FORMAT,
        "version": VERSION,
        "settings": dict(sorted(settings.items())),
        "people": [{"name": p.name, "relation": _v(p.relation), "note": p.note} for p in people],
        "words": [{"name": w.name, "family": w.family, "pleasantness": w.pleasantness, "energy": w.energy}
                  for w in words],
    }
    text = json.dumps(head, ensure_ascii=False, indent=1)
    yield text[:-2] + ',\n "entries": ['
    first = True
    for entry in entries:
        yield ("\n  " if first else ",\n  ") + json.dumps(entry_to_dict(entry), ensure_ascii=False)
        first = False
    yield "\n ]\n}\n"


class Document:
    """A parsed goodcry export."""

    def __init__(self, settings: dict[str, str], people: list[Person], words: list[Word],
                 entries: list[Entry]) -> None:
        self.settings = settings
        self.people = people
        self.words = words
        self.entries = entries


def load(text: str, name: str, *, skip_bad: bool = False) -> tuple[Document, list[str]]:
    """Parse an export; bad entries raise ImportFormatError naming the entry, unless ``skip_bad``."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFormatError(f"{name}: not a goodcry export (no \"format\": \"goodcry\"); try --from jrnl-json")
    if data.get("version") != VERSION:
        raise ImportFormatError(f"{name}: goodcry export version {data.get('version')!r} is not supported")
    try:
        people = [Person(_str(p["name"]), _opt(Relation, p.get("relation"), "relation"), _str(p.get("note", "")))
                  for p in data.get("people", [])]
        words = [Word(_str(w["name"]), _str(w["family"]), int(w["pleasantness"]), int(w["energy"]), custom=True)
                 for w in data.get("words", [])]
        settings = {str(k): str(v) for k, v in dict(data.get("settings", {})).items()}
    except (KeyError, TypeError, ValueError, GoodcryError) as exc:
        raise ImportFormatError(f"{name}: bad people, words or settings section ({_reason(exc)})") from None
    entries: list[Entry] = []
    skipped: list[str] = []
    raw_entries = data.get("entries")
    if not isinstance(raw_entries, list):
        raise ImportFormatError(f"{name}: \"entries\" must be a list")
    for number, raw in enumerate(raw_entries, start=1):
        try:
            if not isinstance(raw, dict):
                raise TypeError("an entry must be an object")
            entries.append(entry_from_dict(raw))
        except (KeyError, TypeError, ValueError, GoodcryError) as exc:
            message = f"{name}: entry {number}: {_reason(exc)}"
            if not skip_bad:
                raise ImportFormatError(message) from None
            skipped.append(message)
    return Document(settings, people, words, entries), skipped


def _reason(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    return str(exc)


def _v(value: Any) -> Any:
    return None if value is None else value.value


def _opt(enum: Any, value: Any, what: str) -> Any:
    return None if value is None else enum.parse(_str(value), what)


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {value!r}")
    return value


def _int(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected a whole number, got {value!r}")
    return value


def _time(value: Any) -> datetime:
    try:
        at = datetime.fromisoformat(_str(value))
    except ValueError:
        raise ValueError(f"{value!r} is not an ISO 8601 time") from None
    if at.tzinfo is None:
        raise ValueError(f"{value!r} has no time zone")
    return at
