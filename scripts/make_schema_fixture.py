"""Regenerate ``tests/data/journal-0001.db``: a journal made with the first schema (0001), every field filled.

    python scripts/make_schema_fixture.py

Run it only with the code of schema 0001 (git checkout of a commit whose newest migration is 0001): the file is a
record of what that code wrote, and ``tests/test_migrations.py`` opens it with the current code.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from fixture_journal import ENTRIES, PEOPLE, SETTINGS, WORDS  # noqa: E402
from goodcry.journal import Journal  # noqa: E402
from goodcry.storage.database import Target  # noqa: E402
from goodcry.storage.migrate import HEAD  # noqa: E402

OUT = ROOT / "tests" / "data" / f"journal-{HEAD}.db"


def main() -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{OUT}{suffix}").unlink(missing_ok=True)
    with Journal.open(Target.parse(OUT), create=True) as journal:
        for word in WORDS:
            journal.add_word(word.name, word.family, word.pleasantness, word.energy)
        for person in PEOPLE:
            journal.add_person(person)
        journal.set_country(SETTINGS["country"])
        for entry in ENTRIES:
            journal.add(entry, now=datetime(2026, 11, 21, 8, 0, tzinfo=timezone(timedelta(hours=1))))
        journal.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        journal.db.execute("PRAGMA journal_mode = DELETE")  # one self-contained file in git
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
