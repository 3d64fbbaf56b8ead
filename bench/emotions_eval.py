"""Evaluate goodcry's emotion engine on GoEmotions test, beside a plain-lexicon baseline, in one run.

    .venv/bin/python bench/emotions_eval.py [--data DIR] [--json OUT.json]

Prints, for the engine and the baseline: macro- and micro-F1 on the test split for the 28 labels and for the Ekman
grouping, per-label F1, texts/s on one core (batch, and one text at a time), ms for one text after load, cold load
time in a fresh process, peak memory of a ``python -c`` process doing one ``suggest``, and the artifact's size.
The data folder defaults to ``../shared/data/goemotions`` (or ``$GOODCRY_GOEMOTIONS``); without it the benchmark
says so and exits 0.  Speed is measured pinned to one core with numpy's thread pools set to one thread.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # before numpy is imported (by the engine, lazily)

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from goodcry.core.emotions.taxonomy import EKMAN_GROUPS  # noqa: E402

ARTIFACT = ROOT / "src" / "goodcry" / "core" / "emotions" / "model.npz"
SAMPLE = "my grandmother died last week and I miss her so much, I cried all the way home"

# --- the baseline: a plain keyword lexicon (one list of cue words per GoEmotions label) ------------------------

BASELINE_CUES: dict[str, tuple[str, ...]] = {
    "admiration": ("amazing", "awesome", "great", "beautiful", "impressive", "wonderful", "incredible", "best"),
    "amusement": ("lol", "lmao", "haha", "hahaha", "funny", "hilarious", "rofl"),
    "anger": ("angry", "furious", "rage", "hate", "pissed", "mad"),
    "annoyance": ("annoying", "annoyed", "irritating", "ugh", "frustrating", "frustrated"),
    "approval": ("agree", "yes", "right", "correct", "true", "exactly", "support"),
    "caring": ("care", "hope you", "take care", "hug", "hugs", "safe"),
    "confusion": ("confused", "confusing", "understand", "huh", "wondering"),
    "curiosity": ("curious", "wonder", "interesting", "why", "how"),
    "desire": ("want", "wish", "hope", "would love", "need"),
    "disappointment": ("disappointed", "disappointing", "unfortunately", "shame", "sucks"),
    "disapproval": ("disagree", "wrong", "not", "bad", "stupid"),
    "disgust": ("disgusting", "gross", "disgusted", "nasty", "vile", "eww"),
    "embarrassment": ("embarrassed", "embarrassing", "awkward", "ashamed", "cringe"),
    "excitement": ("excited", "exciting", "can't wait", "wow", "yay"),
    "fear": ("afraid", "scared", "fear", "terrified", "scary", "frightening"),
    "gratitude": ("thanks", "thank", "thank you", "grateful", "appreciate", "thankful"),
    "grief": ("died", "death", "grief", "mourning", "passed away", "rip"),
    "joy": ("happy", "glad", "joy", "enjoy", "delighted", "fun"),
    "love": ("love", "loved", "loving", "adore", "lovely"),
    "nervousness": ("nervous", "anxious", "anxiety", "worried", "worry"),
    "optimism": ("hope", "hopefully", "optimistic", "better", "good luck"),
    "pride": ("proud", "pride", "accomplished"),
    "realization": ("realize", "realized", "turns out", "noticed", "actually"),
    "relief": ("relieved", "relief", "phew", "finally"),
    "remorse": ("sorry", "regret", "apologize", "my fault", "guilty"),
    "sadness": ("sad", "unhappy", "depressed", "cry", "crying", "miss", "heartbroken"),
    "surprise": ("surprised", "shocked", "wow", "omg", "unexpected", "whoa"),
}
_BASE_TOKEN = re.compile(r"[a-z']+")


class Baseline:
    """Predicts each label whose cue word (or phrase) occurs in the text; neutral when none does."""

    def __init__(self) -> None:
        self.single: dict[str, list[str]] = {}
        self.phrases: list[tuple[str, str]] = []
        for label, cues in BASELINE_CUES.items():
            for cue in cues:
                if " " in cue:
                    self.phrases.append((cue, label))
                else:
                    self.single.setdefault(cue, []).append(label)

    def predict(self, text: str) -> set[str]:
        low = text.lower().replace("’", "'")
        found = {label for tok in _BASE_TOKEN.findall(low) for label in self.single.get(tok, ())}
        found.update(label for cue, label in self.phrases if cue in low)
        return found or {"neutral"}


# --- metrics ---------------------------------------------------------------------------------------------------


def load_split(path: Path) -> tuple[list[str], list[list[int]]]:
    texts, labels = [], []
    with path.open(encoding="utf-8") as f:
        for line in f:
            text, ids, _ = line.rstrip("\n").split("\t")
            texts.append(text)
            labels.append([int(x) for x in ids.split(",")])
    return texts, labels


def f1_table(gold: Sequence[set[str]], pred: Sequence[set[str]], names: Sequence[str]) -> dict[str, object]:
    per: dict[str, float] = {}
    tp_all = fp_all = fn_all = 0
    for name in names:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if name in g and name in p)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if name not in g and name in p)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if name in g and name not in p)
        per[name] = 2 * tp / max(1, 2 * tp + fp + fn)
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
    return {
        "macro_f1": round(statistics.fmean(per.values()), 4),
        "micro_f1": round(2 * tp_all / max(1, 2 * tp_all + fp_all + fn_all), 4),
        "per_label": {k: round(v, 4) for k, v in per.items()},
    }


def to_ekman(labels: set[str]) -> set[str]:
    return {group for group, members in EKMAN_GROUPS.items() if labels & set(members)}


def rate(fn: Callable[[], object], n: int, repeat: int = 3) -> float:
    """Best-of-``repeat`` items per second of ``fn`` handling ``n`` items."""
    best = min(_timed(fn) for _ in range(repeat))
    return n / best


def _timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def fresh_process(code: str, runs: int = 5) -> dict[str, float]:
    """Run ``code`` in fresh interpreters; it prints JSON; the median of each figure is kept."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    results: list[dict[str, float]] = []
    for _ in range(runs):
        t = time.perf_counter()
        out = subprocess.run(
            ["taskset", "-c", "0", sys.executable, "-c", code], check=True, env=env, capture_output=True, text=True
        ).stdout
        figures = json.loads(out.strip().splitlines()[-1])
        figures["process_s"] = time.perf_counter() - t
        results.append(figures)
    return {k: round(statistics.median(r[k] for r in results), 4) for k in results[0]}


ENGINE_LOAD = (
    "import time, json; t = time.perf_counter()\n"
    "import goodcry.core.emotions as e; e.load()\n"
    "print(json.dumps({'load_s': time.perf_counter() - t}))\n"
)
# VmHWM, not ru_maxrss: a forked child's ru_maxrss starts from its parent's peak, which is this benchmark's.
PEAK = "print(json.dumps({'peak_mb': int(open('/proc/self/status').read().split('VmHWM:')[1].split()[0]) / 1024}))\n"
ENGINE_MEMORY = (
    "import json; from goodcry.core.emotions import suggest\n"
    f"suggest({SAMPLE!r})\n" + PEAK
)
BASELINE_LOAD = (
    "import time, json, sys; t = time.perf_counter()\n"
    f"sys.path.insert(0, {str(ROOT / 'bench')!r}); import emotions_eval as b; b.Baseline()\n"
    "print(json.dumps({'load_s': time.perf_counter() - t}))\n"
)
BASELINE_MEMORY = (
    "import json, sys\n"
    f"sys.path.insert(0, {str(ROOT / 'bench')!r}); import emotions_eval as b; b.Baseline().predict({SAMPLE!r})\n"
    + PEAK
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="GoEmotions folder (default ../shared/data/goemotions or $GOODCRY_GOEMOTIONS)")
    ap.add_argument("--json", type=Path, help="also write the figures to this file")
    args = ap.parse_args(argv)
    data = Path(args.data or os.environ.get("GOODCRY_GOEMOTIONS") or ROOT.parent / "shared" / "data" / "goemotions")
    if not (data / "test.tsv").exists():
        print(f"skipped: no GoEmotions data in {data} (use --data DIR or GOODCRY_GOEMOTIONS)")
        return 0
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    from goodcry.core import emotions

    names = (data / "labels.txt").read_text(encoding="utf-8").split()
    ekman = (data / "ekman_labels.txt").read_text(encoding="utf-8").split()
    texts, ids = load_split(data / "test.tsv")
    _, ekman_ids = load_split(data / "ekman_test.tsv")
    gold = [{names[i] for i in row} for row in ids]
    gold_ekman = [{ekman[i] for i in row} for row in ekman_ids]

    emotions.load()
    model = emotions._get()
    engine_pred = [{lab.label for lab in row} for row in emotions.predict(texts, "goemotions")]
    engine_ekman = [{lab.label for lab in row} for row in emotions.predict(texts, "ekman")]
    baseline = Baseline()
    base_pred = [baseline.predict(t) for t in texts]
    base_ekman = [to_ekman(p) for p in base_pred]

    def batch() -> None:
        model.featurizer.clear_cache()
        emotions.predict(texts, "goemotions")

    def batch_goodcry() -> None:
        model.featurizer.clear_cache()
        emotions.predict(texts, "goodcry")

    singles = texts[:1000]

    def one_by_one() -> None:
        model.featurizer.clear_cache()
        for t in singles:
            emotions.predict([t], "goemotions")

    def suggest_each() -> None:
        model.featurizer.clear_cache()
        for t in singles:
            emotions.suggest(t)

    def base_batch() -> None:
        for t in texts:
            baseline.predict(t)

    n = len(texts)
    report: dict[str, dict[str, object]] = {
        "engine": {
            "goemotions_28": f1_table(gold, engine_pred, names),
            "ekman": f1_table(gold_ekman, engine_ekman, ekman),
            "batch_texts_per_s": round(rate(batch, n)),
            "batch_texts_per_s_goodcry_taxonomy": round(rate(batch_goodcry, n)),
            "single_texts_per_s": round(rate(one_by_one, len(singles))),
            "ms_per_text_single": round(1000 / rate(one_by_one, len(singles)), 3),
            "ms_per_suggest_with_evidence": round(1000 / rate(suggest_each, len(singles)), 3),
            **fresh_process(ENGINE_LOAD),
            **fresh_process(ENGINE_MEMORY, runs=3),
            "artifact_mb": round(ARTIFACT.stat().st_size / 1e6, 2),
        },
        "baseline": {
            "goemotions_28": f1_table(gold, base_pred, names),
            "ekman": f1_table(gold_ekman, base_ekman, ekman),
            "batch_texts_per_s": round(rate(base_batch, n)),
            "single_texts_per_s": round(rate(base_batch, n)),
            "ms_per_text_single": round(1000 / rate(base_batch, n), 3),
            **fresh_process(BASELINE_LOAD),
            **fresh_process(BASELINE_MEMORY, runs=3),
            "artifact_mb": 0.0,
        },
    }
    print_report(report, names, ekman, n)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


def print_report(report: dict[str, dict[str, object]], names: Sequence[str], ekman: Sequence[str], n: int) -> None:
    eng, base = report["engine"], report["baseline"]
    print(f"GoEmotions test split: {n:,} texts.  engine = goodcry model; baseline = plain keyword lexicon\n")
    rows = [
        ("28 labels macro-F1", lambda r: r["goemotions_28"]["macro_f1"]),
        ("28 labels micro-F1", lambda r: r["goemotions_28"]["micro_f1"]),
        ("Ekman macro-F1", lambda r: r["ekman"]["macro_f1"]),
        ("Ekman micro-F1", lambda r: r["ekman"]["micro_f1"]),
        ("texts/s, batch, one core", lambda r: r["batch_texts_per_s"]),
        ("texts/s, one text at a time", lambda r: r["single_texts_per_s"]),
        ("ms for one text after load", lambda r: r["ms_per_text_single"]),
        ("cold load s (fresh process)", lambda r: r["load_s"]),
        ("fresh process wall s", lambda r: r["process_s"]),
        ("peak memory MB (python -c)", lambda r: r["peak_mb"]),
        ("artifact MB", lambda r: r["artifact_mb"]),
    ]
    print(f"{'':32}{'engine':>12}{'baseline':>12}")
    for title, get in rows:
        print(f"{title:32}{get(eng)!s:>12}{get(base)!s:>12}")
    print(f"{'texts/s, batch, goodcry taxonomy':32}{eng['batch_texts_per_s_goodcry_taxonomy']!s:>12}")
    print(f"{'ms per suggest() with evidence':32}{eng['ms_per_suggest_with_evidence']!s:>12}")
    tables = (("per-label F1, 28 labels", "goemotions_28", names), ("per-label F1, Ekman", "ekman", ekman))
    for title, key, labels in tables:
        print(f"\n{title}:\n{'':16}{'engine':>10}{'baseline':>10}")
        for name in labels:
            print(f"{name:16}{eng[key]['per_label'][name]:>10.3f}{base[key]['per_label'][name]:>10.3f}")


if __name__ == "__main__":
    raise SystemExit(main())
