"""Runs and shoes.

Revision ID: 0003_training
Revises: 0001_diary
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_training"
down_revision: str | Sequence[str] | None = "0001_diary"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "shoe",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("start_km", sa.Float(), nullable=False),
        sa.Column("alert_km", sa.Float(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.Column("created_utc", sa.String(), nullable=False),
        sa.CheckConstraint("start_km >= 0", name="ck_shoe_start_km"),
        sa.CheckConstraint("alert_km > 0", name="ck_shoe_alert_km"),
        sa.CheckConstraint("NOT (retired AND is_default)", name="ck_shoe_retired_not_default"),
    )
    op.create_index("ux_shoe_default", "shoe", ["is_default"], unique=True, sqlite_where=sa.text("is_default"))
    op.create_table(
        "run",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("start_utc", sa.String(), nullable=False),
        sa.Column("utc_offset_min", sa.Integer(), nullable=False),
        sa.Column("local_date", sa.String(length=10), nullable=False),
        sa.Column("duration_s", sa.Float(), nullable=False),
        sa.Column("distance_m", sa.Float(), nullable=False),
        sa.Column("elevation_gain_m", sa.Float(), nullable=True),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("source_file", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("shoe_id", sa.Integer(), sa.ForeignKey("shoe.id", ondelete="SET NULL"), nullable=True),
        sa.Column("hill", sa.Boolean(), nullable=False),
        sa.Column("speed", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("created_utc", sa.String(), nullable=False),
        sa.CheckConstraint("distance_m > 0", name="ck_run_distance"),
        sa.CheckConstraint("duration_s > 0", name="ck_run_duration"),
        sa.CheckConstraint("elevation_gain_m IS NULL OR elevation_gain_m >= 0", name="ck_run_elevation"),
        sa.CheckConstraint("source IN ('gpx', 'tcx', 'fit', 'strava', 'garmin', 'manual')", name="ck_run_source"),
    )
    op.create_index("ix_run_start", "run", ["start_utc"])
    op.create_index("ix_run_local_date", "run", ["local_date"])
    op.create_index("ix_run_shoe", "run", ["shoe_id"])


def downgrade() -> None:
    op.drop_index("ix_run_shoe", table_name="run")
    op.drop_index("ix_run_local_date", table_name="run")
    op.drop_index("ix_run_start", table_name="run")
    op.drop_table("run")
    op.drop_index("ux_shoe_default", table_name="shoe")
    op.drop_table("shoe")
