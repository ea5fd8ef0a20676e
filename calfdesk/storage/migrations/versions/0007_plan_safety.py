"""Plan safety: the runner's answer when a plan starts against the latest assessment's advice, and the pain
of hopping tried with a heel-raise test.

Revision ID: 0007_plan_safety
Revises: 0006_apple_health
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_plan_safety"
down_revision: str | Sequence[str] | None = "0006_apple_health"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy), so the file does not grow by a copy of these tables.
    op.add_column("rehab_enrolment", sa.Column("cleared_assessment_id", sa.Integer(), nullable=True))
    op.add_column("rehab_enrolment", sa.Column("cleared_assessment_date", sa.String(length=10), nullable=True))
    op.add_column("rehab_enrolment", sa.Column("cleared_advice", sa.String(), nullable=True))
    op.add_column("rehab_heel_raise_test", sa.Column("hop_pain", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rehab_heel_raise_test") as batch:
        batch.drop_column("hop_pain")
    with op.batch_alter_table("rehab_enrolment") as batch:
        batch.drop_column("cleared_advice")
        batch.drop_column("cleared_assessment_date")
        batch.drop_column("cleared_assessment_id")
