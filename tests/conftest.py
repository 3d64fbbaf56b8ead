"""Shared fixtures: a fresh journal on every backend, and the CLI run in-process.

PostgreSQL tests use the server at $GOODCRY_TEST_PG (default 127.0.0.1:5432, database ``test``), each test in a
schema of its own, dropped afterwards.  Without a reachable server they skip, saying why.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from goodcry.journal import Journal
from goodcry.storage.database import Target

PG_BASE = os.environ.get("GOODCRY_TEST_PG", "postgresql://127.0.0.1:5432/test")
DATA = Path(__file__).parent / "data"


def _pg_unavailable() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_BASE, connect_timeout=3):
            return None
    except Exception as exc:
        return f"PostgreSQL not reachable at {PG_BASE}: {str(exc).strip().splitlines()[0] if str(exc) else exc}"


_PG_REASON: str | bool | None = False


def pg_reason() -> str | None:
    global _PG_REASON
    if _PG_REASON is False:
        _PG_REASON = _pg_unavailable()
    return _PG_REASON  # type: ignore[return-value]


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL URL whose search_path is a fresh schema (dropped after the test)."""
    reason = pg_reason()
    if reason:
        if os.environ.get("CI") and os.environ.get("GOODCRY_REQUIRE_PG"):
            pytest.fail(reason)
        pytest.skip(reason)
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in PG_BASE else "?"
    yield f"{PG_BASE.replace('postgresql://', 'postgresql+psycopg://', 1)}{sep}options=-csearch_path%3D{schema}"
    with psycopg.connect(PG_BASE, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(autouse=True)
def _private_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Automatic backups (before imports and migrations) go to a folder of the test's own, never the real one, and
    so does goodcry's config folder (the list of journals whose key is in the OS keyring); no test reads a
    passphrase or a keyring backend from the environment it was started in."""
    monkeypatch.setenv("GOODCRY_BACKUPS", str(tmp_path_factory.mktemp("backups")))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.delenv("GOODCRY_PASSPHRASE", raising=False)
    monkeypatch.delenv("GOODCRY_NEW_PASSPHRASE", raising=False)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A journal location on each backend (not created yet)."""
    if request.param == "sqlite":
        return str(tmp_path / "journal.db")
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def journal(db_url: str) -> Iterator[Journal]:
    j = Journal.open(Target.parse(db_url), create=True)
    yield j
    j.close()


@dataclass
class Result:
    code: int
    out: str
    err: str


class CLI:
    """Runs ``goodcry`` in-process against one journal, capturing what it writes."""

    def __init__(self, db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.db = db
        self._capsys = capsys
        self._monkeypatch = monkeypatch

    def __call__(self, *args: str, stdin: str | bytes | None = None) -> Result:
        import io
        import sys

        from goodcry.cli.main import run

        self._capsys.readouterr()
        raw = stdin.encode() if isinstance(stdin, str) else stdin if stdin is not None else b""
        fake = io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8")
        self._monkeypatch.setattr(sys, "stdin", fake)
        code = run(["--db", self.db, *args])
        captured = self._capsys.readouterr()
        return Result(code, captured.out, captured.err)

    def ok(self, *args: str, stdin: str | bytes | None = None) -> Result:
        result = self(*args, stdin=stdin)
        assert result.code == 0, f"goodcry {' '.join(args)} failed ({result.code}): {result.err}"
        return result

    def journal(self) -> Journal:
        return Journal.open(Target.parse(self.db))


@pytest.fixture
def cli(db_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CLI:
    monkeypatch.delenv("GOODCRY_DB", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    return CLI(db_url, capsys, monkeypatch)


@pytest.fixture
def sqlite_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CLI:
    monkeypatch.delenv("GOODCRY_DB", raising=False)
    return CLI(str(tmp_path / "journal.db"), capsys, monkeypatch)


# --- the web app, in-process ------------------------------------------------------------------------------

PASSPHRASE = "a calm long passphrase"
WEB_BASE = "http://127.0.0.1:8765"


_OPEN_WEBS: list[Web] = []


@pytest.fixture(autouse=True)
def _close_web_apps() -> Iterator[None]:
    """Every in-process web app a test made is shut down after it: its pooled connections are closed (PostgreSQL
    has a connection limit that leaked pools would reach across the suite)."""
    yield
    while _OPEN_WEBS:
        _OPEN_WEBS.pop().close()


class Web:
    """The web app in-process (FastAPI TestClient) over one journal; ``post`` adds the page's CSRF token."""

    def __init__(self, db: str, token: str = "first-start-token", **settings: object) -> None:
        import re

        from fastapi.testclient import TestClient

        from goodcry.web import WebSettings, create_app

        self.db = db
        self.token = token
        self.settings = WebSettings(target=Target.parse(db), login_token=token, **settings)  # type: ignore[arg-type]
        self.app = create_app(self.settings)
        self.client = TestClient(self.app, base_url=WEB_BASE, follow_redirects=True)
        self.client.__enter__()  # run the app's lifespan, so `close` shuts its journal pool like a server would
        _OPEN_WEBS.append(self)
        self._csrf_re = re.compile(r'name="csrf" value="([^"]+)"')
        self.csrf = ""

    def get(self, path: str, **kw: object):  # type: ignore[no-untyped-def]
        response = self.client.get(path, **kw)  # type: ignore[arg-type]
        found = self._csrf_re.search(response.text)
        if found:
            self.csrf = found.group(1)
        return response

    def close(self) -> None:
        self.client.__exit__(None, None, None)

    def post(self, path: str, data: dict[str, object] | None = None, **kw: object):  # type: ignore[no-untyped-def]
        response = self.client.post(path, data={"csrf": self.csrf, **(data or {})}, **kw)  # type: ignore[arg-type]
        found = self._csrf_re.search(response.text)
        if found:
            self.csrf = found.group(1)
        return response

    def first_start(self) -> None:
        """Log in with the one-time token and choose the passphrase."""
        page = self.get(f"/login/token/{self.token}")
        assert page.url.path == "/setup", page.url
        done = self.post("/setup", {"passphrase": PASSPHRASE, "again": PASSPHRASE})
        assert done.status_code == 200 and done.url.path == "/"

    def journal(self) -> Journal:
        return Journal.open(Target.parse(self.db))


@pytest.fixture
def web(journal: Journal, db_url: str) -> Iterator[Web]:
    """The web app over a fresh journal on each backend, logged in (passphrase set)."""
    journal.set_country("GB")
    client = Web(db_url)
    client.first_start()
    yield client
