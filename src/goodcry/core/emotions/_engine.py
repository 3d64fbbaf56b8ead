"""The trained model: loads the artifact with numpy and scores texts; imported only on first use."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from goodcry.core.emotions._features import CHAR_MAX, CHAR_MIN, Featurizer, normalise, padded
from goodcry.core.emotions._linear import FloatArray, combine, scores, tfidf

ARTIFACT = Path(__file__).with_name("model.npz")
LONG_TEXT = 160
"""Texts longer than this (characters) are also scored sentence by sentence, keeping each label's best score:
the model learnt from short comments, and a long journal entry would otherwise dilute every feeling in it."""
BATCH = 128

_SENTENCE_RE = re.compile(r"[^.!?\n]*[^.!?\n\s][^.!?\n]*[.!?]*")
_CHUNK_RE = re.compile(r"\S+")
_TRIM = "\"'`.,;:!?()[]{}<>*_-–—…/\\|~"
_STOP = frozenset(
    str.split(
        "a an the and or but if of to in on at for with by from as is am are was were be been being it its this that "
        "these those i me my we us our you your he him his she her they them their there here what which who whom "
        "do does did have has had will would can could should just so very really too also then than not no "
        "feel feels felt feeling because"
    )
)


class Model:
    """GoEmotions heads (28 labels + 7 Ekman groups) over word and character n-grams."""

    def __init__(self, path: Path = ARTIFACT) -> None:
        with np.load(path, allow_pickle=False) as z:
            words = bytes(z["words"]).decode("utf-8").split("\n")
            chars = bytes(z["chars"]).decode("utf-8")  # newline-separated: the featurizer hashes them as they are
            self.idf: FloatArray = z["idf"]
            self.weights: npt.NDArray[np.int8] = z["weights"]
            self.scale: FloatArray = z["scale"]
            self.bias: FloatArray = z["bias"]
            self.thresholds: FloatArray = z["thresholds"]
            self.groups: npt.NDArray[np.bool_] = z["groups"]
            self.stack: FloatArray = z["stack"]
            self.stack_bias: FloatArray = z["stack_bias"]
            self.meta: dict[str, Any] = json.loads(bytes(z["meta"]).decode("utf-8"))
        self.labels: tuple[str, ...] = tuple(self.meta["labels"])
        self.ekman: tuple[str, ...] = tuple(self.meta["ekman"])
        self.n_words = len(words)
        self.featurizer = Featurizer(words, chars)
        if tuple(self.meta["char_ngrams"]) != (CHAR_MIN, CHAR_MAX):
            raise ValueError(f"{path} was trained on character {self.meta['char_ngrams']}-grams; this code makes others")
        self.alpha = float(self.meta["alpha"])

    def _margins(self, texts: Sequence[str]) -> FloatArray:
        out = np.empty((len(texts), len(self.thresholds)), dtype=np.float32)
        for start in range(0, len(texts), BATCH):
            part = texts[start : start + BATCH]
            rows, ids = self.featurizer.pairs(part)
            indptr, indices, data = tfidf(rows, ids, len(part), self.idf, self.n_words)
            raw = scores(indptr, indices, data, self.weights, self.bias, self.scale)
            out[start : start + len(part)] = combine(
                raw, len(self.labels), self.thresholds, self.groups, self.stack, self.stack_bias, self.alpha
            )
        return out

    def margins(self, texts: Sequence[str]) -> FloatArray:
        """Margins (n × 35: 28 GoEmotions labels, then 7 Ekman groups); > 0 means the label is predicted."""
        if all(len(t) <= LONG_TEXT for t in texts):
            return self._margins(texts)
        units: list[str] = []
        owner: list[int] = []
        for i, text in enumerate(texts):
            units.append(text)
            owner.append(i)
            if len(text) > LONG_TEXT:
                for sentence in _SENTENCE_RE.findall(text):
                    units.append(sentence)
                    owner.append(i)
        m = self._margins(units)
        starts = np.searchsorted(np.asarray(owner), np.arange(len(texts)))
        result: FloatArray = np.maximum.reduceat(m, starts, axis=0)
        return result

    def evidence(self, text: str, column: int, limit: int = 3) -> list[tuple[int, int]]:
        """Spans (start, end) of ``text`` whose features pushed ``column`` up most, merged into phrases."""
        spans, contrib = self._explain(text)
        if not spans:
            return []
        column_contrib = contrib[:, column].tolist()
        ranked = []
        fallback = []
        for k, total in enumerate(column_contrib):
            if total <= 0:
                continue
            word = spans[k][2].strip(_TRIM)
            if word and word not in _STOP and any(ch.isalnum() for ch in word):
                ranked.append((total, k))
            elif not word:
                fallback.append((total, k))  # "!!!", an emoji: evidence only when nothing else is
        if not ranked:
            fallback.sort(reverse=True)
            return [(spans[k][0], spans[k][1]) for _, k in fallback[:1]]
        ranked.sort(reverse=True)
        top = ranked[0][0]
        chosen = sorted(k for c, k in ranked[:limit] if c >= 0.3 * top)
        phrases: list[tuple[int, int]] = []
        for k in chosen:
            start, end, _ = spans[k]
            raw = text[start:end]
            lead = len(raw) - len(raw.lstrip(_TRIM))
            trail = len(raw) - len(raw.rstrip(_TRIM))
            start, end = start + lead, end - trail
            if phrases and k - 1 in chosen and _adjacent(text, phrases[-1][1], start):
                phrases[-1] = (phrases[-1][0], end)
            else:
                phrases.append((start, end))
        return phrases

    @lru_cache(maxsize=8)  # noqa: B019 -- one model per process; suggest() asks for several columns of one text
    def _explain(self, text: str) -> tuple[list[tuple[int, int, str]], FloatArray]:
        """The text's chunks and each chunk's contribution to every output (chunks × outputs)."""
        spans = [(m.start(), m.end(), normalise(m.group())) for m in _CHUNK_RE.finditer(text)]
        per_chunk: list[list[int]] = []
        fz = self.featurizer
        last: str | None = None
        for _, _, chunk in spans:
            ids, first, final = fz._chunk(chunk)
            ids = list(ids)
            if first is not None and last is not None:
                i = fz.words.get(f"{last} {first}")
                if i is not None:  # a bigram across two chunks: half to each
                    ids.append(i)
                    per_chunk[-1].append(i)
            if final is not None:
                last = final
            per_chunk.append(ids)
        char_owner, char_ids = fz.char_ids([padded([chunk]) for _, _, chunk in spans])
        for k, i in zip(char_owner.tolist(), char_ids.tolist(), strict=True):
            per_chunk[k].append(i)
        n_out = len(self.thresholds)
        all_ids = [i for ids in per_chunk for i in ids]
        if not all_ids:
            return spans, np.zeros((len(spans), n_out), dtype=np.float32)
        occ = np.asarray(all_ids, dtype=np.int64)
        _, indices, data = tfidf(np.zeros(len(occ), dtype=np.int64), occ, 1, self.idf, self.n_words)
        value = dict(zip(indices.tolist(), data.tolist(), strict=True))
        counts: dict[int, int] = {}
        for i in all_ids:
            counts[i] = counts.get(i, 0) + 1
        share = np.asarray([value[i] / counts[i] for i in all_ids], dtype=np.float32)
        owner = np.repeat(np.arange(len(per_chunk)), [len(ids) for ids in per_chunk])
        w = self.weights[occ].astype(np.float32) * self.scale
        n = len(self.labels)
        out_w = w[:, :n_out].copy()
        out_w[:, :n] = w @ self.stack  # the second stage is linear in the first's logits (log-softmax's shift aside)
        contrib = np.zeros((len(spans), n_out), dtype=np.float32)
        np.add.at(contrib, owner, out_w * share[:, None])
        return spans, contrib


def _adjacent(text: str, end: int, start: int) -> bool:
    return text[end:start].strip() == ""
