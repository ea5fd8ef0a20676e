"""Tables of runs and shoes."""

from __future__ import annotations

from sqlmodel import CheckConstraint, Field, Index, SQLModel


class ShoeRow(SQLModel, table=True):
    __tablename__ = "shoe"
    __table_args__ = (
        CheckConstraint("start_km >= 0", name="ck_shoe_start_km"),
        CheckConstraint("alert_km > 0", name="ck_shoe_alert_km"),
        CheckConstraint("NOT (retired AND is_default)", name="ck_shoe_retired_not_default"),
        # At most one default shoe.
        Index("ux_shoe_default", "is_default", unique=True, sqlite_where="is_default"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str
    start_km: float = 0.0
    alert_km: float
    retired: bool = False
    is_default: bool = False
    created_utc: str


class RunRow(SQLModel, table=True):
    __tablename__ = "run"
    __table_args__ = (
        CheckConstraint("distance_m > 0", name="ck_run_distance"),
        CheckConstraint("duration_s > 0", name="ck_run_duration"),
        CheckConstraint("elevation_gain_m IS NULL OR elevation_gain_m >= 0", name="ck_run_elevation"),
        Index("ix_run_start", "start_utc"),
        Index("ix_run_local_date", "local_date"),
        Index("ix_run_shoe", "shoe_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    start_utc: str = Field(description="ISO 8601 UTC start, YYYY-MM-DDTHH:MM:SSZ")
    utc_offset_min: int = Field(description="UTC offset of the runner's wall clock at the start, minutes")
    local_date: str = Field(max_length=10, description="YYYY-MM-DD of the start on the runner's wall clock")
    duration_s: float
    distance_m: float
    elevation_gain_m: float | None = None
    # Checked in Python against the sources the importers register (calfdesk.domain.sources), not here.
    source: str
    source_file: str = ""
    title: str = ""
    shoe_id: int | None = Field(default=None, foreign_key="shoe.id", ondelete="SET NULL")
    hill: bool = False
    speed: bool = False
    notes: str = ""
    created_utc: str


class RunMergedSourceRow(SQLModel, table=True):
    """Another source that held the same run and was merged into it (a re-import of it adds nothing)."""

    __tablename__ = "run_merged_source"

    run_id: int = Field(foreign_key="run.id", ondelete="CASCADE", primary_key=True)
    source: str = Field(primary_key=True)
