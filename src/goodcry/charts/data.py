"""What the charts draw: small plain series taken from the entries in the same single pass as the insights.

No matplotlib here: this module only gathers and decides whether there is enough to draw (``missing``), so a
caller (the CLI, a web page) can say "not enough entries yet" without loading a plotting library.

Which entries count follows the insights (``goodcry.core.insights.compute``): tension before → after and the
feelings named are about *what helps you*, so episodes screened as a crisis are left out of them, as they are
left out of the relief statistics; crying days on the mood chart describe what happened and count every cry.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from goodcry.core.insights import Insights, Rule, compute_insights
from goodcry.core.model import EmotionSource, Entry, Kind, Person
from goodcry.core.vocabulary import BUILTIN, Vocabulary

OTHER_FAMILY = "other"


@dataclass(frozen=True, slots=True)
class TensionPoint:
    """One episode's tension (0–10) before and right after; ``at`` is the local wall-clock time."""

    at: datetime
    before: int
    after: int
    kind: Kind


@dataclass(frozen=True, slots=True)
class MoodDay:
    """The mean check-in mood (−5…+5) of one day, from ``n`` check-ins."""

    day: date
    mood: float
    n: int


@dataclass(frozen=True, slots=True)
class FamilyDay:
    """``cries`` cries on ``day`` named a feeling of ``family``."""

    day: date
    family: str
    cries: int


@dataclass(frozen=True, slots=True)
class ChartData:
    tension: tuple[TensionPoint, ...]
    mood_days: tuple[MoodDay, ...]
    crying_days: tuple[date, ...]
    feelings: tuple[FamilyDay, ...]
    crisis_left_out: int


class Collector:
    """Takes what the charts need from each entry as it streams past (``tap``) on its way to the insights."""

    def __init__(self, vocabulary: Vocabulary = BUILTIN, *, include_suggested: bool = False) -> None:
        self.vocabulary = vocabulary
        self.include_suggested = include_suggested
        self._tension: list[TensionPoint] = []
        self._mood: dict[date, list[float]] = {}
        self._crying: set[date] = set()
        self._feelings: dict[tuple[date, str], int] = defaultdict(int)
        self._family_of: dict[str, str] = {}
        self._crisis = 0

    def tap(self, entries: Iterable[Entry]) -> Iterator[Entry]:
        for entry in entries:
            self.add(entry)
            yield entry

    def add(self, e: Entry) -> None:
        day = e.at.date()
        if e.kind is Kind.CHECK_IN:
            mood = e.mood_after if e.mood_after is not None else e.mood_before
            if mood is not None:
                slot = self._mood.setdefault(day, [0.0, 0.0])
                slot[0] += mood
                slot[1] += 1
            return
        if e.kind is Kind.CRY:
            self._crying.add(day)
        if e.screening == "crisis":
            self._crisis += 1
            return
        if e.tension_before is not None and e.tension_after is not None:
            self._tension.append(TensionPoint(e.at.replace(tzinfo=None), e.tension_before, e.tension_after, e.kind))
        if e.kind is Kind.CRY:
            named = {
                self._family(f.word)
                for f in e.feelings
                if self.include_suggested or f.source is not EmotionSource.SUGGESTED
            }
            for family in named:
                self._feelings[(day, family)] += 1

    def _family(self, word: str) -> str:
        family = self._family_of.get(word)
        if family is None:
            found = self.vocabulary.get(word)
            family = self._family_of[word] = found.family if found else OTHER_FAMILY
        return family

    def finish(self) -> ChartData:
        return ChartData(
            tension=tuple(sorted(self._tension, key=lambda p: p.at)),
            mood_days=tuple(MoodDay(d, s / n, int(n)) for d, (s, n) in sorted(self._mood.items())),
            crying_days=tuple(sorted(self._crying)),
            feelings=tuple(FamilyDay(d, fam, n) for (d, fam), n in sorted(self._feelings.items())),
            crisis_left_out=self._crisis,
        )


def gather(
    entries: Iterable[Entry],
    *,
    circle: Iterable[Person] = (),
    vocabulary: Vocabulary = BUILTIN,
    rule: Rule | None = None,
    until: date | None = None,
) -> tuple[Insights, ChartData]:
    """The insights and the chart series from one pass over ``entries``."""
    rule = rule or Rule()
    collector = Collector(vocabulary, include_suggested=rule.include_suggested)
    insights = compute_insights(collector.tap(entries), circle=circle, vocabulary=vocabulary, rule=rule, until=until)
    return insights, collector.finish()


# --- what each chart needs ----------------------------------------------------------------------------------

RELIEF_CONTEXTS: tuple[tuple[str, str, str], ...] = (
    # contrast key, short label for group a, for group b (the chart's rows; the sentences keep the long labels)
    ("company.comforted", "comforted, listened to or helped", "nobody helped"),
    ("company.one-vs-alone", "one person there", "alone"),
    ("company.several-vs-alone", "several people there", "alone"),
    ("company.known-vs-strangers", "someone you know there", "only strangers there"),
    ("resolution.resolved", "resolved, at least partly", "not resolved"),
    ("resolution.understood", "understood it better", "did not"),
    ("holding-back.held-back", "held back your tears", "let them come"),
    ("holding-back.ashamed", "felt ashamed of crying", "did not"),
    ("intensity.stronger-vs-milder", "cried hard", "milder tears"),
    ("duration.longer-vs-shorter", "cried longer", "cried shorter"),
    ("emotions.mixed-vs-sad-alone", "sadness with a warm feeling", "sadness alone"),
    ("delayed.later-vs-right-after", "at the later check-in", "right after"),
)


def relief_rows(insights: Insights) -> list[tuple[str, str, str]]:
    """The relief contexts with rated cries on both sides (the only ones a chart can compare)."""
    keys = {c.key: c for c in insights.contrasts}
    return [row for row in RELIEF_CONTEXTS if row[0] in keys and keys[row[0]].a.n and keys[row[0]].b.n]


def missing(kind: str, data: ChartData, insights: Insights) -> str | None:
    """Why ``kind`` cannot be drawn yet (one plain sentence), or None when it can."""
    if kind == "tension":
        n = len(data.tension)
        if n < 2:
            return f"the tension chart needs at least 2 cries with tension before and after (--tension 8:4); you have {n}"
    elif kind == "mood":
        n = len(data.mood_days)
        if n < 2:
            return f"the mood chart needs check-ins with a mood on at least 2 days (log check-in --mood :1); you have {n}"
    elif kind == "emotions":
        if not data.feelings:
            return "the feelings chart needs cries with feelings named (--feel hurt,lonely); there are none yet"
    elif kind == "relief":
        if not relief_rows(insights):
            return (
                "the relief chart needs cries rated for relief (--relief better) in both groups of at least one "
                "comparison, e.g. with someone there and alone"
            )
    elif kind == "circle":
        if not any(p.times for p in insights.circle.people):
            return "the circle chart needs cries where someone was there (--with Sam=comforted); there are none yet"
    else:
        raise KeyError(kind)
    return None

