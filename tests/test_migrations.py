"""A journal made with the first schema (tests/data/journal-0001.db, see scripts/make_schema_fixture.py) opens
with the current code — upgraded when the schema has moved on — with every field preserved."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from conftest import DATA
from fixture_journal import ENTRIES, PEOPLE, SETTINGS, WORDS
from goodcry.journal import Journal
from goodcry.storage.database import Target
from goodcry.storage.migrate import HEAD, revision

FIXTURE = DATA / "journal-0001.db"


@pytest.fixture
def old_journal(tmp_path: Path) -> Path:
    copy = tmp_path / "old.db"
    shutil.copy(FIXTURE, copy)
    return copy


def test_the_first_schemas_journal_opens_with_every_field_preserved(old_journal: Path) -> None:
    with Journal.open(Target.parse(old_journal)) as journal:
        assert revision(journal.db) == HEAD
        stored = {e.id: e for e in journal.iter_all()}
        assert set(stored) == {e.id for e in ENTRIES}
        for expected in ENTRIES:
            got = stored[expected.id]
            assert replace(got, version=0, logged_at=None) == replace(expected, version=0, logged_at=None)
            assert got.at.utcoffset() == expected.at.utcoffset()
            assert got.logged_at is not None and got.version >= 1
        assert stored[ENTRIES[0].id].tags == ("home", "sleep")
        assert sorted((p.name, p.relation, p.note) for p in journal.people()) == sorted(
            (p.name, p.relation, p.note) for p in PEOPLE)
        assert [(w.name, w.family, w.pleasantness, w.energy) for w in journal.own_words()] == [
            (w.name, w.family, w.pleasantness, w.energy) for w in WORDS]
        assert journal.settings() == SETTINGS


def test_an_old_journal_is_backed_up_before_it_is_upgraded(old_journal: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """When HEAD moves past 0001, opening the fixture runs the real upgrade after a backup."""
    if HEAD == "0001":
        from goodcry import journal as journal_module

        monkeypatch.setattr(journal_module, "HEAD", "0002")  # pretend a newer schema exists (upgrade: a no-op)
        monkeypatch.setattr(journal_module, "upgrade", lambda db: None)
    with Journal.open(Target.parse(old_journal)) as journal:
        assert journal.count() == len(ENTRIES)
    backups = list(Path(os.environ["GOODCRY_BACKUPS"]).glob("old-*-before-migration-0001.db"))
    assert len(backups) == 1
