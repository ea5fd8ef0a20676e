"""Reading and writing rehab plan data. Everything returns domain objects, never ORM rows."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

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
from calfdesk.storage.sql import insert, replacing, upsert


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


_ENROLMENT_COLUMNS: Final = (
    "id, plan_id, side, started_date, variant, status, ended_date, cleared_assessment_id, cleared_assessment_date, "
    "cleared_advice, plan_file_text, plan_file_name, ended_reason"
)


def _changes(connection: sqlite3.Connection, enrolment_id: int) -> tuple[PlanChange, ...]:
    rows = connection.execute(
        "SELECT effective_date, phase_id, load_level FROM rehab_plan_change WHERE enrolment_id = ? "
        "ORDER BY effective_date, id",
        (enrolment_id,),
    ).fetchall()
    return tuple(PlanChange(dt.date.fromisoformat(day), phase_id, load_level) for day, phase_id, load_level in rows)


def _to_enrolment(connection: sqlite3.Connection, row: Sequence[Any]) -> Enrolment:
    (
        enrolment_id,
        plan_id,
        side,
        started_date,
        variant,
        status,
        ended_date,
        cleared_id,
        cleared_date,
        cleared_advice,
        plan_file_text,
        plan_file_name,
        ended_reason,
    ) = row
    return Enrolment(
        plan_id=plan_id,
        side=side,
        started=dt.date.fromisoformat(started_date),
        changes=_changes(connection, enrolment_id),
        variant=variant,
        status=status,
        ended=dt.date.fromisoformat(ended_date) if ended_date else None,
        id=enrolment_id,
        cleared=(
            Clearance(cleared_id, dt.date.fromisoformat(cleared_date), cleared_advice)
            if cleared_date and cleared_advice is not None
            else None
        ),
        plan_file=PlanFileSource(plan_file_text, plan_file_name or "") if plan_file_text else None,
        ended_reason=ended_reason,
    )


def add_enrolment(db: Database, enrolment: Enrolment, *, end_active_as: str | None = None) -> Enrolment:
    """Insert a new active enrolment with its first plan change, in one transaction.

    With `end_active_as` ('finished' or 'abandoned') an enrolment that is still active ends the day before.
    """
    now = utc_now_precise()
    with db.raw(write=True) as connection:
        if end_active_as is not None:
            connection.execute(
                "UPDATE rehab_enrolment SET status = ?, ended_date = ? WHERE status = 'active'",
                (end_active_as, enrolment.started.isoformat()),
            )
        cleared, plan_file = enrolment.cleared, enrolment.plan_file
        enrolment_id = insert(
            connection,
            "rehab_enrolment",
            {
                "plan_id": enrolment.plan_id,
                "variant": enrolment.variant,
                "side": enrolment.side,
                "status": "active",
                "started_date": enrolment.started.isoformat(),
                "created_utc": now,
                "cleared_assessment_id": cleared.assessment_id if cleared else None,
                "cleared_assessment_date": cleared.assessment_date.isoformat() if cleared else None,
                "cleared_advice": cleared.advice if cleared else None,
                "plan_file_text": plan_file.text if plan_file else None,
                "plan_file_name": plan_file.file_name if plan_file else None,
            },
        )
        for change in enrolment.changes:
            _add_change(connection, enrolment_id, change, now)
        row = connection.execute(
            f"SELECT {_ENROLMENT_COLUMNS} FROM rehab_enrolment WHERE id = ?", (enrolment_id,)
        ).fetchone()
        return _to_enrolment(connection, row)


def _add_change(connection: sqlite3.Connection, enrolment_id: int, change: PlanChange, now: str) -> None:
    insert(
        connection,
        "rehab_plan_change",
        {
            "enrolment_id": enrolment_id,
            "effective_date": change.effective.isoformat(),
            "phase_id": change.phase_id,
            "load_level": change.load_level,
            "created_utc": now,
        },
    )


def active_enrolment(db: Database) -> Enrolment | None:
    with db.raw() as connection:
        row = connection.execute(
            f"SELECT {_ENROLMENT_COLUMNS} FROM rehab_enrolment WHERE status = 'active' LIMIT 1"
        ).fetchone()
        return _to_enrolment(connection, row) if row is not None else None


def list_enrolments(db: Database) -> list[Enrolment]:
    """Every enrolment, newest first: the plan history."""
    with db.raw() as connection:
        rows = connection.execute(f"SELECT {_ENROLMENT_COLUMNS} FROM rehab_enrolment ORDER BY id DESC").fetchall()
        return [_to_enrolment(connection, row) for row in rows]


def end_enrolment(db: Database, enrolment_id: int, status: str, day: dt.date, reason: str | None = None) -> None:
    """End an enrolment; `reason` when the pain model's advice ended it."""
    with db.raw(write=True) as connection:
        connection.execute(
            "UPDATE rehab_enrolment SET status = ?, ended_date = ?, ended_reason = ? WHERE id = ?",
            (status, day.isoformat(), reason, enrolment_id),
        )


def add_change(db: Database, enrolment_id: int, change: PlanChange, decision: Decision | None = None) -> None:
    """Record a phase or load change, and the decision that led to it, together."""
    now = utc_now_precise()
    with db.raw(write=True) as connection:
        _add_change(connection, enrolment_id, change, now)
        if decision is not None:
            _add_decision(connection, decision)


def tick(db: Database, enrolment_id: int, item: ChecklistItem) -> None:
    """Mark an item done; ticking a ticked item changes nothing."""
    values = {
        "enrolment_id": enrolment_id,
        "item_id": item.id,
        "local_date": item.day.isoformat(),
        "exercise": item.exercise.id,
        "slot": item.slot,
        "ticked_utc": utc_now_precise(),
    }
    with db.raw(write=True) as connection:
        upsert(connection, "rehab_tick", values, "ON CONFLICT (enrolment_id, item_id) DO NOTHING")


def untick(db: Database, enrolment_id: int, item_id: str) -> None:
    with db.raw(write=True) as connection:
        connection.execute("DELETE FROM rehab_tick WHERE enrolment_id = ? AND item_id = ?", (enrolment_id, item_id))


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
    values = {
        "enrolment_id": enrolment_id,
        "local_date": pain.day.isoformat(),
        "slot": pain.slot,
        "pain": pain.pain,
        "recorded_utc": recorded,
    }
    with db.raw(write=True) as connection:
        upsert(
            connection,
            "rehab_session_pain",
            values,
            replacing(("enrolment_id", "local_date", "slot"), ("pain", "recorded_utc")),
        )
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
    with db.raw() as connection:
        row = connection.execute(
            "SELECT pain, stiffness_min, diary_entry_id FROM rehab_morning_check_in WHERE local_date = ?",
            (day.isoformat(),),
        ).fetchone()
    if row is None:
        return None
    pain, stiffness_min, diary_entry_id = row
    return StoredCheckIn(MorningCheckIn(day, pain, stiffness_min), diary_entry_id)


def save_check_in(db: Database, check_in: MorningCheckIn, diary_entry_id: int | None) -> None:
    """Record the morning check-in of a day; a second one the same day replaces the first."""
    values = {
        "local_date": check_in.day.isoformat(),
        "pain": check_in.pain,
        "stiffness_min": check_in.stiffness_min,
        "diary_entry_id": diary_entry_id,
        "recorded_utc": utc_now_precise(),
    }
    with db.raw(write=True) as connection:
        upsert(
            connection,
            "rehab_morning_check_in",
            values,
            replacing(("local_date",), ("pain", "stiffness_min", "diary_entry_id", "recorded_utc")),
        )


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
    with db.raw(write=True) as connection:
        test_id = insert(
            connection,
            "rehab_heel_raise_test",
            {
                "local_date": test.day.isoformat(),
                "left_reps": test.left_reps,
                "right_reps": test.right_reps,
                "hop_pain": test.hop_pain,
                "enrolment_id": enrolment_id,
                "recorded_utc": utc_now_precise(),
            },
        )
    return HeelRaiseTest(test.day, test.left_reps, test.right_reps, id=test_id, hop_pain=test.hop_pain)


def list_heel_raise_tests(db: Database) -> list[HeelRaiseTest]:
    """Every test, oldest first (same-day tests in the order they were recorded)."""
    with db.raw() as connection:
        rows = connection.execute(
            "SELECT id, local_date, left_reps, right_reps, hop_pain FROM rehab_heel_raise_test ORDER BY local_date, id"
        ).fetchall()
    return [HeelRaiseTest(dt.date.fromisoformat(row[1]), row[2], row[3], id=row[0], hop_pain=row[4]) for row in rows]


_DECISION_COLUMNS: Final = (
    "enrolment_id",
    "local_date",
    "decided_utc",
    "action",
    "reason",
    "accepted",
    "to_phase",
    "to_load_level",
)


def _add_decision(connection: sqlite3.Connection, decision: Decision) -> None:
    values = (
        decision.enrolment_id,
        decision.day.isoformat(),
        decision.decided_utc,
        decision.action,
        decision.reason,
        decision.accepted,
        decision.to_phase,
        decision.to_load_level,
    )
    insert(connection, "rehab_decision", dict(zip(_DECISION_COLUMNS, values, strict=True)))


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
    with db.raw(write=True) as connection:
        _add_decision(connection, decision)


def list_decisions(db: Database, enrolment_id: int) -> list[Decision]:
    with db.raw() as connection:
        rows = connection.execute(
            f"SELECT {', '.join(_DECISION_COLUMNS)} FROM rehab_decision WHERE enrolment_id = ? "
            "ORDER BY decided_utc, id",
            (enrolment_id,),
        ).fetchall()
    return [
        Decision(
            enrolment_id=row_enrolment,
            day=dt.date.fromisoformat(day),
            decided_utc=decided_utc,
            action=action,
            reason=reason,
            accepted=bool(accepted),
            to_phase=to_phase,
            to_load_level=to_load_level,
        )
        for row_enrolment, day, decided_utc, action, reason, accepted, to_phase, to_load_level in rows
    ]
