"""A report to share with a therapist or a friend: one self-contained HTML file.

Inline SVG charts and inline CSS, no scripts, nothing fetched (a Content-Security-Policy in the page says so to
the browser too); readable on a phone and printable to PDF.  The page is rendered from a view model
(``ReportContext``: plain strings, no domain objects) by a Jinja2 template with autoescaping, so anything a
person typed is shown as text.  Entries' own words are in it only when asked for (``entries=…``).

Jinja2 and matplotlib load only when a report is made.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from goodcry.charts import KINDS, NotEnoughToDraw, draw
from goodcry.charts.data import ChartData
from goodcry.core.insights import Insights
from goodcry.core.insights.text import Readout, readout
from goodcry.core.model import Entry, Kind

CAPTIONS: dict[str, str] = {
    "tension": "Tension before and right after each cry (0 none … 10 unbearable).",
    "mood": "Check-in mood over time; the rose lines are the days with a cry, the dashed line the usual mood on other days.",
    "emotions": "The families of feelings named in cries over time.",
    "relief": "How often a cry was followed by feeling better, in each situation, with 95% intervals.",
    "circle": "Who was there, how they responded, and how often a cry with them there was followed by feeling better.",
}


@dataclass(frozen=True, slots=True)
class Chart:
    kind: str
    caption: str
    svg: str | None  # inline SVG markup, already made safe to embed (see ``inline_svg``)
    missing: str | None  # why it cannot be drawn yet


@dataclass(frozen=True, slots=True)
class EntryView:
    when: str
    kind: str
    details: str
    text: str
    notes: str


@dataclass(frozen=True, slots=True)
class ReportContext:
    title: str
    period: str
    made: str
    summary: tuple[str, ...]
    findings: tuple[str, ...]
    suggestions: tuple[str, ...]
    not_yet: tuple[str, ...]
    method: str
    charts: tuple[Chart, ...]
    entries: tuple[EntryView, ...] | None
    disclaimer: str


def _day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def period_text(insights: Insights, since: date | None, until: date | None) -> str:
    """The period the report covers: the bounds asked for, else the first and last entry's days."""
    start = since or insights.counts.first
    end = until or insights.counts.last
    if start and end:
        return _day(start) if start == end else f"{_day(start)} – {_day(end)}"
    if start:
        return f"from {_day(start)}"
    if end:
        return f"up to {_day(end)}"
    return "no entries yet"


def method_text(insights: Insights) -> str:
    rule = insights.rule
    text = (
        f"Every sentence above comes from the entries in this period. A difference is stated only when each group "
        f"has at least {rule.min_per_group} episodes and chance does not explain it (95% score intervals; the "
        f"Benjamini–Hochberg procedure at {rule.fdr:.0%} across all comparisons). Otherwise the report says what "
        "more entries would tell. Nothing here is a diagnosis."
    )
    crisis = insights.counts.crisis_excluded
    if crisis:
        text += f" {crisis} entries from hard moments are left out of what helps."
    return text


_SVG_ROOT = re.compile(r"<svg\b[^>]*>")
_VIEWBOX = re.compile(r'viewBox="([^"]*)"')


def inline_svg(svg: bytes, prefix: str, label: str) -> str:
    """matplotlib's SVG made fit to sit inside an HTML page beside others.

    Drops the XML prolog, DOCTYPE, comments, metadata and namespace declarations (the HTML parser puts inline
    SVG in its namespace itself, so the page holds no URL), the fixed size (CSS scales it), and the stylesheet
    matplotlib puts in each file (the report's CSS has it, scoped); prefixes every id and reference with
    ``prefix``, as several charts in one page would otherwise share ids; adds a title for screen readers.
    """
    text = svg.decode("utf-8")
    text = re.sub(r"<\?xml.*?\?>|<!DOCTYPE[^>]*>|<!--.*?-->|<metadata>.*?</metadata>", "", text, flags=re.S)
    text = re.sub(r"<style[^>]*>.*?</style>", "", text, flags=re.S)
    text = text.replace("xlink:href=", "href=")
    text = re.sub(r'\bid="', f'id="{prefix}', text)
    text = text.replace("url(#", f"url(#{prefix}").replace('href="#', f'href="#{prefix}')
    root = _SVG_ROOT.search(text)
    if root is None:
        raise ValueError("not an SVG image")
    box = _VIEWBOX.search(root.group(0))
    view_box = f' viewBox="{box.group(1)}"' if box else ""
    label = html.escape(label)
    opening = f'<svg class="chart"{view_box} role="img" aria-label="{label}"><title>{label}</title>'
    return (opening + text[root.end():]).strip()


def charts(insights: Insights, data: ChartData) -> tuple[Chart, ...]:
    out = []
    for kind in KINDS:
        try:
            svg = draw(kind, insights, data, "svg")
        except NotEnoughToDraw as exc:
            out.append(Chart(kind, CAPTIONS[kind], None, str(exc).removeprefix("not enough entries to draw this yet: ")))
        else:
            out.append(Chart(kind, CAPTIONS[kind], inline_svg(svg, f"{kind}-", KINDS[kind]), None))
    return tuple(out)


def _entry_view(e: Entry) -> EntryView:
    when = f"{e.at:%a} {e.at.day} {e.at:%b %Y, %H:%M}"
    kind = {Kind.CRY: "cry", Kind.HELD_BACK: "held back", Kind.CHECK_IN: "check-in"}[e.kind]
    details: list[str] = []
    if e.intensity:
        details.append(e.intensity.value.replace("-", " "))
    if e.feelings:
        details.append(", ".join(f.word for f in e.feelings))
    if e.people:
        details.append("with " + ", ".join(p.person for p in e.people))
    if e.tension_before is not None or e.tension_after is not None:
        details.append(f"tension {_opt(e.tension_before)} → {_opt(e.tension_after)}")
    mood = e.mood_after if e.kind is Kind.CHECK_IN else None
    if mood is not None:
        details.append(f"mood {mood:+d}".replace("-", "−"))
    if e.relief:
        details.append(f"felt {e.relief.value.replace('-', ' ')} right after")
    later = e.later_relief()
    if later:
        details.append(f"{later.value.replace('-', ' ')} later")
    return EntryView(when, kind, " · ".join(details), e.text, e.notes)


def _opt(value: int | None) -> str:
    return "?" if value is None else str(value)


def context(
    insights: Insights,
    data: ChartData,
    *,
    since: date | None = None,
    until: date | None = None,
    entries: Iterable[Entry] | None = None,
    made: datetime | None = None,
    text: Readout | None = None,
) -> ReportContext:
    """The report's view model.  ``entries`` (their own words) only when the person asked to include them."""
    text = text or readout(insights)
    made = made or datetime.now().astimezone()
    return ReportContext(
        title="When crying helps: a report from my goodcry journal",
        period=period_text(insights, since, until),
        made=_day(made.date()),
        summary=text.summary,
        findings=tuple(line.text for line in text.findings),
        suggestions=tuple(line.text for line in text.suggestions),
        not_yet=tuple(line.text.removeprefix("Not enough yet: ") for line in text.not_yet[:6]),
        method=method_text(insights),
        charts=charts(insights, data),
        entries=None if entries is None else tuple(_entry_view(e) for e in entries),
        disclaimer=text.disclaimer,
    )


def render(ctx: ReportContext) -> str:
    """The whole page as one HTML string."""
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
    from markupsafe import Markup

    env = Environment(
        loader=PackageLoader("goodcry.report", "templates"),
        autoescape=select_autoescape(["html", "css"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    charts = [
        {"kind": c.kind, "caption": c.caption, "missing": c.missing, "svg": Markup(c.svg) if c.svg else None}
        for c in ctx.charts
    ]
    return env.get_template("report.html").render(ctx=ctx, charts=charts)
