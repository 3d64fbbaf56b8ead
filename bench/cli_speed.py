"""Whole-process timings: goodcry's quick capture and ``list -n 20`` against jrnl 4.6 adding and listing.

    python bench/cli_speed.py [--runs 15] [--entries 200]

Both tools run as cold processes on the same machine in the same run, alternating, each on its own fresh
journal pre-filled with ``--entries`` entries.  jrnl 4.6 is installed into ``bench/.env`` on first use (needs the
package index once); goodcry is the one installed in the Python running this script.  Prints medians and the
ratios goodcry/jrnl (the target for quick capture is ≤ 0.6).
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
from pathlib import Path

HERE = Path(__file__).resolve().parent
JRNL_ENV = HERE / ".env"
JRNL_CONFIG = """colors:
  body: none
  date: none
  tags: none
  title: none
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: {journal}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: v4.6
"""


def jrnl_binary() -> Path:
    binary = JRNL_ENV / "bin" / "jrnl"
    if not binary.exists():
        subprocess.run([sys.executable, "-m", "venv", str(JRNL_ENV)], check=True)
        subprocess.run([str(JRNL_ENV / "bin" / "pip"), "install", "-q", "jrnl==4.6"], check=True)
    return binary


def timed(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL,
                   check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--entries", type=int, default=200, help="entries in each journal before timing")
    args = parser.parse_args()

    goodcry = shutil.which("goodcry", path=str(Path(sys.executable).parent)) or "goodcry"
    jrnl = str(jrnl_binary())
    # pip compiles jrnl's bytecode at install; an editable goodcry gets its bytecode on first run — unless
    # PYTHONDONTWRITEBYTECODE is set, as on some CI machines.  Compile it up front so both run from bytecode.
    import goodcry as package

    subprocess.run([sys.executable, "-m", "compileall", "-q", str(Path(package.__file__).parent)], check=True)
    work = Path(tempfile.mkdtemp(prefix="goodcry-bench-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("GOODCRY_")}
    env.update(HOME=str(work), XDG_CONFIG_HOME=str(work / "config"), XDG_DATA_HOME=str(work / "data"),
               GOODCRY_DB=str(work / "goodcry.db"), NO_COLOR="1")
    (work / "config" / "jrnl").mkdir(parents=True)
    (work / "config" / "jrnl" / "jrnl.yaml").write_text(JRNL_CONFIG.format(journal=work / "journal.txt"))

    subprocess.run([goodcry, "init", "--country", "GB"], env=env, check=True, stderr=subprocess.DEVNULL)
    lines = [f"[2026-01-{1 + i % 28:02d} 09:{i % 60:02d}:00 AM] entry {i}: argued with Sam, felt hurt #work\n"
             for i in range(args.entries)]
    (work / "journal.txt").write_text("\n".join(lines))
    seed = work / "seed.json"
    seed.write_text('{"tags": {}, "entries": [' + ",".join(
        f'{{"title": "entry {i}: argued with Sam, felt hurt #work", "body": "", "date": "2026-01-{1 + i % 28:02d}",'
        f' "time": "09:{i % 60:02d}", "tags": [], "starred": false}}' for i in range(args.entries)) + "]}")
    subprocess.run([goodcry, "import", str(seed), "--from", "jrnl-json", "--kind", "cry"], env=env, check=True,
                   stderr=subprocess.DEVNULL)

    cases = {
        "add": (
            [goodcry, "log", "cry", "argued with Sam about moving, felt hurt and alone", "--intensity", "3",
             "--tension", "8:4", "--mood", "-3:0", "--with", "Sam=comforted", "--feel", "hurt,lonely"],
            [jrnl, "argued with Sam about moving, felt hurt and alone"],
        ),
        "list -n 20": ([goodcry, "list", "-n", "20"], [jrnl, "-n", "20"]),
    }
    for cmd in (c for pair in cases.values() for c in pair):  # warm the OS file cache once
        timed(cmd, env)
    print(f"machine: {os.cpu_count()} cores; runs: {args.runs}; journals start with {args.entries} entries")
    print(f"{'case':<12} {'goodcry ms':>11} {'jrnl ms':>9} {'ratio':>7}")
    for name, (ours, theirs) in cases.items():
        a, b = [], []
        for _ in range(args.runs):
            a.append(timed(ours, env))
            b.append(timed(theirs, env))
        ma, mb = statistics.median(a) * 1000, statistics.median(b) * 1000
        print(f"{name:<12} {ma:>11.1f} {mb:>9.1f} {ma / mb:>7.2f}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
