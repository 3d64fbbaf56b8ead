"""The journal's storage, run against SQLite and PostgreSQL alike."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from goodcry.core.errors import ConflictError, JournalMissingError, NotFoundError, StorageError, ValidationError
from goodcry.core.model import (
    Body,
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
from goodcry.core.query import EntryFilter
from goodcry.journal import Journal
from goodcry.storage.database import Target
from goodcry.storage.migrate import HEAD, head_of_scripts

TZ = timezone(timedelta(hours=-5))
AT = datetime(2026, 11, 20, 21, 0, tzinfo=TZ)


def full_entry(**changes: object) -> Entry:
    entry = Entry(
        kind=Kind.CRY, at=AT, text="Argued with Sam about moving #home", duration_min=12,
        intensity=Intensity.SOBBING, held_back=2, place=Place.HOME, triggers=(Trigger.CONFLICT, Trigger.LOSS),
        trigger_note="the flat", feelings=(Feeling("hurt", 4, True), Feeling("lonely", 2)), mood_before=-3,
        mood_after=0, tension_before=8, tension_after=4, relief=Relief.BETTER,
        people=(Presence("Sam", (Response.COMFORTED, Response.LISTENED)),), shame=2, resolved=Resolved.PARTLY,
        understanding=3, clarity=7, body=(Body.TIRED, Body.CALM), notes="slept after #sleep",
    )
    return replace(entry, **changes)  # type: ignore[arg-type]


def test_every_field_survives_a_round_trip(journal: Journal) -> None:
    saved = journal.add(full_entry())
    assert saved.new_people == ("Sam",)
    stored = journal.get(saved.entry.id)
    assert stored == saved.entry
    assert stored.at.utcoffset() == timedelta(hours=-5)
    assert stored.tags == ("home", "sleep")


def test_ids_resolve_from_a_unique_prefix(journal: Journal) -> None:
    saved = journal.add(full_entry())
    assert journal.get(saved.entry.id[:6]).id == saved.entry.id
    with pytest.raises(NotFoundError, match="no entry with ID 'zzzzzz'"):
        journal.get("zzzzzz")
    with pytest.raises(ValidationError, match="is not an entry ID"):
        journal.get("ab")


def test_filters_combine(journal: Journal) -> None:
    journal.add(full_entry())
    journal.add(full_entry(at=AT + timedelta(days=2), text="Quiet tears at a film #film", people=(),
                           feelings=(Feeling("moved"),)))
    journal.add(Entry(Kind.CHECK_IN, AT + timedelta(days=3), mood_after=2, text="ok day"))
    assert [e.text for e in journal.find(EntryFilter(feelings=("moved",)))] == ["Quiet tears at a film #film"]
    assert len(journal.find(EntryFilter(people=("sam",)))) == 1
    assert len(journal.find(EntryFilter(tags=("#home",)))) == 1
    assert len(journal.find(EntryFilter(kinds=(Kind.CHECK_IN,)))) == 1
    assert len(journal.find(EntryFilter(since=AT + timedelta(days=1)))) == 2
    assert len(journal.find(EntryFilter(since=AT + timedelta(days=1), kinds=(Kind.CRY,)))) == 1
    assert len(journal.find(EntryFilter(contains="QUIET TEARS"))) == 1
    assert len(journal.find(EntryFilter(contains="100%"))) == 0
    latest = journal.find(EntryFilter(limit=2))
    assert [e.kind for e in latest] == [Kind.CRY, Kind.CHECK_IN]  # the newest two, oldest first


def test_search_folds_case_beyond_ascii(journal: Journal) -> None:
    journal.add(Entry(Kind.CRY, AT, text="Été difficile"))
    assert len(journal.find(EntryFilter(contains="ÉTÉ"))) == 1


def test_an_edit_refuses_to_overwrite_a_change_made_elsewhere(journal: Journal) -> None:
    saved = journal.add(full_entry())
    first = journal.get(saved.entry.id)
    second = journal.get(saved.entry.id)
    journal.update(replace(first, text="changed here"))
    with pytest.raises(ConflictError, match="was changed elsewhere since you opened it"):
        journal.update(replace(second, text="changed there"))
    assert journal.get(saved.entry.id).text == "changed here"


def test_later_check_ins_belong_to_episodes(journal: Journal) -> None:
    saved = journal.add(full_entry())
    entry = journal.follow_up(saved.entry.id, FollowUp(AT + timedelta(minutes=90), relief=Relief.MUCH_BETTER,
                                                       mood=2, resolved=Resolved.YES)).entry
    assert entry.later_relief() is Relief.MUCH_BETTER and entry.resolved is Resolved.YES
    check = journal.add(Entry(Kind.CHECK_IN, AT, mood_after=1))
    with pytest.raises(ValidationError, match="is a check-in"):
        journal.follow_up(check.entry.id, FollowUp(AT + timedelta(hours=1), mood=2))
    with pytest.raises(ValidationError, match="cannot be before the episode"):
        journal.follow_up(saved.entry.id, FollowUp(AT - timedelta(hours=1), mood=2))


def test_people_rename_and_remove(journal: Journal) -> None:
    journal.add_person(Person("Ana", Relation.FRIEND))
    saved = journal.add(full_entry())
    journal.update_person("sam", Person("Samuel", Relation.PARTNER))
    assert journal.get(saved.entry.id).people[0].person == "Samuel"
    with pytest.raises(ConflictError, match="Ana is already in your circle"):
        journal.add_person(Person("ana"))
    with pytest.raises(ConflictError, match="already in your circle"):
        journal.update_person("Samuel", Person("Ana"))
    assert journal.remove_person("samuel") == 1
    assert journal.get(saved.entry.id).people == ()
    assert [p.name for p in journal.people()] == ["Ana"]


def test_own_words_can_be_named_and_are_protected_while_used(journal: Journal) -> None:
    journal.add_word("weltschmerz", "sadness", -3, -2)
    saved = journal.add(Entry(Kind.CRY, AT, feelings=(Feeling("Weltschmerz"),)))
    assert journal.get(saved.entry.id).feelings[0].word == "weltschmerz"
    with pytest.raises(ConflictError, match="named in 1 entries"):
        journal.remove_word("weltschmerz")


def test_unknown_feelings_are_refused_before_anything_is_stored(journal: Journal) -> None:
    with pytest.raises(ValidationError, match="unknown feeling word 'blorp'"):
        journal.add(full_entry(feelings=(Feeling("blorp"),)))
    assert journal.count() == 0 and journal.people() == []


def test_import_batches_are_all_or_nothing_and_idempotent(journal: Journal) -> None:
    good = [full_entry(id="", at=AT + timedelta(hours=i)) for i in range(3)]
    good = [replace(e, id=f"06h0000000000{i:03d}") for i, e in enumerate(good)]
    assert journal.add_many(good) == (3, 0)
    assert journal.add_many(good) == (0, 3)
    bad = [*good, replace(good[0], id="06h0000000000999", feelings=(Feeling("blorp"),))]
    with pytest.raises(ValidationError):
        journal.add_many(bad)
    assert journal.count() == 3


def test_missing_journal_says_how_to_create_it(tmp_path: Path) -> None:
    with pytest.raises(JournalMissingError, match="create it with `goodcry init`"):
        Journal.open(Target.parse(tmp_path / "nope.db"))


def test_a_file_that_is_not_a_journal_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"these are my notes, not a database" * 100)
    before = path.read_bytes()
    with pytest.raises(StorageError, match="not a"):
        Journal.open(Target.parse(path))
    assert path.read_bytes() == before


def test_sqlite_journals_are_private_and_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    with Journal.open(Target.parse(path), create=True) as journal:
        assert journal.db.one("PRAGMA journal_mode")[0] == "wal"
        assert journal.db.one("PRAGMA foreign_keys")[0] == 1
        assert journal.db.one("PRAGMA busy_timeout")[0] >= 5000
    assert path.stat().st_mode & 0o077 == 0


def test_head_matches_the_newest_migration() -> None:
    assert head_of_scripts() == HEAD


def test_unsupported_urls_are_refused() -> None:
    with pytest.raises(StorageError, match="unsupported journal URL 'mysql'"):
        Target.parse("mysql://localhost/db")
    assert Target.parse("postgres://u:secret@h/db").describe() == "postgresql://u:***@h/db"


def test_reads_leave_no_transaction_open(journal: Journal) -> None:
    """A long-lived connection (the web app's) must not hold a snapshot open between requests."""
    journal.add(full_entry())
    journal.find()
    if journal.db.dialect == "postgresql":
        assert journal.db.connection.info.transaction_status == 0  # psycopg's IDLE
    else:
        assert not journal.db.connection.in_transaction
