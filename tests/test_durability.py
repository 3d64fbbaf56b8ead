"""Never lose an entry, never leak one: crashes, two writers at once, and what an encrypted journal leaves on disk.

The crash test forks a writer (so each child starts in milliseconds, with the key already derived) and kills it
with SIGKILL at random moments; ``GOODCRY_CRASH_KILLS`` raises the number of kills (default 100 per journal kind).
"""

from __future__ import annotations

import os
import random
import select
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from goodcry.core.model import Entry, Kind
from goodcry.journal import Journal
from goodcry.storage.database import Target

PASS = "crash test passphrase"
KILLS = int(os.environ.get("GOODCRY_CRASH_KILLS", "100"))
AT = datetime(2026, 3, 1, 21, 0, tzinfo=UTC)
WORDS = ("tears", "quiet", "hallway", "lantern", "harbour", "winter", "sorrow", "relief", "été", "涙")


def expected_text(kill: int, i: int) -> str:
    rng = random.Random(kill * 100_003 + i)
    return f"crash {kill}-{i} " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 40)))


def _child(path: Path, encrypted: bool, kill: int, out: int) -> None:
    """Write entries until killed; print each ID (with its sequence number) once its commit has returned."""
    status = 1
    try:
        journal = Journal.open(Target.parse(path), passphrase=(lambda: PASS) if encrypted else None)
        i = 0
        while True:
            saved = journal.add(Entry(Kind.CRY, AT, text=expected_text(kill, i)))
            os.write(out, f"{saved.entry.id} {kill} {i}\n".encode())
            i += 1
    except BaseException:
        status = 2
    finally:
        os._exit(status)


def _read_all(fd: int, deadline: float) -> bytes:
    chunks = []
    while True:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            break
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        chunks.append(chunk)
    return b"".join(chunks)


@pytest.mark.parametrize("encrypted", [False, True], ids=["plain", "encrypted"])
def test_sigkill_at_random_moments_loses_no_committed_entry(tmp_path: Path, encrypted: bool) -> None:
    path = tmp_path / "journal.db"
    target = Target.parse(path)
    opener = (lambda: PASS) if encrypted else None
    with Journal.open(target, create=True, encrypt=encrypted, passphrase=opener) as journal:
        journal.add(Entry(Kind.CRY, AT, text="warm-up"))  # derives the key and loads every module the children use
    rng = random.Random(7)
    printed: dict[str, tuple[int, int]] = {}
    kills_mid_writing = 0
    for kill in range(KILLS):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            os.close(read_end)
            _child(path, encrypted, kill, write_end)
        os.close(write_end)
        if kill % 5 == 0:  # some kills land while the child is still opening the journal
            data = _read_all(read_end, time.monotonic() + rng.uniform(0.0, 0.02))
        else:  # the others at a random moment once it is writing
            data = os.read(read_end, 65536) if select.select([read_end], [], [], 10)[0] else b""
            data += _read_all(read_end, time.monotonic() + rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status), f"the writer stopped by itself (status {status}) before the kill"
        data += _read_all(read_end, time.monotonic() + 0.2)
        os.close(read_end)
        lines = data.decode().splitlines()
        kills_mid_writing += bool(lines)
        new = {}
        for line in lines:
            entry_id, k, i = line.split()
            new[entry_id] = (int(k), int(i))
        printed.update(new)
        with Journal.open(target, passphrase=opener) as journal:
            assert journal.db.one("PRAGMA integrity_check")[0] == "ok", f"after kill {kill}"
            for entry_id, (k, i) in new.items():
                assert journal.get(entry_id).text == expected_text(k, i), f"entry {entry_id} after kill {kill}"
    assert kills_mid_writing >= KILLS * 3 // 4, "too few kills landed while entries were being written"
    with Journal.open(target, passphrase=opener) as journal:
        stored = {e.id: e.text for e in journal.iter_all()}
    for entry_id, (k, i) in printed.items():
        assert stored.get(entry_id) == expected_text(k, i)
    print(f"\n{'encrypted' if encrypted else 'plain'}: {KILLS} kills, {len(printed)} acknowledged entries, "
          f"{len(stored)} stored, none lost")


WRITER = textwrap.dedent("""
    import sys
    import goodcry.storage.database as database
    database.BUSY_TIMEOUT_MS = 1  # contention past the busy timeout on nearly every write: the retry policy's job
    from goodcry.cli.main import run
    db, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    codes = [run(["--db", db, "log", "cry", f"{name} {i}"]) for i in range(count)]
    sys.exit(max(codes))
""")


def test_two_processes_writing_at_once_never_see_database_is_locked(tmp_path: Path) -> None:
    db = str(tmp_path / "journal.db")
    Journal.open(Target.parse(db), create=True).close()
    count = 60
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, db, name, str(count)], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for name in ("first", "second")]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err and "busy" not in err
    with Journal.open(Target.parse(db)) as journal:
        texts = {e.text for e in journal.iter_all()}
    assert texts == {f"{n} {i}" for n in ("first", "second") for i in range(count)}


def test_a_write_waits_out_a_lock_held_longer_than_the_busy_timeout(
        sqlite_cli: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from conftest import CLI

    assert isinstance(sqlite_cli, CLI)
    sqlite_cli.ok("init")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sqlite3, sys, time
        conn = sqlite3.connect({sqlite_cli.db!r}, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        print("holding", flush=True)
        time.sleep(1.5)
        conn.execute("COMMIT")
    """)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    monkeypatch.setattr("goodcry.storage.database.BUSY_TIMEOUT_MS", 100)
    started = time.monotonic()
    result = sqlite_cli("log", "cry", "waited for my turn")
    assert result.code == 0, result.err
    assert time.monotonic() - started > 0.5  # it really waited past the 0.1 s busy timeout
    holder.wait(timeout=30)


DISCLOSURE = textwrap.dedent("""
    import sys
    from datetime import datetime, timedelta, timezone
    from pathlib import Path
    from goodcry.core.model import Entry, Kind
    from goodcry.core.query import EntryFilter
    from goodcry.journal import Journal
    from goodcry.storage.database import Target
    from goodcry.storage.safekeeping import backup_dir

    path, encrypt, snapshot = Path(sys.argv[1]), sys.argv[2] == "1", Path(sys.argv[3])
    key = (lambda: "disclosure test passphrase")
    at = datetime(2026, 1, 1, 20, 0, tzinfo=timezone.utc)
    words = [w for w in sys.stdin.read().split()]
    journal = Journal.open(Target.parse(path), create=True, encrypt=encrypt, passphrase=key)
    for i, word in enumerate(words[:100]):  # one transaction each, as the CLI does
        journal.add(Entry(Kind.CRY, at + timedelta(minutes=i), text=f"I cried about {word} today"))
    journal.add_many(Entry(Kind.CRY, at + timedelta(days=1, minutes=i), text=f"I cried about {word} today",
                           notes=f"{word} again") for i, word in enumerate(words[100:]))
    assert journal.count() == len(words)
    journal.find(EntryFilter(contains=words[5]))                  # searches and sorts
    journal.find(EntryFilter(limit=20))
    journal.automatic_backup("disclosure")
    journal.backup(backup_dir() / "explicit.db")
    for suffix in ("", "-wal", "-shm"):                           # the files as they are while the journal is open
        side = Path(f"{path}{suffix}")
        if side.exists():
            (snapshot / f"open{suffix or '-db'}").write_bytes(side.read_bytes())
    journal.close()
""")


def _scan(folders: list[Path], words: list[str]) -> list[str]:
    found = []
    for folder in folders:
        for file in (p for p in folder.rglob("*") if p.is_file()):
            data = file.read_bytes()
            hits = [w for w in words if w.encode() in data]
            if hits or b"I cried about" in data:
                found.append(f"{file.name}: {hits[:3]}")
    return found


@pytest.mark.parametrize("encrypted", [True, False], ids=["encrypted", "plain-control"])
def test_an_encrypted_journal_discloses_no_entry_text(tmp_path: Path, encrypted: bool) -> None:
    words = [f"quillmoor{i:04d}" for i in range(1000)]
    home, temp, backups, snapshot = (tmp_path / n for n in ("home", "tmp", "backups", "snapshot"))
    for folder in (home, temp, backups, snapshot):
        folder.mkdir()
    env = {**os.environ, "TMPDIR": str(temp), "SQLITE_TMPDIR": str(temp), "GOODCRY_BACKUPS": str(backups)}
    subprocess.run([sys.executable, "-c", DISCLOSURE, str(home / "journal.db"), "1" if encrypted else "0",
                    str(snapshot)], input=" ".join(words), text=True, env=env, check=True, timeout=300)
    assert len(list(backups.iterdir())) == 2 and (snapshot / "open-wal").exists()
    found = _scan([home, temp, backups, snapshot], words)
    if encrypted:
        assert found == []
    else:  # the control: the same scan does see the words in a plain journal, so the scan works
        assert any(f.startswith("journal.db") or f.startswith("open") for f in found)
        assert any(f.startswith(("explicit", "journal-")) for f in found)
