"""Reading and writing rehab plan data. Everything returns domain objects, never ORM rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from calfdesk.domain.rehab import (
    ChecklistItem,
    Clearance,
    Enrolment,
    HeelRaiseTest,
    MorningCheckIn,
    PlanChange,
    PlanFileSource,
    SessionPain,
    Suggestion,
)
from calfdesk.storage.database import Database
from calfdesk.storage.rehab_tables import (
    RehabDecisionRow,
    RehabEnrolmentRow,
    RehabHeelRaiseTestRow,
    RehabMorningCheckInRow,
    RehabPlanChangeRow,
    RehabSessionPainRow,
    RehabTickRow,
)


def utc_now_precise() -> str:
    """ISO 8601 UTC with microseconds, so a session recorded right after a decision sorts after it."""
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass(frozen=True, slots=True)
class Decision:
    enrolment_id: int
    day: dt.date
    decided_utc: str
    action: str
    reason: str
    accepted: bool
    to_phase: str | None = None
    to_load_level: int | None = None


@dataclass(frozen=True, slots=True)
class StoredCheckIn:
    check_in: MorningCheckIn
    diary_entry_id: int | None


def _changes(session: Session, enrolment_id: int) -> tuple[PlanChange, ...]:
    rows = session.scalars(
        select(RehabPlanChangeRow)
        .where(col(RehabPlanChangeRow.enrolment_id) == enrolment_id)
        .order_by(col(RehabPlanChangeRow.effective_date), col(RehabPlanChangeRow.id))
    )
    return tuple(PlanChange(dt.date.fromisoformat(row.effective_date), row.phase_id, row.load_level) for row in rows)


def _to_enrolment(session: Session, row: RehabEnrolmentRow) -> Enrolment:
    assert row.id is not None
    return Enrolment(
        plan_id=row.plan_id,
        side=row.side,
        started=dt.date.fromisoformat(row.started_date),
        changes=_changes(session, row.id),
        variant=row.variant,
        status=row.status,
        ended=dt.date.fromisoformat(row.ended_date) if row.ended_date else None,
        id=row.id,
        cleared=(
            Clearance(row.cleared_assessment_id, dt.date.fromisoformat(row.cleared_assessment_date), row.cleared_advice)
            if row.cleared_assessment_date and row.cleared_advice is not None
            else None
        ),
        plan_file=PlanFileSource(row.plan_file_text, row.plan_file_name or "") if row.plan_file_text else None,
        ended_reason=row.ended_reason,
    )


def add_enrolment(db: Database, enrolment: Enrolment, *, end_active_as: str | None = None) -> Enrolment:
    """Insert a new active enrolment with its first plan change, in one transaction.

    With `end_active_as` ('finished' or 'abandoned') an enrolment that is still active ends the day before.
    """
    now = utc_now_precise()
    with db.session() as session:
        if end_active_as is not None:
            session.execute(
                update(RehabEnrolmentRow)
                .where(col(RehabEnrolmentRow.status) == "active")
                .values(status=end_active_as, ended_date=enrolment.started.isoformat())
            )
        row = RehabEnrolmentRow(
            plan_id=enrolment.plan_id,
            variant=enrolment.variant,
            side=enrolment.side,
            status="active",
            started_date=enrolment.started.isoformat(),
            created_utc=now,
            cleared_assessment_id=enrolment.cleared.assessment_id if enrolment.cleared else None,
            cleared_assessment_date=enrolment.cleared.assessment_date.isoformat() if enrolment.cleared else None,
            cleared_advice=enrolment.cleared.advice if enrolment.cleared else None,
            plan_file_text=enrolment.plan_file.text if enrolment.plan_file else None,
            plan_file_name=enrolment.plan_file.file_name if enrolment.plan_file else None,
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        for change in enrolment.changes:
            session.add(_change_row(row.id, change, now))
        session.flush()
        return _to_enrolment(session, row)


def _change_row(enrolment_id: int, change: PlanChange, now: str) -> RehabPlanChangeRow:
    return RehabPlanChangeRow(
        enrolment_id=enrolment_id,
        effective_date=change.effective.isoformat(),
        phase_id=change.phase_id,
        load_level=change.load_level,
        created_utc=now,
    )


def active_enrolment(db: Database) -> Enrolment | None:
    with db.read() as session:
        row = session.scalars(select(RehabEnrolmentRow).where(col(RehabEnrolmentRow.status) == "active")).first()
        return _to_enrolment(session, row) if row is not None else None


def list_enrolments(db: Database) -> list[Enrolment]:
    """Every enrolment, newest first: the plan history."""
    with db.read() as session:
        rows = session.scalars(select(RehabEnrolmentRow).order_by(col(RehabEnrolmentRow.id).desc())).all()
        return [_to_enrolment(session, row) for row in rows]


def end_enrolment(db: Database, enrolment_id: int, status: str, day: dt.date, reason: str | None = None) -> None:
    """End an enrolment; `reason` when the pain model's advice ended it."""
    with db.session() as session:
        session.execute(
            update(RehabEnrolmentRow)
            .where(col(RehabEnrolmentRow.id) == enrolment_id)
            .values(status=status, ended_date=day.isoformat(), ended_reason=reason)
        )


def add_change(db: Database, enrolment_id: int, change: PlanChange, decision: Decision | None = None) -> None:
    """Record a phase or load change, and the decision that led to it, together."""
    now = utc_now_precise()
    with db.session() as session:
        session.add(_change_row(enrolment_id, change, now))
        if decision is not None:
            session.add(_decision_row(decision))


def tick(db: Database, enrolment_id: int, item: ChecklistItem) -> None:
    """Mark an item done; ticking a ticked item changes nothing."""
    statement = (
        sqlite_insert(RehabTickRow)
        .values(
            enrolment_id=enrolment_id,
            item_id=item.id,
            local_date=item.day.isoformat(),
            exercise=item.exercise.id,
            slot=item.slot,
            ticked_utc=utc_now_precise(),
        )
        .on_conflict_do_nothing(index_elements=["enrolment_id", "item_id"])
    )
    with db.session() as session:
        session.execute(statement)


def untick(db: Database, enrolment_id: int, item_id: str) -> None:
    with db.session() as session:
        session.execute(
            delete(RehabTickRow).where(
                col(RehabTickRow.enrolment_id) == enrolment_id, col(RehabTickRow.item_id) == item_id
            )
        )


def done_ids(db: Database, enrolment_id: int, start: dt.date, end: dt.date) -> set[str]:
    with db.raw() as connection:
        rows = connection.execute(
            "SELECT item_id FROM rehab_tick WHERE enrolment_id = ? AND local_date BETWEEN ? AND ?",
            (enrolment_id, start.isoformat(), end.isoformat()),
        )
        return {row[0] for row in rows}


def save_session_pain(db: Database, enrolment_id: int, pain: SessionPain) -> SessionPain:
    """Record pain for one session; recording the same day and slot again replaces it."""
    recorded = utc_now_precise()
    statement = sqlite_insert(RehabSessionPainRow).values(
        enrolment_id=enrolment_id,
        local_date=pain.day.isoformat(),
        slot=pain.slot,
        pain=pain.pain,
        recorded_utc=recorded,
    )
    statement = statement.on_conflict_do_update(
        index_elements=["enrolment_id", "local_date", "slot"],
        set_={"pain": statement.excluded.pain, "recorded_utc": statement.excluded.recorded_utc},
    )
    with db.session() as session:
        session.execute(statement)
    return SessionPain(pain.day, pain.slot, pain.pain, recorded)


def list_session_pains(db: Database, enrolment_id: int) -> list[SessionPain]:
    with db.raw() as connection:
        rows = connection.execute(
            "SELECT local_date, slot, pain, recorded_utc FROM rehab_session_pain WHERE enrolment_id = ? "
            "ORDER BY local_date, recorded_utc",
            (enrolment_id,),
        ).fetchall()
    return [SessionPain(dt.date.fromisoformat(row[0]), row[1], row[2], row[3]) for row in rows]


def get_check_in(db: Database, day: dt.date) -> StoredCheckIn | None:
    with db.read() as session:
        row = session.scalars(
            select(RehabMorningCheckInRow).where(col(RehabMorningCheckInRow.local_date) == day.isoformat())
        ).first()
        if row is None:
            return None
        return StoredCheckIn(MorningCheckIn(day, row.pain, row.stiffness_min), row.diary_entry_id)


def save_check_in(db: Database, check_in: MorningCheckIn, diary_entry_id: int | None) -> None:
    """Record the morning check-in of a day; a second one the same day replaces the first."""
    statement = sqlite_insert(RehabMorningCheckInRow).values(
        local_date=check_in.day.isoformat(),
        pain=check_in.pain,
        stiffness_min=check_in.stiffness_min,
        diary_entry_id=diary_entry_id,
        recorded_utc=utc_now_precise(),
    )
    statement = statement.on_conflict_do_update(
        index_elements=["local_date"],
        set_={
            "pain": statement.excluded.pain,
            "stiffness_min": statement.excluded.stiffness_min,
            "diary_entry_id": statement.excluded.diary_entry_id,
            "recorded_utc": statement.excluded.recorded_utc,
        },
    )
    with db.session() as session:
        session.execute(statement)


def list_check_ins(db: Database, start: dt.date | None = None) -> list[MorningCheckIn]:
    low = start.isoformat() if start else "0000-01-01"
    with db.raw() as connection:
        rows = connection.execute(
            "SELECT local_date, pain, stiffness_min FROM rehab_morning_check_in WHERE local_date >= ? "
            "ORDER BY local_date",
            (low,),
        ).fetchall()
    return [MorningCheckIn(dt.date.fromisoformat(row[0]), row[1], row[2]) for row in rows]


def add_heel_raise_test(db: Database, test: HeelRaiseTest, enrolment_id: int | None) -> HeelRaiseTest:
    with db.session() as session:
        row = RehabHeelRaiseTestRow(
            local_date=test.day.isoformat(),
            left_reps=test.left_reps,
            right_reps=test.right_reps,
            hop_pain=test.hop_pain,
            enrolment_id=enrolment_id,
            recorded_utc=utc_now_precise(),
        )
        session.add(row)
        session.flush()
        assert row.id is not None
        return HeelRaiseTest(test.day, test.left_reps, test.right_reps, id=row.id, hop_pain=test.hop_pain)


def list_heel_raise_tests(db: Database) -> list[HeelRaiseTest]:
    """Every test, oldest first (same-day tests in the order they were recorded)."""
    with db.raw() as connection:
        rows = connection.execute(
            "SELECT id, local_date, left_reps, right_reps, hop_pain FROM rehab_heel_raise_test ORDER BY local_date, id"
        ).fetchall()
    return [HeelRaiseTest(dt.date.fromisoformat(row[1]), row[2], row[3], id=row[0], hop_pain=row[4]) for row in rows]


def _decision_row(decision: Decision) -> RehabDecisionRow:
    return RehabDecisionRow(
        enrolment_id=decision.enrolment_id,
        local_date=decision.day.isoformat(),
        decided_utc=decision.decided_utc,
        action=decision.action,
        reason=decision.reason,
        accepted=decision.accepted,
        to_phase=decision.to_phase,
        to_load_level=decision.to_load_level,
    )


def make_decision(enrolment_id: int, day: dt.date, suggestion: Suggestion, reason: str, *, accepted: bool) -> Decision:
    """The record of a decision; `reason` is the suggestion in the words the runner read."""
    return Decision(
        enrolment_id=enrolment_id,
        day=day,
        decided_utc=utc_now_precise(),
        action=suggestion.action,
        reason=reason,
        accepted=accepted,
        to_phase=suggestion.to_phase,
        to_load_level=suggestion.to_load_level,
    )


def add_decision(db: Database, decision: Decision) -> None:
    with db.session() as session:
        session.add(_decision_row(decision))


def list_decisions(db: Database, enrolment_id: int) -> list[Decision]:
    with db.read() as session:
        rows = session.scalars(
            select(RehabDecisionRow)
            .where(col(RehabDecisionRow.enrolment_id) == enrolment_id)
            .order_by(col(RehabDecisionRow.decided_utc), col(RehabDecisionRow.id))
        )
        return [
            Decision(
                enrolment_id=row.enrolment_id,
                day=dt.date.fromisoformat(row.local_date),
                decided_utc=row.decided_utc,
                action=row.action,
                reason=row.reason,
                accepted=row.accepted,
                to_phase=row.to_phase,
                to_load_level=row.to_load_level,
            )
            for row in rows
        ]
