"""Evaluate goodcry's crisis-language screening on a labelled TSV (level <TAB> category <TAB> text).

    nice .venv/bin/python scripts/safety_eval.py tests/data/safety_blind_tune.tsv [--errors] [--rules]

Prints aggregate figures only: crisis recall per category, concern flagged, and the false-alarm rates on the
sad-but-safe rows.  ``--rules`` screens with the rules alone (no learned layer: a fair figure on a table the
learned layer was trained on).  ``--errors`` lists the texts screened wrongly; it refuses files whose name says "holdout",
so a held-out set can be measured without being read.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from goodcry.core.safety import Level, screen
from goodcry.core.safety.screening import screen_rules


def rows(path: Path) -> list[tuple[str, str, str]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("level\t"):
            continue
        level, category, text = line.split("\t", 2)
        out.append((level, category, text))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("table", type=Path)
    parser.add_argument("--errors", action="store_true", help="list the texts screened wrongly (not on holdouts)")
    parser.add_argument("--rules", action="store_true", help="the rules alone, without the learned layer")
    args = parser.parse_args(argv)
    screener = screen_rules if args.rules else screen
    if args.errors and "holdout" in args.table.name:
        parser.error("--errors is refused on a held-out table: only aggregate figures may be seen")
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors = []
    for level, category, text in rows(args.table):
        got = screener(text).level
        if level == "crisis":
            ok = got is Level.CRISIS
            key = f"crisis/{category}"
        elif level == "concern":
            ok = got is not Level.NONE
            key = f"concern/{category}"
        else:
            ok = got is Level.NONE
            key = "none"
            per["false-alarm crisis"][0] += got is Level.CRISIS
            per["false-alarm crisis"][1] += 1
        per[key][0] += ok
        per[key][1] += 1
        if level == "crisis":
            per["crisis (all)"][0] += ok
            per["crisis (all)"][1] += 1
        if not ok:
            errors.append(f"{level:8} {category:18} got {got.value:8} {text}")
    fa = per["none"]
    print(f"{args.table.name}" + (" (rules alone)" if args.rules else ""))
    for key in sorted(per):
        if key in ("none", "false-alarm crisis"):
            continue
        hit, n = per[key]
        print(f"  {key:28} {hit / n:.3f}  ({hit}/{n})")
    print(f"  {'false alarms (any flag)':28} {(fa[1] - fa[0]) / fa[1]:.3f}  ({fa[1] - fa[0]}/{fa[1]})")
    hit, n = per["false-alarm crisis"]
    print(f"  {'false alarms (crisis)':28} {hit / n:.3f}  ({hit}/{n})")
    if args.errors:
        for e in errors:
            print("  ", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
