"""Instants in range, stored one way. Run files dated before 1980, after tomorrow or beyond the calendar, in
every format calfdesk reads, are refused as that file's reason (naming the file) while the other files of the
same command are read; a reader failing in any way is that file's error; every start is stored in one form; and
rows another program (or an earlier version) left in the data file are listed, never crash a reader, count in
no total and can be deleted."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from calfdesk import paths
from calfdesk.importers import garmin_export, gpx
from calfdesk.services import training
from calfdesk.storage.database import open_database
from calfdesk.storage.instants import utc_text
from tests.cli.conftest import Runner
from tests.export_archives import (
    GarminActivity,
    StravaActivity,
    health_export,
    health_stamp,
    health_workout,
    health_xml,
    strava_export,
    zip_bytes,
)
from tests.reliability import file_at_revision, run_cli
from tests.training_files import fit_bytes, garmin_csv, garmin_row, gpx_text, strava_csv, strava_row, tcx_text

GOOD = dt.datetime(2026, 3, 2, 7, 0, tzinfo=dt.UTC)


def gpx_at(first: str, second: str) -> bytes:
    return (
        '<?xml version="1.0"?><gpx version="1.1" creator="t" xmlns="http://www.topografix.com/GPX/1/1"><trk>'
        f'<type>running</type><trkseg><trkpt lat="52.0" lon="4.0"><time>{first}</time></trkpt>'
        f'<trkpt lat="52.009" lon="4.0"><time>{second}</time></trkpt></trkseg></trk></gpx>'
    ).encode()


def garmin_summary_export(start_gmt: str) -> bytes:
    summary = GarminActivity(7, GOOD, 5.0, 1800.0).summary()
    summary["startTimeGmt"] = "START"
    text = json.dumps([{"summarizedActivitiesExport": [summary]}]).replace('"START"', start_gmt)
    return zip_bytes({"DI_CONNECT/DI-Connect-Fitness/r_0_summarizedActivities.json": text.encode()})


def health_at(stamp: str) -> bytes:
    workout = health_workout(GOOD, 30, km=5.0).replace(health_stamp(GOOD), stamp)
    return health_export(health_xml([workout]))


def strava_rows(date: str) -> bytes:
    return strava_csv(
        [strava_row(1, "Mar 2, 2026, 7:00:00 AM", "Run", "5.0", "5000.0"), strava_row(2, date, "Run", "5", "5000")]
    )


# (file name, content, what the refusal says); every format, years 1 and 2, late on 9999-12-31, the future.
CRAFTED = [
    ("year2.gpx", gpx_at("0002-06-01T07:00:00Z", "0002-06-01T07:10:00Z"), "date 0002-06-01 is not believable"),
    ("year1.gpx", gpx_at("0001-01-01T00:00:00+05:00", "0001-01-01T00:10:00+05:00"), "is not believable"),
    ("late.gpx", gpx_at("9999-12-31T23:40:00-05:00", "9999-12-31T23:50:00-05:00"), "is not believable"),
    ("1979.gpx", gpx_text(start=dt.datetime(1979, 12, 31, 7, tzinfo=dt.UTC)).encode(), "date 1979-12-31"),
    ("year2.tcx", tcx_text().replace("2026-03-02", "0002-03-02").encode(), "date 0002-03-02 is not believable"),
    ("late.tcx", tcx_text().replace("2026-03-02T07", "9999-12-31T23").encode(), "is not believable"),
    ("future.fit", fit_bytes(start=dt.datetime(2100, 1, 1, tzinfo=dt.UTC)), "date 2100-01-01 is not believable"),
    ("strava1.csv", strava_rows("Jan 1, 0001, 12:00:00 AM"), "line 3: start: date 0001-01-01 is not believable"),
    ("strava9999.csv", strava_rows("Dec 31, 9999, 11:59:00 PM"), "is not believable"),
    (
        "garmin.csv",
        garmin_csv([garmin_row("Running", "0002-06-01 07:00:00", "5.0", "00:30:00", "10")]),
        "date 0002-06-01 is not believable",
    ),
    ("garmin_nan.zip", garmin_summary_export("NaN"), "start time nan is not a date"),
    ("garmin_inf.zip", garmin_summary_export("Infinity"), "start time inf is not a date"),
    ("garmin_huge.zip", garmin_summary_export("1e300"), "start time 1e+300 is not a date"),
    ("garmin_year0.zip", garmin_summary_export("-62135596800001"), "is not a date"),
    ("garmin_1900.zip", garmin_summary_export("-2208988800000"), "date 1900-01-01 is not believable"),
    ("health1.zip", health_at("0001-01-01 00:00:00 +0500"), "date 0001-01-01 is not believable"),
    ("health9999.zip", health_at("9999-12-31 23:59:00 -0500"), "date 9999-12-31 is not believable"),
    ("strava_export.zip", strava_export([StravaActivity(1, "Dec 31, 9999, 11:59:00 PM", "Run", 5.0)]), "9999-12-31"),
]


@pytest.mark.parametrize(("name", "content", "says"), CRAFTED, ids=[item[0] for item in CRAFTED])
def test_a_run_dated_outside_the_believable_range_is_that_files_reason_and_the_others_are_read(
    cli: Runner, tmp_path: Path, name: str, content: bytes, says: str
) -> None:
    crafted = tmp_path / name
    crafted.write_bytes(content)
    before = tmp_path / "before.gpx"
    before.write_text(gpx_text(start=GOOD))
    after = tmp_path / "after.gpx"
    after.write_text(gpx_text(start=GOOD + dt.timedelta(days=1)))

    code, out, err = cli("runs", "import", str(before), str(crafted), str(after))

    assert code == 2, out
    assert err.count("\n") == 1 and f"calfdesk: {crafted}" in err and says in err, err
    assert "Traceback" not in err and "Error" not in err
    assert f"{before}: added 1 run" in out and f"{after}: added 1 run" in out
    code, listed, _err = cli("runs", "list", "--json")
    assert code == 0 and [run["start"][:4] for run in json.loads(listed)] == ["2026", "2026"]


def test_whatever_a_reader_raises_is_that_files_error(
    cli: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The boundary catches every failure, not only the ones foreseen: a reader that breaks in a way nobody
    foresaw (here made to) names its file and the other files are still read."""

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OverflowError("date value out of range")

    monkeypatch.setattr(gpx, "read_gpx", broken)
    monkeypatch.setattr(garmin_export, "summary_to_run", broken)
    garmin = tmp_path / "garmin.zip"
    garmin.write_bytes(garmin_summary_export(str(int(GOOD.timestamp() * 1000))))
    broken_gpx = tmp_path / "any.gpx"
    broken_gpx.write_text(gpx_text())
    good = tmp_path / "good.tcx"
    good.write_text(tcx_text())

    code, out, err = cli("runs", "import", str(broken_gpx), str(garmin), str(good))

    assert code == 2 and "Traceback" not in err
    assert f"calfdesk: {broken_gpx}: the file cannot be read (OverflowError: date value out of range)" in err
    assert "summarizedActivities.json: the file cannot be read (OverflowError" in out + err
    assert f"{good}: added 1 run" in out


def test_every_start_is_stored_with_a_four_digit_year() -> None:
    assert utc_text(dt.datetime(2, 6, 1, 7, tzinfo=dt.UTC)) == "0002-06-01T07:00:00Z"
    assert utc_text(dt.datetime(2026, 3, 2, 8, 30, 15, 999, tzinfo=dt.timezone(dt.timedelta(hours=1)))) == (
        "2026-03-02T07:30:15Z"
    )


# Rows already in a data file -----------------------------------------------------------------------------------

BAD_ROWS = [
    # (start_utc, utc_offset_min, local_date, distance_m): what earlier versions or other programs left.
    ("2-06-01T07:00:00Z", 60, "0002-06-01", 5000.0),
    ("not a time", 0, "soon", 5000.0),
    ("9999-12-31T23:59:00Z", 10**9, "9999-12-31", "five km"),
    ("0001-01-01T00:00:00Z", -600, "0001-01-01", 4000.0),
]


def plant_rows(db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    try:
        connection.executemany(
            "INSERT INTO run (start_utc, utc_offset_min, local_date, duration_s, distance_m, source, created_utc, "
            "source_file, title, hill, speed, notes) "
            "VALUES (?, ?, ?, 1800, ?, 'gpx', '2026-03-02T07:00:00Z', '', '', 0, 0, '')",
            BAD_ROWS,
        )
        connection.commit()
    finally:
        connection.close()


def test_bad_rows_already_in_the_data_file_are_listed_count_in_no_total_and_can_be_deleted(
    cli: Runner, data_dir: Path, tmp_path: Path
) -> None:
    good = tmp_path / "good.gpx"
    good.write_text(gpx_text(start=GOOD))
    assert cli("runs", "import", str(good))[0] == 0
    plant_rows(paths.database_path(data_dir))

    code, out, err = cli("runs", "list")
    assert code == 0 and "Traceback" not in err, err
    assert len(out.strip().splitlines()) >= 1 + len(BAD_ROWS)
    code, out, err = cli("runs", "list", "--json")
    assert code == 0, err
    listed = json.loads(out)
    assert len(listed) == 1 + len(BAD_ROWS)
    code, out, err = cli("load", "--json")
    assert code == 0, err
    weeks = json.loads(out)["weeks"]
    assert len(weeks) < 60, "a run in year 2 no longer makes 105,000 weeks"
    [real] = [run for run in listed if run["start"].startswith("2026-03-02")]
    assert sum(week["distance_km"] for week in weeks) == pytest.approx(real["distance_km"]), "only the real run counts"

    db = open_database(data_dir)
    try:
        runs = training.list_runs(db)
        for run in runs:
            if run.start.year != 2026:
                assert run.id is not None
                training.delete_run(db, run.id)
        assert [run.start.year for run in training.list_runs(db)] == [2026]
    finally:
        db.close()


def test_an_older_file_has_its_unpadded_starts_rewritten_in_the_one_stored_form(data_dir: Path) -> None:
    db_path = file_at_revision(data_dir, "0007_plan_safety")
    connection = sqlite3.connect(db_path)
    try:
        connection.execute(
            "INSERT INTO run (start_utc, utc_offset_min, local_date, duration_s, distance_m, source, created_utc, "
            "source_file, title, hill, speed, notes) "
            "VALUES ('2-06-01T07:00:00Z', 0, '0002-06-01', 1800, 5000, 'gpx', '2026-03-02T07:00:00Z', '', '', 0, 0,"
            " ''), ('2026-03-02T07:00:00Z', 60, '2026-03-02', 1800, 5000, 'gpx', '2026-03-02T07:00:00Z', '', '', 0, 0,"
            " '')"
        )
        connection.commit()
    finally:
        connection.close()

    result = run_cli(data_dir, "runs", "list", "--json")

    assert result.returncode == 0, result.stderr
    connection = sqlite3.connect(db_path)
    try:
        stored = [row[0] for row in connection.execute("SELECT start_utc FROM run ORDER BY start_utc")]
    finally:
        connection.close()
    assert stored == ["0002-06-01T07:00:00Z", "2026-03-02T07:00:00Z"]


def test_diary_rows_with_garbled_dates_are_listed_never_a_traceback(cli: Runner, data_dir: Path) -> None:
    assert cli("log", "--soreness", "3", "--date", "2026-03-02")[0] == 0
    connection = sqlite3.connect(paths.database_path(data_dir))
    try:
        connection.execute(
            "INSERT INTO diary_entry (local_date, local_time, utc_offset_min, soreness, context, location, side, "
            "notes, created_utc) VALUES ('2-06-01', '07:30', 60, 4, 'morning', 'calf', 'left', 'unpadded', 'x'), "
            "('garbage', '25:99', 99999999, 5, 'morning', 'calf', 'left', 'garbled', 'y')"
        )
        connection.commit()
    finally:
        connection.close()

    code, out, err = cli("entries", "--json")

    assert code == 0 and "Traceback" not in err, err
    listed = {entry["notes"]: entry for entry in json.loads(out)}
    assert listed["unpadded"]["date"] == "0002-06-01"
    assert listed["garbled"]["date"] == "1970-01-01" and listed["garbled"]["utc_offset_min"] == 0
    assert cli("entries")[0] == 0
