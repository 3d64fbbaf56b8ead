"""Evaluate goodcry's emotion engine on first-person descriptions of emotional experiences (not Reddit comments).

    .venv/bin/python bench/emotions_firstperson.py [TABLE ...] [--holdout] [--errors] [--json] [--model NPZ]

GoEmotions is Reddit comments; goodcry's users write about their own lives ("When my brother read my diary aloud
at dinner and everyone laughed.").  The tables in ``tests/data/emotions_blind_*.tsv`` hold such texts, written
blind — by helpers who had read none of goodcry's code, data or notes — and labelled with Ekman's six emotions
(+ neutral), grouped as GoEmotions groups them (shame and guilt under sadness, nervousness under fear …).  Each row
has one or two labels, the first the main one.

For the engine (``predict(texts, "ekman")``) and the keyword baseline of ``emotions_eval.py`` it prints:

* Ekman macro- and micro-F1, multi-label, scored like GoEmotions (labels predicted at the tuned threshold);
* top-1 accuracy: the highest-scoring label is one of the row's labels (what a single-label study — ISEAR and its
  kin — would score), over all rows and over the rows whose main label is not neutral;
* per-label F1;
* what a person sees: goodcry's own suggestions (its taxonomy, model and lexicon) on the rows with an emotion — how
  many get one, whether the first one's family is right (families under Ekman groups: ``FAMILY_EKMAN``), and how
  many of all the suggestions are.

``--errors`` lists the rows the engine gets wrong (top-1).  It refuses a table named ``*holdout*``: the hold-out
is scored, never read, so that it keeps measuring what nobody tuned to.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Collection
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from emotions_eval import Baseline, f1_table, to_ekman  # noqa: E402
from goodcry.core.emotions.taxonomy import EKMAN_TO_WORD  # noqa: E402

TRAINING = Path(os.environ.get("GOODCRY_FP_TRAINING", ROOT / "data" / "emotions_firstperson.tsv"))
NEAR = 0.5
"""Cosine similarity (tf-idf over words) at which a table row counts as a near-duplicate of a training text."""
TABLES = sorted((ROOT / "tests" / "data").glob("emotions_blind_*.tsv"))
EKMAN = ("anger", "disgust", "fear", "joy", "neutral", "sadness", "surprise")


def load(path: Path, known: Collection[str] | None = EKMAN) -> list[tuple[list[str], str]]:
    """(labels, text) rows of a ``labels<TAB>text`` table (a blind table, or goodcry's own training texts with
    ``known=None``); the first label is the main one.  A label outside ``known`` stops the benchmark."""
    rows: list[tuple[list[str], str]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("labels\t"):
            continue
        labels, text = line.split("\t")
        names = labels.split(",")
        if known is not None and not set(names) <= set(known):
            raise SystemExit(f"{path}:{n}: unknown label in {labels!r}")
        rows.append((names, text))
    return rows


def engine_scores(texts: list[str], model: Path | None = None) -> list[dict[str, float]]:
    """Each text's Ekman margins (log-odds against the tuned threshold: a label is predicted at 0 and above) from
    the shipped engine, or from the artifact at ``model``."""
    from goodcry.core import emotions
    from goodcry.core.emotions._engine import Model

    m = emotions._get() if model is None else Model(model)
    margins = m.margins(texts)
    block = margins[:, len(m.labels): len(m.labels) + len(m.ekman)]
    return [dict(zip(m.ekman, row, strict=True)) for row in block.tolist()]


def nearest(texts: list[str], others: list[str]) -> list[float]:
    """For each of ``texts``, its highest cosine similarity (tf-idf over lower-cased words) to any of ``others``.

    The training texts goodcry wrote itself and the blind tables come from writers of the same kind, who reach for
    the same typical situations (a landlord keeping a deposit, a colleague taking credit): rows that nearly
    repeat a training text measure memory, not generalisation, so the figures are also given without them."""
    import math
    import re

    import numpy as np

    token = re.compile(r"[a-z']+")
    docs = [token.findall(t.lower()) for t in [*texts, *others]]
    df: dict[str, int] = {}
    for d in docs:
        for w in set(d):
            df[w] = df.get(w, 0) + 1
    vocab = {w: i for i, w in enumerate(sorted(df))}
    m = np.zeros((len(docs), len(vocab)), dtype=np.float32)
    for i, d in enumerate(docs):
        for w in d:
            m[i, vocab[w]] += 1.0
    idf = np.array([math.log(len(docs) / df[w]) + 1 for w in sorted(df)], dtype=np.float32)
    m = np.log1p(m) * idf
    m /= np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-9)
    if not others:
        return [0.0] * len(texts)
    sims = m[: len(texts)] @ m[len(texts):].T
    return [float(x) for x in sims.max(axis=1).tolist()]


FAMILY_EKMAN = {family: group for group, (_, families) in EKMAN_TO_WORD.items() for family in families}
"""goodcry's feeling families under the Ekman group the tables use — the taxonomy's own grouping (shame, hurt and
loneliness under sadness, as GoEmotions puts embarrassment, remorse and grief there)."""


def suggestions(rows: list[tuple[list[str], str]]) -> dict[str, float | int]:
    """What a person sees: goodcry's own suggestions (``predict(..., "goodcry")``, the model and the lexicon) on the
    rows that have an emotion — how many get one, whether the first one's family is right, and how many of all the
    suggestions are."""
    from goodcry.core.emotions import predict

    emotional = [(labels, text) for labels, text in rows if labels[0] != "neutral"]
    out = predict([text for _, text in emotional], "goodcry")
    pairs = list(zip(emotional, out, strict=True))
    top = sum(1 for (labels, _), found in pairs if found and FAMILY_EKMAN[found[0].family] in labels)
    right = sum(FAMILY_EKMAN[s.family] in labels for (labels, _), found in pairs for s in found)
    shown = sum(len(found) for found in out)
    return {"rows": len(emotional), "with_a_suggestion": round(sum(1 for f in out if f) / len(out), 4),
            "first_family_right": round(top / len(out), 4), "suggestions_right": round(right / max(1, shown), 4)}


def first(margins: dict[str, float]) -> str:
    """The label the engine puts first: as ``predict`` orders them, an emotion that passes its threshold before
    neutral; with none passing, the label nearest to passing."""
    passing = sorted((k for k, v in margins.items() if v >= 0), key=lambda k: (k == "neutral", -margins[k]))
    return passing[0] if passing else max(margins, key=margins.__getitem__)


def evaluate(rows: list[tuple[list[str], str]], predicted: list[set[str]],
             top: list[str]) -> dict[str, object]:
    gold = [set(labels) for labels, _ in rows]
    table = f1_table(gold, predicted, EKMAN)
    hits = [t in g for t, g in zip(top, gold, strict=True)]
    emotional = [h for h, (labels, _) in zip(hits, rows, strict=True) if labels[0] != "neutral"]
    return {
        "rows": len(rows),
        "ekman_macro_f1": table["macro_f1"],
        "ekman_micro_f1": table["micro_f1"],
        "top1_accuracy": round(sum(hits) / len(hits), 4),
        "top1_accuracy_emotional": round(sum(emotional) / max(1, len(emotional)), 4),
        "per_label_f1": table["per_label"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("tables", nargs="*", type=Path,
                    help="tables to score (default: every emotions_blind_*.tsv but the hold-out)")
    ap.add_argument("--holdout", action="store_true", help="score the hold-out table too (a look: note each one)")
    ap.add_argument("--errors", action="store_true", help="list the rows the engine gets wrong (not a hold-out)")
    ap.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    ap.add_argument("--model", type=Path, help="score this artifact instead of the shipped one")
    args = ap.parse_args(argv)
    tables = args.tables or [t for t in TABLES if args.holdout or "holdout" not in t.name]
    if args.errors and any("holdout" in t.name for t in tables):
        print("--errors does not read a hold-out table: name a tuning table", file=sys.stderr)
        return 2
    baseline = Baseline()
    report: dict[str, object] = {}
    for path in tables:
        rows = load(path)
        texts = [t for _, t in rows]
        scores = engine_scores(texts, args.model)
        predicted = [{k for k, v in s.items() if v >= 0} or {"neutral"} for s in scores]
        top = [first(s) for s in scores]
        base_pred = [to_ekman(baseline.predict(t)) or {"neutral"} for t in texts]
        base_top = [sorted(p)[0] if p != {"neutral"} else "neutral" for p in base_pred]
        figures: dict[str, object] = {"engine": evaluate(rows, predicted, top),
                                      "baseline": evaluate(rows, base_pred, base_top)}
        report[path.name] = figures
        if args.model is None:
            figures["goodcry_suggestions"] = suggestions(rows)
        if TRAINING.exists():
            near = nearest(texts, [t for _, t in load(TRAINING, known=None)])
            keep = [i for i, x in enumerate(near) if x < NEAR]
            figures["engine_without_near_duplicates"] = {
                **evaluate([rows[i] for i in keep], [predicted[i] for i in keep], [top[i] for i in keep]),
                "near_duplicates": len(rows) - len(keep),
            }
        if args.errors:
            for (labels, text), t, p in zip(rows, top, predicted, strict=True):
                if t not in labels:
                    print(f"{','.join(labels):16} top {t:9} set {','.join(sorted(p)):24} {text}")
    if args.json:
        print(json.dumps(report, indent=1))
        return 0
    for name, parts in report.items():
        print(f"== {name}")
        for who, r in parts.items():  # type: ignore[attr-defined]
            if who == "goodcry_suggestions":
                print(f"  goodcry's suggestions (rows with an emotion: {r['rows']}): a suggestion on "
                      f"{r['with_a_suggestion']:.2f}, the first one's family right on {r['first_family_right']:.2f}, "
                      f"suggestions right {r['suggestions_right']:.2f}")
                continue
            print(f"  {who}:\n    rows {r['rows']}  Ekman macro-F1 {r['ekman_macro_f1']:.3f}  micro-F1 "
                  f"{r['ekman_micro_f1']:.3f}  top-1 {r['top1_accuracy']:.3f} (emotional rows "
                  f"{r['top1_accuracy_emotional']:.3f})")
            print("    " + "  ".join(f"{k} {v:.2f}" for k, v in r["per_label_f1"].items()))
            if "near_duplicates" in r:
                print(f"    ({r['near_duplicates']} rows left out: cosine >= {NEAR} to a training text)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
