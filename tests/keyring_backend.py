"""A real ``keyring`` backend for the tests, kept in one JSON file.

The OS backends (the Secret Service or KWallet over D-Bus, the macOS Keychain, the Windows Credential Locker)
cannot run in this test machine (no desktop session, no D-Bus secret service, no macOS or Windows), where
``keyring.get_keyring()`` finds nothing.  So the tests register this small backend through keyring's own API —
``keyring.set_keyring(FileKeyring())`` in-process, ``PYTHON_KEYRING_BACKEND=keyring_backend.FileKeyring`` (with
``tests/`` on ``PYTHONPATH``) for a ``goodcry`` subprocess — and goodcry talks to it exactly as to an OS keyring:
``get_password`` / ``set_password`` / ``delete_password`` on a ``keyring.backend.KeyringBackend``.  Its file is
``$GOODCRY_TEST_KEYRING``: the tests can look inside the "keyring" and check what goodcry stored there.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV = "GOODCRY_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    """Secrets as {"service\\0user": secret} in the JSON file named by $GOODCRY_TEST_KEYRING."""

    priority = 1  # type: ignore[assignment]

    @property
    def file(self) -> Path:
        return Path(os.environ[ENV])

    def _load(self) -> dict[str, str]:
        try:
            data: dict[str, str] = json.loads(self.file.read_text())
        except FileNotFoundError:
            return {}
        return data

    def _save(self, data: dict[str, str]) -> None:
        self.file.write_text(json.dumps(data))

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError("no such password")
        self._save(data)
