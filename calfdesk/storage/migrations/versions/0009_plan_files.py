"""Plan files: a plan started from a clinician's plan file keeps the file as it was read, and its name; a plan
ended by the pain model's advice to stop loading keeps that advice.

Revision ID: 0009_plan_files
Revises: 0008_canonical_instants
Create Date: 2026-12-06
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_plan_files"
down_revision: str | Sequence[str] | None = "0008_canonical_instants"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN (no table copy); NULL for a built-in plan.
    op.add_column("rehab_enrolment", sa.Column("plan_file_text", sa.String(), nullable=True))
    op.add_column("rehab_enrolment", sa.Column("plan_file_name", sa.String(), nullable=True))
    op.add_column("rehab_enrolment", sa.Column("ended_reason", sa.String(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("rehab_enrolment") as batch:
        batch.drop_column("ended_reason")
        batch.drop_column("plan_file_name")
        batch.drop_column("plan_file_text")
