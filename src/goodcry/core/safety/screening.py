"""Crisis-language screening: does a text say the writer may be at risk right now?

``screen(text)`` returns a :class:`Screening` — a level (``crisis``, ``concern`` or ``none``), the risk
categories found and the exact phrases that triggered them.  It never blocks, changes or sends anything: the
edges save the entry first and then decide what to show.

How it works (see ``_rules.py`` for the phrases):

1. The text is lower-cased and its typographic apostrophes and quotes are made plain, keeping every character
   at its offset, so a trigger is always an exact slice of what the person typed.
2. Each top-level alternative ("branch") of a rule's pattern needs certain literal strings in any text it
   matches; ``scripts/build_safety_index.py`` derives them from the pattern itself and stores them in
   ``_index.py``.  One Aho-Corasick pass finds every literal of every clause (the first few short texts of a
   process are searched literal by literal instead: cheaper than building the automaton for one entry), and a
   branch's regular expression runs only where its key literal and one literal of each other clause are present,
   in the sentences around its key.  Most journal text has none, which is why screening costs microseconds.
3. Each match is then read in its context — its sentence and its clause (the part of the sentence after the
   last comma, "but", "and" …):

   * **negation** right before the phrase ("I would never hurt myself", "I'm not going to kill myself");
   * **someone else** as the subject ("my friend said she wanted to die") — the nearest subject in the clause,
     or failing that the nearest pronoun in the sentence; with none, a journal's writer is the subject;
   * **quotes, lyrics and fiction** ("the song goes 'I want to die'", "the poem was about wanting to sleep
     forever"), **hypotheticals** ("if I ever …", "if one more person asks me …") and **questions someone else
     asked** ("the doctor asked if I …");
   * **past versus present** ("I used to cut", "when I was 15") — past risk becomes ``concern`` in a *past-*
     category unless the sentence also says it is happening again ("again", "tonight", "relapsed" …);
   * each rule's own **idioms and innocent senses** ("die of embarrassment", "cut myself shaving",
     "ending things with him").

4. The level is the highest level of any remaining hit.  The rules are tuned for recall on crisis language and
   for few false alarms on ordinary sadness: a crying journal is full of sadness, and a card on every sad entry
   teaches people to ignore it.
5. Where the rules found no crisis, a learned second layer (``learned.py``: logistic regression over hashed word
   and character n-grams and word pairs, trained by ``scripts/train_safety.py`` with everyday comments as
   background) may raise the level to ``crisis`` when its probability passes a threshold chosen by
   cross-validation; it abstains on texts of fewer than ``LEARNED_MIN_TOKENS`` words.  Its category is the
   model's likeliest crisis category; its triggers (rule ``"learned"``) are the phrases that raised its score
   most, and the context checks above veto them (negated, someone else's, quoted, media, hypothetical, past, or a phrase — or a
   sentence — a rule already judged harmless).  It abstains on a text in which the writer says plainly that they are
   safe ("i'm not suicidal, just really sad").  The layer never lowers what the rules found.
"""

from __future__ import annotations

import bisect
import enum
import functools
import operator
import re
import warnings
from collections.abc import Iterable
from dataclasses import dataclass, field
from types import ModuleType
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from ahocorasick import Automaton

    from goodcry.core.model import Entry
    from goodcry.core.safety._rules import Rule


_K = TypeVar("_K")


class Level(enum.StrEnum):
    """How urgent a screening is, mildest first."""

    NONE = "none"
    CONCERN = "concern"
    CRISIS = "crisis"

    @property
    def rank(self) -> int:
        """0 (none), 1 (concern) or 2 (crisis)."""
        return _LEVEL_RANK[self]


_LEVEL_RANK = {Level.NONE: 0, Level.CONCERN: 1, Level.CRISIS: 2}


class Category(enum.StrEnum):
    """A kind of risk a text can speak of, most urgent first."""

    SUICIDE_PLAN = "suicide-plan"
    """A plan, a method, a goodbye, an attempt or an overdose: imminent risk."""
    SUICIDAL_IDEATION = "suicidal-ideation"
    """Wanting to die, to not exist, to not wake up; thinking of suicide."""
    SELF_HARM = "self-harm"
    """Hurting oneself now, or the urge to."""
    DANGER_ABUSE = "danger-abuse"
    """Being hurt, threatened, abused or in danger — a minor's disclosure included."""
    EATING_DISORDER = "eating-disorder"
    """Starving, purging, laxatives, fainting from not eating (a crisis); days without eating (a concern)."""
    HOPELESSNESS = "hopelessness"
    """"I can't go on", "what's the point", feeling a burden — without a plan."""
    PAST_SUICIDAL = "past-suicidal"
    """Suicidal thoughts or an attempt in the past."""
    PAST_SELF_HARM = "past-self-harm"
    """Self-harm in the past: old scars, being clean for a while."""
    PAST_ABUSE = "past-abuse"
    """Abuse that happened in the past (in childhood, by an ex)."""

    @property
    def description(self) -> str:
        return _CATEGORY_TEXT[self]


_CATEGORY_TEXT = {
    Category.SUICIDE_PLAN: "a plan, a method or a goodbye",
    Category.SUICIDAL_IDEATION: "thoughts of dying or suicide",
    Category.SELF_HARM: "hurting yourself",
    Category.DANGER_ABUSE: "being hurt, threatened or in danger",
    Category.EATING_DISORDER: "not eating, purging or starving",
    Category.HOPELESSNESS: "feeling hopeless or unable to go on",
    Category.PAST_SUICIDAL: "suicidal thoughts in the past",
    Category.PAST_SELF_HARM: "self-harm in the past",
    Category.PAST_ABUSE: "abuse in the past",
}
_CATEGORY_ORDER = {c: i for i, c in enumerate(Category)}


@dataclass(frozen=True)
class Trigger:
    """One phrase of the text that triggered a category: ``text == original[start:end]``."""

    text: str
    start: int
    end: int
    category: Category
    level: Level
    rule: str = field(default="", compare=False)


@dataclass(frozen=True)
class Screening:
    """The result of screening one text."""

    level: Level
    categories: tuple[Category, ...] = ()
    triggers: tuple[Trigger, ...] = ()
    minor: bool = False
    """The text says the writer is a child or teenager (and something was found)."""

    @property
    def is_crisis(self) -> bool:
        return self.level is Level.CRISIS

    @property
    def phrases(self) -> tuple[str, ...]:
        """The triggering phrases, as typed, in order of appearance, without repeats."""
        return tuple(dict.fromkeys(t.text for t in self.triggers))

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form: ``{"level", "categories", "triggers"}`` (and ``"minor"`` when true)."""
        out: dict[str, object] = {
            "level": self.level.value,
            "categories": [c.value for c in self.categories],
            "triggers": [
                {"text": t.text, "start": t.start, "end": t.end, "category": t.category.value, "level": t.level.value}
                for t in self.triggers
            ],
        }
        if self.minor:
            out["minor"] = True
        return out


NOTHING = Screening(Level.NONE)
"""The screening of a text with nothing of concern in it."""


# --- the engine ---------------------------------------------------------------------------------------------

# Typographic apostrophes and quotes made plain, one character for one, so offsets stay put.
_PLAIN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'",
                        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
                        "\t": " ", "\r": " ", "\u00a0": " "})


_PLAIN_ASCII = tuple((chr(k), v) for k, v in _PLAIN.items() if k < 128)
_PLAIN_OTHER = tuple((chr(k), v) for k, v in _PLAIN.items() if k >= 128)


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few characters (e.g. 'İ') lower-case to two; keep offsets exact
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    # ``low.translate(_PLAIN)``, done as a few substring replacements: ``str.translate`` looks every character up
    # in the table once the text holds anything beyond ASCII (an emoji, a typographic apostrophe), which costs
    # tens of microseconds on a journal entry; a replacement only runs for a character that is there.
    for old, new in _PLAIN_ASCII if low.isascii() else _PLAIN_ASCII + _PLAIN_OTHER:
        if old in low:
            low = low.replace(old, new)
    return low


class _Patterns(Generic[_K]):
    """Regular expressions compiled on first use: a benign entry (most of them) compiles none of them."""

    def __init__(self, sources: dict[_K, str]) -> None:
        self._sources = sources
        self._compiled: dict[_K, re.Pattern[str]] = {}

    def __getitem__(self, name: _K) -> re.Pattern[str]:
        pattern = self._compiled.get(name)
        if pattern is None:
            pattern = self._compiled[name] = re.compile(self._sources[name])
        return pattern

    def get(self, name: _K) -> re.Pattern[str] | None:
        return self[name] if name in self._sources else None


@dataclass(frozen=True)
class _Branch:
    """One top-level alternative of a rule's pattern, with the literals any match of it needs."""

    rule: Rule
    number: int
    """The rule's place in ``_rules.RULES`` (the order in which rules are read)."""
    others: tuple[tuple[str, ...], ...]
    """Clauses besides the key: each must have one of its literals somewhere in the text."""


@dataclass(frozen=True)
class _Index:
    literals: tuple[tuple[str, tuple[int, ...]], ...]
    """The branches' key literals, each with the numbers of the branches it keys."""
    branches: tuple[_Branch, ...]
    patterns: _Patterns[int]
    """Each branch's regular expression, by branch number."""
    unless: _Patterns[str]
    unless_text: _Patterns[str]
    stale: bool
    """The index did not match the rules: every branch runs on the whole text."""
    searched: list[int] = field(default_factory=lambda: [0])
    """How many texts were searched so far (a one-element list: the index itself is frozen)."""

    @functools.cached_property
    def automaton(self) -> Automaton:
        """Aho-Corasick automaton over every literal of every clause, each found as its number in
        ``_literal_numbers`` (key literals first, then the literals of clauses ``clause_sets`` tests through the
        automaton).  Built when first needed (a few milliseconds): a one-off short entry — what ``goodcry log``
        screens, once per process — is cheaper to look through literal by literal."""
        import ahocorasick

        automaton = ahocorasick.Automaton()
        for literal, number in self._literal_numbers.items():
            automaton.add_word(literal, number)
        if len(automaton):
            automaton.make_automaton()
        return automaton

    @functools.cached_property
    def keyed(self) -> tuple[int, tuple[int, ...], tuple[tuple[int, ...], ...]]:
        """How many literals are keys (they are numbered first), each literal's length, and the branches each
        key literal keys."""
        numbers = self._literal_numbers
        lengths = [0] * len(numbers)
        for literal, number in numbers.items():
            lengths[number] = len(literal)
        return len(self.literals), tuple(lengths), tuple(b for _, b in self.literals)

    @functools.cached_property
    def _literal_numbers(self) -> dict[str, int]:
        numbers: dict[str, int] = {}
        for literal, _ in self.literals:
            numbers.setdefault(literal, len(numbers))
        for branch in self.branches:
            for clause in branch.others:
                if len(clause) > _FEW:
                    for literal in clause:
                        numbers.setdefault(literal, len(numbers))
        return numbers

    @functools.cached_property
    def clause_sets(self) -> tuple[tuple[tuple[tuple[str, ...], ...], ...], tuple[tuple[frozenset[int], ...], ...]]:
        """Each branch's other clauses, split: those of a few literals (tested with ``in``), and the others as
        sets of literal numbers (a clause holds when the automaton found one of them)."""
        numbers = self._literal_numbers
        few = tuple(tuple(c for c in b.others if len(c) <= _FEW) for b in self.branches)
        many = tuple(tuple(frozenset(numbers[x] for x in c) for c in b.others if len(c) > _FEW) for b in self.branches)
        return few, many

    def candidates(self, low: str) -> dict[int, list[tuple[int, int]]]:
        """The branches that can match in ``low`` (a key literal found and every other clause holding), each with
        the (start, end) of its key literals, in order."""
        found: dict[int, list[tuple[int, int]]] = {}
        self.searched[0] += 1
        if len(low) < _SHORT and self.searched[0] <= _ONE_OFF and "automaton" not in self.__dict__:
            for literal, numbers in self.literals:
                i = low.find(literal)
                while i >= 0:
                    for b in numbers:
                        found.setdefault(b, []).append((i, i + len(literal)))
                    i = low.find(literal, i + 1)
            for spans in found.values():
                spans.sort()
            branches = self.branches
            return {b: spans for b, spans in found.items()
                    if all(any(x in low for x in clause) for clause in branches[b].others)}
        hits = list(self.automaton.iter(low))  # (last offset, literal number)
        present = set(map(_SECOND, hits))
        n_keys, lengths, keyed = self.keyed
        for last, number in hits:
            if number < n_keys:
                span = (last + 1 - lengths[number], last + 1)
                for b in keyed[number]:
                    where = found.get(b)
                    if where is None:
                        found[b] = [span]
                    else:
                        where.append(span)
        few, many = self.clause_sets
        out: dict[int, list[tuple[int, int]]] = {}
        for b, spans in found.items():  # plain loops: a generator per branch costs more than its test
            for clause in many[b]:
                if present.isdisjoint(clause):
                    break
            else:
                for options in few[b]:
                    for x in options:
                        if x in low:
                            break
                    else:
                        break
                else:
                    out[b] = spans
        return out


_SECOND = operator.itemgetter(1)
_FEW = 2
"""A clause of at most this many literals is tested with ``in``; a longer one through the automaton's pass (its
literals join the automaton: a few more hits to walk, instead of dozens of substring searches)."""
_SHORT = 300
_ONE_OFF = 3
"""The first few texts of a process shorter than ``_SHORT`` are searched literal by literal (about 0.3 ms each);
after that, or for a longer text, the automaton is built and used."""


@functools.cache
def _index() -> _Index:
    """Load the rules and their literal index (``_index.py``, built by ``scripts/build_safety_index.py``).

    A stale index (the rules changed since it was built) is not trusted: every rule then runs on the whole of
    every text, which is slow but finds everything, and the test suite fails until the index is rebuilt."""
    import zlib

    from goodcry.core.safety import _index as data
    from goodcry.core.safety import _rules

    expanded = [_rules.expand(rule.pattern) for rule in _rules.RULES]
    digest = 0
    for rule, pattern in zip(_rules.RULES, expanded, strict=True):
        digest = zlib.crc32(rule.name.encode() + b"\0" + pattern.encode() + b"\0", digest)
    stale = f"{digest:08x}" != data.DIGEST
    rows: list[tuple[int, str, tuple[tuple[str, ...], ...]]]
    if stale:
        warnings.warn("the screening rules changed since their index was built: run scripts/build_safety_index.py",
                      RuntimeWarning, stacklevel=2)
        rows = [(r, pattern, ()) for r, pattern in enumerate(expanded)]
        literals: tuple[tuple[str, tuple[int, ...]], ...] = ()
    else:
        rows = [(r, expanded[r][a:b], others) for r, a, b, others in data.BRANCHES]
        literals = data.KEYS
    branches = tuple(_Branch(_rules.RULES[r], r, others) for r, _, others in rows)
    sources = {number: source for number, (_, source, _) in enumerate(rows)}
    unless = {rule.name: _rules.expand(rule.unless) for rule in _rules.RULES if rule.unless}
    unless_text = {rule.name: _rules.expand(rule.unless_text) for rule in _rules.RULES if rule.unless_text}
    return _Index(literals, branches, _Patterns(sources), _Patterns(unless), _Patterns(unless_text), stale)


@functools.cache
def _context() -> _Context:
    from goodcry.core.safety import _rules

    return _Context(
        negation=re.compile(_rules.expand(_rules.NEGATION)),
        subject_clause=re.compile(_rules.expand(_rules.SUBJECT_CLAUSE), re.S),
        subject_sentence=re.compile(_rules.expand(_rules.SUBJECT_SENTENCE), re.S),
        past=re.compile(_rules.expand(_rules.PAST)),
        recent=re.compile(_rules.expand(_rules.RECENT)),
        stopped=re.compile(_rules.expand(_rules.STOPPED)),
        media=re.compile(_rules.expand(_rules.MEDIA)),
        hypothetical=re.compile(_rules.expand(_rules.HYPOTHETICAL)),
        media_about=re.compile(_rules.expand(_rules.MEDIA_ABOUT)),
        joke=re.compile(_rules.JOKE),
        safe=re.compile(_rules.expand(_rules.SAFE_STATEMENT)),
        quote=re.compile(_rules.QUOTE),
        minor=re.compile(_rules.expand(_rules.MINOR)),
        first=_rules.FIRST_PERSON,
        peer=re.compile(_rules.PEER_QUESTION),
        peer_you=_rules.PEER_YOU,
    )


@dataclass(frozen=True)
class _Context:
    negation: re.Pattern[str]
    subject_clause: re.Pattern[str]
    subject_sentence: re.Pattern[str]
    past: re.Pattern[str]
    recent: re.Pattern[str]
    stopped: re.Pattern[str]
    media: re.Pattern[str]
    hypothetical: re.Pattern[str]
    media_about: re.Pattern[str]
    joke: re.Pattern[str]
    safe: re.Pattern[str]
    quote: re.Pattern[str]
    minor: re.Pattern[str]
    first: frozenset[str]
    peer: re.Pattern[str]
    peer_you: frozenset[str]


_QUOTE_REACH = 120
"""How far around a quoted sentence a song, film or book it could come from is looked for."""

# How far a phrase can reach before and after its key literal.
_REACH_BEFORE = 80
_REACH_AFTER = 90
_REACH_SENTENCE = 80


def screen(text: str) -> Screening:
    """Screen one text for crisis language: the rules, then the learned second layer where they found no crisis.
    Pure, offline and fast (well under a millisecond for a journal entry)."""
    if not text:
        return NOTHING
    low = _lower(text)
    rejected: list[tuple[int, int]] = []
    result = _screen_rules(text, low, rejected)
    if result.level is Level.CRISIS:
        return result
    return _second_layer(text, low, result, rejected)


def screen_rules(text: str) -> Screening:
    """Screen one text with the rules alone (no learned layer): for evaluation and comparison."""
    if not text:
        return NOTHING
    return _screen_rules(text, _lower(text), [])


LEARNED_RULE = "learned"
"""The ``rule`` name of a trigger found by the learned second layer."""


def _second_layer(text: str, low: str, result: Screening, rejected: list[tuple[int, int]]) -> Screening:
    """Raise ``result`` to crisis when the learned model is confident and its phrases survive the context checks
    (negation, someone else, quotes and media, hypotheticals, the past, a rule that judged the phrase harmless)."""
    learned = _learned()
    model = learned.model()
    if model is None:
        return result
    toks = learned.tokens(low)
    if len(toks) < LEARNED_MIN_TOKENS:  # too few words to judge by their statistics: the rules alone decide
        return result
    if not learned.flags(toks, model):  # the fast path: most texts stop here
        return result
    if _context().safe.search(low) is not None:  # "i'm not suicidal, just sad": the writer's word stands
        return result
    verdict = learned.judge(low, model)
    spans = [s for s in verdict.spans if not _vetoed(low, s[0], s[1], rejected)]
    if not spans:
        return result
    category = Category(verdict.category)
    extra = [Trigger(text[a:b], a, b, category, Level.CRISIS, LEARNED_RULE) for a, b in spans]
    triggers = tuple(sorted((*result.triggers, *extra), key=lambda t: (t.start, -t.end)))
    cats = (category, *(c for c in result.categories if c is not category))
    return Screening(Level.CRISIS, cats, triggers, result.minor or _minor(low))


@functools.cache
def _learned() -> ModuleType:
    """The learned layer's module, imported when the first text reaches it."""
    from goodcry.core.safety import learned

    return learned


def _vetoed(low: str, start: int, end: int, rejected: list[tuple[int, int]]) -> bool:
    """Whether the context of a phrase the model found says it is not the writer's risk now."""
    if any(a < end and start < b for a, b in rejected):
        return True
    ctx = _context()
    ends = _sentence_ends(low)
    s_start, c_start, s_end = _bounds(low, start, end, ends)
    # A rule already read this sentence's risky words and judged them harmless ("I cut myself shaving and bled
    # everywhere"): the layer's phrase beside them is read the same way.
    if any(s_start <= a and b <= s_end + 1 for a, b in rejected):
        return True
    prefix = low[c_start:start]
    if ctx.negation.search(prefix) is not None or ctx.media.search(low, s_start, s_end) is not None:
        return True
    if _DENIED.search(low, s_start, start) is not None:  # "i would never give my guitar away and …"
        return True
    if _NEGATED_HEAD.match(low, start, end) is not None:  # the phrase denies itself: "is not the last time i …"
        return True
    if ('"' in low or "'" in low) and _quote_start(low, start, end) >= 0:
        return True
    if not _first_person(low[c_start:end], low[s_start:c_start], ctx):
        return True
    if ctx.hypothetical.search(low, s_start, start) is not None or ctx.media_about.search(low, s_start, start):
        return True
    if ctx.joke.search(low, s_start, s_end + 12):
        return True
    return ctx.past.search(low, s_start, s_end) is not None and ctx.recent.search(low, s_start, s_end) is None


# A denial earlier in the sentence.  The rules read negation closely (it must govern the phrase); the layer's
# phrases are statistical, so any denial before them in the sentence vetoes them.  "can't" is not one: "i can't
# do this any more" is how crisis is said.
_DENIED = re.compile(r"\b(?:not|never|nvr|no longer|(?:don|didn|won|wouldn|isn|wasn|aren|weren)'?t)\b")

LEARNED_MIN_TOKENS = 6
"""The learned layer abstains on texts shorter than this (words and sentence ends): a few words give the model
extreme, unreliable scores ("I'm purging my wardrobe"), and short texts are what the rules read best."""

_NEGATED_HEAD = re.compile(
    r"(?:(?:is|was|are|were|will|would|it'?s|that'?s|this is|this'?ll be)\s+(?:not|never)|"
    r"(?:isn|wasn|aren|weren|won|wouldn)'?t)\b"
)


def _screen_rules(text: str, low: str, rejected: list[tuple[int, int]]) -> Screening:
    """The rules' screening; the spans of rule matches the context judged harmless go to ``rejected``."""
    index = _index()
    n = len(low)
    found: dict[int, list[tuple[int, int]]] = {}  # branch number -> where its key literals are
    if index.stale:
        found = {b: [(0, n)] for b in range(len(index.branches))}
    else:
        found = index.candidates(low)
        if not found:
            return NOTHING
    # The matches of each rule, over all its branches that can match here.
    matches: dict[int, list[tuple[int, int, int]]] = {}  # rule number -> (start, branch, end)
    ends: list[int] | None = None
    for b in sorted(found):  # branches are numbered in the rules' order
        branch = index.branches[b]
        if ends is None:
            ends = _sentence_ends(low)
        pattern = index.patterns[b]
        for lo, hi in ([(0, n)] if index.stale else _windows(found[b], n, ends)):
            for m in pattern.finditer(low, lo, hi):
                if m.start() != m.end():
                    matches.setdefault(branch.number, []).append((m.start(), b, m.end()))
    if not matches:
        return NOTHING
    assert ends is not None
    hits: list[Trigger] = []
    memo: dict[tuple[str, int, int], bool] = {}
    for number in sorted(matches):
        # As the rule's whole pattern would match: leftmost first, the earlier branch first, no overlaps.
        taken_end = -1
        for start, b, end in sorted(set(matches[number])):
            if start < taken_end:
                continue
            taken_end = end
            rule = index.branches[b].rule
            if start and low[start - 1].isalnum() and not rule.inword:
                continue
            judged = _judge(rule, low, start, end, memo, index, ends)
            if judged is not None:
                category, level = judged
                hits.append(Trigger(text[start:end], start, end, category, level, rule.name))
            else:
                rejected.append((start, end))
    if not hits:
        return NOTHING
    return _result(hits, low)


_SENTENCE_END = re.compile(r"[.!?](?![a-z0-9])|\n")  # not inside a word: "k!ll", "3.5"
_IN_WORD = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _sentence_ends(low: str) -> list[int]:
    """The offsets of ``_SENTENCE_END``'s matches, in order: the same list, found with ``str.find`` (a regular
    expression builds a match object for each of a journal entry's dozen sentence ends, three times the cost)."""
    ends: list[int] = []
    for mark in ".!?":
        i = low.find(mark)
        while i >= 0:
            if low[i + 1:i + 2] not in _IN_WORD:
                ends.append(i)
            i = low.find(mark, i + 1)
    i = low.find("\n")
    while i >= 0:
        ends.append(i)
        i = low.find("\n", i + 1)
    ends.sort()
    return ends


def _windows(spans: list[tuple[int, int]], n: int, ends: list[int]) -> list[tuple[int, int]]:
    """The stretches of the text where a branch can match around its key literals: each key's sentence and the two
    either side of it (at most ``_REACH_BEFORE`` before the key and ``_REACH_AFTER`` after it: short sentences — "he
    was buzzing lol." — are no reason for a phrase to be missed)."""
    windows: list[tuple[int, int]] = []
    for i, j in spans:
        k = bisect.bisect_left(ends, i)
        # A phrase may run over sentence ends ("sorry for everything. love you all"): two sentences before and
        # after the key's own are in reach too, within the character limits.
        s_lo = ends[k - 3] + 1 if k > 2 else 0
        k = bisect.bisect_left(ends, j)
        s_hi = ends[k + 2] + 1 if k + 2 < len(ends) else n
        lo = max(s_lo, i - _REACH_BEFORE)
        hi = j + _REACH_AFTER
        if s_hi <= hi + _REACH_SENTENCE:  # end just after a sentence end: lookaheads see the real end
            hi = s_hi
        windows.append((lo, hi))
    if len(windows) > 1:
        windows.sort()
        merged = [windows[0]]
        for lo, hi in windows[1:]:
            if lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        return merged
    return windows


def screen_many(texts: Iterable[str]) -> list[Screening]:
    """Screen several texts (the batch interface used by ``goodcry screen`` and the benchmark)."""
    return [screen(t) for t in texts]


def _result(hits: list[Trigger], low: str) -> Screening:
    hits.sort(key=lambda t: (t.start, -t.end))
    # A phrase found by two rules (or inside a longer phrase) is reported once, with its most urgent reading.
    kept: list[Trigger] = []
    for t in hits:
        if kept and t.start < kept[-1].end and t.end <= kept[-1].end and t.category is kept[-1].category:
            continue
        kept.append(t)
    level = max((t.level for t in kept), key=lambda lv: lv.rank)
    best: dict[Category, int] = {}
    for t in kept:
        best[t.category] = max(best.get(t.category, 0), t.level.rank)
    cats = sorted(best, key=lambda c: (-best[c], _CATEGORY_ORDER[c]))
    minor = _minor(low)
    return Screening(level, tuple(cats), tuple(kept), minor)


_MINOR_MARKS = ("i'm", "im ", "i am", "years old", "yo ", "y/o", "yrs", "grade", "middle school")


def _minor(low: str) -> bool:
    """Whether the writer says they are a child or a teenager (searched only near a few cheap markers)."""
    pattern = _context().minor
    for mark in _MINOR_MARKS:
        i = low.find(mark)
        while i >= 0:
            if pattern.search(low, max(0, i - 12), i + 40) is not None:
                return True
            i = low.find(mark, i + 1)
    return False


def _quote_start(low: str, start: int, end: int) -> int:
    """Where the quotation around ``low[start:end]`` opens (on the same line), or -1 when it is not quoted."""
    line_start = low.rfind("\n", 0, start) + 1
    line_end = low.find("\n", end)
    if line_end < 0:
        line_end = len(low)
    before = low[line_start:start]
    if '"' in before and before.count('"') % 2 == 1 and '"' in low[end:line_end]:
        return line_start + before.rfind('"')
    # A single quote opens where it is not an apostrophe: after a non-letter, before a letter ("goes 'i want").
    i = before.rfind("'")
    while i >= 0:
        prev = before[i - 1] if i else " "
        nxt = before[i + 1] if i + 1 < len(before) else low[start]
        if not prev.isalnum() and nxt.isalnum():
            after = low[end:line_end]
            close = next((j for j in range(len(after)) if after[j] == "'" and (j + 1 == len(after)
                                                                              or not after[j + 1].isalnum())), -1)
            return line_start + i if close >= 0 else -1
        if prev.isalnum() and not nxt.isalnum():  # a closing quote: whatever opened before it is closed
            return -1
        i = before.rfind("'", 0, i)
    return -1


_CLAUSE = re.compile(
    r"[,;:()]|\.\.\.| [-\u2014\u2013] |"
    r" (?:but|and|so|because|cause|cuz|though|although|yet|except|then|or|while) "
)


def _bounds(low: str, start: int, end: int, ends: list[int]) -> tuple[int, int, int]:
    """(sentence start, clause start, sentence end) around a match; ``ends`` are the sentence ends' offsets."""
    k = bisect.bisect_left(ends, start)
    s_start = max(ends[k - 1] + 1 if k else 0, start - 400)
    c_start = s_start
    for m in _CLAUSE.finditer(low, s_start, start):
        c_start = m.end()
    k = bisect.bisect_left(ends, end)
    s_end = min(ends[k] if k < len(ends) else len(low), end + 300)
    return s_start, c_start, s_end


def _judge(
    rule: Rule,
    low: str,
    start: int,
    end: int,
    memo: dict[tuple[str, int, int], bool],
    index: _Index,
    ends: list[int],
) -> tuple[Category, Level] | None:
    """The category and level of one match in its context, or None when the context says it is not a risk."""
    ctx = _context()
    s_start, c_start, s_end = _bounds(low, start, end, ends)
    sentence = low[s_start:s_end]
    prefix = low[c_start:start]

    unless = index.unless.get(rule.name)
    if unless is not None and unless.search(sentence) is not None:
        return None
    unless_text = index.unless_text.get(rule.name)
    if unless_text is not None and unless_text.search(low) is not None:
        return None

    # Quoted words: someone else's (a song, a film, a friend) unless the writer is the one speaking.
    q_start = _quote_start(low, start, end) if ('"' in low or "'" in low) else -1
    if q_start >= 0:
        before = low[min(s_start, q_start):q_start]
        speaker = ctx.subject_sentence.match(before)  # who speaks the quoted words ("she texted me: '…'")
        if _sentence_has(memo, "media", ctx.media, low, s_start, s_end) or (
            speaker is not None and speaker.group(1) not in ctx.first
        ):
            return None
        # A quotation standing as its own sentence, with a song or a book named just before or after it
        # ("Listening to Hurt on repeat. 'I hurt myself today…' His voice in that song …"): the work's words.
        if q_start <= s_start + 1 and ctx.media.search(low, max(0, s_start - _QUOTE_REACH), s_end + _QUOTE_REACH):
            return None
    elif rule.first_person and ctx.media.search(prefix):
        return None
    # "the poem we read was about wanting to sleep forever": a work's subject, whoever's rule it is; and a
    # sentence the writer takes back ("lol jk").
    if ctx.media_about.search(low, s_start, start) is not None or ctx.joke.search(low, s_start, s_end + 12):
        return None

    if rule.first_person and not _first_person(prefix, low[s_start:c_start], ctx):
        return None
    if ctx.hypothetical.search(low, s_start, start):
        return None

    negated = rule.negatable and ctx.negation.search(prefix) is not None
    past = _sentence_has(memo, "past", ctx.past, low, s_start, s_end) and not _sentence_has(
        memo, "recent", ctx.recent, low, s_start, s_end
    )
    if negated:
        # "I don't cut any more" speaks of the past; "I would never hurt myself" of nothing; and "not suicidal or
        # anything, just lonely since I moved" denies it now, whatever follows.
        if _DENIAL_HEDGE.match(low, end) is not None:
            return None
        if rule.past is not None and ctx.stopped.search(sentence) is not None:
            return rule.past, Level.CONCERN
        return None
    if past and rule.past is not None:
        return rule.past, Level.CONCERN
    if past and rule.past_drop:
        return None
    return rule.category, rule.level


_DENIAL_HEDGE = re.compile(r"\s*,?\s*(?:or anything|or whatever|or something|(?:i'?m |im )?just\b|only\b)")


def _sentence_has(
    memo: dict[tuple[str, int, int], bool], what: str, pattern: re.Pattern[str], low: str, lo: int, hi: int
) -> bool:
    """``pattern.search`` over one sentence, remembered for the other phrases of the same sentence."""
    key = (what, lo, hi)
    found = memo.get(key)
    if found is None:
        found = memo[key] = pattern.search(low, lo, hi) is not None
    return found


def _first_person(clause_prefix: str, sentence_before: str, ctx: _Context) -> bool:
    """Whether the writer is the subject: the nearest subject in the clause, else the nearest pronoun before — a
    generic "you" counting as the writer in a question to peers about living with it."""
    m = ctx.subject_clause.match(clause_prefix)
    if m is None:
        m = ctx.subject_sentence.match(sentence_before)
        if m is None:
            return True
    who = m.group(1)
    if who in ctx.peer_you:  # "how do you guys cope when you want to die": the asker's own state
        return ctx.peer.search(sentence_before) is not None or ctx.peer.search(clause_prefix) is not None
    return who in ctx.first


def screen_entry(entry: Entry) -> Screening:
    """Screen every part of an entry the person wrote: its text, trigger note, notes and later check-in notes."""
    parts = [entry.text, entry.trigger_note, entry.notes, *(f.note for f in entry.follow_ups)]
    return screen("\n".join(p for p in parts if p))
