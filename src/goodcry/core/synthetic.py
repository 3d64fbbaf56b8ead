"""A seeded synthetic journal: entries with known, planted effects (or none), produced lazily.

Used by the insights tests and benchmarks, and useful for any benchmark that needs many realistic entries
(storage, web, CLI).  The same seed always gives the same entries.  Nothing here is real data.

A simulated day has a mood check-in (85%), maybe a cry (30%) and maybe a held-back urge (10%).  Relief right
after a cry is "better" with probability ``Effects.base_better`` (0.30, as in the diary study) plus the planted
effects; "worse" takes the study's share of the rest (9:61).  ``NULL`` plants nothing: relief, mood and rates
are independent of everything, so any "finding" in a null world is a false one.
"""

from __future__ import annotations

import math
import random
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from goodcry.core.model import (
    Company,
    EmotionSource,
    Entry,
    Feeling,
    FollowUp,
    Intensity,
    Kind,
    Person,
    Presence,
    Relation,
    Relief,
    Resolved,
    Response,
    Trigger,
)


@dataclass(frozen=True, slots=True)
class Effects:
    """What a synthetic world plants.  Shares are added to the chance of feeling better right after a cry."""

    base_better: float = 0.30
    base_worse: float = 0.09
    comfort: float = 0.0  # someone comforted, listened or helped
    one_person: float = 0.0  # exactly one other person there
    intensity: float = 0.0  # per intensity step above moist eyes
    resolved: float = 0.0  # resolved at least partly
    understanding: float = 0.0  # understanding 3 or more
    held_back: float = 0.0  # subtracted when held back 3 or more
    shame: float = 0.0  # subtracted when shame 3 or more
    warm_mix: float = 0.0  # sadness mixed with a warm feeling
    delayed: float = 0.0  # extra chance of "better" at the later check-in when not better right after
    mood_dip: float = 0.0  # check-in mood this much lower from two days before to two days after a cry
    mood_base: float = 0.5
    urge_rise: float = 0.0  # cry and urge rates rise by this factor over the last 15% of the journal


NULL = Effects()
PLANTED = Effects(
    comfort=0.30,
    intensity=0.07,
    resolved=0.15,
    understanding=0.10,
    held_back=0.15,
    shame=0.10,
    warm_mix=0.10,
    delayed=0.35,
    mood_dip=1.5,
)
STRUGGLING = Effects(base_better=0.08, base_worse=0.35, mood_base=-2.5, urge_rise=2.0)

P_CHECK_IN, P_CRY, P_URGE, P_CRISIS, P_FOLLOW_UP = 0.85, 0.30, 0.10, 0.01, 0.5

CIRCLE: tuple[Person, ...] = (
    Person("Sam", Relation.PARTNER),
    Person("Mum", Relation.FAMILY),
    Person("Alex", Relation.FRIEND),
    Person("Jo", Relation.COLLEAGUE),
    Person("a stranger", Relation.STRANGER),
)


def circle() -> tuple[Person, ...]:
    """The synthetic person's support circle (names and relations)."""
    return CIRCLE


_SUPPORTIVE = (Response.COMFORTED, Response.LISTENED, Response.PRACTICAL_HELP)
_UNSUPPORTIVE = (Response.IGNORED, Response.AWKWARD, Response.CRITICAL)
_PRESENCE = {(p.name, r): Presence(p.name, (r,)) for p in CIRCLE for r in (*_SUPPORTIVE, *_UNSUPPORTIVE)}
_SAD = ("sad", "hurt", "lonely", "disappointed", "grief", "overwhelmed")
_WARM = ("moved", "relieved", "grateful")
_OTHER = ("anxious", "frustrated", "angry", "ashamed", "helpless")
_MAIN = {w: Feeling(w, 4, main=True) for w in _SAD}
_CHOSEN = {w: Feeling(w, 3) for w in (*_WARM, *_OTHER)}
_SUGGESTED = {w: Feeling(w, 2, source=EmotionSource.SUGGESTED) for w in (*_WARM, *_OTHER)}
_TRIGGERS = tuple(Trigger)
_INTENSITIES = tuple(Intensity)
_RESOLVED = (Resolved.NO, Resolved.PARTLY, Resolved.YES)
_TZ = timezone(timedelta(hours=1))


def _relief(rng: random.Random, p_better: float, p_worse: float) -> Relief:
    r = rng.random()
    if r < p_better:
        return Relief.MUCH_BETTER if rng.random() < 0.3 else Relief.BETTER
    if r < p_better + p_worse:
        return Relief.MUCH_WORSE if rng.random() < 0.2 else Relief.WORSE
    return Relief.SAME


def generate(
    n: int,
    *,
    seed: int = 0,
    effects: Effects = NULL,
    start: datetime | None = None,
) -> Iterator[Entry]:
    """``n`` entries (check-ins, cries and held-back urges) day after day from ``start``, lazily."""
    rng = random.Random(seed)
    rnd = rng.random
    fx = effects
    day0 = start or datetime(2020, 1, 1, tzinfo=_TZ)
    # Cry days are decided two days ahead so that a planted mood dip can start before the cry.
    ahead: deque[bool] = deque()
    made = 0
    day = 0
    while made < n:
        progress = made / n
        rise = 1.0 + fx.urge_rise * max(0.0, (progress - 0.85) / 0.15)
        while len(ahead) < 5:
            ahead.append(rnd() < min(0.95, P_CRY * rise))
        cry_today = ahead[2]
        near_cry = any(ahead)  # days −2…+2 around today
        ahead.popleft()
        midnight = day0 + timedelta(days=day)
        day += 1
        if rnd() < P_CHECK_IN:
            mood = fx.mood_base + rng.gauss(0.0, 1.8) - (fx.mood_dip if near_cry else 0.0)
            made += 1
            yield Entry(Kind.CHECK_IN, midnight + timedelta(hours=21), mood_after=max(-5, min(5, round(mood))))
            if made >= n:
                return
        if rnd() < min(0.95, P_URGE * rise):
            relief = _relief(rng, max(0.02, fx.base_better - fx.held_back), fx.base_worse)
            made += 1
            yield Entry(
                Kind.HELD_BACK,
                midnight + timedelta(hours=13, minutes=int(rnd() * 120)),
                held_back=5,
                relief=relief,
                triggers=(_TRIGGERS[int(rnd() * 9)],),
            )
            if made >= n:
                return
        if cry_today:
            made += 1
            yield _cry(rng, fx, midnight)


def _cry(rng: random.Random, fx: Effects, midnight: datetime) -> Entry:
    rnd = rng.random
    at = midnight + timedelta(hours=8 + int(rnd() * 14), minutes=int(rnd() * 60))
    r = rnd()
    people: tuple[Presence, ...] = ()
    company = Company.ALONE
    supported = False
    if r >= 0.5:
        count = 1 if r < 0.85 else 2 + int(rnd() * 2)
        company = Company.ONE if count == 1 else Company.SEVERAL
        chosen = rng.sample(CIRCLE, count)
        picked = []
        for person in chosen:
            helpful = rnd() < 0.65
            response = (_SUPPORTIVE if helpful else _UNSUPPORTIVE)[int(rnd() * 3)]
            supported = supported or helpful
            picked.append(_PRESENCE[(person.name, response)])
        people = tuple(picked)
    intensity = _INTENSITIES[int(rnd() * 4)]
    held_back = 1 + int(rnd() * 5)
    shame = 1 + int(rnd() ** 1.5 * 5)
    resolved = _RESOLVED[int(rnd() * 3)]
    understanding = 1 + int(rnd() * 5)
    triggers = (_TRIGGERS[int(rnd() * 9)],) if rnd() < 0.7 else (_TRIGGERS[int(rnd() * 9)], _TRIGGERS[int(rnd() * 9)])
    feelings = [_MAIN[_SAD[int(rnd() * len(_SAD))]]]
    warm = rnd() < 0.4
    if warm:
        feelings.append(_CHOSEN[_WARM[int(rnd() * 3)]])
    if rnd() < 0.3:
        word = _OTHER[int(rnd() * len(_OTHER))]
        feelings.append((_SUGGESTED if rnd() < 0.3 else _CHOSEN)[word])
    p_better = (
        fx.base_better
        + (fx.comfort if supported else 0.0)
        + (fx.one_person if company is Company.ONE else 0.0)
        + fx.intensity * (intensity.level - 1)
        + (fx.resolved if resolved is not Resolved.NO else 0.0)
        + (fx.understanding if understanding >= 3 else 0.0)
        - (fx.held_back if held_back >= 3 else 0.0)
        - (fx.shame if shame >= 3 else 0.0)
        + (fx.warm_mix if warm else 0.0)
    )
    p_better = max(0.02, min(0.95, p_better))
    p_worse = fx.base_worse * (1 - p_better) / (1 - fx.base_better)
    relief = _relief(rng, p_better, p_worse)
    better = relief in (Relief.BETTER, Relief.MUCH_BETTER)
    follow_ups: tuple[FollowUp, ...] = ()
    if rnd() < P_FOLLOW_UP:
        if better:
            later = _relief(rng, 0.9 if fx.delayed else p_better, p_worse)
        else:
            later = _relief(rng, min(0.95, p_better + fx.delayed), p_worse)
        follow_ups = (FollowUp(at + timedelta(minutes=90), relief=later),)
    mood_before = -1 - int(rnd() * 4)
    tension_before = 4 + int(rnd() * 7)
    step = 2 if better else 0 if relief is Relief.SAME else -1
    return Entry(
        Kind.CRY,
        at,
        duration_min=max(1, min(240, int(math.exp(math.log(8) + rng.gauss(0.0, 0.7))))),
        intensity=intensity,
        held_back=held_back,
        triggers=triggers,
        feelings=tuple(feelings),
        mood_before=mood_before,
        mood_after=max(-5, min(5, mood_before + step)),
        tension_before=tension_before,
        tension_after=max(0, min(10, tension_before - 2 * step - 1)),
        relief=relief,
        company=company,
        people=people,
        shame=shame,
        resolved=resolved,
        understanding=understanding,
        follow_ups=follow_ups,
        screening="crisis" if rnd() < P_CRISIS else None,
    )
