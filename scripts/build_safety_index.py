"""Build the screening rules' literal index: ``src/goodcry/core/safety/_index.py`` (generated; do not edit).

Run it after any change to ``src/goodcry/core/safety/_rules.py``::

    .venv/bin/python scripts/build_safety_index.py

``tests/test_safety.py`` rebuilds the index in memory and fails when the committed file is stale, and the
screener itself refuses a stale index (it then runs every rule on every text: correct, but slow).

Why: a rule's regular expression is costly to run, and most rules cannot match most texts.  Every match of a
regular expression contains certain literal strings — ``kill (?:my ?self|me)`` cannot match a text without
"kill " in it.  This script reads each rule's pattern with Python's own regular-expression parser and derives,
for each top-level alternative ("branch") of it, a *necessary condition* over such literals (the method of
RE2's prefilter, Cox 2010): clauses joined by AND, each clause a set of literals joined by OR.  The screener
finds the branches' *key* literals in a text in one Aho-Corasick pass, checks the other clauses with plain
substring tests, and runs a branch's expression only where every clause holds — around the key literal it
found.  No match can be skipped: each clause is implied by the pattern, and every match contains its branch's
key literal.  The derivation only weakens (drops what it cannot bound), never strengthens.

Choices are deterministic: the key clause of a branch is the one whose literals are rarest in the ordinary,
sad-but-safe texts of the project's tables (those rows are read only to rank literals, so the choice affects
speed, never what is found).
"""

from __future__ import annotations

import argparse
import math
import re._constants as sre_c  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
import sys
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from goodcry.core.safety import _rules  # noqa: E402

OUT = ROOT / "src" / "goodcry" / "core" / "safety" / "_index.py"
TABLES = (ROOT / "tests" / "data" / "safety_cases.tsv", ROOT / "tests" / "data" / "safety_extra_safe.tsv")

CAP = 16
"""The most strings an exact set may hold before it is turned into a clause."""
MIN_LITERAL = 3
"""Shorter literals say too little to be worth a test: a clause holding one is dropped (always true)."""

Formula = object  # True | str | tuple[str, tuple[Formula, ...]]   ("and" | "or")


# --- from a regular expression to a condition over literals --------------------------------------------------

@dataclass(frozen=True)
class _Exact:
    """The branch matches exactly one of these strings."""

    strings: frozenset[str]


@dataclass(frozen=True)
class _Cond:
    """The branch matches only text for which this formula holds."""

    formula: Formula


_EMPTY = _Exact(frozenset({""}))
_ANY = _Cond(True)


def _and(parts: list[Formula]) -> Formula:
    out: list[Formula] = []
    for p in parts:
        if p is True:
            continue
        out.extend(p[1] if isinstance(p, tuple) and p[0] == "and" else [p])
    if not out:
        return True
    return out[0] if len(out) == 1 else ("and", tuple(dict.fromkeys(out)))


def _or(parts: list[Formula]) -> Formula:
    out: list[Formula] = []
    for p in parts:
        if p is True:
            return True
        out.extend(p[1] if isinstance(p, tuple) and p[0] == "or" else [p])
    return out[0] if len(out) == 1 else ("or", tuple(dict.fromkeys(out)))


def _formula(info: _Exact | _Cond) -> Formula:
    if isinstance(info, _Cond):
        return info.formula
    if any(len(s.strip()) < MIN_LITERAL for s in info.strings):
        return True
    # A string holding a shorter one of the set adds nothing: the shorter one is present whenever it is.
    kept = sorted(s for s in info.strings if not any(o != s and o in s for o in info.strings))
    return _or(list(kept))


def _sequence(items: list[tuple[object, object]], tail: frozenset[str] | None = None) -> _Exact | _Cond:
    """A concatenation: neighbouring exact parts are multiplied out while the product stays small.

    When a product would grow too big, the part so far becomes a clause of its own.  The next part's strings
    that are too short to be a literal by themselves ("od" in ``(?:kill myself|od\b)``) are then joined to the
    last few characters that can come before them ("to od", "na od"): ``tail`` holds those endings (given by
    the caller for the text before the sequence, None when unknown) while every part since was exact."""
    parts: list[Formula] = []
    acc: _Exact | _Cond = _EMPTY
    tail = frozenset({""}) if tail is None else tail
    for op, av in items:
        if op is sre_c.BRANCH and isinstance(acc, _Exact) and len(acc.strings) == 1 and acc != _EMPTY:
            # Python's parser moves a prefix the alternatives share out in front of them ("b(?:inge|/p)"):
            # put it back, so that each alternative is judged whole.
            (prefix,) = acc.strings
            lead = [(sre_c.LITERAL, ord(ch)) for ch in prefix]
            av = (None, [[*lead, *alt] for alt in av[1]])  # type: ignore[index]
            acc = _EMPTY
        info = _node(op, av, tail)
        seam = _seam(tail, info)
        tail = _tail(tail, info)
        if isinstance(acc, _Exact) and isinstance(info, _Exact) and len(acc.strings) * len(info.strings) <= CAP:
            acc = _Exact(frozenset(a + b for a in acc.strings for b in info.strings))
            continue
        parts.append(_formula(acc))
        if seam is not None:
            parts.append(seam)
        acc = info
    if not parts:
        return acc
    return _Cond(_and([*parts, _formula(acc)]))


TAIL = 3
"""How many characters before a too-short string are joined to it."""


def _tail(tail: frozenset[str] | None, info: _Exact | _Cond) -> frozenset[str] | None:
    """The possible last ``TAIL`` characters after ``info`` follows text ending in one of ``tail``."""
    if tail is None or not isinstance(info, _Exact):
        return None
    out = frozenset((t + s)[-TAIL:] for t in tail for s in info.strings)
    return out if len(out) <= CAP else None


def _seam(tail: frozenset[str] | None, info: _Exact | _Cond) -> Formula | None:
    """A clause for ``info`` whose short strings carry the characters that must come before them (None when it
    would say nothing more than ``info`` alone)."""
    if tail is None or not isinstance(info, _Exact):
        return None
    short = [s for s in info.strings if len(s.strip()) < MIN_LITERAL]
    if not short or len(tail) * len(short) > CAP:
        return None
    joined = {t + s for t in tail for s in short} | (info.strings - set(short))
    formula = _formula(_Exact(frozenset(joined)))
    return None if formula is True else formula


def _joined(info: _Exact | _Cond, tail: frozenset[str] | None) -> Formula:
    """``info``'s formula, its short strings joined to the endings that come before them where that helps."""
    seam = _seam(tail, info)
    return _formula(info) if seam is None else seam


def _node(op: object, av: object, tail: frozenset[str] | None = None) -> _Exact | _Cond:
    if op is sre_c.LITERAL:
        return _Exact(frozenset({chr(av)}))  # type: ignore[arg-type]
    if op is sre_c.IN:
        chars = [chr(a) for o, a in av if o is sre_c.LITERAL]  # type: ignore[attr-defined]
        if len(chars) == len(av) and len(chars) <= 4:  # type: ignore[arg-type]
            return _Exact(frozenset(chars))
        return _ANY
    if op is sre_c.SUBPATTERN:
        return _sequence(av[3], tail)  # type: ignore[index]
    if op is sre_c.ATOMIC_GROUP:
        return _sequence(av)  # type: ignore[arg-type]
    if op is sre_c.BRANCH:
        infos = [_sequence(b, tail) for b in av[1]]  # type: ignore[index]
        if all(isinstance(i, _Exact) for i in infos) and sum(len(i.strings) for i in infos) <= CAP:  # type: ignore[union-attr]
            return _Exact(frozenset().union(*(i.strings for i in infos)))  # type: ignore[union-attr]
        return _Cond(_or([_joined(i, tail) for i in infos]))
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT):
        low, high, sub = av  # type: ignore[misc]
        inner = _sequence(sub)
        if low == 0:
            if high == 1 and isinstance(inner, _Exact) and len(inner.strings) < CAP:
                return _Exact(inner.strings | {""})
            return _ANY
        if low == high == 1:
            return inner
        return _Cond(_formula(inner))
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return _EMPTY  # matches no characters of its own
    return _ANY  # any character, a class, a back-reference: no literal to require


def condition(pattern: str) -> Formula:
    """A necessary condition, over literal substrings, for ``pattern`` to match somewhere in a text."""
    return _formula(_sequence(list(sre_parse.parse(pattern))))


def clauses(formula: Formula) -> list[frozenset[str]]:
    """``formula`` weakened to clauses joined by AND, each a set of literals joined by OR (true ones dropped).

    An OR of alternatives becomes one clause: each alternative implies every one of its own clauses, so the
    union of one clause from each (the smallest) is implied by the OR."""
    if formula is True:
        return []
    if isinstance(formula, str):
        return [frozenset({formula})]
    kind, parts = formula  # type: ignore[misc]
    if kind == "and":
        out: list[frozenset[str]] = []
        for p in parts:
            out.extend(c for c in clauses(p) if c not in out)
        return out
    # An OR: every alternative implies one of its own clauses, so the union of one clause from each holds.
    union: set[str] = set()
    for p in parts:
        sub = clauses(p)
        if not sub:
            return []  # an alternative with no condition: the OR says nothing
        union |= min(sub, key=lambda c: (len(c), sorted(c)))
    return [frozenset(union)]


# --- branches of a rule ------------------------------------------------------------------------------------

def branches(pattern: str) -> list[tuple[int, int]]:
    """The (start, end) offsets of the top-level alternatives of ``pattern``."""
    spans: list[tuple[int, int]] = []
    depth = 0
    start = 0
    i = 0
    in_class = False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
        elif c == "[":
            in_class = True
            if pattern[i + 1: i + 2] == "^":
                i += 1
            if pattern[i + 1: i + 2] == "]":  # a "]" first in a class is a literal
                i += 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            spans.append((start, i))
            start = i + 1
        i += 1
    spans.append((start, len(pattern)))
    if "|".join(pattern[a:b] for a, b in spans) != pattern:
        raise ValueError("could not split a pattern into its alternatives")
    return spans


# --- the index ---------------------------------------------------------------------------------------------

def _safe_texts() -> list[str]:
    texts: list[str] = []
    for table in TABLES:
        if not table.exists():
            continue
        for line in table.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 3 and parts[0] == "none":
                texts.append(parts[2].lower())
            elif len(parts) == 1 and line and not line.startswith("#"):
                texts.append(line.lower())
    return texts


def digest() -> str:
    """A fingerprint of every rule pattern the index was built from (what the screener checks: a guard against
    forgetting to rebuild, not a security measure, so a CRC is enough and costs nothing at start-up)."""
    digest = 0
    for rule in _rules.RULES:
        digest = zlib.crc32(rule.name.encode() + b"\0" + _rules.expand(rule.pattern).encode() + b"\0", digest)
    return f"{digest:08x}"


def _everyday_share() -> Callable[[Iterable[str]], float]:
    """An estimate of the share of everyday texts holding any of some literals, from the only statistics of everyday writing
    the repository keeps: the emotion model's character n-grams (``char_wb`` grams of GoEmotions' comments) and
    their idf.  A literal is in a text only if each of its grams is, so its share is at most that of its rarest
    gram (a gram too rare to be in the vocabulary counts as never seen)."""
    import numpy as np

    from goodcry.core.emotions._engine import ARTIFACT

    with np.load(ARTIFACT, allow_pickle=False) as z:
        if not {"words", "chars", "idf"} <= set(z.files):
            raise SystemExit(f"{ARTIFACT} no longer holds its n-gram vocabulary and idf, which rank the index's "
                             "literals: give the index another source of everyday-text statistics")
        n_words = len(bytes(z["words"]).decode("utf-8").split("\n"))
        chars = bytes(z["chars"]).decode("utf-8").split("\n")
        idf = z["idf"].astype(float)
    # Smoothed idf = ln((1 + N) / (1 + df)) + 1; the rarest kept words have df = 2 (their min_df), which gives N.
    n = 3 * math.exp(float(idf[:n_words].max()) - 1) - 1
    df = {g: (1 + n) / math.exp(float(idf[n_words + j]) - 1) - 1 for j, g in enumerate(chars)}
    sizes = sorted({len(g) for g in chars})

    def rarest(literal: str) -> tuple[str, float]:
        # A char_wb gram lies inside one word, padded with a space on either side: no space in its middle.
        grams = [literal[i:i + k] for k in sizes for i in range(len(literal) - k + 1)]
        grams = [g for g in grams if " " not in g.strip()]
        return min(((g, df.get(g, 0.0) / n) for g in grams), key=lambda p: (p[1], p[0]), default=(literal, 1.0))

    def share(literals: Iterable[str]) -> float:
        # Any of the literals is present only if one of their rarest grams is: the sum over those grams bounds it
        # (literals that share a rare word count it once: "need it all to", "need my life to" -> "need").
        return min(1.0, sum(dict(map(rarest, literals)).values()))

    return share


ENTRY_COMMENTS = 8
"""A journal entry of ~600 characters is about as long as this many everyday comments."""
COMMON = 0.7
"""A clause that holds in more than this share of ordinary texts is dropped: it filters almost nothing, and
testing it costs time on every text."""


def build() -> str:
    """The text of ``_index.py`` for the current rules."""
    safe = _safe_texts()
    everyday = _everyday_share()

    def commonness(clause: frozenset[str]) -> float:
        # How often the clause holds: in the tables' sad-but-safe journal texts, and (an upper bound by the
        # union of its literals) in everyday comments, scaled to a journal entry of about eight comments' length.
        hits = sum(any(lit in t for lit in clause) for t in safe) / max(len(safe), 1)
        return hits + 1 - (1 - everyday(clause)) ** ENTRY_COMMENTS

    def rarity(clause: frozenset[str]) -> tuple[float, int, list[str]]:
        # Rarest first, then fewer and longer literals.
        prior = sum(1.0 / len(lit.strip()) for lit in clause) / 1000
        return (commonness(clause) + prior, len(clause), sorted(clause))

    names = [rule.name for rule in _rules.RULES]
    if len(set(names)) != len(names):
        raise SystemExit(f"two safety rules share a name: {sorted({n for n in names if names.count(n) > 1})}")
    keys: dict[str, list[int]] = {}  # key literal -> the branches it keys (numbered as in BRANCHES)
    rows: list[str] = []
    unbounded: list[str] = []
    for r, rule in enumerate(_rules.RULES):
        pattern = _rules.expand(rule.pattern)
        for start, end in branches(pattern):
            cnf = clauses(condition(pattern[start:end]))
            if not cnf:
                unbounded.append(f"{rule.name}: {pattern[start:end][:80]}")
                continue
            key = min(cnf, key=rarity)
            others = sorted((sorted(c) for c in cnf if c != key and commonness(c) <= COMMON),
                            key=lambda c: (rarity(frozenset(c)), c))
            for lit in sorted(key):
                keys.setdefault(lit, []).append(len(rows))
            rows.append(f"    ({r}, {start}, {end}, {tuple(tuple(c) for c in others)!r}),")
    if unbounded:
        raise SystemExit("these branches require no literal; give each a fixed word:\n  " + "\n  ".join(unbounded))
    literal_lines = "\n".join(f"    ({k!r}, {tuple(numbers)!r})," for k, numbers in keys.items())
    return (
        '"""The screening rules\' literal index — generated by scripts/build_safety_index.py; do not edit.\n\n'
        "See that script for what it means.  ``tests/test_safety.py`` fails when this file is stale.\n"
        '"""\n\n'
        f"DIGEST = {digest()!r}\n\n"
        "KEYS: tuple[tuple[str, tuple[int, ...]], ...] = (\n" + literal_lines + "\n)\n"
        '"""The key literals, each with the branches it keys: a branch can match only where one of its keys is."""\n\n'
        "BRANCHES: tuple[tuple[int, int, int, tuple[tuple[str, ...], ...]], ...] = (\n"
        + "\n".join(rows) + "\n)\n"
        '"""(rule number, start and end of the branch in the expanded pattern, its other clauses)."""\n'
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="exit 1 when the committed index is stale")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run scripts/build_safety_index.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {text.count(chr(10))} lines")
    return 0


if __name__ == "__main__":
    sys.exit(main())
