"""Every real run file in ../shared/data/runs, read in place, with its expected distance within 1%."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from calfdesk.importers import read_activity_file
from tests.conftest import SHARED_RUNS

needs_shared = pytest.mark.skipif(
    not SHARED_RUNS.is_dir(), reason=f"the shared real run files are not present at {SHARED_RUNS}"
)

# Expected figures from the folder's README (device totals, or the track length where the file has none).
SINGLE_RUNS = {
    "runpandas_strava_export_run.gpx": (12.6, dt.datetime(2021, 1, 10, 8, 54, 28, tzinfo=dt.UTC)),
    "runpandas_tomtom_run.gpx": (4.8, dt.datetime(2017, 5, 27, 8, 13, 1, tzinfo=dt.UTC)),
    "runpandas_fr645m_run.fit": (5.83977, dt.datetime(2019, 9, 14, 15, 22, 5, tzinfo=dt.UTC)),
    "runpandas_fr620_run.tcx": (2.154, dt.datetime(2018, 11, 25, 7, 20, 49, tzinfo=dt.UTC)),
    "fitdecode_fenix2_run.fit": (9.008, dt.datetime(2015, 8, 15, 14, 45, 8, tzinfo=dt.UTC)),
    "tcxparser_fr410_run.tcx": (4.686, dt.datetime(2012, 12, 26, 21, 29, 53, tzinfo=dt.UTC)),
}
# CSV exports: number of runs, and one hand-read row (start, km) per file.
EXPORTS = {
    "strava_activities_2025-08_99cols.csv": (643, 1202, dt.datetime(2025, 8, 25, 14, 15, 30, tzinfo=dt.UTC), 9.3852),
    "strava_activities_2023-10_87cols_htmlheaders.csv": (
        424,
        698,
        dt.datetime(2016, 10, 10, 20, 55, 48, tzinfo=dt.UTC),
        6.6394,
    ),
    "garmin_connect_Activities_eu-locale.csv": (1131, 0, dt.datetime(2025, 11, 30, 0, 45, 53), 79.13),
}


def read(name: str) -> object:
    path: Path = SHARED_RUNS / name
    return read_activity_file(name, path.read_bytes())


@needs_shared
def test_every_real_file_is_covered() -> None:
    present = {path.name for path in SHARED_RUNS.iterdir() if path.suffix in (".gpx", ".tcx", ".fit", ".csv")}
    assert present == set(SINGLE_RUNS) | set(EXPORTS)


@needs_shared
@pytest.mark.parametrize("name", sorted(SINGLE_RUNS))
def test_real_single_run_file(name: str) -> None:
    expected_km, expected_start = SINGLE_RUNS[name]
    result = read(name)
    (run,) = result.runs  # type: ignore[attr-defined]
    assert run.distance_km == pytest.approx(expected_km, rel=0.01)
    assert run.start == expected_start
    assert run.duration_s > 0 and run.pace_s_per_km is not None
    assert 180 < run.pace_s_per_km < 900, "a running pace between 3 and 15 min/km"
    assert run.elevation_gain_m is not None and run.elevation_gain_m >= 0


@needs_shared
def test_real_fit_keeps_the_devices_climb_and_local_offset() -> None:
    (run,) = read("runpandas_fr645m_run.fit").runs  # type: ignore[attr-defined]
    assert run.elevation_gain_m == 234
    assert run.utc_offset_min == 120


@needs_shared
def test_real_gpx_climb_is_not_inflated_by_noise() -> None:
    (run,) = read("runpandas_strava_export_run.gpx").runs  # type: ignore[attr-defined]
    # The raw sum of every rise in this flat city run is about 38 m; smoothing keeps it well under that.
    assert 10 <= run.elevation_gain_m <= 30


@needs_shared
@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_real_export_file(name: str) -> None:
    runs_expected, skipped_expected, start, km = EXPORTS[name]
    result = read(name)
    runs = result.runs  # type: ignore[attr-defined]
    assert len(runs) == runs_expected
    assert result.skipped_count == skipped_expected  # type: ignore[attr-defined]
    matches = [run for run in runs if run.start.replace(tzinfo=start.tzinfo) == start or run.start == start]
    assert len(matches) == 1
    assert matches[0].distance_km == pytest.approx(km, rel=0.01)


@needs_shared
def test_real_garmin_treadmill_runs_have_no_climb_and_ultras_read_thousands() -> None:
    runs = read("garmin_connect_Activities_eu-locale.csv").runs  # type: ignore[attr-defined]
    assert runs[0].title == "Treadmill Running" and runs[0].elevation_gain_m is None
    ultra = next(run for run in runs if run.distance_km == pytest.approx(79.13))
    assert ultra.elevation_gain_m == 2285
