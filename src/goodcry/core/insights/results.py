"""What the insights module returns: plain frozen dataclasses, no rendering.

A *contrast* compares two groups of the person's own episodes (e.g. cries when someone comforted them vs cries
when nobody did).  It always carries both groups' counts and a 95% interval, and a status:

* ``finding`` — stated to the person: each group has at least ``Rule.min_per_group`` episodes and the
  difference survives the Benjamini–Hochberg step at ``Rule.fdr`` over every eligible contrast in the report
  (equivalently, its interval at the adjusted level ``adjusted.level`` excludes "no difference");
* ``no-clear-difference`` — enough episodes, but the difference could be chance;
* ``not-enough-yet`` — a group has too few episodes; ``needs`` says how many more of which kind.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date

from goodcry.core.model import Relation, Response, Trigger


class Status(enum.StrEnum):
    FINDING = "finding"
    UNCLEAR = "no-clear-difference"
    NOT_ENOUGH = "not-enough-yet"


@dataclass(frozen=True, slots=True)
class Rule:
    """When a difference is stated as a finding (see the module docstring and ``docs`` in ``__init__``)."""

    min_per_group: int = 5
    level: float = 0.95
    fdr: float = 0.05
    include_suggested: bool = False
    recent_days: int = 28


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float
    level: float
    method: str


@dataclass(frozen=True, slots=True)
class Estimate:
    """One group: ``k`` of ``n`` (a share) or the mean of ``n`` values.  ``label`` is a plain phrase."""

    label: str
    n: int
    value: float | None
    k: int | None = None
    interval: Interval | None = None


@dataclass(frozen=True, slots=True)
class Need:
    """What is missing before a contrast can be made: ``more`` episodes (or days) ``label``."""

    label: str
    more: int
    unit: str = "cries"


@dataclass(frozen=True, slots=True)
class Contrast:
    key: str
    measure: str
    a: Estimate
    b: Estimate
    effect: float | None
    null: float
    interval: Interval | None
    p_value: float | None
    status: Status
    needs: tuple[Need, ...] = ()
    adjusted: Interval | None = None

    @property
    def stated(self) -> bool:
        return self.status is Status.FINDING

    @property
    def direction(self) -> str | None:
        """'higher' when group a is above group b, 'lower' when below, None when equal or unknown."""
        if self.effect is None or self.effect == self.null:
            return None
        return "higher" if self.effect > self.null else "lower"


@dataclass(frozen=True, slots=True)
class Counts:
    entries: int
    cries: int
    held_back: int
    check_ins: int
    crisis_excluded: int
    first: date | None
    last: date | None


@dataclass(frozen=True, slots=True)
class ReliefProfile:
    """Insight 1: better / same / worse right after crying, beside the diary study's about 30 / 61 / 9."""

    rated: int
    better: Estimate
    same: Estimate
    worse: Estimate
    vs_study: Contrast
    study: tuple[float, float, float] = (0.30, 0.61, 0.09)


@dataclass(frozen=True, slots=True)
class Company:
    """Insights 2 and 3: comfort vs not; alone vs one person vs several; people you know vs strangers."""

    comforted_vs_not: Contrast
    alone: Estimate
    one: Estimate
    several: Estimate
    one_vs_alone: Contrast
    several_vs_alone: Contrast
    known_vs_strangers: Contrast


@dataclass(frozen=True, slots=True)
class IntensityDuration:
    """Insight 4: does relief go with how strongly or how long you cried?"""

    by_intensity: tuple[Estimate, ...]
    stronger_vs_milder: Contrast
    typical_minutes: float | None
    split_minutes: float | None
    longer_vs_shorter: Contrast


@dataclass(frozen=True, slots=True)
class DelayedRelief:
    """Insight 5: right after vs the later check-in, on the same cries."""

    later_vs_right_after: Contrast
    turned_better: Estimate


@dataclass(frozen=True, slots=True)
class Resolution:
    """Insight 6: relief when the situation resolved, or you understood it better."""

    resolved_vs_not: Contrast
    understood_vs_not: Contrast


@dataclass(frozen=True, slots=True)
class HoldingBack:
    """Insight 7: relief when you held back, or felt ashamed of crying."""

    held_back_vs_let_out: Contrast
    ashamed_vs_not: Contrast


@dataclass(frozen=True, slots=True)
class TriggerStat:
    trigger: Trigger
    cries: int
    share_of_cries: Estimate
    with_vs_without: Contrast


@dataclass(frozen=True, slots=True)
class Triggers:
    """Insight 8: how often each trigger occurs, and the relief each brings."""

    cries: int
    items: tuple[TriggerStat, ...]


@dataclass(frozen=True, slots=True)
class FamilyCount:
    family: str
    cries: int
    share: float


@dataclass(frozen=True, slots=True)
class EmotionMix:
    """Insight 9: the feelings named in cries (by family), and sadness alone vs mixed with a pleasant feeling."""

    cries_with_feelings: int
    families: tuple[FamilyCount, ...]
    main_families: tuple[FamilyCount, ...]
    mixed_vs_sad_alone: Contrast
    include_suggested: bool


@dataclass(frozen=True, slots=True)
class MoodAround:
    """Insight 10: daily check-in mood from two days before to two days after a crying day, vs other days."""

    baseline: Estimate
    by_offset: tuple[tuple[int, Estimate], ...]
    around_vs_baseline: Contrast


@dataclass(frozen=True, slots=True)
class Week:
    start: date
    cries: int
    held_back: int
    mood: float | None


@dataclass(frozen=True, slots=True)
class Trend:
    """Insight 11: how often urges come (cries and held-back urges), recently vs before, and recent mood/relief."""

    recent_start: date | None
    until: date | None
    recent_cries: int
    recent_held_back: int
    urges_recent_vs_earlier: Contrast
    mood_recent_vs_earlier: Contrast
    recent_relief: Estimate
    weeks: tuple[Week, ...]
    suggest_talking: bool


@dataclass(frozen=True, slots=True)
class PersonStat:
    name: str
    relation: Relation | None
    times: int
    responses: tuple[tuple[Response, int], ...]
    relief: Estimate
    with_vs_without: Contrast


@dataclass(frozen=True, slots=True)
class Circle:
    """Insight 12: who was there, how each responded, and your relief with each."""

    people: tuple[PersonStat, ...]


@dataclass(frozen=True, slots=True)
class Insights:
    rule: Rule
    counts: Counts
    relief: ReliefProfile
    company: Company
    intensity_duration: IntensityDuration
    delayed: DelayedRelief
    resolution: Resolution
    holding_back: HoldingBack
    triggers: Triggers
    emotions: EmotionMix
    mood: MoodAround
    trend: Trend
    circle: Circle
    contrasts: tuple[Contrast, ...] = field(default=(), repr=False)

    def findings(self) -> tuple[Contrast, ...]:
        """The contrasts stated as findings, strongest evidence first."""
        stated = [c for c in self.contrasts if c.stated]
        return tuple(sorted(stated, key=lambda c: c.p_value if c.p_value is not None else 1.0))

    def contrast(self, key: str) -> Contrast:
        for c in self.contrasts:
            if c.key == key:
                return c
        raise KeyError(key)
