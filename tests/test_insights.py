"""Insights: hand-computed fixtures, planted effects found, null effects and thin data never claimed."""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from goodcry.core import synthetic
from goodcry.core.insights import Aggregator, Insights, Need, Rule, Status, compute_insights, stats
from goodcry.core.insights.text import NOT_MEDICAL_ADVICE, readout, sentence
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

TZ = timezone(timedelta(hours=2))
DAY0 = datetime(2024, 3, 4, 20, 0, tzinfo=TZ)  # a Monday
CIRCLE = (Person("Sam", Relation.PARTNER), Person("Mum", Relation.FAMILY), Person("Bus driver", Relation.STRANGER))
BETTER, SAME, WORSE = Relief.BETTER, Relief.SAME, Relief.WORSE


def cry(day: int = 0, relief: Relief | None = BETTER, **fields: Any) -> Entry:
    return Entry(Kind.CRY, DAY0 + timedelta(days=day), relief=relief, **fields)


def check_in(day: int, mood: int) -> Entry:
    return Entry(Kind.CHECK_IN, DAY0 + timedelta(days=day, hours=1), mood_after=mood)


def with_sam(response: Response = Response.COMFORTED) -> dict[str, Any]:
    return {"people": (Presence("Sam", (response,)),)}


def outcomes(better: int, total: int, **fields: Any) -> list[Entry]:
    """``total`` cries of which ``better`` felt better right after (the rest the same)."""
    return [cry(i, BETTER if i < better else SAME, **fields) for i in range(total)]


def insights(entries: Iterable[Entry], **kwargs: Any) -> Insights:
    return compute_insights(entries, circle=CIRCLE, **kwargs)


# --- the statistics themselves --------------------------------------------------------------------------------


def test_wilson_matches_the_closed_form() -> None:
    low, high = stats.wilson(0, 10, 1.959964)
    assert low == 0.0
    assert high == pytest.approx(3.8415 / 13.8415, abs=1e-4)
    low, high = stats.wilson(7, 9, 1.959964)
    assert (low, high) == pytest.approx((0.4526, 0.9368), abs=1e-4)


def test_newcombe_matches_the_papers_example() -> None:
    # Newcombe 1998, Statistics in Medicine 17:873, example (a): 56/70 − 48/80, method 10: 0.0524 to 0.3339.
    low, high = stats.newcombe(56, 70, 48, 80, 1.959964)
    assert (low, high) == pytest.approx((0.0524, 0.3339), abs=1e-4)


def test_paired_interval_contains_the_difference_and_flips_with_the_roles() -> None:
    low, high = stats.newcombe_paired(10, 2, 8, 5, 1.959964)
    assert low < (8 - 2) / 25 < high
    low2, high2 = stats.newcombe_paired(10, 8, 2, 5, 1.959964)
    assert (low2, high2) == pytest.approx((-high, -low))
    assert stats.newcombe_paired(10, 3, 3, 5, 1.959964)[0] < 0 < stats.newcombe_paired(10, 3, 3, 5, 1.959964)[1]


def test_t_quantiles_and_benjamini_hochberg() -> None:
    assert stats.t_quantile(0.95, 10) == pytest.approx(2.2281, abs=1e-3)
    assert stats.t_quantile(0.95, 1) == pytest.approx(12.706, abs=1e-2)
    assert stats.benjamini_hochberg([0.01, 0.02, 0.03, 0.5], 0.05) == 3
    assert stats.benjamini_hochberg([0.04, 0.5], 0.05) == 0


def test_p_value_by_inversion_agrees_with_the_interval() -> None:
    p = stats.p_by_inversion(lambda z: stats.newcombe(7, 9, 2, 8, z), 0.0)
    assert 0 < p < 0.05
    z = stats.z_for(1 - p)
    assert stats.newcombe(7, 9, 2, 8, z * 0.999)[0] > 0 > stats.newcombe(7, 9, 2, 8, z * 1.001)[0]


# --- each insight on small hand-computed fixtures -------------------------------------------------------------


def test_the_issue_example_comfort_is_stated_in_one_plain_sentence() -> None:
    comforted = outcomes(7, 9, **with_sam())
    alone = outcomes(2, 8, company=Company.ALONE)
    ins = insights(comforted + alone)
    c = ins.company.comforted_vs_not
    assert (c.a.k, c.a.n, c.b.k, c.b.n) == (7, 9, 2, 8)
    assert c.effect == pytest.approx(7 / 9 - 2 / 8)
    assert c.interval is not None and c.interval.low > 0
    assert c.status is Status.FINDING
    assert c.adjusted is not None and c.adjusted.low > 0 and c.adjusted.level <= 0.95
    assert sentence(c) == (
        "You felt better after 7 of 9 cries when someone comforted you, listened or helped, "
        "and after 2 of 8 when nobody did (alone, or nobody there helped)."
    )


def test_relief_profile_beside_the_diary_study() -> None:
    entries = [cry(i, r) for i, r in enumerate([BETTER] * 3 + [SAME] * 6 + [WORSE] + [Relief.MUCH_BETTER])]
    entries.append(cry(20, None))  # not rated: not in the profile
    profile = insights(entries).relief
    assert profile.rated == 11
    assert (profile.better.k, profile.same.k, profile.worse.k) == (4, 6, 1)
    assert profile.better.value == pytest.approx(4 / 11)
    assert profile.study == (0.30, 0.61, 0.09)
    assert profile.vs_study.status is Status.UNCLEAR  # 36% vs about 30%: nothing to say
    assert profile.vs_study.p_value == pytest.approx(stats.score_test_share(4, 11, 0.30))


def test_company_alone_one_several_and_known_vs_strangers() -> None:
    entries = (
        outcomes(1, 5, company=Company.ALONE)
        + outcomes(4, 5, people=(Presence("Mum", (Response.LISTENED,)),))
        + outcomes(3, 6, people=(Presence("Sam"), Presence("Mum")))
        + outcomes(0, 2, people=(Presence("Bus driver", (Response.AWKWARD,)),))
        + outcomes(1, 1, people=(Presence("Unknown person"),))  # named, no relation: counted as someone known
    )
    co = insights(entries).company
    assert (co.alone.k, co.alone.n) == (1, 5)
    assert (co.one.k, co.one.n) == (4 + 0 + 1, 5 + 2 + 1)
    assert (co.several.k, co.several.n) == (3, 6)
    assert (co.one_vs_alone.a.n, co.several_vs_alone.a.n) == (8, 6)
    kn = co.known_vs_strangers
    assert (kn.a.k, kn.a.n, kn.b.k, kn.b.n) == (8, 12, 0, 2)
    assert kn.status is Status.NOT_ENOUGH
    assert kn.needs == (Need("with only strangers there", 3),)
    # comforted: only Mum's cries had a supportive response; Sam+Mum had none; alone counts as "nobody"
    cm = co.comforted_vs_not
    assert (cm.a.k, cm.a.n) == (4, 5)
    assert (cm.b.k, cm.b.n) == (1 + 3 + 0 + 1, 5 + 6 + 2 + 1)


def test_intensity_vs_duration() -> None:
    entries = (
        outcomes(4, 5, intensity=Intensity.SOBBING, duration_min=3)
        + outcomes(1, 5, intensity=Intensity.MOIST_EYES, duration_min=20)
        + [cry(30, SAME, intensity=Intensity.TEARS, duration_min=5)]
        + [cry(31, None, duration_min=60)]  # unrated: counts for the typical length only
    )
    it = insights(entries).intensity_duration
    assert [(e.k, e.n) for e in it.by_intensity] == [(1, 5), (0, 1), (0, 0), (4, 5)]
    s = it.stronger_vs_milder
    assert (s.a.k, s.a.n, s.b.k, s.b.n) == (4, 5, 1, 6)
    # rated durations: 3×5, 20×5, 5×1 → median 5; longer than 5: the 20-minute cries
    assert it.split_minutes == 5
    assert it.typical_minutes == 12.5  # all 12 durations: 3×5, 5, 20×5, 60 → the 6th and 7th are 5 and 20
    d = it.longer_vs_shorter
    assert (d.a.k, d.a.n, d.b.k, d.b.n) == (1, 5, 4, 6)


def test_typical_duration_is_the_median_of_all_cries() -> None:
    entries = [cry(i, None, duration_min=m) for i, m in enumerate([2, 4, 8, 30])]
    assert insights(entries).intensity_duration.typical_minutes == 6


def test_delayed_relief_pairs_right_after_with_the_later_check_in() -> None:
    def later(day: int, now: Relief, then: Relief) -> Entry:
        return cry(day, now).with_follow_up(FollowUp(DAY0 + timedelta(days=day, minutes=90), relief=then))

    entries = (
        [later(i, BETTER, BETTER) for i in range(3)]
        + [later(10 + i, SAME, BETTER) for i in range(6)]
        + [later(20 + i, WORSE, SAME) for i in range(2)]
        + [later(30, BETTER, SAME)]
        + [cry(40, SAME)]  # no check-in: not paired
    )
    d = insights(entries).delayed
    c = d.later_vs_right_after
    assert (c.a.k, c.a.n, c.b.k, c.b.n) == (9, 12, 4, 12)
    assert c.effect == pytest.approx((6 - 1) / 12)
    assert (d.turned_better.k, d.turned_better.n) == (6, 8)


def test_resolution_understanding_holding_back_and_shame() -> None:
    entries = (
        outcomes(4, 5, resolved=Resolved.YES, understanding=4, held_back=1, shame=1)
        + outcomes(1, 3, resolved=Resolved.PARTLY, understanding=2, held_back=3, shame=5)
        + outcomes(0, 4, resolved=Resolved.NO, understanding=1, held_back=5, shame=2)
    )
    entries.append(Entry(Kind.HELD_BACK, DAY0, held_back=5, relief=SAME))
    entries.append(Entry(Kind.HELD_BACK, DAY0, held_back=5, relief=BETTER, screening="crisis"))
    ins = insights(entries)
    r, u = ins.resolution.resolved_vs_not, ins.resolution.understood_vs_not
    assert (r.a.k, r.a.n, r.b.k, r.b.n) == (5, 8, 0, 4)
    assert (u.a.k, u.a.n, u.b.k, u.b.n) == (4, 5, 1, 7)
    h, s = ins.holding_back.held_back_vs_let_out, ins.holding_back.ashamed_vs_not
    assert (h.a.k, h.a.n, h.b.k, h.b.n) == (1, 3 + 4 + 1, 4, 5)  # held back: 3+4 cries and one urge
    assert (s.a.k, s.a.n, s.b.k, s.b.n) == (1, 3, 4, 9)


def test_triggers_count_all_cries_and_relief_per_trigger() -> None:
    entries = (
        outcomes(4, 6, triggers=(Trigger.CONFLICT,))
        + outcomes(1, 5, triggers=(Trigger.LOSS, Trigger.CONFLICT))
        + [cry(50, None, triggers=(Trigger.LOSS,))]
        + [cry(51, BETTER, triggers=(Trigger.LOSS,), screening="crisis")]
    )
    tr = insights(entries).triggers
    assert tr.cries == 12  # the crisis cry is left out
    by = {t.trigger: t for t in tr.items}
    assert by[Trigger.CONFLICT].cries == 11 and by[Trigger.LOSS].cries == 6
    assert tr.items[0].trigger is Trigger.CONFLICT
    loss = by[Trigger.LOSS].with_vs_without
    assert (loss.a.k, loss.a.n, loss.b.k, loss.b.n) == (1, 5, 4, 6)
    assert by[Trigger.STRESS].with_vs_without.status is Status.NOT_ENOUGH


def test_emotion_mix_counts_confirmed_feelings_only_unless_asked() -> None:
    sad = Feeling("sad", 4, main=True)
    moved = Feeling("moved", 3)
    guess = Feeling("relieved", 2, source=EmotionSource.SUGGESTED)
    entries = outcomes(4, 5, feelings=(sad, moved)) + outcomes(1, 5, feelings=(sad, guess))
    entries.append(cry(60, None, feelings=(Feeling("zorbly", main=True),)))
    em = insights(entries).emotions
    fams = {f.family: f.cries for f in em.families}
    assert fams == {"sadness": 10, "tenderness": 5, "other": 1}
    assert {f.family: f.cries for f in em.main_families} == {"sadness": 10, "other": 1}
    m = em.mixed_vs_sad_alone
    assert (m.a.k, m.a.n, m.b.k, m.b.n) == (4, 5, 1, 5)
    em2 = insights(entries, rule=Rule(include_suggested=True)).emotions
    assert {f.family: f.cries for f in em2.families}["calm"] == 5
    assert em2.mixed_vs_sad_alone.a.n == 10 and em2.mixed_vs_sad_alone.b.n == 0


def test_mood_around_crying_days_vs_the_check_in_baseline() -> None:
    # crying on day 10; check-ins every day 0…20; days 8…12 are "around", the rest baseline
    moods = {d: (-2 if 8 <= d <= 12 else 1) for d in range(21)}
    moods[10] = -4
    entries = [check_in(d, m) for d, m in moods.items()] + [cry(10, SAME), check_in(3, 3)]
    md = insights(entries).mood
    assert md.baseline.n == 16 and md.baseline.value == pytest.approx((15 * 1 + 2) / 16)  # day 3: (1+3)/2
    offsets = dict(md.by_offset)
    assert offsets[0].value == -4 and offsets[-2].value == -2 and offsets[2].n == 1
    c = md.around_vs_baseline
    assert c.a.n == 5 and c.a.value == pytest.approx(-12 / 5)
    assert c.status is Status.FINDING
    assert "−2.4 from two days before to two days after a cry, and +1.1 on your other days" in sentence(c)


def test_frequency_and_urge_trend_against_the_earlier_weeks() -> None:
    earlier = [cry(d, SAME) for d in (0, 14, 28, 42)]  # 4 in the first 56 days
    recent = [cry(56 + d, SAME) for d in range(0, 28, 4)] + [Entry(Kind.HELD_BACK, DAY0 + timedelta(days=83))]
    tr = insights(earlier + recent).trend
    c = tr.urges_recent_vs_earlier
    assert tr.until == (DAY0 + timedelta(days=83)).date()
    assert tr.recent_start == (DAY0 + timedelta(days=56)).date()
    assert (tr.recent_cries, tr.recent_held_back) == (7, 1)
    assert (c.a.k, c.a.n, c.b.k, c.b.n) == (8, 28, 4, 56)
    assert c.effect == pytest.approx(4.0)
    assert c.a.value == pytest.approx(2.0)  # per week
    assert tr.weeks[-1].start == date(2024, 5, 20) and sum(w.cries for w in tr.weeks) == 11
    assert not tr.suggest_talking  # no low mood, no check-ins


def test_support_circle_who_was_there_how_they_responded_relief_with_each() -> None:
    entries = (
        outcomes(5, 6, **with_sam(Response.COMFORTED))
        + outcomes(1, 5, people=(Presence("mum", (Response.CRITICAL, Response.LISTENED)),))
        + outcomes(0, 3, company=Company.ALONE)
    )
    people = {p.name: p for p in insights(entries).circle.people}
    sam, mum = people["Sam"], people["mum"]
    assert sam.relation is Relation.PARTNER and mum.relation is Relation.FAMILY  # names match case-insensitively
    assert sam.times == 6 and sam.responses == ((Response.COMFORTED, 6),)
    assert mum.responses == ((Response.LISTENED, 5), (Response.CRITICAL, 5))
    assert (sam.relief.k, sam.relief.n) == (5, 6)
    w = sam.with_vs_without
    assert (w.a.k, w.a.n, w.b.k, w.b.n) == (5, 6, 1, 8)
    assert sentence(w).startswith("You felt better after 5 of 6 cries with Sam there, and after 1 of 8 without Sam")


# --- the rule: thin data, crisis, null and planted worlds -----------------------------------------------------


def test_thin_data_says_what_is_missing_and_never_claims() -> None:
    entries = outcomes(3, 3, **with_sam()) + outcomes(0, 2, company=Company.ALONE)
    ins = insights(entries)
    c = ins.company.comforted_vs_not
    assert c.status is Status.NOT_ENOUGH and c.p_value is None
    assert c.needs == (
        Need("when someone comforted you, listened or helped", 2),
        Need("when nobody did (alone, or nobody there helped)", 3),
    )
    assert sentence(c) == (
        "Not enough yet: 2 more cries when someone comforted you, listened or helped and "
        "3 more cries when nobody did (alone, or nobody there helped) would let goodcry compare."
    )
    assert ins.findings() == ()
    text = readout(ins)
    assert text.findings == () and text.suggestions == ()
    assert text.disclaimer == NOT_MEDICAL_ADVICE


def test_no_entries_at_all() -> None:
    ins = insights([])
    assert ins.counts.entries == 0 and ins.counts.first is None
    assert ins.findings() == ()
    assert readout(ins).summary == ("No entries yet.",)


def test_crisis_entries_are_left_out_of_what_helps_but_counted_as_cries() -> None:
    base = outcomes(7, 9, **with_sam()) + outcomes(2, 8, company=Company.ALONE)
    crisis = [cry(100 + i, WORSE, company=Company.ALONE, screening="crisis") for i in range(20)]
    a, b = insights(base), insights(base + crisis)
    assert b.counts.cries == a.counts.cries + 20 and b.counts.crisis_excluded == 20
    assert b.company.comforted_vs_not == a.company.comforted_vs_not
    assert b.relief == a.relief
    assert b.trend.urges_recent_vs_earlier.a.k + b.trend.urges_recent_vs_earlier.b.k == 37


def test_order_batches_and_dates_do_not_change_the_result() -> None:
    entries = list(synthetic.generate(800, seed=5, effects=synthetic.PLANTED))
    one = compute_insights(entries, circle=synthetic.circle())
    backwards = compute_insights(reversed(entries), circle=synthetic.circle())
    agg = Aggregator(circle=synthetic.circle())
    for start in range(0, 800, 128):
        agg.feed(entries[start : start + 128])
    assert backwards == one
    assert agg.finish() == one


def test_since_and_until_filter_by_local_date() -> None:
    entries = [cry(d, BETTER) for d in range(10)]
    ins = insights(entries, since=(DAY0 + timedelta(days=2)).date(), until=(DAY0 + timedelta(days=5)).date())
    assert ins.counts.cries == 4 and ins.relief.rated == 4


def test_a_planted_effect_is_found() -> None:
    found = 0
    for seed in range(10):
        ins = compute_insights(synthetic.generate(1500, seed=seed, effects=synthetic.PLANTED), circle=synthetic.circle())
        c = ins.company.comforted_vs_not
        found += c.stated and c.direction == "higher"
        assert ins.delayed.later_vs_right_after.stated
        assert ins.mood.around_vs_baseline.stated and ins.mood.around_vs_baseline.direction == "lower"
    assert found >= 9


def test_null_worlds_rarely_state_anything() -> None:
    # Benjamini–Hochberg at 5% over every contrast: about 1 null world in 20 may show one false finding.
    worlds_with_findings = 0
    for seed in range(40):
        ins = compute_insights(synthetic.generate(600, seed=1000 + seed), circle=synthetic.circle())
        worlds_with_findings += bool(ins.findings())
    assert worlds_with_findings <= 5


def test_struggling_world_gets_the_gentle_suggestion_and_nothing_diagnostic() -> None:
    ins = compute_insights(synthetic.generate(400, seed=3, effects=synthetic.STRUGGLING), circle=synthetic.circle())
    assert ins.trend.suggest_talking
    text = readout(ins)
    assert any("talk with someone you trust" in line.text for line in text.suggestions)
    calm = readout(compute_insights(synthetic.generate(400, seed=3), circle=synthetic.circle()))
    assert not any(line.key == "trend.talk" for line in calm.suggestions)
    for out in (text, calm):
        words = " ".join([*out.summary, *(x.text for x in (*out.findings, *out.unclear, *out.not_yet))]).lower()
        for diagnostic in ("depress", "disorder", "diagnos", "symptom", "patholog", "alexithym"):
            assert diagnostic not in words


def test_suggestions_are_grounded_in_stated_findings() -> None:
    ins = compute_insights(synthetic.generate(1500, seed=2, effects=synthetic.PLANTED), circle=synthetic.circle())
    assert ins.circle.people[-1].name == "a stranger" and ins.circle.people[-1].with_vs_without.stated
    text = readout(ins)
    stated = {c.key for c in ins.findings()}
    for line in text.suggestions:
        assert line.key in stated or line.key in ("circle", "trend.talk")
    helpers = [
        p.name
        for p in ins.circle.people
        if p.with_vs_without.stated and p.with_vs_without.direction == "higher" and p.relation is not Relation.STRANGER
    ]
    circle_lines = [line.text for line in text.suggestions if line.key == "circle"]
    assert bool(helpers) == bool(circle_lines)
    assert all(name in circle_lines[0] for name in helpers)
    assert not any("a stranger" in line.text for line in text.suggestions)  # not someone to reach out to


def test_intervals_are_finite_and_ordered() -> None:
    ins = compute_insights(synthetic.generate(1000, seed=9, effects=synthetic.PLANTED), circle=synthetic.circle())
    for c in ins.contrasts:
        if c.interval is not None and c.measure != "rate ratio":
            assert c.interval.low <= (c.effect or 0.0) <= c.interval.high
            assert math.isfinite(c.interval.low) and math.isfinite(c.interval.high)


def test_intensity_rather_than_duration_gets_one_sentence() -> None:
    entries = (
        outcomes(9, 10, intensity=Intensity.SOBBING, duration_min=5)
        + outcomes(1, 10, intensity=Intensity.TEARS, duration_min=5)
        + outcomes(5, 10, intensity=Intensity.SOBBING, duration_min=30)
        + outcomes(5, 10, intensity=Intensity.TEARS, duration_min=30)
    )
    ins = insights(entries)
    assert ins.intensity_duration.stronger_vs_milder.stated
    assert ins.intensity_duration.longer_vs_shorter.status is Status.UNCLEAR
    lines = {line.key: line.text for line in readout(ins).findings}
    assert lines["intensity-duration"] == "Crying harder went with more relief for you; how long you cried did not."


def test_json_export_is_plain_data() -> None:
    import json

    from goodcry.core.insights.export import as_dict

    ins = compute_insights(synthetic.generate(500, seed=4, effects=synthetic.STRUGGLING), circle=synthetic.circle())
    data = json.loads(json.dumps(as_dict(ins), allow_nan=False))
    assert data["counts"]["cries"] == ins.counts.cries
    assert data["company"]["comforted_vs_not"]["status"] in {"finding", "no-clear-difference", "not-enough-yet"}
    assert data["findings"] == [c.key for c in ins.findings()]
    assert data["text"]["disclaimer"] == NOT_MEDICAL_ADVICE


def test_mood_in_the_recent_weeks_vs_before() -> None:
    entries = [check_in(d, 1) for d in range(0, 60)] + [check_in(d, -3) for d in range(60, 88)]
    tr = insights(entries).trend
    c = tr.mood_recent_vs_earlier
    assert (c.a.n, c.a.value, c.b.n, c.b.value) == (28, -3, 60, 1)
    assert c.status is Status.FINDING
    assert sentence(c) == ("Your mood averaged −3.0 in the last 28 days, and +1.0 before the last 28 days (check-ins, −5…+5).")
