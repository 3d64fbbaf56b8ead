"""Bad input gets one clear line and a non-zero exit — never a traceback — and changes nothing stored."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CLI, DATA

DATE_HINT = "try 'yesterday 9pm', '2 hours ago', 'last monday 8am' or 2026-11-20 21:00"


@pytest.fixture
def seeded(cli: CLI) -> tuple[CLI, str, str, str]:
    """A journal with an episode, a check-in and Sam in the circle; returns (cli, episode, check-in, snapshot)."""
    cli.ok("init", "--country", "US")
    episode = cli.ok("log", "cry", "seed entry #seed", "--with", "Sam=listened", "--feel", "sad",
                     "--at", "2026-11-20 21:00").out.strip()
    check_in = cli.ok("log", "check-in", "--mood", ":1", "--at", "2026-11-21 09:00").out.strip()
    return cli, episode, check_in, snapshot(cli)


def snapshot(cli: CLI) -> str:
    return cli.ok("export", "--format", "json").out


CASES: list[tuple[str, list[str], str]] = [
    ("bad date", ["log", "cry", "x", "--at", "blurgh"], f"can't read the date 'blurgh'; {DATE_HINT}"),
    ("impossible date", ["log", "cry", "x", "--at", "2026-02-30"], "'2026-02-30' is not a real date"),
    ("bad hour", ["log", "cry", "x", "--at", "yesterday 25:00"], "'yesterday 25:00' is not a time of day"),
    ("tension too high", ["log", "cry", "x", "--tension", "11:3"],
     "tension must be from 0 to 10 (0 none … 10 unbearable), not 11"),
    ("mood too low", ["log", "cry", "x", "--mood", "-6:0"],
     "mood must be from -5 to 5 (−5 very unpleasant … +5 very pleasant), not -6"),
    ("mood not a number", ["log", "cry", "x", "--mood", "sad"], "mood must be a whole number from -5 to 5, not 'sad'"),
    ("tension with a dash", ["log", "cry", "x", "--tension", "8-4"],
     "tension must be a whole number from 0 to 10, not '8-4'"),
    ("empty before:after", ["log", "cry", "x", "--tension", ":"], "tension is BEFORE:AFTER, e.g. 8:4, not ':'"),
    ("shame zero", ["log", "cry", "x", "--shame", "0"], "shame must be from 1 to 5 (1 none … 5 very ashamed), not 0"),
    ("held back six", ["log", "held-back", "x", "--held-back", "6"],
     "held back must be from 1 to 5 (1 not at all … 5 completely), not 6"),
    ("clarity eleven", ["log", "cry", "x", "--clarity", "11"], "clarity must be from 0 to 10 (0 foggy … 10 very clear), not 11"),
    ("understanding word", ["log", "cry", "x", "--understanding", "lots"],
     "understanding must be a whole number from 1 to 5, not 'lots'"),
    ("intensity five", ["log", "cry", "x", "--intensity", "5"],
     "intensity is 1–4 (moist-eyes, tears, crying, sobbing), not 5"),
    ("intensity word", ["log", "cry", "x", "--intensity", "weeping"],
     "unknown intensity 'weeping'; choose one of: moist-eyes, tears, crying, sobbing"),
    ("place", ["log", "cry", "x", "--place", "moon"],
     "unknown place 'moon'; choose one of: home, work-school, transit, public, other"),
    ("trigger", ["log", "cry", "x", "--trigger", "conflict,boredom"],
     "unknown trigger 'boredom'; choose one of: conflict, loss, personal-failing, others-suffering, physical-pain, "
     "stress, moved-joyful, film-music-book, unclear"),
    ("response", ["log", "cry", "x", "--with", "Sam=hugged-a-tree"],
     "unknown response 'hugged-a-tree'; choose one of: comforted, listened, practical-help, ignored, awkward, critical"),
    ("nameless person", ["log", "cry", "x", "--with", "=comforted"],
     "a name is 1–80 characters without '=', ',' or '#', not ''"),
    ("unknown feeling", ["log", "cry", "x", "--feel", "blorp"],
     "unknown feeling word 'blorp' (add your own with `goodcry words add`)"),
    ("misspelt feeling", ["log", "cry", "x", "--feel", "lonley"],
     "unknown feeling word 'lonley'; did you mean 'lonely'? (add your own with `goodcry words add`)"),
    ("feeling strength", ["log", "cry", "x", "--feel", "sad:9"],
     "strength must be from 1 to 5 (1 faint … 5 overwhelming), not 9"),
    ("feeling strength word", ["log", "cry", "x", "--feel", "sad:lots"],
     "a feeling's strength is 1–5 (e.g. hurt:4), not 'lots'"),
    ("duration word", ["log", "cry", "x", "--duration", "ten"], "duration is a number of minutes, e.g. 10, not 'ten'"),
    ("duration too long", ["log", "cry", "x", "--duration", "2000"], "duration must be 0 to 1440 minutes, not 2000"),
    ("relief", ["log", "cry", "x", "--relief", "great"],
     "unknown relief 'great'; choose one of: much-worse, worse, same, better, much-better"),
    ("company", ["log", "cry", "x", "--company", "crowd"],
     "unknown company 'crowd'; choose one of: alone, one-person, several"),
    ("alone with people", ["log", "cry", "x", "--company", "alone", "--with", "Sam"],
     "an entry cannot be 'alone' and name people who were there"),
    ("body", ["log", "cry", "x", "--body", "sleepy"],
     "unknown body sensation 'sleepy'; choose one of: tired, calm, relaxed, headache, drained"),
    ("resolved", ["log", "cry", "x", "--resolved", "maybe"], "unknown resolved 'maybe'; choose one of: no, partly, yes"),
    ("kind", ["log", "sobbed", "x"], "unknown kind 'sobbed'; choose one of: cry, held-back, check-in"),
    ("huge text", ["log", "cry", "x" * 100_001], "the text is 100,001 characters; the limit is 100,000"),
    ("broken UTF-8 argument", ["log", "cry", "caf\udce9"], "the text is not valid UTF-8 text"),
    ("broken UTF-8 name", ["log", "cry", "x", "--with", "S\udce9m"], "the name is not valid UTF-8 text"),
    ("unknown ID", ["show", "zzzzzz"], "no entry with ID 'zzzzzz'; `goodcry list` shows IDs"),
    ("short ID", ["show", "ab"], "'ab' is not an entry ID (IDs are 16 letters and digits; 4 or more will do)"),
    ("edit unknown", ["edit", "zzzzzz", "--shame", "2"], "no entry with ID 'zzzzzz'; `goodcry list` shows IDs"),
    ("delete unknown", ["delete", "zzzzzz", "--yes"], "no entry with ID 'zzzzzz'; `goodcry list` shows IDs"),
    ("list bad since", ["list", "--since", "someday"], f"can't read the date 'someday'; {DATE_HINT}"),
    ("list unknown feeling", ["list", "--feel", "blorp"],
     "unknown feeling word 'blorp' (add your own with `goodcry words add`)"),
    ("person exists", ["people", "add", "sam"], "Sam is already in your circle"),
    ("person unknown", ["people", "remove", "Nobody", "--yes"], "'Nobody' is not in your circle"),
    ("rename onto someone", ["people", "rename", "Nobody", "X"], "'Nobody' is not in your circle"),
    ("relation", ["people", "add", "Ana", "--relation", "bestie"],
     "unknown relation 'bestie'; choose one of: partner, family, friend, colleague, stranger, professional, other"),
    ("country", ["country", "USA"], "a country is a two-letter code such as US, GB, IE, AU, IN or DE, not 'USA'"),
    ("word exists", ["words", "add", "sad", "--family", "sadness"], "'sad' is already in the vocabulary (as 'sad')"),
    ("word family", ["words", "add", "meh", "--family", "blue"],
     "unknown feeling family 'blue'; families: sadness, hurt, loneliness, fear, anger, shame, disgust, surprise, "
     "tenderness, calm, joy"),
    ("import format", ["import", "x.json", "--from", "xml"],
     "unknown import format 'xml'; choose one of: goodcry-json, jrnl-json, daylio-csv"),
    ("import missing file", ["import", "/nonexistent/x.json", "--from", "jrnl-json"], "/nonexistent/x.json: no such file"),
    ("export format", ["export", "--format", "xml"], "unknown export format 'xml'; choose one of: json, csv, md"),
    ("export folder", ["export", "--out", "/nonexistent/dir/j.json"],
     "cannot write /nonexistent/dir/j.json: the folder /nonexistent/dir does not exist"),
    ("daylio moods", ["import", str(DATA / "daylio_export.csv"), "--from", "daylio-csv", "--daylio-moods", "super=9"],
     "a Daylio mood is LABEL=LEVEL with LEVEL 1–5 (5 best), not 'super=9'"),
]


@pytest.mark.parametrize(("args", "message"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_refused_clearly_and_changes_nothing(seeded: tuple[CLI, str, str, str], args: list[str],
                                                          message: str) -> None:
    cli, _, _, before = seeded
    result = cli(*args)
    assert (result.code, result.err.strip()) == (1, f"goodcry: {message}")
    assert "Traceback" not in result.err and result.out == ""
    assert snapshot(cli) == before


def test_broken_utf8_on_standard_input(seeded: tuple[CLI, str, str, str]) -> None:
    cli, _, _, before = seeded
    result = cli("log", "cry", "-", stdin=b"caf\xe9 \xff")
    assert result.err.strip() == "goodcry: standard input is not UTF-8 text (bad byte at offset 3)"
    assert result.code == 1 and snapshot(cli) == before


def test_later_check_in_needs_an_answer_and_an_episode(seeded: tuple[CLI, str, str, str]) -> None:
    cli, episode, check_in, before = seeded
    assert cli("after", episode).err.strip() == (
        "goodcry: say how it is now, e.g. --relief better --mood 1 --tension 3")
    assert cli("after", episode, "--mood", "7").err.strip() == (
        "goodcry: mood must be from -5 to 5 (−5 very unpleasant … +5 very pleasant), not 7")
    assert cli("after", check_in, "--mood", "1").err.strip() == (
        f"goodcry: entry {check_in} is a check-in; later check-ins belong to cries and held-back urges")
    assert snapshot(cli) == before


def test_usage_errors_exit_2(seeded: tuple[CLI, str, str, str]) -> None:
    cli, _, _, before = seeded
    unknown = cli("log", "cry", "x", "--bogus")
    assert unknown.code == 2 and "No such option '--bogus'" in unknown.err
    assert cli("list", "-n", "0").code == 2
    assert cli("blorp").code == 2
    assert snapshot(cli) == before


@pytest.mark.parametrize(
    ("name", "content", "source", "message"),
    [
        ("trunc.json", '{"format": "goodcry", "version": 1, "entries": [{"id": ', "goodcry-json",
         "trunc.json: not valid JSON (line 1, column 56: Expecting value)"),
        ("other.json", '{"hello": 1}', "goodcry-json",
         'other.json: not a goodcry export (no "format": "goodcry"); try --from jrnl-json'),
        ("badentry.json", json.dumps({"format": "goodcry", "version": 1, "entries": [
            {"id": "06h0000000000001", "kind": "cry", "at": "2026-11-20T21:00:00+00:00", "relief": "great"}]}),
         "goodcry-json",
         "badentry.json: entry 1: unknown relief 'great'; choose one of: much-worse, worse, same, better, much-better"),
        ("nodate.json", json.dumps({"entries": [{"title": "ok", "date": "2026-01-01", "time": "10:00"},
                                                {"title": "no date"}]}),
         "jrnl-json", "nodate.json: entry 2: missing field 'date'"),
        ("baddate.json", json.dumps({"entries": [{"title": "x", "date": "2026-13-45", "time": "10:00"}]}),
         "jrnl-json", "baddate.json: entry 1: bad date/time '2026-13-45' '10:00' (expected YYYY-MM-DD and HH:MM)"),
        ("header.csv", "date,mood,note\n2026-01-01,good,hi\n", "daylio-csv",
         "header.csv: line 1: not a Daylio CSV header; expected full_date,date,weekday,time,mood,activities,"
         "note_title,note (or the older year,date,weekday,time,mood,activities,note), got date,mood,note"),
        ("row.csv", "full_date,date,weekday,time,mood,activities,note_title,note\n"
                    "2026-01-01,Jan 1,Thursday,10:00,good,,,ok\n2026-01-02,Jan 2,Friday,25:99,good,,,bad time\n",
         "daylio-csv", "row.csv: line 3: '2026-01-02 25:99' is not a time of day"),
        ("cols.csv", "full_date,date,weekday,time,mood,activities,note_title,note\n2026-01-01,Jan 1,Thu\n",
         "daylio-csv", "cols.csv: line 2: expected 8 columns, found 3"),
    ],
)
def test_bad_files_name_the_file_row_and_reason_and_import_nothing(
    seeded: tuple[CLI, str, str, str], tmp_path: Path, name: str, content: str, source: str, message: str
) -> None:
    cli, _, _, before = seeded
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    result = cli("import", str(path), "--from", source)
    assert (result.code, result.err.strip()) == (1, f"goodcry: {message}")
    assert snapshot(cli) == before


def test_a_file_that_is_not_utf8(seeded: tuple[CLI, str, str, str], tmp_path: Path) -> None:
    cli, _, _, before = seeded
    path = tmp_path / "latin1.csv"
    path.write_bytes("full_date,date\n2026-01-01,café".encode("latin-1"))
    result = cli("import", str(path), "--from", "daylio-csv")
    assert result.err.strip() == f"goodcry: {path}: not UTF-8 text (bad byte at offset 29)"
    assert snapshot(cli) == before


def test_skip_bad_imports_the_good_rows_and_lists_the_bad(seeded: tuple[CLI, str, str, str], tmp_path: Path) -> None:
    cli, _, _, _ = seeded
    path = tmp_path / "mixed.csv"
    path.write_text("full_date,date,weekday,time,mood,activities,note_title,note\n"
                    "2026-01-01,Jan 1,Thursday,10:00,good,,,ok\n2026-01-02,Jan 2,Friday,10:00,grand,,,?\n")
    result = cli.ok("import", str(path), "--from", "daylio-csv", "--skip-bad")
    assert "skipped: mixed.csv: line 3: unknown mood 'grand'" in result.err
    assert "Added 1 entries from mixed.csv; 0 already in your journal; 1 bad rows skipped." in result.err


def test_unsupported_database_url(sqlite_cli: CLI) -> None:
    result = sqlite_cli("--db", "mysql://localhost/x", "list")
    assert result.err.strip() == (
        "goodcry: unsupported journal URL 'mysql'://…; use a file path or postgresql+psycopg://…")
