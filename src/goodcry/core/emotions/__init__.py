"""Naming feelings: suggestions of feeling words from what a person wrote, with the words that suggested them.

Two layers:

* a **model** trained on GoEmotions (``scripts/train_emotions.py``; 27 emotions + neutral, and Ekman's six +
  neutral): word and character n-grams, linear heads (int8 weights in ``model.npz``) and a small linear second
  stage over their outputs; numpy only;
* goodcry's **taxonomy** on top (``taxonomy.py``): GoEmotions labels mapped onto the journal's vocabulary, plus a
  phrase **lexicon** (``lexicon.py``) for what the dataset lacks (lonely, hurt, overwhelmed, helpless, hopeless,
  guilty, ashamed, moved …) that also vetoes feelings the writer negates ("I'm not lonely") or gives to someone
  else ("she felt hurt").

Importing this package is cheap: numpy and the artifact load on the first call that needs them (``load()`` warms
up explicitly).  Results are plain frozen dataclasses; rendering is the caller's business.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from goodcry.core.emotions import lexicon
from goodcry.core.emotions.taxonomy import EKMAN_TO_WORD, GOEMOTIONS_TO_WORD
from goodcry.core.errors import ValidationError
from goodcry.core.vocabulary import BUILTIN, Vocabulary, Word

if TYPE_CHECKING:
    from goodcry.core.emotions._engine import Model

__all__ = [
    "TAXONOMIES",
    "Label",
    "ModelInfo",
    "Suggestion",
    "Taxonomy",
    "info",
    "load",
    "predict",
    "suggest",
]

Taxonomy = Literal["goodcry", "goemotions", "ekman"]
TAXONOMIES: tuple[Taxonomy, ...] = ("goodcry", "goemotions", "ekman")
SUGGEST_AT = 0.5
"""Scores are calibrated so that 0.5 is the threshold tuned on GoEmotions dev for each label."""
SUPPRESS = 0.25
"""A model suggestion whose only evidence the writer negated or gave to someone else keeps this share of its score."""


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A feeling word suggested for a text: its family, a score in [0, 1] and the person's words behind it."""

    word: str
    family: str
    score: float
    evidence: tuple[str, ...]
    source: str
    """'model', 'lexicon' or 'model+lexicon'."""


@dataclass(frozen=True, slots=True)
class Label:
    """One predicted label of a taxonomy (``family`` only for goodcry's own)."""

    label: str
    score: float
    evidence: tuple[str, ...] = ()
    family: str | None = None


@dataclass(frozen=True, slots=True)
class ModelInfo:
    labels: tuple[str, ...]
    ekman: tuple[str, ...]
    features: int
    report: dict[str, object]


_model: Model | None = None
_lock = threading.Lock()


def _get() -> Model:
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                from goodcry.core.emotions._engine import Model

                _model = Model()
    return _model


def load() -> ModelInfo:
    """Load the model now (it otherwise loads on first use) and describe it."""
    return info()


def info() -> ModelInfo:
    m = _get()
    report = m.meta.get("report", {})
    return ModelInfo(m.labels, m.ekman, len(m.idf), dict(report) if isinstance(report, dict) else {})


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


def suggest(
    text: str, vocabulary: Vocabulary = BUILTIN, *, limit: int = 5, min_score: float = SUGGEST_AT
) -> list[Suggestion]:
    """Feeling words of ``vocabulary`` suggested for ``text``, strongest first."""
    return _goodcry([text], vocabulary, limit=limit, min_score=min_score, evidence=True)[0]


def predict(
    texts: Iterable[str],
    taxonomy: Taxonomy = "goodcry",
    *,
    min_score: float = SUGGEST_AT,
    evidence: bool = False,
    vocabulary: Vocabulary = BUILTIN,
) -> list[list[Label]]:
    """Labels of ``taxonomy`` for each text (batch; for evaluation and the JSON interface), strongest first —
    except that neutral, when an emotion passes too, comes after the emotions.

    For ``goemotions`` and ``ekman`` a label is predicted when its score reaches 0.5, the threshold tuned on
    GoEmotions dev; ``min_score`` can ask for more or fewer.  ``evidence`` adds the phrases behind each label
    (slower: per text).
    """
    items = list(texts)
    if taxonomy == "goodcry":
        return [
            [Label(s.word, s.score, s.evidence, s.family) for s in row]
            for row in _goodcry(items, vocabulary, limit=None, min_score=min_score, evidence=evidence)
        ]
    if taxonomy not in ("goemotions", "ekman"):
        raise ValidationError(f"unknown taxonomy {taxonomy!r}; choose one of: {', '.join(TAXONOMIES)}")
    m = _get()
    margins = m.margins(items)
    offset, names = (0, m.labels) if taxonomy == "goemotions" else (len(m.labels), m.ekman)
    out: list[list[Label]] = [[] for _ in items]
    block = margins[:, offset : offset + len(names)]
    cut = _logit(min_score)
    rows, cols = (block >= cut).nonzero()  # only the predicted cells leave numpy
    for i, j, z in zip(rows.tolist(), cols.tolist(), block[rows, cols].tolist(), strict=True):
        ev = _phrases(items[i], m.evidence(items[i], offset + j)) if evidence else ()
        out[i].append(Label(names[j], round(_sigmoid(z), 4), ev))
    for labels in out:
        if len(labels) > 1:  # strongest first, but an emotion before neutral: it says more about the text
            labels.sort(key=lambda lab: (lab.label == "neutral", -lab.score))
    return out


def _logit(p: float) -> float:
    if p <= 0.0:
        return -math.inf
    if p >= 1.0:
        return math.inf
    return math.log(p / (1.0 - p))


def _phrases(text: str, spans: Iterable[tuple[int, int]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(text[a:b] for a, b in spans if b > a))


def _overlaps(span: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in others)


def _goodcry(
    texts: Sequence[str], vocabulary: Vocabulary, *, limit: int | None, min_score: float, evidence: bool
) -> list[list[Suggestion]]:
    m = _get()
    margins = m.margins(texts)
    columns = [(j, vocabulary.get(GOEMOTIONS_TO_WORD[name])) for j, name in enumerate(m.labels)
               if name in GOEMOTIONS_TO_WORD]
    groups = [(len(m.labels) + g, vocabulary.get(EKMAN_TO_WORD[name][0]), EKMAN_TO_WORD[name][1])
              for g, name in enumerate(m.ekman) if name in EKMAN_TO_WORD]
    # only the cells that can reach min_score × SUPPRESS leave numpy (a hair below the cut: _sigmoid decides)
    cut = _logit(min_score * SUPPRESS) - 1e-6
    rows, cells = (margins[:, [j for j, _ in columns]] >= cut).nonzero()
    candidates: list[list[int]] = [[] for _ in texts]
    for i, c in zip(rows.tolist(), cells.tolist(), strict=True):
        candidates[i].append(c)
    out: list[list[Suggestion]] = []
    for i, row in enumerate(margins.tolist()):
        text = texts[i]
        hits = lexicon.find(text, vocabulary)
        vetoed = [(h.start, h.end) for h in hits if not h.affirmed]
        vetoed_words = {h.word for h in hits if not h.affirmed}
        found: _Found = {}
        for h in hits:
            if h.affirmed:
                old, old_spans, old_sources = found.get(h.word, (0.0, [], set()))
                found[h.word] = (max(old, h.score), [*old_spans, (h.start, h.end)], old_sources | {"lexicon"})
        context = _Context(m, text, row, min_score, evidence, vetoed, vetoed_words)
        for c in candidates[i]:
            _add_model(found, context, *columns[c])
        # An Ekman group whose own head passes where no word of its families did ("the landlord kept our whole
        # deposit"): its plain word.
        covered = {vocabulary.lookup(name).family for name, v in found.items() if v[0] >= min_score}
        for j, word, families in groups:
            if not families & covered and _sigmoid(row[j]) >= min_score:
                _add_model(found, context, j, word)
        # the person's own words come first: a feeling they name outranks what the model reads between the lines
        named = max((v[0] for v in found.values() if "lexicon" in v[2]), default=0.0)
        row_out = []
        for name, (best, where, sources) in found.items():
            if named and "lexicon" not in sources:
                best = min(best, max(named - 0.01, min_score))
            if best < min_score:
                continue
            w = vocabulary.lookup(name)
            ev = _phrases(text, _merge(sorted(where))) if evidence else ()
            source = "model+lexicon" if len(sources) == 2 else next(iter(sources))
            row_out.append(Suggestion(w.name, w.family, round(best, 4), ev, source))
        row_out.sort(key=lambda s: (-s.score, s.word))
        out.append(row_out[:limit] if limit is not None else row_out)
    return out


@dataclass(frozen=True, slots=True)
class _Context:
    """One text as ``_add_model`` reads it."""

    model: Model
    text: str
    margins: list[float]
    min_score: float
    evidence: bool
    vetoed: list[tuple[int, int]]
    """Spans of feeling phrases the writer negated or gave to someone else."""
    vetoed_words: set[str]


_Found = dict[str, tuple[float, list[tuple[int, int]], set[str]]]


def _add_model(found: _Found, ctx: _Context, j: int, word: Word | None) -> None:
    """The model's column ``j`` as a suggestion of ``word``, into ``found`` — weakened where the writer negated the
    word, or where all its evidence lies in a phrase they negated or gave to someone else."""
    if word is None:
        return
    score = _sigmoid(ctx.margins[j])
    if score < ctx.min_score * SUPPRESS:
        return
    spans: list[tuple[int, int]] = []
    if ctx.evidence or word.name in ctx.vetoed_words or ctx.vetoed:
        spans = ctx.model.evidence(ctx.text, j)
    negated_here = word.name in ctx.vetoed_words and word.name not in found
    if negated_here or (ctx.vetoed and spans and all(_overlaps(s, ctx.vetoed) for s in spans)):
        score *= SUPPRESS
    if score < ctx.min_score:
        return
    prev, prev_spans, prev_sources = found.get(word.name, (0.0, [], set()))
    found[word.name] = (max(prev, score), [*prev_spans, *spans], prev_sources | {"model"})


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping ones merged (evidence phrases never repeat a word)."""
    merged: list[tuple[int, int]] = []
    for a, b in spans:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged
