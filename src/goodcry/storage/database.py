"""The one door to a journal's database: SQLite by default, PostgreSQL through a URL.

Why plain DB-API here and SQLAlchemy only for migrations: quick capture must start, write and exit faster than
jrnl does (see ``bench/cli_speed.py``), and importing SQLAlchemy alone costs ~0.2 s — more than jrnl's whole
run.  So queries go through the standard library's ``sqlite3`` (or ``psycopg`` for PostgreSQL) with one portable
SQL text per query, and Alembic (on SQLAlchemy) runs the schema migrations, imported only when a journal is
created or upgraded.  An encrypted (SQLCipher) journal opens through this same door: it is recognised by its
header, and only then is ``sqlcipher3`` imported and a passphrase asked for (see ``cipher.py``) — unless the
person chose to keep its key in the OS keyring (``remembered.py``), which is asked first.

SQL in this package uses ``:name`` parameters; for PostgreSQL they are rewritten once per statement into
psycopg's ``%(name)s`` style.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, Protocol, TypeVar

from goodcry.core.errors import JournalMissingError, StorageError

if TYPE_CHECKING:
    from goodcry.storage.cipher import Key

BUSY_TIMEOUT_MS = 10_000
# Beyond the busy timeout, a write that still finds the journal locked is retried (with jittered back-off) for
# this long before the person hears of it: the CLI and the web app can write at the same time.
RETRY_FOR_S = 120.0
Params = Mapping[str, Any] | Sequence[Any]
Passphrase = Callable[[], str]  # asked only when the journal turns out to be encrypted
T = TypeVar("T")


class KeyMemory(Protocol):
    """Where an encrypted journal's derived key may be remembered (the OS keyring, when the person opted in)."""

    def recall(self, path: Path) -> bytes | None:
        """The remembered raw key of the journal at ``path``, or None (then the passphrase is asked for)."""
        ...

    def stale(self, path: Path) -> None:
        """The remembered key did not open the journal: it is ignored, and the passphrase asked for."""
        ...


class Cursor(Protocol):
    rowcount: int

    def execute(self, sql: str, params: Any = ..., /) -> Any: ...
    def executemany(self, sql: str, params: Any, /) -> Any: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...


@dataclass(frozen=True)
class Target:
    """Where a journal lives: a SQLite file or a PostgreSQL URL."""

    dialect: str  # "sqlite" or "postgresql"
    path: Path | None = None
    url: str = ""

    @classmethod
    def parse(cls, text: str | os.PathLike[str]) -> Target:
        raw = os.fspath(text).strip()
        if re.match(r"^postgres(ql)?(\+psycopg)?://", raw):
            return cls("postgresql", url=re.sub(r"^postgres(ql)?(\+psycopg)?://", "postgresql://", raw))
        if raw.startswith("sqlite:///"):
            raw = raw[len("sqlite:///"):]
        elif "://" in raw:
            raise StorageError(
                f"unsupported journal URL {raw.split('://')[0]!r}://…; use a file path or postgresql+psycopg://…"
            )
        if not raw:
            raise StorageError("the journal path is empty")
        return cls("sqlite", path=Path(raw).expanduser())

    def describe(self) -> str:
        """Where the journal is, for messages — never with a password."""
        if self.path is not None:
            return str(self.path)
        return re.sub(r"//([^:@/]+):[^@/]*@", r"//\1:***@", self.url)

    @property
    def sqlalchemy_url(self) -> str:
        if self.path is not None:
            return f"sqlite:///{self.path}"
        return self.url.replace("postgresql://", "postgresql+psycopg://", 1)


class Database:
    """An open connection to one journal, with the settings every journal needs."""

    def __init__(self, target: Target, connection: Any, key: Key | None = None) -> None:
        self.target = target
        self.dialect = target.dialect
        self._conn = connection
        self._depth = 0
        self.key = key  # the SQLCipher key of an encrypted journal (memory only)

    @classmethod
    def open(cls, target: Target, *, create: bool = False, passphrase: Passphrase | None = None,
             encrypt: bool = False, remembered: KeyMemory | None = None) -> Database:
        """Open a journal.  ``passphrase`` is called only for an encrypted SQLite journal, or, with ``encrypt``,
        to key a new one; ``remembered`` is asked first for an encrypted journal's key (no key derivation then)."""
        if target.dialect == "sqlite":
            conn, key = _connect_sqlite(target, create=create, passphrase=passphrase, encrypt=encrypt,
                                        remembered=remembered)
            return cls(target, conn, key)
        if encrypt:
            raise StorageError("encryption at rest is for SQLite journals; PostgreSQL has its own (see its docs)")
        return cls(target, _connect_postgres(target))

    @property
    def encrypted(self) -> bool:
        return self.key is not None

    def reconnect(self, *, isolation_level: Any = None) -> Any:
        """A new raw connection to the same SQLite file, keyed like this one (for Alembic and backups)."""
        assert self.target.path is not None
        if self.key is not None:
            from goodcry.storage import cipher

            return cipher.connect(self.target.path, self.key, isolation_level=isolation_level)
        conn = sqlite3.connect(self.target.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=isolation_level)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        return conn

    def close(self) -> None:
        self._conn.close()

    @property
    def connection(self) -> Any:
        """The DB-API connection, for Alembic's engine ``creator`` and for backups."""
        return self._conn

    def execute(self, sql: str, params: Params = ()) -> Cursor:
        cur: Cursor = self._conn.cursor()
        try:
            cur.execute(self._sql(sql), params)
        except Exception as exc:  # driver errors differ: translate the ones a person can act on, here
            _translate(exc)
        return cur

    def executemany(self, sql: str, rows: Sequence[Params]) -> None:
        if not rows:
            return
        cur = self._conn.cursor()
        try:
            cur.executemany(self._sql(sql), rows)
        except Exception as exc:
            _translate(exc)

    def all(self, sql: str, params: Params = ()) -> list[Any]:
        return self.execute(sql, params).fetchall()

    def one(self, sql: str, params: Params = ()) -> Any:
        return self.execute(sql, params).fetchone()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all; nested blocks use savepoints."""
        self._depth += 1
        name = f"sp{self._depth}"
        try:
            if self._depth == 1:
                self._begin()
            else:
                self.execute(f"SAVEPOINT {name}")
            yield
        except BaseException:
            if self._depth == 1:
                self._conn.rollback()
            else:
                self.execute(f"ROLLBACK TO SAVEPOINT {name}")
            raise
        else:
            if self._depth == 1:
                try:
                    retry_when_busy(self._conn.commit)
                except Exception as exc:
                    self._conn.rollback()
                    _translate(exc)
            else:
                self.execute(f"RELEASE SAVEPOINT {name}")
        finally:
            self._depth -= 1

    def _begin(self) -> None:
        # Both drivers run in autocommit mode: reads outside a transaction hold no snapshot open (a long-lived
        # web connection must not sit "idle in transaction").  SQLite takes the write lock up front so a
        # concurrent writer waits (busy timeout, then retries) instead of failing half-way with "database is locked".
        if self.dialect != "sqlite":
            self.execute("BEGIN")
            return
        cur = self._conn.cursor()
        try:
            retry_when_busy(lambda: cur.execute("BEGIN IMMEDIATE"))
        except Exception as exc:
            _translate(exc)

    def _sql(self, sql: str) -> str:
        return sql if self.dialect == "sqlite" else _pg_sql(sql)


@lru_cache(maxsize=512)
def _pg_sql(sql: str) -> str:
    escaped = sql.replace("%", "%%")
    return re.sub(r"(?<![:\w]):([A-Za-z_]\w*)", r"%(\1)s", escaped)


def retry_when_busy(action: Callable[[], T], *, retry_for: float | None = None) -> T:
    """Run ``action``; while SQLite still says locked/busy after its busy timeout, wait and try again."""
    deadline = time.monotonic() + (RETRY_FOR_S if retry_for is None else retry_for)
    pause = 0.01
    while True:
        try:
            return action()
        except Exception as exc:
            if not _is_busy(exc) or time.monotonic() >= deadline:
                raise
        import random  # only here: start-up speed

        time.sleep(pause * (0.5 + random.random()))
        pause = min(pause * 2, 0.5)


def _is_busy(exc: BaseException) -> bool:
    text = str(exc)
    return type(exc).__name__ == "OperationalError" and ("locked" in text or "busy" in text)


def _connect_sqlite(target: Target, *, create: bool, passphrase: Passphrase | None,
                    encrypt: bool, remembered: KeyMemory | None = None) -> tuple[_AutoBegin, Key | None]:
    assert target.path is not None
    path = target.path
    key: Key | None = None
    if not path.exists():
        if not create:
            raise JournalMissingError(f"there is no journal at {path} yet; create it with `goodcry init`")
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    elif path.is_dir():
        raise StorageError(f"{path} is a folder, not a journal file")
    fresh = not path.exists() or path.stat().st_size == 0
    if encrypt and not fresh:
        raise StorageError(f"{path} already holds a journal; encrypt it with `goodcry encrypt`")
    try:
        if (encrypt and fresh) or (not fresh and _looks_encrypted(path)):
            from goodcry.storage import cipher

            opened = _remembered_connection(path, remembered) if not fresh and remembered is not None else None
            if opened is not None:
                raw, key = opened
            else:
                if passphrase is None:
                    raise cipher.PassphraseNeededError(
                        f"the journal at {path} is encrypted (or is not a goodcry journal); it needs its passphrase"
                    )
                key = cipher.Key.new(passphrase()) if fresh else cipher.Key.derive(passphrase(), cipher.salt_of(path))
                raw = cipher.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000)
        else:
            # isolation_level=None: goodcry manages transactions itself (BEGIN IMMEDIATE … COMMIT).
            raw = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        _secure_file(path)
        raw.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        raw.execute("PRAGMA foreign_keys = ON")
        retry_when_busy(lambda: raw.execute("PRAGMA journal_mode = WAL"))
        raw.execute("PRAGMA synchronous = NORMAL")
        # SQLite's own LOWER() folds ASCII only; searching "ÉTÉ" must find "été" as it does on PostgreSQL.
        raw.create_function("lower", 1, _lower, deterministic=True)
    except StorageError:
        raise
    except Exception as exc:
        if type(exc).__name__ not in ("DatabaseError", "OperationalError"):
            raise
        raise StorageError(f"{path} is not a goodcry journal ({exc})") from exc
    return _AutoBegin(raw), key


def _remembered_connection(path: Path, remembered: KeyMemory) -> tuple[Any, Key] | None:
    """A connection keyed with the remembered key, or None (not remembered, or stale: then ``stale`` is told)."""
    from goodcry.storage import cipher

    raw_key = remembered.recall(path)
    if raw_key is None:
        return None
    key = cipher.Key(raw_key, cipher.salt_of(path))
    try:
        return cipher.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000), key
    except cipher.WrongPassphraseError:  # SQLCipher's HMAC check failed on the first page; nothing was written
        remembered.stale(path)
        return None


def _looks_encrypted(path: Path) -> bool:
    with open(path, "rb") as f:
        head = f.read(16)
    if head == b"SQLite format 3\x00":
        return False
    from goodcry.storage.cipher import is_encrypted

    return is_encrypted(path)


def _lower(value: str | None) -> str | None:
    return value.lower() if isinstance(value, str) else value


class _AutoBegin:
    """sqlite3 in autocommit mode, with commit/rollback that are safe when no transaction is open."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn  # sqlite3's, or sqlcipher3's (the same API) for an encrypted journal

    def cursor(self) -> sqlite3.Cursor:
        return self._conn.cursor()

    def commit(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("COMMIT")

    def rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def close(self) -> None:
        self._conn.close()

    @property
    def raw(self) -> sqlite3.Connection:
        return self._conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _secure_file(path: Path) -> None:
    """Only the owner may read a journal (its WAL and shared-memory files inherit the mode)."""
    with suppress(OSError):
        os.chmod(path, 0o600)


def _connect_postgres(target: Target) -> Any:
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - psycopg is a dependency
        raise StorageError("PostgreSQL support needs the psycopg package") from exc
    try:
        return psycopg.connect(target.url, autocommit=True, connect_timeout=10)
    except psycopg.Error as exc:
        raise StorageError(f"cannot connect to {target.describe()}: {str(exc).strip().splitlines()[0]}") from exc


def _translate(exc: Exception) -> NoReturn:
    """Re-raise a driver error, as a friendly StorageError where the person can act on it."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "locked" in text or "could not serialize" in text:
        raise StorageError(f"the journal is busy in another program; try again ({text})") from exc
    if type(exc).__name__ == "DatabaseError" and ("not a database" in text or "malformed" in text):
        raise StorageError(f"this file is not a readable goodcry journal ({text})") from exc
    raise exc
