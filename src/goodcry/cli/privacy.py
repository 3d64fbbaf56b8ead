"""Commands that keep the journal safe: encrypt, decrypt, passwd, backup, restore."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path

import click

from goodcry.cli import keys, output, secret
from goodcry.cli.app import STATE, Argument, Command
from goodcry.core.errors import ValidationError
from goodcry.journal import Journal
from goodcry.storage import safekeeping


@click.command("encrypt", cls=Command)
def encrypt() -> None:
    """Encrypt your journal with a passphrase (SQLCipher: AES-256, key from PBKDF2-HMAC-SHA512, 256,000 rounds)."""
    journal = STATE.journal()
    path = safekeeping.require_sqlite(journal.db.target, "encryption")
    if journal.encrypted:
        raise ValidationError("your journal is already encrypted; change its passphrase with `goodcry passwd`")
    passphrase = secret.new()
    summary = safekeeping.convert(journal.db, passphrase)
    STATE.close()
    keys.drop(path, "An older key was remembered for this journal file")
    output.message(f"Encrypted your journal ({summary.entries} entries, verified). Keep your passphrase safe: "
                   "without it, nobody can open the journal. Backups made before now are not encrypted.")


@click.command("decrypt", cls=Command)
@click.option("--yes", "-y", is_flag=True, help="Don't ask for confirmation.")
def decrypt(yes: bool) -> None:
    """Store your journal unencrypted again (anyone with the file can then read it)."""
    journal = STATE.journal(keyring=False)  # the passphrase itself, not a key remembered in the keyring
    path = safekeeping.require_sqlite(journal.db.target, "decryption")
    if not journal.encrypted:
        raise ValidationError("your journal is not encrypted")
    if not _confirm(yes, "Store your journal without encryption? Anyone who gets the file can then read it."):
        return
    summary = safekeeping.convert(journal.db, None)
    STATE.close()
    output.message(f"Your journal is no longer encrypted ({summary.entries} entries, verified).")
    keys.drop(path, "It has no key any more")


@click.command("passwd", cls=Command)
def passwd() -> None:
    """Change the passphrase of your encrypted journal ($GOODCRY_NEW_PASSPHRASE, or asked twice)."""
    journal = STATE.journal(keyring=False)  # the current passphrase itself, not a key remembered in the keyring
    path = safekeeping.require_sqlite(journal.db.target, "passwd")
    if not journal.encrypted:
        raise ValidationError("your journal is not encrypted; encrypt it with `goodcry encrypt`")
    safekeeping.change_passphrase(journal.db, secret.new(secret.ENV_NEW_PASSPHRASE))
    output.message("Passphrase changed. Backups made before now still open with the old one.")
    assert journal.db.key is not None
    keys.after_passwd(path, journal.db.key.raw)


@click.command("backup", cls=Command)
@click.option("--out", "-o", type=click.Path(path_type=Path),
              help="The backup file (default: a dated file in the backups folder beside your data).")
def backup(out: Path | None) -> None:
    """Back up your journal: a consistent, verified copy, safe while goodcry is in use (encrypted stays encrypted)."""
    target = STATE.target
    safekeeping.require_sqlite(target, "backup")
    journal = STATE.journal()
    if out is None:
        folder = safekeeping.backup_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        assert target.path is not None
        out = folder / f"{target.path.stem}-{datetime.now().strftime('%Y%m%d-%H%M%S')}.db"
    out = out.expanduser()
    if out.exists() and out.resolve() == (target.path or out).resolve():
        raise ValidationError("the backup cannot replace the journal itself; choose another file")
    count = journal.backup(out)
    output.data(str(out))
    output.message(f"Backed up {count} entries" + (" (encrypted)" if journal.encrypted else "") + ".")


@click.command("restore", cls=Command)
@click.argument("file", cls=Argument, type=click.Path(path_type=Path), help="The backup to restore.")
@click.option("--yes", "-y", is_flag=True, help="Don't ask for confirmation.")
def restore(file: Path, yes: bool) -> None:
    """Replace your journal with a backup (checked first; your current journal is kept beside it).

    An encrypted backup opens with the key remembered in the OS keyring for this journal when it is the same
    (a backup made since the passphrase last changed); otherwise its passphrase is asked for."""
    target = STATE.target
    path = safekeeping.require_sqlite(target, "restore")
    if not _confirm(yes, f"Replace the journal at {target.describe()} with {file}?"):
        return
    STATE.close()
    memory = STATE.remembered()
    known = memory.recall(path) if memory is not None and path.exists() else None
    passphrase = cache(lambda: secret.current(f"the backup {file.name}"))
    summary, kept = safekeeping.restore(target, file, passphrase, known)
    # Open it once through the usual door: an older backup is upgraded to the current schema here.
    with Journal.open(target, passphrase=passphrase, remembered=_Known(known)) as journal:
        key = journal.db.key
    output.message(f"Restored {summary.entries} entries from {file}."
                   + (f" Your previous journal is kept at {kept}." if kept else ""))
    if key is None:
        keys.drop(path, "The restored journal is not encrypted")
    elif key.raw != known:
        keys.after_passwd(path, key.raw)


class _Known:
    """The key the backup was tried with, for opening the restored file: the backup's passphrase (asked once, and
    kept) takes over quietly when that key did not open it."""

    def __init__(self, raw_key: bytes | None) -> None:
        self._raw_key = raw_key

    def recall(self, path: Path) -> bytes | None:
        return self._raw_key

    def stale(self, path: Path) -> None:
        pass


def _confirm(yes: bool, question: str) -> bool:
    import sys

    if yes:
        return True
    if not sys.stdin.isatty():
        raise ValidationError("add --yes to do this without being asked")
    if not click.confirm(question, default=False):
        output.message("Nothing was changed.")
        return False
    return True
