"""Polar's and Suunto's own files, each on real files of other open-source projects (tests/data/polar and
tests/data/suunto, LICENSES.md there names them and the reference values used here)."""

from __future__ import annotations

import datetime as dt
import gzip
from pathlib import Path

import pytest

from calfdesk.errors import InvalidInput
from calfdesk.importers import read_activity_file
from calfdesk.importers.format import UnknownFormat
from calfdesk.services import training

DATA = Path(__file__).resolve().parents[1] / "data"
PED = (DATA / "polar" / "polar-ped-sample.ped").read_bytes()
RS200 = (DATA / "polar" / "rs200sd-sample.xml").read_bytes()
SML_JOG = DATA / "suunto" / "34FB984612000700-2016-03-13T14_55_57-0.sml"
SML_DRIVE = DATA / "suunto" / "34FB984612000700-2016-03-13T14_41_38-0.sml.gz"
SML_RUN = DATA / "suunto" / "BABECAFEBABECAFE-2015-06-25T18_45_58-0.sml.gz"
SML_TREK = DATA / "suunto" / "CAFEBABECAFEBABE-2014-12-31T12_00_32-0.sml.gz"
MOVES_RIDE = DATA / "suunto" / "log-CAFEBABECAFEBABE-2014-07-23T18_56_14-5.xml.gz"
PLUS_TWO = dt.timezone(dt.timedelta(hours=2))


# Polar Personal Trainer (.ped) ---------------------------------------------------------------------------


def test_a_polar_personal_trainer_export_of_bike_sessions_imports_nothing_and_says_why() -> None:
    result = read_activity_file("sessions.ped", PED)
    assert result.runs == [] and result.skipped == {"Exercise Bike": 2}


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
    assert report.not_taken[0].reason == "not a run: average 58 km/h"


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
    assert report.added == 0 and report.not_taken[0].reason == "not a run: average 28 km/h"


def test_an_xml_whose_root_is_another_header_is_no_suunto_log() -> None:
    with pytest.raises(UnknownFormat, match="an XML file of a kind calfdesk does not read"):
        read_activity_file("mail.xml", b'<?xml version="1.0"?><header><from>coach</from></header>')


# Shared suffixes: .xml -------------------------------------------------------------------------------------


def test_an_xml_of_another_kind_is_still_refused_as_one_calfdesk_does_not_read() -> None:
    with pytest.raises(UnknownFormat, match="an XML file of a kind calfdesk does not read"):
        read_activity_file("notes.xml", b'<?xml version="1.0"?><notes><note>easy week</note></notes>')
    with pytest.raises(InvalidInput, match="not a Polar Personal Trainer export"):
        read_activity_file("notes.ped", b'<?xml version="1.0"?><notes/>')


def test_a_folder_reads_polar_and_suunto_files_packed_or_not_and_ignores_other_xml(db, tmp_path: Path) -> None:
    folder = tmp_path / "watch exports"
    folder.mkdir()
    (folder / "user_export.xml").write_bytes(PED.replace(b"<sport>Exercise Bike</sport>", b"<sport>Running</sport>"))
    (folder / "session.xml").write_bytes(RS200)
    (folder / SML_JOG.name).write_bytes(SML_JOG.read_bytes())
    (folder / MOVES_RIDE.name).write_bytes(MOVES_RIDE.read_bytes())
    (folder / "export_cda.xml").write_bytes(b'<?xml version="1.0"?><ClinicalDocument/>')
    report = training.import_files(db, [folder])
    assert report.ignored == 1
    sources = sorted(run.source for run in training.list_runs(db))
    assert sources == ["polar_ped", "polar_ped", "polar_rs200", "suunto_sml"]
