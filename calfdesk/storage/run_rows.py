"""A run as one row of the `run` table: its columns, the query that reads it back with its shoe's name, and
the conversions both ways (times are stored in UTC in the one form of `storage.instants`). Reading a row back
never fails: a value another program wrote where a time or a number belongs is read as the nearest harmless
value (see `to_run`), so the row is listed and can be deleted."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from calfdesk.domain.runs import Run
from calfdesk.storage.instants import in_offset, stored_instant, utc_text

RUN_COLUMNS: Final = (
    "start_utc, utc_offset_min, local_date, duration_s, distance_m, elevation_gain_m, source, source_file, "
    "title, shoe_id, hill, speed, notes"
)
RUN_SELECT: Final = (
    "SELECT run.id, run.start_utc, run.utc_offset_min, run.duration_s, run.distance_m, run.elevation_gain_m, "
    "run.source, run.source_file, run.title, run.shoe_id, shoe.name, run.hill, run.speed, run.notes "
    "FROM run LEFT JOIN shoe ON shoe.id = run.shoe_id"
)


def _number(value: object) -> float:
    """A stored number; 0 for anything else (text or NULL where a number belongs)."""
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def run_params(run: Run) -> tuple[Any, ...]:
    return (
        utc_text(run.start),
        run.utc_offset_min,
        run.local_date.isoformat(),
        run.duration_s,
        run.distance_km * 1000.0,
        run.elevation_gain_m,
        run.source,
        run.source_file,
        run.title,
        run.shoe_id,
        run.hill,
        run.speed,
        run.notes,
    )


def to_run(row: Sequence[Any]) -> Run:
    (run_id, start_utc, offset, duration, metres, gain, source, source_file, title, shoe_id, shoe_name) = row[:11]
    hill, speed, notes = row[11:14]
    return Run(
        start=in_offset(stored_instant(start_utc), offset),
        duration_s=_number(duration),
        distance_km=_number(metres) / 1000.0,
        elevation_gain_m=None if gain is None else _number(gain),
        source=source,
        title=title,
        shoe_id=shoe_id,
        shoe_name=shoe_name,
        hill=bool(hill),
        speed=bool(speed),
        notes=notes,
        source_file=source_file,
        id=run_id,
    )
