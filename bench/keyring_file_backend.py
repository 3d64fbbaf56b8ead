"""The keyring backend ``bench/encryption_bench.py`` times: a real ``keyring.backend.KeyringBackend`` in a JSON file.

An OS keyring cannot run on the benchmark machine (no desktop session: ``keyring`` finds no backend there), and
one would time its own lookup, not goodcry's.  This backend reads one small file (``$GOODCRY_BENCH_KEYRING``), so
the "keyring" column measures what goodcry and the ``keyring`` package cost: loading ``keyring``, the backend, one
``get_password``.  An OS keyring adds its own lookup on top (the Secret Service: a D-Bus round trip, and importing
``secretstorage``; the macOS Keychain: a Security framework call).  Never use it for real secrets: the file is
plain text.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _file(self) -> Path:
        return Path(os.environ["GOODCRY_BENCH_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            data: dict[str, str] = json.loads(self._file().read_text())
        except FileNotFoundError:
            return {}
        return data

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\0{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\0{username}"] = password
        self._file().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\0{username}", None) is None:
            raise PasswordDeleteError("no such password")
        self._file().write_text(json.dumps(data))
