"""Benchmark: insights on 1,000 … 1,000,000 synthetic entries — time, peak memory, growth ratio.

    nice .venv/bin/python bench/insights_bench.py                 # all sizes, with memory and calibration
    nice .venv/bin/python bench/insights_bench.py --sizes 1000 100000 --no-memory

Entries come from the seeded generator (``goodcry.core.synthetic``, planted effects) lazily, 1,000 at a time,
so the entries never all exist at once.  Each chunk's generation and its insight work are timed separately;
the insight time is ``Aggregator.feed`` over every chunk plus ``finish()`` (the statistics).  Peak memory is
the peak resident set size (VmHWM on Linux) of two fresh child processes per size — one that only generates
the entries, one that generates them and computes the insights — so the difference is what the insights keep
(tracemalloc would slow the run down several times).

Calibration (``--calibrate N``): over N seeded null worlds, how often any finding is stated (the false-finding
rate the Benjamini–Hochberg rule is meant to hold near 5%), and over N planted worlds how often the planted
comfort effect is found.
"""

from __future__ import annotations

import argparse
import itertools
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Iterator

from goodcry.core import synthetic
from goodcry.core.insights import Aggregator, compute_insights
from goodcry.core.model import Entry

CHUNK = 1000


def chunks(n: int, seed: int) -> Iterator[list[Entry]]:
    it = synthetic.generate(n, seed=seed, effects=synthetic.PLANTED)
    while True:
        chunk = list(itertools.islice(it, CHUNK))
        if not chunk:
            return
        yield chunk


def state_bytes(agg: Aggregator) -> int:
    """What the aggregator keeps between entries: its per-day arrays and its dicts (shallow)."""
    days = sum(a.buffer_info()[1] * a.itemsize for a in agg.days.arrays())
    dicts = sum(sys.getsizeof(d) for d in (agg.durations, agg.people, agg.families, agg.trigger_rated))
    lists = sum(sys.getsizeof(v) for v in (*agg.durations.values(), *agg.people.values()))
    return days + dicts + lists


def timed(n: int, seed: int) -> tuple[float, float, float, int, int]:
    """(generation seconds, insight seconds, of which finish(), findings stated, state bytes)."""
    gen = ins = 0.0
    agg = Aggregator(circle=synthetic.circle())
    source = chunks(n, seed)
    while True:
        t0 = time.perf_counter()
        chunk = next(source, None)
        t1 = time.perf_counter()
        gen += t1 - t0
        if chunk is None:
            break
        agg.feed(chunk)
        ins += time.perf_counter() - t1
    t2 = time.perf_counter()
    result = agg.finish()
    fin = time.perf_counter() - t2
    return gen, ins + fin, fin, len(result.findings()), state_bytes(agg)


def child(n: int, seed: int, with_insights: bool) -> int:
    """Run in a fresh process: generate (and maybe aggregate) n entries; print the peak RSS in bytes."""
    agg = Aggregator(circle=synthetic.circle())
    for chunk in chunks(n, seed):
        if with_insights:
            agg.feed(chunk)
    if with_insights:
        agg.finish()
    return peak_rss()


def peak_rss() -> int:
    """This process's peak resident set size in bytes.

    On Linux, VmHWM from /proc: ``ru_maxrss`` would carry over the parent's peak through fork and exec.
    """
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


def peak(n: int, seed: int, with_insights: bool) -> int:
    mode = "insights" if with_insights else "generate"
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, "--sizes", str(n), "--seed", str(seed)],
        check=True,
        capture_output=True,
        text=True,
    )
    return int(out.stdout.strip())


def calibrate(worlds: int, n: int) -> tuple[int, int]:
    null_hits = planted_hits = 0
    for seed in range(worlds):
        null = compute_insights(synthetic.generate(n, seed=10_000 + seed), circle=synthetic.circle())
        null_hits += bool(null.findings())
        planted = compute_insights(
            synthetic.generate(n, seed=20_000 + seed, effects=synthetic.PLANTED), circle=synthetic.circle()
        )
        planted_hits += planted.company.comforted_vs_not.stated
    return null_hits, planted_hits


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000, 1_000_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-RSS child processes")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size up to 100,000 (the best is shown)")
    parser.add_argument("--calibrate", type=int, default=100, metavar="N", help="null/planted worlds (0: skip)")
    parser.add_argument("--child", choices=["generate", "insights"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(child(args.sizes[0], args.seed, args.child == "insights"))
        return 0

    print(f"# goodcry insights benchmark — Python {platform.python_version()} on {platform.machine()}")
    print(f"# generator: goodcry.core.synthetic PLANTED, seed {args.seed}, lazily in chunks of {CHUNK}")
    print(f"# times: best of {args.repeat} runs up to 100,000 entries, one run above")
    head = f"{'entries':>10} {'gen s':>8} {'insights s':>11} {'finish s':>9} {'µs/entry':>9} {'growth':>7}"
    if not args.no_memory:
        head += f" {'peak RSS MiB gen':>17} {'gen+insights':>13} {'insights MiB':>13}"
    print(head + f" {'state KiB':>10} {'findings':>9}")
    previous: tuple[int, float] | None = None
    ok = True
    for n in args.sizes:
        runs = [timed(n, args.seed) for _ in range(args.repeat if n <= 100_000 else 1)]
        gen = min(r[0] for r in runs)
        ins, fin, findings, state = min(runs, key=lambda r: r[1])[1:]
        growth = ""
        if previous is not None:
            ratio = (ins / previous[1]) / (n / previous[0])
            growth = f"{ratio:.2f}"
        row = f"{n:>10,} {gen:>8.2f} {ins:>11.3f} {fin:>9.3f} {ins / n * 1e6:>9.2f} {growth:>7}"
        if not args.no_memory:
            gen_peak = peak(n, args.seed, with_insights=False)
            all_peak = peak(n, args.seed, with_insights=True)
            row += f" {gen_peak / 2**20:>17.1f} {all_peak / 2**20:>13.1f} {(all_peak - gen_peak) / 2**20:>13.1f}"
        print(row + f" {state / 1024:>10.0f} {findings:>9}", flush=True)
        if n == 100_000 and ins > 1.0:
            ok = False
        previous = (n, ins)
    print("# growth: (insight time ratio) / (size ratio) against the previous size; 1.00 is exactly linear")
    print("# state: the aggregator's per-day counters (24 bytes a day spanned) and its dicts, after the pass")
    if args.calibrate:
        for n in (300, 1500):
            null_hits, planted_hits = calibrate(args.calibrate, n)
            print(
                f"# calibration, {n} entries/world: null worlds with any stated finding {null_hits}/{args.calibrate}"
                f" ({null_hits / args.calibrate:.1%}); planted comfort effect stated {planted_hits}/{args.calibrate}"
                f" ({planted_hits / args.calibrate:.1%})",
                flush=True,
            )
    if not ok:
        print("FAIL: 100,000 entries took more than 1 s", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
