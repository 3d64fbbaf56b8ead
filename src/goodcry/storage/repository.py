"""SQL for the journal: rows in, domain objects out.  Every statement is written once for both backends."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from goodcry.core.errors import ConflictError, NotFoundError, ValidationError
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
    utc_offset_minutes,
    with_offset,
)
from goodcry.core.query import EntryFilter
from goodcry.core.vocabulary import Word
from goodcry.storage.database import Database

_TS_FORMAT = "%Y-%m-%d %H:%M:%S.%f"
_CHUNK = 500

_ENTRY_COLUMNS = (
    "id", "kind", "at_utc", "at_offset", "logged_utc", "logged_offset", "text", "duration_min", "intensity",
    "held_back", "place", "triggers", "trigger_note", "mood_before", "mood_after", "tension_before",
    "tension_after", "relief", "company", "shame", "resolved", "understanding", "clarity", "body", "notes",
    "screening", "source", "version",
)
_SELECT_ENTRY = "SELECT " + ", ".join(f"e.{c}" for c in _ENTRY_COLUMNS) + " FROM entries e"


def to_utc_text(at: datetime) -> str:
    return at.astimezone(UTC).strftime(_TS_FORMAT)


def from_utc_text(text: str, offset: int) -> datetime:
    return with_offset(datetime.strptime(text, _TS_FORMAT), offset)


# --- settings -----------------------------------------------------------------------------------------------

def get_setting(db: Database, key: str) -> str | None:
    row = db.one("SELECT value FROM settings WHERE key = :key", {"key": key})
    return None if row is None else str(row[0])


def set_setting(db: Database, key: str, value: str) -> None:
    db.execute("DELETE FROM settings WHERE key = :key", {"key": key})
    db.execute("INSERT INTO settings (key, value) VALUES (:key, :value)", {"key": key, "value": value})


def all_settings(db: Database) -> dict[str, str]:
    return {str(k): str(v) for k, v in db.all("SELECT key, value FROM settings ORDER BY key")}


# --- people -------------------------------------------------------------------------------------------------

def list_people(db: Database) -> list[Person]:
    rows = db.all("SELECT name, relation, note FROM people ORDER BY name_key")
    return [Person(name, Relation(relation) if relation else None, note) for name, relation, note in rows]


def get_person(db: Database, name: str) -> Person | None:
    row = db.one("SELECT name, relation, note FROM people WHERE name_key = :key", {"key": _key(name)})
    if row is None:
        return None
    return Person(row[0], Relation(row[1]) if row[1] else None, row[2])


def add_person(db: Database, person: Person) -> None:
    existing = get_person(db, person.name)
    if existing is not None:
        raise ConflictError(f"{existing.name} is already in your circle")
    db.execute(
        "INSERT INTO people (name, name_key, relation, note) VALUES (:name, :key, :relation, :note)",
        {"name": person.name, "key": _key(person.name), "relation": _v(person.relation), "note": person.note},
    )


def update_person(db: Database, name: str, person: Person) -> None:
    """Rename a person or change their relation; entries keep pointing at them."""
    if get_person(db, name) is None:
        raise NotFoundError(f"{name!r} is not in your circle")
    other = get_person(db, person.name) if _key(name) != _key(person.name) else None
    if other is not None:
        raise ConflictError(f"{other.name} is already in your circle")
    db.execute(
        "UPDATE people SET name = :name, name_key = :key, relation = :relation, note = :note WHERE name_key = :old",
        {"name": person.name, "key": _key(person.name), "relation": _v(person.relation), "note": person.note,
         "old": _key(name)},
    )


def remove_person(db: Database, name: str) -> int:
    """Remove someone from the circle; returns how many entries named them (they lose that link)."""
    row = db.one("SELECT id FROM people WHERE name_key = :key", {"key": _key(name)})
    if row is None:
        raise NotFoundError(f"{name!r} is not in your circle")
    count = db.one("SELECT COUNT(*) FROM entry_people WHERE person_id = :id", {"id": row[0]})[0]
    db.execute(
        "UPDATE entries SET version = version + 1 WHERE id IN (SELECT entry_id FROM entry_people"
        " WHERE person_id = :id)",
        {"id": row[0]},
    )
    db.execute("DELETE FROM entry_people WHERE person_id = :id", {"id": row[0]})
    db.execute("DELETE FROM people WHERE id = :id", {"id": row[0]})
    return int(count)


def _person_ids(db: Database, names: Iterable[str]) -> dict[str, int]:
    keys = sorted({_key(n) for n in names})
    ids: dict[str, int] = {}
    for chunk in _chunks(keys):
        params = {f"k{i}": k for i, k in enumerate(chunk)}
        sql = f"SELECT name_key, id FROM people WHERE name_key IN ({', '.join(':' + p for p in params)})"
        ids.update({str(k): int(i) for k, i in db.all(sql, params)})
    return ids


# --- custom words -------------------------------------------------------------------------------------------

def list_words(db: Database) -> list[Word]:
    rows = db.all("SELECT name, family, pleasantness, energy FROM words ORDER BY name")
    return [Word(n, f, p, e, custom=True) for n, f, p, e in rows]


def add_word(db: Database, word: Word) -> None:
    if db.one("SELECT 1 FROM words WHERE name = :name", {"name": word.name}) is not None:
        raise ConflictError(f"{word.name!r} is already one of your words")
    db.execute(
        "INSERT INTO words (name, family, pleasantness, energy) VALUES (:n, :f, :p, :e)",
        {"n": word.name, "f": word.family, "p": word.pleasantness, "e": word.energy},
    )


def remove_word(db: Database, name: str) -> None:
    if db.one("SELECT 1 FROM words WHERE name = :name", {"name": name}) is None:
        raise NotFoundError(f"{name!r} is not one of your own words")
    used = db.one("SELECT COUNT(*) FROM entry_feelings WHERE word = :name", {"name": name})[0]
    if used:
        raise ConflictError(f"{name!r} is named in {used} entries; edit those first")
    db.execute("DELETE FROM words WHERE name = :name", {"name": name})


# --- entries ------------------------------------------------------------------------------------------------

def insert_entry(db: Database, entry: Entry) -> None:
    """Store a new entry with its parts; every person it names must already be in the circle."""
    if db.one("SELECT 1 FROM entries WHERE id = :id", {"id": entry.id}) is not None:
        raise ConflictError(f"an entry with ID {entry.id} already exists")
    row = _entry_row(entry)
    row["version"] = entry.version or 1
    columns = ", ".join(_ENTRY_COLUMNS)
    db.execute(f"INSERT INTO entries ({columns}) VALUES ({', '.join(':' + c for c in _ENTRY_COLUMNS)})", row)
    _insert_parts(db, entry)


def update_entry(db: Database, entry: Entry) -> Entry:
    """Replace an entry, refusing when it changed since ``entry.version`` was read."""
    row = _entry_row(entry)
    sets = ", ".join(f"{c} = :{c}" for c in _ENTRY_COLUMNS if c not in ("id", "version"))
    cur = db.execute(
        f"UPDATE entries SET {sets}, version = version + 1 WHERE id = :id AND version = :version", row
    )
    if cur.rowcount != 1:
        if db.one("SELECT 1 FROM entries WHERE id = :id", {"id": entry.id}) is None:
            raise NotFoundError(f"no entry with ID {entry.id}")
        raise ConflictError(
            f"entry {entry.id} was changed elsewhere since you opened it; nothing was saved — show it and try again"
        )
    for table in ("entry_feelings", "entry_people", "entry_tags", "follow_ups"):
        db.execute(f"DELETE FROM {table} WHERE entry_id = :id", {"id": entry.id})
    _insert_parts(db, entry)
    return get_entry(db, entry.id)


def delete_entry(db: Database, entry_id: str) -> None:
    for table in ("entry_feelings", "entry_people", "entry_tags", "follow_ups"):
        db.execute(f"DELETE FROM {table} WHERE entry_id = :id", {"id": entry_id})
    if db.execute("DELETE FROM entries WHERE id = :id", {"id": entry_id}).rowcount != 1:
        raise NotFoundError(f"no entry with ID {entry_id}")


def resolve_id(db: Database, prefix: str) -> str:
    """The full ID for an ID or a unique prefix of one (at least 4 characters)."""
    key = prefix.strip().lower()
    if len(key) < 4 or not key.isalnum():
        raise ValidationError(f"{prefix!r} is not an entry ID (IDs are 16 letters and digits; 4 or more will do)")
    rows = db.all(
        "SELECT id FROM entries WHERE id >= :lo AND id < :hi ORDER BY id LIMIT 3",
        {"lo": key, "hi": key + "~"},
    )
    if not rows:
        raise NotFoundError(f"no entry with ID {prefix!r}; `goodcry list` shows IDs")
    if len(rows) > 1:
        raise ValidationError(f"{prefix!r} matches several entries; type more of the ID")
    return str(rows[0][0])


def get_entry(db: Database, entry_id: str) -> Entry:
    rows = db.all(_SELECT_ENTRY + " WHERE e.id = :id", {"id": entry_id})
    if not rows:
        raise NotFoundError(f"no entry with ID {entry_id}")
    return _assemble(db, rows)[0]


def find_entries(db: Database, query: EntryFilter) -> list[Entry]:
    """Entries matching the filter, oldest first (the newest ``limit`` when a limit is given)."""
    where, params = _where(query)
    sql = _SELECT_ENTRY + where + " ORDER BY e.at_utc DESC, e.id DESC"
    if query.limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = query.limit
    rows = db.all(sql, params)
    rows.reverse()
    return _assemble(db, rows)


def iter_entries(db: Database, query: EntryFilter = EntryFilter(), batch: int = 2000) -> Iterator[Entry]:
    """All matching entries, oldest first, fetched in batches (exports and insights over big journals)."""
    where, params = _where(query)
    last_at, last_id = "", ""
    while True:
        after = "(e.at_utc > :last_at OR (e.at_utc = :last_at AND e.id > :last_id))"
        page_where = where + (" AND " if where else " WHERE ") + after
        rows = db.all(
            _SELECT_ENTRY + page_where + " ORDER BY e.at_utc, e.id LIMIT :batch",
            {**params, "last_at": last_at, "last_id": last_id, "batch": batch},
        )
        if not rows:
            return
        yield from _assemble(db, rows)
        last_at, last_id = rows[-1][2], rows[-1][0]


def count_entries(db: Database) -> int:
    return int(db.one("SELECT COUNT(*) FROM entries")[0])


def existing_ids(db: Database, ids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for chunk in _chunks(list(ids)):
        params = {f"i{n}": v for n, v in enumerate(chunk)}
        sql = f"SELECT id FROM entries WHERE id IN ({', '.join(':' + p for p in params)})"
        found.update(str(r[0]) for r in db.all(sql, params))
    return found


def _where(query: EntryFilter) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if query.since is not None:
        clauses.append("e.at_utc >= :since")
        params["since"] = to_utc_text(query.since)
    if query.until is not None:
        clauses.append("e.at_utc <= :until")
        params["until"] = to_utc_text(query.until)
    if query.kinds:
        names = [f"kind{i}" for i in range(len(query.kinds))]
        clauses.append(f"e.kind IN ({', '.join(':' + n for n in names)})")
        params.update({n: k.value for n, k in zip(names, query.kinds, strict=True)})
    for i, word in enumerate(query.feelings):
        clauses.append(f"EXISTS (SELECT 1 FROM entry_feelings f WHERE f.entry_id = e.id AND f.word = :feel{i})")
        params[f"feel{i}"] = word
    for i, name in enumerate(query.people):
        clauses.append(
            "EXISTS (SELECT 1 FROM entry_people ep JOIN people p ON p.id = ep.person_id"
            f" WHERE ep.entry_id = e.id AND p.name_key = :person{i})"
        )
        params[f"person{i}"] = _key(name)
    for i, tag in enumerate(query.tags):
        clauses.append(f"EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_id = e.id AND t.tag = :tag{i})")
        params[f"tag{i}"] = tag.lstrip("#").lower()
    if query.contains:
        clauses.append("(LOWER(e.text) LIKE :contains ESCAPE '!' OR LOWER(e.notes) LIKE :contains ESCAPE '!')")
        needle = query.contains.lower().replace("!", "!!").replace("%", "!%").replace("_", "!_")
        params["contains"] = f"%{needle}%"
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _entry_row(entry: Entry) -> dict[str, Any]:
    logged = entry.logged_at or entry.at
    return {
        "id": entry.id,
        "kind": entry.kind.value,
        "at_utc": to_utc_text(entry.at),
        "at_offset": utc_offset_minutes(entry.at),
        "logged_utc": to_utc_text(logged),
        "logged_offset": utc_offset_minutes(logged),
        "text": entry.text,
        "duration_min": entry.duration_min,
        "intensity": _v(entry.intensity),
        "held_back": entry.held_back,
        "place": _v(entry.place),
        "triggers": ",".join(t.value for t in entry.triggers),
        "trigger_note": entry.trigger_note,
        "mood_before": entry.mood_before,
        "mood_after": entry.mood_after,
        "tension_before": entry.tension_before,
        "tension_after": entry.tension_after,
        "relief": _v(entry.relief),
        "company": _v(entry.company),
        "shame": entry.shame,
        "resolved": _v(entry.resolved),
        "understanding": entry.understanding,
        "clarity": entry.clarity,
        "body": ",".join(b.value for b in entry.body),
        "notes": entry.notes,
        "screening": entry.screening,
        "source": entry.source,
        "version": entry.version,
    }


def _insert_parts(db: Database, entry: Entry) -> None:
    db.executemany(
        "INSERT INTO entry_feelings (entry_id, word, position, strength, is_main, source)"
        " VALUES (:id, :word, :pos, :strength, :main, :source)",
        [
            {"id": entry.id, "word": f.word, "pos": i, "strength": f.strength, "main": f.main,
             "source": f.source.value}
            for i, f in enumerate(entry.feelings)
        ],
    )
    if entry.people:
        ids = _person_ids(db, (p.person for p in entry.people))
        missing = [p.person for p in entry.people if _key(p.person) not in ids]
        if missing:
            raise NotFoundError(f"{missing[0]!r} is not in your circle")
        db.executemany(
            "INSERT INTO entry_people (entry_id, person_id, position, responses) VALUES (:id, :pid, :pos, :resp)",
            [
                {"id": entry.id, "pid": ids[_key(p.person)], "pos": i,
                 "resp": ",".join(r.value for r in p.responses)}
                for i, p in enumerate(entry.people)
            ],
        )
    db.executemany(
        "INSERT INTO entry_tags (entry_id, tag) VALUES (:id, :tag)",
        [{"id": entry.id, "tag": t} for t in entry.tags],
    )
    db.executemany(
        "INSERT INTO follow_ups (entry_id, at_utc, at_offset, relief, mood, tension, resolved, understanding, note)"
        " VALUES (:id, :at, :off, :relief, :mood, :tension, :resolved, :understanding, :note)",
        [
            {"id": entry.id, "at": to_utc_text(f.at), "off": utc_offset_minutes(f.at), "relief": _v(f.relief),
             "mood": f.mood, "tension": f.tension, "resolved": _v(f.resolved), "understanding": f.understanding,
             "note": f.note}
            for f in entry.follow_ups
        ],
    )


def _assemble(db: Database, rows: list[Any]) -> list[Entry]:
    if not rows:
        return []
    ids = [r[0] for r in rows]
    feelings: dict[str, list[Feeling]] = {}
    people: dict[str, list[Presence]] = {}
    follow_ups: dict[str, list[FollowUp]] = {}
    for chunk in _chunks(ids):
        params = {f"i{n}": v for n, v in enumerate(chunk)}
        in_list = ", ".join(":" + p for p in params)
        for eid, word, strength, main, source in db.all(
            "SELECT entry_id, word, strength, is_main, source FROM entry_feelings"
            f" WHERE entry_id IN ({in_list}) ORDER BY entry_id, position",
            params,
        ):
            feelings.setdefault(eid, []).append(Feeling(word, strength, bool(main), EmotionSource(source)))
        for eid, name, responses in db.all(
            "SELECT ep.entry_id, p.name, ep.responses FROM entry_people ep JOIN people p ON p.id = ep.person_id"
            f" WHERE ep.entry_id IN ({in_list}) ORDER BY ep.entry_id, ep.position",
            params,
        ):
            people.setdefault(eid, []).append(Presence(name, _enums(Response, responses)))
        for eid, at, off, relief, mood, tension, resolved, understanding, note in db.all(
            "SELECT entry_id, at_utc, at_offset, relief, mood, tension, resolved, understanding, note"
            f" FROM follow_ups WHERE entry_id IN ({in_list}) ORDER BY entry_id, at_utc",
            params,
        ):
            follow_ups.setdefault(eid, []).append(
                FollowUp(from_utc_text(at, off), _opt(Relief, relief), mood, tension, _opt(Resolved, resolved),
                         understanding, note)
            )
    return [_entry(r, feelings.get(r[0], ()), people.get(r[0], ()), follow_ups.get(r[0], ())) for r in rows]


def _entry(row: Any, feelings: Iterable[Feeling], people: Iterable[Presence],
           follow_ups: Iterable[FollowUp]) -> Entry:
    r = dict(zip(_ENTRY_COLUMNS, row, strict=True))
    return Entry(
        id=r["id"],
        kind=Kind(r["kind"]),
        at=from_utc_text(r["at_utc"], r["at_offset"]),
        logged_at=from_utc_text(r["logged_utc"], r["logged_offset"]),
        text=r["text"],
        duration_min=r["duration_min"],
        intensity=_opt(Intensity, r["intensity"]),
        held_back=r["held_back"],
        place=_opt(Place, r["place"]),
        triggers=_enums(Trigger, r["triggers"]),
        trigger_note=r["trigger_note"],
        feelings=tuple(feelings),
        mood_before=r["mood_before"],
        mood_after=r["mood_after"],
        tension_before=r["tension_before"],
        tension_after=r["tension_after"],
        relief=_opt(Relief, r["relief"]),
        company=_opt(Company, r["company"]),
        people=tuple(people),
        shame=r["shame"],
        resolved=_opt(Resolved, r["resolved"]),
        understanding=r["understanding"],
        clarity=r["clarity"],
        body=_enums(Body, r["body"]),
        notes=r["notes"],
        follow_ups=tuple(follow_ups),
        screening=r["screening"],
        source=r["source"],
        version=r["version"],
    )


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _v(value: Any) -> Any:
    return None if value is None else value.value


def _opt(enum: Any, value: str | None) -> Any:
    return None if value is None else enum(value)


def _enums(enum: Any, text: str) -> tuple[Any, ...]:
    return tuple(enum(v) for v in text.split(",") if v)


def _chunks(items: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start:start + _CHUNK]
