"""The learned second layer of the crisis screener: a small linear model over hashed n-grams, in pure Python.

The rules (``_rules.py``) find crisis language they were written for; people in crisis often say it some other
way ("sorted out who gets the cat", "ran out of room on my arms").  This layer is a logistic regression trained by
``scripts/train_safety.py`` on the project's labelled tables (never on the held-out one) and stored, quantised,
in ``learned_model.bin`` next to this file.  :func:`screening.screen` asks it only when the rules found no crisis,
and takes its word only above a threshold chosen by cross-validation to keep false alarms on sad-but-safe text
low; the engine's context judging (negation, someone else, quotes, hypotheticals, the past) can still veto it.

Features (the training script uses these same functions, so training and screening agree exactly):

* each word (``tokens()``: the lower-cased text split at spaces and punctuation, sentence ends kept as ".") and
  the character 3- to 5-grams of the word padded with a space on either side (so "kms" and "unalive" count),
  hashed with ``zlib.crc32`` (deterministic, unlike ``hash()``) into ``2**bits`` buckets;
* each pair of neighbouring tokens that is in the model's pair vocabulary (pairs seen in at least two training
  rows, stored with the model; "die ." says a sentence ends there);

counted, and scaled by one over the square root of the number of features (every pair counts, known or not).
The whole text is scored at once.  (Scoring every run of one to three sentences of a long entry and taking the
likeliest was tried: on real comments joined into 600-character texts it called one in five a crisis, against
about one in a hundred for whole texts — short stretches give extreme scores, and many of them give many
chances.  The rules, which read each phrase in its sentence, are what finds one crisis sentence in a long entry.)

Speed: a word's share of the score is the same wherever it appears, so it is computed once per word and kept;
scoring a text is then a few C-level passes (split it, add up its words' shares and its pairs'), tens of
microseconds for a journal entry.  Deciding whether a text passes the threshold usually needs only the first:
each word's share also carries the largest weight of a pair it can start, so the words' sum bounds the score from
above, and a text whose bound is below the threshold (almost every everyday text) is settled without its pairs.
Nothing loads until the first text is scored.
"""

from __future__ import annotations

import functools
import math
import re
import sys
import zlib
from array import array
from collections.abc import Sequence
from itertools import pairwise, repeat
from pathlib import Path
from typing import Any, NamedTuple, overload

MODEL_PATH = Path(__file__).with_name("learned_model.bin")
_MAGIC = b"goodcry-safety-1\n"
"""The artifact: this, a 4-byte little-endian length, a UTF-8 header of that length (one ``name value`` line per
field: numbers, labels, the word pairs, each weight vector as ``offset:length`` into what follows, and the
provenance as JSON, parsed only when asked for), then the weight vectors as little-endian int16.  Loading it is
one read and a few splits — no JSON parser, no base64: the screener loads it in every process that saves an
entry."""

# Sentence ends become ".", other punctuation a space, one character for one (so offsets stay put).
_TOKENS = str.maketrans(
    {c: "." for c in "!?\n\u2026"}
    | {c: " " for c in '"#$%&()*+,-/:;<=>@[\\]^_`{|}~\u2014\u2013\u00b7' + "".join(map(chr, range(32)))}
)
_TOKEN = re.compile(r"[^\s.]+|\.")
END = "."
"""The token a sentence end becomes."""
_TOKENS_BYTES = bytes(_TOKENS.get(i, chr(i)).encode("ascii")[0] if i < 128 else i for i in range(256))
"""``_TOKENS`` for the ASCII characters, as a byte table: UTF-8 never uses an ASCII byte inside a longer
character, so translating a text's UTF-8 bytes changes exactly its ASCII characters, at C speed."""
_TOKENS_OTHER = tuple((chr(k), v) for k, v in _TOKENS.items() if k >= 128)


def tokens(low: str) -> list[str]:
    """The tokens of a lower-cased text: its words (apostrophes kept: "can't") and ``END`` for each sentence end.

    The same as ``low.translate(_TOKENS)`` split, but faster: ``bytes.translate`` is a plain table lookup, where
    ``str.translate`` consults its mapping (character by character as soon as one emoji or typographic quote is
    present)."""
    out = low.encode("utf-8", "surrogatepass").translate(_TOKENS_BYTES).decode("utf-8", "surrogatepass")
    if not out.isascii():
        for old, new in _TOKENS_OTHER:
            if old in out:
                out = out.replace(old, new)
    return out.replace(".", " . ").split()


def token_spans(low: str) -> list[tuple[str, int, int]]:
    """:func:`tokens` with the offsets of each in ``low``."""
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(low.translate(_TOKENS))]


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


def counts(low: str, bits: int, pair_index: dict[tuple[str, str], int]) -> tuple[dict[int, int], int]:
    """A text's features for training: (column -> count, number of features).  Columns below ``2**bits`` are
    hashed word and character n-gram buckets; a pair of neighbouring tokens in the model's vocabulary has column
    ``2**bits + pair_index[pair]``.  Every pair counts in the number of features, known or not."""
    toks = tokens(low)
    out: dict[int, int] = {}
    n = 0
    for t in toks:
        if t == END:
            continue
        for b in _word_features(t, bits):
            out[b] = out.get(b, 0) + 1
            n += 1
    base = 1 << bits
    for pair in pairwise(toks):
        n += 1
        k = pair_index.get(pair)
        if k is not None:
            out[base + k] = out.get(base + k, 0) + 1
    return out, n


class Model:
    """The stored model (compared and hashed by identity: one scorer per loaded model).  A plain class with
    slots rather than a dataclass: it is defined in every process that saves an entry, and generating a
    dataclass's methods costs more than the whole of scoring a text."""

    __slots__ = ("_meta", "bias", "bits", "cat_bias", "cat_scale", "cat_weights", "categories", "pair_index",
                 "scale", "threshold", "weights")

    def __init__(self, bits: int, threshold: float, bias: float, weights: array,  # type: ignore[type-arg]
                 scale: float, categories: tuple[str, ...], cat_bias: tuple[float, ...],
                 cat_weights: Sequence[array], cat_scale: float,  # type: ignore[type-arg]
                 pair_index: dict[tuple[str, str], int], meta: dict[str, object] | str) -> None:
        self.bits = bits
        self.threshold = threshold
        """Probability above which the layer calls a text a crisis (chosen by cross-validation)."""
        self.bias = bias
        self.weights = weights
        """Quantised crisis weights: ``2**bits`` buckets, then one per token pair of ``pair_index``."""
        self.scale = scale
        self.categories = categories
        self.cat_bias = cat_bias
        self.cat_weights = cat_weights
        """The category head's weights, one array per category (decoded when first needed)."""
        self.cat_scale = cat_scale
        self.pair_index = pair_index
        self._meta = meta

    def replace(self, **changes: Any) -> Model:
        """A copy with some fields changed (e.g. another ``threshold``), as ``dataclasses.replace`` would give."""
        fields = {name: getattr(self, name) for name in self.__slots__ if name != "_meta"}
        return Model(**{**fields, "meta": self._meta, **changes})

    @property
    def meta(self) -> dict[str, object]:
        """Where the model came from (training files, rows, cross-validated figures); parsed when asked for."""
        if isinstance(self._meta, str):
            import json

            self._meta = json.loads(self._meta)
        assert isinstance(self._meta, dict)
        return self._meta


class Verdict(NamedTuple):
    probability: float
    category: str
    """The crisis category the model finds likeliest (its second head)."""
    spans: tuple[tuple[int, int], ...]
    """The phrases that raised the score most, as (start, end) offsets of the text, strongest first."""


def _decode(data: bytes | memoryview) -> array:  # type: ignore[type-arg]
    values = array("h")
    values.frombytes(data)
    if sys.byteorder == "big":
        values.byteswap()
    return values


def write(artifact: dict[str, Any], path: Path | None = None) -> Path:
    """Write a model (``bits``, ``threshold``, ``pairs``, ``crisis``, ``category``, ``meta``; weight vectors as
    little-endian int16 bytes) as the artifact :func:`model` reads.  Used by ``scripts/train_safety.py``."""
    import json

    blob = bytearray()

    def place(data: bytes) -> str:
        blob.extend(data)
        return f"{len(blob) - len(data)}:{len(data)}"

    crisis, cats = artifact["crisis"], artifact["category"]
    fields = {
        "bits": str(artifact["bits"]),
        "threshold": repr(float(artifact["threshold"])),
        "crisis.bias": repr(float(crisis["bias"])),
        "crisis.scale": repr(float(crisis["scale"])),
        "crisis.weights": place(crisis["weights"]),
        "category.labels": " ".join(cats["labels"]),
        "category.bias": " ".join(repr(float(b)) for b in cats["bias"]),
        "category.scale": repr(float(cats["scale"])),
        "category.weights": " ".join(place(w) for w in cats["weights"]),
        "meta": json.dumps(artifact.get("meta", {}), sort_keys=True, ensure_ascii=True),
        "pairs": "\t".join(artifact["pairs"]),
    }
    if any("\n" in v for v in fields.values()) or any(" " not in p or "\t" in p for p in artifact["pairs"]):
        raise ValueError("a field of the model would break its header")
    head = "\n".join(f"{k} {v}" for k, v in fields.items()).encode("utf-8")
    path = MODEL_PATH if path is None else path
    path.write_bytes(_MAGIC + len(head).to_bytes(4, "little") + head + bytes(blob))
    return path


class _Heads(Sequence[array]):  # type: ignore[type-arg]
    """The category head's weight vectors, decoded on first use: only a text the layer flags needs its category."""

    def __init__(self, parts: list[memoryview]) -> None:
        self._parts = parts

    @functools.cached_property
    def _decoded(self) -> tuple[array, ...]:  # type: ignore[type-arg]
        return tuple(_decode(w) for w in self._parts)

    def __len__(self) -> int:
        return len(self._parts)

    @overload
    def __getitem__(self, i: int) -> array: ...  # type: ignore[type-arg]
    @overload
    def __getitem__(self, i: slice) -> Sequence[array]: ...  # type: ignore[type-arg]
    def __getitem__(self, i: int | slice) -> array | Sequence[array]:  # type: ignore[type-arg]
        return self._decoded[i]


@functools.cache
def model() -> Model | None:
    """The stored model, loaded on first use; None when the artifact is missing (the rules then stand alone)."""
    try:
        return read(MODEL_PATH)
    except FileNotFoundError:
        return None


def read(path: Path) -> Model:
    """The model stored at ``path`` by :func:`write`."""
    data = path.read_bytes()
    if not data.startswith(_MAGIC):
        raise ValueError(f"{path} is not a goodcry safety model")
    start = len(_MAGIC) + 4
    size = int.from_bytes(data[len(_MAGIC):start], "little")
    head = dict(line.split(" ", 1) for line in data[start:start + size].decode("utf-8").split("\n"))
    blob = memoryview(data)[start + size:]

    def part(where: str) -> memoryview:
        offset, length = map(int, where.split(":"))
        return blob[offset:offset + length]

    return Model(
        bits=int(head["bits"]),
        threshold=float(head["threshold"]),
        bias=float(head["crisis.bias"]),
        weights=_decode(part(head["crisis.weights"])),
        scale=float(head["crisis.scale"]),
        categories=tuple(head["category.labels"].split(" ")),
        cat_bias=tuple(map(float, head["category.bias"].split(" "))),
        cat_weights=_Heads([part(w) for w in head["category.weights"].split(" ")]),
        cat_scale=float(head["category.scale"]),
        pair_index={(a, b): i for i, (a, b) in enumerate(p.split(" ") for p in head["pairs"].split("\t"))},
        meta=head["meta"],
    )


_KEEP_WORDS = 200_000
"""Words whose shares are kept (a few tens of megabytes at most)."""


class _Scorer:
    """The crisis head's sums, kept per word: scoring a text is then a few C-level passes over its tokens."""

    def __init__(self, m: Model) -> None:
        self.m = m
        base = 1 << m.bits
        self.pair_sum = {p: m.weights[base + k] for p, k in m.pair_index.items()}
        best: dict[str, int] = {}
        for (a, _), w in self.pair_sum.items():
            if w > best.get(a, 0):
                best[a] = w
        self.best_pair = best
        """For each word that starts a pair of positive weight, the largest such weight: a bound on what the
        pair that word starts can add."""
        self.word: dict[str, int] = {END: self._pack(0, best.get(END, 0), 0)}
        """Each word's share, packed as ``sum of its weights << _SUM | best pair after it << _BOUND | number of
        its features``: one C-level sum over a text's tokens adds up all three (the two lower fields are never
        negative and never overflow into the next)."""
        self.z_threshold = math.log(m.threshold / (1.0 - m.threshold)) if 0.0 < m.threshold < 1.0 else None

    @staticmethod
    def _pack(total: int, bound: int, count: int) -> int:
        return (total << _SUM) | (bound << _BOUND) | count

    def learn(self, toks: list[str]) -> None:
        """Work out the shares of the words of ``toks`` not seen before."""
        new = set(toks).difference(self.word)
        if len(self.word) + len(new) > _KEEP_WORDS:  # a long batch of odd words: start again
            self.word = {END: self._pack(0, self.best_pair.get(END, 0), 0)}
            new = set(toks).difference(self.word)
        w = self.m.weights
        best = self.best_pair
        for word in new:
            buckets = _word_features(word, self.m.bits)
            self.word[word] = self._pack(sum(map(w.__getitem__, buckets)), best.get(word, 0), len(buckets))

    def _packed(self, toks: list[str]) -> int:
        try:
            return sum(map(self.word.__getitem__, toks))
        except KeyError:  # a word not seen before
            self.learn(toks)
            return sum(map(self.word.__getitem__, toks))

    def _z(self, words: int, pairs: int, features: int) -> float:
        return float(self.m.bias + self.m.scale * (words + pairs) / math.sqrt(max(features, 1)))

    def z(self, toks: list[str]) -> float:
        """The crisis head's score (log-odds) of a text's tokens."""
        packed = self._packed(toks)
        pairs = sum(map(self.pair_sum.get, pairwise(toks), repeat(0)))
        return self._z(packed >> _SUM, pairs, (packed & _MASK) + len(toks) - 1)

    def passes(self, toks: list[str]) -> bool:
        """Whether the text's probability reaches the model's threshold: ``z(toks) >= logit(threshold)``, the
        same decision, but most texts are settled without looking at their word pairs — their score with every
        pair at its largest possible weight is already below the threshold."""
        packed = self._packed(toks)
        words, bound, features = packed >> _SUM, (packed >> _BOUND) & _MASK, (packed & _MASK) + len(toks) - 1
        if self.z_threshold is not None and self._z(words, bound, features) < self.z_threshold - 1e-9:
            return False
        pairs = sum(map(self.pair_sum.get, pairwise(toks), repeat(0)))
        return _sigmoid(self._z(words, pairs, features)) >= self.m.threshold


_BOUND = 40
_SUM = 2 * _BOUND
_MASK = (1 << _BOUND) - 1


@functools.cache
def _scorer(m: Model) -> _Scorer:
    return _Scorer(m)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -700 else 0.0


def probability(low: str, m: Model) -> float:
    """The model's probability that a lower-cased text is crisis language (the fast path: no attribution)."""
    return probability_of(tokens(low), m)


def probability_of(toks: list[str], m: Model) -> float:
    """:func:`probability` of a text already split by :func:`tokens`."""
    return _sigmoid(_scorer(m).z(toks) if toks else m.bias)


def flags(toks: list[str], m: Model) -> bool:
    """Whether the model calls a text already split by :func:`tokens` a crisis: ``probability_of(toks, m) >=
    m.threshold``, decided faster (see :meth:`_Scorer.passes`)."""
    if not toks:
        return _sigmoid(m.bias) >= m.threshold
    return _scorer(m).passes(toks)


_MAX_SPAN = 6


def judge(low: str, m: Model) -> Verdict:
    """Score a lower-cased text: its probability, its likeliest crisis category and its strongest phrases."""
    spans = token_spans(low)
    toks = [t for t, _, _ in spans]
    if not toks:
        return Verdict(_sigmoid(m.bias), m.categories[0], ())
    z = _scorer(m).z(toks)
    base = 1 << m.bits
    n = sum(len(_word_features(t, m.bits)) for t in toks if t != END) + len(toks) - 1
    norm = math.sqrt(max(n, 1))
    per_token = []
    cat_totals = [0] * len(m.categories)
    for i, t in enumerate(toks):
        cols = list(_word_features(t, m.bits)) if t != END else []
        k = m.pair_index.get((toks[i - 1], t)) if i else None
        if k is not None:
            cols.append(base + k)
        per_token.append(m.scale * sum(m.weights[c] for c in cols) / norm)
        for j, cw in enumerate(m.cat_weights):
            cat_totals[j] += sum(cw[c] for c in cols)
    cat_scores = [bias + m.cat_scale * t / norm for bias, t in zip(m.cat_bias, cat_totals, strict=True)]
    category = m.categories[max(range(len(cat_scores)), key=cat_scores.__getitem__)]
    return Verdict(_sigmoid(z), category, _spans(spans, per_token))


def _spans(toks: list[tuple[str, int, int]], per_token: list[float]) -> tuple[tuple[int, int], ...]:
    """The best-scoring runs of at most ``_MAX_SPAN`` words within a sentence (positive total), best first."""
    found: list[tuple[float, int, int]] = []
    n = len(toks)
    for i in range(n):
        if toks[i][0] == END or per_token[i] <= 0:
            continue
        total = 0.0
        for j in range(i, min(n, i + _MAX_SPAN)):
            if toks[j][0] == END:
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
