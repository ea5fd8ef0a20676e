"""The formats beyond GPX, TCX, FIT and the export CSVs, each on real files of other open-source projects
(tests/data/<format>/LICENSES.md names them and the reference values used here)."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from calfdesk.errors import InvalidInput
from calfdesk.importers import read_activity_file
from calfdesk.services import training
from calfdesk.words.training import not_a_run_words

DATA = Path(__file__).resolve().parents[1] / "data"


def real(folder: str, name: str) -> bytes:
    return (DATA / folder / name).read_bytes()


# KML and KMZ -------------------------------------------------------------------------------------------

MY_TRACKS_KM = 4.83 * 1.609344  # the file's own summary: 4.83 mi in 1h42'09"


def test_a_kml_track_is_read_with_its_own_summary_figures() -> None:
    result = read_activity_file("hike.kml", real("kml", "google_ext.kml"))
    (run,) = result.runs
    assert run.source == "kml"
    assert run.start == dt.datetime(2014, 5, 25, 18, 30, 59, tzinfo=dt.UTC)
    assert run.distance_km == pytest.approx(MY_TRACKS_KM, rel=0.01)
    assert run.duration_s == pytest.approx(6129, abs=1)
    # KML names no sport: the track is judged by how it moves.
    assert 0 in result.undeclared


def test_a_kmz_is_read_from_its_main_kml_and_a_file_without_track_is_refused() -> None:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("doc.kml", real("kml", "google_ext.kml"))
    (run,) = read_activity_file("hike.kmz", packed.getvalue()).runs
    assert run.distance_km == pytest.approx(MY_TRACKS_KM, rel=0.01)
    route = (
        b'<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><LineString>'
        b"<coordinates>8.97,48.50,400 8.98,48.51,410</coordinates></LineString></Placemark></kml>"
    )
    with pytest.raises(InvalidInput, match="no track"):
        read_activity_file("route.kml", route)


def test_a_kml_run_is_stored_under_its_own_source_without_a_change_to_the_data_file(db) -> None:
    # 4.6 km/h on average, but stretches at 12 km/h: a run-walk, taken as the untyped GPX tracks are.
    report = training.import_data(db, "hike.kml", real("kml", "google_ext.kml"))
    assert report.added == 1
    [run] = training.list_runs(db)
    assert run.source == "kml" and run.source_file == "hike.kml"


# Garmin Connect CSV in German --------------------------------------------------------------------------

# Garmin Connect's German column names (as its "Export CSV" writes them), a title line above the header,
# decimal commas in quoted cells. Written for this test: no German export is published with a licence.
GERMAN_GARMIN = (
    "Aktivitäten\r\n"
    "Aktivitätstyp,Datum,Favorit,Titel,Distanz,Kalorien,Zeit,Ø HF,Max. HF,Positiver Höhenunterschied\r\n"
    'Laufen,2026-03-02 07:00:00,false,"Morgenlauf","10,20","700","00:55:30","150","170","85"\r\n'
    'Laufband,2026-03-03 18:00:00,false,"Laufband","5,00","350","00:27:00","140","160","--"\r\n'
    'Radfahren,2026-03-04 18:00:00,false,"Rad","30,00","600","01:00:00","130","150","200"\r\n'
    'Skilanglauf,2026-03-05 10:00:00,false,"Loipe","15,00","900","01:30:00","140","165","120"\r\n'
).encode()


def test_a_german_garmin_connect_csv_with_a_title_line_is_read() -> None:
    result = read_activity_file("Activities.csv", GERMAN_GARMIN)
    assert result.format == "garmin"
    morning, treadmill = result.runs
    assert morning.distance_km == pytest.approx(10.2) and morning.duration_s == 55 * 60 + 30
    assert morning.elevation_gain_m == 85 and morning.title == "Morgenlauf"
    assert morning.start.replace(tzinfo=None) == dt.datetime(2026, 3, 2, 7, 0)
    assert treadmill.distance_km == 5.0 and treadmill.elevation_gain_m is None
    assert result.skipped == {"Radfahren": 1, "Skilanglauf": 1}


# PWX ---------------------------------------------------------------------------------------------------


def test_a_pwx_run_is_read_with_the_figures_sportstracker_reads() -> None:
    (run,) = read_activity_file("timex.pwx", real("pwx", "Timex_Run_Trainer_2013_01_01_08_22_52.pwx")).runs
    assert run.source == "pwx"
    assert run.start.replace(tzinfo=None) == dt.datetime(2013, 1, 1, 8, 22, 52)
    assert run.duration_s == pytest.approx(2381.21)
    assert run.distance_km == pytest.approx(3.869, abs=0.001)


def test_a_pwx_run_without_any_distance_is_left_out_with_the_reason() -> None:
    result = read_activity_file("race.pwx", real("pwx", "Timex20100618201200_1.pwx"))
    assert result.runs == [] and result.skipped == {"runs without a distance": 1}


# Polar HRM ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("file", "start", "seconds", "metres"),
    [
        ("cycling-metric.hrm", dt.datetime(2002, 11, 20, 14, 7, 44), 4395, 29_900),
        ("cycling-english.hrm", dt.datetime(2002, 11, 20, 13, 10, 42), 3060, 20_921),
    ],
)
def test_polar_hrm_files_are_read_with_the_figures_sportstracker_reads(
    file: str, start: dt.datetime, seconds: int, metres: int
) -> None:
    result = read_activity_file(file, real("polar", file))
    (run,) = result.runs
    assert run.source == "polar_hrm"
    assert run.start.replace(tzinfo=None) == start
    assert run.duration_s == seconds
    assert run.distance_km * 1000 == pytest.approx(metres, abs=1)
    # HRM names no sport: its fastest minute, from the speed samples, tells.
    assert result.undeclared[0].sustained_kmh is not None


def test_a_bike_ride_in_hrm_is_not_taken_for_a_run_and_a_file_without_speed_has_no_distance(db) -> None:
    report = training.import_data(db, "ride.hrm", real("polar", "cycling-metric.hrm"))
    assert report.added == 0 and not_a_run_words(report.not_taken[0].reason).startswith("not a run: a stretch at")
    no_speed = read_activity_file("run.hrm", real("polar", "running-metric.hrm"))
    assert no_speed.runs == [] and no_speed.skipped == {"runs without a distance": 1}
