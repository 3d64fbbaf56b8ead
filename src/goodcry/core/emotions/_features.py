"""Text → sparse features, in pure Python (shared by the runtime and the training script).

Two views of a text, each weighted with sublinear tf × idf and L2-normalised on its own (as a union of two
TF-IDF vectorisers would be):

* **words**: lower-cased word tokens (apostrophes kept: "don't", "i'm"), "!" and "?", and symbols such as emoji;
  unigrams and bigrams;
* **characters**: 3- and 4-character n-grams inside each whitespace-separated chunk padded with spaces (scikit-learn's
  ``char_wb``), which catches misspellings, word stems and emoticons.  (2- and 5-grams were dropped: about half
  of the lookups and a third of the features each text touches, for no loss on dev.)

The runtime caches each chunk's feature ids (words repeat a lot), which is what makes pure-Python extraction fast
enough for tens of thousands of texts a second.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import pairwise
from operator import is_not
from typing import cast

CHAR_MIN = 3
CHAR_MAX = 4
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


class Featurizer:
    """Maps texts to feature ids of a fixed vocabulary: word grams first, then char grams (from ``len(words)``)."""

    def __init__(self, words: Sequence[str], chars: Sequence[str], max_cache: int = 200_000) -> None:
        self.n_words = len(words)
        self.words: dict[str, int] = dict(zip(words, range(self.n_words), strict=True))
        self.chars: dict[str, int] = dict(zip(chars, range(self.n_words, self.n_words + len(chars)), strict=True))
        self._cache: dict[str, tuple[list[int], list[str]]] = {}
        self._max_cache = max_cache

    def _chunk(self, chunk: str) -> tuple[list[int], list[str]]:
        cached = self._cache.get(chunk)
        if cached is not None:
            return cached
        tokens = chunk_tokens(chunk)
        wget = self.words.get
        ids = list(_present(map(wget, tokens)))
        if len(tokens) > 1:
            ids.extend(_present(map(wget, [f"{a} {b}" for a, b in pairwise(tokens)])))
        ids.extend(_present(map(self.chars.get, chunk_chars(chunk))))
        if len(self._cache) >= self._max_cache:
            self._cache.clear()
        result = (ids, tokens)
        self._cache[chunk] = result
        return result

    def ids(self, text: str) -> list[int]:
        """Feature ids present in ``text``, repeats kept (their count is the term frequency)."""
        out: list[int] = []
        last: str | None = None
        wget = self.words.get
        cached = self._cache.get
        for chunk in normalise(text).split():
            ids, tokens = cached(chunk) or self._chunk(chunk)
            out.extend(ids)
            if tokens:
                if last is not None:
                    i = wget(f"{last} {tokens[0]}")
                    if i is not None:
                        out.append(i)
                last = tokens[-1]
        return out

    def batch_ids(self, texts: Iterable[str]) -> list[list[int]]:
        return [self.ids(t) for t in texts]
