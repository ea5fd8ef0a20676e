"""Reading and writing the assessment history; everything returns domain objects."""

from __future__ import annotations

import datetime as dt
import json

from calfdesk.domain.assessment_answers import answers_as_json, validate_answers
from calfdesk.domain.assessment_result import AssessmentResult, AssessmentSummary, SavedAssessment
from calfdesk.storage.assessment_tables import AssessmentRow
from calfdesk.storage.database import Database


def _to_saved(row: AssessmentRow) -> SavedAssessment:
    assert row.id is not None
    return SavedAssessment(
        taken_at=dt.datetime.fromisoformat(row.taken_at),
        answers=validate_answers(json.loads(row.answers_json)),
        result=AssessmentResult.from_json(json.loads(row.result_json)),
        id=row.id,
    )


def add_assessment(db: Database, saved: SavedAssessment) -> SavedAssessment:
    """Insert and commit one completed assessment; returns it with its id."""
    result = saved.result
    row = AssessmentRow(
        taken_at=saved.taken_at.isoformat(timespec="seconds"),
        content_version=result.content_version,
        answers_json=json.dumps(answers_as_json(saved.answers), ensure_ascii=False),
        result_json=json.dumps(result.to_json(), ensure_ascii=False),
        triage=result.triage,
        top_condition=result.top.id,
        top_score=result.top.score,
        plan=result.plan,
    )
    with db.session() as session:
        session.add(row)
        session.flush()
        assert row.id is not None
        return SavedAssessment(saved.taken_at, saved.answers, saved.result, id=row.id)


def get_assessment(db: Database, assessment_id: int) -> SavedAssessment | None:
    with db.read() as session:
        row = session.get(AssessmentRow, assessment_id)
        return _to_saved(row) if row is not None else None


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
