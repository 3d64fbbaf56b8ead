"""The OS keyring, opt-in: `goodcry keyring remember / forget / status`, and what passwd, decrypt and restore do.

The keyring is a real ``keyring`` backend (``keyring_backend.FileKeyring``: the OS ones cannot run here, see its
docstring), the journals are real SQLCipher files, and the CLI runs in-process and as a real `goodcry` process.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from conftest import CLI
from goodcry.storage import cipher, remembered
from keyring_backend import ENV as RING_ENV
from keyring_backend import FileKeyring

PASS = "correct horse battery staple"
TESTS = Path(__file__).parent


@pytest.fixture
def ring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A keyring backend registered for this test only; yields the file that holds its secrets."""
    file = tmp_path / "keyring.json"
    monkeypatch.setenv(RING_ENV, str(file))
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)  # put back as it was after the test
    keyring.set_keyring(FileKeyring())
    yield file


@pytest.fixture
def no_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """No prompt can be shown: a journal that needs its passphrase fails with one line instead."""
    monkeypatch.setattr("goodcry.cli.secret._terminal", lambda: False)


def encrypted(cli: CLI, monkeypatch: pytest.MonkeyPatch, passphrase: str = PASS) -> Path:
    monkeypatch.setenv("GOODCRY_PASSPHRASE", passphrase)
    cli.ok("init", "--encrypt", "--country", "GB")
    return Path(cli.db)


def derived(passphrase: str, path: Path) -> bytes:
    """SQLCipher 4's key for ``passphrase`` on this file, computed here independently of goodcry."""
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode(), path.read_bytes()[:16], 256_000, 32)


def secrets_in(file: Path) -> dict[str, str]:
    return {k.replace("\0", " "): v for k, v in json.loads(file.read_text()).items()} if file.exists() else {}


def test_a_remembered_key_opens_the_journal_without_its_passphrase(
        sqlite_cli: CLI, ring: Path, monkeypatch: pytest.MonkeyPatch, no_terminal: None,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger, keyring's included
    cli = sqlite_cli
    path = encrypted(cli, monkeypatch)
    first = cli.ok("log", "cry", "before remembering").out.strip()
    done = cli.ok("keyring", "remember")
    assert "remembered in your OS keyring" in done.err and "Anyone who can read your unlocked keyring" in done.err
    assert "goodcry keyring forget" in done.err

    # What the keyring holds: the derived key (not the passphrase), under the journal's absolute path.
    stored = secrets_in(ring)
    assert list(stored) == [f"goodcry {path.resolve()}"]
    assert stored[f"goodcry {path.resolve()}"] == "sqlcipher4-raw-key:" + derived(PASS, path).hex()
    assert PASS not in ring.read_text()
    assert cli.ok("keyring", "status").out.startswith("remembered in keyring_backend.FileKeyring")

    monkeypatch.delenv("GOODCRY_PASSPHRASE")
    second = cli.ok("log", "cry", "after remembering").out.strip()
    listed = cli.ok("list").out
    assert first in listed and second in listed and "after remembering" in listed

    # The stored key is SQLCipher's own: sqlcipher3 opens the file with it, the salt read from the file.
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{derived(PASS, path).hex()}'\"")
    assert conn.execute("SELECT count(*) FROM entries").fetchone()[0] == 2
    conn.close()
    assert derived(PASS, path).hex() not in caplog.text and PASS not in caplog.text


def test_the_raw_key_from_hashlib_opens_a_file_sqlcipher_keyed_itself(tmp_path: Path) -> None:
    """The other way round from test_privacy's check: SQLCipher derives the key from the passphrase (its own
    PBKDF2-HMAC-SHA512, 256,000 iterations, the salt at the start of the file); the raw key goodcry computes with
    hashlib opens it."""
    import sqlcipher3

    path = tmp_path / "made-by-sqlcipher.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASS}'")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES ('kept')")
    conn.commit()
    conn.close()
    opened = cipher.connect(path, cipher.Key(derived(PASS, path), cipher.salt_of(path)))
    assert opened.execute("SELECT x FROM t").fetchone()[0] == "kept"
    opened.close()
    with pytest.raises(cipher.WrongPassphraseError):
        cipher.connect(path, cipher.Key(derived("not it", path), cipher.salt_of(path)))


def test_without_an_os_keyring_remember_says_so_in_one_line(
        sqlite_cli: CLI, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    cli = sqlite_cli
    encrypted(cli, monkeypatch)
    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    keyring.set_keyring(fail.Keyring())  # what keyring finds on a machine without one (this one, in fact)
    result = cli("keyring", "remember")
    assert result.code == 1 and result.out == ""
    assert result.err.count("\n") == 1 and result.err.startswith("goodcry: no OS keyring is available here")
    assert not remembered.list_file().exists()
    assert cli.ok("keyring", "status").out.startswith("not remembered")
    assert "No key was remembered" in cli.ok("keyring", "forget").err


def test_a_backend_that_writes_secrets_in_the_clear_is_refused(
        sqlite_cli: CLI, ring: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """keyrings.alt's PlaintextKeyring (a file of unencrypted secrets) would put the key on disk: refused."""

    class PlaintextKeyring(FileKeyring):
        pass

    encrypted(sqlite_cli, monkeypatch)
    keyring.set_keyring(PlaintextKeyring())
    result = sqlite_cli("keyring", "remember")
    assert result.code == 1 and "keeps secrets unencrypted in a file" in result.err
    assert secrets_in(ring) == {} and not remembered.list_file().exists()


def test_a_plain_journal_has_no_key_to_remember(sqlite_cli: CLI, ring: Path) -> None:
    sqlite_cli.ok("init")
    result = sqlite_cli("keyring", "remember")
    assert result.code == 1 and "not encrypted" in result.err and "goodcry encrypt" in result.err
    assert secrets_in(ring) == {}


def test_each_journal_has_its_own_remembered_key(tmp_path: Path, capsys: pytest.CaptureFixture[str], ring: Path,
                                                 monkeypatch: pytest.MonkeyPatch, no_terminal: None) -> None:
    one = CLI(str(tmp_path / "one" / "journal.db"), capsys, monkeypatch)
    two = CLI(str(tmp_path / "two" / "journal.db"), capsys, monkeypatch)
    for cli, passphrase in ((one, "first passphrase"), (two, "second passphrase")):
        encrypted(cli, monkeypatch, passphrase)
        cli.ok("log", "cry", f"in {passphrase}")
        cli.ok("keyring", "remember")
    monkeypatch.delenv("GOODCRY_PASSPHRASE")
    assert len(secrets_in(ring)) == 2
    assert "in first passphrase" in one.ok("list").out and "in second passphrase" in two.ok("list").out

    assert "Forgot the key" in one.ok("keyring", "forget").err
    assert list(secrets_in(ring)) == [f"goodcry {Path(two.db).resolve()}"]
    assert json.loads(remembered.list_file().read_text())["journals"] == {
        str(Path(two.db).resolve()): "keyring_backend.FileKeyring"}
    locked = one("list")
    assert locked.code == 1 and "GOODCRY_PASSPHRASE" in locked.err
    assert "in second passphrase" in two.ok("list").out


def test_passwd_updates_the_remembered_key_and_decrypt_removes_it(
        sqlite_cli: CLI, ring: Path, monkeypatch: pytest.MonkeyPatch, no_terminal: None) -> None:
    cli = sqlite_cli
    path = encrypted(cli, monkeypatch)
    cli.ok("log", "cry", "still here")
    cli.ok("keyring", "remember")

    monkeypatch.setenv("GOODCRY_NEW_PASSPHRASE", "a new passphrase")
    changed = cli.ok("passwd")
    assert "The key remembered in your OS keyring was updated." in changed.err
    assert secrets_in(ring)[f"goodcry {path.resolve()}"].endswith(derived("a new passphrase", path).hex())
    monkeypatch.delenv("GOODCRY_PASSPHRASE")
    assert "still here" in cli.ok("list").out  # no passphrase needed, and no stale-key message
    assert cli.ok("list").err == ""

    monkeypatch.setenv("GOODCRY_PASSPHRASE", "a new passphrase")  # decrypt takes the passphrase itself
    gone = cli.ok("decrypt", "--yes")
    assert "its key was removed from your OS keyring" in gone.err
    assert secrets_in(ring) == {} and remembered.lookup(path) is None
    assert cipher.header(path) == cipher.SQLITE_HEADER
    assert "still here" in cli.ok("list").out


def test_passwd_and_decrypt_take_the_passphrase_itself(
        sqlite_cli: CLI, ring: Path, monkeypatch: pytest.MonkeyPatch, no_terminal: None) -> None:
    """The remembered key opens the journal; it does not stand in for the passphrase to change or remove it."""
    cli = sqlite_cli
    path = encrypted(cli, monkeypatch)
    cli.ok("keyring", "remember")
    monkeypatch.delenv("GOODCRY_PASSPHRASE")
    monkeypatch.setenv("GOODCRY_NEW_PASSPHRASE", "taken over")
    before = path.read_bytes()
    for command in (["passwd"], ["decrypt", "--yes"]):
        result = cli(*command)
        assert result.code == 1 and "GOODCRY_PASSPHRASE" in result.err, command
    assert path.read_bytes() == before and cipher.is_encrypted(path)
    assert secrets_in(ring)[f"goodcry {path.resolve()}"].endswith(derived(PASS, path).hex())


def test_a_new_journal_at_a_remembered_path_drops_the_old_key(
        sqlite_cli: CLI, ring: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli = sqlite_cli
    path = encrypted(cli, monkeypatch)
    cli.ok("keyring", "remember")
    for file in path.parent.glob(f"{path.name}*"):
        file.unlink()
    again = cli.ok("init", "--encrypt")
    assert "its key was removed from your OS keyring" in again.err
    assert secrets_in(ring) == {} and remembered.lookup(path) is None


def test_a_stale_key_is_ignored_with_one_message_and_changes_nothing(
        sqlite_cli: CLI, ring: Path, monkeypatch: pytest.MonkeyPatch, no_terminal: None) -> None:
    cli = sqlite_cli
    path = encrypted(cli, monkeypatch)
    cli.ok("log", "cry", "rekeyed elsewhere")
    cli.ok("keyring", "remember")
    # The passphrase changes behind goodcry's back (another SQLCipher tool): the remembered key no longer fits.
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASS}'")
    conn.execute("PRAGMA rekey = 'changed elsewhere'")
    conn.close()
    monkeypatch.delenv("GOODCRY_PASSPHRASE")
    before = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}

    refused = cli("list")
    assert refused.code == 1 and refused.out == ""
    lines = refused.err.splitlines()
    assert len(lines) == 2 and "no longer opens the journal" in lines[0] and "GOODCRY_PASSPHRASE" in lines[1]
    assert {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()} == before

    # With a terminal, goodcry asks for the passphrase and goes on.
    monkeypatch.setattr("goodcry.cli.secret._terminal", lambda: True)
    monkeypatch.setattr("goodcry.cli.secret._prompt", lambda text: "changed elsewhere")
    asked = cli.ok("list")
    assert "rekeyed elsewhere" in asked.out and asked.err.count("no longer opens the journal") == 1

    # remember stores the current key again; then no passphrase is needed.
    monkeypatch.setattr("goodcry.cli.secret._terminal", lambda: False)
    monkeypatch.setenv("GOODCRY_PASSPHRASE", "changed elsewhere")
    cli.ok("keyring", "remember")
    monkeypatch.delenv("GOODCRY_PASSPHRASE")
    assert cli.ok("list").err == ""


def test_an_unreadable_keyring_falls_back_to_the_passphrase(
        sqlite_cli: CLI, ring: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli = sqlite_cli
    encrypted(cli, monkeypatch)
    cli.ok("keyring", "remember")
    ring.write_text("{}")  # the entry was deleted in the keyring's own app
    monkeypatch.delenv("GOODCRY_PASSPHRASE")
    monkeypatch.setattr("goodcry.cli.secret._terminal", lambda: True)
    monkeypatch.setattr("goodcry.cli.secret._prompt", lambda text: PASS)
    result = cli.ok("list")
    assert result.err.count("could not be read") == 1 and "holds no key for it" in result.err


def backed_up_and_remembered(cli: CLI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """An encrypted journal with one entry, a backup of it, and its key remembered: (journal, backup)."""
    path = encrypted(cli, monkeypatch)
    cli.ok("log", "cry", "in the backup")
    backup = tmp_path / "before.db"
    cli.ok("backup", "--out", str(backup))
    cli.ok("keyring", "remember")
    return path, backup


def test_restore_keeps_a_remembered_key_current(sqlite_cli: CLI, ring: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch, no_terminal: None) -> None:
    cli = sqlite_cli
    path, backup = backed_up_and_remembered(cli, tmp_path, monkeypatch)
    monkeypatch.setenv("GOODCRY_NEW_PASSPHRASE", "newer")
    cli.ok("passwd")
    monkeypatch.setenv("GOODCRY_PASSPHRASE", PASS)  # the backup's passphrase
    restored = cli.ok("restore", str(backup), "--yes")
    assert "The key remembered in your OS keyring was updated." in restored.err
    monkeypatch.delenv("GOODCRY_PASSPHRASE")
    assert "in the backup" in cli.ok("list").out
    assert secrets_in(ring)[f"goodcry {path.resolve()}"].endswith(derived(PASS, path).hex())


def test_restore_opens_a_backup_with_the_remembered_key(sqlite_cli: CLI, ring: Path, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch, no_terminal: None) -> None:
    """A backup made since the passphrase last changed has the journal's key: restore needs no passphrase."""
    cli = sqlite_cli
    _, backup = backed_up_and_remembered(cli, tmp_path, monkeypatch)
    monkeypatch.delenv("GOODCRY_PASSPHRASE")  # and no terminal: a prompt would fail the command
    cli.ok("log", "cry", "after the backup")
    stored = secrets_in(ring)
    restored = cli.ok("restore", str(backup), "--yes")
    assert "Restored 1 entries" in restored.err and "updated" not in restored.err and "asking" not in restored.err
    listed = cli.ok("list").out
    assert "in the backup" in listed and "after the backup" not in listed
    assert secrets_in(ring) == stored


def test_restore_of_an_older_backup_asks_for_its_passphrase(sqlite_cli: CLI, ring: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch, no_terminal: None) -> None:
    """The remembered key does not open a backup from before a passphrase change: one clear line, nothing changed."""
    cli = sqlite_cli
    path, backup = backed_up_and_remembered(cli, tmp_path, monkeypatch)
    monkeypatch.setenv("GOODCRY_NEW_PASSPHRASE", "newer")
    cli.ok("passwd")
    monkeypatch.delenv("GOODCRY_PASSPHRASE")  # the remembered (updated) key opens the journal from now on
    cli.ok("log", "cry", "after the change")
    before = path.read_bytes()
    failed = cli("restore", str(backup), "--yes")
    assert failed.code == 1
    assert failed.err.startswith("goodcry: ") and "passphrase" in failed.err and "Traceback" not in failed.err, failed.err
    assert path.read_bytes() == before
    assert "after the change" in cli.ok("list").out


def test_goodcry_processes_use_the_keyring_and_leave_no_key_anywhere(tmp_path: Path) -> None:
    """Real `goodcry` processes: remember once, then log and list without a passphrase; no key or passphrase in
    their output, in the journal's folder, the backups or the config folder."""
    folder = tmp_path / "journal"
    db = folder / "journal.db"
    ring_file = tmp_path / "ring" / "keyring.json"
    ring_file.parent.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GOODCRY_", "PYTHON_KEYRING"))}
    env.update(GOODCRY_DB=str(db), GOODCRY_BACKUPS=str(tmp_path / "backups"), XDG_CONFIG_HOME=str(tmp_path / "config"),
               PYTHONPATH=str(TESTS), PYTHON_KEYRING_BACKEND="keyring_backend.FileKeyring", NO_COLOR="1")
    env[RING_ENV] = str(ring_file)
    goodcry = str(Path(sys.executable).with_name("goodcry"))
    outputs: list[str] = []

    def run(*args: str, passphrase: str | None = None, code: int = 0) -> subprocess.CompletedProcess[str]:
        extra = {"GOODCRY_PASSPHRASE": passphrase} if passphrase else {}
        done = subprocess.run([goodcry, "--debug", *args], env={**env, **extra}, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=60, start_new_session=True)  # no terminal to ask on
        outputs.append(done.stdout + done.stderr)
        assert done.returncode == code, done.stderr
        return done

    run("init", "--encrypt", "--country", "GB", passphrase=PASS)
    run("keyring", "remember", passphrase=PASS)
    entry = run("log", "cry", "a private sorrow", "--feel", "hurt").stdout.strip()
    assert "a private sorrow" in run("list", "-n", "20").stdout
    assert "a private sorrow" in run("show", entry, "--json").stdout
    run("backup")
    run("keyring", "forget")
    assert "GOODCRY_PASSPHRASE" in run("list", code=1).stderr

    key = derived(PASS, db)
    needles = [key.hex().encode(), key.hex().upper().encode(), key, PASS.encode()]
    assert not any(n.decode("latin-1") in text for n in needles for text in outputs)
    for where in (folder, tmp_path / "backups", tmp_path / "config"):
        for file in (p for p in where.rglob("*") if p.is_file()):
            data = file.read_bytes()
            assert not any(n in data for n in needles), file
    assert json.loads((tmp_path / "config" / "goodcry" / "keyring.json").read_text()) == {"journals": {}}


def test_journals_that_did_not_opt_in_never_import_keyring(tmp_path: Path) -> None:
    """Plain journals, and encrypted ones whose key is not remembered, never load the keyring package (it costs
    start-up time, and a locked OS keyring would ask to be unlocked)."""
    plain, secret = tmp_path / "plain.db", tmp_path / "secret.db"
    code = (
        "import sys, goodcry.cli.secret as s; from goodcry.cli.main import run; "
        "s._terminal = lambda: True; s._prompt = lambda text: 'pass phrase'; "
        f"run(['--db', {str(plain)!r}, 'init']); run(['--db', {str(plain)!r}, 'log', 'cry', 'x']); "
        f"run(['--db', {str(secret)!r}, 'init', '--encrypt']); run(['--db', {str(secret)!r}, 'log', 'cry', 'y']); "
        f"run(['--db', {str(secret)!r}, 'list']); print('keyring' in sys.modules)"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config"), "GOODCRY_BACKUPS": str(tmp_path / "b")}
    env.pop("GOODCRY_PASSPHRASE", None)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert result.stdout.strip().splitlines()[-1] == "False"
    assert "y" in result.stdout


SECRET_SERVICE_MISSING = next((f"{tool} is not installed (Debian: apt-get install gnome-keyring dbus-daemon)"
                               for tool in ("dbus-run-session", "gnome-keyring-daemon") if not shutil.which(tool)), "")


@pytest.mark.skipif(bool(SECRET_SERVICE_MISSING), reason=SECRET_SERVICE_MISSING)
def test_a_real_secret_service_keeps_the_key(tmp_path: Path) -> None:
    """The OS keyring of Linux desktops for real: gnome-keyring's Secret Service in a private D-Bus session (started
    and unlocked here, gone when the session ends), found by keyring's own discovery, used by `goodcry` processes."""
    db = (tmp_path / "journal" / "journal.db").resolve()
    goodcry = Path(sys.executable).with_name("goodcry")
    read = f"import keyring; print(keyring.get_keyring().name, keyring.get_password('goodcry', {str(db)!r}))"
    script = tmp_path / "session.sh"
    script.write_text(textwrap.dedent(f"""\
        echo -n "unlock the test keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null || exit 90
        step() {{ name=$1; shift; "$@" >"{tmp_path}/$name.out" 2>"{tmp_path}/$name.err" </dev/null; echo "$name $?"; }}
        step init env GOODCRY_PASSPHRASE="{PASS}" "{goodcry}" init --encrypt --country GB
        step remember env GOODCRY_PASSPHRASE="{PASS}" "{goodcry}" keyring remember
        step log "{goodcry}" log cry "held in the keyring"
        step list "{goodcry}" list
        step stored "{sys.executable}" -c "{read}"
        step forget "{goodcry}" keyring forget
        step gone "{sys.executable}" -c "{read}"
        step locked "{goodcry}" list
        """))
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True, mode=0o700)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("GOODCRY_", "PYTHON_KEYRING", "DBUS_", "XDG_", "GNOME_KEYRING"))}
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(home / "run"), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), GOODCRY_DB=str(db), GOODCRY_BACKUPS=str(tmp_path / "backups"))
    done = subprocess.run(["dbus-run-session", "--", "bash", str(script)], env=env, capture_output=True, text=True,
                          timeout=120, start_new_session=True)
    assert done.returncode == 0, done.stderr
    codes = dict(line.split() for line in done.stdout.splitlines())

    def out(name: str) -> str:
        return (tmp_path / f"{name}.out").read_text() + (tmp_path / f"{name}.err").read_text()

    assert codes == {"init": "0", "remember": "0", "log": "0", "list": "0", "stored": "0", "forget": "0",
                     "gone": "0", "locked": "1"}, {name: out(name) for name in codes}
    assert "SecretService" in out("remember") and "held in the keyring" in out("list")
    assert out("stored").split() == ["SecretService", "Keyring", "sqlcipher4-raw-key:" + derived(PASS, db).hex()]
    assert out("gone").split()[-1] == "None" and "GOODCRY_PASSPHRASE" in out("locked")
