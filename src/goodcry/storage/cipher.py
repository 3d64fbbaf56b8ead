"""SQLCipher: encrypted SQLite journals, opened through the same door as plain ones.

An encrypted journal is told apart by its first 16 bytes: a plain SQLite file begins with ``SQLite format 3\\0``;
a SQLCipher file begins with the random salt of its key derivation.  Only an encrypted journal imports
``sqlcipher3`` (plain journals keep their start-up time).

The key is derived exactly as SQLCipher 4 does by default — PBKDF2-HMAC-SHA512, 256,000 iterations, a random
16-byte salt per journal, a 256-bit AES key — but here in Python (``hashlib``), once per process, and handed to
SQLCipher as a raw key.  So the passphrase never appears in any SQL text, a second connection (a backup, a
migration) does not pay for the derivation again, and the file stays readable by any SQLCipher 4 tool given the
passphrase.  The passphrase and the key live only in memory; they are never written to disk or to a message.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from goodcry.core.errors import StorageError

SQLITE_HEADER = b"SQLite format 3\x00"
KDF_ITERATIONS = 256_000  # SQLCipher 4's default for PBKDF2-HMAC-SHA512
SALT_BYTES = 16
KEY_BYTES = 32


class WrongPassphraseError(StorageError):
    """The passphrase does not open this encrypted journal."""


class PassphraseNeededError(StorageError):
    """The journal is encrypted and no passphrase could be had (no terminal, no $GOODCRY_PASSPHRASE)."""


@dataclass(frozen=True)
class Key:
    """A derived SQLCipher key and the salt it was derived with (never shown in a repr or a message)."""

    raw: bytes = field(repr=False)
    salt: bytes = field(repr=False)

    @classmethod
    def derive(cls, passphrase: str, salt: bytes) -> Key:
        if not passphrase:
            raise StorageError("the passphrase is empty")
        return cls(_pbkdf2(passphrase, salt), salt)

    @classmethod
    def new(cls, passphrase: str) -> Key:
        """A key for a new encrypted file, with a fresh random salt."""
        return cls.derive(passphrase, secrets.token_bytes(SALT_BYTES))

    def literal(self) -> str:
        """SQLCipher's raw-key literal with the salt (``x'KEY SALT'``): sets the salt of a new file too."""
        return f"x'{self.raw.hex()}{self.salt.hex()}'"

    def rekeyed(self, passphrase: str) -> Key:
        """The key for a new passphrase on the same file (``PRAGMA rekey`` keeps the salt)."""
        return Key.derive(passphrase, self.salt)


@lru_cache(maxsize=8)
def _pbkdf2(passphrase: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_BYTES)


def header(path: Path) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER))
    except OSError:
        return b""


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` looks like a SQLCipher file: not plain SQLite, whole pages, at least one page."""
    head = header(path)
    if not head or head == SQLITE_HEADER:
        return False
    try:
        size = path.stat().st_size
    except OSError:
        return False
    return size >= 512 and size % 512 == 0


def salt_of(path: Path) -> bytes:
    return header(path)


def module() -> Any:
    try:
        import sqlcipher3
    except ImportError as exc:  # pragma: no cover - a dependency
        raise StorageError("encrypted journals need the sqlcipher3-binary package") from exc
    return sqlcipher3


def connect(path: Path, key: Key | None, *, timeout: float = 10.0, isolation_level: str | None = None) -> Any:
    """A sqlcipher3 connection to ``path`` keyed with ``key`` (plain when None); checks the key opens it."""
    sqlcipher3 = module()
    conn = sqlcipher3.connect(str(path), timeout=timeout, isolation_level=isolation_level)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher would print key failures to stderr
        if key is not None:
            conn.execute(f'PRAGMA key = "{key.literal()}"')
        conn.execute("PRAGMA temp_store = MEMORY")  # sorts and temporary tables never touch the disk
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise WrongPassphraseError(
                f"wrong passphrase for the encrypted journal at {path}; nothing was changed"
            ) from None
        raise StorageError(f"cannot open {path} ({str(exc).splitlines()[0]})") from None
    return conn


def export(source: Any, dest: Path, key: Key | None) -> None:
    """Copy the open database ``source`` into a new file ``dest``, encrypted with ``key`` (plain when None)."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{dest}{suffix}").unlink(missing_ok=True)
    source.execute("ATTACH DATABASE ? AS converted KEY ?", (str(dest), key.literal() if key else ""))
    try:
        source.execute("SELECT sqlcipher_export('converted')").fetchall()
    finally:
        source.execute("DETACH DATABASE converted")
    os.chmod(dest, 0o600)
