"""Insights: when crying helps this person — from their own entries, never claiming more than the data says.

Use ``compute_insights(entries, circle=…, vocabulary=…)`` (one pass over any iterable of ``Entry``; O(1) work
per entry) and ``goodcry.core.insights.text.readout(insights)`` for sentences a person can read.

The rule for stating a finding
------------------------------
Every insight that compares two groups of episodes (comforted vs not, one person there vs alone, …) is a
``Contrast`` with both groups' counts, a 95% interval for the difference, and a status:

1. **Enough episodes**: each group has at least ``Rule.min_per_group`` (5) episodes — days, for mood.
   Otherwise the status is ``not-enough-yet`` and ``needs`` says how many more of which kind would let
   goodcry compare ("3 more cries with someone there").
2. **A difference chance does not explain**: goodcry looks at many contrasts at once (about 30), so with
   plain 95% intervals one or two would look "significant" in a journal where nothing matters.  The eligible
   contrasts' p-values go through the Benjamini–Hochberg procedure at ``Rule.fdr`` = 5%; when nothing real is
   going on that keeps the chance of *any* false finding in the report near 5% (``bench/insights_bench.py``
   measures it on seeded null worlds), and when some effects are real it keeps the expected share of false
   findings among the stated ones at or below 5%.  Each p-value comes from the *same* method as the interval
   (the α at which its (1−α) interval just touches "no difference"), so a finding's interval at the adjusted
   level (``Contrast.adjusted``) always excludes "no difference".
3. Otherwise the status is ``no-clear-difference``: the counts are shown, nothing is claimed.

Methods: Wilson score interval for one share; Newcombe's hybrid score interval (method 10) for the difference
of two shares; Newcombe's paired method for right-after vs later check-in on the same cries; Welch's t for
mean mood; the conditional score test for a recent rate vs an earlier one.  All exact formulas, no
resampling, so results are deterministic and cost nothing per entry.
"""

from goodcry.core.insights.compute import STUDY, Aggregator, compute_insights
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

__all__ = [
    "STUDY",
    "Aggregator",
    "Circle",
    "Company",
    "Contrast",
    "Counts",
    "DelayedRelief",
    "EmotionMix",
    "Estimate",
    "FamilyCount",
    "HoldingBack",
    "Insights",
    "IntensityDuration",
    "Interval",
    "MoodAround",
    "Need",
    "PersonStat",
    "ReliefProfile",
    "Resolution",
    "Rule",
    "Status",
    "Trend",
    "TriggerStat",
    "Triggers",
    "Week",
    "compute_insights",
]
