"""A run's source is checked in Python against the importers' registry, no longer by the run table.

The table's CHECK on `source` is dropped (batch mode: SQLite rebuilds the table without it), so a new format
needs no migration. Going back restores the check after removing the runs of sources it does not allow.

Rebuilding drops the old table, and with foreign keys on (they cannot be turned off inside the migration's
transaction) that deletes the rows of run_merged_source by cascade: they are kept aside in a temporary table
and put back.

Revision ID: 0008_source_from_registry
Revises: 0007_plan_safety
Create Date: 2026-12-06
"""

from collections.abc import Callable, Sequence

from alembic import op

revision: str = "0008_source_from_registry"
down_revision: str | Sequence[str] | None = "0007_plan_safety"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECKED_SOURCES = "source IN ('gpx', 'tcx', 'fit', 'strava', 'garmin', 'apple_health', 'manual')"


def _keeping_merged_sources(rebuild: Callable[[], None]) -> None:
    op.execute("CREATE TEMPORARY TABLE kept_merged_source AS SELECT run_id, source FROM run_merged_source")
    rebuild()
    op.execute(
        "INSERT OR IGNORE INTO run_merged_source (run_id, source) SELECT kept.run_id, kept.source "
        "FROM kept_merged_source AS kept JOIN run ON run.id = kept.run_id"
    )
    op.execute("DROP TABLE kept_merged_source")


def _drop_check() -> None:
    with op.batch_alter_table("run", recreate="always") as batch:
        batch.drop_constraint("ck_run_source", type_="check")


def _add_check() -> None:
    with op.batch_alter_table("run", recreate="always") as batch:
        batch.create_check_constraint("ck_run_source", CHECKED_SOURCES)


def upgrade() -> None:
    _keeping_merged_sources(_drop_check)


def downgrade() -> None:
    op.execute(f"DELETE FROM run WHERE NOT ({CHECKED_SOURCES})")
    _keeping_merged_sources(_add_check)
