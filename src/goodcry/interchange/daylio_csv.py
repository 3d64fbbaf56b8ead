"""Import Daylio's CSV export: mood check-ins (and cries, where an activity says so).

Two header variants exist: ``full_date,date,weekday,time,mood,activities,note_title,note`` and the older
``year,date,weekday,time,mood,activities,note``.  Times are localised (``10:00 pm`` or ``20:39``) and read in
this machine's zone.  Moods are labels — rad, good, meh, bad, awful (5…1) by default, which people can rename —
mapped onto goodcry's −5…+5 mood scale as +4, +2, 0, −2, −4.  Renamed labels are given with ``moods``
(``{"ecstatic": 5, "fine": 3}``).  Activities become ``#tags`` in the notes; an activity like "crying" makes the
row a cry.  Notes may hold HTML, which is reduced to plain text.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Mapping
from datetime import datetime

from goodcry.core import when
from goodcry.core.errors import GoodcryError, ImportFormatError, ValidationError
from goodcry.core.model import Entry, Kind
from goodcry.interchange.common import ImportBatch, stable_id

HEADER = ["full_date", "date", "weekday", "time", "mood", "activities", "note_title", "note"]
OLD_HEADER = ["year", "date", "weekday", "time", "mood", "activities", "note"]
DEFAULT_MOODS = {"rad": 5, "good": 4, "meh": 3, "bad": 2, "awful": 1}
LEVEL_TO_MOOD = {5: 4, 4: 2, 3: 0, 2: -2, 1: -4}
CRY_ACTIVITIES = {"cry", "cried", "crying", "tears", "sobbing", "weeping"}


def parse_mood_map(text: str) -> dict[str, int]:
    """``"ecstatic=5,fine=3"`` → {"ecstatic": 5, "fine": 3}."""
    moods: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        label, _, level = part.rpartition("=")
        if not label or level.strip() not in {"1", "2", "3", "4", "5"}:
            raise ValidationError(f"a Daylio mood is LABEL=LEVEL with LEVEL 1–5 (5 best), not {part!r}")
        moods[label.strip().lower()] = int(level)
    return moods


def parse(text: str, name: str, *, moods: Mapping[str, int] | None = None, skip_bad: bool = False) -> ImportBatch:
    mood_levels = {**DEFAULT_MOODS, **{k.lower(): v for k, v in (moods or {}).items()}}
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    header = [h.strip().lower() for h in next(reader, [])]
    if header not in (HEADER, OLD_HEADER):
        raise ImportFormatError(
            f"{name}: line 1: not a Daylio CSV header; expected {','.join(HEADER)} (or the older "
            f"{','.join(OLD_HEADER)}), got {','.join(header)[:120] or 'an empty file'}"
        )
    old = header == OLD_HEADER
    batch = ImportBatch()
    for row in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        try:
            batch.entries.append(_entry(row, old, mood_levels))
        except (GoodcryError, ValueError) as exc:
            message = f"{name}: line {line}: {exc}"
            if not skip_bad:
                raise ImportFormatError(message) from None
            batch.skipped.append(message)
    return batch


def _entry(row: list[str], old: bool, moods: Mapping[str, int]) -> Entry:
    width = len(OLD_HEADER if old else HEADER)
    if len(row) != width:
        raise ValueError(f"expected {width} columns, found {len(row)}")
    if old:
        year, date, _weekday, clock, mood, activities, note = row
        title = ""
        day = when.parse(f"{date} {year}", datetime.now().astimezone()).date().isoformat()
    else:
        day, _date, _weekday, clock, mood, activities, title, note = row
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day.strip()):
            raise ValueError(f"full_date {day!r} is not YYYY-MM-DD")
    at = when.parse(f"{day.strip()} {clock.strip()}", datetime.now().astimezone())
    label = mood.strip().lower()
    if label not in moods:
        raise ValueError(
            f"unknown mood {mood.strip()!r}; say what it means with --daylio-moods \"{mood.strip()}=N\" (5 best, 1 worst)"
        )
    tags = [_slug(a) for a in activities.split("|") if a.strip()]
    kind = Kind.CRY if CRY_ACTIVITIES & set(tags) else Kind.CHECK_IN
    text = "\n\n".join(p for p in (_plain(title), _plain(note)) if p)
    notes = " ".join("#" + t for t in dict.fromkeys(tags) if t)
    return Entry(
        kind=kind, at=at, id=stable_id(at, "daylio", day, clock, mood, activities, title, note), text=text,
        mood_after=LEVEL_TO_MOOD[moods[label]], notes=notes, source="daylio",
    )


def _slug(activity: str) -> str:
    slug = re.sub(r"[^\w]+", "-", activity.strip().lower()).strip("-_")
    return slug[:50]


def _plain(markup: str) -> str:
    """Daylio notes may hold HTML: keep the words and line breaks, drop the tags."""
    text = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</li>", "\n", markup)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(lines).strip()
