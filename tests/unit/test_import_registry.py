"""The registry of formats: a format is recognised and read from its own declaration alone; a new one needs
one registration line, no change to the data file, and shows in the file dialog's filter."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import IO

import pytest

from calfdesk.domain.runs import make_run
from calfdesk.domain.sources import RunSource, register_source, registered_sources
from calfdesk.errors import InvalidInput
from calfdesk.importers import read_activity_file, registry
from calfdesk.importers.common import ImportedFile
from calfdesk.importers.format import FileOptions, Format, xml_root, xml_root_name
from calfdesk.services import training
from calfdesk.storage import training_store
from tests.reliability import file_at_revision

# A made-up format for the tests: "RUNLOG" on the first line, then "start;seconds;metres".
RUNLOG_SOURCE = RunSource("runlog", "Run log file", recorded=True)


def _read_runlog(name: str, stream: IO[bytes], _options: FileOptions) -> ImportedFile:
    lines = stream.read().decode().split("\n")[1:]
    result = ImportedFile(name, "runlog")
    for line in filter(None, lines):
        start, seconds, metres = line.split(";")
        result.runs.append(
            make_run(
                start=dt.datetime.fromisoformat(start),
                duration_s=float(seconds),
                distance_km=float(metres) / 1000,
                source="runlog",
                source_file=name,
            )
        )
    return result


RUNLOG = Format(
    key="runlog",
    kind="run log",
    description=lambda: "a run log",
    source=RUNLOG_SOURCE,
    suffixes=(".runlog",),
    read=_read_runlog,
    sniff=lambda head: head.startswith(b"RUNLOG\n"),
)
RUNLOG_FILE = b"RUNLOG\n2026-03-02T07:00:00+01:00;1800;5000\n2026-03-04T07:00:00+01:00;2400;6500\n"


@pytest.fixture
def runlog_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the registration line does: the format in the list, its source known."""
    monkeypatch.setattr(registry, "FORMATS", (*registry.FORMATS, RUNLOG))
    register_source(RUNLOG_SOURCE)


def test_a_format_unknown_to_the_registry_is_refused_with_what_calfdesk_reads() -> None:
    with pytest.raises(InvalidInput, match=r"not a GPX, TCX, FIT, CSV, .* activity file"):
        read_activity_file("week.runlog", RUNLOG_FILE)


@pytest.mark.usefixtures("runlog_registered")
def test_a_registered_format_is_read_from_a_file_a_folder_and_into_the_data_file(db, tmp_path: Path) -> None:
    parsed = read_activity_file("week.runlog", RUNLOG_FILE)
    assert [run.distance_km for run in parsed.runs] == [5.0, 6.5]
    # Recognised by its signature whatever its name, and by its suffix in a folder.
    assert [run.start for run in read_activity_file("download.bin", RUNLOG_FILE).runs] == [r.start for r in parsed.runs]
    folder = tmp_path / "watch"
    folder.mkdir()
    (folder / "week.runlog").write_bytes(RUNLOG_FILE)
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    report = training.import_files(db, [folder])
    assert report.added == 2 and report.ignored == 1
    stored = training_store.list_runs(db)
    assert {run.source for run in stored} == {"runlog"}
    assert "*.runlog" in registry.dialog_filter().split()


def test_a_run_of_a_source_no_format_registers_is_refused() -> None:
    with pytest.raises(InvalidInput, match="source: 'polarflow' is not one of"):
        make_run(start=dt.datetime(2026, 3, 2, 7, tzinfo=dt.UTC), duration_s=1800, distance_km=5.0, source="polarflow")


def test_every_format_and_export_registers_its_source_once() -> None:
    keys = [source.key for source in registered_sources()]
    assert len(keys) == len(set(keys))
    assert {"manual", "gpx", "tcx", "fit", "strava", "garmin", "apple_health"} <= set(keys)
    with pytest.raises(ValueError, match="share the key"):
        register_source(RunSource("gpx", "Something else"))


def test_the_dialog_filter_and_the_folder_suffixes_come_from_the_formats() -> None:
    patterns = registry.dialog_filter().split()
    for item in registry.FORMATS:
        for suffix in item.suffixes:
            assert f"*{suffix}" in patterns
            assert registry.is_activity_name(f"run{suffix.upper()}")
            assert registry.is_activity_name(f"run{suffix}.gz")
    assert {"*.zip", "*.gz"} <= set(patterns)
    assert not registry.is_activity_name("photo.jpg")


@pytest.mark.parametrize(
    ("head", "root"),
    [
        (b'<?xml version="1.0"?>\n<!-- made by hand -->\n<gpx version="1.1">', "gpx"),
        (b"\xef\xbb\xbf  <kml:kml xmlns:kml='x'>", "kml"),
        ('<?xml version="1.0" encoding="UTF-16"?><TrainingCenterDatabase>'.encode("utf-16"), "TrainingCenterDatabase"),
        (b"Activity Type,Date\n", None),
    ],
)
def test_an_xml_file_is_recognised_by_its_root_element(head: bytes, root: str | None) -> None:
    assert xml_root_name(head) == root
    assert xml_root("gpx")(head) is (root == "gpx")


def test_upgrading_drops_the_source_check_and_keeps_runs_and_their_merged_sources(data_dir: Path) -> None:
    path = file_at_revision(data_dir, "0007_plan_safety")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO run (start_utc, utc_offset_min, local_date, duration_s, distance_m, source, source_file, "
            "title, hill, speed, notes, created_utc) VALUES "
            "('2026-01-05T07:00:00Z', 60, '2026-01-05', 1800, 5000, 'gpx', 'a.gpx', '', 0, 0, 'kept', 'x')"
        )
        connection.execute("INSERT INTO run_merged_source (run_id, source) VALUES (1, 'strava')")
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO run (start_utc, utc_offset_min, local_date, duration_s, distance_m, source, "
                "source_file, title, hill, speed, notes, created_utc) VALUES "
                "('2026-01-06T07:00:00Z', 60, '2026-01-06', 1800, 5000, 'runlog', '', '', 0, 0, '', 'x')"
            )
    connection.close()
    from calfdesk.storage.database import open_database

    db = open_database(data_dir)
    try:
        [run] = training_store.list_runs(db)
        assert run.notes == "kept" and run.source == "gpx"
        with db.raw(write=True) as raw:
            assert raw.execute("SELECT run_id, source FROM run_merged_source").fetchall() == [(1, "strava")]
            raw.execute(
                "INSERT INTO run (start_utc, utc_offset_min, local_date, duration_s, distance_m, source, "
                "source_file, title, hill, speed, notes, created_utc) VALUES "
                "('2026-01-06T07:00:00Z', 60, '2026-01-06', 1800, 5000, 'runlog', '', '', 0, 0, '', 'x')"
            )
    finally:
        db.close()
