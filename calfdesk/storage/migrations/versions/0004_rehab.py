"""Rehab plans: enrolments, plan changes, ticks, session pain, morning check-ins, heel-raise tests, decisions.

Revision ID: 0004_rehab
Revises: 0001_diary
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_rehab"
down_revision: str | Sequence[str] | None = "0001_diary"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _enrolment_fk(nullable: bool = False, ondelete: str = "CASCADE") -> sa.Column[int]:
    return sa.Column(
        "enrolment_id", sa.Integer(), sa.ForeignKey("rehab_enrolment.id", ondelete=ondelete), nullable=nullable
    )


def upgrade() -> None:
    op.create_table(
        "rehab_enrolment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("plan_id", sa.String(), nullable=False),
        sa.Column("variant", sa.String(), nullable=True),
        sa.Column("side", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("started_date", sa.String(length=10), nullable=False),
        sa.Column("ended_date", sa.String(length=10), nullable=True),
        sa.Column("created_utc", sa.String(), nullable=False),
        sa.CheckConstraint("status IN ('active', 'finished', 'abandoned')", name="ck_rehab_enrolment_status"),
        sa.CheckConstraint("side IN ('left', 'right', 'both')", name="ck_rehab_enrolment_side"),
    )
    op.create_index(
        "ux_rehab_enrolment_active",
        "rehab_enrolment",
        ["status"],
        unique=True,
        sqlite_where=sa.text("status = 'active'"),
    )
    op.create_table(
        "rehab_plan_change",
        sa.Column("id", sa.Integer(), primary_key=True),
        _enrolment_fk(),
        sa.Column("effective_date", sa.String(length=10), nullable=False),
        sa.Column("phase_id", sa.String(), nullable=False),
        sa.Column("load_level", sa.Integer(), nullable=False),
        sa.Column("created_utc", sa.String(), nullable=False),
    )
    op.create_index("ix_rehab_plan_change_enrolment", "rehab_plan_change", ["enrolment_id", "effective_date"])
    op.create_table(
        "rehab_tick",
        sa.Column("id", sa.Integer(), primary_key=True),
        _enrolment_fk(),
        sa.Column("item_id", sa.String(), nullable=False),
        sa.Column("local_date", sa.String(length=10), nullable=False),
        sa.Column("exercise", sa.String(), nullable=False),
        sa.Column("slot", sa.String(), nullable=False),
        sa.Column("ticked_utc", sa.String(), nullable=False),
        sa.UniqueConstraint("enrolment_id", "item_id", name="uq_rehab_tick_item"),
    )
    op.create_index("ix_rehab_tick_day", "rehab_tick", ["enrolment_id", "local_date"])
    op.create_table(
        "rehab_session_pain",
        sa.Column("id", sa.Integer(), primary_key=True),
        _enrolment_fk(),
        sa.Column("local_date", sa.String(length=10), nullable=False),
        sa.Column("slot", sa.String(), nullable=False),
        sa.Column("pain", sa.Integer(), nullable=False),
        sa.Column("recorded_utc", sa.String(), nullable=False),
        sa.UniqueConstraint("enrolment_id", "local_date", "slot", name="uq_rehab_session_pain_slot"),
        sa.CheckConstraint("pain BETWEEN 0 AND 10", name="ck_rehab_session_pain_pain"),
    )
    op.create_table(
        "rehab_morning_check_in",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("local_date", sa.String(length=10), nullable=False),
        sa.Column("pain", sa.Integer(), nullable=False),
        sa.Column("stiffness_min", sa.Integer(), nullable=True),
        sa.Column("diary_entry_id", sa.Integer(), sa.ForeignKey("diary_entry.id", ondelete="SET NULL"), nullable=True),
        sa.Column("recorded_utc", sa.String(), nullable=False),
        sa.UniqueConstraint("local_date", name="uq_rehab_morning_check_in_date"),
        sa.CheckConstraint("pain BETWEEN 0 AND 10", name="ck_rehab_morning_check_in_pain"),
    )
    op.create_table(
        "rehab_heel_raise_test",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("local_date", sa.String(length=10), nullable=False),
        sa.Column("left_reps", sa.Integer(), nullable=False),
        sa.Column("right_reps", sa.Integer(), nullable=False),
        _enrolment_fk(nullable=True, ondelete="SET NULL"),
        sa.Column("recorded_utc", sa.String(), nullable=False),
    )
    op.create_index("ix_rehab_heel_raise_test_date", "rehab_heel_raise_test", ["local_date"])
    op.create_table(
        "rehab_decision",
        sa.Column("id", sa.Integer(), primary_key=True),
        _enrolment_fk(),
        sa.Column("local_date", sa.String(length=10), nullable=False),
        sa.Column("decided_utc", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("reason", sa.String(), nullable=False),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.Column("to_phase", sa.String(), nullable=True),
        sa.Column("to_load_level", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "action IN ('continue', 'progress', 'next_phase', 'reduce')", name="ck_rehab_decision_action"
        ),
    )


def downgrade() -> None:
    op.drop_table("rehab_decision")
    op.drop_index("ix_rehab_heel_raise_test_date", table_name="rehab_heel_raise_test")
    op.drop_table("rehab_heel_raise_test")
    op.drop_table("rehab_morning_check_in")
    op.drop_table("rehab_session_pain")
    op.drop_index("ix_rehab_tick_day", table_name="rehab_tick")
    op.drop_table("rehab_tick")
    op.drop_index("ix_rehab_plan_change_enrolment", table_name="rehab_plan_change")
    op.drop_table("rehab_plan_change")
    op.drop_index("ux_rehab_enrolment_active", table_name="rehab_enrolment")
    op.drop_table("rehab_enrolment")
