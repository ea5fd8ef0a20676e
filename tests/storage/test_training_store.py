"""Runs and shoes in the data file: weekly sums in SQL, shoe mileage, imports with duplicates, all or nothing."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from calfdesk.domain.runs import make_run
from calfdesk.domain.shoes import make_shoe
from calfdesk.errors import InvalidInput
from calfdesk.services import training
from calfdesk.storage import run_import_store, training_store
from calfdesk.storage.database import Database
from calfdesk.words.training import file_words
from tests.training_files import START, fit_bytes, gpx_text, strava_csv, strava_row, tcx_text

EST = dt.timezone(dt.timedelta(hours=-5))


def run_at(when: dt.datetime, km: float, gain: float | None = 10.0, **extra: object) -> object:
    return make_run(start=when, duration_s=km * 330, distance_km=km, elevation_gain_m=gain, **extra)  # type: ignore[arg-type]


def test_weekly_totals_are_summed_in_sql_by_local_date_and_week_start(db: Database) -> None:
    runs = [
        # Sunday 1 March 23:30 in New York is Monday 2 March in UTC: it belongs to the local Sunday.
        run_at(dt.datetime(2026, 3, 1, 23, 30, tzinfo=EST), 10.0, 100.0, hill=True),
        run_at(dt.datetime(2026, 3, 2, 7, 0, tzinfo=EST), 5.0, None),
        run_at(dt.datetime(2026, 3, 4, 7, 0, tzinfo=EST), 7.5, 20.0, speed=True),
        run_at(dt.datetime(2026, 3, 15, 7, 0, tzinfo=EST), 12.0, 50.0),
    ]
    run_import_store.add_imported_runs(db, runs)  # type: ignore[arg-type]
    monday = training_store.weekly_totals(db, 0)
    assert [(w.week_start, w.distance_km, w.elevation_gain_m, w.runs, w.hill_runs, w.speed_runs) for w in monday] == [
        (dt.date(2026, 2, 23), 10.0, 100.0, 1, 1, 0),
        (dt.date(2026, 3, 2), 12.5, 20.0, 2, 0, 1),
        (dt.date(2026, 3, 9), 12.0, 50.0, 1, 0, 0),
    ]
    sunday = training_store.weekly_totals(db, 6)
    assert [(w.week_start, w.distance_km) for w in sunday] == [
        (dt.date(2026, 3, 1), 22.5),
        (dt.date(2026, 3, 15), 12.0),
    ]
    weeks = training.training_load(db, 6, today=dt.date(2026, 3, 20))
    assert [(w.week_start, w.distance_km) for w in weeks] == [
        (dt.date(2026, 3, 1), 22.5),
        (dt.date(2026, 3, 8), 0.0),
        (dt.date(2026, 3, 15), 12.0),
    ]


def test_runs_keep_their_local_offset(db: Database) -> None:
    saved = training.add_run(db, run_at(dt.datetime(2026, 3, 1, 23, 30, tzinfo=EST), 10.0))  # type: ignore[arg-type]
    (stored,) = training.list_runs(db)
    assert stored.id == saved.id
    assert stored.start == dt.datetime(2026, 3, 1, 23, 30, tzinfo=EST)
    assert stored.start.utcoffset() == dt.timedelta(hours=-5)
    assert stored.local_date == dt.date(2026, 3, 1)


def test_shoe_mileage_default_and_retire(db: Database) -> None:
    first = training.add_shoe(db, make_shoe(name="Pegasus", start_km=100, is_default=True))
    second = training.add_shoe(db, make_shoe(name="Trail", alert_km=500, is_default=True))
    shoes = {shoe.name: shoe for shoe in training.list_shoes(db)}
    assert not shoes["Pegasus"].is_default and shoes["Trail"].is_default  # only one default
    assert second.id is not None and first.id is not None
    training.add_run(db, run_at(START, 10.0))  # type: ignore[arg-type]
    training.add_run(db, run_at(START + dt.timedelta(days=1), 6.0, shoe_id=first.id))  # type: ignore[arg-type]
    shoes = {shoe.name: shoe for shoe in training.list_shoes(db)}
    assert shoes["Trail"].distance_km == 10.0 and shoes["Trail"].run_count == 1
    assert shoes["Pegasus"].distance_km == 106.0
    retired = training.retire_shoe(db, second.id)
    assert retired.retired and not retired.is_default
    assert training.default_shoe(db) is None
    assert [shoe.name for shoe in training.list_shoes(db, include_retired=False)] == ["Pegasus"]
    with pytest.raises(InvalidInput, match="retired"):
        training.set_default_shoe(db, second.id)
    training.set_default_shoe(db, first.id)
    assert training.default_shoe(db) == training_store.get_shoe(db, first.id)
    with pytest.raises(InvalidInput, match="no shoe 99"):
        training.retire_shoe(db, 99)


def test_the_database_refuses_two_default_shoes(db: Database) -> None:
    training.add_shoe(db, make_shoe(name="A", is_default=True))
    with db.raw(write=True) as connection, pytest.raises(sqlite3.IntegrityError):
        connection.execute(
            "INSERT INTO shoe (name, start_km, alert_km, retired, is_default, created_utc) "
            "VALUES ('B', 0, 800, 0, 1, '')"
        )


def test_edit_and_delete_a_run(db: Database) -> None:
    shoe = training.add_shoe(db, make_shoe(name="Pegasus"))
    saved = training.add_run(db, run_at(START, 10.0))  # type: ignore[arg-type]
    from dataclasses import replace

    before = training.edit_run(db, replace(saved, distance_km=11.0, hill=True, notes="hilly loop", shoe_id=shoe.id))
    assert before.distance_km == 10.0
    (edited,) = training.list_runs(db)
    assert (edited.distance_km, edited.hill, edited.notes, edited.shoe_name) == (11.0, True, "hilly loop", "Pegasus")
    with pytest.raises(InvalidInput, match="no shoe"):
        training.edit_run(db, replace(saved, shoe_id=42))
    assert saved.id is not None
    training.delete_run(db, saved.id)
    assert training.list_runs(db) == []


def test_import_skips_duplicates_across_formats_and_assigns_shoes(db: Database) -> None:
    training.add_shoe(db, make_shoe(name="Daily", is_default=True))
    first = training.import_data(db, "watch.fit", fit_bytes(distance_m=5000.0))
    assert (first.added, first.duplicates) == (1, 0)
    # The same run exported as TCX a minute later with 2% more distance is the same run from another source.
    again = training.import_data(
        db, "copy.tcx", tcx_text(start=START + dt.timedelta(minutes=1), lap_metres=5100.0).encode()
    )
    assert (again.added, again.duplicates, again.merged) == (0, 0, 1)
    assert "merged 1 run with the same run from another source" in file_words(again)
    (kept,) = training.list_runs(db)
    assert (kept.source, kept.distance_km) == ("fit", 5.0), "the FIT file's own totals are the more detailed"
    # Importing the TCX again: that source is already part of the run.
    assert (
        training.import_data(db, "copy.tcx", tcx_text(start=START + dt.timedelta(minutes=1)).encode()).duplicates == 1
    )
    export = strava_csv(
        [
            strava_row(1, "Mar 2, 2026, 7:00:30 AM", "Run", "5.00", "4990.0", gear="Racer"),
            strava_row(2, "Mar 9, 2026, 7:00:00 AM", "Run", "8.00", "8000.0", gear="Pegasus 40"),
            strava_row(3, "Mar 9, 2026, 7:01:00 AM", "Run", "8.00", "8010.0"),
            strava_row(4, "Mar 10, 2026, 7:00:00 AM", "Run", "6.00", "6000.0", gear="pegasus 40"),
            strava_row(6, "Mar 12, 2026, 7:00:00 AM", "Run", "4.00", "4000.0"),
            strava_row(5, "Mar 11, 2026, 7:00:00 AM", "Ride", "30.00", "30000.0"),
        ]
    )
    report = training.import_data(db, "activities.csv", export)
    # Row 1 is the stored FIT run (merged), row 3 repeats row 2 (a duplicate).
    assert (report.added, report.duplicates, report.merged, report.skipped_count) == (3, 1, 1, 1)
    assert report.new_shoes == ["Pegasus 40"]  # the duplicate's "Racer" is not created
    assert "added 3 runs" in file_words(report) and "skipped 1 duplicate" in file_words(report)
    shoes = {run.start.date(): run.shoe_name for run in training.list_runs(db)}
    assert shoes == {
        dt.date(2026, 3, 2): "Daily",  # the FIT file named no shoe: the default
        dt.date(2026, 3, 9): "Pegasus 40",
        dt.date(2026, 3, 10): "Pegasus 40",  # matched by name, whatever the case
        dt.date(2026, 3, 12): "Daily",
    }


def test_a_file_with_a_bad_row_imports_nothing(db: Database) -> None:
    export = strava_csv(
        [
            strava_row(1, "Mar 2, 2026, 7:00:00 AM", "Run", "5.00", "5000.0", gear="New shoe"),
            strava_row(2, "Mar 3, 2026, 7:00:00 AM", "Run", "5.00", "5000.0", moving="", gain=""),
        ]
    )
    export = export.replace(b"1900.0", b"")
    with pytest.raises(InvalidInput, match=r"activities.csv: line 3"):
        training.import_data(db, "activities.csv", export)
    assert training.list_runs(db) == [] and training.list_shoes(db) == []


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_import_files_reports_bad_files_by_name_and_imports_the_others(db: Database, tmp_path: Path) -> None:
    files = [
        write(tmp_path, "a.gpx", gpx_text().encode()),
        write(tmp_path, "broken.tcx", tcx_text().encode()[:300]),
        write(tmp_path, "b.fit", fit_bytes(start=START + dt.timedelta(days=2))),
        tmp_path / "missing.gpx",
        write(tmp_path, "again.gpx", gpx_text().encode()),
    ]
    steps: list[tuple[int, int, str]] = []
    report = training.import_files(db, files, progress=lambda *step: steps.append(step))
    assert [item.name for item in report.files] == ["a.gpx", "broken.tcx", "b.fit", "missing.gpx", "again.gpx"]
    assert [item.name for item in report.failed] == ["broken.tcx", "missing.gpx"]
    assert "truncated" in (report.files[1].error or "")
    assert "cannot read" in (report.files[3].error or "")
    assert (report.added, report.duplicates) == (2, 1)
    assert steps == [
        (0, 5, "a.gpx"),
        (1, 5, "broken.tcx"),
        (2, 5, "b.fit"),
        (3, 5, "missing.gpx"),
        (4, 5, "again.gpx"),
        (5, 5, ""),
    ]
    assert training_store.count_runs(db) == 2


def test_cancelling_stops_before_the_next_file_and_keeps_what_was_imported(db: Database, tmp_path: Path) -> None:
    files = [write(tmp_path, f"{day}.fit", fit_bytes(start=START + dt.timedelta(days=day))) for day in range(4)]
    done: list[str] = []
    report = training.import_files(
        db, files, progress=lambda index, total, name: done.append(name), cancelled=lambda: len(done) >= 2
    )
    assert report.cancelled
    assert [item.name for item in report.files] == ["0.fit", "1.fit"]
    assert report.not_started == ["2.fit", "3.fit"]
    assert training_store.count_runs(db) == 2
