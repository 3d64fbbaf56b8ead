"""``goodcry insights`` end to end, on every backend: a journal made with the CLI, and one imported from Daylio."""

from __future__ import annotations

import json

from conftest import CLI, DATA
from goodcry.cli.insights import sparkline


def test_insights_on_a_journal_made_with_the_cli(cli: CLI) -> None:
    cli.ok("init")
    for day in range(1, 8):
        cli.ok("log", "cry", "argued", "--with", "Sam=comforted", "--relief", "better", "--feel", "sad",
               "--intensity", "3", "--at", f"2026-10-0{day} 21:00")
    for day in range(1, 7):
        cli.ok("log", "cry", "alone again", "--relief", "same", "--feel", "lonely", "--at", f"2026-10-1{day} 21:00")
    cli.ok("log", "held-back", "kept it in", "--held-back", "5", "--at", "2026-10-20 10:00")
    for day in range(21, 29):
        cli.ok("log", "check-in", "--mood", "-1", "--at", f"2026-10-{day} 09:00")

    data = json.loads(cli.ok("insights", "--json").out)
    assert data["counts"]["cries"] == 13 and data["counts"]["held_back"] == 1 and data["counts"]["check_ins"] == 8
    assert data["relief"]["better"]["k"] == 7 and data["relief"]["rated"] == 13
    sam = data["circle"]["people"][0]
    assert sam["name"] == "Sam" and sam["times"] == 7 and sam["responses"] == [["comforted", 7]]
    assert sam["with_vs_without"]["status"] == "finding"
    assert "person.sam" in data["findings"]
    assert data["text"]["disclaimer"].startswith("goodcry is a journal, not medical advice")

    shown = cli.ok("insights")
    assert "You felt better after 7 of 7 cries with Sam there, and after 0 of 6 without Sam." in " ".join(
        shown.out.split()
    )
    assert "not medical advice" in shown.out

    later = json.loads(cli.ok("insights", "--json", "--since", "2026-10-11").out)
    assert later["counts"]["cries"] == 6 and later["findings"] == []


def test_insights_on_a_journal_imported_from_daylio(cli: CLI) -> None:
    cli.ok("init")
    cli.ok("import", str(DATA / "daylio_export.csv"), "--from", "daylio-csv", "--daylio-moods", "super=5,fine=3")
    data = json.loads(cli.ok("insights", "--json").out)
    assert data["counts"]["check_ins"] == 4 and data["counts"]["cries"] == 1
    assert data["findings"] == []
    assert data["mood"]["around_vs_baseline"]["status"] == "not-enough-yet"
    assert "What more entries would tell" in cli.ok("insights").out


def test_insights_on_an_empty_journal(cli: CLI) -> None:
    cli.ok("init")
    assert "No entries yet" in cli.ok("insights").err
    assert json.loads(cli.ok("insights", "--json").out)["counts"]["entries"] == 0


def test_sparkline() -> None:
    assert sparkline([0, 1, 2, 3, 4, 5, 6, 7]) == "▁▂▃▄▅▆▇█"
    assert sparkline([None, 2, 2]) == " ▄▄"
    assert sparkline([0, 0]) == "▁▁"
    assert sparkline([None]) == " "
