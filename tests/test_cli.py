"""End-to-end CLI journeys, run in-process against SQLite and PostgreSQL; results checked through the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from conftest import CLI, DATA
from goodcry.core.model import Entry, Kind, Relief, Response
from goodcry.journal import Journal
from goodcry.storage.database import Target


def test_journey_log_list_after_edit_export_import(cli: CLI, tmp_path: Path) -> None:
    assert "not medical advice" in cli.ok("init", "--country", "uk").err
    logged = cli.ok(
        "log", "cry", "argued with Sam about moving, felt hurt and alone #home", "--intensity", "3",
        "--tension", "8:4", "--mood", "-3:0", "--with", "Sam=comforted", "--feel", "hurt,lonely",
        "--at", "2026-11-20 21:00",
    )
    entry_id = logged.out.strip()
    assert "Added Sam to your circle" in logged.err
    cli.ok("log", "held-back", "kept it in at work #work", "--held-back", "5", "--at", "2026-11-21 10:00")
    cli.ok("log", "check-in", "--mood", ":2", "--at", "2026-11-22 09:00")

    listed = cli.ok("list").out.splitlines()
    assert len(listed) == 3 and listed[0].startswith(entry_id) and "hurt, lonely · with Sam" in listed[0]
    assert len(cli.ok("list", "--kind", "cry,held-back").out.splitlines()) == 2
    assert len(cli.ok("list", "--feel", "loneliness", "--with", "sam").out.splitlines()) == 1
    assert len(cli.ok("list", "--tag", "work", "--since", "2026-11-21", "--until", "2026-11-21").out.splitlines()) == 1
    assert cli.ok("list", "-n", "1").out.split()[0] != entry_id

    cli.ok("after", entry_id[:6], "--relief", "better", "--mood", "2", "--resolved", "partly", "--at",
           "2026-11-20 22:30")
    cli.ok("edit", entry_id, "--with", "Sam=comforted+listened", "--with", "Ana=awkward", "--shame", "2")

    with cli.journal() as journal:
        entry = journal.get(entry_id)
        assert entry.kind is Kind.CRY and entry.tension_before == 8 and entry.tension_after == 4
        assert entry.mood_before == -3 and entry.mood_after == 0 and entry.shame == 2
        assert [f.word for f in entry.feelings] == ["hurt", "lonely"] and entry.feelings[0].main
        assert entry.people[0].responses == (Response.COMFORTED, Response.LISTENED)
        assert entry.later_relief() is Relief.BETTER and entry.tags == ("home",)
        assert journal.country == "GB"

    shown = json.loads(cli.ok("show", entry_id, "--json").out)
    assert shown["people"][1] == {"name": "Ana", "responses": ["awkward"]}

    export = tmp_path / "export.json"
    cli.ok("export", "--format", "json", "--out", str(export))
    fresh = CLI(str(tmp_path / "fresh.db"), cli._capsys, cli._monkeypatch)
    fresh.ok("init")
    assert "Added 3 entries" in fresh.ok("import", str(export), "--from", "goodcry-json").err
    assert "Added 0 entries" in fresh.ok("import", str(export), "--from", "goodcry-json").err
    again = tmp_path / "again.json"
    fresh.ok("export", "--out", str(again))
    assert again.read_text() == export.read_text()


def test_quick_capture_reads_standard_input(cli: CLI) -> None:
    cli.ok("init")
    entry_id = cli.ok("log", "cry", "-", stdin="a long day\nand then tears\n").out.strip()
    with cli.journal() as journal:
        assert journal.get(entry_id).text == "a long day\nand then tears"


def test_text_alone_means_a_cry(cli: CLI) -> None:
    cli.ok("init")
    entry_id = cli.ok("log", "the film ended and I wept").out.strip()
    with cli.journal() as journal:
        assert journal.get(entry_id).kind is Kind.CRY


def test_people_commands(cli: CLI) -> None:
    cli.ok("init")
    cli.ok("people", "add", "Ana", "--relation", "friend")
    cli.ok("people", "add", "Dr Lee", "--relation", "professional")
    cli.ok("people", "rename", "ana", "Anna")
    cli.ok("people", "set", "Anna", "--relation", "family")
    people = json.loads(cli.ok("people", "list", "--json").out)
    assert people == [{"name": "Anna", "relation": "family", "note": ""},
                      {"name": "Dr Lee", "relation": "professional", "note": ""}]
    cli.ok("people", "remove", "Dr Lee", "--yes")
    assert cli.ok("people", "list").out.strip() == "Anna  (family)"


def test_words_commands(cli: CLI) -> None:
    cli.ok("init")
    cli.ok("words", "add", "weltschmerz", "--family", "sadness", "--pleasantness", "-3", "--energy", "-2")
    assert "weltschmerz*" in cli.ok("words", "list", "--family", "sadness").out
    entry_id = cli.ok("log", "cry", "world-weary", "--feel", "weltschmerz").out.strip()
    assert "weltschmerz" in cli.ok("show", entry_id).out


def test_delete_asks_unless_yes(cli: CLI) -> None:
    cli.ok("init")
    entry_id = cli.ok("log", "cry", "to delete").out.strip()
    refused = cli("delete", entry_id)
    assert refused.code == 1 and "add --yes" in refused.err
    cli.ok("delete", entry_id, "--yes")
    assert "No entries yet" in cli.ok("list").err


def test_import_jrnl_json(cli: CLI) -> None:
    cli.ok("init")
    result = cli.ok("import", str(DATA / "jrnl_export.json"), "--from", "jrnl-json")
    assert "Added 3 entries" in result.err
    assert "Added 0 entries" in cli.ok("import", str(DATA / "jrnl_export.json"), "--from", "jrnl-json").err
    with cli.journal() as journal:
        entries = journal.find()
    assert [e.at.strftime("%Y-%m-%d %H:%M") for e in entries] == ["2026-10-02 18:40", "2026-10-03 21:05",
                                                                   "2026-10-05 08:00"]
    assert entries[0].text.startswith("Cried in the car") and "work" in entries[0].tags
    assert set(entries[1].tags) == {"mum", "starred"}
    assert entries[2].text == "Café with Léa — ça va mieux 🙂\nLine one\nLine two @work"


def test_import_daylio_csv_with_renamed_moods_and_html(cli: CLI) -> None:
    cli.ok("init")
    refused = cli("import", str(DATA / "daylio_export.csv"), "--from", "daylio-csv")
    assert refused.code == 1
    assert refused.err.strip() == ("goodcry: daylio_export.csv: line 4: unknown mood 'super'; say what it means with "
                                   "--daylio-moods \"super=N\" (5 best, 1 worst)")
    preview = cli.ok("import", str(DATA / "daylio_export.csv"), "--from", "daylio-csv", "--daylio-moods",
                     "super=5,fine=3", "--dry-run")
    assert "Would add 5 entries" in preview.err
    with cli.journal() as journal:
        assert journal.count() == 0
    cli.ok("import", str(DATA / "daylio_export.csv"), "--from", "daylio-csv", "--daylio-moods", "super=5,fine=3")
    with cli.journal() as journal:
        entries = journal.find()
    assert [(e.at.strftime("%m-%d %H:%M"), e.kind.value, e.mood_after) for e in entries] == [
        ("10-02 07:05", "check-in", -2), ("10-03 12:00", "check-in", 0), ("10-04 20:39", "check-in", 4),
        ("10-05 08:15", "check-in", 0), ("10-05 22:00", "cry", -4),
    ]
    assert entries[-1].text == "Bad night\n\nCried after the call with Dad.\nFelt small & alone."
    assert entries[-1].tags == ("crying", "family", "sleep-early")
    assert entries[2].text == "Watched a film with Jo, laughed a lot\ngood day"
    assert entries[0].tags == ("work-stress",)


def test_import_old_daylio_header(cli: CLI) -> None:
    cli.ok("init")
    cli.ok("import", str(DATA / "daylio_old.csv"), "--from", "daylio-csv")
    with cli.journal() as journal:
        entries = journal.find()
    assert [(e.at.strftime("%Y-%m-%d %H:%M"), e.kind.value) for e in entries] == [
        ("2019-12-30 09:00", "cry"), ("2019-12-31 23:45", "check-in")]


def test_csv_and_markdown_exports(cli: CLI, tmp_path: Path) -> None:
    cli.ok("init")
    cli.ok("log", "cry", "tears, with a comma", "--feel", "sad:3", "--with", "Sam=listened", "--at", "2026-11-20 21:00")
    csv_text = cli.ok("export", "--format", "csv").out
    assert csv_text.splitlines()[0].startswith("id,kind,at,text")
    assert '"tears, with a comma"' in csv_text and "sad:3*" in csv_text and "Sam=listened" in csv_text
    md = cli.ok("export", "--format", "md").out
    assert "## 2026-11-20 21:00" in md and "- Felt: sad (3)" in md


def test_where_and_country(cli: CLI) -> None:
    cli.ok("init")
    assert cli.ok("where").out.strip().endswith(Path(cli.db).name) or "postgresql" in cli.ok("where").out
    assert cli.ok("country").out.strip() == "not set"
    cli.ok("country", "ie")
    assert cli.ok("country").out.strip() == "IE"


def test_help_for_every_command(sqlite_cli: CLI) -> None:
    from goodcry.cli.main import COMMANDS

    top = sqlite_cli.ok("--help").out
    assert "not medical advice" in top
    for name in COMMANDS:
        assert name in top
        assert sqlite_cli.ok(name, "--help").out.startswith("Usage: goodcry " + name)


def test_help_lists_commands_in_order_and_explains_arguments(sqlite_cli: CLI) -> None:
    from goodcry.cli.main import COMMANDS

    sqlite_cli.ok("show", "--help")  # registered first, listed in its place all the same
    top = sqlite_cli.ok("--help").out
    listed = [line.split()[0] for line in top.split("Commands:\n")[1].split("\n\n")[0].splitlines()]
    assert listed == list(COMMANDS)
    shown = sqlite_cli.ok("show", "--help").out
    assert "Arguments:\n  ID  The entry's ID (or its first few characters).  [required]" in shown
    assert shown.index("Arguments:") < shown.index("Options:")


def test_a_group_named_alone_shows_its_help_as_a_usage_error(sqlite_cli: CLI) -> None:
    for group in ("people", "words", "keyring"):
        result = sqlite_cli(group)
        assert result.code == 2 and result.out == ""
        assert result.err.startswith(f"Usage: goodcry {group} ") and "Commands:" in result.err
        assert result.err.count("Usage:") == 1 and "goodcry:" not in result.err


def test_commands_are_in_the_readme() -> None:
    from goodcry.cli.main import COMMANDS

    readme = (Path(__file__).parent.parent / "README.md").read_text()
    for name in COMMANDS:
        assert f"goodcry {name}" in readme, f"`goodcry {name}` is not in the README"


def test_help_imports_no_heavy_library() -> None:
    import subprocess

    code = (
        "import sys; from goodcry.cli.main import run; run(['--help']); "
        "heavy = [m for m in ('sqlalchemy', 'alembic', 'numpy', 'matplotlib', 'fastapi', 'psycopg', 'rich',"
        " 'keyring', 'sqlcipher3')"
        " if m in sys.modules]; print('HEAVY', heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "HEAVY []" in out


def test_a_missing_journal_says_how_to_create_it(sqlite_cli: CLI) -> None:
    result = sqlite_cli("list")
    assert result.code == 1
    assert "there is no journal at" in result.err and "goodcry init" in result.err


def test_the_installed_command_runs(tmp_path: Path) -> None:
    import os
    import subprocess

    exe = Path(sys.executable).parent / "goodcry"
    if not exe.exists():
        pytest.skip("the goodcry console script is not installed beside this Python")
    env = {**os.environ, "GOODCRY_DB": str(tmp_path / "j.db")}
    subprocess.run([str(exe), "init", "--country", "US"], env=env, check=True, capture_output=True)
    out = subprocess.run([str(exe), "log", "cry", "from a real process"], env=env, check=True, capture_output=True,
                         text=True)
    assert len(out.stdout.strip()) == 16 and "Saved your cry" in out.stderr
    bad = subprocess.run([str(exe), "log", "cry", "x", "--shame", "9"], env=env, capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.startswith("goodcry: shame must be from 1 to 5")
    assert "Traceback" not in bad.stderr


def test_edit_in_the_editor_uses_a_private_file_removed_afterwards(sqlite_cli: CLI, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    sqlite_cli.ok("init")
    entry_id = sqlite_cli.ok("log", "cry", "first words").out.strip()
    record = tmp_path / "seen"
    editor = tmp_path / "editor.sh"
    editor.write_text(f'#!/bin/sh\nstat -c %a "$1" > {record}\necho "$1" >> {record}\n'
                      'printf "edited words\\n" > "$1"\n')
    editor.chmod(0o700)
    monkeypatch.setenv("EDITOR", str(editor))
    sqlite_cli.ok("edit", entry_id)
    mode, path = record.read_text().split()
    assert mode == "600" and not Path(path).exists()
    with sqlite_cli.journal() as journal:
        assert journal.get(entry_id).text == "edited words"


def _interview(tmp_path: Path, answers: list[str]) -> Entry:
    """Run `goodcry log` with no arguments in a real terminal (a pty), answering each question in turn."""
    import os
    import pty
    import select
    import subprocess
    import time

    exe = Path(sys.executable).parent / "goodcry"
    if not exe.exists():
        pytest.skip("the goodcry console script is not installed beside this Python")
    env = {**os.environ, "GOODCRY_DB": str(tmp_path / "j.db"), "NO_COLOR": "1"}
    subprocess.run([str(exe), "init", "--country", "GB"], env=env, check=True, capture_output=True)
    controller, terminal = pty.openpty()
    proc = subprocess.Popen([str(exe), "log"], stdin=terminal, stdout=terminal, stderr=terminal, env=env)
    os.close(terminal)

    def read_until_prompt() -> bytes:
        seen = b""
        deadline = time.monotonic() + 20
        while not seen.rstrip(b" ").endswith(b":") and time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 0.5)
            if ready:
                try:
                    seen += os.read(controller, 4096)
                except OSError:
                    break
        return seen

    for answer in answers:
        assert read_until_prompt(), f"no question before answer {answer!r}"
        os.write(controller, answer.encode() + b"\n")
    assert proc.wait(timeout=30) == 0
    with Journal.open(Target.parse(tmp_path / "j.db")) as journal:
        (entry,) = journal.find()
    return entry


def test_the_interview_in_a_real_terminal(tmp_path: Path) -> None:
    """`goodcry log` with no arguments in a terminal asks questions; Enter skips any of them."""
    # (a misspelt feeling is asked again; "alone" is an answer to "who was there"; Enter skips)
    entry = _interview(tmp_path, ["cry", "yesterday 9pm", "argued with Sam", "3", "15", "2", "conflict",
                                  "hurt:4, lonley", "lonely", "Sam=comforted", "home", "8:3", "-3:1", "better",
                                  "tired", "", "partly"])
    assert entry.text == "argued with Sam" and entry.intensity is not None and entry.duration_min == 15
    assert [f.word for f in entry.feelings] == ["lonely"]
    assert entry.people[0].person == "Sam" and entry.tension_before == 8 and entry.mood_after == 1
    assert entry.shame is None and entry.resolved is not None


def test_the_interview_offers_feelings_read_in_the_text(tmp_path: Path) -> None:
    """Enter at "what did you feel" accepts what goodcry read in the words; the person can still say "alone"."""
    from goodcry.core.model import Company, EmotionSource

    entry = _interview(tmp_path, ["cry", "", "my grandmother died and I miss her so much", "", "", "", "loss", "",
                                  "alone", "", "", "", "", "", "", ""])
    assert entry.feelings and all(f.source is EmotionSource.ACCEPTED for f in entry.feelings)
    assert entry.feelings[0].main and {f.word for f in entry.feelings} & {"grief", "sad"}
    assert entry.company is Company.ALONE and entry.people == ()

def test_ctrl_c_in_the_interview_exits_cleanly_and_saves_nothing(tmp_path: Path) -> None:
    import os
    import pty
    import select
    import signal
    import subprocess
    import time

    exe = Path(sys.executable).parent / "goodcry"
    if not exe.exists():
        pytest.skip("the goodcry console script is not installed beside this Python")
    env = {**os.environ, "GOODCRY_DB": str(tmp_path / "j.db"), "NO_COLOR": "1"}
    subprocess.run([str(exe), "init"], env=env, check=True, capture_output=True)
    controller, terminal = pty.openpty()
    def controlling_terminal() -> None:  # the pty must be the child's terminal for Ctrl-C to become SIGINT
        import fcntl
        import termios

        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)
        # A test run started in the background (`pytest &` in a script) ignores SIGINT, and children inherit
        # that; a person's terminal does not.
        signal.signal(signal.SIGINT, signal.SIG_DFL)

    proc = subprocess.Popen([str(exe), "log"], stdin=terminal, stdout=terminal, stderr=terminal, env=env,
                            preexec_fn=controlling_terminal)
    os.close(terminal)
    output = b""

    def read_for(seconds: float, until: bytes) -> None:
        nonlocal output
        deadline = time.monotonic() + seconds
        while until not in output and time.monotonic() < deadline:
            if select.select([controller], [], [], 0.2)[0]:
                try:
                    output += os.read(controller, 4096)
                except OSError:  # the terminal closed: the process has ended
                    return

    read_for(30, b"check-in]")
    time.sleep(0.5)  # let the prompt start reading, as a person's Ctrl-C would (not mid-way through printing it)
    os.write(controller, b"\x03")  # Ctrl-C at the first question: the terminal sends SIGINT
    read_for(30, b"nothing more was changed")
    try:
        code = proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        pytest.fail(f"goodcry log did not stop on Ctrl-C; the terminal showed {output!r}")
    assert code == 130
    assert b"Traceback" not in output and b"stopped; nothing more was changed" in output
    with Journal.open(Target.parse(tmp_path / "j.db")) as journal:
        assert journal.count() == 0


def test_quick_capture_without_feel_keeps_suggestions_as_suggested(cli: CLI) -> None:
    from goodcry.core.model import EmotionSource

    cli.ok("init")
    result = cli.ok("log", "cry", "my grandmother died and I miss her so much")
    entry_id = result.out.strip()
    assert "Feelings goodcry read in your words:" in result.err and "--confirm-feelings" in result.err
    with cli.journal() as journal:
        feelings = journal.get(entry_id).feelings
    assert feelings and all(f.source is EmotionSource.SUGGESTED for f in feelings)
    assert {f.word for f in feelings} & {"grief", "sad"}
    cli.ok("edit", entry_id, "--confirm-feelings")
    with cli.journal() as journal:
        assert all(f.source is EmotionSource.ACCEPTED for f in journal.get(entry_id).feelings)
    other = cli.ok("log", "cry", "I feel so lonely tonight").out.strip()
    cli.ok("edit", other, "--drop-suggested")
    with cli.journal() as journal:
        assert journal.get(other).feelings == ()
    assert cli("edit", other, "--confirm-feelings", "--drop-suggested").code == 1


def test_named_feelings_are_never_replaced_by_suggestions(cli: CLI) -> None:
    from goodcry.core.model import EmotionSource

    cli.ok("init")
    entry_id = cli.ok("log", "cry", "my grandmother died", "--feel", "relieved").out.strip()
    with cli.journal() as journal:
        assert [(f.word, f.source) for f in journal.get(entry_id).feelings] == [("relieved", EmotionSource.CHOSEN)]
