"""Keeping a SQLite journal safe: backups, restore, and encrypting / decrypting / re-keying it.

Every operation that replaces a journal file follows one pattern: write a new file beside it, verify the new file
(``PRAGMA integrity_check``, the same entries by count and IDs), and only then swap it in with an atomic rename.
Until the swap, the old file is untouched; a failure at any step leaves it as it was.

Backups use SQLite's online backup API: a consistent copy while the journal is in use (writers elsewhere go on in
WAL mode).  An encrypted journal's backup is encrypted with the same key.  PostgreSQL journals are backed up with
``pg_dump``; these functions are for SQLite journals.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from goodcry.core.errors import StorageError
from goodcry.storage.database import BUSY_TIMEOUT_MS, Database, Passphrase, Target, retry_when_busy

KEEP_AUTOMATIC = 10  # automatic backups kept per journal (the oldest go first)
BACKUPS_ENV = "GOODCRY_BACKUPS"


@dataclass(frozen=True)
class Summary:
    """What a verified journal file holds: enough to tell that a copy is the same journal."""

    entries: int
    ids_digest: str
    encrypted: bool


def backup_dir() -> Path:
    """Where automatic backups go: ``$GOODCRY_BACKUPS``, else ``backups/`` in the user data folder."""
    chosen = os.environ.get(BACKUPS_ENV, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    from platformdirs import user_data_path

    return user_data_path("goodcry", appauthor=False) / "backups"


def require_sqlite(target: Target, what: str) -> Path:
    if target.path is None:
        raise StorageError(
            f"{what} is for SQLite journals; for PostgreSQL use its own tools (pg_dump / pg_restore)"
        )
    return target.path


# --- reading a file's summary ---------------------------------------------------------------------------------

def summarize(conn: Any) -> Summary:
    """Integrity check, then the entry count and a digest of every ID, on an open connection."""
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if problems != ["ok"]:
            raise StorageError(f"the integrity check failed: {problems[0]}")
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone() is None:
            raise StorageError("it holds no goodcry journal")
        digest = hashlib.sha256()
        count = 0
        for (entry_id,) in conn.execute("SELECT id FROM entries ORDER BY id"):
            digest.update(entry_id.encode() + b"\n")
            count += 1
    except StorageError:
        raise
    except Exception as exc:
        if type(exc).__name__ not in ("DatabaseError", "OperationalError"):
            raise
        raise StorageError(f"it is not a readable goodcry journal ({str(exc).splitlines()[0]})") from None
    from goodcry.storage import cipher

    return Summary(count, digest.hexdigest(), cipher.header(Path(conn_path(conn))) != cipher.SQLITE_HEADER)


def conn_path(conn: Any) -> str:
    row = conn.execute("PRAGMA database_list").fetchone()
    return str(row[2])


def open_file(path: Path, passphrase: Passphrase | None, known_key: bytes | None = None) -> tuple[Any, Any]:
    """A raw connection to a journal file (plain or encrypted), and its key (None when plain).

    ``known_key`` (a raw key, e.g. the one remembered for the journal a backup was made from) is tried first on an
    encrypted file; the passphrase is asked for only when it does not open it."""
    from goodcry.storage import cipher

    if not path.is_file():
        raise StorageError(f"{path}: no such file")
    if cipher.header(path) == cipher.SQLITE_HEADER:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        return conn, None
    if not cipher.is_encrypted(path):
        raise StorageError(f"{path} is not a goodcry journal or backup")
    if known_key is not None:
        key = cipher.Key(known_key, cipher.salt_of(path))
        try:  # a wrong key fails SQLCipher's check of the first page: nothing is read or written
            return cipher.connect(path, key), key
        except cipher.WrongPassphraseError:
            pass
    if passphrase is None:
        raise cipher.PassphraseNeededError(f"{path} is encrypted; it needs its passphrase")
    key = cipher.Key.derive(passphrase(), cipher.salt_of(path))
    return cipher.connect(path, key), key


def verify_file(path: Path, passphrase: Passphrase | None) -> Summary:
    conn, _ = open_file(path, passphrase)
    try:
        return summarize(conn)
    except StorageError as exc:
        raise StorageError(f"{path}: {exc}") from None
    finally:
        conn.close()


# --- backups --------------------------------------------------------------------------------------------------

def backup(db: Database, dest: Path) -> Summary:
    """Copy the open journal to ``dest`` with the online backup API, verify the copy, then move it in place."""
    require_sqlite(db.target, "backup")
    return _backup_connection(db.connection.raw, db.key, dest)


def _backup_connection(source: Any, key: Any, dest: Path) -> Summary:
    dest = dest.expanduser()
    if not dest.parent.is_dir():
        raise StorageError(f"cannot write {dest}: the folder {dest.parent} does not exist")
    tmp = dest.with_name(f".{dest.name}.partial")
    _remove_with_sidecars(tmp)
    try:
        if key is not None:
            from goodcry.storage import cipher

            copy = cipher.connect(tmp, key)  # same key, same salt: the backup opens with the same passphrase
        else:
            copy = sqlite3.connect(tmp, isolation_level=None)
        os.chmod(tmp, 0o600)
        try:
            source.backup(copy)  # one step: a consistent snapshot of the journal as it is now
            copy.execute("PRAGMA journal_mode = DELETE")  # a backup is one self-contained file
            summary = summarize(copy)
        finally:
            copy.close()
        _fsync(tmp)
        os.replace(tmp, dest)
    except BaseException:
        _remove_with_sidecars(tmp)
        raise
    return summary


def automatic(db: Database, reason: str) -> Path | None:
    """A backup before a risky change (a migration, an import), kept among the last ``KEEP_AUTOMATIC``."""
    if db.target.path is None or not db.target.path.exists():
        return None
    folder = backup_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    tag = hashlib.sha256(str(db.target.path.resolve()).encode()).hexdigest()[:8]
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = folder / f"{db.target.path.stem}-{tag}-{stamp}-{reason}.db"
    backup(db, dest)
    kept = sorted(folder.glob(f"{db.target.path.stem}-{tag}-*.db"))
    for old in kept[:-KEEP_AUTOMATIC]:
        old.unlink(missing_ok=True)
    return dest


def restore(target: Target, source: Path, passphrase: Passphrase | None,
            known_key: bytes | None = None) -> tuple[Summary, Path | None]:
    """Replace the journal with a backup: verify the backup, set the current file (and its WAL) aside, swap.

    ``known_key``: a raw key to try on an encrypted backup before asking for its passphrase (see ``open_file``).
    Returns the restored summary and where the previous journal was kept (None when there was none).
    """
    path = require_sqlite(target, "restore")
    source = source.expanduser()
    if source.resolve() == path.resolve():
        raise StorageError("that file is the journal itself; restore from a backup")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_name(f".{path.name}.restoring")
    conn, key = open_file(source, passphrase, known_key)
    try:
        try:
            summarize(conn)
        except StorageError as exc:
            raise StorageError(f"{source}: {exc}; the journal was left as it was") from None
        summary = _backup_connection(conn, key, tmp)  # the backup API also carries a WAL the file may have
    finally:
        conn.close()
    try:
        fix = _reopen(tmp, key)
        try:
            fix.execute("PRAGMA journal_mode = WAL").fetchall()
        finally:
            fix.close()
    except BaseException:
        _remove_with_sidecars(tmp)
        raise
    kept: Path | None = None
    if path.exists():
        kept = path.with_name(f"{path.name}.before-restore-{datetime.now().strftime('%Y%m%d-%H%M%S')}")
        for suffix in ("-wal", "-shm"):
            side = Path(f"{path}{suffix}")
            if side.exists():
                os.replace(side, f"{kept}{suffix}")
        os.replace(path, kept)
    os.replace(tmp, path)
    return summary, kept


# --- encrypt, decrypt, passwd ---------------------------------------------------------------------------------

def convert(db: Database, new_passphrase: str | None) -> Summary:
    """Rewrite the journal encrypted with ``new_passphrase`` (or plain when None): new file, verify, swap.

    ``db`` is the open journal; it is closed by this function (the file it had open is replaced).
    """
    from goodcry.storage import cipher

    path = require_sqlite(db.target, "encryption")
    new_key = cipher.Key.new(new_passphrase) if new_passphrase else None
    tmp = path.with_name(f".{path.name}.converting")
    source = cipher.connect(path, db.key)  # sqlcipher3 reads plain files too, and has sqlcipher_export
    try:
        retry_when_busy(lambda: source.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall())
        before = summarize(source)
        cipher.export(source, tmp, new_key)
    except BaseException:
        source.close()
        _remove_with_sidecars(tmp)
        raise
    source.close()
    try:
        copy = cipher.connect(tmp, new_key)
        try:
            copy.execute("PRAGMA journal_mode = WAL").fetchall()
            after = summarize(copy)
        finally:
            copy.close()
        if (after.entries, after.ids_digest) != (before.entries, before.ids_digest):
            raise StorageError("the converted copy does not hold the same entries; the journal was left as it was")
        db.close()
        check = cipher.connect(path, db.key)
        try:
            again = summarize(check)
        finally:
            check.close()
        if (again.entries, again.ids_digest) != (before.entries, before.ids_digest):
            raise StorageError("the journal changed while it was being converted; nothing was replaced, try again")
        if Path(f"{path}-wal").exists() and Path(f"{path}-wal").stat().st_size > 0:
            raise StorageError("the journal is open in another program; close it and try again")
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, path)
    except BaseException:
        _remove_with_sidecars(tmp)
        raise
    return after


def change_passphrase(db: Database, new_passphrase: str) -> None:
    """``PRAGMA rekey``: re-encrypt every page with the key of the new passphrase, in one transaction."""
    if db.key is None:
        raise StorageError("this journal is not encrypted; encrypt it with `goodcry encrypt`")
    new_key = db.key.rekeyed(new_passphrase)
    conn = db.connection.raw
    conn.execute(f"PRAGMA rekey = \"x'{new_key.raw.hex()}'\"")
    db.key = new_key
    from goodcry.storage import cipher

    check = cipher.connect(require_sqlite(db.target, "passwd"), new_key)
    try:
        summarize(check)
    finally:
        check.close()


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _reopen(path: Path, key: Any) -> Any:
    if key is None:
        return sqlite3.connect(path, isolation_level=None)
    from goodcry.storage import cipher

    return cipher.connect(path, key)


def _remove_with_sidecars(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
