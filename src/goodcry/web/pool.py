"""Open journals for requests: a few connections reused, one request at a time each, over SQLite or PostgreSQL."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from goodcry.core.errors import StorageError
from goodcry.journal import Journal
from goodcry.storage.database import Target


class _HeldKey:
    """The key ``goodcry serve`` derived at start-up, held in memory for the app's connections (a ``KeyMemory``)."""

    def __init__(self, raw: bytes) -> None:
        self._raw = raw

    def recall(self, path: Path) -> bytes | None:
        return self._raw

    def stale(self, path: Path) -> None:
        raise StorageError("the journal's key changed while goodcry serve was running; stop it and start it again")


def _no_passphrase() -> str:
    raise StorageError("this journal is encrypted: start goodcry serve again to unlock it")


class JournalPool:
    """Journals opened on the thread that uses them (sqlite3 connections stay on their thread).

    Each worker thread keeps one open journal; ``close`` closes them all when the server stops.
    """

    def __init__(self, target: Target, key: bytes | None = None) -> None:
        self.target = target
        self._key = _HeldKey(key) if key is not None else None
        self._local = threading.local()
        self._all: queue.SimpleQueue[Journal] = queue.SimpleQueue()
        self._closed = False

    @contextmanager
    def journal(self) -> Iterator[Journal]:
        journal: Journal | None = getattr(self._local, "journal", None)
        if journal is None:
            journal = Journal.open(self.target, remembered=self._key, passphrase=_no_passphrase)
            self._local.journal = journal
            self._all.put(journal)
        journal._vocabulary = None  # words added by the CLI meanwhile are seen
        try:
            yield journal
        except BaseException:
            # A failed request may leave the connection mid-transaction (PostgreSQL): start clean next time.
            try:
                journal.db.connection.rollback()
            except Exception:
                self._local.journal = None
            raise
        else:
            if journal.db.dialect == "postgresql":
                journal.db.connection.rollback()  # end the read transaction psycopg opened: no stale snapshots

    def stamp(self, journal: Journal) -> tuple[object, ...]:
        """``journal.stamp()``, recomputed on SQLite only when something was committed since this connection last
        asked (``PRAGMA data_version`` sees other connections' commits, ``total_changes`` this one's)."""
        if journal.db.dialect != "sqlite":
            return journal.stamp()
        conn = journal.db.connection
        marker = (conn.execute("PRAGMA data_version").fetchone()[0], conn.total_changes)
        last = getattr(self._local, "stamp", None)
        if last is None or last[0] != marker:
            last = (marker, journal.stamp())
            self._local.stamp = last
        stamp: tuple[object, ...] = last[1]
        return stamp

    def close(self) -> None:
        while True:
            try:
                j = self._all.get_nowait()
            except queue.Empty:
                return
            with suppress(Exception):  # a connection of another thread may refuse to close; the process is ending
                j.close()
