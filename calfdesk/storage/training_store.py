"""Reading and writing runs and shoes. Bulk inserts and the weekly sums go through SQL; everything
returns domain objects."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Sequence
from typing import Any, Final

from calfdesk.domain.days import believable_days
from calfdesk.domain.runs import HILL_CLIMB_M_PER_KM, Run
from calfdesk.domain.shoes import Shoe
from calfdesk.domain.weekly_load import WeekTotals, check_first_weekday
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.storage.database import Database, utc_now_iso
from calfdesk.storage.instants import stored_instant, utc_text
from calfdesk.storage.run_rows import RUN_COLUMNS, RUN_SELECT, run_params, to_run

_tr = Texts(__name__)

# A hill session as `Run.hill_session` decides it: marked by the runner, or climbed HILL_CLIMB_M_PER_KM or more.
_HILL_SESSION: Final = (
    f"(run.hill OR COALESCE(run.elevation_gain_m, 0) * 1000.0 >= {HILL_CLIMB_M_PER_KM!r} * run.distance_m)"
)

# A distance SQLite holds as a number (a row garbled by another program may hold text).
_NUMERIC_DISTANCE: Final = "typeof({table}.distance_m) IN ('integer', 'real')"

_SHOE_SELECT: Final = (
    "SELECT shoe.id, shoe.name, shoe.start_km, shoe.alert_km, shoe.retired, shoe.is_default, "
    "COALESCE(SUM(run.distance_m), 0) / 1000.0, COUNT(run.id) "
    "FROM shoe LEFT JOIN run ON run.shoe_id = shoe.id"
)


def _to_shoe(row: Sequence[Any]) -> Shoe:
    shoe_id, name, start_km, alert_km, retired, is_default, run_km, run_count = row
    return Shoe(
        name=name,
        start_km=start_km,
        alert_km=alert_km,
        retired=bool(retired),
        is_default=bool(is_default),
        run_km=run_km,
        run_count=run_count,
        id=shoe_id,
    )


def _check_shoe(connection: sqlite3.Connection, shoe_id: int | None) -> None:
    if shoe_id is not None and connection.execute("SELECT 1 FROM shoe WHERE id = ?", (shoe_id,)).fetchone() is None:
        raise InvalidInput(_tr("shoe: there is no shoe {id}").format(id=shoe_id), field="shoe")


# Runs -------------------------------------------------------------------------------------------------


def add_run(db: Database, run: Run) -> Run:
    with db.raw(write=True) as connection:
        _check_shoe(connection, run.shoe_id)
        cursor = connection.execute(
            f"INSERT INTO run ({RUN_COLUMNS}, created_utc) VALUES ({', '.join('?' * 14)})",
            (*run_params(run), utc_now_iso()),
        )
        run_id = cursor.lastrowid
        assert run_id is not None
        row = connection.execute(f"{RUN_SELECT} WHERE run.id = ?", (run_id,)).fetchone()
    return to_run(row)


def update_run(db: Database, run: Run) -> Run:
    """Replace a run's values; returns the version before the change."""
    assert run.id is not None
    assignments = ", ".join(f"{name.strip()} = ?" for name in RUN_COLUMNS.split(","))
    with db.raw(write=True) as connection:
        before = connection.execute(f"{RUN_SELECT} WHERE run.id = ?", (run.id,)).fetchone()
        if before is None:
            raise InvalidInput(_tr("run: there is no run {id}").format(id=run.id), field="run")
        _check_shoe(connection, run.shoe_id)
        connection.execute(f"UPDATE run SET {assignments} WHERE id = ?", (*run_params(run), run.id))
    return to_run(before)


def delete_run(db: Database, run_id: int) -> Run:
    with db.raw(write=True) as connection:
        before = connection.execute(f"{RUN_SELECT} WHERE run.id = ?", (run_id,)).fetchone()
        if before is None:
            raise InvalidInput(_tr("run: there is no run {id}").format(id=run_id), field="run")
        connection.execute("DELETE FROM run WHERE id = ?", (run_id,))
    return to_run(before)


def list_runs(
    db: Database, start: dt.date | None = None, end: dt.date | None = None, *, newest_first: bool = False
) -> list[Run]:
    # Without bounds every row is listed, one whose date another program garbled too, so it can be deleted.
    low = start.isoformat() if start else None
    high = end.isoformat() if end else None
    order = "DESC" if newest_first else "ASC"
    with db.raw() as connection:
        rows = connection.execute(
            f"{RUN_SELECT} WHERE (?1 IS NULL OR run.local_date >= ?1) AND (?2 IS NULL OR run.local_date <= ?2) "
            f"ORDER BY run.start_utc {order}, run.id {order}",
            (low, high),
        ).fetchall()
    return [to_run(row) for row in rows]


def daily_distance(db: Database, start: dt.date, end: dt.date) -> list[tuple[dt.date, float]]:
    """(local date, km run that day) of each day of [start, end] with a run, oldest first."""
    with db.raw() as connection:
        rows = connection.execute(
            "SELECT local_date, sum(distance_m) / 1000.0 FROM run WHERE local_date BETWEEN ? AND ? GROUP BY local_date "
            "ORDER BY local_date",
            (start.isoformat(), end.isoformat()),
        ).fetchall()
    return [(dt.date.fromisoformat(day), float(km or 0.0)) for day, km in rows]


def run_days(db: Database, end: dt.date) -> list[tuple[dt.date, bool, int | None]]:
    """(local date, hill session, shoe id) of every run up to `end`, oldest first, without building a Run for
    each."""
    first, _last = believable_days()
    with db.raw() as connection:
        rows = connection.execute(
            f"SELECT date(local_date), {_HILL_SESSION}, shoe_id FROM run WHERE date(local_date) BETWEEN ? AND ? "
            "ORDER BY start_utc, id",
            (first.isoformat(), end.isoformat()),
        ).fetchall()
    return [(dt.date.fromisoformat(day), bool(hill), shoe_id) for day, hill, shoe_id in rows]


def longest_before(
    db: Database, window_days: int, start: dt.date | None = None, end: dt.date | None = None
) -> list[tuple[int, float, float | None]]:
    """(id, distance km, longest km of the runs of the `window_days` before it or None) for each run of
    [start, end], oldest first, in one query (the start index finds each run's window). Rows another program
    garbled (a distance that is no number, a date outside the believable range) take part in neither side."""
    first, last = believable_days()
    low = max(start, first).isoformat() if start else first.isoformat()
    high = min(end, last).isoformat() if end else last.isoformat()
    with db.raw() as connection:
        rows = connection.execute(
            "SELECT run.id, run.distance_m, (SELECT MAX(earlier.distance_m) FROM run AS earlier "
            "WHERE earlier.start_utc < run.start_utc "
            "AND earlier.start_utc >= strftime('%Y-%m-%dT%H:%M:%SZ', run.start_utc, '-' || ? || ' days') "
            f"AND {_NUMERIC_DISTANCE.format(table='earlier')}) "
            f"FROM run WHERE date(run.local_date) BETWEEN ? AND ? AND {_NUMERIC_DISTANCE.format(table='run')} "
            "ORDER BY run.start_utc, run.id",
            (window_days, low, high),
        ).fetchall()
    return [
        (run_id, metres / 1000.0, None if longest is None else longest / 1000.0) for run_id, metres, longest in rows
    ]


def count_runs(db: Database) -> int:
    with db.raw() as connection:
        return int(connection.execute("SELECT COUNT(*) FROM run").fetchone()[0])


def starts_between(db: Database, low: dt.datetime, high: dt.datetime) -> list[tuple[dt.datetime, float]]:
    """Start and distance (km) of the stored runs starting in [low, high], for duplicate checks."""
    with db.raw() as connection:
        rows = connection.execute(
            "SELECT start_utc, distance_m FROM run WHERE start_utc BETWEEN ? AND ?", (utc_text(low), utc_text(high))
        ).fetchall()
    return [(stored_instant(text), metres / 1000.0) for text, metres in rows]


def weekly_totals(db: Database, first_weekday: int = 0) -> list[WeekTotals]:
    """Distance, climb and session counts per week, summed in SQL; weeks start on `first_weekday`
    (0 Monday .. 6 Sunday) of the runner's local calendar."""
    check_first_weekday(first_weekday)
    sqlite_first = (first_weekday + 1) % 7  # SQLite's %w counts from Sunday = 0
    with db.raw() as connection:
        rows = connection.execute(
            "SELECT date(local_date, '-' || ((CAST(strftime('%w', local_date) AS INTEGER) - ? + 7) % 7) || ' days') "
            f"AS week, SUM(distance_m) / 1000.0, SUM(COALESCE(elevation_gain_m, 0)), COUNT(*), SUM({_HILL_SESSION}), "
            "SUM(speed), MIN(date(local_date)) "
            "FROM run WHERE date(local_date) BETWEEN ? AND ? GROUP BY week ORDER BY week",
            (sqlite_first, *(day.isoformat() for day in believable_days())),
        ).fetchall()
    return [
        WeekTotals(dt.date.fromisoformat(week), km, gain, count, int(hills), int(speeds), dt.date.fromisoformat(first))
        for week, km, gain, count, hills, speeds, first in rows
    ]


# Shoes ------------------------------------------------------------------------------------------------


def add_shoe(db: Database, shoe: Shoe) -> Shoe:
    with db.raw(write=True) as connection:
        if shoe.is_default:
            connection.execute("UPDATE shoe SET is_default = 0 WHERE is_default")
        cursor = connection.execute(
            "INSERT INTO shoe (name, start_km, alert_km, retired, is_default, created_utc) VALUES (?, ?, ?, ?, ?, ?)",
            (shoe.name, shoe.start_km, shoe.alert_km, shoe.retired, shoe.is_default, utc_now_iso()),
        )
        shoe_id = cursor.lastrowid
        assert shoe_id is not None
        row = connection.execute(f"{_SHOE_SELECT} WHERE shoe.id = ? GROUP BY shoe.id", (shoe_id,)).fetchone()
    return _to_shoe(row)


def get_shoe(db: Database, shoe_id: int) -> Shoe | None:
    with db.raw() as connection:
        row = connection.execute(f"{_SHOE_SELECT} WHERE shoe.id = ? GROUP BY shoe.id", (shoe_id,)).fetchone()
    return _to_shoe(row) if row is not None else None


def list_shoes(db: Database, *, include_retired: bool = True) -> list[Shoe]:
    """Shoes with the distance of their runs summed in SQL; active shoes first, then by name."""
    where = "" if include_retired else "WHERE NOT shoe.retired "
    with db.raw() as connection:
        rows = connection.execute(
            f"{_SHOE_SELECT} {where}GROUP BY shoe.id ORDER BY shoe.retired, shoe.name COLLATE NOCASE, shoe.id"
        ).fetchall()
    return [_to_shoe(row) for row in rows]


def update_shoe(db: Database, shoe: Shoe) -> Shoe:
    """Save a shoe's name, distances, retired and default state; returns the version before."""
    assert shoe.id is not None
    before = get_shoe(db, shoe.id)
    if before is None:
        raise InvalidInput(_tr("shoe: there is no shoe {id}").format(id=shoe.id), field="shoe")
    with db.raw(write=True) as connection:
        if shoe.is_default:
            connection.execute("UPDATE shoe SET is_default = 0 WHERE is_default AND id != ?", (shoe.id,))
        connection.execute(
            "UPDATE shoe SET name = ?, start_km = ?, alert_km = ?, retired = ?, is_default = ? WHERE id = ?",
            (shoe.name, shoe.start_km, shoe.alert_km, shoe.retired, shoe.is_default, shoe.id),
        )
    return before
