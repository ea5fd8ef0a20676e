"""RunningAHEAD logs (XML), on logs written for these tests after the structure of RunningAHEAD's export (no
openly licensed real export was found; tests/data/runningahead/LICENSES.md): each event's own figures, its
sport by RunningAHEAD's number or its name in the runner's language, the runner's wall clock, and a damaged
event left out and named while the rest of the log is read."""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calfdesk.domain.units import KM_PER_MILE
from calfdesk.errors import InvalidInput
from calfdesk.importers import read_activity_file
from calfdesk.services import training
from tests.unit.test_import_polar_suunto import mostly
from tests.unit.test_importer_field_fuzz import ISO_TIME, NUMBER_TEXT, check

DATA = Path(__file__).resolve().parents[1] / "data" / "runningahead"
GERMAN = "trainingslog-de.xml"
ENGLISH = "training-log-en.xml"
BERLIN_SUMMER = dt.timezone(dt.timedelta(hours=2))


def log(name: str) -> bytes:
    return (DATA / name).read_bytes()


def events(*items: str) -> bytes:
    """A log of the given events, after an equipment collection whose shoe has a mileage of its own."""
    return (
        '<?xml version="1.0" encoding="utf-8"?><RunningAHEADLog version="3.1"><EquipmentCollection>'
        '<Equipment id="e1"><Name>Shoe</Name><Distance unit="mile">300.00</Distance></Equipment>'
        "</EquipmentCollection><EventCollection>" + "".join(items) + "</EventCollection></RunningAHEADLog>"
    ).encode()


def event(attributes: str, children: str) -> str:
    return f"<Event {attributes}>{children}</Event>"


FIVE_K = '<Distance unit="km">5.00</Distance><Duration seconds="1500.00">25:00</Duration>'


@pytest.fixture
def in_berlin(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock in Berlin (summer time in April, +02:00)."""
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_german_log_gives_each_run_with_its_own_figures_and_leaves_the_swim_out() -> None:
    result = read_activity_file(GERMAN, log(GERMAN))
    assert result.format == "runningahead"
    assert result.skipped == {"Schwimmen": 1} and not result.undeclared
    race, intervals, untimed = result.runs
    assert (race.distance_km, race.duration_s) == (10.0, 2712.0)
    assert (race.title, race.gear, race.source) == ("Stadtlauf Rheinufer", "Fennek Tempo 3", "runningahead")
    # The session's own figures, never those of its intervals (1.00 and 0.40 km) or of its shoe's mileage.
    assert (intervals.distance_km, intervals.duration_s, intervals.title) == (8.4, 2880.0, "Bahn am Sportpark")
    assert (untimed.distance_km, untimed.duration_s, untimed.title, untimed.gear) == (6.0, 2160.0, "", "")
    assert race.elevation_gain_m is None


def test_the_start_is_the_runners_wall_clock_and_a_date_alone_starts_at_midnight_with_a_note(in_berlin: None) -> None:
    result = read_activity_file(GERMAN, log(GERMAN))
    race, intervals, untimed = result.runs
    # "2024-04-13T10:30:00Z": the hour the runner logged, on this computer's clock.
    assert race.start == dt.datetime(2024, 4, 13, 10, 30, tzinfo=BERLIN_SUMMER)
    assert race.start.utcoffset() == BERLIN_SUMMER.utcoffset(None)
    assert intervals.start == dt.datetime(2024, 4, 16, 17, 45, tzinfo=BERLIN_SUMMER)
    # "2024-04-18": its own day, from 00:00, and the report says so.
    assert untimed.start == dt.datetime(2024, 4, 18, 0, 0, tzinfo=BERLIN_SUMMER)
    assert untimed.local_date == dt.date(2024, 4, 18)
    assert result.notes == [
        "1 run logged with a date only starts at 00:00 on its day, a few minutes apart when a day has several"
    ]


def test_two_runs_logged_on_one_day_without_a_time_are_both_kept_and_found_again(db) -> None:
    # A runner who commutes by running logs the same 5 km twice on a day, without times.
    log_data = events(
        event('type="10" time="2024-05-06"', FIVE_K),
        event('type="10" time="2024-05-06"', FIVE_K),
        event('type="10" time="2024-05-07"', FIVE_K),
    )
    starts = [run.start for run in read_activity_file("log.xml", log_data).runs]
    assert [(start.date().day, start.hour, start.minute) for start in starts] == [(6, 0, 0), (6, 0, 3), (7, 0, 0)]
    first = training.import_data(db, "log.xml", log_data)
    assert (first.added, first.duplicates) == (3, 0)
    assert first.notes == [
        "3 runs logged with a date only start at 00:00 on their day, a few minutes apart when a day has several"
    ]
    again = training.import_data(db, "log.xml", log_data)
    assert (again.added, again.duplicates) == (0, 3)


def test_an_english_log_reads_miles_and_leaves_out_the_ride_the_walk_and_the_run_without_distance() -> None:
    result = read_activity_file(ENGLISH, log(ENGLISH))
    assert result.skipped == {"Bike": 1, "Walk": 1, "runs without a distance": 1}
    assert result.notes == [] and not result.undeclared
    easy, long_run = result.runs
    assert easy.distance_km == pytest.approx(6.20 * KM_PER_MILE)  # unit "mi"
    assert long_run.distance_km == pytest.approx(12.00 * KM_PER_MILE)  # unit "mile"
    assert (easy.duration_s, long_run.duration_s) == (3410.0, 6300.0)
    assert (easy.start.date(), easy.start.hour, easy.start.minute) == (dt.date(2023, 10, 1), 7, 5)
    assert easy.title == "Reservoir loop" and long_run.title == ""
    assert easy.gear == long_run.gear == "Larkspur Glide 2"


def test_a_time_with_an_offset_of_its_own_keeps_it() -> None:
    (run,) = read_activity_file("log.xml", events(event('type="10" time="2024-05-02T06:15:00-04:00"', FIVE_K))).runs
    assert run.start == dt.datetime(2024, 5, 2, 6, 15, tzinfo=dt.timezone(dt.timedelta(hours=-4)))


def test_runningaheads_number_for_running_wins_over_the_name_and_a_running_name_is_a_run() -> None:
    log_data = events(
        event('type="10" typeName="Bike" time="2024-05-01T07:00:00Z"', FIVE_K),
        event('type="99" typeName="Trail Run" time="2024-05-02T07:00:00Z"', FIVE_K),
        event('type="99" typeName="Aqua jogging" time="2024-05-03T07:00:00Z"', FIVE_K),
        event('type="12" typeName="Swim" time="2024-05-04T07:00:00Z"', FIVE_K),
        event('time="2024-05-05T07:00:00Z"', FIVE_K),
    )
    result = read_activity_file("log.xml", log_data)
    assert [run.start.day for run in result.runs] == [1, 2, 3, 5]
    assert result.skipped == {"Swim": 1}
    # The event that names no sport at all is judged by its pace.
    assert list(result.undeclared) == [3]


def test_an_event_of_no_named_sport_at_walking_pace_is_not_taken_for_a_run(db) -> None:
    walk = '<Distance unit="km">4.00</Distance><Duration seconds="3600.00">1:00:00</Duration>'
    log_data = events(event('time="2024-05-05T07:00:00Z"', walk), event('time="2024-05-06T07:00:00Z"', FIVE_K))
    report = training.import_data(db, "log.xml", log_data)
    assert report.added == 1
    (not_taken,) = report.not_taken
    assert not_taken.reason.kind == "walking" and not_taken.run.distance_km == 4.0


def test_a_damaged_event_is_left_out_and_named_by_its_position_and_date_and_the_rest_is_read() -> None:
    def run(time: str, children: str = FIVE_K) -> str:
        return event(f'type="10" {time}', children)

    log_data = events(
        run('time="2024-05-01T07:00:00Z"'),
        run('time="2024-05-02T07:00:00Z"', '<Distance unit="km">1O.00</Distance><Duration seconds="60"/>'),
        run('time="2024-05-03T07:00:00Z"', '<Distance unit="furlong">40</Distance><Duration seconds="60"/>'),
        run('time="2024-05-04T07:00:00Z"', '<Distance unit="km">5.00</Distance>'),
        run('time="2024-13-40T07:00:00Z"'),
        run('time="1975-05-06T07:00:00Z"'),
        run(""),
        run('time="2024-05-08T07:00:00Z"', FIVE_K.replace("1500.00", "abc")),
        run('time="2024-05-09T07:00:00Z"', '<Distance>5.00</Distance><Duration seconds="60"/>'),
        run('time="2024-05-10T07:00:00Z"'),
    )
    result = read_activity_file("log.xml", log_data)
    assert [run.start.day for run in result.runs] == [1, 10]
    assert result.notes == [
        "event 2 (2024-05-02T07:00:00Z) left out: its distance '1O.00' is not a number",
        "event 3 (2024-05-03T07:00:00Z) left out: its distance is in 'furlong', a unit calfdesk does not know "
        "(km, m, mi or mile)",
        "event 4 (2024-05-04T07:00:00Z) left out: it has no duration",
        "event 5 (2024-13-40T07:00:00Z) left out: its date '2024-13-40T07:00:00Z' is not a date and time",
        "event 6 (1975-05-06T07:00:00Z) left out: start: date 1975-05-06 is not believable (calfdesk takes runs "
        "from 1980 to tomorrow)",
        "event 7 (no date) left out: it has no date",
        "event 8 (2024-05-08T07:00:00Z) left out: its duration 'abc' is not a number of seconds",
        "event 9 (2024-05-09T07:00:00Z) left out: its distance names no unit",
    ]
    assert result.skipped == {}


def test_an_event_without_a_distance_or_of_zero_is_counted_as_a_run_without_one() -> None:
    log_data = events(
        event('type="10" time="2024-05-01T07:00:00Z"', '<Duration seconds="1500.00"/>'),
        event('type="10" time="2024-05-02T07:00:00Z"', '<Distance unit="km">0.00</Distance><Duration seconds="9"/>'),
        event('type="10" time="2024-05-03T07:00:00Z"', FIVE_K),
    )
    result = read_activity_file("log.xml", log_data)
    assert len(result.runs) == 1 and result.skipped == {"runs without a distance": 2}


def test_a_log_without_any_event_or_declaring_entities_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"^empty\.xml: the log holds no event$"):
        read_activity_file("empty.xml", events())
    hostile = (
        b'<?xml version="1.0"?><!DOCTYPE RunningAHEADLog [<!ENTITY km "10.00">]><RunningAHEADLog version="3.1">'
        b'<EventCollection><Event type="10" time="2024-05-01T07:00:00Z"><Distance unit="km">&km;</Distance>'
        b'<Duration seconds="3000"/></Event></EventCollection></RunningAHEADLog>'
    )
    with pytest.raises(InvalidInput, match="DOCTYPE"):
        read_activity_file("hostile.xml", hostile)
    # Declared after a comment, in another encoding: refused the same.
    with pytest.raises(InvalidInput, match="DOCTYPE"):
        read_activity_file("hostile.xml", hostile.replace(b"?>", b' encoding="iso-8859-15"?><!-- log -->', 1))


def test_a_truncated_log_is_refused_where_it_stops() -> None:
    with pytest.raises(InvalidInput, match=r"not valid XML \(line \d+, column \d+\)"):
        read_activity_file(GERMAN, log(GERMAN)[:1500])


def test_a_folder_reads_the_logs_and_ignores_other_xml_and_a_log_imported_again_adds_nothing(
    db, tmp_path: Path
) -> None:
    folder = tmp_path / "RunningAHEAD"
    folder.mkdir()
    shutil.copyfile(DATA / GERMAN, folder / "export.xml")
    shutil.copyfile(DATA / ENGLISH, folder / ENGLISH)
    (folder / "settings.xml").write_bytes(b'<?xml version="1.0"?><settings><units>km</units></settings>')
    (folder / "page.xml").write_bytes(b'<?xml version="1.0"?><RunningAHEADPage/>')
    first = training.import_files(db, [folder])
    assert (first.added, first.duplicates, first.ignored) == (5, 0, 2)
    by_name = {item.name: item for item in first.files}
    german = next(item for name, item in by_name.items() if name.endswith("export.xml"))
    assert german.skipped == {"Schwimmen": 1} and german.new_shoes == ["Fennek Tempo 3"]
    runs = training.list_runs(db)
    assert {run.source for run in runs} == {"runningahead"}
    assert (
        sorted(run.shoe_name or "" for run in runs)
        == ["", "Fennek Tempo 3", "Fennek Tempo 3"] + ["Larkspur Glide 2"] * 2
    )
    again = training.import_data(db, GERMAN, log(GERMAN))
    assert (again.added, again.duplicates) == (0, 3)
    assert len(training.list_runs(db)) == 5


RUNNING = st.sampled_from(['type="10"', 'type="10" typeName="Laufen"', 'typeName="Run"', 'typeName="Bike"', ""])
UNIT = st.sampled_from(["km", "km", "m", "mi", "mile", "KM", "km", "mi", "", "furlong"])
DISTANCE = mostly(st.floats(1, 50).map(lambda value: f"{value:.2f}"), NUMBER_TEXT)
SECONDS = mostly(st.floats(600, 20_000).map(lambda value: f"{value:.2f}"), NUMBER_TEXT)
DAY_TEXT = mostly(
    st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2025, 1, 1)).map(dt.date.isoformat),
    st.one_of(
        ISO_TIME,
        st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(dt.date.isoformat),
        st.sampled_from(["2024-02-30", "18.04.2024", ""]),
    ),
)


@st.composite
def runningahead_file(draw: st.DrawFn) -> bytes:
    """A log whose every figure, unit, date and sport is anything a damaged file may hold."""
    items = []
    for _ in range(draw(st.integers(1, 3))):
        intervals = "".join(
            f'<Interval><Distance unit="{draw(UNIT)}">{draw(NUMBER_TEXT)}</Distance>'
            f'<Duration seconds="{draw(NUMBER_TEXT)}"/></Interval>'
            for _ in range(draw(st.integers(0, 2)))
        )
        items.append(
            event(
                f'{draw(RUNNING)} time="{draw(DAY_TEXT)}"',
                f'<Distance unit="{draw(UNIT)}">{draw(DISTANCE)}</Distance>'
                f'<Duration seconds="{draw(SECONDS)}">{draw(NUMBER_TEXT)}</Duration>'
                f"<IntervalCollection>{intervals}</IntervalCollection>",
            )
        )
    return events(*items)


@settings(max_examples=150, deadline=None)
@given(runningahead_file())
def test_any_figure_of_a_log_is_read_or_refused_in_the_formats_own_terms(data: bytes) -> None:
    check("fuzzed.xml", data)
