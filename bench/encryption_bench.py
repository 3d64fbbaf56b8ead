"""The cost of encryption: quick capture and ``list -n 20`` on an encrypted vs a plain journal, and backup time.

    python bench/encryption_bench.py [--runs 15] [--entries 200] [--backup-entries 100000]

Whole ``goodcry`` processes, alternating plain and encrypted, each on its own journal pre-filled with
``--entries`` entries; medians and the encrypted/plain ratio (target ≤ 1.3).  Then ``goodcry backup`` on a journal
of ``--backup-entries`` entries, plain and encrypted (whole process, median of 3).  The passphrase comes from
$GOODCRY_PASSPHRASE, so every encrypted run pays the key derivation (PBKDF2-HMAC-SHA512, 256,000 iterations).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

PASSPHRASE = "benchmark passphrase"


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                   check=True)
    return time.perf_counter() - start


def fill(db: Path, count: int, encrypted: bool) -> None:
    """A journal of ``count`` entries, written in one transaction through the library."""
    from goodcry.core.model import Entry, Feeling, Kind, Presence, Response
    from goodcry.journal import Journal
    from goodcry.storage.database import Target

    start = datetime(2020, 1, 1, 21, 0, tzinfo=UTC)
    entries = (Entry(Kind.CRY, start + timedelta(hours=7 * i), text=f"entry {i}: argued with Sam, felt hurt #work",
                     tension_before=8, tension_after=4, feelings=(Feeling("hurt", 3, True),),
                     people=(Presence("Sam", (Response.COMFORTED,)),)) for i in range(count))
    with Journal.open(Target.parse(db), create=True, encrypt=encrypted, passphrase=lambda: PASSPHRASE) as journal:
        journal.add_many(entries)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--entries", type=int, default=200)
    parser.add_argument("--backup-entries", type=int, default=100_000)
    args = parser.parse_args()

    goodcry = shutil.which("goodcry", path=str(Path(sys.executable).parent)) or "goodcry"
    work = Path(tempfile.mkdtemp(prefix="goodcry-enc-bench-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOODCRY_")}
    env.update(HOME=str(work), XDG_DATA_HOME=str(work / "data"), NO_COLOR="1", GOODCRY_PASSPHRASE=PASSPHRASE,
               GOODCRY_BACKUPS=str(work / "backups"))
    journals = {"plain": work / "plain.db", "encrypted": work / "encrypted.db"}
    for name, db in journals.items():
        fill(db, args.entries, name == "encrypted")

    def cases(db: Path) -> dict[str, list[str]]:
        return {
            "add": [goodcry, "--db", str(db), "log", "cry", "argued with Sam about moving, felt hurt and alone",
                    "--intensity", "3", "--tension", "8:4", "--mood", "-3:0", "--with", "Sam=comforted",
                    "--feel", "hurt,lonely"],
            "list -n 20": [goodcry, "--db", str(db), "list", "-n", "20"],
        }

    plain, encrypted = cases(journals["plain"]), cases(journals["encrypted"])
    for cmd in [*plain.values(), *encrypted.values()]:  # warm the OS file cache once
        timed(cmd, env)
    print(f"machine: {os.cpu_count()} cores; runs: {args.runs}; journals start with {args.entries} entries")
    print(f"{'case':<12} {'plain ms':>9} {'encrypted ms':>13} {'ratio':>7}")
    for name in plain:
        a, b = [], []
        for _ in range(args.runs):
            a.append(timed(plain[name], env))
            b.append(timed(encrypted[name], env))
        ma, mb = statistics.median(a) * 1000, statistics.median(b) * 1000
        print(f"{name:<12} {ma:>9.1f} {mb:>13.1f} {mb / ma:>7.2f}")

    print(f"\nbackup of {args.backup_entries:,} entries (whole `goodcry backup` process, median of 3)")
    for name in journals:
        db = work / f"big-{name}.db"
        started = time.perf_counter()
        fill(db, args.backup_entries, name == "encrypted")
        filled = time.perf_counter() - started
        runs = [timed([goodcry, "--db", str(db), "backup", "--out", str(work / f"b-{name}-{i}.db")], env)
                for i in range(3)]
        size = db.stat().st_size / 1e6
        print(f"{name:<10} {statistics.median(runs):>6.2f} s   ({size:.0f} MB journal; filled in {filled:.0f} s)")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
