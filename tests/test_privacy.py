"""Encryption at rest, backups and restore: the storage functions and the commands."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from datetime import UTC
from pathlib import Path

import pytest

from conftest import CLI
from goodcry.core.model import Entry, Kind
from goodcry.journal import Journal
from goodcry.storage import cipher, safekeeping
from goodcry.storage.database import Target

PASS = "correct horse battery staple"


def encrypted_cli(cli: CLI, monkeypatch: pytest.MonkeyPatch, passphrase: str = PASS) -> CLI:
    monkeypatch.setenv("GOODCRY_PASSPHRASE", passphrase)
    cli.ok("init", "--encrypt", "--country", "GB")
    return cli


def test_init_encrypt_makes_a_sqlcipher_file_that_only_the_passphrase_opens(
        sqlite_cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    cli = encrypted_cli(sqlite_cli, monkeypatch)
    path = Path(cli.db)
    entry_id = cli.ok("log", "cry", "a secret sorrow", "--feel", "hurt").out.strip()
    assert cipher.header(path) != cipher.SQLITE_HEADER and cipher.is_encrypted(path)
    assert cli.ok("show", entry_id, "--json").out.count("a secret sorrow") == 1

    before = path.read_bytes()
    monkeypatch.setenv("GOODCRY_PASSPHRASE", "not it")
    wrong = cli("list")
    assert wrong.code == 1 and wrong.out == ""
    assert wrong.err.strip() == f"goodcry: wrong passphrase for the encrypted journal at {path}; nothing was changed"
    assert path.read_bytes() == before

    monkeypatch.delenv("GOODCRY_PASSPHRASE")
    monkeypatch.setattr("goodcry.cli.secret._terminal", lambda: False)
    missing = cli("list")
    assert missing.code == 1 and "GOODCRY_PASSPHRASE" in missing.err and "Traceback" not in missing.err


def test_the_key_is_sqlcipher4s_own_derivation(tmp_path: Path) -> None:
    """A journal goodcry keyed opens in SQLCipher with the plain passphrase (its default PBKDF2-HMAC-SHA512,
    256,000 iterations): any SQLCipher 4 tool can read it, and the documented KDF is the real one."""
    path = tmp_path / "j.db"
    Journal.open(Target.parse(path), create=True, encrypt=True, passphrase=lambda: PASS).close()
    import sqlcipher3

    conn = sqlcipher3.connect(str(path))
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute("PRAGMA key = 'correct horse battery staple'")
    assert conn.execute("PRAGMA kdf_iter").fetchone()[0] == "256000"
    assert conn.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 1
    conn.close()
    expected = hashlib.pbkdf2_hmac("sha512", PASS.encode(), path.read_bytes()[:16], 256_000, 32)
    assert cipher.Key.derive(PASS, cipher.salt_of(path)).raw == expected


def test_plain_journals_never_import_sqlcipher(tmp_path: Path) -> None:
    db = tmp_path / "plain.db"
    code = (
        "import sys; from goodcry.cli.main import run; "
        f"run(['--db', {str(db)!r}, 'init']); run(['--db', {str(db)!r}, 'log', 'cry', 'x']); "
        f"run(['--db', {str(db)!r}, 'list']); print('sqlcipher3' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().endswith("False")


def test_encrypt_decrypt_and_passwd_keep_every_entry(sqlite_cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    cli = sqlite_cli
    cli.ok("init")
    ids = [cli.ok("log", "cry", f"entry {i}", "--with", "Sam=comforted").out.strip() for i in range(3)]
    path = Path(cli.db)

    monkeypatch.setenv("GOODCRY_PASSPHRASE", PASS)
    assert "Encrypted your journal (3 entries, verified)" in cli.ok("encrypt").err
    assert cipher.is_encrypted(path)
    assert not list(path.parent.glob(".*converting*"))
    assert cli("encrypt").code == 1  # already encrypted

    monkeypatch.setenv("GOODCRY_NEW_PASSPHRASE", "second passphrase")
    cli.ok("passwd")
    assert cli("list").code == 1  # the old passphrase no longer opens it
    monkeypatch.setenv("GOODCRY_PASSPHRASE", "second passphrase")
    assert len(cli.ok("list").out.splitlines()) == 3

    cli.ok("decrypt", "--yes")
    assert cipher.header(path) == cipher.SQLITE_HEADER
    monkeypatch.delenv("GOODCRY_PASSPHRASE")
    with cli.journal() as journal:
        assert sorted(e.id for e in journal.find()) == sorted(ids)
        assert journal.get(ids[0]).people[0].person == "Sam"
        assert journal.db.one("PRAGMA journal_mode")[0] == "wal"


def test_a_wrong_passphrase_on_encrypt_paths_changes_nothing(sqlite_cli: CLI, monkeypatch: pytest.MonkeyPatch) -> None:
    cli = encrypted_cli(sqlite_cli, monkeypatch)
    cli.ok("log", "cry", "kept safe")
    path = Path(cli.db)
    before = path.read_bytes()
    monkeypatch.setenv("GOODCRY_PASSPHRASE", "wrong")
    for command in (["decrypt", "--yes"], ["passwd"], ["backup"], ["log", "cry", "x"]):
        result = cli(*command)
        assert result.code == 1 and "wrong passphrase" in result.err, command
    assert path.read_bytes() == before


def test_backup_and_restore(sqlite_cli: CLI, tmp_path: Path) -> None:
    cli = sqlite_cli
    cli.ok("init")
    first = cli.ok("log", "cry", "before the backup").out.strip()
    copy = tmp_path / "copy.db"
    assert cli.ok("backup", "--out", str(copy)).out.strip() == str(copy)
    assert copy.stat().st_mode & 0o077 == 0
    cli.ok("log", "cry", "after the backup")

    with Journal.open(Target.parse(copy)) as restored_view:
        assert [e.id for e in restored_view.find()] == [first]

    broken = tmp_path / "broken.db"
    broken.write_bytes(copy.read_bytes()[:5000])
    bad = cli("restore", str(broken), "--yes")
    assert bad.code == 1 and "broken.db" in bad.err and "Traceback" not in bad.err
    assert len(cli.ok("list").out.splitlines()) == 2

    result = cli.ok("restore", str(copy), "--yes")
    assert "Restored 1 entries" in result.err
    listed = cli.ok("list").out.splitlines()
    assert len(listed) == 1 and first.startswith(listed[0].split()[0][:8])
    kept = list(tmp_path.glob("journal.db.before-restore-*"))
    assert len([k for k in kept if not k.name.endswith(("-wal", "-shm"))]) == 1
    with Journal.open(Target.parse(next(k for k in kept if not k.name.endswith(("-wal", "-shm"))))) as old:
        assert old.count() == 2


def test_an_encrypted_journal_gives_an_encrypted_backup(sqlite_cli: CLI, monkeypatch: pytest.MonkeyPatch,
                                                        tmp_path: Path) -> None:
    cli = encrypted_cli(sqlite_cli, monkeypatch)
    cli.ok("log", "cry", "private words")
    out = tmp_path / "b.db"
    cli.ok("backup", "--out", str(out))
    assert cipher.is_encrypted(out) and b"private words" not in out.read_bytes()
    summary = safekeeping.verify_file(out, lambda: PASS)
    assert summary.entries == 1 and summary.encrypted


def test_backup_while_another_connection_writes(tmp_path: Path) -> None:
    path = tmp_path / "j.db"
    with Journal.open(Target.parse(path), create=True) as writer, Journal.open(Target.parse(path)) as reader:
        from datetime import datetime

        at = datetime(2026, 1, 1, tzinfo=UTC)
        writer.add_many([Entry(Kind.CRY, at, text=f"e{i}", id=f"06h00000000{i:05d}") for i in range(200)])
        with writer.db.transaction():  # an open write transaction elsewhere: the backup sees the last commit
            writer.db.execute("DELETE FROM entries")
            assert reader.backup(tmp_path / "b.db") == 200
        assert writer.count() == 0
    assert safekeeping.verify_file(tmp_path / "b.db", None).entries == 200


def test_automatic_backup_before_an_import(sqlite_cli: CLI, tmp_path: Path) -> None:
    import os

    cli = sqlite_cli
    cli.ok("init")
    cli.ok("log", "cry", "already here")
    export = tmp_path / "e.json"
    cli.ok("export", "--out", str(export))
    folder = Path(os.environ["GOODCRY_BACKUPS"])
    cli.ok("import", str(export), "--from", "goodcry-json")
    made = list(folder.glob("journal-*-before-import.db"))
    assert len(made) == 1 and safekeeping.verify_file(made[0], None).entries == 1


def test_automatic_backups_keep_the_last_few(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    with Journal.open(Target.parse(tmp_path / "j.db"), create=True) as journal:
        for _ in range(safekeeping.KEEP_AUTOMATIC + 3):
            journal.automatic_backup("test")
    assert len(list(Path(os.environ["GOODCRY_BACKUPS"]).glob("j-*.db"))) == safekeeping.KEEP_AUTOMATIC


def test_a_migration_backs_the_journal_up_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from goodcry import journal as journal_module

    path = tmp_path / "j.db"
    Journal.open(Target.parse(path), create=True).close()
    upgraded: list[bool] = []
    monkeypatch.setattr(journal_module, "HEAD", "0002")
    monkeypatch.setattr(journal_module, "upgrade", lambda db: upgraded.append(True))
    Journal.open(Target.parse(path)).close()
    assert upgraded == [True]
    assert len(list(Path(os.environ["GOODCRY_BACKUPS"]).glob("j-*-before-migration-0001.db"))) == 1


@pytest.mark.postgres
def test_backup_of_a_postgresql_journal_points_to_pg_dump(pg_url: str, capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    cli = CLI(pg_url, capsys, monkeypatch)
    cli.ok("init")
    for command in (["backup"], ["restore", "x.db", "--yes"], ["encrypt"]):
        result = cli(*command)
        assert result.code == 1 and "for SQLite journals" in result.err, command
