"""The cost of encryption: quick capture and ``list -n 20`` on a plain journal, an encrypted one opened with its
passphrase, one unlocked for a while (`goodcry unlock`), and one whose key is remembered in the keyring; where that
cost goes; and backup time.

    nice python bench/encryption_bench.py [--runs 15] [--entries 200] [--backup-entries 100000] [--os-keyring]

    # with a real OS keyring too: gnome-keyring's Secret Service in a private D-Bus session (Linux)
    dbus-run-session -- sh -c 'echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null;
        nice .venv/bin/python bench/encryption_bench.py --os-keyring'

1. Whole ``goodcry`` processes (cold: a new process each time, OS file cache warm), the cases interleaved,
   each on its own journal at the default location (its own data folder) pre-filled with ``--entries`` entries;
   medians and the ratio to plain (the issue's target: ≤ 1.3).

   - *passphrase*: ``$GOODCRY_PASSPHRASE`` is set, so every process derives the key (PBKDF2-HMAC-SHA512,
     256,000 iterations) — as it does with the prompt, minus the typing.
   - *unlocked*: ``goodcry unlock`` was run once (a session of two hours): processes ask its agent for the key
     over a Unix socket and skip the derivation.
   - *keyring*: ``goodcry keyring remember`` was run once; processes get the derived key from the keyring and skip
     the derivation.  The keyring is ``bench/keyring_file_backend.py`` (a ``keyring`` backend in a JSON file,
     selected with ``PYTHON_KEYRING_BACKEND``): no OS keyring runs on the benchmark machine, and this one costs
     next to nothing itself, so the column shows goodcry's and the ``keyring`` package's cost.  A real OS keyring
     adds its own lookup: ``--os-keyring`` adds a column with the one ``keyring`` finds (run the bench inside a
     D-Bus session with an unlocked Secret Service, as above).

2. Where the extra time goes, measured inside fresh processes (median of ``--runs``) after the modules every
   command loads: the key (derivation, or importing ``keyring`` + its backend + one lookup), opening the file
   (importing ``sqlcipher3``, keying, reading and checking page 1), and reading the 20 newest entries — and, in
   brackets, the backend discovery ``keyring.get_keyring()`` would do, which goodcry skips by loading the backend
   it recorded at ``remember``; then page decryption on its own: a full scan of the ``--backup-entries``
   journals, plain vs encrypted.

3. ``goodcry backup`` of a journal of ``--backup-entries`` entries, plain and encrypted (whole process, median of 3).
"""

from __future__ import annotations

import argparse
import json
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
BENCH = Path(__file__).resolve().parent

# Run in a fresh process: the parts of opening an encrypted journal, after what every goodcry command imports.
PROBE = r"""
import json, sys, time
from pathlib import Path
import goodcry.cli.main, goodcry.cli.app, goodcry.journal  # loaded by every command before the journal opens
path, mode, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
out = {}
t = time.perf_counter()
if mode == "plain":
    import sqlite3
    conn = sqlite3.connect(path)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    out["open"] = time.perf_counter() - t
else:
    from goodcry.storage import cipher
    if mode == "unlocked":
        from goodcry.storage import agent
        key = cipher.Key(agent.recall(path), cipher.salt_of(path))
        out["ask the session's agent"] = time.perf_counter() - t
    elif mode == "keyring":
        import keyring.core
        out["import keyring"] = time.perf_counter() - t
        t = time.perf_counter()
        from goodcry.storage import remembered
        key = cipher.Key(remembered.recall(path), cipher.salt_of(path))
        out["backend + lookup"] = time.perf_counter() - t
    else:
        key = cipher.Key.derive(passphrase, cipher.salt_of(path))
        out["key derivation"] = time.perf_counter() - t
    t = time.perf_counter()
    conn = cipher.connect(path, key)
    out["open"] = time.perf_counter() - t
t = time.perf_counter()
conn.execute("SELECT * FROM entries ORDER BY at_utc DESC LIMIT 20").fetchall()
out["20 newest entries"] = time.perf_counter() - t
if mode == "keyring":  # what goodcry's list of remembered journals saves: keyring's search for the best backend
    import keyring.backend
    t = time.perf_counter()
    list(keyring.backend.get_all_keyring())
    out["(skipped: keyring's backend discovery)"] = time.perf_counter() - t
print(json.dumps(out))
"""

SCAN = r"""
import sys, time
from pathlib import Path
from goodcry.storage import cipher
path, passphrase = Path(sys.argv[1]), sys.argv[2]
if passphrase:
    key = cipher.Key.derive(passphrase, cipher.salt_of(path))
    conn = cipher.connect(path, key)
else:
    import sqlite3
    conn = sqlite3.connect(path)
t = time.perf_counter()
conn.execute("SELECT count(*), sum(length(text)) FROM entries").fetchone()
print(time.perf_counter() - t)
"""


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
    parser.add_argument("--os-keyring", action="store_true", help="also time the OS keyring keyring finds here")
    args = parser.parse_args()
    cases = ["plain", "passphrase", "unlocked", "keyring"] + (["os-keyring"] if args.os_keyring else [])

    goodcry = shutil.which("goodcry", path=str(Path(sys.executable).parent)) or "goodcry"
    # An editable goodcry gets its bytecode on first run, unless PYTHONDONTWRITEBYTECODE is set (as here): compile
    # it up front, as an installed one is, so no case pays for compiling (keyring's came with pip).
    import goodcry as package

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(package.__file__).parent), str(BENCH)],
                   check=True)
    work = Path(tempfile.mkdtemp(prefix="goodcry-enc-bench-"))
    base = {k: v for k, v in os.environ.items() if not k.startswith(("GOODCRY_", "PYTHON_KEYRING"))}
    base.update(HOME=str(work), XDG_CONFIG_HOME=str(work / "config"), NO_COLOR="1",
                GOODCRY_BACKUPS=str(work / "backups"), GOODCRY_BENCH_KEYRING=str(work / "keyring.json"),
                PYTHONPATH=os.pathsep.join(filter(None, [str(BENCH), os.environ.get("PYTHONPATH", "")])))
    keyring_backend = "keyring_file_backend.FileKeyring"
    envs = {
        "plain": {**base, "XDG_DATA_HOME": str(work / "plain")},
        "passphrase": {**base, "XDG_DATA_HOME": str(work / "passphrase"), "GOODCRY_PASSPHRASE": PASSPHRASE},
        "unlocked": {**base, "XDG_DATA_HOME": str(work / "unlocked"), "XDG_RUNTIME_DIR": str(work / "run")},
        "keyring": {**base, "XDG_DATA_HOME": str(work / "keyring"), "PYTHON_KEYRING_BACKEND": keyring_backend},
        "os-keyring": {**base, "XDG_DATA_HOME": str(work / "os-keyring")},
    }
    journals = {name: work / name / "goodcry" / "journal.db" for name in cases}
    for name, db in journals.items():
        fill(db, args.entries, name != "plain")
    for name in (n for n in cases if "keyring" in n):
        done = subprocess.run([goodcry, "keyring", "remember"], env={**envs[name], "GOODCRY_PASSPHRASE": PASSPHRASE},
                              capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"{name}: {done.stderr.strip()}")
        print(f"{name}: {done.stderr.split('(')[1].split(')')[0]}")
    (work / "run").mkdir(mode=0o700)
    done = subprocess.run([goodcry, "unlock", "--for", "120"], env={**envs["unlocked"], "GOODCRY_PASSPHRASE": PASSPHRASE},
                          capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"unlocked: {done.stderr.strip()}")

    commands = {
        "add": [goodcry, "log", "cry", "argued with Sam about moving, felt hurt and alone", "--intensity", "3",
                "--tension", "8:4", "--mood", "-3:0", "--with", "Sam=comforted", "--feel", "hurt,lonely"],
        "list -n 20": [goodcry, "list", "-n", "20"],
    }
    for cmd in commands.values():  # warm the OS file cache once
        for name in cases:
            timed(cmd, envs[name])
    print(f"machine: {os.cpu_count()} cores; runs: {args.runs}; journals start with {args.entries} entries; "
          f"Python {sys.version.split()[0]}")
    print(f"\n1. whole processes, median ms (ratio to plain)\n{'case':<12}" + "".join(f"{n:>20}" for n in cases))
    for label, cmd in commands.items():
        times: dict[str, list[float]] = {name: [] for name in cases}
        for _ in range(args.runs):
            for name in cases:
                times[name].append(timed(cmd, envs[name]))
        med = {name: statistics.median(t) * 1000 for name, t in times.items()}
        cells = [f"{med[n]:.1f} ({med[n] / med['plain']:.2f}×)" for n in cases]
        print(f"{label:<12}" + "".join(f"{cell:>20}" for cell in cells))

    print("\n2. inside one process, median ms over fresh processes (after the modules every command loads)")
    parts: dict[str, dict[str, list[float]]] = {name: {} for name in cases}
    for _ in range(args.runs):
        for name in cases:
            mode = "keyring" if "keyring" in name else name
            done = subprocess.run([sys.executable, "-c", PROBE, str(journals[name]), mode, PASSPHRASE],
                                  env=envs[name], capture_output=True, text=True, check=True)
            for part, seconds in json.loads(done.stdout).items():
                parts[name].setdefault(part, []).append(seconds)
    for name in cases:
        shown = ", ".join(f"{part} {statistics.median(v) * 1000:.1f}" for part, v in parts[name].items())
        print(f"{name:<12} {shown}")

    print(f"\n3. {args.backup_entries:,} entries: `goodcry backup` (whole process, median of 3) and a full scan of "
          "the entries (page decryption; fresh connection, median of 3)")
    scans: dict[str, float] = {}
    for name in ("plain", "encrypted"):
        db = work / f"big-{name}.db"
        started = time.perf_counter()
        fill(db, args.backup_entries, name == "encrypted")
        filled = time.perf_counter() - started
        env = {**base, "GOODCRY_PASSPHRASE": PASSPHRASE}
        runs = [timed([goodcry, "--db", str(db), "backup", "--out", str(work / f"b-{name}-{i}.db")], env)
                for i in range(3)]
        scans[name] = statistics.median(
            float(subprocess.run([sys.executable, "-c", SCAN, str(db), PASSPHRASE if name == "encrypted" else ""],
                                 env=env, capture_output=True, text=True, check=True).stdout)
            for _ in range(3))
        size = db.stat().st_size / 1e6
        print(f"{name:<10} backup {statistics.median(runs):>5.2f} s; scan {scans[name] * 1000:>6.1f} ms "
              f"({size / scans[name]:,.0f} MB/s); {size:.0f} MB journal, filled in {filled:.0f} s")
    print(f"page decryption and HMAC check: {scans['encrypted'] / scans['plain']:.1f}× a plain scan")
    subprocess.run([goodcry, "lock"], env=envs["unlocked"], capture_output=True)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
