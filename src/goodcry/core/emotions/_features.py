"""Text → sparse features, with the standard library and numpy (shared by the runtime and the training script).

Two views of a text, each weighted with sublinear tf × idf and L2-normalised on its own (as a union of two
TF-IDF vectorisers would be):

* **words**: lower-cased word tokens (apostrophes kept: "don't", "i'm"), "!" and "?", and symbols such as emoji;
  unigrams and bigrams;
* **characters**: 3- to 5-character n-grams inside each whitespace-separated chunk padded with spaces (scikit-learn's
  ``char_wb``), which catches misspellings, word stems and emoticons.  (2-grams were dropped: many lookups for
  no gain on dev; 5-grams came back with the NB-weighted heads, which use them a little better: see
  ``scripts/train_emotions.py``.)

Word grams are looked up in a dict, with each chunk's ids cached (words repeat a lot).  Char n-grams, about ten for
each word, are not looked up one by one in Python: a batch's chunks are joined into one string, every 3- to
5-gram is hashed at once with numpy (a 64-bit polynomial hash of its code points, never across the double space
that separates chunks) and looked up in a numpy hash table of the vocabulary's hashes.  Measured side by side on
GoEmotions test (one core, machine shared), with the char 3–4-grams of then: extraction went from about 30 to 24
µs a text and ``predict`` from ~14,000 to ~21,000 texts/s (with ``_engine.BATCH`` 128 instead of 32: fewer numpy
calls per text), with identical features, margins and evidence; the hashes are made at load, in a few ms, instead
of a dict of the char n-grams.  The 5-grams added since cost most of that again (about a third more n-grams).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import chain, pairwise
from operator import is_not
from typing import cast

import numpy as np
import numpy.typing as npt

IntArray = npt.NDArray[np.int64]

CHAR_MIN = 3
CHAR_MAX = 5
MAX_CHUNK = 24  # characters of a chunk used for char n-grams (long URLs add nothing but noise)

_TOKEN_RE = re.compile(r"\w+(?:'\w+)*|[!?]|[^\w\s\"'`().,;:*\-–—/\\<>\[\]{}|~_=+^&%$#@]")


def normalise(text: str) -> str:
    """Lower case with typographic quotes straightened (chained replace: ten times faster than translate)."""
    return text.lower().replace("’", "'").replace("‘", "'").replace("ʼ", "'").replace("“", '"').replace("”", '"')


def chunk_tokens(chunk: str) -> list[str]:
    """The word tokens of one whitespace-separated chunk of normalised text."""
    return _TOKEN_RE.findall(chunk)


def chunk_chars(chunk: str) -> list[str]:
    """The character n-grams of one chunk (padded with a space on each side)."""
    padded = f" {chunk[:MAX_CHUNK]} "
    size = len(padded)
    return [padded[i : i + n] for n in range(CHAR_MIN, CHAR_MAX + 1) for i in range(size - n + 1)]


def grams(text: str) -> tuple[list[str], list[str]]:
    """(word grams, char grams) of a text, repeats kept: the string-level definition used for training."""
    words: list[str] = []
    chars: list[str] = []
    tokens: list[str] = []
    for chunk in normalise(text).split():
        chars.extend(chunk_chars(chunk))
        tokens.extend(chunk_tokens(chunk))
    words.extend(tokens)
    words.extend(f"{a} {b}" for a, b in pairwise(tokens))
    return words, chars


_present = cast("Callable[[Iterable[int | None]], Iterator[int]]", partial(filter, partial(is_not, None)))
"""The ids that are not None (a C-level filter: this is the hot loop of feature extraction)."""


GRAM_HASH = np.uint64(0x9E3779B97F4A7C15)
"""Multiplier of the 64-bit polynomial hash that identifies a char n-gram: ((c0 + 1) × P + c1 + 1) × P + … over
its code points, wrapping.  (Collisions among the ~30k known n-grams are checked for at load; an unknown n-gram
taking a known one's hash has odds of about 1 in 10^14 per lookup.)"""


def _code_points(text: str) -> npt.NDArray[np.uint64]:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64) + np.uint64(1)


def gram_hashes(joined: str) -> npt.NDArray[np.uint64]:
    """The hashes of ``joined``'s newline-separated char n-grams (each of CHAR_MIN to CHAR_MAX characters)."""
    cp = _code_points(joined)
    ends = np.flatnonzero(cp == np.uint64(ord("\n") + 1))
    ends = np.append(ends, len(cp)).astype(np.int64)
    starts = np.concatenate([[0], ends[:-1] + 1]).astype(np.int64)
    lengths = ends - starts
    if len(lengths) and (lengths.min() < CHAR_MIN or lengths.max() > CHAR_MAX):
        raise ValueError(f"char n-grams must have {CHAR_MIN} to {CHAR_MAX} characters")
    h = np.zeros(len(starts), dtype=np.uint64)
    for k in range(CHAR_MAX):
        more = lengths > k
        h[more] = h[more] * GRAM_HASH + cp[starts[more] + k]
    return h


class _HashTable:
    """uint64 keys → int64 values, open addressing with linear probing, built and probed with whole-array numpy
    steps (a lookup costs a few gathers per probe round instead of a binary search's cache misses).

    Built in order of home slot, each key lands at ``max(home, previous key's slot + 1)``: a running maximum; the
    table runs past its last home slot by as much as that needs (so probes never wrap), plus one empty slot."""

    def __init__(self, keys: npt.NDArray[np.uint64], values: IntArray) -> None:
        ranked = np.sort(keys)
        if (ranked[1:] == ranked[:-1]).any():
            raise ValueError("two keys share a hash")
        bits = max(8, int(np.ceil(np.log2(max(1, len(keys)) * 4))))  # at most a quarter full
        self._shift = np.uint64(64 - bits)
        home = self._home(keys)
        order = np.argsort(home, kind="stable")
        step = np.arange(len(keys), dtype=np.int64)
        slot = step + np.maximum.accumulate(home[order] - step) if len(keys) else step
        size = max(1 << bits, int(slot[-1]) + 1 if len(keys) else 0) + 1
        self._keys = np.zeros(size, dtype=np.uint64)
        self._values = np.full(size, -1, dtype=np.int64)
        self._keys[slot] = keys[order]
        self._values[slot] = values[order]

    def _home(self, keys: npt.NDArray[np.uint64]) -> IntArray:
        return ((keys * GRAM_HASH) >> self._shift).astype(np.int64)  # Fibonacci hashing: the high bits, mixed

    def get(self, keys: npt.NDArray[np.uint64]) -> IntArray:
        """The value of each key; -1 where absent."""
        out = np.full(len(keys), -1, dtype=np.int64)
        active = np.arange(len(keys))
        slot = self._home(keys)
        while active.size:
            found = self._values[slot]
            match = found >= 0
            match &= self._keys[slot] == keys[active]
            out[active[match]] = found[match]
            going = (found >= 0) & ~match
            active = active[going]
            slot = slot[going] + 1
        return out


class Featurizer:
    """Maps texts to feature ids of a fixed vocabulary: word grams first, then char grams (from ``len(words)``).

    ``chars`` may be given as one string, the n-grams separated by newlines (as the artifact stores them).
    """

    def __init__(self, words: Sequence[str], chars: Sequence[str] | str, max_cache: int = 200_000) -> None:
        self.n_words = len(words)
        self.words: dict[str, int] = dict(zip(words, range(self.n_words), strict=True))
        hashes = gram_hashes(chars if isinstance(chars, str) else "\n".join(chars))
        self.n_chars = len(hashes)
        self._table = _HashTable(hashes, np.arange(self.n_words, self.n_words + self.n_chars, dtype=np.int64))
        self._cache: dict[str, tuple[list[int], str | None, str | None]] = {}
        self._max_cache = max_cache

    def clear_cache(self) -> None:
        self._cache.clear()

    def _chunk(self, chunk: str) -> tuple[list[int], str | None, str | None]:
        """The word-gram ids inside one chunk (its tokens and their bigrams), and its first and last token (None
        when it has none), cached."""
        cached = self._cache.get(chunk)
        if cached is not None:
            return cached
        wget = self.words.get
        if chunk.isalnum():  # one plain word (the common case): it is its own only token
            tokens = [chunk]
            i = wget(chunk)
            ids = [] if i is None else [i]
        else:
            tokens = chunk_tokens(chunk)
            ids = list(_present(map(wget, tokens)))
            if len(tokens) > 1:
                ids.extend(_present(map(wget, [f"{a} {b}" for a, b in pairwise(tokens)])))
        if len(self._cache) >= self._max_cache:
            self._cache.clear()
        result = (ids, tokens[0], tokens[-1]) if tokens else (ids, None, None)
        self._cache[chunk] = result
        return result

    def _word_ids(self, chunks: Iterable[str]) -> list[int]:
        out: list[int] = []
        across: list[str] = []  # bigrams across two chunks, looked up together at the end
        last: str | None = None
        cached = self._cache.get
        for chunk in chunks:
            ids, first, final = cached(chunk) or self._chunk(chunk)
            if ids:
                out += ids
            if first is not None:
                if last is not None:
                    across.append(f"{last} {first}")
                last = final
        if across:
            out.extend(_present(map(self.words.get, across)))
        return out

    def char_ids(self, units: Sequence[str]) -> tuple[IntArray, IntArray]:
        """(unit, feature id) of every known char n-gram of each unit, repeats kept; a unit is a run of chunks,
        each padded with one space on either side (so two spaces between chunks), as :func:`padded` makes."""
        if not units:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        cp = _code_points("".join(units))
        size = len(cp)
        if size < CHAR_MIN:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        space = cp == np.uint64(ord(" ") + 1)
        gap = space[:-1] & space[1:]  # two spaces: between chunks (or units), which no n-gram may cross
        keys: list[npt.NDArray[np.uint64]] = []
        where: list[IntArray] = []
        h = cp
        ok = np.ones(size, dtype=bool)
        for k in range(1, CHAR_MAX):  # h[i]: the hash of the (k + 1)-gram at i
            h = h[: size - k] * GRAM_HASH + cp[k:]
            ok = ok[: size - k] & ~gap[k - 1 :]
            if k + 1 >= CHAR_MIN:
                keys.append(h[ok])
                where.append(np.flatnonzero(ok))
        ids = self._table.get(np.concatenate(keys))
        hit = ids >= 0
        at = np.concatenate(where)[hit]
        ends = np.cumsum(np.fromiter(map(len, units), dtype=np.int64, count=len(units)))
        return np.searchsorted(ends, at, side="right"), ids[hit]

    def pairs(self, texts: Sequence[str]) -> tuple[IntArray, IntArray]:
        """(row, feature id) of every feature occurrence in ``texts``, repeats kept (their count is the term
        frequency): word grams from the cached chunks, char n-grams hashed and looked up with numpy in one go."""
        word_lists: list[list[int]] = []
        units: list[str] = []
        for text in texts:
            chunks = normalise(text).split()
            word_lists.append(self._word_ids(chunks))
            units.append(padded(chunks))
        n = len(word_lists)
        lengths = np.fromiter(map(len, word_lists), dtype=np.int64, count=n)
        flat = np.fromiter(chain.from_iterable(word_lists), dtype=np.int64, count=int(lengths.sum()))
        char_rows, char_cols = self.char_ids(units)
        rows = np.concatenate([np.repeat(np.arange(n, dtype=np.int64), lengths), char_rows])
        return rows, np.concatenate([flat, char_cols])


def padded(chunks: Sequence[str]) -> str:
    """Chunks cut to MAX_CHUNK characters, each padded with a space on either side, joined."""
    if chunks and max(map(len, chunks)) > MAX_CHUNK:
        chunks = [c[:MAX_CHUNK] for c in chunks]
    return f" {'  '.join(chunks)} " if chunks else ""
