"""Exporting a journal to text and importing files into one — the operations behind ``export``/``import``."""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from goodcry.core.errors import ImportFormatError, ValidationError
from goodcry.core.model import Entry, Kind
from goodcry.core.safety.screening import Level, Screening, screen_entry
from goodcry.interchange import EXPORT_FORMATS, IMPORT_FORMATS, daylio_csv, goodcry_json, jrnl_json
from goodcry.interchange.common import ImportBatch
from goodcry.journal import Journal

CSV_COLUMNS = (
    "id", "kind", "at", "text", "tags", "duration_min", "intensity", "held_back", "place", "triggers",
    "trigger_note", "feelings", "mood_before", "mood_after", "tension_before", "tension_after", "relief",
    "company", "people", "shame", "resolved", "understanding", "clarity", "body", "notes", "later_relief",
)


def export(journal: Journal, fmt: str) -> Iterator[str]:
    """The journal as text in ``fmt`` (json, csv or md), in pieces."""
    entries = journal.iter_all()
    if fmt == "json":
        return iter(goodcry_json.dump(entries, journal.people(), journal.own_words(), journal.settings()))
    if fmt == "csv":
        return _csv(entries)
    if fmt == "md":
        return _markdown(entries)
    raise ValidationError(f"unknown export format {fmt!r}; choose one of: {', '.join(EXPORT_FORMATS)}")


def write_atomically(path: Path, pieces: Iterable[str]) -> None:
    """Write to a private temporary file beside ``path``, then rename: a failed export never leaves half a file."""
    path = path.expanduser()
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise ValidationError(f"cannot write {path}: the folder {directory} does not exist")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            for piece in pieces:
                out.write(piece)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class ImportResult:
    added: int
    skipped_existing: int
    skipped_bad: tuple[str, ...]
    entries: tuple[Entry, ...]
    flagged: tuple[Screening, ...] = ()
    """Screenings of the imported entries that speak of crisis or concern, most urgent first."""


def read_text(path: Path) -> str:
    try:
        data = path.expanduser().read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise ValidationError(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise ValidationError(f"{path}: cannot read it ({exc.strerror})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(f"{path}: not UTF-8 text (bad byte at offset {exc.start})") from None


def parse_file(path: Path, fmt: str, *, skip_bad: bool = False, kind: Kind = Kind.CHECK_IN,
               daylio_moods: Mapping[str, int] | None = None) -> ImportBatch:
    """Parse a file to import; nothing is stored yet."""
    text = read_text(path)
    name = path.name
    if fmt == "goodcry-json":
        document, skipped = goodcry_json.load(text, name, skip_bad=skip_bad)
        return ImportBatch(document.entries, document.people, skipped, document.words, document.settings)
    if fmt == "jrnl-json":
        return jrnl_json.parse(text, name, kind=kind, skip_bad=skip_bad)
    if fmt == "daylio-csv":
        return daylio_csv.parse(text, name, moods=daylio_moods, skip_bad=skip_bad)
    raise ValidationError(f"unknown import format {fmt!r}; choose one of: {', '.join(IMPORT_FORMATS)}")


def import_batch(journal: Journal, batch: ImportBatch, *, dry_run: bool = False,
                 progress: Callable[[int], None] | None = None) -> ImportResult:
    """Store a parsed batch in one transaction (all or nothing); entries already present are skipped."""
    existing = journal.existing_ids([e.id for e in batch.entries])
    new = tuple(e for e in batch.entries if e.id not in existing)
    flagged = sorted((s for s in map(screen_entry, new) if s.level is not Level.NONE),
                     key=lambda s: s.level.rank, reverse=True)
    if dry_run:
        return ImportResult(len(new), len(batch.entries) - len(new), tuple(batch.skipped), new, tuple(flagged))
    added, skipped = journal.add_many(batch.entries, batch.people, batch.words, batch.settings, progress)
    return ImportResult(added, skipped, tuple(batch.skipped), new, tuple(flagged))


def _csv(entries: Iterable[Entry]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for entry in entries:
        data = goodcry_json.entry_to_dict(entry)
        later = entry.later_relief()
        writer.writerow([
            *(_cell(data[c]) for c in CSV_COLUMNS[:11]),
            ";".join(f"{f.word}:{f.strength or ''}{'*' if f.main else ''}" for f in entry.feelings),
            *(_cell(data[c]) for c in CSV_COLUMNS[12:18]),
            ";".join(p.person + ("=" + "+".join(r.value for r in p.responses) if p.responses else "")
                     for p in entry.people),
            *(_cell(data[c]) for c in CSV_COLUMNS[19:25]),
            later.value if later else "",
        ])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


def _markdown(entries: Iterable[Entry]) -> Iterator[str]:
    yield "# goodcry journal\n"
    for entry in entries:
        stamp = entry.at.strftime("%Y-%m-%d %H:%M %z")
        yield f"\n## {stamp} · {entry.kind.value} · `{entry.id}`\n\n"
        if entry.text:
            yield entry.text.strip() + "\n\n"
        facts = []
        if entry.feelings:
            facts.append("Felt: " + ", ".join(f.word + (f" ({f.strength})" if f.strength else "")
                                               for f in entry.feelings))
        if entry.people:
            facts.append("With: " + ", ".join(p.person + (f" ({', '.join(r.value for r in p.responses)})"
                                                          if p.responses else "") for p in entry.people))
        if entry.tension_before is not None or entry.tension_after is not None:
            facts.append(f"Tension: {_na(entry.tension_before)} → {_na(entry.tension_after)}")
        if entry.mood_before is not None or entry.mood_after is not None:
            facts.append(f"Mood: {_na(entry.mood_before)} → {_na(entry.mood_after)}")
        if entry.relief:
            facts.append(f"Right after: {entry.relief.value}")
        later = entry.later_relief()
        if later:
            facts.append(f"Later: {later.value}")
        if entry.notes:
            facts.append(f"Notes: {entry.notes}")
        for fact in facts:
            yield f"- {fact}\n"


def _na(value: int | None) -> str:
    return "?" if value is None else str(value)
