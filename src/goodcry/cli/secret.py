"""Where a passphrase comes from: ``$GOODCRY_PASSPHRASE``, else a prompt on the terminal (no echo).

The passphrase is asked only when a journal turns out to be encrypted (and its key is not remembered in the OS
keyring: see ``storage/remembered.py``), kept in memory only, and never printed, logged or written anywhere.
"""

from __future__ import annotations

import os

from goodcry.core.errors import StorageError, ValidationError

ENV_PASSPHRASE = "GOODCRY_PASSPHRASE"
ENV_NEW_PASSPHRASE = "GOODCRY_NEW_PASSPHRASE"


def _terminal() -> bool:
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY)
    except OSError:
        return False
    os.close(fd)
    return True


def _prompt(text: str) -> str:
    import getpass

    return getpass.getpass(text)


def from_environment() -> bool:
    """Whether ``$GOODCRY_PASSPHRASE`` gives the passphrase (it then comes before a key remembered in the keyring)."""
    return bool(os.environ.get(ENV_PASSPHRASE))


def current(what: str = "the journal") -> str:
    """The passphrase of an existing encrypted journal (or backup)."""
    value = os.environ.get(ENV_PASSPHRASE)
    if value:
        return value
    if not _terminal():
        raise StorageError(
            f"{what} is encrypted: give its passphrase in ${ENV_PASSPHRASE} or run goodcry in a terminal"
        )
    value = _prompt(f"Passphrase for {what}: ")
    if not value:
        raise ValidationError("no passphrase given; nothing was changed")
    return value


def new(env: str = ENV_PASSPHRASE) -> str:
    """A new passphrase: from ``env``, else asked twice on the terminal."""
    value = os.environ.get(env)
    if value:
        return value
    if not _terminal():
        raise StorageError(f"give the new passphrase in ${env}, or run goodcry in a terminal to type it")
    first = _prompt("New passphrase (it cannot be recovered if you forget it): ")
    if not first:
        raise ValidationError("the passphrase cannot be empty; nothing was changed")
    if _prompt("The same passphrase again: ") != first:
        raise ValidationError("the two passphrases differ; nothing was changed")
    return first
