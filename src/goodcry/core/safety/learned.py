"""The learned second layer of the crisis screener: a small linear model over hashed n-grams, in pure Python.

The rules (``_rules.py``) find crisis language they were written for; people in crisis often say it some other
way ("sorted out who gets the cat", "ran out of room on my arms").  This layer is a logistic regression trained by
``scripts/train_safety.py`` on the project's labelled tables (never on the held-out one) and stored, quantised,
in ``learned_model.json`` next to this file.  :func:`screening.screen` asks it only when the rules found no crisis,
and takes its word only above a threshold chosen by cross-validation to keep false alarms on sad-but-safe text
low; the engine's context judging (negation, someone else, quotes, hypotheticals, the past) can still veto it.

Features (the training script uses these same functions, so training and screening agree exactly):

* words (``[a-z0-9']+`` of the lower-cased text) and pairs of neighbouring words in the same sentence;
* character 3- to 5-grams of each word padded with a space on either side (so "kms" and "unalive" count);

each hashed with ``zlib.crc32`` (deterministic, unlike ``hash()``) into ``2**bits`` buckets; a text is the set of
its buckets, scaled to unit length.  Scoring one text is a few hundred dictionary look-ups: well under a
millisecond, and nothing loads until the first text is scored.
"""

from __future__ import annotations

import base64
import functools
import json
import math
import re
import zlib
from array import array
from dataclasses import dataclass
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("learned_model.json")

_TOKEN = re.compile(r"[a-z0-9']+|[.!?\n]+")
_BREAK = frozenset(".!?\n")


def tokens(low: str) -> list[tuple[str, int, int]]:
    """The words of a lower-cased text with their spans; a sentence end is kept as the token ``"."``."""
    out = []
    for m in _TOKEN.finditer(low):
        word = m.group()
        if word[0] in _BREAK:
            out.append((".", m.start(), m.end()))
        else:
            word = word.strip("'")
            if word:
                out.append((word, m.start(), m.end()))
    return out


@functools.lru_cache(maxsize=1 << 16)
def _word_features(word: str, bits: int) -> tuple[int, ...]:
    """The buckets of one word: the word itself and its padded character 3-5-grams."""
    mask = (1 << bits) - 1
    crc = zlib.crc32
    out = [crc(b"w:" + word.encode()) & mask]
    padded = f" {word} ".encode()
    n = len(padded)
    for size in (3, 4, 5):
        for i in range(n - size + 1):
            out.append(crc(b"c:" + padded[i:i + size]) & mask)
    return tuple(out)


def features(low: str, bits: int) -> tuple[list[tuple[str, int, int]], list[tuple[int, int]]]:
    """The text's tokens, and (bucket, token index) for every feature; a word pair counts for its second word."""
    toks = tokens(low)
    mask = (1 << bits) - 1
    crc = zlib.crc32
    out: list[tuple[int, int]] = []
    prev = "."
    for k, (word, _, _) in enumerate(toks):
        if word == ".":
            prev = "."
            continue
        out.extend((b, k) for b in _word_features(word, bits))
        out.append((crc(f"b:{prev} {word}".encode()) & mask, k))
        prev = word
    if prev != ".":
        out.append((crc(f"b:{prev} .".encode()) & mask, len(toks) - 1))
    return toks, out


def buckets(low: str, bits: int) -> list[int]:
    """The distinct buckets of a lower-cased text, sorted (what the training script feeds the model)."""
    return sorted({b for b, _ in features(low, bits)[1]})


@dataclass(frozen=True)
class Model:
    bits: int
    threshold: float
    """Probability above which the layer calls a text a crisis (chosen by cross-validation)."""
    bias: float
    weights: array  # type: ignore[type-arg]
    scale: float
    categories: tuple[str, ...]
    cat_bias: tuple[float, ...]
    cat_weights: tuple[array, ...]  # type: ignore[type-arg]
    cat_scale: float
    meta: dict[str, object]


@dataclass(frozen=True)
class Verdict:
    probability: float
    category: str
    """The crisis category the model finds likeliest (its second head)."""
    spans: tuple[tuple[int, int], ...]
    """The phrases that raised the score most, as (start, end) offsets of the text, strongest first."""


def _decode(data: str) -> array:  # type: ignore[type-arg]
    values = array("h")
    values.frombytes(base64.b64decode(data))
    return values


@functools.cache
def model() -> Model | None:
    """The stored model, loaded on first use; None when the artifact is missing (the rules then stand alone)."""
    try:
        raw = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    crisis = raw["crisis"]
    cats = raw["category"]
    return Model(
        bits=raw["bits"],
        threshold=raw["threshold"],
        bias=crisis["bias"],
        weights=_decode(crisis["weights"]),
        scale=crisis["scale"],
        categories=tuple(cats["labels"]),
        cat_bias=tuple(cats["bias"]),
        cat_weights=tuple(_decode(w) for w in cats["weights"]),
        cat_scale=cats["scale"],
        meta=raw.get("meta", {}),
    )


def probability(low: str, m: Model) -> float:
    """The model's probability that a lower-cased text is crisis language (the fast path: no attribution)."""
    bits = m.bits
    mask = (1 << bits) - 1
    crc = zlib.crc32
    seen: set[int] = set()
    prev = "."
    for word, _, _ in tokens(low):
        if word == ".":
            prev = "."
            continue
        seen.update(_word_features(word, bits))
        seen.add(crc(f"b:{prev} {word}".encode()) & mask)
        prev = word
    if prev != ".":
        seen.add(crc(f"b:{prev} .".encode()) & mask)
    if not seen:
        return 1.0 / (1.0 + math.exp(-m.bias))
    z = m.bias + m.scale * sum(map(m.weights.__getitem__, seen)) / math.sqrt(len(seen))
    return 1.0 / (1.0 + math.exp(-z))


_MAX_SPAN = 6


def judge(low: str, m: Model) -> Verdict:
    """Score a lower-cased text: its probability, its likeliest crisis category and its strongest phrases."""
    toks, feats = features(low, m.bits)
    seen: dict[int, list[int]] = {}
    for b, k in feats:
        seen.setdefault(b, []).append(k)
    if not seen:
        return Verdict(1.0 / (1.0 + math.exp(-m.bias)), m.categories[0], ())
    norm = math.sqrt(len(seen))
    w = m.weights
    z = m.bias
    per_token = [0.0] * len(toks)
    for b, ks in seen.items():
        share = m.scale * w[b] / norm
        z += share
        share /= len(ks)
        for k in ks:
            per_token[k] += share
    p = 1.0 / (1.0 + math.exp(-z))
    cat_scores = [
        bias + m.cat_scale * sum(cw[b] for b in seen) / norm for bias, cw in zip(m.cat_bias, m.cat_weights, strict=True)
    ]
    category = m.categories[max(range(len(cat_scores)), key=cat_scores.__getitem__)]
    return Verdict(p, category, _spans(toks, per_token))


def _spans(toks: list[tuple[str, int, int]], per_token: list[float]) -> tuple[tuple[int, int], ...]:
    """The best-scoring runs of at most ``_MAX_SPAN`` words within a sentence (positive total), best first."""
    found: list[tuple[float, int, int]] = []
    n = len(toks)
    for i in range(n):
        if toks[i][0] == "." or per_token[i] <= 0:
            continue
        total = 0.0
        for j in range(i, min(n, i + _MAX_SPAN)):
            if toks[j][0] == ".":
                break
            total += per_token[j]
            if per_token[j] > 0:
                found.append((total, i, j))
    found.sort(key=lambda f: (-f[0], f[1], f[2]))
    out: list[tuple[int, int]] = []
    used: set[int] = set()
    for total, i, j in found:
        if total <= 0 or len(out) == 2:
            break
        if used.intersection(range(i, j + 1)):
            continue
        used.update(range(i, j + 1))
        out.append((toks[i][1], toks[j][2]))
    return tuple(out)
