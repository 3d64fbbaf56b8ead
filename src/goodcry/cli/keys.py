"""``goodcry keyring``: remember an encrypted journal's key in the OS keyring (opt-in), or forget it."""

from __future__ import annotations

from pathlib import Path

from goodcry.cli import output
from goodcry.cli.app import STATE, group
from goodcry.core.errors import ValidationError
from goodcry.journal import Journal
from goodcry.storage import remembered


@group(help="Keep your encrypted journal's key in the OS keyring, so goodcry opens it without asking (opt-in).")
def keyring_app() -> None:
    pass


def encrypted_path(what: str = "the OS keyring", nothing: str = "it has no key to remember") -> Path:
    """The file of the journal, which must be an encrypted SQLite one (for ``what``; else ``nothing`` says why)."""
    from goodcry.core.errors import JournalMissingError
    from goodcry.storage import cipher, safekeeping

    target = STATE.target
    path = safekeeping.require_sqlite(target, what)
    if not path.exists() or path.stat().st_size == 0:
        raise JournalMissingError(f"there is no journal at {path} yet; create it with `goodcry init --encrypt`")
    if not cipher.is_encrypted(path):
        raise ValidationError(f"your journal is not encrypted, so {nothing}; encrypt it with `goodcry encrypt` first")
    return path


@keyring_app.command("remember")
def remember() -> None:
    """Remember your journal's key in the OS keyring: goodcry then opens it without your passphrase."""
    path = encrypted_path()
    backend = remembered.default_backend()  # no keyring here: one line, before any passphrase is asked
    # The passphrase itself (prompt or $GOODCRY_PASSPHRASE), not a key remembered before: it proves you know it.
    journal = Journal.open(STATE.target, passphrase=STATE.passphrase)
    try:
        assert journal.db.key is not None
        holder = remembered.remember(path, journal.db.key.raw, backend)
    finally:
        journal.close()
    output.message(
        f"Your journal's key is now remembered in your OS keyring ({remembered.describe(holder)}): goodcry opens the "
        f"journal at {path} without asking. Anyone who can read your unlocked keyring can open it too. "
        "`goodcry keyring forget` undoes this."
    )


@keyring_app.command("forget")
def forget() -> None:
    """Remove your journal's key from the OS keyring: goodcry asks for the passphrase again."""
    path = STATE.target.path
    if path is None:
        raise ValidationError("the OS keyring is for encrypted SQLite journals; a PostgreSQL journal has no key there")
    if remembered.forget(path):
        output.message(f"Forgot the key of the journal at {path}: goodcry asks for its passphrase again.")
    else:
        output.message(f"No key was remembered for the journal at {path}; nothing was changed.")


@keyring_app.command("status")
def status() -> None:
    """Say whether your journal's key is remembered in the OS keyring (and in which)."""
    path = STATE.target.path
    listed = remembered.lookup(path) if path is not None else None
    if listed is None:
        output.data(f"not remembered: goodcry asks for the passphrase of {STATE.target.describe()}")
    else:
        output.data(f"remembered in {listed.backend} for {listed.path}")


def after_passwd(path: Path, raw_key: bytes) -> None:
    """``goodcry passwd`` changed the key: keep a remembered one current, and end an unlocked session."""
    _end_session(path)
    listed = remembered.lookup(path)
    if listed is None:
        return
    try:
        remembered.remember(path, raw_key, remembered.load(listed.backend))
    except remembered.KeyringUnavailableError as exc:
        output.message(f"The key remembered in your OS keyring could not be updated ({exc}); run "
                       "`goodcry keyring forget`, then `goodcry keyring remember`.")
        return
    output.message("The key remembered in your OS keyring was updated.")


def _end_session(path: Path) -> None:
    from goodcry.storage import agent

    if agent.lock(path):
        output.message("The journal was unlocked with its old key: it is locked now (`goodcry unlock` again).")


def drop(path: Path, why: str) -> None:
    """The journal's remembered key no longer applies (decrypted, re-encrypted): remove it, and say so."""
    _end_session(path)
    if remembered.lookup(path) is None:
        return
    try:
        remembered.forget(path)
    except remembered.KeyringUnavailableError as exc:
        output.message(f"{why}, so goodcry stopped using the key remembered in your OS keyring; {exc}.")
        return
    output.message(f"{why}, so its key was removed from your OS keyring.")
