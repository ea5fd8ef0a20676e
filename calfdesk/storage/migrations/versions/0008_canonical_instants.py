"""Canonical instants: the start of every run stored with its year in four digits.

Earlier versions wrote a run's UTC start with `strftime("%Y")`, which leaves out the leading zeros of a year
before 1000 ("2-06-01T07:00:00Z"); such text neither reads back as ISO 8601 nor sorts in time order. Those
starts are rewritten as `YYYY-MM-DDTHH:MM:SSZ`; every other row is left as it is.

Revision ID: 0008_canonical_instants
Revises: 0007_plan_safety
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008_canonical_instants"
down_revision: str | Sequence[str] | None = "0007_plan_safety"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "UPDATE run SET start_utc = "
        "printf('%04d', CAST(substr(start_utc, 1, instr(start_utc, '-') - 1) AS INTEGER)) "
        "|| substr(start_utc, instr(start_utc, '-')) "
        "WHERE start_utc GLOB '[0-9]*-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]Z' "
        "AND NOT start_utc GLOB '[0-9][0-9][0-9][0-9]-*'"
    )


def downgrade() -> None:
    # The canonical form is what every version reads; nothing to undo.
    pass
