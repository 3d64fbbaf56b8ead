"""TF-IDF weighting and linear scoring with numpy (shared by the runtime and the training script)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


def tfidf(
    rows: IntArray, ids: IntArray, n: int, idf: FloatArray, n_words: int
) -> tuple[IntArray, IntArray, FloatArray]:
    """CSR parts (indptr, indices, data) of the sublinear-tf × idf rows of ``n`` texts, from every occurrence of a
    feature (``ids``) in a text (``rows``, in any order), each view L2-normalised on its own."""
    size = len(idf)
    keys, counts = np.unique(rows * size + ids, return_counts=True)
    rows = keys // size
    cols = keys - rows * size
    vals = ((1.0 + np.log(counts)) * idf[cols]).astype(np.float32)
    group = rows * 2 + (cols >= n_words)
    norms = np.sqrt(np.bincount(group, weights=vals * vals, minlength=2 * n)).astype(np.float32)
    vals /= norms[group]
    indptr = np.searchsorted(rows, np.arange(n + 1, dtype=np.int64))
    return indptr.astype(np.int64), cols, vals


def scores(
    indptr: IntArray,
    indices: IntArray,
    data: FloatArray,
    weights: npt.NDArray[np.generic],
    bias: FloatArray,
    scale: FloatArray | None = None,
) -> FloatArray:
    """Linear scores (n_texts × n_outputs): the sparse rows times ``weights`` (× ``scale`` per column) + ``bias``."""
    n = len(indptr) - 1
    out = np.zeros((n, weights.shape[1]), dtype=np.float32)
    if len(indices):
        contrib = weights[indices].astype(np.float32, copy=False)
        contrib *= data[:, None]
        nonempty = np.flatnonzero(indptr[1:] > indptr[:-1])
        out[nonempty] = np.add.reduceat(contrib, indptr[nonempty], axis=0)
    if scale is not None:
        out *= scale
    out += bias
    return out


def log_softmax(logits: FloatArray) -> FloatArray:
    top = logits.max(axis=1, keepdims=True)
    out: FloatArray = logits - (top + np.log(np.exp(logits - top).sum(axis=1, keepdims=True)))
    return out


def stack_inputs(raw: FloatArray, n_labels: int, n_groups: int) -> FloatArray:
    """The second stage's inputs: ``[one-vs-rest | Ekman heads | softmax log-probabilities]``."""
    head = n_labels + n_groups
    out: FloatArray = np.concatenate([raw[:, :head], log_softmax(raw[:, head:])], axis=1)
    return out


def combine(
    raw: FloatArray,
    n_labels: int,
    thresholds: FloatArray,
    groups: npt.NDArray[np.bool_],
    stack: FloatArray,
    stack_bias: FloatArray,
    alpha: float,
) -> FloatArray:
    """Calibrated margins (> 0: predicted) from the raw outputs ``[one-vs-rest | Ekman heads | softmax logits]``.

    A GoEmotions label's margin is a second-stage linear model (``stack``: inputs × labels) over every first-stage
    output — the 28 one-vs-rest scores, the 7 Ekman heads and the 28 softmax log-probabilities (the softmax makes
    the labels compete, which independent heads cannot) — minus its threshold.  An Ekman group's is its own head
    plus ``alpha`` × the best calibrated margin among its GoEmotions labels, minus its threshold.
    """
    n_groups = groups.shape[0]
    out = np.empty((raw.shape[0], n_labels + n_groups), dtype=np.float32)
    fine = out[:, :n_labels]
    fine[:] = stack_inputs(raw, n_labels, n_groups) @ stack
    fine += stack_bias
    fine -= thresholds[:n_labels]
    coarse = out[:, n_labels:]
    coarse[:] = raw[:, n_labels : n_labels + n_groups]
    if alpha:
        masked = np.where(groups[None, :, :], fine[:, None, :], np.float32(-np.inf))
        coarse += alpha * masked.max(axis=2)
    coarse -= thresholds[n_labels:]
    return out
