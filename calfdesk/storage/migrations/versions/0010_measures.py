"""Measures taken on a date: readings of measures without a table of their own (the PSFS first), the items
the runner chose for a measure, and questionnaire packs.

Revision ID: 0010_measures
Revises: 0009_plan_files
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_measures"
down_revision: str | Sequence[str] | None = "0009_plan_files"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "measure_reading",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("local_date", sa.String(length=10), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("items_json", sa.String(), nullable=False),
        sa.Column("recorded_utc", sa.String(), nullable=False),
    )
    op.create_index("ix_measure_reading_kind_date", "measure_reading", ["kind", "local_date"])
    op.create_table(
        "measure_choice",
        sa.Column("kind", sa.String(), primary_key=True),
        sa.Column("items_json", sa.String(), nullable=False),
        sa.Column("chosen_utc", sa.String(), nullable=False),
    )
    op.create_table(
        "measure_pack",
        sa.Column("kind", sa.String(), primary_key=True),
        sa.Column("pack_text", sa.String(), nullable=False),
        sa.Column("added_utc", sa.String(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("measure_pack")
    op.drop_table("measure_choice")
    op.drop_index("ix_measure_reading_kind_date", table_name="measure_reading")
    op.drop_table("measure_reading")
