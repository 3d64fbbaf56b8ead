"""One pass over a person's entries, aggregating as it goes; then small exact statistics on the totals.

Cost: O(1) work per entry (one loop, no sorting of entries), so time grows linearly with the number of entries.
Memory: the entries are consumed from any iterable and never kept; what is kept is bounded counters (by
intensity, trigger, person, feeling family, at most 1,441 duration values) plus six 4-byte counters per *day*
spanned (cries, held-back urges, check-in mood sum and count, rated cries and better ones), so memory grows with
the days a journal covers, not with its entries.

Which episodes count where:

* relief statistics ("what helps you", insights 1–9 and 12) use cries that were *not* screened as crisis and
  whose relief right after was rated; held-back urges join them only in "holding back";
* "felt better" means the relief rating right after was better or much better (``Relief.direction``);
* frequency, urges and mood around crying days count every cry, crisis ones included — they describe what
  happened, not what helps;
* a day's mood is the mean of that day's check-ins (``mood_after``, or ``mood_before`` when that is all a
  check-in has); days are the entry's own local dates;
* feelings are counted when confirmed (chosen or accepted), unless ``Rule.include_suggested``;
* "someone you know" is anyone there who is not marked ``stranger`` in the circle (people named in entries join
  the circle without a relation, and a named person is usually someone known); "only strangers" needs every
  person there marked ``stranger``.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from itertools import compress, islice

from goodcry.core.insights import stats
from goodcry.core.insights.results import (
    Circle,
    Company,
    Contrast,
    Counts,
    DelayedRelief,
    EmotionMix,
    Estimate,
    FamilyCount,
    HoldingBack,
    Insights,
    IntensityDuration,
    Interval,
    MoodAround,
    Need,
    PersonStat,
    ReliefProfile,
    Resolution,
    Rule,
    Status,
    Trend,
    Triggers,
    TriggerStat,
    Week,
)
from goodcry.core.model import (
    Company as CompanyKind,
)
from goodcry.core.model import (
    EmotionSource,
    Entry,
    Intensity,
    Kind,
    Person,
    Relation,
    Relief,
    Resolved,
    Response,
    Trigger,
)
from goodcry.core.vocabulary import BUILTIN, Vocabulary

STUDY = (0.30, 0.61, 0.09)
"""Bylsma et al. 2011 diary study: mood after crying better / unchanged / worse in about 30 / 61 / 9 % (press)."""

SAD_FAMILIES = frozenset({"sadness", "hurt", "loneliness"})
WARM_FAMILIES = frozenset({"tenderness", "calm", "joy"})
OTHER_FAMILY = "other"

# Enum properties compute list indexes on every call; the loop uses these tables instead.
_BETTER = {r: int(r.score > 0) for r in Relief}
_DIRECTION = {r: (0 if r.score > 0 else 1 if r.score == 0 else 2) for r in Relief}
_LEVEL = {i: i.level for i in Intensity}
_RESOLVED = {Resolved.NO: 0, Resolved.PARTLY: 1, Resolved.YES: 2}
_COMPANY = {CompanyKind.ALONE: 0, CompanyKind.ONE: 1, CompanyKind.SEVERAL: 2}
_RESPONSES = tuple(Response)
_RESPONSE_INDEX = {r: i for i, r in enumerate(_RESPONSES)}
_SUPPORTIVE = frozenset(r for r in Response if r.supportive)
_TRIGGERS = tuple(Trigger)


_NO_DAYS: array[int] = array("i")


class _Days:
    """Six dense int32 counters per day, indexed by date ordinal; grows by doubling in either direction."""

    __slots__ = ("base", "cries", "held", "mood_n", "mood_sum", "rel_k", "rel_n", "size")

    def __init__(self) -> None:
        self.base = 0
        self.size = 0
        self.cries = array("i")
        self.held = array("i")
        self.mood_sum = array("i")
        self.mood_n = array("i")
        self.rel_n = array("i")
        self.rel_k = array("i")

    def arrays(self) -> tuple[array[int], array[int], array[int], array[int], array[int], array[int]]:
        return self.cries, self.held, self.mood_sum, self.mood_n, self.rel_n, self.rel_k

    def cover(self, ordinal: int) -> None:
        if self.size == 0:
            slack = 64
            new_base, new_size = ordinal - slack, 2 * slack
        else:
            slack = max(self.size // 2, 64)  # grow by half: amortised O(1), and less memory idle
            low = min(self.base, ordinal - slack if ordinal < self.base else self.base)
            high = max(self.base + self.size, ordinal + slack + 1 if ordinal >= self.base + self.size else 0)
            new_base, new_size = low, high - low
        offset = self.base - new_base
        for name in ("cries", "held", "mood_sum", "mood_n", "rel_n", "rel_k"):
            old: array[int] = getattr(self, name)
            new = array("i", bytes(4 * new_size))
            new[offset : offset + self.size] = old
            setattr(self, name, new)
        self.base, self.size = new_base, new_size


class Aggregator:
    """Feed entries (in any order, in as many batches as you like), then ``finish()``.

    ``compute_insights`` is the one-call form.  Storage can feed pages of rows without holding them all.
    """

    def __init__(
        self,
        *,
        circle: Iterable[Person] = (),
        vocabulary: Vocabulary = BUILTIN,
        rule: Rule | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> None:
        self.rule = rule or Rule()
        self.vocabulary = vocabulary
        self.relations: dict[str, Relation | None] = {p.name.casefold(): p.relation for p in circle}
        self.since = since
        self.until = until
        self._since = since.toordinal() if since else -(10**9)
        self._until = until.toordinal() if until else 10**9
        self.days = _Days()
        self.scalars = [0] * 7  # entries, cries, held-back, check-ins, crisis, cries with feelings, crisis cries
        self.first = 10**9
        self.last = -(10**9)
        self.profile = [0, 0, 0]  # better, same, worse
        self.comfort = [0] * 4  # n, k for [comforted, not]
        self.company = [0] * 6  # n, k for alone, one, several
        self.known = [0] * 4  # n, k for [known, strangers]
        self.intensity = [0] * 10  # n, k by level 1..4
        self.durations: dict[int, list[int]] = {}  # minutes -> [all cries, rated, better]
        self.resolved = [0] * 6  # n, k by no/partly/yes
        self.understanding = [0] * 12  # n, k by 1..5
        self.held_back = [0] * 12  # n, k by 1..5 (cries)
        self.urges_rated = [0, 0]  # held-back urges: n, k
        self.shame = [0] * 12
        self.trigger_all = dict.fromkeys(_TRIGGERS, 0)
        self.trigger_rated: dict[Trigger, list[int]] = {t: [0, 0] for t in _TRIGGERS}
        self.rated = [0, 0]  # n, k over all rated cries
        self.families: dict[str, int] = {}
        self.main_families: dict[str, int] = {}
        self.mix = [0] * 4  # n, k for [sad + warm, sad alone]
        self.paired = [0] * 4  # both better, right-after only, later only, neither
        self.turned = [0, 0]  # not better right after: n with a later rating, k better later
        self.people: dict[str, list[int]] = {}  # casefolded name -> [times, n, k, responses…]
        self.names: dict[str, str] = {}
        self._family_of: dict[str, str] = {}

    # --- the one pass ---------------------------------------------------------------------------------------

    def feed(self, entries: Iterable[Entry]) -> Aggregator:
        since, until = self._since, self._until
        days = self.days
        base, size = days.base, days.size
        cries_d, held_d, mood_sum, mood_n, rel_n, rel_k = days.arrays()
        sc = self.scalars
        n_entries, n_cries, n_held, n_checkins, n_crisis, n_feel, n_crisis_cries = sc
        first, last = self.first, self.last
        profile, comfort, company, known = self.profile, self.comfort, self.company, self.known
        intensity, durations, resolved = self.intensity, self.durations, self.resolved
        understanding, held_back, shame, urges_rated = self.understanding, self.held_back, self.shame, self.urges_rated
        trigger_all, trigger_rated, rated = self.trigger_all, self.trigger_rated, self.rated
        families, main_families, mix = self.families, self.main_families, self.mix
        paired, turned, people, names = self.paired, self.turned, self.people, self.names
        relations, family_of = self.relations, self._family_of
        include_suggested = self.rule.include_suggested
        check_in, held_kind, alone = Kind.CHECK_IN, Kind.HELD_BACK, CompanyKind.ALONE
        suggested, stranger = EmotionSource.SUGGESTED, Relation.STRANGER
        better_of, direction_of, level_of = _BETTER, _DIRECTION, _LEVEL
        resolved_of, company_of, supportive, response_index = _RESOLVED, _COMPANY, _SUPPORTIVE, _RESPONSE_INDEX
        sad_families, warm_families = SAD_FAMILIES, WARM_FAMILIES
        n_responses = len(_RESPONSES)
        sink = [0, 0, 0]  # the duration slot of cries without a duration

        for e in entries:
            o = e.at.toordinal()
            if o < since or o > until:
                continue
            n_entries += 1
            if o < first:
                first = o
            if o > last:
                last = o
            i = o - base
            if i < 0 or i >= size:
                # drop this loop's references first, so each old counter is freed as soon as it is copied
                cries_d = held_d = mood_sum = mood_n = rel_n = rel_k = _NO_DAYS
                days.cover(o)
                base, size = days.base, days.size
                cries_d, held_d, mood_sum, mood_n, rel_n, rel_k = days.arrays()
                i = o - base
            kind = e.kind
            if kind is check_in:
                n_checkins += 1
                mood = e.mood_after
                if mood is None:
                    mood = e.mood_before
                if mood is not None:
                    mood_sum[i] += mood
                    mood_n[i] += 1
                continue
            relief = e.relief
            crisis = e.screening == "crisis"
            if kind is held_kind:
                n_held += 1
                held_d[i] += 1
                if crisis:
                    n_crisis += 1
                elif relief is not None:
                    urges_rated[0] += 1
                    urges_rated[1] += better_of[relief]
                continue
            n_cries += 1
            cries_d[i] += 1
            if crisis:
                n_crisis += 1
                n_crisis_cries += 1
                continue

            # Everything below describes non-crisis cries, rated or not.
            duration = e.duration_min
            slot = sink
            if duration is not None:
                known_slot = durations.get(duration)
                if known_slot is None:
                    known_slot = durations[duration] = [0, 0, 0]
                known_slot[0] += 1
                slot = known_slot
            triggers = e.triggers
            for t in triggers:
                trigger_all[t] += 1
            sad = warm = False
            feelings = e.feelings
            if feelings:
                seen: set[str] = set()
                main_family = None
                for f in feelings:
                    if f.source is suggested and not include_suggested:
                        continue
                    fam = family_of.get(f.word)
                    if fam is None:
                        word = self.vocabulary.get(f.word)
                        fam = family_of[f.word] = word.family if word else OTHER_FAMILY
                    seen.add(fam)
                    if f.main or main_family is None:
                        main_family = fam
                if seen:
                    n_feel += 1
                    for fam in seen:
                        families[fam] = families.get(fam, 0) + 1
                        if fam in sad_families:
                            sad = True
                        elif fam in warm_families:
                            warm = True
                    if main_family is not None:
                        main_families[main_family] = main_families.get(main_family, 0) + 1
            company_kind = e.company
            present = e.people
            comforted = -1  # 0 someone supportive, 1 nobody, -1 unknown
            knew = -1  # 0 someone known, 1 only strangers, -1 unknown
            slots: list[list[int]] = []
            if present:
                comforted = 1
                knew = 1
                for p in present:
                    key = p.person.casefold()
                    stat = people.get(key)
                    if stat is None:
                        stat = people[key] = [0] * (3 + n_responses)
                        names[key] = p.person
                    stat[0] += 1
                    for r in p.responses:
                        stat[3 + response_index[r]] += 1
                        if r in supportive:
                            comforted = 0
                    slots.append(stat)
                    if relations.get(key) is not stranger:
                        knew = 0
            elif company_kind is alone:
                comforted = 1

            if relief is None:
                continue
            b = better_of[relief]
            rel_n[i] += 1
            rel_k[i] += b
            rated[0] += 1
            rated[1] += b
            profile[direction_of[relief]] += 1
            if comforted >= 0:
                comfort[2 * comforted] += 1
                comfort[2 * comforted + 1] += b
            if company_kind is not None:
                c = 2 * company_of[company_kind]
                company[c] += 1
                company[c + 1] += b
            if knew >= 0:
                known[2 * knew] += 1
                known[2 * knew + 1] += b
            for stat in slots:
                stat[1] += 1
                stat[2] += b
            level = e.intensity
            if level is not None:
                c = 2 * level_of[level]
                intensity[c] += 1
                intensity[c + 1] += b
            slot[1] += 1
            slot[2] += b
            res = e.resolved
            if res is not None:
                c = 2 * resolved_of[res]
                resolved[c] += 1
                resolved[c + 1] += b
            value = e.understanding
            if value is not None:
                understanding[2 * value] += 1
                understanding[2 * value + 1] += b
            value = e.held_back
            if value is not None:
                held_back[2 * value] += 1
                held_back[2 * value + 1] += b
            value = e.shame
            if value is not None:
                shame[2 * value] += 1
                shame[2 * value + 1] += b
            for t in triggers:
                pair = trigger_rated[t]
                pair[0] += 1
                pair[1] += b
            if sad:
                c = 0 if warm else 2
                mix[c] += 1
                mix[c + 1] += b
            if e.follow_ups:
                later = e.later_relief()
                if later is not None:
                    lb = better_of[later]
                    paired[(0 if lb else 1) if b else (2 if lb else 3)] += 1
                    if not b:
                        turned[0] += 1
                        turned[1] += lb

        sc[:] = [n_entries, n_cries, n_held, n_checkins, n_crisis, n_feel, n_crisis_cries]
        self.first, self.last = first, last
        return self

    # --- after the pass -------------------------------------------------------------------------------------

    def finish(self) -> Insights:
        return _Builder(self).build()


def compute_insights(
    entries: Iterable[Entry],
    *,
    circle: Iterable[Person] = (),
    vocabulary: Vocabulary = BUILTIN,
    rule: Rule | None = None,
    since: date | None = None,
    until: date | None = None,
) -> Insights:
    """Insights from ``entries`` (any iterable, consumed once): see the package docstring for the rule."""
    return Aggregator(circle=circle, vocabulary=vocabulary, rule=rule, since=since, until=until).feed(entries).finish()


# --- contrasts --------------------------------------------------------------------------------------------------

_IntervalAt = Callable[[float], tuple[float, float]]


@dataclass
class _Spec:
    key: str
    measure: str
    a: Estimate
    b: Estimate
    effect: float | None
    null: float
    method: str
    interval_at: _IntervalAt | None
    p_value: float | None
    needs: tuple[Need, ...]


class _Builder:
    def __init__(self, agg: Aggregator) -> None:
        self.agg = agg
        self.rule = agg.rule
        self.level = agg.rule.level
        self.z = stats.z_for(agg.rule.level)
        self.specs: list[_Spec] = []

    # estimates

    def share(self, label: str, k: int, n: int) -> Estimate:
        if n == 0:
            return Estimate(label, 0, None, 0)
        low, high = stats.wilson(k, n, self.z)
        return Estimate(label, n, k / n, k, Interval(low, high, self.level, "Wilson"))

    def mean(self, label: str, m: stats.Moments) -> Estimate:
        if m.n == 0:
            return Estimate(label, 0, None)
        low, high = stats.mean_interval(m, self.level)
        return Estimate(label, m.n, m.mean, None, Interval(low, high, self.level, "t"))

    # specs

    def _needs(self, groups: Iterable[tuple[str, int]], unit: str = "cries") -> tuple[Need, ...]:
        need = self.rule.min_per_group
        return tuple(Need(label, need - n, unit) for label, n in groups if n < need)

    def two_shares(self, key: str, a: tuple[str, int, int], b: tuple[str, int, int]) -> str:
        ea, eb = self.share(a[0], a[1], a[2]), self.share(b[0], b[1], b[2])
        needs = self._needs(((a[0], a[2]), (b[0], b[2])))
        interval_at: _IntervalAt | None = None
        p = effect = None
        if a[2] and b[2]:
            effect = a[1] / a[2] - b[1] / b[2]
            interval_at = partial(stats.newcombe, a[1], a[2], b[1], b[2])
            if not needs:
                p = stats.p_by_inversion(interval_at, 0.0)
        self.specs.append(_Spec(key, "difference of shares", ea, eb, effect, 0.0, "Newcombe", interval_at, p, needs))
        return key

    def paired_shares(self, key: str, table: list[int]) -> str:
        both, first_only, second_only, neither = table
        n = both + first_only + second_only + neither
        ea = self.share("at the later check-in", both + second_only, n)
        eb = self.share("right after", both + first_only, n)
        needs = self._needs((("with a later check-in", n),))
        interval_at: _IntervalAt | None = None
        p = effect = None
        if n:
            effect = (second_only - first_only) / n
            interval_at = partial(stats.newcombe_paired, both, first_only, second_only, neither)
            if not needs:
                p = stats.p_by_inversion(interval_at, 0.0)
        self.specs.append(
            _Spec(key, "paired difference of shares", ea, eb, effect, 0.0, "Newcombe paired", interval_at, p, needs)
        )
        return key

    def vs_reference(self, key: str, label: str, k: int, n: int, p0: float, ref_label: str) -> str:
        ea = self.share(label, k, n)
        eb = Estimate(ref_label, 0, p0)
        needs = self._needs(((label, n),))
        interval_at: _IntervalAt | None = None
        p = effect = None
        if n:
            effect = k / n - p0
            interval_at = partial(_wilson_minus, k, n, p0)
            if not needs:
                p = stats.score_test_share(k, n, p0)
        self.specs.append(_Spec(key, "share vs reference", ea, eb, effect, 0.0, "Wilson", interval_at, p, needs))
        return key

    def means(self, key: str, a: tuple[str, stats.Moments], b: tuple[str, stats.Moments]) -> str:
        ea, eb = self.mean(*a), self.mean(*b)
        ma, mb = a[1], b[1]
        needs = self._needs(((a[0], ma.n), (b[0], mb.n)), unit="check-in days")
        interval_at: _IntervalAt | None = None
        p = effect = None
        if ma.n and mb.n:
            effect = ma.mean - mb.mean
            if ma.n > 1 and mb.n > 1:
                interval_at = partial(_welch_at, ma, mb)
            if not needs:
                p = stats.welch_p(ma, mb)
        self.specs.append(_Spec(key, "difference of means", ea, eb, effect, 0.0, "Welch t", interval_at, p, needs))
        return key

    def rate_ratio(self, key: str, recent: tuple[str, int, int], earlier: tuple[str, int, int]) -> str:
        label_a, k1, w1 = recent
        label_b, k2, w2 = earlier
        ea = Estimate(label_a, w1, k1 / w1 * 7 if w1 else None, k1)
        eb = Estimate(label_b, w2, k2 / w2 * 7 if w2 else None, k2)
        needs: list[Need] = []
        if w2 < self.rule.recent_days:
            needs.append(
                Need(f"of journal before the last {self.rule.recent_days} days", self.rule.recent_days - w2, "days")
            )
        if k1 + k2 < self.rule.min_per_group:
            needs.append(Need("cries or held-back urges", self.rule.min_per_group - k1 - k2, "episodes"))
        interval_at: _IntervalAt | None = None
        p = effect = None
        k = k1 + k2
        if w1 and w2 and k:
            effect = math.inf if k2 == 0 else (k1 / w1) / (k2 / w2)
            p0 = w1 / (w1 + w2)
            interval_at = partial(_rate_ratio_at, k1, k, w2 / w1)
            if not needs:
                p = stats.score_test_share(k1, k, p0)
        self.specs.append(
            _Spec(key, "rate ratio", ea, eb, effect, 1.0, "conditional score (Wilson)", interval_at, p, tuple(needs))
        )
        return key

    # the rule

    def decide(self) -> dict[str, Contrast]:
        eligible = [s for s in self.specs if s.p_value is not None]
        m = len(eligible)
        rejected = stats.benjamini_hochberg([s.p_value for s in eligible if s.p_value is not None], self.rule.fdr)
        cutoff = sorted(s.p_value for s in eligible if s.p_value is not None)[rejected - 1] if rejected else -1.0
        adjusted_level = 1 - rejected * self.rule.fdr / m if m else self.level
        out: dict[str, Contrast] = {}
        for s in self.specs:
            interval = adjusted = None
            if s.interval_at is not None:
                low, high = s.interval_at(self.z)
                interval = Interval(low, high, self.level, s.method)
            if s.p_value is None:
                status = Status.NOT_ENOUGH if s.needs else Status.UNCLEAR
            elif s.p_value <= cutoff:
                status = Status.FINDING
                if s.interval_at is not None:
                    low, high = s.interval_at(stats.z_for(adjusted_level))
                    adjusted = Interval(low, high, adjusted_level, s.method + ", Benjamini–Hochberg adjusted")
            else:
                status = Status.UNCLEAR
            out[s.key] = Contrast(
                s.key, s.measure, s.a, s.b, s.effect, s.null, interval, s.p_value, status, s.needs, adjusted
            )
        return out

    # assembling the insights

    def build(self) -> Insights:
        agg = self.agg
        n_entries, n_cries, n_held, n_checkins, n_crisis, n_feel, n_crisis_cries = agg.scalars
        have_days = agg.first <= agg.last
        first = date.fromordinal(agg.first) if have_days else None
        last = date.fromordinal(agg.last) if have_days else None
        counts = Counts(n_entries, n_cries, n_held, n_checkins, n_crisis, first, last)

        # 1. relief profile
        better, same, worse = agg.profile
        n_rated = better + same + worse
        profile_parts = (
            self.share("felt better", better, n_rated),
            self.share("felt the same", same, n_rated),
            self.share("felt worse", worse, n_rated),
        )
        k_profile = self.vs_reference(
            "relief.vs-study", "you felt better", better, n_rated, STUDY[0], "in the diary study"
        )

        # 2–3. comfort and company
        c = agg.comfort
        k_comfort = self.two_shares(
            "company.comforted",
            ("when someone comforted you, listened or helped", c[1], c[0]),
            ("when nobody did (alone, or nobody there helped)", c[3], c[2]),
        )
        co = agg.company
        alone = ("when you were alone", co[1], co[0])
        k_one = self.two_shares("company.one-vs-alone", ("with one other person there", co[3], co[2]), alone)
        k_several = self.two_shares("company.several-vs-alone", ("with several people there", co[5], co[4]), alone)
        kn = agg.known
        k_known = self.two_shares(
            "company.known-vs-strangers",
            ("with someone you know there", kn[1], kn[0]),
            ("with only strangers there", kn[3], kn[2]),
        )

        # 4. intensity vs duration
        it = agg.intensity
        labels = {1: "with moist eyes", 2: "with tears", 3: "when crying", 4: "when sobbing"}
        by_intensity = tuple(self.share(labels[lv], it[2 * lv + 1], it[2 * lv]) for lv in range(1, 5))
        k_strong = self.two_shares(
            "intensity.stronger-vs-milder",
            ("when you cried hard (crying or sobbing)", it[7] + it[9], it[6] + it[8]),
            ("when it was milder (moist eyes or tears)", it[3] + it[5], it[2] + it[4]),
        )
        typical = _median({m: v[0] for m, v in agg.durations.items()})
        split = _median({m: v[1] for m, v in agg.durations.items()})
        long_n = long_k = short_n = short_k = 0
        if split is not None:
            for minutes, (_, n, k) in agg.durations.items():
                if minutes > split:
                    long_n, long_k = long_n + n, long_k + k
                else:
                    short_n, short_k = short_n + n, short_k + k
        split_text = f"{split:g}" if split is not None else "your usual"
        k_long = self.two_shares(
            "duration.longer-vs-shorter",
            (f"when you cried longer than {split_text} minutes", long_k, long_n),
            (f"when you cried {split_text} minutes or less", short_k, short_n),
        )

        # 5. delayed relief
        k_delayed = self.paired_shares("delayed.later-vs-right-after", agg.paired)
        turned = self.share("felt better by the later check-in", agg.turned[1], agg.turned[0])

        # 6. resolution and understanding
        r = agg.resolved
        k_resolved = self.two_shares(
            "resolution.resolved",
            ("when the situation was resolved, at least partly", r[3] + r[5], r[2] + r[4]),
            ("when it was not resolved", r[1], r[0]),
        )
        u = agg.understanding
        k_understood = self.two_shares(
            "resolution.understood",
            ("when you came to understand it better", u[7] + u[9] + u[11], u[6] + u[8] + u[10]),
            ("when you didn't come to understand it better", u[3] + u[5], u[2] + u[4]),
        )

        # 7. holding back and shame
        h, ur = agg.held_back, agg.urges_rated
        k_held = self.two_shares(
            "holding-back.held-back",
            ("when you held back your tears", h[7] + h[9] + h[11] + ur[1], h[6] + h[8] + h[10] + ur[0]),
            ("when you let them come", h[3] + h[5], h[2] + h[4]),
        )
        s = agg.shame
        k_shame = self.two_shares(
            "holding-back.ashamed",
            ("when you felt ashamed of crying", s[7] + s[9] + s[11], s[6] + s[8] + s[10]),
            ("when you didn't feel ashamed", s[3] + s[5], s[2] + s[4]),
        )

        # 8. triggers
        n_open = n_cries - n_crisis_cries
        rated_n, rated_k = agg.rated
        trigger_keys: list[tuple[Trigger, int, str]] = []
        for t in _TRIGGERS:
            tn, tk = agg.trigger_rated[t]
            key = self.two_shares(
                f"trigger.{t.value}",
                (f"when it was about {_TRIGGER_WORDS[t]}", tk, tn),
                ("when it was about something else", rated_k - tk, rated_n - tn),
            )
            trigger_keys.append((t, agg.trigger_all[t], key))

        # 9. emotion mix
        mx = agg.mix
        k_mix = self.two_shares(
            "emotions.mixed-vs-sad-alone",
            ("when sadness came with a warm feeling (moved, relieved, grateful …)", mx[1], mx[0]),
            ("when it was sadness without one", mx[3], mx[2]),
        )

        # 10–11. days: mood around crying days, frequency and trend
        baseline, around, offsets, recent_m, earlier_m = self._mood_days()
        k_mood = self.means(
            "mood.around-crying-days",
            ("from two days before to two days after a cry", around),
            ("on your other days", baseline),
        )
        trend_parts = self._trend()
        k_rate = self.rate_ratio("trend.urges", trend_parts[0], trend_parts[1])
        k_mood_trend = self.means(
            "trend.mood",
            (f"in the last {self.rule.recent_days} days", recent_m),
            (f"before the last {self.rule.recent_days} days", earlier_m),
        )

        # 12. circle
        person_keys: list[tuple[str, list[int], str]] = []
        for key, stat in sorted(agg.people.items(), key=lambda kv: (-kv[1][0], kv[0])):
            name = agg.names[key]
            pk = self.two_shares(
                f"person.{key}",
                (f"with {name} there", stat[2], stat[1]),
                (f"without {name}", rated_k - stat[2], rated_n - stat[1]),
            )
            person_keys.append((key, stat, pk))

        done = self.decide()

        trigger_items = tuple(
            TriggerStat(t, count, self.share(f"about {_TRIGGER_WORDS[t]}", count, n_open), done[key])
            for t, count, key in trigger_keys
        )
        trigger_items = tuple(sorted(trigger_items, key=lambda ts: -ts.cries))
        people = tuple(
            PersonStat(
                agg.names[key],
                agg.relations.get(key),
                stat[0],
                tuple((resp, stat[3 + i]) for i, resp in enumerate(_RESPONSES) if stat[3 + i]),
                self.share(f"with {agg.names[key]} there", stat[2], stat[1]),
                done[pk],
            )
            for key, stat, pk in person_keys
        )
        _, _, recent_cries, recent_held, recent_rel, weeks = trend_parts
        recent_relief = self.share("after cries in the last weeks", recent_rel[1], recent_rel[0])
        recent_mood = self.mean(f"in the last {self.rule.recent_days} days", recent_m)
        rate = done[k_rate]
        until = date.fromordinal(self._until_ordinal()) if have_days else None
        recent_start = until - timedelta(days=self.rule.recent_days - 1) if until else None
        suggest = _suggest_talking(rate, recent_mood, recent_relief, recent_cries + recent_held)

        return Insights(
            rule=self.rule,
            counts=counts,
            relief=ReliefProfile(n_rated, *profile_parts, done[k_profile], STUDY),
            company=Company(
                done[k_comfort],
                self.share(*alone),
                self.share("with one other person there", co[3], co[2]),
                self.share("with several people there", co[5], co[4]),
                done[k_one],
                done[k_several],
                done[k_known],
            ),
            intensity_duration=IntensityDuration(by_intensity, done[k_strong], typical, split, done[k_long]),
            delayed=DelayedRelief(done[k_delayed], turned),
            resolution=Resolution(done[k_resolved], done[k_understood]),
            holding_back=HoldingBack(done[k_held], done[k_shame]),
            triggers=Triggers(n_open, trigger_items),
            emotions=EmotionMix(
                n_feel,
                _family_counts(agg.families, n_feel),
                _family_counts(agg.main_families, n_feel),
                done[k_mix],
                self.rule.include_suggested,
            ),
            mood=MoodAround(
                self.mean("on your other days", baseline),
                tuple((off, self.mean(_OFFSET_WORDS[off], m)) for off, m in sorted(offsets.items())),
                done[k_mood],
            ),
            trend=Trend(
                recent_start,
                until,
                recent_cries,
                recent_held,
                rate,
                done[k_mood_trend],
                recent_relief,
                weeks,
                suggest,
            ),
            circle=Circle(people),
            contrasts=tuple(done.values()),
        )

    def _until_ordinal(self) -> int:
        agg = self.agg
        return agg.until.toordinal() if agg.until is not None else agg.last

    def _mood_days(
        self,
    ) -> tuple[stats.Moments, stats.Moments, dict[int, stats.Moments], stats.Moments, stats.Moments]:
        """Day means of check-in mood, by distance to the nearest crying day (−2…+2), and recent vs earlier."""
        agg, days = self.agg, self.agg.days
        baseline, around = stats.Moments(), stats.Moments()
        offsets = {off: stats.Moments() for off in (-2, -1, 0, 1, 2)}
        recent, earlier = stats.Moments(), stats.Moments()
        if agg.first > agg.last:
            return baseline, around, offsets, recent, earlier
        lo, hi = agg.first - days.base, agg.last - days.base
        counts, sums = days.mood_n, days.mood_sum
        # one byte a day: cried or not, padded by two days each side (no copies of the day counters)
        cried = b"\0\0" + bytes(map(bool, islice(days.cries, lo, hi + 1))) + b"\0\0"
        recent_from = self._until_ordinal() - self.rule.recent_days + 1 - days.base
        # [n, sum, sum of squares] of day means: offsets −2…+2 at 0…4, other days at 5; recent, earlier
        acc = [[0, 0.0, 0.0] for _ in range(8)]
        for j in compress(range(lo, hi + 1), islice(counts, lo, hi + 1)):
            value = sums[j] / counts[j]
            k = j - lo + 2
            # the nearest crying day; a day between two is counted as "after" the earlier one
            if cried[k]:
                g = acc[2]
            elif cried[k - 1]:
                g = acc[3]
            elif cried[k + 1]:
                g = acc[1]
            elif cried[k - 2]:
                g = acc[4]
            elif cried[k + 2]:
                g = acc[0]
            else:
                g = acc[5]
            g[0] += 1
            g[1] += value
            g[2] += value * value
            g = acc[6] if j >= recent_from else acc[7]
            g[0] += 1
            g[1] += value
            g[2] += value * value
        for off in (-2, -1, 0, 1, 2):
            offsets[off] = stats.Moments.from_sums(*acc[off + 2])
        baseline = stats.Moments.from_sums(*acc[5])
        around = stats.Moments.from_sums(*(sum(acc[i][x] for i in range(5)) for x in range(3)))
        recent, earlier = stats.Moments.from_sums(*acc[6]), stats.Moments.from_sums(*acc[7])
        return baseline, around, offsets, recent, earlier

    def _trend(
        self,
    ) -> tuple[tuple[str, int, int], tuple[str, int, int], int, int, tuple[int, int], tuple[Week, ...]]:
        agg, days = self.agg, self.agg.days
        window = self.rule.recent_days
        if agg.first > agg.last:
            empty = ("in the last weeks", 0, 0)
            return empty, ("before", 0, 0), 0, 0, (0, 0), ()
        until = self._until_ordinal()
        start = until - window + 1
        lo, hi = agg.first - days.base, agg.last - days.base

        def total(arr: array[int], a: int, b: int) -> int:
            a, b = max(a - days.base, lo), min(b - days.base, hi)
            return sum(arr[a : b + 1]) if a <= b else 0

        recent_cries = total(days.cries, start, until)
        recent_held = total(days.held, start, until)
        earlier_cries = total(days.cries, agg.first, start - 1)
        earlier_held = total(days.held, agg.first, start - 1)
        recent_span = max(0, until - max(start, agg.first) + 1)
        earlier_span = max(0, start - agg.first)
        recent_rel = (total(days.rel_n, start, until), total(days.rel_k, start, until))

        weeks: list[Week] = []
        monday = until - date.fromordinal(until).weekday()
        for w in range(25, -1, -1):
            ws = monday - 7 * w
            if ws + 6 < agg.first:
                continue
            n_mood = total(days.mood_n, ws, ws + 6)
            mood = total(days.mood_sum, ws, ws + 6) / n_mood if n_mood else None
            weeks.append(Week(date.fromordinal(ws), total(days.cries, ws, ws + 6), total(days.held, ws, ws + 6), mood))
        return (
            (f"in the last {window} days", recent_cries + recent_held, recent_span),
            (f"before the last {window} days", earlier_cries + earlier_held, earlier_span),
            recent_cries,
            recent_held,
            recent_rel,
            tuple(weeks),
        )


def _odds(p: float) -> float:
    return math.inf if p >= 1.0 else p / (1.0 - p)


def _wilson_minus(k: int, n: int, p0: float, z: float) -> tuple[float, float]:
    low, high = stats.wilson(k, n, z)
    return low - p0, high - p0


def _welch_at(a: stats.Moments, b: stats.Moments, z: float) -> tuple[float, float]:
    return stats.welch_interval(a, b, 2 * stats.NORMAL.cdf(z) - 1)


def _rate_ratio_at(k1: int, k: int, scale: float, z: float) -> tuple[float, float]:
    low, high = stats.wilson(k1, k, z)
    return _odds(low) * scale, _odds(high) * scale


def _median(hist: dict[int, int]) -> float | None:
    total = sum(hist.values())
    if total == 0:
        return None
    seen = 0
    keys = sorted(k for k, v in hist.items() if v)
    lower = upper = None
    for k in keys:
        seen += hist[k]
        if lower is None and seen >= (total + 1) // 2:
            lower = k
        if seen >= total // 2 + 1:
            upper = k
            break
    assert lower is not None and upper is not None
    return (lower + upper) / 2


def _family_counts(counts: dict[str, int], total: int) -> tuple[FamilyCount, ...]:
    return tuple(
        FamilyCount(fam, n, n / total if total else 0.0)
        for fam, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    )


def _suggest_talking(rate: Contrast, mood: Estimate, relief: Estimate, recent_urges: int) -> bool:
    """Urges rising, mood low and relief rare, all in the recent window.

    Deliberately more sensitive than the finding rule: a gentle suggestion to talk to someone costs little, and
    missing a hard stretch costs more.  Needs: at least 4 recent urges at 1.5× the earlier weekly rate or more
    (with at least two weeks before to compare), a recent mean check-in mood of −1 or lower over 3+ days, and
    relief after at most a third of 3+ rated recent cries.
    """
    rising = recent_urges >= 4 and rate.b.n >= 14 and rate.effect is not None and rate.effect >= 1.5
    low_mood = mood.n >= 3 and mood.value is not None and mood.value <= -1
    rare_relief = relief.n >= 3 and relief.value is not None and relief.value <= 1 / 3
    return rising and low_mood and rare_relief


_TRIGGER_WORDS = {
    Trigger.CONFLICT: "a conflict",
    Trigger.LOSS: "a loss",
    Trigger.PERSONAL_FAILING: "a personal failing",
    Trigger.OTHERS_SUFFERING: "someone else's suffering",
    Trigger.PHYSICAL_PAIN: "physical pain",
    Trigger.STRESS: "stress",
    Trigger.MOVED: "being moved or joyful",
    Trigger.MEDIA: "a film, music or a book",
    Trigger.UNCLEAR: "something unclear",
}

_OFFSET_WORDS = {
    -2: "two days before a cry",
    -1: "the day before a cry",
    0: "on crying days",
    1: "the day after a cry",
    2: "two days after a cry",
}
