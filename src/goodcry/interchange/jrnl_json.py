"""Import jrnl's JSON export (``jrnl --format json``).

jrnl stores local times without a zone: they are read in this machine's zone.  jrnl's tags (``@work`` or
``#work``) that are not already ``#tags`` in the text are kept in the notes as ``#tags``, so filters find them.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from goodcry.core.errors import GoodcryError, ImportFormatError
from goodcry.core.model import Entry, Kind, tags_in
from goodcry.interchange.common import ImportBatch, stable_id


def parse(text: str, name: str, *, kind: Kind = Kind.CHECK_IN, skip_bad: bool = False) -> ImportBatch:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise ImportFormatError(f"{name}: not a jrnl JSON export (no \"entries\" list)")
    batch = ImportBatch()
    for number, raw in enumerate(data["entries"], start=1):
        try:
            batch.entries.append(_entry(raw, kind))
        except (KeyError, TypeError, ValueError, GoodcryError) as exc:
            reason = f"missing field {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)
            message = f"{name}: entry {number}: {reason}"
            if not skip_bad:
                raise ImportFormatError(message) from None
            batch.skipped.append(message)
    return batch


def _entry(raw: Any, kind: Kind) -> Entry:
    if not isinstance(raw, dict):
        raise TypeError("an entry must be an object")
    title, body = _text(raw.get("title", "")), _text(raw.get("body", ""))
    text = title + ("\n" + body if body else "")
    date, clock = _text(raw["date"]), _text(raw.get("time") or "09:00")
    try:
        at = datetime.fromisoformat(f"{date}T{clock}").astimezone()
    except ValueError:
        raise ValueError(f"bad date/time {date!r} {clock!r} (expected YYYY-MM-DD and HH:MM)") from None
    present = set(tags_in(text))
    extra = [t.lstrip("@#").lower() for t in raw.get("tags", []) if isinstance(t, str)]
    if raw.get("starred"):
        extra.append("starred")
    extra = [t for t in dict.fromkeys(extra) if t and t not in present]
    notes = ("jrnl tags: " + " ".join("#" + t for t in extra)) if extra else ""
    return Entry(kind=kind, at=at, id=stable_id(at, "jrnl", date, clock, text), text=text, notes=notes,
                 source="jrnl")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {value!r}")
    return value
