"""Runs may come from an Apple Health export, and a run remembers the other sources merged into it.

The run table's source check gains one value. Loosening a CHECK constraint leaves every stored row valid, so
the table definition is edited in place as SQLite documents for such changes ("Making Other Kinds Of Table
Schema Changes", https://sqlite.org/lang_altertable.html): no copy of the table, no free pages left behind.

Revision ID: 0006_apple_health
Revises: 0005_one_history
Create Date: 2026-11-27
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_apple_health"
down_revision: str | Sequence[str] | None = "0005_one_history"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_SOURCES = "'strava', 'garmin', 'manual')"
NEW_SOURCES = "'strava', 'garmin', 'apple_health', 'manual')"


def _rewrite_run_table(old: str, new: str) -> None:
    bind = op.get_bind()
    sql = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'run'").scalar_one()
    if old not in sql:
        raise RuntimeError(f"the run table's source check is not the expected one: {sql}")
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'run'", (sql.replace(old, new, 1),)
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    _rewrite_run_table(OLD_SOURCES, NEW_SOURCES)
    op.create_table(
        "run_merged_source",
        sa.Column("run_id", sa.Integer(), sa.ForeignKey("run.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("source", sa.String(), primary_key=True),
    )


def downgrade() -> None:
    op.drop_table("run_merged_source")
    op.execute("DELETE FROM run WHERE source = 'apple_health'")
    _rewrite_run_table(NEW_SOURCES, OLD_SOURCES)
