"""Schema migrations with Alembic, imported only when a journal is created or must be upgraded.

Opening a journal reads its revision with one cheap query; only a journal behind ``HEAD`` pays for importing
SQLAlchemy and Alembic (a test checks ``HEAD`` against the newest migration file).
"""

from __future__ import annotations

from pathlib import Path

from goodcry.core.errors import StorageError
from goodcry.storage.database import Database

HEAD = "0001"
MIGRATIONS = Path(__file__).with_name("migrations")


def revision(db: Database) -> str | None:
    """The journal's schema revision, or None for an empty database."""
    table_exists = (
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        if db.dialect == "sqlite"
        else "SELECT 1 FROM information_schema.tables WHERE table_name = 'alembic_version'"
        " AND table_schema = current_schema()"
    )
    if db.one(table_exists) is None:
        return None
    row = db.one("SELECT version_num FROM alembic_version")
    return str(row[0]) if row else None


def upgrade(db: Database, to: str = "head") -> None:
    """Bring the journal's schema up to ``to`` (default: the newest)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(db.target.sqlalchemy_url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, to)
    except Exception as exc:
        raise StorageError(f"could not upgrade the journal's schema: {str(exc).splitlines()[0]}") from exc
    finally:
        engine.dispose()


def head_of_scripts() -> str:
    """The newest revision among the migration files (for the test that keeps ``HEAD`` honest)."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head
