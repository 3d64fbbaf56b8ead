"""Unlocked sessions (``storage/agent.py``): a real agent process holding a real SQLCipher journal's key.

Every test gets its own runtime folder ($XDG_RUNTIME_DIR) and ends every agent it started."""

from __future__ import annotations

import os
import stat
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import CLI
from goodcry.core.model import Entry, Kind
from goodcry.journal import Journal
from goodcry.storage import agent, cipher
from goodcry.storage.database import Target

pytestmark = pytest.mark.skipif(not hasattr(os, "getuid"), reason="unlocked sessions need Unix sockets (POSIX)")

PASS = "correct horse battery staple"


@pytest.fixture
def runtime(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "run"
    folder.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder / "goodcry"
    for sock in (folder / "goodcry").glob("agent-*.sock") if (folder / "goodcry").exists() else []:
        agent._ask(sock, b"lock\n")


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    path = tmp_path / "journal.db"
    with Journal.open(Target.parse(str(path)), create=True, passphrase=lambda: PASS, encrypt=True) as journal:
        journal.add(Entry(Kind.CRY, datetime.now(UTC), text="the words only the passphrase opens"))
    return path


def key_of(path: Path) -> bytes:
    return cipher.Key.derive(PASS, cipher.salt_of(path)).raw


def no_passphrase() -> str:
    raise AssertionError("the passphrase was asked for")


def test_an_unlocked_journal_opens_without_its_passphrase(runtime: Path, journal_path: Path) -> None:
    assert agent.recall(journal_path) is None
    seconds = agent.unlock(journal_path, key_of(journal_path), minutes=5)
    assert seconds == 300
    assert agent.recall(journal_path) == key_of(journal_path)
    left = agent.status(journal_path)
    assert left is not None and 280 < left <= 300
    with Journal.open(Target.parse(str(journal_path)), passphrase=no_passphrase,
                      remembered=agent.AgentMemory()) as journal:
        assert [e.text for e in journal.find()] == ["the words only the passphrase opens"]
    assert agent.lock(journal_path) is True
    assert agent.recall(journal_path) is None and agent.status(journal_path) is None
    assert not list(runtime.glob("agent-*.sock"))
    assert agent.lock(journal_path) is False


def test_the_session_is_private_and_for_one_journal(runtime: Path, journal_path: Path, tmp_path: Path) -> None:
    agent.unlock(journal_path, key_of(journal_path), minutes=5)
    assert stat.S_IMODE(runtime.stat().st_mode) == 0o700
    (sock,) = runtime.glob("agent-*.sock")
    assert stat.S_IMODE(sock.stat().st_mode) & 0o077 == 0
    other = tmp_path / "other.db"
    assert agent.recall(other) is None  # another journal: no key, even if someone copies the file
    # The key is in no file of the session's folder, and the agent's command line does not hold it.
    key_hex = key_of(journal_path).hex()
    for file in runtime.iterdir():
        if file.is_file():
            assert key_hex.encode() not in file.read_bytes()
    for proc, cmdline in agent_processes():
        assert key_hex.encode() not in cmdline
        environ = (proc / "environ").read_bytes() if os.access(proc / "environ", os.R_OK) else b""
        assert key_hex.encode() not in environ


def agent_processes() -> Iterator[tuple[Path, bytes]]:
    """Each running agent's /proc folder and command line (none where there is no /proc)."""
    if not Path("/proc").is_dir():
        return
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                cmdline = (proc / "cmdline").read_bytes()
            except OSError:
                continue
            if b"goodcry.storage.agent" in cmdline:
                yield proc, cmdline


def test_a_session_ends_when_its_time_is_up(runtime: Path, journal_path: Path) -> None:
    agent.unlock(journal_path, key_of(journal_path), minutes=4 / 60)  # four seconds: time to ask once, even on a
    assert agent.recall(journal_path) == key_of(journal_path)  # loaded machine
    deadline = time.monotonic() + 20
    while agent.recall(journal_path) is not None and time.monotonic() < deadline:
        time.sleep(0.2)
    assert agent.recall(journal_path) is None
    assert not list(runtime.glob("agent-*.sock"))


def test_a_stale_session_is_ended_and_the_passphrase_asked(runtime: Path, journal_path: Path) -> None:
    """The passphrase changed since the session began: its key fails SQLCipher's check, the session ends."""
    agent.unlock(journal_path, b"\x01" * 32, minutes=5)
    asked: list[bool] = []

    def passphrase() -> str:
        asked.append(True)
        return PASS

    with Journal.open(Target.parse(str(journal_path)), passphrase=passphrase,
                      remembered=agent.AgentMemory()) as journal:
        assert len(journal.find()) == 1
    assert asked == [True]
    assert agent.recall(journal_path) is None


def test_a_socket_left_by_a_killed_agent_is_ignored(runtime: Path, journal_path: Path) -> None:
    runtime.mkdir(mode=0o700)
    import socket

    sock_path = agent.socket_path(journal_path, runtime)
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(str(sock_path))
    dead.close()  # bound, never listening: what a SIGKILLed agent leaves
    assert agent.recall(journal_path) is None
    assert not sock_path.exists()


def test_a_folder_others_can_enter_turns_sessions_off(runtime: Path, journal_path: Path) -> None:
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o755)
    with pytest.raises(agent.AgentError, match="not a private folder of yours"):
        agent.unlock(journal_path, key_of(journal_path), minutes=5)
    assert agent.recall(journal_path) is None  # and a client takes nothing from there


def test_bad_requests_start_nothing(runtime: Path, journal_path: Path) -> None:
    with pytest.raises(agent.AgentError, match="between a minute"):
        agent.unlock(journal_path, key_of(journal_path), minutes=0)
    with pytest.raises(agent.AgentError, match="between a minute"):
        agent.unlock(journal_path, key_of(journal_path), minutes=agent.MAX_MINUTES + 1)
    with pytest.raises(agent.AgentError, match="not a journal key"):
        agent.unlock(journal_path, b"short", minutes=5)
    assert not runtime.exists() or not list(runtime.glob("agent-*.sock"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and PR_SET_DUMPABLE are Linux's")
@pytest.mark.skipif(hasattr(os, "getuid") and os.getuid() == 0,
                    reason="as root every /proc file is root's: a non-dumpable agent looks like any other")
def test_the_agent_is_not_dumpable(runtime: Path, journal_path: Path) -> None:
    """Other processes of the same user cannot read the agent's memory: its /proc files belong to root."""
    agent.unlock(journal_path, key_of(journal_path), minutes=5)
    mine = [proc for proc, cmdline in agent_processes() if str(journal_path).encode() in cmdline]
    assert mine, "no agent process found"
    assert all((proc / "mem").stat().st_uid == 0 for proc in mine)


# --- the commands: goodcry unlock / lock -------------------------------------------------------------------------

@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """No prompt can be shown: a journal that needs its passphrase fails with one line instead."""
    monkeypatch.setattr("goodcry.cli.secret._terminal", lambda: False)


def test_unlock_then_write_without_the_passphrase_then_lock(
        sqlite_cli: CLI, runtime: Path, monkeypatch: pytest.MonkeyPatch, no_terminal: None) -> None:
    cli = sqlite_cli
    monkeypatch.setenv("GOODCRY_PASSPHRASE", PASS)
    cli.ok("init", "--encrypt", "--country", "GB")
    assert cli.ok("unlock", "--status").out.startswith("locked")
    done = cli.ok("unlock", "--for", "10")
    assert "unlocked until" in done.err and "10 minutes" in done.err and "goodcry lock" in done.err
    monkeypatch.delenv("GOODCRY_PASSPHRASE")  # and no terminal: only the session can open it now
    entry = cli.ok("log", "cry", "written while unlocked").out.strip()
    assert "written while unlocked" in cli.ok("show", entry).out
    assert cli.ok("unlock", "--status").out.startswith("unlocked for 10 minutes more")
    assert "Locked" in cli.ok("lock").err
    failed = cli("list")
    assert failed.code == 1 and "passphrase" in failed.err and "Traceback" not in failed.err
    assert "was not unlocked; nothing was changed" in cli.ok("lock").err


def test_the_agent_gets_no_passphrase_in_its_environment(sqlite_cli: CLI, runtime: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GOODCRY_PASSPHRASE", PASS)
    sqlite_cli.ok("init", "--encrypt", "--country", "GB")
    sqlite_cli.ok("unlock")
    mine = [proc for proc, cmdline in agent_processes() if str(Path(sqlite_cli.db).resolve()).encode() in cmdline]
    if not mine or not os.access(mine[0] / "environ", os.R_OK):
        sqlite_cli.ok("lock")
        pytest.skip("the agent's environment cannot be read here (no /proc, or it is not dumpable: as it should be)")
    environ = (mine[0] / "environ").read_bytes()
    assert PASS.encode() not in environ and b"GOODCRY_PASSPHRASE" not in environ
    sqlite_cli.ok("lock")


def test_unlock_takes_the_passphrase_itself(sqlite_cli: CLI, runtime: Path, monkeypatch: pytest.MonkeyPatch,
                                           no_terminal: None) -> None:
    cli = sqlite_cli
    monkeypatch.setenv("GOODCRY_PASSPHRASE", PASS)
    cli.ok("init", "--encrypt", "--country", "GB")
    monkeypatch.setenv("GOODCRY_PASSPHRASE", "not it")
    wrong = cli("unlock")
    assert wrong.code == 1 and "wrong passphrase" in wrong.err
    assert agent.recall(Path(cli.db)) is None


def test_passwd_and_decrypt_end_a_session(sqlite_cli: CLI, runtime: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli = sqlite_cli
    monkeypatch.setenv("GOODCRY_PASSPHRASE", PASS)
    cli.ok("init", "--encrypt", "--country", "GB")
    cli.ok("unlock")
    monkeypatch.setenv("GOODCRY_NEW_PASSPHRASE", "a newer one")
    changed = cli.ok("passwd")
    assert "locked now" in changed.err and agent.recall(Path(cli.db)) is None
    monkeypatch.setenv("GOODCRY_PASSPHRASE", "a newer one")
    cli.ok("unlock")
    assert "locked now" in cli.ok("decrypt", "--yes").err
    assert agent.recall(Path(cli.db)) is None


def test_a_plain_journal_has_nothing_to_unlock(sqlite_cli: CLI, runtime: Path) -> None:
    sqlite_cli.ok("init", "--country", "GB")
    result = sqlite_cli("unlock")
    assert result.code == 1 and "not encrypted" in result.err


def test_without_user_ids_there_are_no_sessions(journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a system without Unix user ids (Windows) an encrypted journal opens as before: no session, no error."""
    monkeypatch.delattr(os, "getuid")
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert agent.runtime_dir() is None and agent.recall(journal_path) is None and agent.status(journal_path) is None
    assert agent.lock(journal_path) is False
    with pytest.raises(agent.AgentError, match="Unix sockets"):
        agent.unlock(journal_path, key_of(journal_path), minutes=5)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds the agent's process id through /proc")
def test_a_terminated_agent_leaves_no_socket(runtime: Path, journal_path: Path) -> None:
    """SIGTERM (a logout, a shutdown) ends the agent as `lock` does: its socket is removed."""
    import signal

    agent.unlock(journal_path, key_of(journal_path), minutes=5)
    (pid,) = [int(proc.name) for proc, cmdline in agent_processes() if str(journal_path).encode() in cmdline]
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while list(runtime.glob("agent-*.sock")) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not list(runtime.glob("agent-*.sock"))
    assert agent.recall(journal_path) is None
