"""The Journal: one object over a journal's storage, opened once and handed to the CLI (and the web app).

It is the application layer: it checks what the domain needs (feeling words exist, people are in the circle),
wraps every change in one transaction, and returns domain objects.  It knows nothing of terminals or HTTP.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from goodcry.core.errors import JournalMissingError, StorageError, ValidationError
from goodcry.core.model import Entry, FollowUp, Person, new_id
from goodcry.core.query import EntryFilter
from goodcry.core.safety.screening import NOTHING, Screening, screen_entry
from goodcry.core.vocabulary import BUILTIN, Vocabulary, Word, make_custom_word
from goodcry.storage import repository as repo
from goodcry.storage.database import Database, KeyMemory, Passphrase, Target
from goodcry.storage.migrate import HEAD, revision, upgrade

ENV_DB = "GOODCRY_DB"
COUNTRY = "country"
PRIVATE = "private."
"""Settings under this prefix (e.g. the web app's passphrase hash) never leave the journal: exports skip them and
imports cannot set them."""


def default_location() -> Path:
    """The journal file in the user data directory (``$XDG_DATA_HOME/goodcry/journal.db`` on Linux)."""
    from platformdirs import user_data_path

    return user_data_path("goodcry", appauthor=False) / "journal.db"


def resolve_target(db: str | None) -> Target:
    """The journal chosen by ``--db``, else ``$GOODCRY_DB``, else the default file."""
    chosen = db or os.environ.get(ENV_DB) or ""
    return Target.parse(chosen) if chosen.strip() else Target.parse(default_location())


@dataclass(frozen=True)
class Saved:
    """A stored entry, the people who joined the circle because it named them, and what screening found."""

    entry: Entry
    new_people: tuple[str, ...] = ()
    screening: Screening = NOTHING


class Journal:
    """A person's journal: entries, their support circle, their own feeling words, their settings."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._vocabulary: Vocabulary | None = None

    # --- opening ----------------------------------------------------------------------------------------

    @classmethod
    def open(cls, target: Target, *, create: bool = False, passphrase: Passphrase | None = None,
             encrypt: bool = False, remembered: KeyMemory | None = None) -> Journal:
        """Open an existing journal (upgrading its schema if it is older), or create one with ``create``.

        ``passphrase`` is asked only when the journal is encrypted (or, with ``encrypt``, to key a new one), and
        only when ``remembered`` (the OS keyring, for those who opted in) has no key that opens it.
        An older journal is backed up (see ``storage.safekeeping``) before its schema is upgraded.
        """
        db = Database.open(target, create=create, passphrase=passphrase, encrypt=encrypt, remembered=remembered)
        try:
            current = revision(db)
            if current is None and not create:
                raise JournalMissingError(
                    f"{target.describe()} holds no goodcry journal yet; create it with `goodcry init`"
                )
            if current != HEAD:
                if current is not None and not _known_revision(current):
                    raise StorageError(
                        f"this journal was made by a newer goodcry (schema {current}); upgrade goodcry to open it"
                    )
                if current is not None and target.path is not None:
                    from goodcry.storage.safekeeping import automatic

                    automatic(db, f"before-migration-{current}")
                upgrade(db)
        except BaseException:
            db.close()
            raise
        return cls(db)

    @staticmethod
    def exists(target: Target, passphrase: Passphrase | None = None) -> bool:
        if target.path is not None and (not target.path.exists() or target.path.stat().st_size == 0):
            return False
        try:
            Journal.open(target, passphrase=passphrase).close()
        except JournalMissingError:
            return False
        return True

    @property
    def encrypted(self) -> bool:
        return self.db.encrypted

    def backup(self, dest: Path) -> int:
        """A verified, consistent copy of this (SQLite) journal at ``dest``; returns its entry count."""
        from goodcry.storage.safekeeping import backup

        return backup(self.db, dest).entries

    def automatic_backup(self, reason: str) -> Path | None:
        """A backup in the backups folder before a risky change (SQLite journals; None for PostgreSQL)."""
        if self.db.target.path is None:
            return None
        from goodcry.storage.safekeeping import automatic

        return automatic(self.db, reason)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- settings ---------------------------------------------------------------------------------------

    @property
    def country(self) -> str | None:
        return repo.get_setting(self.db, COUNTRY)

    def settings(self) -> dict[str, str]:
        """The settings an export carries (never the private ones)."""
        return {k: v for k, v in repo.all_settings(self.db).items() if not k.startswith(PRIVATE)}

    def setting(self, key: str) -> str | None:
        return repo.get_setting(self.db, key)

    def set_setting(self, key: str, value: str) -> None:
        with self.db.transaction():
            repo.set_setting(self.db, key, value)

    def stamp(self) -> tuple[object, ...]:
        """A cheap marker that changes whenever entries or the circle change (for caching derived views)."""
        return repo.stamp(self.db)

    def set_country(self, code: str) -> None:
        with self.db.transaction():
            repo.set_setting(self.db, COUNTRY, code)

    # --- vocabulary -------------------------------------------------------------------------------------

    @property
    def vocabulary(self) -> Vocabulary:
        """goodcry's words plus this person's own."""
        if self._vocabulary is None:
            self._vocabulary = BUILTIN.with_custom(repo.list_words(self.db))
        return self._vocabulary

    def add_word(self, name: str, family: str, pleasantness: int, energy: int) -> Word:
        word = make_custom_word(name, family, pleasantness, energy, self.vocabulary)
        with self.db.transaction():
            repo.add_word(self.db, word)
        self._vocabulary = None
        return word

    def remove_word(self, name: str) -> None:
        with self.db.transaction():
            repo.remove_word(self.db, name.strip().lower())
        self._vocabulary = None

    def own_words(self) -> list[Word]:
        return repo.list_words(self.db)

    # --- people -----------------------------------------------------------------------------------------

    def people(self) -> list[Person]:
        return repo.list_people(self.db)

    def person(self, name: str) -> Person | None:
        return repo.get_person(self.db, name)

    def add_person(self, person: Person) -> None:
        with self.db.transaction():
            repo.add_person(self.db, person)

    def update_person(self, name: str, person: Person) -> None:
        with self.db.transaction():
            repo.update_person(self.db, name, person)

    def remove_person(self, name: str) -> int:
        with self.db.transaction():
            return repo.remove_person(self.db, name)

    # --- entries ----------------------------------------------------------------------------------------

    def add(self, entry: Entry, *, now: datetime | None = None) -> Saved:
        """Store a new entry; people it names who are not in the circle yet join it."""
        entry, screening = self._prepare(entry, now=now)
        with self.db.transaction():
            new_people = self._ensure_people(entry)
            repo.insert_entry(self.db, entry)
        return Saved(replace(entry, version=entry.version or 1), new_people, screening)

    def add_many(self, entries: Iterable[Entry], people: Iterable[Person] = (), words: Iterable[Word] = (),
                 settings: Mapping[str, str] | None = None,
                 progress: Callable[[int], None] | None = None) -> tuple[int, int]:
        """Import in one transaction: all or nothing.  Entries whose ID exists are skipped; people, words and
        settings the journal lacks are added (existing ones are kept as they are).

        ``progress`` is called with the number of entries handled so far, for a progress bar.
        Returns (entries added, entries skipped).
        """
        words = list(words)
        known = {w.name for w in repo.list_words(self.db)}
        new_words = [w for w in words if w.name not in known]
        if new_words:
            self._vocabulary = self.vocabulary.with_custom(new_words)
        try:
            return self._add_many(entries, people, new_words, settings or {}, progress)
        finally:
            self._vocabulary = None

    def _add_many(self, entries: Iterable[Entry], people: Iterable[Person], new_words: list[Word],
                  settings: Mapping[str, str], progress: Callable[[int], None] | None) -> tuple[int, int]:
        batch = [self._prepare(e)[0] for e in entries]
        added = skipped = 0
        with self.db.transaction():
            current = repo.all_settings(self.db)
            for key, value in settings.items():
                if key not in current and not key.startswith(PRIVATE):
                    repo.set_setting(self.db, key, value)
            for word in new_words:
                repo.add_word(self.db, word)
            for person in people:
                if repo.get_person(self.db, person.name) is None:
                    repo.add_person(self.db, person)
            existing = repo.existing_ids(self.db, [e.id for e in batch])
            for done, entry in enumerate(batch, start=1):
                if entry.id in existing:
                    skipped += 1
                else:
                    self._ensure_people(entry)
                    repo.insert_entry(self.db, entry)
                    existing.add(entry.id)
                    added += 1
                if progress is not None and done % 200 == 0:
                    progress(done)
        return added, skipped

    def get(self, id_or_prefix: str) -> Entry:
        return repo.get_entry(self.db, repo.resolve_id(self.db, id_or_prefix))

    def find(self, query: EntryFilter = EntryFilter()) -> list[Entry]:
        return repo.find_entries(self.db, query)

    def iter_all(self, query: EntryFilter = EntryFilter()) -> Iterator[Entry]:
        return repo.iter_entries(self.db, query)

    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        return repo.existing_ids(self.db, ids)

    def count(self) -> int:
        return repo.count_entries(self.db)

    def update(self, entry: Entry) -> Saved:
        """Save an edited entry; refuses (ConflictError) when it changed elsewhere since it was read."""
        entry, screening = self._prepare(entry)
        with self.db.transaction():
            new_people = self._ensure_people(entry)
            stored = repo.update_entry(self.db, entry)
        return Saved(stored, new_people, screening)

    def follow_up(self, id_or_prefix: str, follow_up: FollowUp) -> Saved:
        """Add a later check-in to an episode."""
        entry = self.get(id_or_prefix)
        if not entry.is_episode:
            raise ValidationError(
                f"entry {entry.id} is a check-in; later check-ins belong to cries and held-back urges"
            )
        if follow_up.at < entry.at:
            raise ValidationError("a later check-in cannot be before the episode it follows")
        return self.update(entry.with_follow_up(follow_up))

    def delete(self, id_or_prefix: str) -> Entry:
        entry = self.get(id_or_prefix)
        with self.db.transaction():
            repo.delete_entry(self.db, entry.id)
        return entry

    # --- helpers ----------------------------------------------------------------------------------------

    def _prepare(self, entry: Entry, *, now: datetime | None = None) -> tuple[Entry, Screening]:
        """The entry as it will be stored — canonical feeling words, an ID, when it was logged, and its screening
        level (kept so insights can leave crisis entries out of "what helps you") — with the full screening."""
        vocabulary = self.vocabulary
        feelings = tuple(replace(f, word=vocabulary.lookup(f.word).name) for f in entry.feelings)
        screening = screen_entry(entry)
        stamp = now or datetime.now().astimezone()
        prepared = replace(
            entry,
            id=entry.id or new_id(entry.at),
            logged_at=entry.logged_at or stamp,
            feelings=feelings,
            screening=screening.level.value,
        )
        return prepared, screening

    def _ensure_people(self, entry: Entry) -> tuple[str, ...]:
        added: list[str] = []
        for presence in entry.people:
            if repo.get_person(self.db, presence.person) is None:
                repo.add_person(self.db, Person(presence.person))
                added.append(presence.person)
        return tuple(added)


def _known_revision(rev: str) -> bool:
    from goodcry.storage.migrate import MIGRATIONS

    return any(p.name.startswith(f"{rev}_") for p in (MIGRATIONS / "versions").glob("*.py"))
