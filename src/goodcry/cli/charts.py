"""``goodcry plot`` and ``goodcry report``: the insights drawn as charts, and a page to share.

Thin skins: parse the options, take the insights and the chart series in one pass over the entries, then draw
(``goodcry.charts``) or render the report (``goodcry.report``); matplotlib and Jinja2 load only here.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from goodcry.cli import output
from goodcry.cli.app import STATE, Argument, Command
from goodcry.core.errors import ValidationError

if TYPE_CHECKING:
    from goodcry.charts.data import ChartData
    from goodcry.core.insights import Insights
    from goodcry.core.query import EntryFilter

_SINCE = click.option("--since", metavar="WHEN", help="From this date (e.g. '3 months ago').")
_UNTIL = click.option("--until", metavar="WHEN", help="Up to this date.")
_SUGGESTED = click.option("--suggested", is_flag=True, help="Count suggested feelings you have not confirmed.")


def _writable(out: Path, suffixes: tuple[str, ...], what: str) -> str:
    """The file's format (its extension), after checking goodcry can write it; one clear line if not."""
    suffix = out.suffix.lower().lstrip(".")
    if suffix not in suffixes:
        given = f"'.{suffix}'" if suffix else "no extension"
        raise ValidationError(f"{out.name} has {given}; {what} is written as {' or '.join('.' + s for s in suffixes)}")
    folder = out.expanduser().parent
    if not folder.is_dir():
        raise ValidationError(f"cannot write {out}: the folder {folder} does not exist")
    return suffix


def _period(since: str | None, until: str | None) -> EntryFilter:
    from goodcry.core import when
    from goodcry.core.query import EntryFilter

    now = datetime.now().astimezone()
    return EntryFilter(
        since=when.parse_bound(since, now, end=False) if since else None,
        until=when.parse_bound(until, now, end=True) if until else None,
    )


def _gather(query: EntryFilter, suggested: bool) -> tuple[Insights, ChartData]:
    from goodcry.charts.data import gather
    from goodcry.core.insights import Rule

    journal = STATE.journal()
    return gather(
        journal.iter_all(query),
        circle=journal.people(),
        vocabulary=journal.vocabulary,
        rule=Rule(include_suggested=suggested),
        until=query.until.date() if query.until else None,
    )


@click.command("plot", cls=Command)
@click.argument("what", cls=Argument, metavar="WHAT", help="tension, mood, emotions, relief or circle.")
@click.option("--out", "-o", type=click.Path(path_type=Path), required=True, help="The image to write: FILE.png or FILE.svg.")
@_SINCE
@_UNTIL
@_SUGGESTED
def plot(what: str, out: Path, since: str | None, until: str | None, suggested: bool) -> None:
    """Draw a chart of your entries: tension before → after, mood over time, feelings by week, relief by situation,
    or your support circle."""
    from goodcry.charts import check_kind, draw
    from goodcry.interchange.transfer import write_atomically

    kind = check_kind(what)
    fmt = _writable(out, ("png", "svg"), "a chart")
    insights, data = _gather(_period(since, until), suggested)
    write_atomically(out, draw(kind, insights, data, fmt))
    output.message(f"Drew the {kind} chart to {out}.")


@click.command("report", cls=Command)
@click.option("--out", "-o", type=click.Path(path_type=Path), required=True, help="The page to write: FILE.html.")
@_SINCE
@_UNTIL
@click.option("--with-text", is_flag=True, help="Include what you wrote in each entry (private!).")
@_SUGGESTED
def report(out: Path, since: str | None, until: str | None, with_text: bool, suggested: bool) -> None:
    """Write a report to share with a therapist or a friend: one HTML page with the summary, findings and charts
    (your entries' own words only with --with-text). Open it in a browser; print it to PDF from there."""
    from goodcry import report as reporting
    from goodcry.interchange.transfer import write_atomically

    _writable(out, ("html", "htm"), "a report")
    query = _period(since, until)
    insights, data = _gather(query, suggested)
    if insights.counts.entries == 0:
        raise ValidationError(
            "there are no entries in this period to report on" if STATE.journal().count()
            else "there are no entries yet to report on; start with: goodcry log"
        )
    entries = STATE.journal().iter_all(query) if with_text else None
    ctx = reporting.context(
        insights, data,
        since=query.since.date() if query.since else None,
        until=query.until.date() if query.until else None,
        entries=entries,
    )
    write_atomically(out, reporting.render(ctx))
    drawn = sum(c.svg is not None for c in ctx.charts)
    output.message(
        f"Wrote the report to {out} ({len(ctx.findings)} findings, {drawn} of {len(ctx.charts)} charts"
        + (", with your entries' text). Keep it private." if with_text else "; your entries' text is not in it).")
    )
