"""Reading and writing the assessment history; everything returns domain objects."""

from __future__ import annotations

import datetime as dt
import json

from calfdesk.domain.assessment_answers import answers_as_json, validate_answers
from calfdesk.domain.assessment_result import AssessmentResult, AssessmentSummary, SavedAssessment
from calfdesk.storage.database import Database
from calfdesk.storage.sql import insert


def add_assessment(db: Database, saved: SavedAssessment) -> SavedAssessment:
    """Insert and commit one completed assessment; returns it with its id."""
    result = saved.result
    values = {
        "taken_at": saved.taken_at.isoformat(timespec="seconds"),
        "content_version": result.content_version,
        "answers_json": json.dumps(answers_as_json(saved.answers), ensure_ascii=False),
        "result_json": json.dumps(result.to_json(), ensure_ascii=False),
        "triage": result.triage,
        "top_condition": result.top.id,
        "top_score": result.top.score,
        "plan": result.plan,
    }
    with db.raw(write=True) as connection:
        assessment_id = insert(connection, "assessment", values)
    return SavedAssessment(saved.taken_at, saved.answers, saved.result, id=assessment_id)


def get_assessment(db: Database, assessment_id: int) -> SavedAssessment | None:
    with db.raw() as connection:
        row = connection.execute(
            "SELECT taken_at, answers_json, result_json FROM assessment WHERE id = ?", (assessment_id,)
        ).fetchone()
    if row is None:
        return None
    taken_at, answers_json, result_json = row
    return SavedAssessment(
        taken_at=dt.datetime.fromisoformat(taken_at),
        answers=validate_answers(json.loads(answers_json)),
        result=AssessmentResult.from_json(json.loads(result_json)),
        id=assessment_id,
    )


def list_summaries(db: Database) -> list[AssessmentSummary]:
    """The history, newest first, without reading the answers and results (but whether a result points away
    from the four causes, so that its line names none of them)."""
    with db.raw() as connection:
        rows = connection.execute(
            "SELECT id, taken_at, triage, top_condition, top_score, plan, "
            "json_extract(result_json, '$.outside_the_four[0]') IS NOT NULL "
            "FROM assessment ORDER BY id DESC"
        ).fetchall()
    return [
        AssessmentSummary(row_id, dt.datetime.fromisoformat(taken_at), triage, top, float(score), plan, bool(outside))
        for row_id, taken_at, triage, top, score, plan, outside in rows
    ]
