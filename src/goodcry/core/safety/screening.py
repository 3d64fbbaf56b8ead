"""Crisis-language screening: does a text say the writer may be at risk right now?

``screen(text)`` returns a :class:`Screening` — a level (``crisis``, ``concern`` or ``none``), the risk
categories found and the exact phrases that triggered them.  It never blocks, changes or sends anything: the
edges save the entry first and then decide what to show.

How it works (see ``_rules.py`` for the phrases):

1. The text is lower-cased and its typographic apostrophes and quotes are made plain, keeping every character
   at its offset, so a trigger is always an exact slice of what the person typed.
2. Each rule names a few *anchor* substrings; a rule's regular expression runs only when one of its anchors is
   in the text.  Most journal text has none, which is why screening costs microseconds.
3. Each match is then read in its context — its sentence and its clause (the part of the sentence after the
   last comma, "but", "and" …):

   * **negation** right before the phrase ("I would never hurt myself", "I'm not going to kill myself");
   * **someone else** as the subject ("my friend said she wanted to die") — the nearest subject in the clause,
     or failing that the nearest pronoun in the sentence; with none, a journal's writer is the subject;
   * **quotes, lyrics and fiction** ("the song goes 'I want to die'"), **hypotheticals** ("if I ever …") and
     **questions someone else asked** ("the doctor asked if I …");
   * **past versus present** ("I used to cut", "when I was 15") — past risk becomes ``concern`` in a *past-*
     category unless the sentence also says it is happening again ("again", "tonight", "relapsed" …);
   * each rule's own **idioms and innocent senses** ("die of embarrassment", "cut myself shaving",
     "ending things with him").

4. The level is the highest level of any remaining hit.  The rules are tuned for recall on crisis language and
   for few false alarms on ordinary sadness: a crying journal is full of sadness, and a card on every sad entry
   teaches people to ignore it.
5. Where the rules found no crisis, a learned second layer (``learned.py``: logistic regression over hashed word
   and character n-grams, trained by ``scripts/train_safety.py``) may raise the level to ``crisis`` when its
   probability passes a threshold chosen by cross-validation.  Its category is the model's likeliest crisis
   category; its triggers (rule ``"learned"``) are the phrases that raised its score most, and the context
   checks above veto them (negated, someone else's, quoted, media, hypothetical, past, or a phrase a rule
   already judged harmless).  The layer never lowers what the rules found.
"""

from __future__ import annotations

import bisect
import enum
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from goodcry.core.model import Entry
    from goodcry.core.safety._rules import Rule


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


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few characters (e.g. 'İ') lower-case to two; keep offsets exact
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.translate(_PLAIN)


@dataclass(frozen=True)
class _Compiled:
    words: frozenset[str]
    """Anchors that are whole words: looked up in the set of the text's words."""
    substrings: tuple[tuple[str, tuple[str, ...]], ...]
    """Anchors that are substrings ("k!ll", "no way out"), grouped under a cheaper guard substring."""
    by_anchor: dict[str, tuple[Rule, ...]]
    order: dict[str, int]
    regex: _Patterns
    unless: _Patterns
    unless_text: _Patterns


class _Patterns:
    """Rule patterns compiled on first use: a benign entry (most of them) compiles none of them."""

    def __init__(self, sources: dict[str, str]) -> None:
        self._sources = sources
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getitem__(self, name: str) -> re.Pattern[str]:
        pattern = self._compiled.get(name)
        if pattern is None:
            from goodcry.core.safety import _rules

            pattern = self._compiled[name] = re.compile(_rules.expand(self._sources[name]))
        return pattern

    def get(self, name: str) -> re.Pattern[str] | None:
        return self[name] if name in self._sources else None


_WORD_ANCHOR = re.compile(r"[a-z0-9']+")
# Punctuation to spaces, to split a text into words for the anchor look-up (the apostrophe stays: "can't").
_GATE = str.maketrans({c: " " for c in '!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~' + "".join(map(chr, range(32)))})


@functools.cache
def _compiled() -> _Compiled:
    """Index the rules by anchor once, on first use; each rule's patterns compile when a text first needs them."""
    from goodcry.core.safety import _rules

    by_anchor: dict[str, list[Rule]] = {}
    regex: dict[str, str] = {}
    unless: dict[str, str] = {}
    unless_text: dict[str, str] = {}
    for rule in _rules.RULES:
        if rule.name in regex:
            raise ValueError(f"two safety rules are named {rule.name!r}")
        regex[rule.name] = rule.pattern
        if rule.unless:
            unless[rule.name] = rule.unless
        if rule.unless_text:
            unless_text[rule.name] = rule.unless_text
        for anchor in rule.anchors:
            by_anchor.setdefault(anchor.removesuffix("*") if anchor.endswith("*") else anchor, []).append(rule)
    stems = {a.removesuffix("*") for r in _rules.RULES for a in r.anchors if a.endswith("*")}
    words = frozenset(a for a in by_anchor if a not in stems and _WORD_ANCHOR.fullmatch(a))
    return _Compiled(
        words=words,
        substrings=_guarded(a for a in by_anchor if a not in words),
        by_anchor={a: tuple(rules) for a, rules in by_anchor.items()},
        order={rule.name: i for i, rule in enumerate(_rules.RULES)},
        regex=_Patterns(regex),
        unless=_Patterns(unless),
        unless_text=_Patterns(unless_text),
    )


def _guarded(substrings: Iterable[str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Substring anchors grouped by a guard each contains: a character other than a letter or a space when it
    has one ("k!ll" under "!"), else its last word ("would care if" under " if"), else itself."""
    groups: dict[str, list[str]] = {}
    for sub in sorted(substrings):
        odd = [c for c in sub if not (c.isalnum() or c in " '")]
        guard = odd[0] if odd else (" " + sub.rsplit(" ", 1)[-1] if " " in sub else sub)
        groups.setdefault(guard, []).append(sub)
    return tuple((g, tuple(subs)) for g, subs in sorted(groups.items()))


def _anchors_in(low: str, compiled: _Compiled) -> list[str]:
    """The rules' anchors present in a lower-cased text."""
    tokens = low.translate(_GATE).split()
    found = list(compiled.words.intersection(tokens))
    if "'" in low:  # a word in single quotes: 'die' → die
        found.extend(compiled.words.intersection(t.strip("'") for t in tokens if t[0] == "'" or t[-1] == "'"))
    for guard, substrings in compiled.substrings:
        if guard in low:
            found.extend(s for s in substrings if s in low)
    return found


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
        quote=re.compile(_rules.QUOTE),
        minor=re.compile(_rules.expand(_rules.MINOR)),
        first=_rules.FIRST_PERSON,
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
    quote: re.Pattern[str]
    minor: re.Pattern[str]
    first: frozenset[str]


# How far a phrase can reach before and after one of its anchors.
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
    from goodcry.core.safety import learned

    model = learned.model()
    if model is None:
        return result
    if learned.probability(low, model) < model.threshold:  # the fast path: most texts stop here
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


def _vetoed(low: str, start: int, end: int, rejected: list[tuple[int, int]]) -> bool:
    """Whether the context of a phrase the model found says it is not the writer's risk now."""
    if any(a < end and start < b for a, b in rejected):
        return True
    ctx = _context()
    ends = [m.start() for m in _SENTENCE_END.finditer(low)]
    s_start, c_start, s_end = _bounds(low, start, end, ends)
    prefix = low[c_start:start]
    if ctx.negation.search(prefix) is not None or ctx.media.search(low, s_start, s_end) is not None:
        return True
    if ('"' in low or "'" in low) and _quote_start(low, start, end) >= 0:
        return True
    if not _first_person(low[c_start:end], low[s_start:c_start], ctx):
        return True
    if ctx.hypothetical.search(low, s_start, start) is not None:
        return True
    return ctx.past.search(low, s_start, s_end) is not None and ctx.recent.search(low, s_start, s_end) is None


def _screen_rules(text: str, low: str, rejected: list[tuple[int, int]]) -> Screening:
    """The rules' screening; the spans of rule matches the context judged harmless go to ``rejected``."""
    compiled = _compiled()
    found = _anchors_in(low, compiled)
    if not found:
        return NOTHING
    anchors_of: dict[str, list[str]] = {}
    for anchor in found:
        for rule in compiled.by_anchor[anchor]:
            anchors_of.setdefault(rule.name, []).append(anchor)
    hits: list[Trigger] = []
    memo: dict[tuple[str, int, int], bool] = {}
    seen: set[tuple[int, int, str]] = set()
    n = len(low)
    ends = [m.start() for m in _SENTENCE_END.finditer(low)]
    rules = {r.name: r for a in found for r in compiled.by_anchor[a]}
    for name in sorted(anchors_of, key=compiled.order.__getitem__):
        rule = rules[name]
        pattern = compiled.regex[name]
        for lo, hi in _windows(low, anchors_of[name], n, ends):
            for m in pattern.finditer(low, lo, hi):
                start, end = m.span()
                if (start, end, name) in seen or start == end:
                    continue
                if start and low[start - 1].isalnum() and not rule.inword:
                    continue
                found_hit = _judge(rule, low, start, end, memo, compiled, ends)
                if found_hit is not None:
                    seen.add((start, end, name))
                    category, level = found_hit
                    hits.append(Trigger(text[start:end], start, end, category, level, rule.name))
                else:
                    rejected.append((start, end))
    if not hits:
        return NOTHING
    return _result(hits, low)


_SENTENCE_END = re.compile(r"[.!?\n]")


def _windows(low: str, anchors: list[str], n: int, ends: list[int]) -> list[tuple[int, int]]:
    """The stretches of the text where a rule with these anchors can match: the sentences holding an anchor
    (at most ``_REACH_BEFORE`` before it and ``_REACH_AFTER`` after it, in a very long sentence)."""
    spans: list[tuple[int, int]] = []
    for anchor in anchors:
        i = low.find(anchor)
        while i >= 0:
            k = bisect.bisect_left(ends, i)
            s_lo = ends[k - 1] + 1 if k else 0
            s_hi = ends[k] + 1 if k < len(ends) else n
            lo = max(s_lo, i - _REACH_BEFORE)
            hi = i + len(anchor) + _REACH_AFTER
            if s_hi <= hi + _REACH_SENTENCE:  # end just after the sentence end: lookaheads see the real end
                hi = s_hi
            spans.append((lo, hi))
            i = low.find(anchor, i + 1)
    if len(spans) > 1:
        spans.sort()
        merged = [spans[0]]
        for lo, hi in spans[1:]:
            if lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
            else:
                merged.append((lo, hi))
        return merged
    return spans


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
    compiled: _Compiled,
    ends: list[int],
) -> tuple[Category, Level] | None:
    """The category and level of one match in its context, or None when the context says it is not a risk."""
    ctx = _context()
    s_start, c_start, s_end = _bounds(low, start, end, ends)
    sentence = low[s_start:s_end]
    prefix = low[c_start:start]

    unless = compiled.unless.get(rule.name)
    if unless is not None and unless.search(sentence) is not None:
        return None
    unless_text = compiled.unless_text.get(rule.name)
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
    elif rule.first_person and ctx.media.search(prefix):
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
        # "I don't cut any more" speaks of the past; "I would never hurt myself" of nothing.
        if rule.past is not None and ctx.stopped.search(sentence) is not None:
            return rule.past, Level.CONCERN
        return None
    if past and rule.past is not None:
        return rule.past, Level.CONCERN
    if past and rule.past_drop:
        return None
    return rule.category, rule.level


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
    """Whether the writer is the subject: the nearest subject in the clause, else the nearest pronoun before."""
    m = ctx.subject_clause.match(clause_prefix)
    if m is None:
        m = ctx.subject_sentence.match(sentence_before)
        if m is None:
            return True
    return m.group(1) in ctx.first


def screen_entry(entry: Entry) -> Screening:
    """Screen every part of an entry the person wrote: its text, trigger note, notes and later check-in notes."""
    parts = [entry.text, entry.trigger_note, entry.notes, *(f.note for f in entry.follow_ups)]
    return screen("\n".join(p for p in parts if p))
