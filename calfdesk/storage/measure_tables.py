"""Tables of the measures taken on a date (calfdesk.domain.measures): readings of every measure that has no
table of its own, the items a runner chose for a measure (the PSFS activities) and questionnaire packs."""

from __future__ import annotations

from sqlmodel import Field, Index, SQLModel


class MeasureReadingRow(SQLModel, table=True):
    __tablename__ = "measure_reading"
    __table_args__ = (Index("ix_measure_reading_kind_date", "kind", "local_date"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    local_date: str = Field(max_length=10)
    score: float | None = None
    # The reading's items as a JSON array of [name, value] pairs, in order.
    items_json: str
    recorded_utc: str


class MeasureChoiceRow(SQLModel, table=True):
    """The items the runner chose for a measure (the PSFS activities), as a JSON array of names."""

    __tablename__ = "measure_choice"

    kind: str = Field(primary_key=True)
    items_json: str
    chosen_utc: str


class MeasurePackRow(SQLModel, table=True):
    """A questionnaire pack a clinician gave the runner, kept as the text of its file."""

    __tablename__ = "measure_pack"

    kind: str = Field(primary_key=True)
    pack_text: str
    added_utc: str
