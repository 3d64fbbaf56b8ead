"""Remembered keys: an encrypted journal's key kept in the OS keyring, for the people who opt in.

``goodcry keyring remember`` stores the journal's *derived* SQLCipher key — the 32 bytes PBKDF2-HMAC-SHA512 gives
from the passphrase and the journal's salt, as hex — not the passphrase, in the OS keyring through the ``keyring``
package (the macOS Keychain, the Windows Credential Locker, the Secret Service or KWallet on Linux desktops), under
the service ``goodcry`` and the journal file's absolute path (so several journals each have their own).  A journal
whose key is remembered then opens without a prompt and without the key derivation, which is most of what
encryption costs a quick capture.  The key opens that one journal only (the salt is the journal's own) and tells
nothing about the passphrase; but anyone who can read the unlocked keyring can open the journal with it.

Which journals are remembered, and in which keyring backend, is listed in ``keyring.json`` in goodcry's config folder
(``~/.config/goodcry/`` on Linux): journal paths and a backend's class name, never a key.  That list is why every
other journal — plain, or encrypted without opting in — never imports ``keyring`` nor touches the OS keyring (a
locked Linux keyring would ask to be unlocked, and importing ``keyring`` costs time), and why a remembered journal
loads its backend directly, without ``keyring``'s discovery of every installed backend (~70–90 ms on the benchmark
machine).  Importing ``keyring`` itself still costs a remembered journal some tens of milliseconds (it loads
``urllib.request`` and ``importlib.metadata`` for helpers goodcry never calls; ``bench/encryption_bench.py``).

A remembered key that no longer opens its journal (the passphrase was changed with another tool, an older backup
was copied over it) is ignored with one message and the passphrase is asked for: a wrong key fails SQLCipher's
HMAC check on the first page and nothing is written.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from goodcry.core.errors import StorageError

SERVICE = "goodcry"
LIST_NAME = "keyring.json"
_PREFIX = "sqlcipher4-raw-key:"  # what the keyring entry holds: this, then the key as 64 hex digits


# Backends (from keyrings.alt) that write secrets to disk as they are: the key would be on disk in the clear.
PLAINTEXT = {"PlaintextKeyring"}


class KeyringUnavailableError(StorageError):
    """No usable OS keyring here (no backend, the keyring package missing, or the keyring refused)."""


@dataclass(frozen=True)
class Remembered:
    """A journal whose key is in the keyring, and the backend that holds it (``module.Class``)."""

    path: Path
    backend: str


def account(path: Path) -> str:
    """The keyring user name of a journal: its file's absolute path."""
    return str(path.expanduser().resolve())


# --- the list of remembered journals (no keys in it) -------------------------------------------------------------

def list_file() -> Path:
    from platformdirs import user_config_path

    return user_config_path("goodcry", appauthor=False) / LIST_NAME


def _read_list() -> dict[str, str]:
    import json

    try:
        data = json.loads(list_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    journals = data.get("journals") if isinstance(data, dict) else None
    if not isinstance(journals, dict):
        return {}
    return {str(k): str(v) for k, v in journals.items()}


def _write_list(journals: dict[str, str]) -> None:
    import json

    file = list_file()
    if not journals and not file.exists():
        return
    file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = file.with_name(f".{file.name}.{os.getpid()}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"journals": dict(sorted(journals.items()))}, f, indent=2)
        f.write("\n")
    os.replace(tmp, file)


def lookup(path: Path) -> Remembered | None:
    """Whether the key of the journal at ``path`` is remembered (reads the list only: no keyring involved)."""
    backend = _read_list().get(account(path))
    return Remembered(Path(account(path)), backend) if backend is not None else None


# --- the keyring ---------------------------------------------------------------------------------------------------

def _keyring() -> Any:
    try:
        import keyring
    except ImportError:  # pragma: no cover - a dependency
        raise KeyringUnavailableError(
            "the OS keyring needs the keyring package (pip install keyring); your passphrase is asked for meanwhile"
        ) from None
    return keyring


def _class_name(backend: Any) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _usable(backend: Any) -> bool:
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)


def default_backend() -> Any:
    """The OS keyring ``keyring`` chooses here (its configuration, else the best backend it finds)."""
    backend = _keyring().get_keyring()
    if not _usable(backend):
        raise KeyringUnavailableError(
            "no OS keyring is available here (the keyring package found no backend: on Linux a Secret Service such "
            "as GNOME Keyring or KWallet must be running); goodcry keeps asking for your passphrase"
        )
    if any(cls.__name__ in PLAINTEXT for cls in type(backend).__mro__):
        raise KeyringUnavailableError(
            f"the keyring backend chosen here ({_class_name(backend)}) keeps secrets unencrypted in a file, so goodcry "
            "will not put the journal's key there; goodcry keeps asking for your passphrase"
        )
    return backend


def describe(backend: Any) -> str:
    name = getattr(backend, "name", "")
    return str(name) if name else _class_name(backend)


def load(name: str) -> Any:
    """The backend recorded for a journal, loaded directly (no discovery); the default one if it cannot be."""
    keyring = _keyring()
    try:
        from keyring.core import load_keyring

        return load_keyring(name)
    except Exception:
        return keyring.get_keyring()


def remember(path: Path, raw_key: bytes, backend: Any | None = None) -> Any:
    """Store ``raw_key`` for the journal at ``path`` and list the journal; returns the backend that holds it."""
    _keyring()
    from keyring.backends import chainer
    from keyring.errors import KeyringError

    backend = backend if backend is not None else default_backend()
    if isinstance(backend, chainer.ChainerBackend):
        backend = backend.backends[0]  # the one a chained set_password would use: recorded, so recall finds it
    try:
        backend.set_password(SERVICE, account(path), _PREFIX + raw_key.hex())
    except (KeyringError, NotImplementedError) as exc:
        raise KeyringUnavailableError(f"the OS keyring did not store the key ({_reason(exc)}); nothing was changed") from None
    journals = _read_list()
    before = journals.get(account(path))
    journals[account(path)] = _class_name(backend)
    _write_list(journals)
    if before is not None and before != _class_name(backend):  # it moved to another keyring: none left behind
        with contextlib.suppress(Exception):
            load(before).delete_password(SERVICE, account(path))
    return backend


def recall(path: Path) -> bytes | None:
    """The remembered key of the journal at ``path``; None when it is not remembered (only the list is read then).

    Raises KeyringUnavailableError when it is remembered but the keyring cannot give it (locked, gone, no entry).
    """
    listed = lookup(path)
    if listed is None:
        return None
    try:
        value = load(listed.backend).get_password(SERVICE, account(path))
    except Exception as exc:  # a locked or absent keyring: the caller asks for the passphrase instead
        raise KeyringUnavailableError(f"the OS keyring did not give the key ({_reason(exc)})") from None
    if value is None:
        raise KeyringUnavailableError("the OS keyring holds no key for it any more")
    text = value[len(_PREFIX):] if isinstance(value, str) and value.startswith(_PREFIX) else ""
    raw = bytes.fromhex(text) if re.fullmatch(r"[0-9a-f]{64}", text) else b""
    if len(raw) != 32:
        raise KeyringUnavailableError("the OS keyring's entry for it is not a goodcry key")
    return raw


def forget(path: Path) -> bool:
    """Remove the journal's key from the keyring and from the list; whether there was anything to remove.

    Raises KeyringUnavailableError (after unlisting the journal) when the keyring could not be asked to delete it.
    """
    _keyring()
    from keyring.errors import KeyringError, PasswordDeleteError

    journals = _read_list()
    listed = journals.pop(account(path), None)
    _write_list(journals)
    if listed is not None:
        backend = load(listed)
    else:
        try:
            backend = default_backend()
        except KeyringUnavailableError:
            return False  # no keyring here: nothing can have been remembered in it
    if not _usable(backend):
        if listed is None:
            return False
        raise KeyringUnavailableError("the OS keyring cannot be reached to delete the key; it may still be there")
    try:
        backend.delete_password(SERVICE, account(path))
    except PasswordDeleteError:
        return listed is not None
    except (KeyringError, NotImplementedError) as exc:
        raise KeyringUnavailableError(f"the OS keyring did not delete the key ({_reason(exc)})") from None
    return True


def _reason(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class KeyringMemory:
    """Recalls remembered keys for ``Database.open``; ``notice`` tells the person when one no longer fits."""

    def __init__(self, notice: Any) -> None:
        self._notice = notice

    def recall(self, path: Path) -> bytes | None:
        try:
            return recall(path)
        except KeyringUnavailableError as exc:
            self._notice(f"The key remembered for the journal at {path} could not be read: {exc}; "
                         "asking for the passphrase instead.")
            return None

    def stale(self, path: Path) -> None:
        self._notice(
            f"The key remembered in your OS keyring no longer opens the journal at {path} (was its passphrase changed, "
            "or an older copy put in its place?); asking for the passphrase instead. `goodcry keyring remember` "
            "stores the current key, `goodcry keyring forget` drops the old one."
        )
