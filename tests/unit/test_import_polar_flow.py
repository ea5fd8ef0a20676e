"""Polar Flow's account export (JSON training sessions), on a real session of another open-source project
(tests/data/polar, LICENSES.md there names it and the reference values used here)."""

from __future__ import annotations

import copy
import datetime as dt
import gzip
import io
import itertools
import json
import re
import tracemalloc
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calfdesk.domain.runs import HILL_CLIMB_M_PER_KM
from calfdesk.errors import InvalidInput
from calfdesk.importers import json_stream, read_activity_file
from calfdesk.importers.format import NotAnActivity
from calfdesk.services import training
from tests.unit.test_import_polar_suunto import PLAUSIBLE_CLOCK, WALL_CLOCK
from tests.unit.test_importer_field_fuzz import ISO_TIME, NUMBER_TEXT, check

PACKED = Path(__file__).resolve().parents[1] / "data" / "polar" / "polar-flow-running.json.gz"
SESSION = gzip.decompress(PACKED.read_bytes())
PLUS_ONE = dt.timezone(dt.timedelta(hours=1))


def session() -> dict[str, Any]:
    """The real session, to change one field of."""
    document: dict[str, Any] = json.loads(SESSION)
    return document


def exercise(document: dict[str, Any]) -> dict[str, Any]:
    first: dict[str, Any] = document["exercises"][0]
    return first


def read(document: dict[str, Any], name: str = "training-session-2017-01-23.json") -> Any:
    return read_activity_file(name, json.dumps(document).encode())


def test_a_polar_flow_running_session_is_read_with_the_files_own_figures(db) -> None:
    result = read_activity_file(PACKED.name, PACKED.read_bytes())
    (run,) = result.runs
    assert result.format == "polar_flow" and run.source == "polar_flow"
    # The file's own summary: "Laufen", RUNNING, 2017-01-23T18:20:18.000 with timezoneOffset 60 (minutes),
    # duration PT2754.128S, distance 6595.0 m. A declared run: no judging by movement.
    assert run.start == dt.datetime(2017, 1, 23, 18, 20, 18, tzinfo=PLUS_ONE)
    assert run.duration_s == pytest.approx(2754.128)
    assert run.distance_km == pytest.approx(6.595)
    assert run.title == "Laufen"
    assert result.undeclared == {} and result.skipped == {}
    assert training.import_data(db, PACKED.name, PACKED.read_bytes()).added == 1


def test_the_climb_of_a_session_without_its_own_ascent_comes_from_the_routes_heights() -> None:
    (run,) = read_activity_file(PACKED.name, PACKED.read_bytes()).runs
    heights = [point["altitude"] for point in exercise(session())["samples"]["recordedRoute"]]
    # The route stays between 9 m below and 1 m above sea level (Bremen), and after its lowest point (-9 m) it
    # climbs back to 0 m: at least 7 m of climb once smoothed. Smoothing only takes off the barometer's
    # jitter, so the climb is at most every rise of the raw heights added up; and a run this flat is no hill
    # session.
    lowest = heights.index(min(heights))
    assert min(heights) == -9 and max(heights[lowest:]) == 0
    rises = sum(max(0.0, after - before) for before, after in itertools.pairwise(heights))
    assert run.elevation_gain_m is not None
    assert 7 <= run.elevation_gain_m <= rises
    assert run.elevation_gain_m / run.distance_km < HILL_CLIMB_M_PER_KM and not run.hill_session
    # The exercise's own ascent, where Polar writes it, is the climb.
    document = session()
    exercise(document)["ascent"] = 31.0
    assert read(document).runs[0].elevation_gain_m == 31.0


@pytest.mark.parametrize(("sport", "left_out"), [("CYCLING", "Cycling"), ("ROAD_BIKING", "Road biking")])
def test_an_exercise_of_another_sport_is_left_out_under_its_name(sport: str, left_out: str) -> None:
    document = session()
    exercise(document)["sport"] = sport
    result = read(document)
    assert result.runs == [] and result.skipped == {left_out: 1}


@pytest.mark.parametrize("sport", ["TRAIL_RUNNING", "TREADMILL_RUNNING", "ROAD_RUNNING"])
def test_every_running_sport_is_a_run(sport: str) -> None:
    document = session()
    exercise(document)["sport"] = sport
    result = read(document)
    assert len(result.runs) == 1 and result.undeclared == {}


@pytest.mark.parametrize("sport", ["OTHER_OUTDOOR", "OTHER_INDOOR", None])
def test_an_exercise_of_no_named_sport_is_judged_by_how_it_moves(db, sport: str | None) -> None:
    document = session()
    if sport is None:
        del exercise(document)["sport"]
    else:
        exercise(document)["sport"] = sport
    result = read(document)
    assert len(result.runs) == 1
    # The file's own speeds: 8.6 km/h on average, 18.6 at most; its fastest minute lies between.
    assert 8.6 < result.undeclared[0].sustained_kmh < 18.6
    assert training.import_data(db, "session.json", json.dumps(document).encode()).added == 1


def test_an_exercise_without_a_distance_takes_its_routes_length() -> None:
    document = session()
    del exercise(document)["distance"]
    (run,) = read(document).runs
    assert run.distance_km == pytest.approx(6.595, rel=0.02)


def test_an_exercise_with_no_distance_at_all_is_left_out_with_that_reason() -> None:
    document = session()
    del exercise(document)["distance"]
    del exercise(document)["samples"]["recordedRoute"]
    result = read(document)
    assert result.runs == [] and result.skipped == {"runs without a distance": 1}


def test_route_points_without_a_position_are_passed_over_and_counted() -> None:
    document = session()
    del exercise(document)["distance"]
    route = exercise(document)["samples"]["recordedRoute"]
    for point in route[:3]:
        del point["latitude"], point["longitude"]
    result = read(document)
    assert result.runs[0].distance_km == pytest.approx(6.595, rel=0.02)
    assert result.notes == ["route points without a position, passed over: 3"]


def test_each_exercise_of_a_session_is_one_activity() -> None:
    document = session()
    second = copy.deepcopy(exercise(document))
    second["startTime"] = "2017-01-23T19:10:00.000"
    second["duration"] = "PT1H2M3.5S"
    third = copy.deepcopy(second)
    third["sport"] = "CYCLING"
    document["exercises"] += [second, third]
    result = read(document)
    assert [run.start for run in result.runs] == [
        dt.datetime(2017, 1, 23, 18, 20, 18, tzinfo=PLUS_ONE),
        dt.datetime(2017, 1, 23, 19, 10, tzinfo=PLUS_ONE),
    ]
    assert result.runs[1].duration_s == pytest.approx(3723.5)
    assert result.skipped == {"Cycling": 1}


def test_an_exercise_without_its_own_offset_takes_the_sessions() -> None:
    document = session()
    del exercise(document)["timezoneOffset"]
    document["timeZoneOffset"] = 120
    (run,) = read(document).runs
    assert run.start == dt.datetime(2017, 1, 23, 18, 20, 18, tzinfo=dt.timezone(dt.timedelta(hours=2)))


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("timezoneOffset", 1200, "an offset from UTC that no place has"),
        ("timezoneOffset", 60.5, "60.5 minutes is not an offset from UTC"),
        ("startTime", "1917-01-23T18:20:18.000", "date 1917-01-23 is not believable"),
        ("startTime", "2017-02-30T18:20:18", 'startTime: "2017-02-30T18:20:18" is not a date and time'),
        ("duration", "2754", 'duration: "2754" is not a duration'),
        ("distance", "6595", 'distance: "6595" is not a number'),
        ("distance", float("nan"), "distance: nan is not a number"),
    ],
)
def test_a_bad_value_is_the_files_reason_naming_the_field(field: str, value: object, reason: str) -> None:
    document = session()
    exercise(document)[field] = value
    with pytest.raises(InvalidInput, match=rf"^training-session-2017-01-23\.json: .*{re.escape(reason)}"):
        read(document)


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        ('{"exportVersion": "1.3", "exercises": [' + "[" * 100_000, "nested too deeply"),
        ('{"exportVersion": "1.3", "exercises": [{"distance": ' + "9" * 5000 + "}]}", "not valid JSON"),
        ('{"exportVersion": "1.3", "exercises": [{"distance": ' + "9" * 400 + "}]}", "distance: 9999"),
        ('{"exportVersion": "1.3", "exercises": [{"sport": "RUNNING"', "not valid JSON"),
        ('{"exportVersion": "1.3", "timeZoneOffset": "+01:00", "exercises": []}', "timeZoneOffset: "),
    ],
)
def test_a_hostile_or_damaged_session_is_the_files_reason(document: str, reason: str) -> None:
    with pytest.raises(InvalidInput, match=r"^session\.json: ") as refused:
        read_activity_file("session.json", document.encode())
    assert reason in str(refused.value) and "cannot be read" not in str(refused.value)


def test_a_bad_value_of_a_later_exercise_names_the_exercise() -> None:
    document = session()
    second = copy.deepcopy(exercise(document))
    second["startTime"] = "1917-01-23T18:20:18.000"
    document["exercises"].append(second)
    with pytest.raises(InvalidInput, match="exercise 2: start: date 1917-01-23 is not believable"):
        read(document)


def test_the_exports_files_that_hold_no_exercise_are_not_activity_files(db, tmp_path: Path) -> None:
    sleep = {"exportVersion": "1.3", "nightSleep": [{"date": "2017-01-23", "sleepSpan": "PT7H"}]}
    with pytest.raises(NotAnActivity):
        read_activity_file("sleep-result.json", json.dumps(sleep).encode())
    folder = tmp_path / "polar-user-data-export"
    folder.mkdir()
    (folder / "sleep-result-2017-01-23.json").write_text(json.dumps(sleep))
    (folder / "account-data.json").write_text(json.dumps({"exportVersion": "1.3", "exercises": []}))
    (folder / "training-session-2017-01-23.json").write_bytes(SESSION)
    report = training.import_files(db, [folder])
    assert report.added == 1 and report.ignored == 2
    assert report.failed == []


def test_polar_flows_export_archive_gives_its_training_sessions_and_ignores_its_other_files(db, tmp_path: Path) -> None:
    archive = tmp_path / "polar-user-data-export_2017.zip"
    with zipfile.ZipFile(archive, "w") as export:
        export.writestr("training-session-2017-01-23-1234-abcd.json", SESSION)
        export.writestr("activity-2017-01-23-abcd.json", json.dumps({"exportVersion": "1.3", "date": "2017-01-23"}))
        export.writestr("account-data-abcd.json", json.dumps({"exportVersion": "1.3", "username": "runner"}))
    report = training.import_files(db, [archive])
    assert report.added == 1 and report.ignored == 2 and report.failed == []


def test_a_folder_reads_the_packed_and_the_plain_session_as_one_run(db, tmp_path: Path) -> None:
    folder = tmp_path / "polar"
    folder.mkdir()
    (folder / "training-session-2017-01-23.json").write_bytes(SESSION)
    (folder / "copy-of-the-session.json.gz").write_bytes(PACKED.read_bytes())
    report = training.import_files(db, [folder])
    assert report.added == 1 and report.duplicates == 1 and report.ignored == 0
    assert [run.source for run in training.list_runs(db)] == ["polar_flow"]


def test_a_polar_flow_file_declaring_a_huge_object_is_refused_as_the_files_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The largest object read is 64 MB; 1 MB here, so the test reads 2 MB rather than 128.
    monkeypatch.setattr(json_stream, "MAX_OBJECT_CHARS", 1024 * 1024)
    point = '{"dateTime": "2017-01-23T19:40:45.801", "latitude": 53.1, "longitude": 8.8, "altitude": 0.0}'
    huge = '{"exportVersion": "1.3", "exercises": [{"samples": {"recordedRoute": [' + ", ".join([point] * 25_000)
    with pytest.raises(
        InvalidInput, match=r"^huge.json: not a Polar Flow training session \(an object larger than 1 MB"
    ):
        read_activity_file("huge.json", huge.encode())


# Every field drawn at random: valid runs or the file's own error ----------------------------------------------


def usually(usual: st.SearchStrategy[Any], anything: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """What a session holds seven times in eight, so that most examples, with their many fields, reach a run."""
    return st.integers(0, 7).flatmap(lambda draw: anything if draw == 0 else usual)


ANYTHING = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=5), st.just([1]))
SPORT = usually(st.sampled_from(["RUNNING", "OTHER_OUTDOOR", "TRAIL_RUNNING"]), st.one_of(st.just("CYCLING"), ANYTHING))
OFFSET = usually(st.integers(-720, 840), st.one_of(st.integers(-3000, 3000), st.floats(-2000, 2000), ANYTHING))
DURATION = usually(
    st.floats(60, 20_000).map(lambda seconds: f"PT{seconds:.3f}S"),
    st.one_of(st.sampled_from(["PT1H2M3.5S", "P1DT2H", "PT", "P", "PT-5S", "PT1e400S", "1:02:03"]), ANYTHING),
)
METRES = usually(st.floats(100, 50_000), st.one_of(NUMBER_TEXT, ANYTHING))
COORDINATE = usually(st.floats(-60, 60), ANYTHING)


@st.composite
def polar_flow_file(draw: st.DrawFn) -> bytes:
    route = [
        {
            "dateTime": draw(usually(st.just("2017-01-23T19:40:45.801"), st.one_of(ISO_TIME, ANYTHING))),
            "latitude": draw(COORDINATE),
            "longitude": draw(COORDINATE),
            "altitude": draw(usually(st.floats(-50, 500), ANYTHING)),
        }
        for _ in range(draw(st.integers(0, 3)))
    ]
    exercises = [
        {
            "startTime": draw(usually(PLAUSIBLE_CLOCK.map(dt.datetime.isoformat), WALL_CLOCK)),
            "timezoneOffset": draw(OFFSET),
            "duration": draw(DURATION),
            "distance": draw(METRES),
            "ascent": draw(usually(st.floats(0, 500), ANYTHING)),
            "sport": draw(SPORT),
            "samples": {"recordedRoute": route},
        }
        for _ in range(draw(usually(st.integers(1, 2), st.just(0))))
    ]
    document = {
        "exportVersion": "1.3",
        "name": draw(usually(st.just("Laufen"), ANYTHING)),
        "timeZoneOffset": draw(OFFSET),
        "exercises": exercises,
    }
    return json.dumps(document).encode()


@settings(max_examples=150, deadline=None)
@given(data=polar_flow_file())
def test_polar_flow_fields(data: bytes) -> None:
    check("training-session.json", data)


def test_memory_follows_one_exercise_not_the_session(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "CHUNK_CHARS", 64 * 1024)
    document = session()
    route = exercise(document)["samples"]["recordedRoute"]
    del route[600:]
    del exercise(document)["samples"]["heartRate"]

    def peak(exercises: int) -> tuple[int, int]:
        document["exercises"] = [exercise(document)] * exercises
        data = json.dumps(document).encode()
        tracemalloc.start()
        try:
            assert len(read_activity_file("session.json", io.BytesIO(data)).runs) == exercises
            return len(data), tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()

    _, few = peak(5)
    size, many = peak(80)
    # Sixteen times the exercises, in about the memory of five: one exercise's objects and a chunk of text.
    assert many < 2 * few and many < size / 4
