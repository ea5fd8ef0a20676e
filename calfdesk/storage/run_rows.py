"""A run as one row of the `run` table: its columns, the query that reads it back with its shoe's name, and
the conversions both ways (times are stored in UTC as UTC_FORMAT text)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Final

from calfdesk.domain.runs import Run

UTC_FORMAT: Final = "%Y-%m-%dT%H:%M:%SZ"

RUN_COLUMNS: Final = (
    "start_utc, utc_offset_min, local_date, duration_s, distance_m, elevation_gain_m, source, source_file, "
    "title, shoe_id, hill, speed, notes"
)
RUN_SELECT: Final = (
    "SELECT run.id, run.start_utc, run.utc_offset_min, run.duration_s, run.distance_m, run.elevation_gain_m, "
    "run.source, run.source_file, run.title, run.shoe_id, shoe.name, run.hill, run.speed, run.notes "
    "FROM run LEFT JOIN shoe ON shoe.id = run.shoe_id"
)


def utc_moment(text: str) -> dt.datetime:
    """A stored UTC_FORMAT time back as an aware moment (fromisoformat: strptime costs ten times more, per run)."""
    return dt.datetime.fromisoformat(text)


def utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime(UTC_FORMAT)


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
    start = utc_moment(start_utc)
    return Run(
        start=start.astimezone(dt.timezone(dt.timedelta(minutes=offset))),
        duration_s=duration,
        distance_km=metres / 1000.0,
        elevation_gain_m=gain,
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
