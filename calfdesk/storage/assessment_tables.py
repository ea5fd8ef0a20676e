"""Tables of the self-assessment history."""

from __future__ import annotations

from sqlmodel import CheckConstraint, Field, SQLModel


class AssessmentRow(SQLModel, table=True):
    __tablename__ = "assessment"
    __table_args__ = (
        CheckConstraint("triage IN ('emergency', 'urgent', 'see_clinician', 'self_care')", name="ck_assessment_triage"),
    )

    id: int | None = Field(default=None, primary_key=True)
    taken_at: str = Field(description="ISO 8601 moment with the runner's UTC offset, e.g. 2026-03-14T07:30:00+01:00")
    content_version: str = Field(description="content version of resources/knowledge the result was made with")
    answers_json: str = Field(description="the answers object as given (CONTRACTS.md)")
    result_json: str = Field(description="the result object as shown (CONTRACTS.md)")
    triage: str
    top_condition: str
    top_score: float
    plan: str | None = None
