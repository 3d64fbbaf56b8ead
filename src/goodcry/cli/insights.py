"""``goodcry insights``: when crying helps you — from your own entries, never claiming more than they can say.

A thin skin over ``goodcry.core.insights``: parse the options, stream the entries through one core call, and
render the result (Rich tables and sparklines on a terminal, the same text plainly when piped, JSON with
``--json``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

import click

from goodcry.cli import output
from goodcry.cli.app import STATE, Command

if TYPE_CHECKING:  # the insights engine loads only when the command runs (`goodcry --help` stays fast)
    from goodcry.core.insights import Contrast, Insights
    from goodcry.core.insights.text import Readout

_BARS = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[float | None]) -> str:
    """One character per value, lowest ▁ to highest █; a blank where there is no value."""
    present = [v for v in values if v is not None]
    if not present:
        return " " * len(values)
    low, high = min(present), max(present)
    span = high - low
    out = []
    for v in values:
        if v is None:
            out.append(" ")
        elif span == 0:
            out.append(_BARS[0] if high == 0 else _BARS[3])
        else:
            out.append(_BARS[round((v - low) / span * (len(_BARS) - 1))])
    return "".join(out)


@click.command("insights", cls=Command)
@click.option("--since", metavar="WHEN", help="From this date (e.g. '3 months ago').")
@click.option("--until", metavar="WHEN", help="Up to this date.")
@click.option("--json", "as_json", is_flag=True, help="Print everything as JSON.")
@click.option("--all", "everything", is_flag=True, help="Also list every comparison that is not clear yet.")
@click.option("--suggested", is_flag=True, help="Count suggested feelings you have not confirmed.")
def insights(since: str | None, until: str | None, as_json: bool, everything: bool, suggested: bool) -> None:
    """When crying helps you: relief, comfort, company, triggers, feelings, mood and your circle."""
    from goodcry.core import when
    from goodcry.core.insights import Rule, compute_insights
    from goodcry.core.insights.text import readout
    from goodcry.core.query import EntryFilter

    journal = STATE.journal()
    now = datetime.now().astimezone()
    start = when.parse_bound(since, now, end=False) if since else None
    end = when.parse_bound(until, now, end=True) if until else None
    result = compute_insights(
        journal.iter_all(EntryFilter(since=start, until=end)),
        circle=journal.people(),
        vocabulary=journal.vocabulary,
        rule=Rule(include_suggested=suggested),
        until=end.date() if end else None,
    )
    text = readout(result)
    if as_json:
        import json

        from goodcry.core.insights.export import as_dict

        output.data(json.dumps(as_dict(result, text), ensure_ascii=False, indent=2))
        return
    if result.counts.entries == 0:
        output.message("No entries in this period." if journal.count() else "No entries yet. Start with: goodcry log")
        return
    render(result, text, everything=everything)


def _share(c: Contrast, side: str) -> str:
    e = c.a if side == "a" else c.b
    if not e.n:
        return "–"
    return f"{e.k}/{e.n} ({round(100 * (e.value or 0))}%)"


def _interval(c: Contrast) -> str:
    if c.interval is None or c.measure not in ("difference of shares", "paired difference of shares"):
        return ""
    return f"{round(100 * c.interval.low):+d} to {round(100 * c.interval.high):+d} pts"


_STATUS = {"finding": "finding", "no-clear-difference": "not clear", "not-enough-yet": "not enough yet"}


def render(result: Insights, text: Readout, *, everything: bool = False) -> None:
    from rich.table import Table
    from rich.text import Text

    from goodcry.core.insights import Status

    console = output.console()
    for summary_line in text.summary:
        console.print(summary_line)

    if text.findings:
        console.print(Text("\nWhat your entries show", style="bold"))
        for line in text.findings:
            console.print(f"• {line.text}")
    else:
        console.print("\nNothing stands out clearly yet — that needs more entries, not more effort.")

    table = Table(title="Felt better right after crying", title_justify="left", show_edge=False, pad_edge=False)
    for column in ("", "felt better", "compared with", "", "difference (95%)", ""):
        table.add_column(column)
    shares = [c for c in result.contrasts if c.measure == "difference of shares" and not c.key.startswith("person.")]
    shown = [c for c in shares if everything or c.status is not Status.NOT_ENOUGH]
    for c in shown:
        style = "green" if c.stated else "dim" if c.status is Status.NOT_ENOUGH else ""
        table.add_row(c.a.label, _share(c, "a"), c.b.label, _share(c, "b"), _interval(c), _STATUS[c.status], style=style)
    if shown:
        console.print()
        console.print(table)

    people = result.circle.people
    if people:
        circle = Table(title="Your circle", title_justify="left", show_edge=False, pad_edge=False)
        for column in ("who", "there", "how they responded", "felt better", ""):
            circle.add_column(column)
        for p in people:
            responses = ", ".join(f"{r.value} {n}" for r, n in p.responses) or "–"
            who = p.name + (f" ({p.relation.value})" if p.relation else "")
            better = f"{p.relief.k}/{p.relief.n}" if p.relief.n else "–"
            circle.add_row(who, str(p.times), responses, better, _STATUS[p.with_vs_without.status],
                           style="green" if p.with_vs_without.stated else "")
        console.print()
        console.print(circle)

    weeks = result.trend.weeks
    if weeks:
        console.print(Text(f"\nThe last {len(weeks)} weeks (from {weeks[0].start.day} {weeks[0].start:%b %Y})", style="bold"))
        console.print(f"  cries      {sparkline([w.cries for w in weeks])}  {sum(w.cries for w in weeks)} in all")
        console.print(f"  held back  {sparkline([w.held_back for w in weeks])}  {sum(w.held_back for w in weeks)} in all")
        moods = [w.mood for w in weeks]
        if any(m is not None for m in moods):
            console.print(f"  mood       {sparkline(moods)}  weekly check-in mean, −5…+5")

    if text.suggestions:
        console.print(Text("\nSomething you could try", style="bold"))
        for line in text.suggestions:
            console.print(f"• {line.text}")

    missing = text.not_yet if everything else text.not_yet[:3]
    if missing:
        console.print(Text("\nWhat more entries would tell", style="bold"))
        for line in missing:
            console.print(f"• {line.text.removeprefix('Not enough yet: ')}")
        if len(text.not_yet) > len(missing):
            console.print(f"  … and {len(text.not_yet) - len(missing)} more (goodcry insights --all)")

    rule = result.rule
    crisis = result.counts.crisis_excluded
    console.print(Text(
        f"\nA finding needs at least {rule.min_per_group} episodes in each group and a difference that chance "
        f"does not explain (95% intervals; Benjamini–Hochberg at {rule.fdr:.0%} across all comparisons)."
        + (f" {crisis} entries from hard moments are left out of what helps you." if crisis else ""),
        style="dim",
    ))
    console.print(Text(text.disclaimer, style="dim"))
