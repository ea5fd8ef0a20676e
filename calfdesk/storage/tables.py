"""Tables of the diary. Other features declare their tables in their own modules of this package and
import them in `calfdesk.storage.all_tables` so Alembic sees the whole schema."""

from __future__ import annotations

from sqlmodel import CheckConstraint, Field, Index, SQLModel


class DiaryEntryRow(SQLModel, table=True):
    __tablename__ = "diary_entry"
    __table_args__ = (
        CheckConstraint("soreness BETWEEN 0 AND 10", name="ck_diary_entry_soreness"),
        CheckConstraint("context IN ('morning', 'during_run', 'after_run', 'other')", name="ck_diary_entry_context"),
        CheckConstraint("location IN ('calf', 'achilles', 'both', 'other')", name="ck_diary_entry_location"),
        CheckConstraint("side IN ('left', 'right', 'both')", name="ck_diary_entry_side"),
        Index("ix_diary_entry_moment", "local_date", "local_time"),
    )

    id: int | None = Field(default=None, primary_key=True)
    local_date: str = Field(max_length=10, description="YYYY-MM-DD on the runner's wall clock")
    local_time: str = Field(max_length=5, description="HH:MM on the runner's wall clock")
    utc_offset_min: int = Field(description="UTC offset of that wall clock, minutes")
    context: str
    soreness: int
    location: str
    side: str
    stiffness_min: int | None = None
    notes: str = ""
    created_utc: str = Field(description="ISO 8601 UTC time the entry was first saved")
