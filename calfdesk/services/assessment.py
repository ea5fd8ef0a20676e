"""Self-assessment use cases: run the engine, save a completed assessment, read the history."""

from __future__ import annotations

import datetime as dt

from calfdesk.domain.assessment import assess, in_language_spoken
from calfdesk.domain.assessment_answers import validate_answers
from calfdesk.domain.assessment_content import AnswerValue
from calfdesk.domain.assessment_result import AssessmentResult, AssessmentSummary, SavedAssessment
from calfdesk.storage import assessment_store
from calfdesk.storage.database import Database


def check_answers(answers: object) -> dict[str, AnswerValue]:
    """The answers in their checked form (tick lists as tuples); raises InvalidInput naming a bad one."""
    return validate_answers(answers)


def run_assessment(answers: object) -> AssessmentResult:
    """The result for a JSON answers object; raises InvalidInput naming a bad key or value. Saves nothing."""
    return assess(answers)


def save_assessment(
    db: Database, answers: object, result: AssessmentResult | None = None, *, taken_at: dt.datetime | None = None
) -> SavedAssessment:
    """Save a completed assessment (running the engine unless its result is given); returns it with its id."""
    checked = validate_answers(answers)
    moment = taken_at or dt.datetime.now().astimezone().replace(microsecond=0)
    saved = SavedAssessment(moment, checked, result if result is not None else assess(checked))
    return assessment_store.add_assessment(db, saved)


def list_history(db: Database) -> list[AssessmentSummary]:
    """Every saved assessment, newest first."""
    return assessment_store.list_summaries(db)


def get_assessment(db: Database, assessment_id: int) -> SavedAssessment | None:
    """A saved assessment, in the language spoken now when its answers still give the result it saved (see
    calfdesk.domain.assessment.in_language_spoken), else as it was saved."""
    saved = assessment_store.get_assessment(db, assessment_id)
    return in_language_spoken(saved) if saved is not None else None
