"""The soreness diary.

Revision ID: 0001_diary
Revises:
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_diary"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "diary_entry",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("local_date", sa.String(length=10), nullable=False),
        sa.Column("local_time", sa.String(length=5), nullable=False),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("context", sa.String(), nullable=False),
        sa.Column("soreness", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(), nullable=False),
        sa.Column("side", sa.String(), nullable=False),
        sa.Column("stiffness_min", sa.Integer(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("created_utc", sa.String(), nullable=False),
        sa.CheckConstraint("soreness BETWEEN 0 AND 10", name="ck_diary_entry_soreness"),
        sa.CheckConstraint("context IN ('morning', 'during_run', 'after_run', 'other')", name="ck_diary_entry_context"),
        sa.CheckConstraint("location IN ('calf', 'achilles', 'both', 'other')", name="ck_diary_entry_location"),
        sa.CheckConstraint("side IN ('left', 'right', 'both')", name="ck_diary_entry_side"),
    )
    op.create_index("ix_diary_entry_moment", "diary_entry", ["local_date", "local_time"])


def downgrade() -> None:
    op.drop_index("ix_diary_entry_moment", table_name="diary_entry")
    op.drop_table("diary_entry")
