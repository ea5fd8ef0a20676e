"""Polar's and Suunto's own files, each on real files of other open-source projects (tests/data/polar and
tests/data/suunto, LICENSES.md there names them and the reference values used here)."""

from __future__ import annotations

import datetime as dt
import gzip
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calfdesk.errors import InvalidInput
from calfdesk.importers import read_activity_file
from calfdesk.importers.format import UnknownFormat
from calfdesk.services import training
from calfdesk.words.training import not_a_run_words
from tests.unit.test_importer_field_fuzz import ISO_TIME, NUMBER_TEXT, check

DATA = Path(__file__).resolve().parents[1] / "data"
PED = (DATA / "polar" / "polar-ped-sample.ped").read_bytes()
RS200 = (DATA / "polar" / "rs200sd-sample.xml").read_bytes()
SML_JOG = DATA / "suunto" / "34FB984612000700-2016-03-13T14_55_57-0.sml"
SML_DRIVE = DATA / "suunto" / "34FB984612000700-2016-03-13T14_41_38-0.sml.gz"
SML_RUN = DATA / "suunto" / "BABECAFEBABECAFE-2015-06-25T18_45_58-0.sml.gz"
SML_TREK = DATA / "suunto" / "CAFEBABECAFEBABE-2014-12-31T12_00_32-0.sml.gz"
MOVES_RIDE = DATA / "suunto" / "log-CAFEBABECAFEBABE-2014-07-23T18_56_14-5.xml.gz"
SUUNTO_APP_RUN = DATA / "suunto" / "suunto.json.gz"
SUUNTO_APP_MULTISPORT = DATA / "suunto" / "multisport.json"
PLUS_TWO = dt.timezone(dt.timedelta(hours=2))
PLUS_ONE = dt.timezone(dt.timedelta(hours=1))


# Polar Personal Trainer (.ped) ---------------------------------------------------------------------------


def test_a_polar_personal_trainer_export_of_bike_sessions_imports_nothing_and_says_why() -> None:
    result = read_activity_file("sessions.ped", PED)
    assert result.runs == [] and result.skipped == {"Exercise Bike": 2}


def test_an_exercise_without_a_sport_is_named_by_its_speed_sensor() -> None:
    unnamed = PED.replace(b"<sport>Exercise Bike</sport>", b"")
    assert read_activity_file("sessions.ped", unnamed).skipped == {"Cycling": 2}
    running = unnamed.replace(b"<type>CYCLING</type>", b"<type>RUNNING</type>", 1)
    result = read_activity_file("sessions.ped", running)
    assert [run.distance_km for run in result.runs] == [12.8] and result.undeclared == {}


def test_a_polar_personal_trainer_run_is_read_with_the_figures_sportstracker_reads() -> None:
    # The real export with its first session's sport named a run, as Polar writes it for runners.
    running = PED.replace(b"<sport>Exercise Bike</sport>", b"<sport>Running</sport>", 1)
    result = read_activity_file("user_export.xml", running)
    (run,) = result.runs
    assert run.source == "polar_ped"
    # SportsTracker's PolarPedParserTest: 2010-04-02 19:19:00, 52:36 (31,560 tenths), 12,800 m.
    assert run.start.replace(tzinfo=None) == dt.datetime(2010, 4, 2, 19, 19)
    assert run.duration_s == 3156
    assert run.distance_km == pytest.approx(12.8)
    assert result.skipped == {"Exercise Bike": 1}


def test_the_climb_of_a_polar_personal_trainer_run_is_its_laps_ascent_added_up() -> None:
    # Laps as Polar's export writes them (ascent in metres, from feet: 16 ft and 33 ft), into the real file.
    laps = b"<laps><lap index='0'><ascent>4.8768</ascent></lap><lap index='1'><ascent>10.0584</ascent></lap></laps>"
    running = PED.replace(b"<sport>Exercise Bike</sport>", b"<sport>Running</sport>", 1)
    running = running.replace(b"</fat-consumption>", b"</fat-consumption>" + laps, 1)
    (run,) = read_activity_file("user_export.ped", running).runs
    assert run.elevation_gain_m == pytest.approx(14.9352)
    assert read_activity_file("user_export.ped", running.replace(laps, b"")).runs[0].elevation_gain_m is None


def test_a_session_of_no_named_sport_is_judged_by_its_pace_and_two_part_durations_are_hours_and_minutes() -> None:
    # The second session's duration is "00:50": fifty minutes for its 12.3 km.
    other = PED.replace(b"<sport>Exercise Bike</sport>", b"<sport>Other sport</sport>")
    result = read_activity_file("sessions.ped", other)
    assert [run.duration_s for run in result.runs] == [3156, 3000]
    assert set(result.undeclared) == {0, 1}


# Polar RS200 (ProTrainer's XML) ----------------------------------------------------------------------------


def test_a_polar_rs200_session_is_read_with_the_figures_sportstracker_reads(db) -> None:
    result = read_activity_file("rs200.xml", RS200)
    (run,) = result.runs
    assert run.source == "polar_rs200"
    # SportsTracker's PolarRS200SDParserTest: 2006-02-20 16:54:11, 28:51.6, 5,680 m.
    assert run.start.replace(tzinfo=None) == dt.datetime(2006, 2, 20, 16, 54, 11)
    assert run.duration_s == pytest.approx(1731.6)
    assert run.distance_km == pytest.approx(5.68)
    # The RS200 names no sport: its fastest lap (the file's best lap, 1,000 m in 290.0 s) tells.
    assert result.undeclared[0].sustained_kmh == pytest.approx(3.6 * 1000 / 290.0)
    report = training.import_data(db, "rs200.xml", RS200)
    assert report.added == 1


def test_an_rs200_session_recorded_without_its_foot_pod_has_no_distance() -> None:
    no_pod = RS200.replace(b"<has_pace_data>True</has_pace_data>", b"<has_pace_data>False</has_pace_data>")
    result = read_activity_file("rs200.xml", no_pod)
    assert result.runs == [] and result.skipped == {"runs without a distance": 1}


# Suunto SML ------------------------------------------------------------------------------------------------


def test_a_suunto_sml_log_keeps_the_offset_of_the_watch_and_its_own_totals() -> None:
    result = read_activity_file(SML_JOG.name, SML_JOG.read_bytes())
    (run,) = result.runs
    assert run.source == "suunto_sml"
    # The file's own header: 2016-03-13T14:55:57 on the watch, 319.2 s, 590 m; its first sample 13:55:57Z.
    assert run.start == dt.datetime(2016, 3, 13, 14, 55, 57, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert run.duration_s == pytest.approx(319.2)
    assert run.distance_km == pytest.approx(0.59)
    # ActivityType 1 ("not specified sport", the GPS Track POD's): its fastest minute, from the samples, tells.
    assert 8 < result.undeclared[0].sustained_kmh < 25


def test_a_suunto_log_of_a_drive_is_not_taken_for_a_run(db) -> None:
    # 12,796 m in 794 s (the file's header), packed as .gz: a drive, left out with the reason.
    report = training.import_data(db, SML_DRIVE.name, SML_DRIVE.read_bytes())
    assert report.added == 0
    assert not_a_run_words(report.not_taken[0].reason) == "not a run: average 58 km/h"


def test_a_suunto_running_log_is_read_with_its_own_totals_and_the_offset_of_the_watch() -> None:
    result = read_activity_file(SML_RUN.name, SML_RUN.read_bytes())
    (run,) = result.runs
    # The file's own header: Running (ActivityType 3), 2015-06-25T18:45:58 on the watch (first sample
    # 16:45:56.427Z), 4517.6 s, 10,242 m, 28 m of ascent. A declared run: no judging by movement.
    assert run.start == dt.datetime(2015, 6, 25, 18, 45, 58, tzinfo=PLUS_TWO)
    assert run.duration_s == pytest.approx(4517.6)
    assert run.distance_km == pytest.approx(10.242)
    assert run.elevation_gain_m == 28
    assert result.undeclared == {}


def test_a_suunto_log_of_another_sport_is_left_out_under_its_name() -> None:
    result = read_activity_file(SML_TREK.name, SML_TREK.read_bytes())
    assert result.runs == [] and result.skipped == {"Trekking": 1}
    trail = SML_JOG.read_bytes().replace(b"<ActivityType>1</ActivityType>", b"<ActivityType>82</ActivityType>")
    assert read_activity_file("trail.sml", trail).undeclared == {}


# Suunto Moveslink2 log (log-*.xml) -------------------------------------------------------------------------


def test_a_moveslink2_log_of_a_ride_is_left_out_under_its_sport() -> None:
    result = read_activity_file(MOVES_RIDE.name, MOVES_RIDE.read_bytes())
    assert result.format == "suunto_moves"
    assert result.runs == [] and result.skipped == {"Cycling": 1}


def test_a_moveslink2_log_is_read_as_one_document_and_a_ride_called_a_run_is_still_refused(db) -> None:
    # The real log (a header and its samples side by side, no element around them) named a run.
    log = gzip.decompress(MOVES_RIDE.read_bytes()).replace(
        b"<Activity>Cycling</Activity>", b"<Activity>Running</Activity>"
    )
    (run,) = read_activity_file("log.xml", log).runs
    # OpenMoves' test reads 21,277 m; the header: 2014-07-23T18:56:14 (first sample 16:56:13.888Z), 2692.4 s, 53 m.
    assert run.distance_km == pytest.approx(21.277)
    assert run.start == dt.datetime(2014, 7, 23, 18, 56, 14, tzinfo=PLUS_TWO)
    assert run.duration_s == pytest.approx(2692.4) and run.elevation_gain_m == 53
    report = training.import_data(db, "log.xml", log)
    assert report.added == 0 and not_a_run_words(report.not_taken[0].reason) == "not a run: average 28 km/h"


@pytest.mark.parametrize(
    ("name", "document"),
    [
        ("log.sml", '<?xml version="1.0"?><!DOCTYPE sml [<!ENTITY big "{big}">]><sml><DeviceLog><Header>'),
        ("log-1-2014.xml", '<?xml version="1.0"?><!DOCTYPE header [<!ENTITY big "{big}">]><header>'),
    ],
)
def test_a_suunto_log_declaring_entities_is_refused_and_nothing_is_expanded(name: str, document: str) -> None:
    header = "<Duration>1800</Duration><ActivityType>3</ActivityType><Distance>&big;</Distance>"
    data = (document.replace("{big}", "9" * 1000) + header + "<DateTime>2026-03-02T07:00:00</DateTime>").encode()
    closing = b"</Header></DeviceLog></sml>" if name.endswith(".sml") else b"</header><Samples/>"
    with pytest.raises(InvalidInput, match=r"DOCTYPE|not valid XML"):
        read_activity_file(name, data + closing)


def test_an_xml_whose_root_is_another_header_is_no_suunto_log() -> None:
    with pytest.raises(UnknownFormat, match="an XML file of a kind calfdesk does not read"):
        read_activity_file("mail.xml", b'<?xml version="1.0"?><header><from>coach</from></header>')


# The Suunto app's JSON --------------------------------------------------------------------------------------


def test_a_suunto_app_workout_is_read_with_its_own_offset_and_its_pauses_taken_off(db) -> None:
    result = read_activity_file(SUUNTO_APP_RUN.name, SUUNTO_APP_RUN.read_bytes())
    (run,) = result.runs
    assert run.source == "suunto_json"
    # The file's own header: ActivityType 82 (trail running, its sport mode named "Mountain"), DateTime
    # 2018-03-13T17:57:02.449+01:00, Duration 3393.18 s with PauseDuration 156.928 s (its "Move" window:
    # 3236.3 s), Distance 10,136 m, Ascent 162.8 m.
    assert run.start.replace(microsecond=0) == dt.datetime(2018, 3, 13, 17, 57, 2, tzinfo=PLUS_ONE)
    assert run.duration_s == pytest.approx(3236.3, abs=0.1)
    assert run.distance_km == pytest.approx(10.136)
    assert run.elevation_gain_m == pytest.approx(162.8)
    assert result.undeclared == {}
    assert training.import_data(db, "workout.json.gz", SUUNTO_APP_RUN.read_bytes()).added == 1


def test_a_suunto_app_multisport_workout_is_left_out_under_its_name() -> None:
    result = read_activity_file(SUUNTO_APP_MULTISPORT.name, SUUNTO_APP_MULTISPORT.read_bytes())
    assert result.runs == [] and result.skipped == {"Multisport": 1}


def test_a_json_of_another_kind_is_refused_as_one_calfdesk_does_not_read() -> None:
    with pytest.raises(UnknownFormat, match=r"not a .* activity file"):
        read_activity_file("sleep.json", b'[{"sleepStartTimestampGMT": "2026-03-02T22:10:00.0"}]')
    with pytest.raises(UnknownFormat):
        read_activity_file("other.json", b'{"Other": 1, "DeviceLog": {}}')


# Shared suffixes: .xml -------------------------------------------------------------------------------------


def test_an_xml_of_another_kind_is_still_refused_as_one_calfdesk_does_not_read() -> None:
    with pytest.raises(UnknownFormat, match="an XML file of a kind calfdesk does not read"):
        read_activity_file("notes.xml", b'<?xml version="1.0"?><notes><note>easy week</note></notes>')
    with pytest.raises(InvalidInput, match="not a Polar Personal Trainer export"):
        read_activity_file("notes.ped", b'<?xml version="1.0"?><notes/>')


def test_a_folder_reads_polar_and_suunto_files_packed_or_not_and_ignores_other_xml_and_json(db, tmp_path: Path) -> None:
    folder = tmp_path / "watch exports"
    folder.mkdir()
    (folder / "user_export.xml").write_bytes(PED.replace(b"<sport>Exercise Bike</sport>", b"<sport>Running</sport>"))
    (folder / "session.xml").write_bytes(RS200)
    (folder / SML_JOG.name).write_bytes(SML_JOG.read_bytes())
    (folder / MOVES_RIDE.name).write_bytes(MOVES_RIDE.read_bytes())
    (folder / "1521990000000_1234_post_timeline-1.json.gz").write_bytes(SUUNTO_APP_RUN.read_bytes())
    (folder / "export_cda.xml").write_bytes(b'<?xml version="1.0"?><ClinicalDocument/>')
    (folder / "settings.json").write_bytes(b'{"units": "metric"}')
    report = training.import_files(db, [folder])
    assert report.ignored == 2
    sources = sorted(run.source for run in training.list_runs(db))
    assert sources == ["polar_ped", "polar_ped", "polar_rs200", "suunto_json", "suunto_sml"]


# Every field drawn at random: valid runs or the file's own error ----------------------------------------------


def mostly(usual: st.SearchStrategy[str], anything: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """What a run's file holds three times in four, so most examples reach the run itself; anything otherwise."""
    return st.one_of(usual, usual, usual, anything)


TEXT = st.one_of(NUMBER_TEXT, st.sampled_from(["", "Running", "Other sport", "12:34", "00:50", "1:2:3:4", "x"]))
SPORT = mostly(st.just("Running"), TEXT)
METRES = mostly(st.floats(100, 50_000).map(lambda value: f"{value:.1f}"), NUMBER_TEXT)
SECONDS = mostly(st.floats(600, 20_000).map(lambda value: f"{value:.1f}"), NUMBER_TEXT)
DURATION = mostly(st.sampled_from(["00:52:36", "01:02", "00:31:12.5"]), TEXT)
PLAUSIBLE_CLOCK = st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2025, 1, 1))
ANY_CLOCK = st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31))
WALL_CLOCK = mostly(
    PLAUSIBLE_CLOCK.map(lambda moment: moment.strftime("%Y-%m-%dT%H:%M:%S")),
    st.one_of(ANY_CLOCK.map(lambda moment: moment.strftime("%Y-%m-%dT%H:%M:%S")), ISO_TIME, TEXT),
)
CLOCK_PART = st.one_of(st.integers(-5, 3000).map(str), TEXT)
SAMPLE_TIME = mostly(st.just("2015-06-25T16:45:56.427Z"), ISO_TIME)


@st.composite
def ped_file(draw: st.DrawFn) -> bytes:
    laps = "".join(f"<lap><ascent>{draw(NUMBER_TEXT)}</ascent></lap>" for _ in range(draw(st.integers(0, 2))))
    time = draw(WALL_CLOCK).replace("T", " ") + ".0"
    return (
        '<?xml version="1.0"?><polar-exercise-data xmlns="http://www.polarpersonaltrainer.com"><calendar-items>'
        f"<exercise><time>{time}</time><sport>{draw(SPORT)}</sport><result><distance>{draw(METRES)}</distance>"
        f"<duration>{draw(DURATION)}</duration><laps>{laps}</laps></result></exercise></calendar-items>"
        "</polar-exercise-data>"
    ).encode()


@st.composite
def rs200_file(draw: st.DrawFn) -> bytes:
    start = "".join(
        f"<{part}>{draw(mostly(st.integers(low, high).map(str), CLOCK_PART))}</{part}>"
        for part, low, high in (
            ("day", 1, 28),
            ("month", 1, 12),
            ("year", 2000, 2030),
            ("start_hour", 0, 23),
            ("start_minute", 0, 59),
            ("start_second", 0, 59),
        )
    )
    laps = "".join(
        f"<lap><laptime>{draw(SECONDS)}</laptime><lap_length>{draw(METRES)}</lap_length></lap>"
        for _ in range(draw(st.integers(0, 2)))
    )
    return (
        f"<rs200_session><session_data>{start}<has_pace_data>True</has_pace_data><summary>"
        f"<total_distance>{draw(METRES)}</total_distance><length>{draw(SECONDS)}</length></summary>"
        f"<laps>{laps}</laps></session_data></rs200_session>"
    ).encode()


def suunto_log(draw: st.DrawFn) -> tuple[str, str]:
    header = (
        f"<Duration>{draw(SECONDS)}</Duration><Ascent>{draw(NUMBER_TEXT)}</Ascent>"
        f"<ActivityType>{draw(st.one_of(st.sampled_from(['1', '3', '82', '4']), TEXT))}</ActivityType>"
        f"<Activity>{draw(SPORT)}</Activity><Distance>{draw(METRES)}</Distance>"
        f"<DateTime>{draw(WALL_CLOCK)}</DateTime>"
    )
    samples = "".join(
        f"<Sample><UTC>{draw(SAMPLE_TIME)}</UTC><Time>{draw(SECONDS)}</Time>"
        f"<Distance>{draw(METRES)}</Distance></Sample>"
        for _ in range(draw(st.integers(0, 3)))
    )
    return header, samples


@st.composite
def sml_file(draw: st.DrawFn) -> bytes:
    header, samples = suunto_log(draw)
    return (
        '<?xml version="1.0" encoding="utf-8"?><sml xmlns="http://www.suunto.com/schemas/sml"><DeviceLog>'
        f"<Header>{header}</Header><Samples>{samples}</Samples></DeviceLog></sml>"
    ).encode()


@st.composite
def moves_file(draw: st.DrawFn) -> bytes:
    header, samples = suunto_log(draw)
    return f'<?xml version="1.0" encoding="utf-8"?>\n<header>{header}</header>\n<Samples>{samples}</Samples>'.encode()


@st.composite
def suunto_json_file(draw: st.DrawFn) -> bytes:
    number = st.one_of(st.floats(0, 50_000), st.floats(allow_nan=False), st.integers(), st.none(), st.text(max_size=5))
    header = {
        "Activity": draw(SPORT),
        "ActivityType": draw(st.one_of(st.sampled_from([1, 3, 82, 4]), number)),
        "DateTime": draw(WALL_CLOCK),
        "Duration": draw(st.one_of(st.floats(600, 20_000), number)),
        "PauseDuration": draw(number),
        "Distance": draw(st.one_of(st.floats(100, 50_000), number)),
        "Ascent": draw(number),
    }
    samples = [
        {"TimeISO8601": draw(st.one_of(SAMPLE_TIME, st.none())), "Distance": draw(number)}
        for _ in range(draw(st.integers(0, 3)))
    ]
    return json.dumps({"DeviceLog": {"Header": header, "Samples": samples}}).encode()


@settings(max_examples=100, deadline=None)
@given(data=suunto_json_file())
def test_suunto_json_fields(data: bytes) -> None:
    check("workout.json", data)


@settings(max_examples=100, deadline=None)
@given(data=ped_file())
def test_ped_fields(data: bytes) -> None:
    check("user_export.ped", data)


@settings(max_examples=100, deadline=None)
@given(data=rs200_file())
def test_rs200_fields(data: bytes) -> None:
    check("session.xml", data)


@settings(max_examples=100, deadline=None)
@given(data=sml_file())
def test_sml_fields(data: bytes) -> None:
    check("log.sml", data)


@settings(max_examples=100, deadline=None)
@given(data=moves_file())
def test_moves_log_fields(data: bytes) -> None:
    check("log-0000-2014-07-23T18_56_14-5.xml", data)
