"""Charts as inline SVG, computed here as plain geometry; the template draws them (no script, no library).

Every chart also carries its numbers as a table for screen readers and for anyone who prefers numbers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from goodcry.core.insights import Insights

WIDTH = 640
ROW = 28
LABEL_W = 190


@dataclass(frozen=True)
class Bar:
    label: str
    value_text: str
    y: int
    width: float
    tone: str  # a CSS class: "you", "study", "muted"


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    caption: str
    bars: tuple[Bar, ...]
    height: int
    label_w: int = LABEL_W
    plot_w: int = WIDTH - LABEL_W - 60
    width: int = WIDTH


@dataclass(frozen=True)
class Column:
    label: str
    value_text: str
    x: float
    y: float
    width: float
    height: float


@dataclass(frozen=True)
class ColumnChart:
    id: str
    title: str
    caption: str
    columns: tuple[Column, ...]
    line: str  # SVG polyline points for the mood line ("" when there is none)
    ticks: tuple[tuple[float, str], ...]
    width: int = WIDTH
    height: int = 200
    top: int = 12
    bottom: int = 160


def bars(chart_id: str, title: str, caption: str, rows: Sequence[tuple[str, float | None, str, str]],
         top: float | None = None) -> BarChart:
    """Horizontal bars; each row is (label, value, value text, tone)."""
    high = top or max([v for _, v, _, _ in rows if v is not None] or [1.0]) or 1.0
    plot_w = WIDTH - LABEL_W - 60
    out = tuple(
        Bar(label, text, 8 + i * ROW, round(plot_w * (value or 0.0) / high, 1), tone)
        for i, (label, value, text, tone) in enumerate(rows)
    )
    return BarChart(chart_id, title, caption, out, 16 + len(rows) * ROW)


def relief_chart(ins: Insights) -> BarChart | None:
    r = ins.relief
    if not r.rated:
        return None
    rows: list[tuple[str, float | None, str, str]] = []
    for (name, est), study in zip((("better", r.better), ("the same", r.same), ("worse", r.worse)), r.study, strict=True):
        value = est.value or 0.0
        rows.append((f"You: {name}", value, f"{round(100 * value)}% ({est.k} of {est.n})", "you"))
        rows.append((f"Diary study: {name}", study, f"{round(100 * study)}%", "study"))
    return bars("chart-relief", "How you felt right after crying", f"{r.rated} rated cries, beside the diary study",
                rows, top=1.0)


def feelings_chart(ins: Insights) -> BarChart | None:
    fams = [f for f in ins.emotions.families if f.cries][:8]
    if not fams:
        return None
    rows = [(f.family, f.share, f"{round(100 * f.share)}% ({f.cries})", "you") for f in fams]
    return bars("chart-feelings", "Feelings named when you cried", f"{ins.emotions.cries_with_feelings} cries with "
                "feelings named; share of cries naming each family", rows, top=1.0)


def weeks_chart(ins: Insights, last: int = 26) -> ColumnChart | None:
    weeks = ins.trend.weeks[-last:]
    if not weeks:
        return None
    top, bottom, left = 12, 160, 36
    plot_w = WIDTH - left - 12
    step = plot_w / len(weeks)
    high = max(max(w.cries + w.held_back for w in weeks), 1)
    columns = []
    points = []
    for i, w in enumerate(weeks):
        h = (bottom - top) * w.cries / high
        x = left + i * step
        columns.append(Column(f"{w.start.day} {w.start:%b}", f"{w.cries} cries, {w.held_back} held back"
                              + (f", mood {w.mood:+.1f}" if w.mood is not None else ""),
                              round(x + step * 0.15, 1), round(bottom - h, 1), round(step * 0.7, 1), round(h, 1)))
        if w.mood is not None:
            y = bottom - (bottom - top) * (w.mood + 5) / 10
            points.append(f"{x + step / 2:.1f},{y:.1f}")
    ticks = ((float(top), str(high)), (float(bottom), "0"))
    return ColumnChart("chart-weeks", "Cries each week, and your mood", f"The last {len(weeks)} weeks: columns are "
                       "cries; the line is your weekly mood (−5 bottom … +5 top)", tuple(columns),
                       " ".join(points) if len(points) > 1 else "", ticks)
