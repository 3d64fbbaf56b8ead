"""Benchmark of goodcry's crisis-language screening: recall per category, false alarms, and speed on one core.

    nice .venv/bin/python bench/safety_bench.py            # the whole table, both parts
    nice .venv/bin/python bench/safety_bench.py --errors   # also list every text screened wrongly
    nice .venv/bin/python bench/safety_bench.py --json     # the figures as one JSON object

Speed is measured single-threaded (CPU time of one core, the fastest of repeated passes) on journal-length texts of
about 600 characters: the table's texts padded with ordinary journal prose (the risky phrase in the middle), that
prose alone, and — when the GoEmotions data is beside the repository (``../shared/data/goemotions``, or
``--goemotions DIR``) — real people's emotional writing: its dev comments joined into 600-character texts,
screened once each from a cold start (no word seen before) and then again warm.

With GoEmotions present it also screens its 5,427 dev comments one by one — real people's everyday writing, not
used in training (the learned layer's background text comes from the train split) — and reports how many get a
crisis or concern reading, from the rules and from the learned layer: an estimate of false alarms on real posts
(a few of those comments are real crisis language; ``--errors`` lists them to read).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from goodcry.core.safety import Level, screen

ROOT = Path(__file__).resolve().parent.parent
GOEMOTIONS = ROOT.parent / "shared" / "data" / "goemotions"
TABLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "safety_cases.tsv"
HELD_OUT_MARK = "# --- held-out"

PROSE = (
    "Woke up early and made coffee. The kitchen was cold so I stood by the radiator for a while. "
    "Work was busy: two meetings, a long call with the team about next quarter, and a pile of emails. "
    "Had soup for lunch with Sam from accounts, who told me about her garden and the tomatoes that finally came. "
    "Walked home through the park, the leaves are turning and the light was soft. "
    "Called mum on the way, she sounded tired but cheerful, and we talked about the weekend. "
    "Made pasta, watched half an episode of something, folded the laundry. "
)


def load(path: Path = TABLE) -> list[tuple[str, str, str, str]]:
    """(part, level, category, text) rows; part is "dev" or "held-out"."""
    rows: list[tuple[str, str, str, str]] = []
    part = "dev"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(HELD_OUT_MARK):
            part = "held-out"
        if not line.strip() or line.startswith("#") or line.startswith("level\t"):
            continue
        level, category, text = line.split("\t", 2)
        rows.append((part, level, category, text))
    return rows


def pad(text: str, size: int = 600) -> str:
    """``text`` inside ordinary journal prose, about ``size`` characters in all."""
    room = max(0, size - len(text))
    before = PROSE[: room // 2].rsplit(" ", 1)[0]
    after = PROSE[len(PROSE) - room // 2 :].split(" ", 1)[-1]
    return f"{before} {text} {after}"


def evaluate(rows: list[tuple[str, str, str, str]]) -> dict[str, object]:
    per_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    crisis = [0, 0]
    concern = [0, 0]
    safe_any = [0, 0]
    safe_crisis = [0, 0]
    errors: list[str] = []
    for _part, level, category, text in rows:
        got = screen(text).level
        if level == "crisis":
            ok = got is Level.CRISIS
            crisis[0] += ok
            crisis[1] += 1
            per_cat[f"crisis/{category}"][0] += ok
            per_cat[f"crisis/{category}"][1] += 1
        elif level == "concern":
            ok = got is not Level.NONE
            concern[0] += ok
            concern[1] += 1
            per_cat[f"concern/{category}"][0] += ok
            per_cat[f"concern/{category}"][1] += 1
        else:
            ok = got is Level.NONE
            safe_any[0] += not ok
            safe_any[1] += 1
            safe_crisis[0] += got is Level.CRISIS
            safe_crisis[1] += 1
            per_cat[f"none/{category}"][0] += ok
            per_cat[f"none/{category}"][1] += 1
        if not ok:
            errors.append(f"{level:8} {category:18} got {got.value:8} {text}")
    return {
        "crisis_recall": _ratio(crisis),
        "concern_flagged": _ratio(concern),
        "false_alarm_any": _ratio(safe_any),
        "false_alarm_crisis": _ratio(safe_crisis),
        "per_category": {k: _ratio(v) for k, v in sorted(per_cat.items())},
        "errors": errors,
    }


def _ratio(pair: list[int]) -> dict[str, float | int]:
    hit, n = pair
    return {"n": n, "hit": hit, "rate": round(hit / n, 4) if n else 0.0}


def speed(texts: list[str], seconds: float = 1.5) -> float:
    """Texts per second of CPU time on one core (single thread): ``texts`` screened pass after pass for about
    ``seconds``, and the fastest pass counted.

    CPU time rather than wall-clock time, and the best pass rather than the mean, so that other work on a shared
    machine (a second process on the other core slows this one through the shared cache and memory) counts as
    little as it can: the figure is what the code costs, which is what two versions are compared on."""
    screen("warm up the rules")
    for t in texts:  # every word seen once: the passes below are warm
        screen(t)
    best = float("inf")
    spent = 0.0
    while spent < seconds or best == float("inf"):
        start = time.process_time()
        for t in texts:
            screen(t)
        took = time.process_time() - start
        spent += took
        best = min(best, took)
    return len(texts) / best


def real_texts(folder: Path, size: int = 600) -> list[str]:
    """GoEmotions' dev comments joined, in file order, into texts of about ``size`` characters."""
    texts: list[str] = []
    current = ""
    for line in (folder / "dev.tsv").read_text(encoding="utf-8").splitlines():
        current += line.split("\t", 1)[0].replace("[NAME]", "Sam") + " "
        if len(current) >= size:
            texts.append(current.strip())
            current = ""
    return texts


def everyday(folder: Path) -> tuple[dict[str, object], list[str]]:
    """Screen GoEmotions' dev comments one by one: how many are flagged, and by what."""
    from goodcry.core.safety.screening import LEARNED_RULE

    comments = [line.split("\t", 1)[0].replace("[NAME]", "Sam")
                for line in (folder / "dev.tsv").read_text(encoding="utf-8").splitlines()]
    crisis = concern = learned = 0
    flagged = []
    for text in comments:
        result = screen(text)
        if result.level is Level.NONE:
            continue
        crisis += result.level is Level.CRISIS
        concern += result.level is Level.CONCERN
        by_layer = any(t.rule == LEARNED_RULE for t in result.triggers)
        learned += by_layer
        flagged.append(f"{result.level.value:8} {'layer' if by_layer else 'rules':6} {text}")
    return {"comments": len(comments), "crisis": crisis, "concern": concern, "crisis_by_learned_layer": learned,
            "crisis_rate": round(crisis / len(comments), 4)}, flagged


def cold_pass(texts: list[str]) -> float:
    """Texts per second of CPU time screening each text once, with the learned layer's word memory emptied first."""
    from goodcry.core.safety import learned

    learned._scorer.cache_clear()
    learned._word_features.cache_clear()
    start = time.process_time()
    for t in texts:
        screen(t)
    return len(texts) / (time.process_time() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--errors", action="store_true", help="list every text screened wrongly")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--seconds", type=float, default=1.5, help="how long to time each speed run")
    parser.add_argument("--goemotions", type=Path, default=GOEMOTIONS, help="the GoEmotions folder (optional)")
    args = parser.parse_args(argv)

    t0 = time.perf_counter()
    import goodcry.core.safety  # noqa: F401  (already imported above; the cost below is the first screen)

    first = time.perf_counter()
    screen("first call compiles the rules")
    compile_ms = (time.perf_counter() - first) * 1000
    del t0

    rows = load()
    report: dict[str, object] = {"table": str(TABLE.name), "rows": len(rows), "first_call_ms": round(compile_ms, 1)}
    for part in ("dev", "held-out", "all"):
        chosen = [r for r in rows if part == "all" or r[0] == part]
        if chosen:
            report[part] = evaluate(chosen)
    padded = [pad(r[3]) for r in rows]
    safe = [pad(r[3]) for r in rows if r[1] == "none"]
    plain = [pad("") for _ in range(50)]
    report["speed"] = {
        "avg_chars": round(sum(map(len, padded)) / len(padded)),
        "texts_per_s_table_padded": round(speed(padded, args.seconds)),
        "texts_per_s_sad_safe_padded": round(speed(safe, args.seconds)),
        "texts_per_s_plain_prose": round(speed(plain, args.seconds)),
    }
    if (args.goemotions / "dev.tsv").exists():
        real = real_texts(args.goemotions)
        report["speed"]["real_texts"] = len(real)  # type: ignore[index]
        report["speed"]["texts_per_s_real_cold"] = round(cold_pass(real))  # type: ignore[index]
        report["speed"]["texts_per_s_real_warm"] = round(speed(real, args.seconds))  # type: ignore[index]
        report["everyday"], flagged = everyday(args.goemotions)
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    print(f"{report['rows']} rows from {TABLE.name}; first screen() call (compiling rules) {compile_ms:.1f} ms")
    for part in ("dev", "held-out", "all"):
        res = report.get(part)
        if not isinstance(res, dict):
            continue
        print(f"\n== {part} ==")
        for key in ("crisis_recall", "concern_flagged", "false_alarm_crisis", "false_alarm_any"):
            r = res[key]
            print(f"  {key:20} {r['rate']:.3f}  ({r['hit']}/{r['n']})")
        print("  per category (crisis: screened crisis; concern: screened concern or crisis; none: screened none):")
        for cat, r in res["per_category"].items():
            print(f"    {cat:28} {r['rate']:.3f}  ({r['hit']}/{r['n']})")
        if args.errors:
            for e in res["errors"]:
                print("   ", e)
    sp = report["speed"]
    assert isinstance(sp, dict)
    print(f"\nspeed, CPU time of one core, texts of ~{sp['avg_chars']} chars:\n"
          f"  {sp['texts_per_s_table_padded']:>9,} texts/s  every table text padded with prose (64% risky)\n"
          f"  {sp['texts_per_s_sad_safe_padded']:>9,} texts/s  the sad-but-safe texts padded with prose\n"
          f"  {sp['texts_per_s_plain_prose']:>9,} texts/s  ordinary journal prose only")
    ev = report.get("everyday")
    if isinstance(ev, dict):
        print(f"\neveryday comments (GoEmotions dev, {ev['comments']:,}, one by one): crisis {ev['crisis']} "
              f"({ev['crisis_rate']:.2%}; {ev['crisis_by_learned_layer']} by the learned layer), concern {ev['concern']}")
        if args.errors:
            for line in flagged:
                print("   ", line)
    if "real_texts" in sp:
        print(f"  {sp['texts_per_s_real_cold']:>9,} texts/s  {sp['real_texts']:,} GoEmotions texts, each once, cold start\n"
              f"  {sp['texts_per_s_real_warm']:>9,} texts/s  the same texts again, warm")
    return 0


if __name__ == "__main__":
    sys.exit(main())
