"""Drawing the charts with matplotlib: Agg for PNG, the SVG backend for SVG; no pyplot, so no global state.

Calm colours, titles that say what each chart shows, the fonts matplotlib ships with (nothing is fetched), and
text kept as text in SVG (``svg.fonttype: none``) so a report stays small and searchable.  Mathtext is off:
a person's names and words are drawn as typed, ``$`` included.
"""

from __future__ import annotations

import io
import statistics
import textwrap
from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

import matplotlib
import numpy as np
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.backends.backend_svg import FigureCanvasSVG
from matplotlib.colors import BoundaryNorm, LinearSegmentedColormap
from matplotlib.figure import Figure, SubFigure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from goodcry.charts.data import ChartData, relief_rows
from goodcry.core.insights import Contrast, Estimate, Insights, Status
from goodcry.core.model import Kind, Response

INK = "#2f3437"
MUTED = "#6b737c"
MIST = "#aeb6bf"
GRID = "#e8eaed"
BAND = "#f5f6f8"
BLUE = "#4f7cac"
TEAL = "#3f8f86"
SAGE = "#8fb59a"
ROSE = "#c47f7d"
SAND = "#d6b57a"
LAVENDER = "#9a8fc6"

STYLE: dict[Any, Any] = {  # matplotlib types its keys as literals
    "svg.fonttype": "none",
    "svg.hashsalt": "goodcry",  # the same chart gives the same SVG
    "text.parse_math": False,
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 10,
    "text.color": INK,
    "axes.labelcolor": INK,
    "axes.edgecolor": MIST,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.axisbelow": True,
    "axes.titlesize": 9.5,
    "axes.titlelocation": "left",
    "axes.titlecolor": MUTED,
    "grid.color": GRID,
    "grid.linewidth": 0.8,
    "xtick.color": MUTED,
    "ytick.color": MUTED,
    "xtick.labelcolor": INK,
    "ytick.labelcolor": INK,
    "figure.titlesize": 12.5,
    "figure.titleweight": "bold",
    "legend.frameon": False,
    "legend.fontsize": 9,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
    "savefig.facecolor": "white",
}
WIDTH = 8.0
_SVG_METADATA = {"Creator": None, "Date": None, "Format": None, "Type": None}


def render(kind: str, insights: Insights, data: ChartData, fmt: str) -> bytes:
    """Draw ``kind`` and return it as PNG or SVG bytes (``charts.draw`` checks there is enough first)."""
    with matplotlib.rc_context(STYLE):
        fig = _CHARTS[kind](insights, data)
        out = io.BytesIO()
        if fmt == "png":
            FigureCanvasAgg(fig)
            fig.savefig(out, format="png", dpi=150, metadata={"Software": None})
        elif fmt == "svg":
            FigureCanvasSVG(fig)
            fig.savefig(out, format="svg", metadata=_SVG_METADATA)
        else:
            raise ValueError(fmt)
    return out.getvalue()


def _figure(height: float, title: str, subtitle: str) -> tuple[Figure, SubFigure]:
    """A figure with a header (title, and a grey line or two saying how to read it) above the chart's body.

    The header is a subfigure of fixed height, so a long subtitle never runs into narrow axes (constrained layout
    arranges the body below it).
    """
    lines = textwrap.wrap(subtitle, 108)
    header = 0.42 + 0.17 * len(lines)
    fig = Figure(figsize=(WIDTH, height + header), layout="constrained")
    parts: Any = fig.subfigures(2, 1, height_ratios=[header, height])
    top, body = parts[0], parts[1]
    top.text(0.012, 1 - 0.1 / header, title, ha="left", va="top", fontsize=STYLE["figure.titlesize"],
             fontweight="bold", color=INK)
    top.text(0.012, 1 - 0.42 / header, "\n".join(lines), ha="left", va="top", fontsize=9.5, color=MUTED,
             linespacing=1.3)
    return fig, body


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{round(100 * value)}%"


def _signed(value: float) -> str:
    return f"{value:+.1f}".replace("-", "−")


def _days(values: Sequence[date]) -> Any:
    """Dates (or local times) as matplotlib's day numbers: its stubs accept no datetime lists."""
    return mdates.date2num(list(values))  # type: ignore[no-untyped-call]


def _date_axis(ax: Axes) -> None:
    # matplotlib.dates has no type annotations yet (hence the ignores)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)  # type: ignore[no-untyped-call]
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]


# --- tension before → after ---------------------------------------------------------------------------------

def tension(insights: Insights, data: ChartData) -> Figure:
    points = data.tension
    eased = sum(p.after < p.before for p in points)
    rose = sum(p.after > p.before for p in points)
    change = statistics.median(p.after - p.before for p in points)
    held = any(p.kind is Kind.HELD_BACK for p in points)
    what = "cries and held-back urges" if held else "cries"
    subtitle = (
        f"Of {len(points)} {what} with tension noted before and right after: eased after {eased}, "
        f"no change after {len(points) - eased - rose}, rose after {rose}; median change {_signed(change)} points."
    )
    if data.crisis_left_out:
        subtitle += f" {data.crisis_left_out} from hard moments are left out."
    fig, body = _figure(4.2, "Tension before → right after each cry", subtitle)
    ax = body.add_subplot()

    colour = [TEAL if p.after < p.before else ROSE if p.after > p.before else MIST for p in points]
    size, width = (12, 1.0) if len(points) > 150 else (30, 2.0)
    xs = _days([p.at for p in points])
    ax.vlines(xs, [p.before for p in points], [p.after for p in points], colors=colour, lw=width, alpha=0.85)
    for kind, marker in ((Kind.CRY, "o"), (Kind.HELD_BACK, "s")):
        idx = [i for i, p in enumerate(points) if p.kind is kind]
        if not idx:
            continue
        ax.scatter([xs[i] for i in idx], [points[i].before for i in idx], s=size, marker=marker, facecolors="white",
                   edgecolors=[colour[i] for i in idx], linewidths=1.3, zorder=3)
        ax.scatter([xs[i] for i in idx], [points[i].after for i in idx], s=size, marker=marker,
                   c=[colour[i] for i in idx], zorder=3)
    ax.set_ylim(-0.5, 10.5)
    ax.set_yticks(range(0, 11, 2))
    ax.set_ylabel("tension (0 none … 10 unbearable)")
    _date_axis(ax)
    if len({p.at.date() for p in points}) == 1:
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%H:%M\n%d %b %Y"))  # type: ignore[no-untyped-call]
    handles = [
        Line2D([], [], color=TEAL, lw=2, label="eased"),
        Line2D([], [], color=MIST, lw=2, label="no change"),
        Line2D([], [], color=ROSE, lw=2, label="rose"),
        Line2D([], [], ls="", marker="o", mfc="white", mec=MUTED, label="before"),
        Line2D([], [], ls="", marker="o", color=MUTED, label="right after"),
    ]
    if held:
        handles.append(Line2D([], [], ls="", marker="s", color=MUTED, label="held back"))
    body.legend(handles=handles, loc="outside lower center", ncols=len(handles))
    return fig


# --- mood over time -----------------------------------------------------------------------------------------

def mood(insights: Insights, data: ChartData) -> Figure:
    days = [m.day for m in data.mood_days]
    values = [m.mood for m in data.mood_days]
    crying = data.crying_days
    base = insights.mood.baseline
    around = insights.mood.around_vs_baseline.a
    subtitle = f"Check-ins on {len(days)} days; {len(crying)} days with a cry."
    if base.value is not None and around.value is not None:
        subtitle += (
            f" From two days before to two days after a cry your mood averaged {_signed(around.value)}, "
            f"on other days {_signed(base.value)} (the band is its 95% interval)."
        )
    elif base.value is None:
        subtitle += " Your usual mood needs check-ins on days at least three days away from a cry."
    fig, body = _figure(4.2, "Your mood over time, and the days you cried", subtitle)
    ax = body.add_subplot()

    ax.axhline(0, color=MIST, lw=0.8)
    marker = "o" if len(days) <= 120 else None
    handles: list[Any] = [Line2D([], [], color=TEAL, lw=1.4, marker=marker, ms=3.5, label="check-in mood (mean of the day)")]
    if crying:
        ax.vlines(_days(crying), -5, 5, colors=ROSE, lw=1.4, alpha=0.35 if len(crying) < 60 else 0.18)
        handles.append(Line2D([], [], color=ROSE, lw=1.6, alpha=0.6, label="a day you cried"))
    if base.value is not None:
        if base.interval is not None and base.n > 1:
            ax.axhspan(base.interval.low, base.interval.high, color=BLUE, alpha=0.10, lw=0)
        ax.axhline(base.value, color=BLUE, ls="--", lw=1.3)
        handles.append(Line2D([], [], color=BLUE, ls="--", lw=1.3,
                              label=f"your usual mood on other days ({_signed(base.value)}, {base.n} days)"))
    ax.plot(_days(days), values, color=TEAL, lw=1.4, marker=marker, ms=3.5)
    ax.set_ylim(-5.4, 5.4)
    ax.set_yticks(range(-4, 5, 2), [f"{v:+d}".replace("-", "−") if v else "0" for v in range(-4, 5, 2)])
    ax.set_ylabel("mood (−5 … +5)")
    _date_axis(ax)
    body.legend(handles=handles, loc="outside lower center", ncols=len(handles))
    return fig


# --- feelings by week, by family ----------------------------------------------------------------------------

def _bucketing(first: date, last: date) -> tuple[str, Callable[[date], date], Callable[[date], date], Callable[[date], str]]:
    """Weeks when the period is short, else months, quarters or years: at most 40 columns."""

    def week(d: date) -> date:
        return d - timedelta(days=d.weekday())

    def month(d: date) -> date:
        return d.replace(day=1)

    def quarter(d: date) -> date:
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)

    def year(d: date) -> date:
        return date(d.year, 1, 1)

    def months_on(d: date, step: int) -> date:
        m = d.month - 1 + step
        return date(d.year + m // 12, m % 12 + 1, 1)

    span_days = (last - first).days
    if span_days // 7 < 40:
        return "week", week, lambda d: d + timedelta(days=7), lambda d: f"{d.day} {d:%b}"
    if span_days // 30 < 40:
        return "month", month, lambda d: months_on(d, 1), lambda d: f"{d:%b %Y}"
    if span_days // 91 < 40:
        return "quarter", quarter, lambda d: months_on(d, 3), lambda d: f"Q{(d.month - 1) // 3 + 1} {d.year}"
    return "year", year, lambda d: date(d.year + 1, 1, 1), lambda d: str(d.year)


def emotions(insights: Insights, data: ChartData) -> Figure:
    first = min(f.day for f in data.feelings)
    last = max(f.day for f in data.feelings)
    if insights.counts.first and insights.counts.last:
        first, last = min(first, insights.counts.first), max(last, insights.counts.last)
    unit, start_of, step, label = _bucketing(first, last)
    columns: list[date] = []
    at = start_of(first)
    while at <= last:
        columns.append(at)
        at = step(at)
    index = {d: i for i, d in enumerate(columns)}
    totals: dict[str, int] = defaultdict(int)
    for f in data.feelings:
        totals[f.family] += f.cries
    families = sorted(totals, key=lambda fam: (-totals[fam], fam))
    row = {fam: i for i, fam in enumerate(families)}
    grid = np.zeros((len(families), len(columns)))
    for f in data.feelings:
        grid[row[f.family], index[start_of(f.day)]] += f.cries

    subtitle = (
        f"Each cell: how many cries that {unit} named a feeling of that family "
        f"({insights.emotions.cries_with_feelings} cries with feelings named; a cry can name several families)."
    )
    fig, body = _figure(1.3 + 0.36 * len(families), f"The feelings named in your cries, by {unit}", subtitle)
    ax = body.add_subplot()
    high = max(1, int(grid.max()))
    # counts are whole numbers: one colour per count (none apart from the rest), or 8 bands when counts are large
    bounds = np.arange(-0.5, high + 1) if high <= 12 else np.concatenate([[-0.5], np.linspace(0.5, high + 0.5, 8)])
    cmap = LinearSegmentedColormap.from_list("calm", ["#f7f8fa", "#b9d3dc", BLUE, "#2f4f70"], N=len(bounds) - 1)
    # vector cells (pcolormesh), not an embedded bitmap (imshow): the SVG stays pure vector, sharp at any size
    image = ax.pcolormesh(np.arange(len(columns) + 1) - 0.5, np.arange(len(families) + 1) - 0.5, grid, cmap=cmap,
                          norm=BoundaryNorm(bounds, cmap.N), edgecolors="white", linewidth=1.2)
    ax.set_ylim(len(families) - 0.5, -0.5)
    ax.grid(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(False)
    ax.set_yticks(range(len(families)), families)
    every = max(1, -(-len(columns) // 12))
    ticks = list(range(0, len(columns), every))
    ax.set_xticks(ticks, [label(columns[i]) for i in ticks])
    ax.tick_params(which="both", length=0)
    if len(columns) <= 20:
        for (r, c), value in np.ndenumerate(grid):
            if value:
                ax.text(c, r, f"{int(value)}", ha="center", va="center", fontsize=8,
                        color="white" if value > 0.55 * high else INK)
    bar = body.colorbar(image, ax=ax, shrink=0.85, pad=0.01)
    if bar.solids is not None:
        bar.solids.set_rasterized(False)  # vector in SVG (it would become an embedded bitmap)
    bar.set_label("cries naming it")
    bar.set_ticks(sorted({round(float(b) + 0.5) for b in bounds[:-1]}))
    bar.outline.set_visible(False)
    return fig


# --- relief by context --------------------------------------------------------------------------------------

_STATUS_WORDS = {Status.FINDING: "finding", Status.UNCLEAR: "not clear", Status.NOT_ENOUGH: "too few yet"}


def _dot(ax: Axes, e: Estimate, y: float, colour: str, alpha: float) -> None:
    if e.value is None:
        return
    err = None
    if e.interval is not None:
        # clamped: at 0 of n or n of n the interval's end can differ from the share by a rounding error
        err = [[100 * max(0.0, e.value - e.interval.low)], [100 * max(0.0, e.interval.high - e.value)]]
    ax.errorbar([100 * e.value], [y], xerr=err, fmt="o", color=colour, ecolor=colour, elinewidth=2.2, ms=6.5,
                capsize=0, alpha=alpha, zorder=3)


def _status(ax: Axes, c: Contrast, y: float) -> None:
    text = _STATUS_WORDS[c.status]
    if c.stated and c.effect is not None:
        text += f" ({round(100 * c.effect):+d} pts)"
    ax.text(1.02, y, text, transform=ax.get_yaxis_transform(), va="center", ha="left", fontsize=8.5,
            color=TEAL if c.stated else MUTED, fontweight="bold" if c.stated else "normal")


def relief(insights: Insights, data: ChartData) -> Figure:
    rows = relief_rows(insights)
    rule = insights.rule
    subtitle = (
        f"Each pair compares two groups of your own cries: the dot is how often you felt better, the line its 95% "
        f"interval. A finding needs at least {rule.min_per_group} cries in each group and a difference that chance "
        "does not explain; faded pairs are not clear yet."
    )
    if data.crisis_left_out:
        subtitle += f" {data.crisis_left_out} entries from hard moments are left out."
    fig, body = _figure(0.9 + 0.5 * len(rows), "When crying brought relief, by situation", subtitle)
    ax = body.add_subplot()
    split = insights.intensity_duration.split_minutes
    labels: list[str] = []
    ys: list[float] = []
    y = 0.0
    for i, (key, short_a, short_b) in enumerate(rows):
        c = insights.contrast(key)
        if key == "duration.longer-vs-shorter" and split is not None:
            short_a, short_b = f"cried longer than {split:g} min", f"{split:g} min or less"
        if i % 2 == 0:
            ax.axhspan(y - 0.5, y + 1.5, color=BAND, lw=0, zorder=0)
        alpha = 1.0 if c.stated else 0.55
        _dot(ax, c.a, y, TEAL if c.stated else BLUE, alpha)
        _dot(ax, c.b, y + 1, MUTED, alpha)
        for e, short in ((c.a, short_a), (c.b, short_b)):
            labels.append(f"{short} ({e.k} of {e.n})")
        ys.extend([y, y + 1])
        _status(ax, c, y + 0.5)
        y += 2
    ax.axvline(30, color=MUTED, ls=":", lw=1.2, zorder=1)
    ax.text(30, 1.0, "diary study ≈30%", transform=ax.get_xaxis_transform(), va="bottom", ha="center",
            fontsize=8, color=MUTED)
    ax.set_yticks(ys, labels)
    ax.set_ylim(y - 0.5, -0.5)
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_formatter(lambda v, _pos: f"{v:.0f}%")
    ax.grid(axis="y", visible=False)
    ax.tick_params(axis="y", length=0)
    ax.set_xlabel("cries after which you felt better")
    return fig


# --- the support circle -------------------------------------------------------------------------------------

_RESPONSE_COLOURS = {
    Response.COMFORTED: TEAL,
    Response.LISTENED: BLUE,
    Response.PRACTICAL_HELP: SAGE,
    Response.IGNORED: MIST,
    Response.AWKWARD: SAND,
    Response.CRITICAL: ROSE,
}


def _who(name: str, relation: str | None) -> str:
    return name if relation is None or relation in name.lower() else f"{name} ({relation})"


def circle(insights: Insights, data: ChartData) -> Figure:
    people = [p for p in insights.circle.people if p.times][:12]
    subtitle = (
        "Left: how each person responded when they were there (in one cry a person can respond in several ways). "
        "Right: how often you felt better right after with them there; the line is its 95% interval."
    )
    if len([p for p in insights.circle.people if p.times]) > len(people):
        subtitle += f" The {len(people)} people there most often."
    fig, body = _figure(1.3 + 0.42 * len(people), "Your support circle: who was there, and how you felt", subtitle)
    left, right = body.subplots(1, 2, sharey=True, gridspec_kw={"width_ratios": [1.1, 1]})
    ys = list(range(len(people)))
    used: list[Response] = []
    for y, p in zip(ys, people, strict=True):
        counts = dict(p.responses)
        start = 0
        for response, colour in _RESPONSE_COLOURS.items():
            n = counts.get(response, 0)
            if n:
                left.barh(y, n, left=start, color=colour, height=0.62)
                start += n
                if response not in used:
                    used.append(response)
        if p.times > start:
            left.barh(y, p.times - start, left=start, color=BAND, edgecolor=MIST, lw=0.6, height=0.62)
    left.set_yticks(ys, [_who(p.name, p.relation.value if p.relation else None) for p in people])
    left.set_ylim(len(people) - 0.5, -0.5)
    left.tick_params(axis="y", length=0)
    left.grid(axis="y", visible=False)
    left.xaxis.set_major_locator(MaxNLocator(integer=True))
    left.set_xlabel("responses noted")
    handles = [Patch(color=_RESPONSE_COLOURS[r], label=r.value.replace("-", " ")) for r in used]
    if any(p.times > sum(n for _, n in p.responses) for p in people):
        handles.append(Patch(facecolor=BAND, edgecolor=MIST, label="not noted"))

    overall = insights.relief.better.value
    if overall is not None:
        right.axvline(100 * overall, color=MUTED, ls=":", lw=1.2)
        right.text(100 * overall, 1.0, f"all cries {_pct(overall)}", transform=right.get_xaxis_transform(),
                   ha="center", va="bottom", fontsize=8, color=MUTED)
    for y, p in zip(ys, people, strict=True):
        c = p.with_vs_without
        if p.relief.n:
            _dot(right, p.relief, y, TEAL if c.stated else BLUE, 1.0 if c.stated else 0.6)
            right.text(1.02, y, f"{p.relief.k} of {p.relief.n}" + (" · finding" if c.stated else ""),
                       transform=right.get_yaxis_transform(), va="center", fontsize=8.5,
                       color=TEAL if c.stated else MUTED, fontweight="bold" if c.stated else "normal")
        else:
            right.text(50, y, "no relief noted", ha="center", va="center", fontsize=8.5, color=MUTED)
    right.set_xlim(0, 100)
    right.xaxis.set_major_formatter(lambda v, _pos: f"{v:.0f}%")
    right.grid(axis="y", visible=False)
    right.tick_params(axis="y", length=0, labelleft=False)
    right.set_xlabel("felt better with them there")
    if handles:
        body.legend(handles=handles, loc="outside lower center", ncols=min(len(handles), 7))
    return fig


_CHARTS: dict[str, Callable[[Insights, ChartData], Figure]] = {
    "tension": tension,
    "mood": mood,
    "emotions": emotions,
    "relief": relief,
    "circle": circle,
}
