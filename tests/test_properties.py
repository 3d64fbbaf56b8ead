"""Property-based tests (Hypothesis): importers, natural dates, ratings, the export → import round trip, and a fuzz
pass over the real CLI that must never end in a traceback."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from conftest import CLI
from goodcry.cli import options
from goodcry.core import when
from goodcry.core.errors import ImportFormatError, ValidationError
from goodcry.core.model import (
    CLARITY,
    HELD_BACK,
    MOOD,
    SHAME,
    TENSION,
    Body,
    Company,
    Entry,
    Feeling,
    Intensity,
    Kind,
    Place,
    Presence,
    Relief,
    Resolved,
    Response,
    Trigger,
)
from goodcry.core.vocabulary import BUILTIN
from goodcry.interchange import daylio_csv, goodcry_json, jrnl_json
from goodcry.interchange import transfer as service
from goodcry.journal import Journal
from goodcry.storage.database import Target

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SLOW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
NOW = datetime(2026, 11, 25, 14, 30, tzinfo=timezone(timedelta(hours=1)))

plain_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=80)
days = st.dates(min_value=datetime(1990, 1, 1).date(), max_value=datetime(2090, 12, 31).date())
clocks = st.times().map(lambda t: t.replace(second=0, microsecond=0))


# --- importers ------------------------------------------------------------------------------------------------

@FAST
@given(st.text(max_size=300))
def test_jrnl_parser_either_parses_or_says_why(text: str) -> None:
    try:
        jrnl_json.parse(text, "x.json")
    except ImportFormatError as exc:
        assert str(exc).startswith("x.json: ")


@FAST
@given(st.lists(st.fixed_dictionaries({"title": plain_text, "body": plain_text, "date": days, "time": clocks,
                                        "starred": st.booleans()}), max_size=8))
def test_jrnl_exports_import_every_entry_with_its_text(raw: list[dict[str, object]]) -> None:
    doc = {"tags": {}, "entries": [{**e, "date": e["date"].isoformat(),  # type: ignore[attr-defined]
                                    "time": e["time"].strftime("%H:%M"), "tags": []} for e in raw]}
    batch = jrnl_json.parse(json.dumps(doc), "j.json", skip_bad=True)
    assert len(batch.entries) == len(raw) and batch.skipped == []
    again = jrnl_json.parse(json.dumps(doc), "j.json", skip_bad=True)
    assert [e.id for e in batch.entries] == [e.id for e in again.entries]  # stable IDs: re-import adds nothing
    for entry, source in zip(batch.entries, raw, strict=True):
        body = str(source["body"])
        assert entry.text == str(source["title"]) + ("\n" + body if body else "")


@FAST
@given(st.text(max_size=300))
def test_daylio_parser_either_parses_or_says_why(text: str) -> None:
    for candidate in (text, ",".join(daylio_csv.HEADER) + "\n" + text):
        try:
            daylio_csv.parse(candidate, "d.csv")
        except ImportFormatError as exc:
            assert str(exc).startswith("d.csv: line ")


daylio_rows = st.lists(st.tuples(
    days, clocks, st.sampled_from(["rad", "good", "meh", "bad", "awful"]),
    st.lists(st.sampled_from(["crying", "work", "family", "Work Stress", "sleep early"]), max_size=3, unique=True),
    plain_text, st.booleans()), max_size=8)


@FAST
@given(daylio_rows)
def test_daylio_exports_import_every_row(rows: list[tuple]) -> None:  # type: ignore[type-arg]
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(daylio_csv.HEADER)
    for day, clock, mood, activities, note, twelve_hour in rows:
        shown = clock.strftime("%I:%M %p").lstrip("0").lower() if twelve_hour else clock.strftime("%H:%M")
        writer.writerow([day.isoformat(), day.strftime("%B %d"), day.strftime("%A"), shown, mood,
                         " | ".join(activities), "", note])
    batch = daylio_csv.parse(out.getvalue(), "d.csv")
    assert len(batch.entries) == len(rows)
    for entry, (day, clock, _mood, activities, _, _) in zip(batch.entries, rows, strict=True):
        assert (entry.at.date(), entry.at.time().replace(tzinfo=None)) == (day, clock)
        assert entry.kind is (Kind.CRY if "crying" in activities else Kind.CHECK_IN)
        assert entry.mood_after is not None


# --- natural dates and ratings --------------------------------------------------------------------------------

@FAST
@given(st.text(max_size=40))
def test_natural_dates_parse_or_refuse_clearly(text: str) -> None:
    try:
        parsed = when.parse(text, NOW)
    except ValidationError:
        return
    assert parsed.tzinfo is not None


@FAST
@given(days, clocks)
def test_iso_dates_mean_exactly_what_they_say(day: object, clock: object) -> None:
    parsed = when.parse(f"{day} {clock.strftime('%H:%M')}", NOW)  # type: ignore[attr-defined]
    assert (parsed.date(), parsed.time().replace(tzinfo=None)) == (day, clock)


@FAST
@given(st.integers(1, 500), st.sampled_from(["minutes", "hours", "days"]))
def test_relative_dates(n: int, unit: str) -> None:
    assert when.parse(f"{n} {unit} ago", NOW) == NOW - timedelta(**{unit: n})


SCALES = [MOOD, TENSION, HELD_BACK, SHAME, CLARITY]


@FAST
@given(st.sampled_from(SCALES), st.data())
def test_ratings_in_range_round_trip_and_others_are_refused(scale: object, data: st.DataObject) -> None:
    from goodcry.core.model import Scale

    assert isinstance(scale, Scale)
    value = data.draw(st.integers(-1000, 1000))
    if scale.low <= value <= scale.high:
        assert options.rating(str(value), scale) == value
        before = data.draw(st.integers(scale.low, scale.high))
        assert options.before_after(f"{before}:{value}", scale) == (before, value)
        assert options.before_after(f":{value}", scale) == (None, value)
    else:
        with pytest.raises(ValidationError):
            options.rating(str(value), scale)


@FAST
@given(st.sampled_from(SCALES), st.text(max_size=12))
def test_any_rating_text_gives_a_number_or_a_clear_refusal(scale: object, text: str) -> None:
    from goodcry.core.model import Scale

    assert isinstance(scale, Scale)
    try:
        value = options.rating(text, scale)
        pair = options.before_after(text, scale)
    except ValidationError:
        return
    assert value is None or scale.low <= value <= scale.high
    assert all(v is None or scale.low <= v <= scale.high for v in pair)


# --- export → import round trip -------------------------------------------------------------------------------

WORD_NAMES = [w.name for w in BUILTIN.words][:40]
offsets = st.integers(-12 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))


@st.composite
def entries(draw: st.DrawFn) -> Entry:
    at = draw(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2090, 1, 1),
                           timezones=offsets)).replace(microsecond=0)
    maybe = lambda s: draw(st.none() | s)  # noqa: E731
    words = draw(st.lists(st.sampled_from(WORD_NAMES), max_size=3, unique=True))
    try:
        return Entry(
            kind=draw(st.sampled_from(list(Kind))), at=at, text=draw(plain_text), duration_min=maybe(st.integers(0, 600)),
            intensity=maybe(st.sampled_from(list(Intensity))), held_back=maybe(st.integers(1, 5)),
            place=maybe(st.sampled_from(list(Place))),
            triggers=tuple(draw(st.lists(st.sampled_from(list(Trigger)), max_size=3, unique=True))),
            trigger_note=draw(plain_text),
            feelings=tuple(Feeling(w, maybe(st.integers(1, 5)), main=i == 0) for i, w in enumerate(words)),
            mood_before=maybe(st.integers(-5, 5)), mood_after=maybe(st.integers(-5, 5)),
            tension_before=maybe(st.integers(0, 10)), tension_after=maybe(st.integers(0, 10)),
            relief=maybe(st.sampled_from(list(Relief))), company=maybe(st.sampled_from(list(Company))),
            people=tuple(Presence(n, tuple(draw(st.lists(st.sampled_from(list(Response)), max_size=2, unique=True))))
                         for n in draw(st.lists(st.sampled_from(["Sam", "Ana", "Dr Lee", "Jo"]), max_size=2,
                                                unique=True))),
            shame=maybe(st.integers(1, 5)), resolved=maybe(st.sampled_from(list(Resolved))),
            understanding=maybe(st.integers(1, 5)), clarity=maybe(st.integers(0, 10)),
            body=tuple(draw(st.lists(st.sampled_from(list(Body)), max_size=2, unique=True))), notes=draw(plain_text),
        )
    except ValidationError:
        assume(False)
        raise


@SLOW
@given(st.lists(entries(), min_size=1, max_size=6))
def test_goodcry_json_export_then_import_gives_the_same_journal(batch: list[Entry]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        first = Journal.open(Target.parse(Path(folder) / "a.db"), create=True)
        second = Journal.open(Target.parse(Path(folder) / "b.db"), create=True)
        try:
            first.add_many(batch)
            text = "".join(service.export(first, "json"))
            document, skipped = goodcry_json.load(text, "e.json")
            assert skipped == []
            second.add_many(document.entries, document.people, document.words, document.settings)
            assert list(first.iter_all()) == list(second.iter_all())
            assert "".join(service.export(second, "json")) == text
        finally:
            first.close()
            second.close()


# --- the CLI never ends in a traceback ------------------------------------------------------------------------

COMMAND_WORDS = ["log", "after", "list", "show", "edit", "delete", "people", "words", "export", "import", "init",
                 "where", "country", "help-now", "screen", "plot", "report", "backup", "restore", "encrypt", "decrypt",
                 "passwd", "insights",
                 "add",
                 "rename", "set", "remove", "cry", "held-back", "check-in"]
OPTION_WORDS = ["--at", "--mood", "--tension", "--with", "--feel", "--intensity", "--held-back", "--since",
                "--until", "-n", "--json", "--yes", "--format", "--out", "--from", "--relation", "--family",
                "--relief", "--kind", "--contains", "--tag", "--dry-run", "--skip-bad", "--help", "--shame",
                "--trigger", "--body", "--place", "--company", "--duration", "--clarity", "--db", "--debug"]
VALUES = ["", "x", "-1", "0", "99", "1e9", "yesterday 9pm", "2 hours ago", "2026-02-30", "Sam=comforted", "Sam=",
          "=x", "hurt:4,lonely", "hurt:9", "8:4", ":", "-3:0", "💧 tears", "a\tb\nc", "\x7f", "ÉTÉ", "#home", "-",
          "--", "06h0", "zzzz", "GB", "json", "csv", "md", "jrnl-json", "daylio-csv", "goodcry-json", "friend"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(COMMAND_WORDS) | st.sampled_from(OPTION_WORDS) | st.sampled_from(VALUES)
                | st.text(max_size=10), min_size=1, max_size=7))
def test_random_command_lines_never_end_in_a_traceback(fuzz_cli: CLI, argv: list[str]) -> None:
    argv = [a.replace("\x00", "") for a in argv]
    if "--db" in argv:  # never point at a real journal elsewhere
        argv = [a for a in argv if a != "--db"]
    result = fuzz_cli(*argv)
    assert result.code in (0, 1, 2), (argv, result.code, result.err)
    assert "unexpected error" not in result.err, (argv, result.err)
    if "--debug" not in argv:
        assert "Traceback" not in result.err, (argv, result.err)
    elif "Traceback" in result.err:  # --debug asks for the traceback of an error goodcry expects, nothing else
        assert "goodcry.core.errors." in result.err.strip().splitlines()[-2], (argv, result.err)


@pytest.fixture
def fuzz_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CLI:
    """A seeded journal; the working folder is the test's own, no terminal, no editor."""
    for name in ("GOODCRY_DB", "VISUAL", "EDITOR"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("goodcry.cli.secret._terminal", lambda: False)
    cli = CLI(str(tmp_path / "journal.db"), capsys, monkeypatch)
    cli.ok("init", "--country", "GB")
    cli.ok("log", "cry", "seed #home", "--with", "Sam=comforted", "--feel", "hurt")
    return cli
