"""goodcry's emotion vocabulary: the feeling words a person can name, as data.

Every word has a *family* (a group of related feelings, used to summarise and chart), a *pleasantness* and an
*energy* on the Mood Meter's −5…+5 axes (Yale Center for Emotional Intelligence), and optional aliases so that
"sadness", "loneliness" or "frustration" find their word.  Intensity ladders (annoyed < angry < enraged,
pensive < sad < grief) are kept inside a family by ordering the words from mild to strong.

People may add feeling words of their own (`Vocabulary.with_custom`): the built-in list is a start, not a limit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from goodcry.core.errors import ValidationError

_WORD_RE = re.compile(r"^[a-z][a-z' -]{0,38}[a-z]$")


@dataclass(frozen=True)
class Family:
    """A group of related feelings, e.g. the sadness family (pensive, sad, grief …)."""

    name: str
    description: str


@dataclass(frozen=True)
class Word:
    """One feeling word with its place on the Mood Meter."""

    name: str
    family: str
    pleasantness: int
    energy: int
    aliases: tuple[str, ...] = ()
    custom: bool = False

    def __post_init__(self) -> None:
        for axis, value in (("pleasantness", self.pleasantness), ("energy", self.energy)):
            if not -5 <= value <= 5:
                raise ValidationError(f"{axis} of {self.name!r} must be between -5 and +5, not {value}")


FAMILIES: tuple[Family, ...] = (
    Family("sadness", "loss, disappointment, feeling low"),
    Family("hurt", "being wounded by what someone did or said"),
    Family("loneliness", "feeling alone, left out or far from people"),
    Family("fear", "worry, anxiety, feeling overwhelmed or helpless"),
    Family("anger", "annoyance, frustration, anger"),
    Family("shame", "shame, guilt, embarrassment"),
    Family("disgust", "disgust and disapproval"),
    Family("surprise", "surprise, shock, confusion"),
    Family("tenderness", "being moved, touched, grateful, loving"),
    Family("calm", "relief, calm, contentment"),
    Family("joy", "happiness, pride, excitement, hope"),
)

# (name, family, pleasantness, energy, aliases) — within a family, mild to strong.
_BUILTIN: tuple[tuple[str, str, int, int, tuple[str, ...]], ...] = (
    ("pensive", "sadness", -1, -2, ("wistful",)),
    ("down", "sadness", -2, -3, ("low", "blue")),
    ("numb", "sadness", -2, -4, ("empty", "numbness")),
    ("disappointed", "sadness", -3, -2, ("disappointment", "let down")),
    ("sad", "sadness", -3, -2, ("sadness", "unhappy", "sorrow")),
    ("exhausted", "sadness", -2, -5, ("weary", "worn out")),
    ("hopeless", "sadness", -5, -4, ("hopelessness", "despair", "despairing")),
    ("heartbroken", "sadness", -5, -2, ("heartbreak",)),
    ("grief", "sadness", -5, -3, ("grieving", "grief-stricken", "bereaved", "mourning")),
    ("misunderstood", "hurt", -3, 0, ()),
    ("hurt", "hurt", -4, -1, ("wounded",)),
    ("rejected", "hurt", -4, -1, ("rejection", "unwanted")),
    ("betrayed", "hurt", -4, 1, ("betrayal",)),
    ("homesick", "loneliness", -3, -2, ()),
    ("left out", "loneliness", -3, -2, ("excluded",)),
    ("lonely", "loneliness", -4, -3, ("loneliness", "alone")),
    ("isolated", "loneliness", -4, -3, ("isolation",)),
    ("nervous", "fear", -2, 3, ("nervousness", "tense")),
    ("worried", "fear", -2, 2, ("worry",)),
    ("insecure", "fear", -2, 1, ("insecurity",)),
    ("anxious", "fear", -3, 3, ("anxiety",)),
    ("scared", "fear", -4, 4, ("afraid", "fear", "frightened")),
    ("helpless", "fear", -4, -2, ("helplessness", "powerless")),
    ("overwhelmed", "fear", -4, 4, ("overwhelm",)),
    ("panicked", "fear", -5, 5, ("panic", "terrified")),
    ("annoyed", "anger", -2, 2, ("annoyance", "irritated")),
    ("jealous", "anger", -3, 2, ("jealousy", "envious")),
    ("resentful", "anger", -3, 1, ("resentment", "bitter")),
    ("frustrated", "anger", -3, 3, ("frustration",)),
    ("angry", "anger", -4, 4, ("anger", "mad")),
    ("enraged", "anger", -5, 5, ("rage", "furious", "fury")),
    ("embarrassed", "shame", -3, 2, ("embarrassment",)),
    ("regretful", "shame", -3, -1, ("regret",)),
    ("guilty", "shame", -4, 0, ("guilt", "remorse", "remorseful")),
    ("ashamed", "shame", -4, -1, ("shame",)),
    ("humiliated", "shame", -5, 2, ("humiliation",)),
    ("disapproving", "disgust", -2, 1, ("disapproval",)),
    ("disgusted", "disgust", -4, 2, ("disgust",)),
    ("confused", "surprise", -2, 1, ("confusion", "lost")),
    ("surprised", "surprise", 1, 3, ("surprise",)),
    ("shocked", "surprise", -2, 5, ("shock", "stunned")),
    ("nostalgic", "tenderness", 1, -1, ("nostalgia",)),
    ("moved", "tenderness", 2, 1, ("touched",)),
    ("caring", "tenderness", 3, 0, ("care", "compassion", "compassionate")),
    ("admiring", "tenderness", 3, 1, ("admiration",)),
    ("grateful", "tenderness", 4, 0, ("gratitude", "thankful")),
    ("loved", "tenderness", 4, 1, ("love", "loving")),
    ("content", "calm", 3, -2, ("contentment",)),
    ("relieved", "calm", 3, -2, ("relief",)),
    ("calm", "calm", 3, -3, ("calmness", "relaxed")),
    ("safe", "calm", 3, -2, ("secure",)),
    ("peaceful", "calm", 4, -4, ("peace", "at peace")),
    ("curious", "joy", 2, 2, ("curiosity", "interested")),
    ("hopeful", "joy", 3, 1, ("hope", "optimistic", "optimism")),
    ("amused", "joy", 3, 3, ("amusement",)),
    ("proud", "joy", 4, 3, ("pride",)),
    ("happy", "joy", 4, 3, ("happiness", "joy", "joyful", "glad")),
    ("excited", "joy", 4, 5, ("excitement",)),
)


def normalise_word(text: str) -> str:
    """The canonical spelling of a typed feeling word: lower case, single spaces, hyphens kept."""
    return " ".join(text.strip().lower().replace("_", " ").split())


@dataclass(frozen=True)
class Vocabulary:
    """The feeling words a journal knows: goodcry's own plus the person's custom words."""

    words: tuple[Word, ...]
    families: tuple[Family, ...] = FAMILIES
    _index: Mapping[str, Word] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[str, Word] = {}
        family_names = {f.name for f in self.families}
        for word in self.words:
            if word.family not in family_names:
                raise ValidationError(f"unknown family {word.family!r} for {word.name!r}")
            for key in (word.name, *word.aliases):
                index.setdefault(key, word)
        object.__setattr__(self, "_index", index)

    def __iter__(self) -> Iterator[Word]:
        return iter(self.words)

    def __len__(self) -> int:
        return len(self.words)

    def __contains__(self, text: object) -> bool:
        return isinstance(text, str) and normalise_word(text) in self._index

    def get(self, text: str) -> Word | None:
        """The word for ``text`` (a name or an alias), or None."""
        return self._index.get(normalise_word(text))

    def lookup(self, text: str) -> Word:
        """The word for ``text``; a clear error naming close words when it is unknown."""
        word = self.get(text)
        if word is None:
            raise ValidationError(
                f"unknown feeling word {text.strip()!r}"
                + _did_you_mean(normalise_word(text), self._index)
                + " (add your own with `goodcry words add`)"
            )
        return word

    def family(self, name: str) -> Family:
        for fam in self.families:
            if fam.name == name:
                return fam
        raise ValidationError(f"unknown feeling family {name!r}; families: {', '.join(self.family_names())}")

    def family_names(self) -> list[str]:
        return [f.name for f in self.families]

    def in_family(self, family: str) -> list[Word]:
        return [w for w in self.words if w.family == family]

    def with_custom(self, custom: Iterable[Word]) -> Vocabulary:
        """This vocabulary plus the person's own words (which never shadow a built-in word)."""
        return Vocabulary(words=(*self.words, *custom), families=self.families)


def make_custom_word(name: str, family: str, pleasantness: int, energy: int, base: Vocabulary) -> Word:
    """Validate a person's own feeling word against the vocabulary it joins."""
    key = normalise_word(name)
    if not _WORD_RE.match(key):
        raise ValidationError(
            f"a feeling word is 2–40 letters (spaces, hyphens and apostrophes allowed), not {name!r}"
        )
    if key in base:
        raise ValidationError(f"{key!r} is already in the vocabulary (as {base.lookup(key).name!r})")
    base.family(family)
    return Word(key, family, pleasantness, energy, custom=True)


def _did_you_mean(text: str, index: Mapping[str, Word]) -> str:
    import difflib

    close = difflib.get_close_matches(text, list(index), n=5, cutoff=0.7)
    names = list(dict.fromkeys(index[c].name for c in close))[:3]
    return f"; did you mean {', '.join(repr(n) for n in names)}?" if names else ""


BUILTIN = Vocabulary(words=tuple(Word(n, f, p, e, a) for n, f, p, e, a in _BUILTIN))
