"""The first schema: entries, their feelings, people and tags, later check-ins, custom words, settings.

Times are stored as fixed-width UTC text (``YYYY-MM-DD HH:MM:SS.ffffff``, which sorts as time does on every
backend) beside the writer's UTC offset in minutes, so an entry shows the local time it was written in.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.String(26)


def upgrade() -> None:
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(80), nullable=False),
        sa.Column("name_key", sa.String(80), nullable=False, unique=True),
        sa.Column("relation", sa.String(20)),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
    )
    op.create_table(
        "words",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("family", sa.String(20), nullable=False),
        sa.Column("pleasantness", sa.Integer, nullable=False),
        sa.Column("energy", sa.Integer, nullable=False),
    )
    op.create_table(
        "entries",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("at_utc", TS, nullable=False),
        sa.Column("at_offset", sa.Integer, nullable=False),
        sa.Column("logged_utc", TS, nullable=False),
        sa.Column("logged_offset", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False, server_default=""),
        sa.Column("duration_min", sa.Integer),
        sa.Column("intensity", sa.String(12)),
        sa.Column("held_back", sa.Integer),
        sa.Column("place", sa.String(12)),
        sa.Column("triggers", sa.String(200), nullable=False, server_default=""),
        sa.Column("trigger_note", sa.Text, nullable=False, server_default=""),
        sa.Column("mood_before", sa.Integer),
        sa.Column("mood_after", sa.Integer),
        sa.Column("tension_before", sa.Integer),
        sa.Column("tension_after", sa.Integer),
        sa.Column("relief", sa.String(12)),
        sa.Column("company", sa.String(12)),
        sa.Column("shame", sa.Integer),
        sa.Column("resolved", sa.String(8)),
        sa.Column("understanding", sa.Integer),
        sa.Column("clarity", sa.Integer),
        sa.Column("body", sa.String(100), nullable=False, server_default=""),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        sa.Column("screening", sa.String(10)),
        sa.Column("source", sa.String(40), nullable=False, server_default=""),
        sa.Column("version", sa.Integer, nullable=False, server_default="1"),
    )
    op.create_index("ix_entries_at", "entries", ["at_utc"])
    op.create_table(
        "entry_feelings",
        sa.Column("entry_id", sa.String(16), sa.ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("word", sa.String(40), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("strength", sa.Integer),
        sa.Column("is_main", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("source", sa.String(10), nullable=False),
    )
    op.create_index("ix_entry_feelings_word", "entry_feelings", ["word"])
    op.create_table(
        "entry_people",
        sa.Column("entry_id", sa.String(16), sa.ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("person_id", sa.Integer, sa.ForeignKey("people.id"), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("responses", sa.String(100), nullable=False, server_default=""),
    )
    op.create_index("ix_entry_people_person", "entry_people", ["person_id"])
    op.create_table(
        "entry_tags",
        sa.Column("entry_id", sa.String(16), sa.ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("tag", sa.String(50), primary_key=True),
    )
    op.create_index("ix_entry_tags_tag", "entry_tags", ["tag"])
    op.create_table(
        "follow_ups",
        sa.Column("entry_id", sa.String(16), sa.ForeignKey("entries.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("at_utc", TS, primary_key=True),
        sa.Column("at_offset", sa.Integer, nullable=False),
        sa.Column("relief", sa.String(12)),
        sa.Column("mood", sa.Integer),
        sa.Column("tension", sa.Integer),
        sa.Column("resolved", sa.String(8)),
        sa.Column("understanding", sa.Integer),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
    )


def downgrade() -> None:
    for table in ("follow_ups", "entry_tags", "entry_people", "entry_feelings", "entries", "words", "people",
                  "settings"):
        op.drop_table(table)
