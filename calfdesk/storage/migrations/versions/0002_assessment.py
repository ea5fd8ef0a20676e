"""The self-assessment history.

Revision ID: 0002_assessment
Revises: 0001_diary
Create Date: 2026-11-25
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_assessment"
down_revision: str | Sequence[str] | None = "0001_diary"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assessment",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("taken_at", sa.String(), nullable=False),
        sa.Column("content_version", sa.String(), nullable=False),
        sa.Column("answers_json", sa.String(), nullable=False),
        sa.Column("result_json", sa.String(), nullable=False),
        sa.Column("triage", sa.String(), nullable=False),
        sa.Column("top_condition", sa.String(), nullable=False),
        sa.Column("top_score", sa.Float(), nullable=False),
        sa.Column("plan", sa.String(), nullable=True),
        sa.CheckConstraint(
            "triage IN ('emergency', 'urgent', 'see_clinician', 'self_care')", name="ck_assessment_triage"
        ),
    )


def downgrade() -> None:
    op.drop_table("assessment")
