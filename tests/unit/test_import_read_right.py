"""Files of real watches and sites that used to be refused or misread: FIT files cut short, chained, or timed
from the watch's start; GPX routes with made-up times and points without a position; impossible speeds."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from calfdesk.errors import InvalidInput
from calfdesk.importers import read_activity_file
from calfdesk.services import training
from calfdesk.storage import training_store
from calfdesk.words.training import not_a_run_words
from tests.training_files import START, fit_bytes

DATA = Path(__file__).resolve().parents[1] / "data"


def real(folder: str, name: str) -> bytes:
    return (DATA / folder / name).read_bytes()


# FIT ---------------------------------------------------------------------------------------------------


def test_a_strava_android_file_with_an_undefined_message_after_its_session_keeps_its_run() -> None:
    result = read_activity_file("strava.fit", real("fit", "strava-android-app-201.10-b1218918.fit"))
    (run,) = result.runs
    # The file's own session (see tests/data/fit/LICENSES.md).
    assert run.start == dt.datetime(2021, 9, 27, 14, 13, 10, tzinfo=dt.UTC)
    assert run.duration_s == 3558.0
    assert run.distance_km == pytest.approx(11.27404)
    assert any("local message 11 not defined" in note for note in result.notes)


def test_a_chained_settings_file_after_the_activity_is_passed_over() -> None:
    result = read_activity_file("chained.fit", real("fit", "activity-settings.fit"))
    (run,) = result.runs
    assert run.start == dt.datetime(2012, 4, 9, 21, 22, 26, tzinfo=dt.UTC)
    assert run.duration_s == pytest.approx(13.749)
    assert result.notes == ["a 'settings' file chained after the activity was not read (it holds no run)"]


def test_an_older_garmin_file_timed_from_the_watch_start_takes_its_date_from_the_activity_wall_clock() -> None:
    result = read_activity_file("fr70.fit", real("fit", "compressed-speed-distance.fit"))
    (run,) = result.runs
    # fitparse's expected records end at 10248.6875 m; the session's timer is 3772.75 s.
    assert run.distance_km == pytest.approx(10.2486875, rel=1e-4)
    assert run.duration_s == pytest.approx(3772.75)
    # The activity's wall clock, 2012-02-13 12:21:03, is 3887 s after the session's start.
    assert run.start.replace(tzinfo=None) == dt.datetime(2012, 2, 13, 11, 16, 16)


def test_a_file_damaged_before_any_session_is_still_refused() -> None:
    with pytest.raises(InvalidInput, match="truncated"):
        read_activity_file("cut.fit", real("fit", "strava-android-app-201.10-b1218918.fit")[:4000])


def test_a_session_cut_short_before_its_records_end_takes_the_records() -> None:
    # The watch wrote its session after 1,200 s, but recorded for 1,500 s (6 records, 300 s apart).
    run = read_activity_file("suunto.fit", fit_bytes(timer_s=1200, distance_m=5000)).runs[0]
    assert run.duration_s == 1500
    # A complete session is the file's own total, records or not.
    assert read_activity_file("whole.fit", fit_bytes(timer_s=1500)).runs[0].duration_s == 1500
    assert read_activity_file("paused.fit", fit_bytes(timer_s=1480)).runs[0].duration_s == 1480


# GPX ---------------------------------------------------------------------------------------------------


def test_a_planned_route_with_made_up_times_is_not_a_run() -> None:
    result = read_activity_file("gpsies.gpx", real("gpx", "bike-tour-gpsies.gpx"))
    assert result.runs == []
    assert result.skipped == {"planned routes (their times are made up from a steady speed)": 1}


def test_recorded_gpx_tracks_are_not_taken_for_planned_routes() -> None:
    from tests.conftest import SHARED_RUNS

    if not SHARED_RUNS.is_dir():
        pytest.skip(f"the shared real run files are not present at {SHARED_RUNS}")
    for name in ("runpandas_strava_export_run.gpx", "runpandas_tomtom_run.gpx"):
        assert len(read_activity_file(name, (SHARED_RUNS / name).read_bytes()).runs) == 1


def _gpx(points: str) -> bytes:
    return (
        '<?xml version="1.0"?><gpx version="1.1" creator="watch" xmlns="http://www.topografix.com/GPX/1/1">'
        f"<trk><type>running</type><trkseg>{points}</trkseg></trk></gpx>"
    ).encode()


def test_gpx_points_with_a_time_but_no_position_are_passed_over() -> None:
    unplaced = "".join(f"<trkpt><time>2026-03-02T07:00:0{second}Z</time></trkpt>" for second in range(3))
    placed = "".join(
        f'<trkpt lat="{52 + index * 0.009:.3f}" lon="4.0"><time>2026-03-02T07:{index * 5:02d}:00Z</time></trkpt>'
        for index in range(1, 7)
    )
    result = read_activity_file("watch.gpx", _gpx(unplaced + placed))
    (run,) = result.runs
    assert run.start == dt.datetime(2026, 3, 2, 7, 5, tzinfo=dt.UTC)
    assert run.duration_s == 25 * 60
    assert run.distance_km == pytest.approx(5.0, rel=0.01)
    assert result.notes == ["3 track points without a position were passed over"]


# Plausibility ------------------------------------------------------------------------------------------


def test_a_run_declared_running_at_a_thousand_km_h_is_not_taken(db) -> None:
    # 1,000 km in an hour, the file saying "running".
    data = fit_bytes(distance_m=999_000, timer_s=3600)
    report = training.import_data(db, "plane.fit", data)
    assert report.added == 0
    [item] = report.not_taken
    assert not_a_run_words(item.reason) == "not a run: average 999 km/h"
    assert training_store.list_runs(db) == []
    # A declared run at a slow pace is still a run (run-walk sessions are declared runs).
    slow = training.import_data(db, "walk.fit", fit_bytes(start=START, distance_m=3000, timer_s=3600))
    assert slow.added == 1
