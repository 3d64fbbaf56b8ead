"""Safety at the command line: save first, then the card; help-now; screen for researchers."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import CLI

CRISIS = "I can't do this anymore. I've saved up my pills and I'm going to take them all tonight."
CONCERN = "Years ago I used to cut, my old scars ached today."


def test_a_crisis_entry_is_stored_exactly_as_typed_then_the_card_shows(cli: CLI) -> None:
    cli.ok("init", "--country", "US")
    result = cli.ok("log", "cry", CRISIS + "  ")
    entry_id = result.out.strip()
    assert result.err.index("Saved your cry") < result.err.index("You don't have to carry this alone")
    assert "988 Suicide & Crisis Lifeline" in result.err and "call 911" in result.err
    assert "no person monitors it" in result.err
    with cli.journal() as journal:
        entry = journal.get(entry_id)
    assert entry.text == CRISIS and entry.screening == "crisis"


def test_the_card_follows_edit_and_the_later_check_in(cli: CLI) -> None:
    cli.ok("init", "--country", "IE")
    entry_id = cli.ok("log", "cry", "a hard day at work").out.strip()
    assert "carry" not in cli.ok("log", "cry", "a hard day at work, the deadline is killing me").err
    edited = cli.ok("edit", entry_id, "--text", CRISIS)
    assert "You don't have to carry this alone" in edited.err and "116 123" in edited.err
    later = cli.ok("after", entry_id, "--mood", "-4", "--note", "i still want to die")
    assert "You don't have to carry this alone" in later.err


def test_concern_gets_a_gentler_note(cli: CLI) -> None:
    cli.ok("init", "--country", "GB")
    result = cli.ok("log", "cry", CONCERN)
    assert "That sounds like a lot to carry" in result.err and "Samaritans" in result.err


def test_an_import_with_crisis_entries_says_so_after_importing(cli: CLI, tmp_path: Path) -> None:
    cli.ok("init", "--country", "AU")
    path = tmp_path / "j.json"
    path.write_text(json.dumps({"entries": [
        {"title": "ok day", "date": "2026-01-01", "time": "10:00"},
        {"title": CRISIS, "date": "2026-01-02", "time": "22:00"},
    ]}))
    result = cli.ok("import", str(path), "--from", "jrnl-json")
    assert result.err.index("Added 2 entries") < result.err.index("You don't have to carry this alone")
    assert "1 of the imported entries speak of a lot of pain" in result.err and "13 11 14" in result.err


def test_help_now_works_with_and_without_a_journal(cli: CLI, sqlite_cli: CLI) -> None:
    assert "findahelpline.com" in sqlite_cli.ok("help-now").err  # no journal yet: the fallback
    cli.ok("init", "--country", "NZ")
    assert "1737" in cli.ok("help-now").err
    assert "Tele-MANAS" in cli.ok("help-now", "--country", "in").err


def test_screen_from_a_file_writes_one_json_object_per_line(sqlite_cli: CLI, tmp_path: Path) -> None:
    path = tmp_path / "texts.txt"
    path.write_text("this exam is killing me\nI want to die\nmy friend said she wanted to die\n")
    lines = sqlite_cli.ok("screen", "--from", str(path), "--json").out.splitlines()
    results = [json.loads(line) for line in lines]
    assert [r["level"] for r in results] == ["none", "crisis", "none"]
    assert results[1]["triggers"][0]["text"] == "want to die"
    assert sqlite_cli("screen").code == 1
