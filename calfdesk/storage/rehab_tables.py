"""Tables of the rehab plans: enrolments with their phase/load history, ticks, session pain, morning
check-ins, heel-raise tests and the runner's decisions on suggestions."""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, text
from sqlmodel import CheckConstraint, Field, Index, SQLModel, UniqueConstraint


class RehabEnrolmentRow(SQLModel, table=True):
    __tablename__ = "rehab_enrolment"
    __table_args__ = (
        CheckConstraint("status IN ('active', 'finished', 'abandoned')", name="ck_rehab_enrolment_status"),
        CheckConstraint("side IN ('left', 'right', 'both')", name="ck_rehab_enrolment_side"),
        # One active plan at a time, enforced by the file itself.
        Index("ux_rehab_enrolment_active", "status", unique=True, sqlite_where=text("status = 'active'")),
    )

    id: int | None = Field(default=None, primary_key=True)
    plan_id: str
    variant: str | None = None
    side: str
    status: str
    started_date: str = Field(max_length=10)
    ended_date: str | None = Field(default=None, max_length=10)
    created_utc: str
    # Set only when the plan was started against the latest assessment's advice and the runner said that a
    # clinician had cleared them (revision 0007).
    cleared_assessment_id: int | None = None
    cleared_assessment_date: str | None = Field(default=None, max_length=10)
    cleared_advice: str | None = None
    # Set only for a plan started from a clinician's plan file: the file as it was read, and its name
    # (revision 0008).
    plan_file_text: str | None = None
    plan_file_name: str | None = None
    # Set only when the plan ended on the pain model's advice to stop loading and see a clinician (revision 0008).
    ended_reason: str | None = None


class RehabPlanChangeRow(SQLModel, table=True):
    __tablename__ = "rehab_plan_change"
    __table_args__ = (Index("ix_rehab_plan_change_enrolment", "enrolment_id", "effective_date"),)

    id: int | None = Field(default=None, primary_key=True)
    enrolment_id: int = Field(
        sa_column=Column(Integer, ForeignKey("rehab_enrolment.id", ondelete="CASCADE"), nullable=False)
    )
    effective_date: str = Field(max_length=10)
    phase_id: str
    load_level: int
    created_utc: str


class RehabTickRow(SQLModel, table=True):
    __tablename__ = "rehab_tick"
    __table_args__ = (
        UniqueConstraint("enrolment_id", "item_id", name="uq_rehab_tick_item"),
        Index("ix_rehab_tick_day", "enrolment_id", "local_date"),
    )

    id: int | None = Field(default=None, primary_key=True)
    enrolment_id: int = Field(
        sa_column=Column(Integer, ForeignKey("rehab_enrolment.id", ondelete="CASCADE"), nullable=False)
    )
    item_id: str
    local_date: str = Field(max_length=10)
    exercise: str
    slot: str
    ticked_utc: str


class RehabSessionPainRow(SQLModel, table=True):
    __tablename__ = "rehab_session_pain"
    __table_args__ = (
        UniqueConstraint("enrolment_id", "local_date", "slot", name="uq_rehab_session_pain_slot"),
        CheckConstraint("pain BETWEEN 0 AND 10", name="ck_rehab_session_pain_pain"),
    )

    id: int | None = Field(default=None, primary_key=True)
    enrolment_id: int = Field(
        sa_column=Column(Integer, ForeignKey("rehab_enrolment.id", ondelete="CASCADE"), nullable=False)
    )
    local_date: str = Field(max_length=10)
    slot: str
    pain: int
    recorded_utc: str


class RehabMorningCheckInRow(SQLModel, table=True):
    __tablename__ = "rehab_morning_check_in"
    __table_args__ = (
        UniqueConstraint("local_date", name="uq_rehab_morning_check_in_date"),
        CheckConstraint("pain BETWEEN 0 AND 10", name="ck_rehab_morning_check_in_pain"),
    )

    id: int | None = Field(default=None, primary_key=True)
    local_date: str = Field(max_length=10)
    pain: int
    stiffness_min: int | None = None
    diary_entry_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("diary_entry.id", ondelete="SET NULL"), nullable=True)
    )
    recorded_utc: str


class RehabHeelRaiseTestRow(SQLModel, table=True):
    __tablename__ = "rehab_heel_raise_test"
    __table_args__ = (Index("ix_rehab_heel_raise_test_date", "local_date"),)

    id: int | None = Field(default=None, primary_key=True)
    local_date: str = Field(max_length=10)
    left_reps: int
    right_reps: int
    hop_pain: int | None = None  # 0-10, checked by the domain (revision 0007)
    enrolment_id: int | None = Field(
        default=None, sa_column=Column(Integer, ForeignKey("rehab_enrolment.id", ondelete="SET NULL"), nullable=True)
    )
    recorded_utc: str


class RehabDecisionRow(SQLModel, table=True):
    __tablename__ = "rehab_decision"
    __table_args__ = (
        CheckConstraint("action IN ('continue', 'progress', 'next_phase', 'reduce')", name="ck_rehab_decision_action"),
    )

    id: int | None = Field(default=None, primary_key=True)
    enrolment_id: int = Field(
        sa_column=Column(Integer, ForeignKey("rehab_enrolment.id", ondelete="CASCADE"), nullable=False)
    )
    local_date: str = Field(max_length=10)
    decided_utc: str
    action: str
    reason: str
    accepted: bool
    to_phase: str | None = None
    to_load_level: int | None = None
