"""Which activities without a declared sport are runs: average and sustained speed, duration, multisport."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from calfdesk.domain.plausibility import Movement, better_of, fastest_sustained_kmh, not_a_run
from calfdesk.domain.runs import make_run
from calfdesk.importers import read_activity_file
from calfdesk.services import training
from calfdesk.storage.database import Database
from calfdesk.words.training import file_words, not_a_run_words
from tests.conftest import SHARED_RUNS
from tests.training_files import (
    LAT_STEP,
    SPORTS,
    START,
    SUB_SPORTS,
    _fit_time,
    _FitWriter,
    gpx_text,
    line_points,
)

# One step of the generated tracks: 0.009 degrees of latitude, 1000.75 m.
STEP_M = 1000.75


def run_of(km: float, seconds: float, source: str = "gpx") -> object:
    return make_run(start=START, duration_s=seconds, distance_km=km, source=source)


def test_fastest_sustained_speed_over_a_minute_by_hand() -> None:
    # 100 m every 10 s (36 km/h) for a minute, then 100 m every 30 s (12 km/h).
    times = [10.0 * index for index in range(7)] + [60.0 + 30.0 * index for index in range(1, 5)]
    metres = [100.0 * index for index in range(len(times))]
    assert fastest_sustained_kmh(times, metres=metres) == pytest.approx(36.0)
    assert fastest_sustained_kmh(times[:3], metres=metres[:3]) is None  # 20 s span only
    # 100.075 m every 30 s (12 km/h); one GPS point thrown 2 km off the track.
    points = [(52.0 + index * 0.0009, 4.0) for index in range(10)]
    assert fastest_sustained_kmh([30.0 * index for index in range(10)], points) == pytest.approx(12.009, rel=1e-3)
    points[5] = (52.02, 4.0)
    # The median puts the stray point on its neighbour (point 6): at worst 3 steps in 60 s, 18.0 km/h, not 115.
    expected = 3 * 0.0009 * STEP_M / LAT_STEP / 60 * 3.6
    assert fastest_sustained_kmh([30.0 * index for index in range(10)], points) == pytest.approx(expected, rel=1e-3)


@pytest.mark.parametrize(
    ("km", "seconds", "sustained", "reason"),
    [
        (195.0, 195 / 98 * 3600, None, "not a run: average 98 km/h"),
        (10.0, 3000.0, 45.0, "not a run: a stretch at 45 km/h"),
        (5.0, 3600.0, 5.5, "not a run: average 5.0 km/h is walking pace"),
        (5.0, 3600.0, None, "not a run: average 5.0 km/h is walking pace"),
        (5.0, 3600.0, 10.0, None),  # run-walk: slow on average, running stretches
        (10.0, 3000.0, 14.0, None),  # 12 km/h with 14 km/h stretches
        (42.195, 2 * 3600 + 35, 22.0, None),  # a marathon near the record
    ],
)
def test_not_a_run_by_average_and_sustained_speed(
    km: float, seconds: float, sustained: float | None, reason: str | None
) -> None:
    found = not_a_run(run_of(km, seconds), Movement(sustained))  # type: ignore[arg-type]
    assert (None if found is None else not_a_run_words(found)) == reason


def test_the_whole_of_a_multisport_file_is_not_a_run() -> None:
    reason = not_a_run(run_of(25.0, 7200.0), Movement(None, multisport_whole=True))  # type: ignore[arg-type]
    assert reason is not None and "multisport" in not_a_run_words(reason)


def test_the_more_detailed_record_is_kept_and_completed_from_the_other() -> None:
    row = make_run(start=START, duration_s=1800, distance_km=5.0, source="strava", title="Easy", gear="Pegasus")
    recorded = make_run(start=START, duration_s=1790, distance_km=5.02, elevation_gain_m=31.0, source="fit")
    kept = better_of(row, recorded)
    assert (kept.source, kept.distance_km, kept.elevation_gain_m) == ("fit", 5.02, 31.0)
    assert (kept.title, kept.gear) == ("Easy", "Pegasus")
    assert better_of(recorded, row).source == "fit"


def gpx_track(step_s: float, points: int, *, activity_type: str | None = None, jumps: int = 0) -> bytes:
    """A straight track of 1000.75 m steps every `step_s` seconds; `jumps` steps at 45 km/h in the middle."""
    moments = [START]
    for index in range(1, points):
        fast = points // 2 <= index < points // 2 + jumps
        moments.append(moments[-1] + dt.timedelta(seconds=STEP_M / (45 / 3.6) if fast else step_s))
    rows = "".join(
        f'<trkpt lat="{lat:.6f}" lon="{lon:.6f}"><ele>10</ele><time>{moment:%Y-%m-%dT%H:%M:%SZ}</time></trkpt>'
        for (lat, lon), moment in zip(line_points(points), moments, strict=True)
    )
    kind = f"<type>{activity_type}</type>" if activity_type else ""
    return (
        '<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1">'
        f"<trk><name>Old track</name>{kind}<trkseg>{rows}</trkseg></trk></gpx>"
    ).encode()


def test_untyped_gpx_tracks_are_judged_and_listed_with_the_reason(db: Database) -> None:
    # 195 km at 1000.75 m every 37 s: 97.4 km/h.
    car = training.import_data(db, "car.gpx", gpx_track(37, 196))
    assert car.added == 0 and [not_a_run_words(item.reason) for item in car.not_taken] == ["not a run: average 97 km/h"]
    # 10 km at 5:00/km with two kilometres driven at 45 km/h in the middle.
    burst = training.import_data(db, "burst.gpx", gpx_track(300, 12, jumps=2))
    assert [not_a_run_words(item.reason) for item in burst.not_taken] == ["not a run: a stretch at 45 km/h"]
    walk = training.import_data(db, "walk.gpx", gpx_track(STEP_M / (5 / 3.6), 8))
    assert [not_a_run_words(item.reason) for item in walk.not_taken] == ["not a run: average 5.0 km/h is walking pace"]
    run = training.import_data(db, "run.gpx", gpx_track(300, 11))
    assert (run.added, run.not_taken) == (1, [])
    # A typed run is taken at its word at a pace a runner holds, never faster than any runner.
    typed = training.import_data(db, "typed.gpx", gpx_track(300, 6, activity_type="running"))
    assert (typed.added, typed.not_taken) == (1, [])
    fast = training.import_data(db, "fast.gpx", gpx_track(120, 6, activity_type="running"))
    assert (fast.added, [not_a_run_words(item.reason) for item in fast.not_taken]) == (
        0,
        ["not a run: average 30 km/h"],
    )
    assert "not taken 1 activity (not a run: average 97 km/h)" in file_words(car)
    # Included anyway on request.
    included = training.include_anyway(db, car.not_taken)
    assert included.added == 1
    assert {round(run.distance_km, 1) for run in training.list_runs(db)} == {195.1, 10.0, 5.0}


def test_a_track_whose_times_do_not_advance_is_left_out_with_the_reason(db: Database) -> None:
    frozen = gpx_text(points=6, step_s=0, activity_type=None).encode()
    report = training.import_data(db, "frozen.gpx", frozen)
    assert report.error is None and report.added == 0
    assert report.skipped == {"tracks whose times do not advance (no duration)": 1}


def multisport_fit() -> bytes:
    """A triathlon-like FIT: the whole outing as a generic 25 km session, and two running legs of 5 km."""
    writer = _FitWriter()
    begin = _fit_time(START)
    writer.message(0, [(0, "enum", 4), (1, "uint16", 1), (4, "uint32", begin)])
    sessions = [
        (begin, 7200, 25_000, "generic"),
        (begin, 1500, 5_000, "running"),
        (begin + 5700, 1500, 5_000, "running"),
    ]
    for start, seconds, metres, sport in sessions:
        writer.message(
            18,
            [
                (253, "uint32", start + seconds),
                (2, "uint32", start),
                (7, "uint32", seconds * 1000),
                (8, "uint32", seconds * 1000),
                (9, "uint32", metres * 100),
                (5, "enum", SPORTS.get(sport, 0)),
                (6, "enum", SUB_SPORTS["generic"]),
            ],
        )
    return writer.finish()


def test_in_a_multisport_fit_only_the_running_sessions_are_runs(db: Database) -> None:
    report = training.import_data(db, "race.fit", multisport_fit())
    assert report.added == 2
    assert [item.run.distance_km for item in report.not_taken] == [25.0]
    assert "multisport" in not_a_run_words(report.not_taken[0].reason)
    assert sorted(run.distance_km for run in training.list_runs(db)) == [5.0, 5.0]


@pytest.mark.skipif(not SHARED_RUNS.is_dir(), reason=f"the shared real run files are not present at {SHARED_RUNS}")
@pytest.mark.parametrize(
    "name",
    sorted(path.name for path in SHARED_RUNS.glob("*") if path.suffix in (".gpx", ".tcx", ".fit"))
    if SHARED_RUNS.is_dir()
    else [],
)
def test_every_real_run_file_moves_like_a_run(name: str) -> None:
    parsed = read_activity_file(name, (Path(SHARED_RUNS) / name).read_bytes())
    for index, run in enumerate(parsed.runs):
        movement = parsed.undeclared.get(index)
        if movement is not None:
            assert not_a_run(run, movement) is None, (name, movement)
