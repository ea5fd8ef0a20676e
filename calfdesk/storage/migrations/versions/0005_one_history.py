"""Joins the assessment, training and rehab revisions into one history; changes no table.

Revision ID: 0005_one_history
Revises: 0002_assessment, 0003_training, 0004_rehab
Create Date: 2026-11-25
"""

from collections.abc import Sequence

revision: str = "0005_one_history"
down_revision: str | Sequence[str] | None = ("0002_assessment", "0003_training", "0004_rehab")
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Nothing to change: the three feature revisions already created their tables."""


def downgrade() -> None:
    """Nothing to undo."""
