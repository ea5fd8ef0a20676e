"""A run's source is checked in Python against the importers' registry, no longer by the run table.

The table's CHECK on `source` is dropped, so a new format needs no migration. Loosening a constraint leaves
every stored row valid, so the table definition is edited in place, as 0006_apple_health does and as SQLite
documents for such changes ("Making Other Kinds Of Table Schema Changes",
https://sqlite.org/lang_altertable.html): a rebuild of the table (Alembic's batch mode) would leave its old
pages free in the file, and would delete the rows of run_merged_source by cascade when it drops the old table
(foreign keys cannot be turned off inside the migration's transaction). Going back removes the runs of the
sources the old check does not allow, then puts the check back in place.

Revision ID: 0011_source_from_registry
Revises: 0010_measures
Create Date: 2026-12-06
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011_source_from_registry"
down_revision: str | Sequence[str] | None = "0010_measures"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CHECKED_SOURCES = "source IN ('gpx', 'tcx', 'fit', 'strava', 'garmin', 'apple_health', 'manual')"
SOURCE_CHECK = f", \n\tCONSTRAINT ck_run_source CHECK ({CHECKED_SOURCES})"
ANCHOR = ", \n\tCONSTRAINT ck_run_elevation CHECK (elevation_gain_m IS NULL OR elevation_gain_m >= 0)"


def _rewrite_run_table(old: str, new: str) -> None:
    bind = op.get_bind()
    sql = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'run'").scalar_one()
    if old not in sql:
        raise RuntimeError(f"the run table is not the expected one: {sql}")
    version = bind.exec_driver_sql("PRAGMA schema_version").scalar_one()
    bind.exec_driver_sql("PRAGMA writable_schema = ON")
    bind.exec_driver_sql(
        "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'run'", (sql.replace(old, new, 1),)
    )
    bind.exec_driver_sql(f"PRAGMA schema_version = {int(version) + 1}")
    bind.exec_driver_sql("PRAGMA writable_schema = OFF")


def upgrade() -> None:
    _rewrite_run_table(SOURCE_CHECK, "")


def downgrade() -> None:
    op.execute(f"DELETE FROM run WHERE NOT ({CHECKED_SOURCES})")
    _rewrite_run_table(ANCHOR, ANCHOR + SOURCE_CHECK)
