"""Words a person can read: one plain sentence per insight, what is still missing, and gentle suggestions.

Never diagnostic: sentences say what the person's own entries show ("you felt better after 7 of 9 cries when
someone comforted you"), never what they *are*.  Suggestions come only from stated findings, except the one
suggestion to talk to someone, which is deliberately more sensitive (see ``compute._suggest_talking``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from goodcry.core import notices
from goodcry.core.insights.results import Contrast, Estimate, Insights, Need, Status
from goodcry.core.model import Relation

NOT_MEDICAL_ADVICE = f"{notices.NOT_MEDICAL_ADVICE} {notices.IN_DANGER}"

_UNITS = {
    "cries": ("cry", "cries"),
    "check-in days": ("check-in day", "check-in days"),
    "days": ("day", "days"),
    "episodes": ("cry or held-back urge", "cries or held-back urges"),
    "held-back urges": ("held-back urge", "held-back urges"),
    "check-ins": ("check-in", "check-ins"),
}


@dataclass(frozen=True, slots=True)
class Line:
    """One sentence, with the contrast (or topic) it comes from so a UI can link or group it."""

    key: str
    text: str


@dataclass(frozen=True, slots=True)
class Readout:
    summary: tuple[str, ...]
    findings: tuple[Line, ...]
    unclear: tuple[Line, ...]
    not_yet: tuple[Line, ...]
    suggestions: tuple[Line, ...]
    disclaimer: str = NOT_MEDICAL_ADVICE


def _count(n: int, unit: str = "cries") -> str:
    one, many = _UNITS.get(unit, (unit, unit))
    return f"{n} {one if n == 1 else many}"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{round(100 * value)}%"


def _of(e: Estimate) -> str:
    return f"{e.k} of {_count(e.n)}"


def _day(d: date) -> str:
    """``4 March 2024`` on every platform (``%-d`` is not portable)."""
    return f"{d.day} {d:%B %Y}"


def _mood(value: float | None) -> str:
    return "–" if value is None else f"{value:+.1f}".replace("-", "−")


def need_text(needs: tuple[Need, ...]) -> str:
    parts = [f"{_count(n.more, n.unit).replace(' ', ' more ', 1)} {n.label}" for n in needs]
    return " and ".join(parts)


def sentence(c: Contrast) -> str:
    """One plain sentence for a contrast, whatever its status."""
    a, b = c.a, c.b
    if c.status is Status.NOT_ENOUGH:
        return f"Not enough yet: {need_text(c.needs)} would let goodcry compare."
    if c.measure == "difference of shares":
        said = f"you felt better after {_of(a)} {a.label}, and after {b.k} of {b.n} {b.label}"
        if c.status is Status.FINDING:
            return said[0].upper() + said[1:] + "."
        return f"No clear difference yet: {said}."
    if c.measure == "paired difference of shares":
        said = f"of {_count(a.n)} with a later check-in, you felt better after {b.k} right after crying and after {a.k} later"
        if c.status is Status.FINDING:
            tail = " — for you, relief can take a while" if c.direction == "higher" else ""
            return said[0].upper() + said[1:] + tail + "."
        return f"No clear difference yet between right after and later: {said}."
    if c.measure == "share vs reference":
        said = f"you felt better after {_of(a)} ({_pct(a.value)})"
        study = "in the diary study, where about 30% of cries were followed by feeling better"
        if c.status is Status.FINDING:
            more = "more" if c.direction == "higher" else "less"
            return f"{said[0].upper() + said[1:]} — {more} often than {study}."
        return f"{said[0].upper() + said[1:]} — not clearly different from the about 30% in the diary study."
    if c.measure == "difference of means":
        said = f"your mood averaged {_mood(a.value)} {a.label}, and {_mood(b.value)} {b.label}"
        if c.status is Status.FINDING:
            return said[0].upper() + said[1:] + " (check-ins, −5…+5)."
        return f"No clear difference yet: {said}."
    if c.measure == "rate ratio":
        rate_a = "–" if a.value is None else f"{a.value:.1f}"
        rate_b = "–" if b.value is None else f"{b.value:.1f}"
        said = (
            f"you had {_count(a.k or 0, 'episodes')} {a.label} (about {rate_a} a week), against about {rate_b} a week {b.label}"
        )
        if c.status is Status.FINDING:
            change = "more often" if c.direction == "higher" else "less often"
            return f"Urges to cry have come {change} lately: {said}."
        return f"No clear change in how often urges come: {said}."
    return f"{c.key}: {c.status.value}."


def summary(ins: Insights) -> tuple[str, ...]:
    counts = ins.counts
    lines: list[str] = []
    if counts.first is None:
        return ("No entries yet.",)
    span = f"From {_day(counts.first)} to {_day(counts.last)}" if counts.last else ""
    lines.append(
        f"{span}: {_count(counts.cries)}, {_count(counts.held_back, 'held-back urges')} and "
        f"{_count(counts.check_ins, 'check-ins')}."
    )
    if counts.crisis_excluded:
        lines.append(f"{_count(counts.crisis_excluded, 'episodes')} from hard moments are left out of what helps you.")
    profile = ins.relief
    if profile.rated:
        lines.append(
            f"After {_count(profile.rated)} you rated right away: better {_pct(profile.better.value)}, "
            f"the same {_pct(profile.same.value)}, worse {_pct(profile.worse.value)} "
            "(in the diary study of 1,004 cries: about 30%, 61% and 9%)."
        )
    typical = ins.intensity_duration.typical_minutes
    if typical is not None:
        lines.append(f"A cry typically lasted about {typical:g} minutes.")
    fams = ins.emotions.families[:3]
    if fams:
        named = ", ".join(f"{f.family} ({_pct(f.share)})" for f in fams)
        lines.append(f"The feelings you named most often in cries: {named}.")
    if ins.delayed.turned_better.n:
        t = ins.delayed.turned_better
        lines.append(
            f"Of the {_count(t.n)} after which you didn't feel better right away, "
            f"you felt better by the later check-in after {t.k}."
        )
    return tuple(lines)


def suggestions(ins: Insights) -> tuple[Line, ...]:
    out: list[Line] = []
    if ins.trend.suggest_talking:
        out.append(
            Line(
                "trend.talk",
                "Lately the urge to cry has come more often, your mood has stayed low and crying has rarely "
                "brought relief. It might help to talk with someone you trust, or with a doctor or counsellor. "
                "If you ever feel in danger, call your local emergency number.",
            )
        )
    # people to reach out to: those whose company went with relief (a stranger is not someone to call)
    helpers = [
        p.name
        for p in ins.circle.people
        if p.with_vs_without.stated and p.with_vs_without.direction == "higher" and p.relation is not Relation.STRANGER
    ]
    if helpers:
        who = " and ".join(helpers) if len(helpers) <= 2 else ", ".join(helpers[:-1]) + " and " + helpers[-1]
        out.append(Line("circle", f"You often felt better with {who} there. Reaching out to them when it gets heavy may help."))
    comfort = ins.company.comforted_vs_not
    if comfort.stated and comfort.direction == "higher" and not helpers:
        out.append(Line(comfort.key, "Being comforted or listened to goes with relief for you; it's all right to ask for it."))
    delayed = ins.delayed.later_vs_right_after
    if delayed.stated and delayed.direction == "higher":
        out.append(Line(delayed.key, "Relief often comes later for you: if you feel no better right after crying, give it time."))
    held = ins.holding_back.held_back_vs_let_out
    if held.stated and held.direction == "lower":
        out.append(
            Line(
                held.key,
                "You felt better more often when you let the tears come. Where it feels safe, you could let them.",
            )
        )
    shame = ins.holding_back.ashamed_vs_not
    if shame.stated and shame.direction == "lower":
        out.append(
            Line(
                shame.key,
                "Feeling ashamed went with less relief. Crying is an ordinary human thing; you can be kind to yourself about it.",
            )
        )
    return tuple(out)


def readout(ins: Insights) -> Readout:
    """Everything to show a person, in the order of the research notes' list of insights."""
    findings, unclear, not_yet = [], [], []
    for c in ins.contrasts:
        line = Line(c.key, sentence(c))
        if c.status is Status.FINDING:
            findings.append(line)
        elif c.status is Status.UNCLEAR:
            unclear.append(line)
        else:
            not_yet.append(line)
    strong, long = ins.intensity_duration.stronger_vs_milder, ins.intensity_duration.longer_vs_shorter
    if strong.stated and long.status is Status.UNCLEAR:
        how = "more" if strong.direction == "higher" else "less"
        findings.append(Line("intensity-duration", f"Crying harder went with {how} relief for you; how long you cried did not."))
    elif long.stated and strong.status is Status.UNCLEAR:
        how = "more" if long.direction == "higher" else "less"
        findings.append(Line("intensity-duration", f"Crying longer went with {how} relief for you; how hard you cried did not."))
    return Readout(summary(ins), tuple(findings), tuple(unclear), tuple(not_yet), suggestions(ins))
