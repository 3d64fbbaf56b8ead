"""``goodcry plot`` and ``goodcry report`` end to end, on every backend: a journal made with the CLI, and one
imported from Daylio; the charts' series and the report's view model in-process."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest

from conftest import CLI, DATA
from goodcry.charts import KINDS
from goodcry.charts.data import Collector, gather
from goodcry.core import synthetic
from goodcry.core.model import Entry, Feeling, Kind, Relief
from goodcry.report import context, inline_svg, render

PNG = b"\x89PNG\r\n\x1a\n"
SECRET = "argued about the flat"


def make_journal(cli: CLI) -> None:
    """Seven comforted cries that helped, six alone that did not, a held-back urge and a week of check-ins."""
    for day in range(1, 8):
        cli.ok("log", "cry", f"{SECRET} <script>alert(1)</script>", "--with", "Sam=comforted", "--relief", "better",
               "--feel", "sad,moved", "--tension", "8:3", "--intensity", "3", "--at", f"2026-10-0{day} 21:00")
    for day in range(1, 7):
        cli.ok("log", "cry", "alone again", "--relief", "same", "--feel", "lonely", "--tension", "6:6",
               "--at", f"2026-10-1{day} 21:00")
    cli.ok("log", "cry", "on the bus", "--with", "Ana=awkward", "--relief", "worse", "--tension", "5:7",
           "--at", "2026-10-19 08:00")
    cli.ok("log", "held-back", "kept it in", "--held-back", "5", "--tension", "7:7", "--at", "2026-10-20 10:00")
    for day in range(21, 29):
        cli.ok("log", "check-in", "--mood", f":{day % 3 - 1}", "--at", f"2026-10-{day} 09:00")


def assert_image(path: Path, fmt: str) -> None:
    data = path.read_bytes()
    if fmt == "png":
        assert data.startswith(PNG)
    else:
        root = ET.fromstring(data)
        assert root.tag == "{http://www.w3.org/2000/svg}svg"


def test_every_chart_as_png_and_svg_from_a_journal_made_with_the_cli(cli: CLI, tmp_path: Path) -> None:
    cli.ok("init")
    make_journal(cli)
    for kind in KINDS:
        for fmt in ("png", "svg"):
            out = tmp_path / f"{kind}.{fmt}"
            done = cli.ok("plot", kind, "--out", str(out))
            assert f"Drew the {kind} chart" in done.err and done.out == ""
            assert_image(out, fmt)
    svg = (tmp_path / "circle.svg").read_text()
    assert "Sam" in svg and "Ana" in svg  # text stays text
    assert "<image" not in (tmp_path / "emotions.svg").read_text()  # all vector, no embedded bitmap
    # a period with only the cries alone: still a tension chart, no circle
    cli.ok("plot", "tension", "--since", "2026-10-11", "--until", "2026-10-16", "--out", str(tmp_path / "t.svg"))
    thin = cli("plot", "circle", "--since", "2026-10-11", "--until", "2026-10-16", "--out", str(tmp_path / "c.svg"))
    assert thin.code == 1 and not (tmp_path / "c.svg").exists()


def test_charts_from_a_journal_imported_from_daylio(cli: CLI, tmp_path: Path) -> None:
    cli.ok("init")
    cli.ok("import", str(DATA / "daylio_export.csv"), "--from", "daylio-csv", "--daylio-moods", "super=5,fine=3")
    for fmt in ("png", "svg"):
        cli.ok("plot", "mood", "--out", str(tmp_path / f"mood.{fmt}"))
        assert_image(tmp_path / f"mood.{fmt}", fmt)
    # Daylio has no tension, feelings, relief or people: each chart says what it needs, in one line
    for kind, hint in (("tension", "--tension"), ("emotions", "--feel"), ("relief", "--relief"), ("circle", "--with")):
        result = cli("plot", kind, "--out", str(tmp_path / f"{kind}.png"))
        assert result.code == 1 and result.err.startswith("goodcry: not enough entries to draw this yet")
        assert hint in result.err and result.err.count("\n") == 1
        assert not (tmp_path / f"{kind}.png").exists()
    # the person goes on with goodcry after their Daylio years: now every chart has something to show
    make_journal(cli)
    for kind in KINDS:
        for fmt in ("png", "svg"):
            cli.ok("plot", kind, "--out", str(tmp_path / f"{kind}.{fmt}"))
            assert_image(tmp_path / f"{kind}.{fmt}", fmt)


def test_plot_errors_are_one_clear_line(sqlite_cli: CLI, tmp_path: Path) -> None:
    sqlite_cli.ok("init")
    cases = {
        ("plot", "feelings", "--out", str(tmp_path / "x.png")): "unknown chart 'feelings'; choose one of: tension, mood",
        ("plot", "mood", "--out", str(tmp_path / "x.jpg")): "x.jpg has '.jpg'; a chart is written as .png or .svg",
        ("plot", "mood", "--out", str(tmp_path / "x")): "x has no extension",
        ("plot", "mood", "--out", str(tmp_path / "no" / "x.png")): f"the folder {tmp_path / 'no'} does not exist",
        ("plot", "mood", "--out", str(tmp_path / "x.png")): "not enough entries to draw this yet: the mood chart needs",
        ("report", "--out", str(tmp_path / "r.pdf")): "r.pdf has '.pdf'; a report is written as .html or .htm",
        ("report", "--out", str(tmp_path / "r.html")): "there are no entries yet to report on",
    }
    for args, message in cases.items():
        result = sqlite_cli(*args)
        assert result.code == 1, args
        assert result.err.startswith("goodcry: ") and message in result.err and result.err.count("\n") == 1, result.err
    assert all(p.name.startswith("journal.db") for p in tmp_path.iterdir())  # nothing written, no temporary left


def _svgs(page: str) -> list[str]:
    return re.findall(r"<svg\b.*?</svg>", page, flags=re.S)


def test_the_report_is_one_private_self_contained_page(cli: CLI, tmp_path: Path) -> None:
    cli.ok("init")
    make_journal(cli)
    out = tmp_path / "report.html"
    done = cli.ok("report", "--out", str(out))
    assert "text is not in it" in done.err
    page = out.read_text()
    assert page.startswith("<!doctype html>") and 'name="viewport"' in page and "@media print" in page
    assert "You felt better after 7 of 7 cries with Sam there, and after 0 of 7 without Sam." in " ".join(page.split())
    assert "not medical advice" in page and "1 October 2026 – 28 October 2026" in page
    svgs = _svgs(page)
    assert len(svgs) == len(KINDS)
    for svg in svgs:
        ET.fromstring(svg)  # each chart is well-formed XML
    # nothing runs and nothing is fetched
    assert "<script" not in page.lower()
    links = re.findall(r"\b(?:src|href)\s*=\s*[\"']?([^\"' >]*)", page, flags=re.I)
    assert links and all(link.startswith("#") for link in links)  # only references within the page
    assert "http://" not in page and "https://" not in page and "data:" not in page
    assert "default-src 'none'" in page
    ids = re.findall(r'\bid="([^"]+)"', page)
    assert len(ids) == len(set(ids))  # charts' ids do not clash
    # the entries' own words only when asked for
    assert SECRET not in page and "alone again" not in page
    cli.ok("report", "--with-text", "--out", str(out))
    page = out.read_text()
    assert SECRET in page and "alone again" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script" not in page.lower()


def test_a_report_from_daylio_says_which_charts_need_more(cli: CLI, tmp_path: Path) -> None:
    cli.ok("init")
    cli.ok("import", str(DATA / "daylio_export.csv"), "--from", "daylio-csv", "--daylio-moods", "super=5,fine=3")
    out = tmp_path / "r.html"
    assert "1 of 5 charts" in cli.ok("report", "--out", str(out)).err
    page = out.read_text()
    assert len(_svgs(page)) == 1 and page.count("Not enough entries to draw this yet") == 4
    assert "Nothing stands out clearly yet" in page and "call with Dad" not in page
    cli.ok("report", "--with-text", "--out", str(out))
    assert "Cried after the call with Dad." in out.read_text()


def test_plot_and_report_help_load_no_plotting_or_templates() -> None:
    code = (
        "import sys; from goodcry.cli.main import run; run(['plot', '--help']); run(['report', '--help']); "
        "print('HEAVY', [m for m in ('matplotlib', 'jinja2', 'numpy') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in out and "Usage: goodcry plot" in out and "--with-text" in out


# --- in-process: the series, the SVG clean-up, the view model -------------------------------------------------

def _at(day: int) -> datetime:
    return datetime(2026, 3, day, 20, 0, tzinfo=UTC)


def test_the_series_leave_crisis_entries_out_of_what_helps() -> None:
    collector = Collector()
    entries = [
        Entry(Kind.CRY, _at(1), tension_before=8, tension_after=3, feelings=(Feeling("hurt"),), relief=Relief.BETTER),
        Entry(Kind.CRY, _at(2), tension_before=9, tension_after=9, feelings=(Feeling("sad"),), screening="crisis"),
        Entry(Kind.CHECK_IN, _at(3), mood_after=2),
        Entry(Kind.CHECK_IN, _at(3), mood_after=-1),
    ]
    for e in entries:
        collector.add(e)
    data = collector.finish()
    assert [(p.before, p.after) for p in data.tension] == [(8, 3)]
    assert [(f.family, f.cries) for f in data.feelings] == [("hurt", 1)]
    assert data.crying_days == (_at(1).date(), _at(2).date())  # every cry is a crying day
    assert [(m.mood, m.n) for m in data.mood_days] == [(0.5, 2)]
    assert data.crisis_left_out == 1


def test_inline_svg_prefixes_ids_and_drops_urls() -> None:
    svg = (
        b'<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/x.dtd">\n'
        b'<svg xmlns:xlink="http://www.w3.org/1999/xlink" width="10pt" height="5pt" viewBox="0 0 10 5" '
        b'xmlns="http://www.w3.org/2000/svg"><!-- made with https://matplotlib.org -->'
        b'<defs><style>*{stroke-linejoin: round}</style><path id="m1" d="M0 0"/><clipPath id="p1"/></defs>'
        b'<use xlink:href="#m1" clip-path="url(#p1)"/></svg>'
    )
    out = inline_svg(svg, "mood-", 'a <chart> & "more"')
    assert out.startswith('<svg class="chart" viewBox="0 0 10 5" role="img" aria-label="a &lt;chart&gt; &amp; ')
    assert 'id="mood-m1"' in out and 'href="#mood-m1"' in out and "url(#mood-p1)" in out
    assert "http" not in out and "<style" not in out and "width=" not in out
    ET.fromstring(out)


def test_the_report_context_and_page_from_synthetic_entries() -> None:
    insights, data = gather(synthetic.generate(400, seed=2, effects=synthetic.PLANTED), circle=synthetic.circle())
    ctx = context(insights, data, made=datetime(2026, 11, 1, tzinfo=UTC))
    assert ctx.entries is None and ctx.findings and ctx.made == "1 November 2026"
    assert [c.kind for c in ctx.charts] == list(KINDS) and all(c.svg for c in ctx.charts)
    page = render(ctx)
    assert all(line in page for line in ctx.findings if "'" not in line and '"' not in line)
    assert 'id="entries"' not in page


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_chart_on_the_null_and_the_struggling_worlds(kind: str) -> None:
    from goodcry.charts import draw

    for effects in (synthetic.NULL, synthetic.STRUGGLING):
        insights, data = gather(synthetic.generate(250, seed=5, effects=effects), circle=synthetic.circle())
        assert draw(kind, insights, data, "svg").lstrip().startswith(b"<?xml")
