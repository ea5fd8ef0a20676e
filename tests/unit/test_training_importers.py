"""Each run file format with small files the tests make: good, other sports, broken, empty and truncated."""

from __future__ import annotations

import datetime as dt
import gzip

import pytest

from calfdesk.domain.track import elevation_gain_m
from calfdesk.domain.units import parse_duration
from calfdesk.errors import InvalidInput
from calfdesk.importers import detect_format, read_activity_file
from calfdesk.importers.common import (
    guess_decimal_comma,
    numeric_date_order,
    parse_export_datetime,
    parse_number,
)
from tests.training_files import (
    START,
    fit_bytes,
    garmin_csv,
    garmin_row,
    gpx_text,
    line_length_km,
    strava_csv,
    strava_row,
    tcx_text,
)


def refused(name: str, data: bytes, match: str) -> InvalidInput:
    with pytest.raises(InvalidInput, match=match) as info:
        read_activity_file(name, data)
    assert str(info.value).startswith(f"{name}: "), "the error names the file"
    return info.value


# GPX ---------------------------------------------------------------------------------------------------


def test_gpx_distance_comes_from_the_track_and_duration_from_the_times() -> None:
    result = read_activity_file("morning.gpx", gpx_text(points=6, step_s=300).encode())
    assert result.format == "gpx" and result.skipped_count == 0
    (run,) = result.runs
    assert run.distance_km == pytest.approx(line_length_km(6), rel=1e-6)
    assert run.distance_km == pytest.approx(5.004, abs=0.001)  # 5 steps of 0.009 degrees latitude
    assert run.duration_s == 1500
    assert run.start == START and run.start.utcoffset() is not None
    assert run.source == "gpx" and run.title == "Morning Run" and run.source_file == "morning.gpx"
    assert run.pace_s_per_km == pytest.approx(1500 / 5.004, rel=1e-3)


def test_gpx_climb_is_smoothed_against_noise() -> None:
    noisy = [100.0, 101.5, 100.2, 101.8, 100.4, 101.1, 100.0, 101.6, 100.3, 101.2]
    flat = read_activity_file("flat.gpx", gpx_text(points=10, elevations=noisy).encode()).runs[0]
    assert flat.elevation_gain_m == 0.0  # raw ups would add about 6 m
    climb = [100.0 + 10 * index for index in range(10)]
    hill = read_activity_file("hill.gpx", gpx_text(points=10, elevations=climb).encode()).runs[0]
    assert hill.elevation_gain_m == pytest.approx(90.0)


def test_gpx_of_another_sport_is_skipped_and_counted() -> None:
    result = read_activity_file("ride.gpx", gpx_text(activity_type="cycling").encode())
    assert result.runs == [] and result.skipped == {"cycling": 1}
    strava_run = read_activity_file("strava.gpx", gpx_text(activity_type="9").encode())
    assert len(strava_run.runs) == 1
    untyped = read_activity_file("plain.gpx", gpx_text(activity_type=None).encode())
    assert len(untyped.runs) == 1


def test_gpx_packed_as_gz_in_a_strava_export_is_read() -> None:
    result = read_activity_file("123.gpx.gz", gzip.compress(gpx_text().encode()))
    assert len(result.runs) == 1


def test_gpx_without_times_is_a_route_not_a_run() -> None:
    refused("route.gpx", gpx_text(with_times=False).encode(), "no times")


@pytest.mark.parametrize("suffix", ["gpx", "tcx"])
def test_xml_with_doctype_or_entities_is_refused(suffix: str) -> None:
    bomb = (
        '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>\n'
        "<gpx><trk><name>&lol2;</name></trk></gpx>"
        if suffix == "gpx"
        else '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
        "<TrainingCenterDatabase>&e;</TrainingCenterDatabase>"
    )
    refused(f"bomb.{suffix}", bomb.encode(), "DOCTYPE")


@pytest.mark.parametrize(
    ("name", "data", "match"),
    [
        ("empty.gpx", b"", "empty"),
        ("blank.gpx", b"  \n\n", "empty"),
        ("truncated.gpx", gpx_text().encode()[:400], "not a valid GPX"),
        ("notes.gpx", b"just some text", "not a valid GPX"),
        ("notes.txt", b"just some text", "not a GPX, TCX, FIT, CSV, .* activity file"),
        ("waypoints.gpx", b'<gpx version="1.1"><wpt lat="1" lon="2"/></gpx>', "no track"),
        ("latin1.gpx", "<gpx><trk><name>caf\xe9</name></trk></gpx>".encode("latin-1"), "not UTF-8"),
        ("bad.gpx.gz", b"\x1f\x8b\x08\x00garbage", "packed"),
        ("cut.gpx.gz", gzip.compress(gpx_text().encode())[:60], "truncated"),
    ],
)
def test_broken_gpx_files_are_refused_with_the_reason(name: str, data: bytes, match: str) -> None:
    refused(name, data, match)


# TCX ---------------------------------------------------------------------------------------------------


def test_tcx_uses_the_laps_own_distance_and_time() -> None:
    result = read_activity_file("lunch.tcx", tcx_text(lap_metres=5100.0, lap_seconds=1555.0).encode())
    (run,) = result.runs
    assert run.distance_km == pytest.approx(5.1)  # the lap total, not the 5.004 km track
    assert run.duration_s == 1555.0
    assert run.elevation_gain_m == pytest.approx(25.0)  # 10 -> 35 m in 5 m steps
    assert run.start == START and run.source == "tcx"


def test_tcx_without_lap_distance_uses_the_track_distance() -> None:
    cumulative = read_activity_file("a.tcx", tcx_text(lap_metres=None).encode()).runs[0]
    assert cumulative.distance_km == pytest.approx(5.0)  # last DistanceMeters of the track
    computed = read_activity_file("b.tcx", tcx_text(lap_metres=None, point_distances=False).encode()).runs[0]
    assert computed.distance_km == pytest.approx(line_length_km(6), rel=1e-6)


def test_tcx_of_another_sport_is_skipped() -> None:
    result = read_activity_file("ride.tcx", tcx_text(sport="Biking").encode())
    assert result.runs == [] and result.skipped == {"Biking": 1}


@pytest.mark.parametrize(
    ("name", "data", "match"),
    [
        ("empty.tcx", b"", "empty"),
        ("truncated.tcx", tcx_text().encode()[:500], "truncated"),
        ("other.tcx", b"<?xml version='1.0'?><Folder><Document/></Folder>", "not a TCX file"),
        (
            "course.tcx",
            b'<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">'
            b"<Courses/></TrainingCenterDatabase>",
            "no activities",
        ),
        ("nolaps.tcx", tcx_text().replace("<Lap", "<Lapx").replace("</Lap>", "</Lapx>").encode(), "no laps"),
        ("baddate.tcx", tcx_text().replace("2026-03-02T07:00:00Z</Id>", "yesterday</Id>").encode(), "activity"),
    ],
)
def test_broken_tcx_files_are_refused_with_the_reason(name: str, data: bytes, match: str) -> None:
    refused(name, data, match)


# FIT ---------------------------------------------------------------------------------------------------


def test_fit_session_totals_and_local_time_offset() -> None:
    result = read_activity_file("watch.fit", fit_bytes(distance_m=8123.0, timer_s=2400.0, ascent_m=77))
    (run,) = result.runs
    assert run.distance_km == pytest.approx(8.123)
    assert run.duration_s == pytest.approx(2400.0)
    assert run.elevation_gain_m == 77
    assert run.start == START
    assert run.utc_offset_min == 60  # from the activity's local timestamp
    assert run.start.hour == 8


def test_fit_without_session_uses_the_records() -> None:
    (run,) = read_activity_file("nosession.fit", fit_bytes(with_session=False)).runs
    assert run.distance_km == pytest.approx(5.0)
    assert run.duration_s == 1500  # first to last record
    assert run.elevation_gain_m == pytest.approx(15.0)


def test_fit_treadmill_is_a_run_and_cycling_is_skipped() -> None:
    assert len(read_activity_file("t.fit", fit_bytes(sub_sport="treadmill")).runs) == 1
    cycling = read_activity_file("c.fit", fit_bytes(sport="cycling"))
    assert cycling.runs == [] and cycling.skipped == {"cycling": 1}


def test_fit_is_recognised_by_content_whatever_its_name() -> None:
    assert detect_format("download.bin", fit_bytes()) == "fit"
    assert detect_format("x.txt", gpx_text().encode()) == "gpx"
    assert detect_format("x.xml", tcx_text().encode()) == "tcx"


@pytest.mark.parametrize(
    ("name", "data", "match"),
    [
        ("empty.fit", b"", "empty"),
        ("truncated.fit", fit_bytes()[:-40], "truncated"),
        ("crc.fit", fit_bytes()[:-1] + bytes([fit_bytes()[-1] ^ 0xFF]), "damaged"),
        ("text.fit", b"this is not a fit file at all, sorry", "not a FIT file"),
    ],
)
def test_broken_fit_files_are_refused_with_the_reason(name: str, data: bytes, match: str) -> None:
    refused(name, data, match)


# Strava activities.csv ---------------------------------------------------------------------------------


def test_strava_reads_runs_in_metres_and_skips_other_sports() -> None:
    data = strava_csv(
        [
            strava_row(1, "Mar 2, 2026, 7:00:00 AM", "Run", "9.38", "9385.2001953125", gear="Pegasus 40"),
            strava_row(2, "Mar 3, 2026, 6:30:15 PM", "Ride", "25.10", "25100.0"),
            strava_row(3, "Mar 4, 2026, 12:00:00 PM", "Trail Run", "12.35", "12345.0"),
            strava_row(4, "Mar 5, 2026, 12:00:00 AM", "Virtual Run", "5.00", "5000.0", gain=""),
            strava_row(5, "Mar 6, 2026, 8:00:00 AM", "Run", "0.00", "0.0"),
            strava_row(6, "Mar 7, 2026, 8:00:00 AM", "Hike", "8.00", "8000.0"),
        ]
    )
    result = read_activity_file("activities.csv", data)
    assert result.format == "strava"
    assert [round(run.distance_km, 4) for run in result.runs] == [9.3852, 12.345, 5.0]
    first = result.runs[0]
    assert first.start == dt.datetime(2026, 3, 2, 7, 0, tzinfo=dt.UTC)  # Strava writes UTC
    assert first.duration_s == 1800.0 and first.elevation_gain_m == 55.5
    assert first.gear == "Pegasus 40" and first.title == "Morning Run"
    assert result.runs[1].start.hour == 12
    assert result.runs[2].start.hour == 0 and result.runs[2].elevation_gain_m is None
    assert result.skipped == {"Ride": 1, "Hike": 1, "runs without a distance": 1}


def test_strava_html_headers_of_old_exports_are_understood() -> None:
    data = strava_csv(
        [strava_row(1, "Oct 10, 2016, 8:55:48 PM", "Run", "6.64", "6639.4", extra=True)], html_headers=True
    )
    (run,) = read_activity_file("activities.csv", data).runs
    assert run.distance_km == pytest.approx(6.6394)
    assert run.start == dt.datetime(2016, 10, 10, 20, 55, 48, tzinfo=dt.UTC)


def test_strava_with_one_bad_row_imports_nothing_and_names_the_line() -> None:
    data = strava_csv(
        [
            strava_row(1, "Mar 2, 2026, 7:00:00 AM", "Run", "5.00", "5000.0"),
            strava_row(2, "the second of March", "Run", "5.00", "5000.0"),
        ]
    )
    error = refused("activities.csv", data, "line 3")
    assert "the second of March" in str(error)


def test_strava_truncated_inside_a_quoted_cell_is_refused() -> None:
    data = strava_csv([strava_row(1, "Mar 2, 2026, 7:00:00 AM", "Run", "5.00", "5000.0")])
    refused("activities.csv", data[: data.index(b'"Mar 2') + 4], "not valid CSV")


# Garmin Connect Activities.csv -------------------------------------------------------------------------


def test_garmin_european_numbers_placeholders_and_crlf() -> None:
    data = garmin_csv(
        [
            garmin_row("Running", "2025-11-23 13:37:15", "17,82", "01:32:14", "212"),
            garmin_row("Ultra Running", "2025-11-30 00:45:53", "79,13", "10:43:47", "2.285"),
            garmin_row("Treadmill Running", "2026-01-04 12:38:59", "3,40", "00:17:01", "--"),
            garmin_row("Cycling", "2026-01-05 12:00:00", "40,00", "01:20:00", "300"),
            garmin_row("Strength Training", "2026-01-06 12:00:00", "0,00", "00:40:00", "--"),
        ]
    )
    assert b"\r\n" in data
    result = read_activity_file("Activities.csv", data)
    assert result.format == "garmin"
    assert [run.distance_km for run in result.runs] == [17.82, 79.13, 3.4]
    assert [run.elevation_gain_m for run in result.runs] == [212, 2285, None]
    assert result.runs[1].duration_s == 10 * 3600 + 43 * 60 + 47
    assert result.runs[0].start.replace(tzinfo=None) == dt.datetime(2025, 11, 23, 13, 37, 15)
    assert result.runs[0].start.utcoffset() is not None  # local wall clock made aware
    assert result.skipped == {"Cycling": 1, "Strength Training": 1}


def test_garmin_localized_dates_and_us_numbers() -> None:
    german = garmin_csv([garmin_row("Laufen", "23.11.2025 13:37", "21,10", "01:32:14", "1.212")])
    (run,) = read_activity_file("Activities.csv", german).runs
    assert run.start.replace(tzinfo=None) == dt.datetime(2025, 11, 23, 13, 37)
    assert run.distance_km == pytest.approx(21.1) and run.elevation_gain_m == 1212
    us = garmin_csv(
        [
            garmin_row("Running", "11/23/2025 1:37 PM", "11.07", "01:32:14", "1,212", steps="2,932"),
            garmin_row("Running", "1/4/2026 8:05 AM", "3.40", "00:17:01", "--"),
        ]
    )
    runs = read_activity_file("Activities.csv", us).runs
    assert [run.start.replace(tzinfo=None) for run in runs] == [
        dt.datetime(2025, 11, 23, 13, 37),
        dt.datetime(2026, 1, 4, 8, 5),
    ]
    assert runs[0].distance_km == pytest.approx(11.07) and runs[0].elevation_gain_m == 1212


def test_garmin_distances_in_miles_when_the_account_uses_miles() -> None:
    data = garmin_csv([garmin_row("Running", "2026-01-04 12:38:59", "3.10", "00:25:00", "100")])
    (run,) = read_activity_file("Activities.csv", data, csv_unit="mi").runs
    assert run.distance_km == pytest.approx(3.10 * 1.609344)
    assert run.elevation_gain_m == pytest.approx(30.48)  # 100 ft


def test_garmin_row_without_time_refuses_the_whole_file() -> None:
    data = garmin_csv(
        [
            garmin_row("Running", "2026-01-04 12:38:59", "3,40", "00:17:01", "--"),
            garmin_row("Running", "2026-01-05 12:38:59", "3,40", "--", "--").replace('"--","--","--"', '"","",""'),
        ]
    )
    refused("Activities.csv", data, "line 3")


def test_csv_that_is_neither_export_is_refused() -> None:
    refused("diary.csv", b"date,soreness\n2026-03-02,3\n", "neither Strava")
    refused("empty.csv", b"", "empty")


# Reading helpers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("2026-01-04 12:38:59", True, dt.datetime(2026, 1, 4, 12, 38, 59)),
        ("Oct 5, 2014, 4:15:21 PM", True, dt.datetime(2014, 10, 5, 16, 15, 21)),
        ("Oct 5, 2014, 12:15:21 AM", True, dt.datetime(2014, 10, 5, 0, 15, 21)),
        ("5 oct. 2014 à 16:15:21", True, dt.datetime(2014, 10, 5, 16, 15, 21)),
        ("5. Okt. 2014, 16:15:21", True, dt.datetime(2014, 10, 5, 16, 15, 21)),
        ("04.01.2026 12:38", True, dt.datetime(2026, 1, 4, 12, 38)),
        ("1/4/2026 12:38", False, dt.datetime(2026, 1, 4, 12, 38)),
        ("04/01/26 12:38:00", True, dt.datetime(2026, 1, 4, 12, 38)),
    ],
)
def test_export_dates(text: str, day_first: bool, expected: dt.datetime) -> None:
    assert parse_export_datetime(text, day_first=day_first) == expected


def test_date_order_is_decided_from_the_whole_column() -> None:
    assert numeric_date_order(["01.02.2026 10:00"]) is True
    assert numeric_date_order(["01/02/2026 10:00", "01/13/2026 10:00"]) is False
    assert numeric_date_order(["01/02/2026 10:00", "13/01/2026 10:00"]) is True
    assert numeric_date_order(["2026-01-02 10:00"]) is True


def test_numbers_and_durations_as_exports_write_them() -> None:
    assert guess_decimal_comma(["3,40", "6,60", "12,51"]) is True
    assert guess_decimal_comma(["3.40", "1,234.56"]) is False
    assert parse_number("1.195", decimal_comma=True) == 1195
    assert parse_number("1,195", decimal_comma=False) == 1195
    assert parse_number("-4.503085438045673e-05", decimal_comma=False) == pytest.approx(-4.503e-05, rel=1e-3)
    assert parse_number("--", decimal_comma=True) is None
    assert parse_duration("00:17:01") == 1021
    assert parse_duration("42:05") == 2525
    assert parse_duration("00:01:39,6") == pytest.approx(99.6)
    assert parse_duration("--") is None


def test_elevation_gain_of_an_empty_track_is_unknown() -> None:
    assert elevation_gain_m([]) is None
    assert elevation_gain_m([5.0]) == 0.0


@pytest.mark.parametrize(
    ("distance", "steps", "runner_unit", "unit", "reason"),
    [
        ("5,00", "4.500", "mi", "km", "steps"),  # 1.11 m a step in km, 1.79 m in miles: kilometres
        ("3,10", "4.500", "km", "mi", "steps"),  # 0.69 m a step in km, 1.11 m in miles: miles
        ("5,00", "--", "mi", "mi", "setting"),  # no steps: the runner's unit, and the report says so
        ("5,00", "2.000", "km", "km", "setting"),  # 2.5 m a step: neither unit fits
    ],
)
def test_garmin_says_which_unit_its_distances_were_read_in_and_why(
    distance: str, steps: str, runner_unit: str, unit: str, reason: str
) -> None:
    data = garmin_csv([garmin_row("Running", "2026-01-04 12:38:59", distance, "00:30:00", "50", steps=steps)] * 3)
    result = read_activity_file("Activities.csv", data, csv_unit=runner_unit)  # type: ignore[arg-type]
    assert result.distance_unit is not None
    assert (result.distance_unit.unit, result.distance_unit.reason) == (unit, reason)
    expected_km = float(distance.replace(",", ".")) * (1.609344 if unit == "mi" else 1.0)
    assert result.runs[0].distance_km == pytest.approx(expected_km)
