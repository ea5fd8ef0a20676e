"""`calfdesk runs import` with whole histories: Strava, Garmin Connect and Apple Health exports, folders,
and a plugged-in watch; each source's distances against hand-computed values, runs found in two sources
counted once, shoes from gear names."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from calfdesk.domain.track import track_length_m
from tests.cli.conftest import Runner
from tests.conftest import SHARED_RUNS
from tests.export_archives import (
    GarminActivity,
    StravaActivity,
    garmin_export,
    health_export,
    health_workout,
    health_xml,
    strava_export,
    zip_bytes,
)
from tests.training_files import START, _fit_time, _FitWriter, fit_bytes, gpx_text, line_points

needs_shared = pytest.mark.skipif(
    not SHARED_RUNS.is_dir(), reason=f"the shared real run files are not present at {SHARED_RUNS}"
)
PLUS_ONE = dt.timezone(dt.timedelta(hours=1))
# gpx_text tracks: points 0.009 degrees of latitude apart.
NINE_POINTS_KM = track_length_m(line_points(9)) / 1000.0


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def runs(cli: Runner) -> list[dict[str, object]]:
    code, out, _ = cli("runs", "list", "--json")
    assert code == 0
    result: list[dict[str, object]] = json.loads(out)
    return result


def shoes(cli: Runner) -> dict[str, int]:
    return {shoe["name"]: shoe["runs"] for shoe in json.loads(cli("shoes", "list", "--json")[1])}


def rising_gpx(start: dt.datetime, points: int = 9, activity_type: str | None = "running") -> bytes:
    # Heights 10, 20, ... : the smoothed climb is the whole rise, 10 m per step.
    return gpx_text(
        points=points,
        start=start,
        elevations=[10.0 * (index + 1) for index in range(points)],
        activity_type=activity_type,
    ).encode()


# Strava -------------------------------------------------------------------------------------------------


@needs_shared
def test_strava_export_reads_the_csv_and_completes_runs_from_their_files(cli: Runner, tmp_path: Path) -> None:
    real_fit = (SHARED_RUNS / "runpandas_fr645m_run.fit").read_bytes()
    real_gpx = (SHARED_RUNS / "runpandas_strava_export_run.gpx").read_bytes()
    archive = strava_export(
        [
            StravaActivity(
                101,
                "Mar 2, 2026, 7:00:00 AM",
                "Run",
                5.0,
                gear="Pegasus 40",
                file_name="101.fit",
                file_data=fit_bytes(distance_m=5000.0, local_offset_min=60),
            ),
            StravaActivity(
                102,
                "Mar 4, 2026, 7:00:00 AM",
                "Run",
                8.0,
                gain="",
                gear="pegasus 40",
                file_name="102.gpx",
                file_data=rising_gpx(START + dt.timedelta(days=2)),
            ),
            StravaActivity(103, "Mar 5, 2026, 7:00:00 AM", "Ride", 40.0, file_name="103.gpx", file_data=b"<gpx/>"),
            StravaActivity(
                104, "Sep 14, 2019, 3:22:05 PM", "Run", 5.84, gain="", file_name="104.fit", file_data=real_fit
            ),
            StravaActivity(
                105,
                "Jan 10, 2021, 8:54:28 AM",
                "Run",
                12.6,
                moving_s=4200.0,
                gain="",
                file_name="105.gpx",
                file_data=real_gpx,
            ),
        ]
    )
    path = write(tmp_path, "export_12345.zip", archive)
    code, out, err = cli("runs", "import", str(path))
    assert code == 0, err
    assert f"{path} › activities.csv: added 4 runs, skipped 0 duplicates" in out
    assert "left out 1 other activity (1 Ride)" in out
    assert "new shoes: Pegasus 40" in out
    listed = {run["start"][:10]: run for run in runs(cli)}
    march2 = listed["2026-03-02"]
    # The CSV's distance and climb; the FIT file gives the wall-clock offset (+01:00).
    assert (march2["distance_km"], march2["elevation_gain_m"]) == (5.0, 55.5)
    assert march2["start"] == "2026-03-02T08:00:00+01:00"
    assert listed["2026-03-04"]["elevation_gain_m"] == 80.0  # from the GPX: 10 m to 90 m
    assert listed["2026-03-04"]["shoe"] == "Pegasus 40"  # matched by name, whatever the case
    real = listed["2019-09-14"]
    assert (real["distance_km"], real["elevation_gain_m"]) == (5.84, 234.0)  # the real watch's own climb
    assert real["start"].endswith("+02:00")  # the real watch's local time
    assert 10 <= listed["2021-01-10"]["elevation_gain_m"] <= 30  # the real GPX's smoothed climb
    assert shoes(cli) == {"Pegasus 40": 2}
    # The same archive again adds nothing.
    code, out, _ = cli("runs", "import", str(path))
    assert code == 0 and "added 0 runs, skipped 4 duplicates" in out
    assert len(runs(cli)) == 4 and shoes(cli) == {"Pegasus 40": 2}


# Garmin -------------------------------------------------------------------------------------------------


def monitoring_fit() -> bytes:
    writer = _FitWriter()
    writer.message(0, [(0, "enum", 32), (1, "uint16", 1), (4, "uint32", _fit_time(START))])
    return writer.finish()


def test_garmin_export_summaries_gear_and_uploaded_fit_files(cli: Runner, tmp_path: Path) -> None:
    morning = START.astimezone(PLUS_ONE)
    activities = [
        GarminActivity(1, morning, 10.0, 3000.0, climb_m=42.0, name="Canal loop"),
        GarminActivity(2, morning + dt.timedelta(days=1), 6.0, 1800.0, activity_type="treadmill_running", climb_m=None),
        GarminActivity(3, morning + dt.timedelta(days=2), 8.5, 2500.0, activity_type="trail_running", climb_m=310.0),
        GarminActivity(4, morning + dt.timedelta(days=3), 40.0, 5400.0, activity_type="cycling"),
        GarminActivity(
            5, morning + dt.timedelta(days=4), 30.0, 9000.0, activity_type="multi_sport", extra={"parent": True}
        ),
    ]
    uploaded = {
        # The FIT file of activity 1, recorded by the watch: 10.05 km, its own offset (+01:00).
        "runner_1111.fit": fit_bytes(distance_m=10_050.0, timer_s=2990.0, ascent_m=44, local_offset_min=60),
        "runner_2222.fit": monitoring_fit(),
    }
    archive = garmin_export(activities, gear={"Trail Glove 7": [1, 3]}, fit_files=uploaded)
    path = write(tmp_path, "garmin.zip", archive)
    code, out, err = cli("runs", "import", str(path))
    assert code == 0, err
    summary_line = next(line for line in out.splitlines() if "summarizedActivities.json:" in line)
    assert "added 3 runs" in summary_line and "1 cycling" in summary_line and "1 multisport" in summary_line
    assert "new shoes: Trail Glove 7" in summary_line
    fit_line = next(line for line in out.splitlines() if "runner_1111.fit:" in line)
    assert "UploadedFiles_0-_Part1.zip › runner_1111.fit" in fit_line
    assert "merged 1 run with the same run from another source" in fit_line
    # The monitoring FIT, the profile and the sleep data are not activities.
    assert "runner_2222" not in out and "3 other files are not activity files" in out
    listed = {run["start"][:10]: run for run in runs(cli)}
    first = listed["2026-03-02"]
    # The FIT record is the more detailed one: its distance, time and climb; the summary's title and shoe.
    assert (first["source"], first["distance_km"], first["duration_s"], first["elevation_gain_m"]) == (
        "fit",
        10.05,
        2990.0,
        44.0,
    )
    assert (first["title"], first["shoe"], first["start"]) == (
        "Canal loop",
        "Trail Glove 7",
        "2026-03-02T08:00:00+01:00",
    )
    # Summary units: centimetres and milliseconds.
    assert (listed["2026-03-03"]["distance_km"], listed["2026-03-03"]["duration_s"]) == (6.0, 1800.0)
    assert listed["2026-03-03"]["elevation_gain_m"] is None
    assert (listed["2026-03-04"]["distance_km"], listed["2026-03-04"]["elevation_gain_m"]) == (8.5, 310.0)
    assert shoes(cli) == {"Trail Glove 7": 2}
    code, out, _ = cli("runs", "import", str(path))
    assert code == 0 and "added 0 runs in all" in out and "merged" not in out
    assert len(runs(cli)) == 3


# Apple Health -------------------------------------------------------------------------------------------


def test_apple_health_export_old_and_new_workout_shapes_with_routes(cli: Runner, tmp_path: Path) -> None:
    morning = dt.datetime(2026, 3, 5, 7, 30, tzinfo=PLUS_ONE)
    workouts = [
        health_workout(morning, 30.5, km=5.02),  # older: totalDistance
        health_workout(morning + dt.timedelta(days=1), 28.0, km=3.1, unit="mi", older=False, route="route_a.gpx"),
        health_workout(morning + dt.timedelta(days=2), 45.0, km=3.0, kind="HKWorkoutActivityTypeWalking"),
        health_workout(morning + dt.timedelta(days=3), 50.0, km=9.5, older=False, ascended="8520 cm"),
        health_workout(morning + dt.timedelta(days=4), 20.0),  # no distance recorded
    ]
    routes = {"route_a.gpx": rising_gpx(morning + dt.timedelta(days=1), activity_type=None)}
    path = write(tmp_path, "export.zip", health_export(health_xml(workouts), routes))
    code, out, err = cli("runs", "import", str(path))
    assert code == 0, err
    assert f"{path} › apple_health_export/export.xml: added 3 runs" in out and "1 Walking" in out
    assert "1 running workout without a distance" in out
    assert "route_a" not in out  # the route file is part of its workout, not a run of its own
    listed = {run["start"][:10]: run for run in runs(cli)}
    first = listed["2026-03-05"]
    assert (first["distance_km"], first["duration_s"], first["start"]) == (5.02, 1830.0, "2026-03-05T07:30:00+01:00")
    assert first["source"] == "apple_health"
    second = listed["2026-03-06"]
    assert second["distance_km"] == round(3.1 * 1.609344, 3) and second["duration_s"] == 1680.0
    assert second["elevation_gain_m"] == 80.0  # from the route file
    assert listed["2026-03-08"]["elevation_gain_m"] == 85.2  # HKElevationAscended 8520 cm
    assert cli("runs", "import", str(path))[1].count("added 0 runs") == 2


@pytest.mark.parametrize(
    ("declaration", "reason"),
    [
        ('<!ENTITY lol "lol">', "declares entities"),
        ('<!ENTITY % ext SYSTEM "file:///etc/passwd"> %ext;', "declares entities"),
        ('<!ENTITY xxe SYSTEM "file:///etc/hostname">', "declares entities"),
    ],
)
def test_apple_health_entities_are_refused_and_nothing_is_read(
    cli: Runner, tmp_path: Path, declaration: str, reason: str
) -> None:
    xml = health_xml([health_workout(dt.datetime(2026, 3, 5, 7, 30, tzinfo=PLUS_ONE), 30.0, km=5.0)])
    hostile = xml.replace(b"<!ELEMENT ExportDate EMPTY>", declaration.encode() + b"\n<!ELEMENT ExportDate EMPTY>")
    path = write(tmp_path, "export.xml", hostile)
    code, _, err = cli("runs", "import", str(path))
    assert code == 2 and reason in err and "export.xml" in err
    assert runs(cli) == []


def test_a_lone_export_xml_without_its_dtd_or_routes_still_reads(cli: Runner, tmp_path: Path) -> None:
    workout = health_workout(dt.datetime(2026, 3, 5, 7, 30, tzinfo=PLUS_ONE), 30.0, km=5.0, route="route_x.gpx")
    path = write(tmp_path / "apple_health_export", "export.xml", health_xml([workout], with_dtd=False))
    code, out, _ = cli("runs", "import", str(path))
    assert code == 0 and "added 1 run" in out and "not beside it" in out


# Across sources ----------------------------------------------------------------------------------------


def test_the_same_run_in_three_exports_is_one_run(cli: Runner, tmp_path: Path) -> None:
    start = START.astimezone(PLUS_ONE)
    garmin = write(tmp_path, "garmin.zip", garmin_export([GarminActivity(7, start, 10.0, 3000.0, climb_m=None)]))
    strava = write(
        tmp_path,
        "strava.zip",
        strava_export([StravaActivity(8, "Mar 2, 2026, 7:00:40 AM", "Run", 10.1, gain="48.0", gear="Clifton")]),
    )
    health = write(
        tmp_path,
        "export.zip",
        health_export(health_xml([health_workout(start + dt.timedelta(minutes=1), 50.0, km=9.9)])),
    )
    code, out, _ = cli("runs", "import", str(garmin), str(strava), str(health))
    assert code == 0
    assert "added 1 run in all, skipped 0 duplicates, merged 2 with runs from another source" in out
    (only,) = runs(cli)
    # Strava's row is the most detailed record (climb, shoe, title): its figures are kept.
    assert (only["distance_km"], only["elevation_gain_m"], only["shoe"], only["source"]) == (
        10.1,
        48.0,
        "Clifton",
        "strava",
    )
    code, out, _ = cli("runs", "import", str(garmin), str(strava), str(health))
    assert "added 0 runs in all, skipped 3 duplicates;" in out
    assert len(runs(cli)) == 1


# Folders and the watch ----------------------------------------------------------------------------------


def test_a_folder_is_read_recursively_with_archives_inside(cli: Runner, tmp_path: Path) -> None:
    folder = tmp_path / "old runs"
    write(folder, "2019/a.gpx", rising_gpx(START))
    write(folder, "2019/b.tcx.gz", __import__("gzip").compress(rising_gpx(START + dt.timedelta(days=1))))
    write(folder, "notes.txt", b"my runs")
    write(folder, "phone/backup.zip", zip_bytes({"c.fit": fit_bytes(start=START + dt.timedelta(days=2))}))
    code, out, err = cli("runs", "import", str(folder))
    assert code == 0, err  # b.tcx.gz holds a GPX: a file named wrongly is still read by its content
    assert len(runs(cli)) == 3
    assert f"{folder} › phone/backup.zip › c.fit: added 1 run" in out
    assert "1 other file is not an activity file" in out


def test_a_plugged_in_watch_folder_reads_only_its_activities(cli: Runner, tmp_path: Path) -> None:
    mount = tmp_path / "media" / "FR255"
    write(mount, "GARMIN/Activity/2026-03-02-07-00-00.fit", fit_bytes())
    write(mount, "GARMIN/Activity/2026-03-03-07-00-00.fit", fit_bytes(start=START + dt.timedelta(days=1)))
    write(mount, "GARMIN/Monitor/123.FIT", monitoring_fit())
    write(mount, "GARMIN/Settings/settings.fit", b"not even a fit file")
    code, out, err = cli("runs", "import", str(mount))
    assert code == 0, err
    assert out.count("added 1 run,") == 2 and "Monitor" not in out and "Settings" not in out
    assert len(runs(cli)) == 2
    code, out, _ = cli("runs", "import", str(mount / "GARMIN"))
    assert code == 0 and "added 0 runs in all, skipped 2 duplicates" in out


def test_include_skipped_imports_what_does_not_look_like_a_run(cli: Runner, tmp_path: Path) -> None:
    fast = gpx_text(points=20, step_s=37, activity_type=None).encode()  # 1000.75 m every 37 s: 97 km/h
    path = write(tmp_path, "drive.gpx", fast)
    code, out, _ = cli("runs", "import", str(path))
    assert code == 0 and "not taken 1 activity (not a run: average 97 km/h)" in out
    assert "1 activity does not look like a run and was not taken; `--include-skipped` imports it anyway" in out
    assert runs(cli) == []
    code, out, _ = cli("runs", "import", "--include-skipped", str(path))
    assert code == 0 and "added 1 run" in out and len(runs(cli)) == 1


def test_a_missing_path_fails_alone(cli: Runner, tmp_path: Path) -> None:
    good = write(tmp_path, "a.fit", fit_bytes())
    code, out, err = cli("runs", "import", str(tmp_path / "nowhere.zip"), str(good))
    assert code == 2 and "nowhere.zip" in err and "added 1 run" in out


def test_a_fit_file_with_a_damaged_end_imports_its_run_and_says_where_reading_stopped(cli: Runner) -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "fit" / "strava-android-app-201.10-b1218918.fit"
    code, out, err = cli("runs", "import", str(path))
    assert code == 0, err
    assert f"{path}: added 1 run, skipped 0 duplicates" in out
    assert "  note: the end of the file could not be read" in out and "local message 11 not defined" in out
