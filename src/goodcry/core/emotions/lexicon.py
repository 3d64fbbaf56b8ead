"""A phrase lexicon for feelings in a person's own words, with negation, intensity and who feels it.

GoEmotions has no label for lonely, hurt, overwhelmed, helpless, hopeless, ashamed or moved, and a model trained on
Reddit comments cannot tell "I'm not lonely" from "I'm lonely" reliably, nor "she felt hurt" from "I felt hurt".
The lexicon (``lexicon.json``, plus every vocabulary word's name and aliases) finds feeling phrases and decides,
from the words around each one, three things:

* **negated** — a negator ("not", "never", "no", "n't" …) up to three words before it in the same clause:
  "I'm not lonely", "I don't feel hurt";
* **intensity** — an intensifier right before it ("so", "really", "extremely" …) raises the score, a downtoner
  ("a bit", "slightly", "kind of") lowers it;
* **who** — the nearest person before it in the clause: "I", "me", "we" → the writer; "she", "they", "my mom",
  a name → someone else.  A first-person object right after ("hurt *me*", "let *me* down") makes it the writer's;
  with no one named, a journal's sentence is about the writer ("Lonely again tonight.").  *Events* (a death, a
  break-up) are felt by the writer whoever they happened to.

Pure Python and fast: it runs for every suggestion.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from goodcry.core.vocabulary import BUILTIN, Vocabulary

LEXICON = Path(__file__).with_name("lexicon.json")



def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+|[.!?;,:\n]")
_BOUNDARY = frozenset(".!?;,:\n") | {"but", "because", "though", "although", "while", "whereas", "however"}
_NEGATORS = _set(
    "not no never nothing none neither nor without hardly barely nt dont cant wont isnt wasnt didnt doesnt aint "
    "havent hasnt wouldnt couldnt shouldnt arent werent"
)
_INTENSIFIERS = _set(
    "so really very extremely incredibly terribly totally completely utterly deeply super too absolutely truly "
    "awfully horribly unbelievably insanely ridiculously such most quite seriously genuinely painfully"
)
_DOWNTONERS = (("a", "bit"), ("a", "little"), ("kind", "of"), ("sort", "of"), ("slightly",), ("somewhat",),
               ("kinda",), ("sorta",), ("mildly",), ("little",))
_FIRST = _set("i i'm im i've ive i'd id i'll me myself we we're we've us ourselves")
_OTHER = _set(
    "he she they he's she's they're you you're him her them himself herself themselves everyone everybody someone "
    "somebody people he'd she'd they'd it's name"
)
_POSSESSIVE_FIRST = frozenset({"my", "our"})
_SELF_NOUNS = _set(
    "heart chest body mind head eyes soul stomach gut whole life self own day days night week morning evening"
)
_FEEL_VERBS = _set("felt feels feel feeling was is seemed seems looked looks got gets sounded sounds")
SCAN_NEGATION = 3
SCAN_PERSON = 8


@dataclass(frozen=True, slots=True)
class Hit:
    """One feeling phrase found in a text."""

    word: str
    start: int
    end: int
    score: float
    negated: bool
    writer: bool
    event: bool = False

    @property
    def affirmed(self) -> bool:
        """A feeling the writer says they have: not negated, and theirs."""
        return self.writer and not self.negated


@dataclass(frozen=True, slots=True)
class _Phrase:
    tokens: tuple[str, ...]
    word: str
    strength: float
    event: bool
    other: frozenset[str] = frozenset()
    """Next words that show the phrase's other sense ("moved in"): followed by one, it is no feeling."""


def _norm(token: str) -> str:
    return token.lower().replace("’", "'")


def _tokens(text: str) -> list[tuple[str, int, int, str]]:
    """(normalised token, start, end, raw token) for every token of ``text``."""
    return [(_norm(m.group()), m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text)]


@lru_cache(maxsize=8)
def _index(vocabulary: Vocabulary) -> dict[str, list[_Phrase]]:
    data = json.loads(LEXICON.read_text(encoding="utf-8"))
    default = float(data["default"])
    phrases: dict[tuple[str, ...], _Phrase] = {}

    other_senses = {phrase: frozenset(words) for phrase, words in data.get("other_senses", {}).items()}

    def add(phrase: str, word: str, strength: float, event: bool) -> None:
        toks = tuple(t for t, _, _, _ in _tokens(phrase))
        target = vocabulary.get(word)
        named = vocabulary.get(phrase)
        if not toks or target is None or (named is not None and named != target):
            return  # a word's own name or alias always means that word ("humiliated" is humiliated)
        phrases.setdefault(toks, _Phrase(toks, target.name, strength, event, other_senses.get(phrase, frozenset())))

    for section, event in (("events", True), ("words", False)):
        for word, entries in data.get(section, {}).items():
            for phrase, strength in entries.items():
                add(phrase, word, float(strength), event)
    for w in vocabulary:
        for phrase in (w.name, *w.aliases):
            add(phrase, w.name, default, False)
    index: dict[str, list[_Phrase]] = {}
    for p in phrases.values():
        index.setdefault(p.tokens[0], []).append(p)
    for entries in index.values():
        entries.sort(key=lambda p: -len(p.tokens))
    return index


def find(text: str, vocabulary: Vocabulary = BUILTIN) -> list[Hit]:
    """Every feeling phrase in ``text`` (longest match at each position), with its negation, intensity and owner."""
    index = _index(vocabulary)
    toks = _tokens(text)
    norm = [t for t, _, _, _ in toks]
    hits: list[Hit] = []
    covered_until = -1
    for k, tok in enumerate(norm):
        candidates = index.get(tok)
        if not candidates or k < covered_until:
            continue
        for p in candidates:
            n = len(p.tokens)
            if tuple(norm[k : k + n]) != p.tokens or (p.other and k + n < len(norm) and norm[k + n] in p.other):
                continue
            covered_until = k + n
            hits.append(_analyse(toks, norm, k, k + n, p))
            break
    return hits


def _analyse(toks: list[tuple[str, int, int, str]], norm: list[str], k: int, end: int, p: _Phrase) -> Hit:
    clause_start = k
    while clause_start > 0 and norm[clause_start - 1] not in _BOUNDARY:
        clause_start -= 1
    before = norm[clause_start:k]
    negated = any(_is_negator(t) for t in before[-SCAN_NEGATION:])
    score = p.strength
    span_start = toks[k][1]
    lead = _intensity_lead(before)
    if lead > 0:
        score = score + (1.0 - score) * 0.6
        span_start = toks[k - lead][1]
    elif lead < 0:
        score *= 0.75
        span_start = toks[k + lead][1]
    first_person = p.event or any(t in _FIRST or t in _POSSESSIVE_FIRST for t in p.tokens)
    writer = first_person or _writer(toks, norm, clause_start, k, end)
    return Hit(p.word, span_start, toks[end - 1][2], round(min(score, 1.0), 4), negated, writer, p.event)


def _is_negator(token: str) -> bool:
    return token in _NEGATORS or token.endswith("n't")


def _intensity_lead(before: list[str]) -> int:
    """How many words right before a phrase intensify it (> 0) or tone it down (< 0)."""
    n = 0
    while n < len(before) and before[-1 - n] in _INTENSIFIERS:
        n += 1
    if n:
        return n
    for pattern in _DOWNTONERS:
        m = len(pattern)
        if tuple(before[-m:]) == pattern:
            return -m
    return 0


def _writer(toks: list[tuple[str, int, int, str]], norm: list[str], clause_start: int, k: int, end: int) -> bool:
    """Whether the feeling at tokens [k, end) is the writer's: the nearest person before it decides."""
    after = norm[end] if end < len(norm) else ""
    if after in {"me", "us", "myself"} or after in _POSSESSIVE_FIRST:
        return True
    for j in range(k - 1, max(clause_start, k - SCAN_PERSON) - 1, -1):
        t = norm[j]
        if t in _FIRST:
            return True
        if t in _OTHER:
            return False
        if t in _POSSESSIVE_FIRST:
            following = norm[j + 1] if j + 1 < k else ""
            return following in _SELF_NOUNS or following == ""
        raw = toks[j][3]
        if raw[:1].isupper() and raw.lower() not in _FIRST and raw.isalpha():
            sentence_start = j == 0 or norm[j - 1] in {".", "!", "?", "\n"}
            if not sentence_start or (j + 1 < k and norm[j + 1] in _FEEL_VERBS):
                return False
    return True


def affirmed_words(hits: Iterable[Hit]) -> set[str]:
    return {h.word for h in hits if h.affirmed}
