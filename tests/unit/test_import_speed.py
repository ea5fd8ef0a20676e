"""Strava exports with FIT files read each file once, and only as far as needed: the wall-clock offset of a
FIT file without a full read, and an archive's files for a bounded time, with progress."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import re
from pathlib import Path

import pytest

from calfdesk.errors import InvalidInput
from calfdesk.importers import read_activity_file, strava_export
from calfdesk.importers.common import unpacked_bytes, unpacked_stream
from calfdesk.importers.fit import wall_clock_offset
from calfdesk.services import training
from tests.conftest import SHARED_RUNS
from tests.export_archives import StravaActivity
from tests.export_archives import strava_export as strava_zip
from tests.training_files import START, _fit_time, _FitWriter, fit_bytes

DATA = Path(__file__).resolve().parents[1] / "data"


def test_the_offset_walk_agrees_with_the_full_reading_on_real_files() -> None:
    files = [DATA / "fit" / "activity-settings.fit"]
    if SHARED_RUNS.is_dir():
        files += [SHARED_RUNS / "fitdecode_fenix2_run.fit", SHARED_RUNS / "runpandas_fr645m_run.fit"]
    for path in files:
        data = path.read_bytes()
        [run] = read_activity_file(path.name, data).runs
        assert wall_clock_offset(data) == run.start.utcoffset(), path.name
    # A FIT file that records no offset, and files that are not FIT at all.
    assert wall_clock_offset((DATA / "fit" / "compressed-speed-distance.fit").read_bytes()) is None
    assert wall_clock_offset(b"<gpx/>") is None
    assert wall_clock_offset(fit_bytes()[:30]) is None
    # A file cut anywhere in its last messages gives the offset or none, never an error.
    whole = fit_bytes(local_offset_min=60)
    assert {wall_clock_offset(whole[:-cut]) for cut in range(1, 40)} == {None, dt.timedelta(hours=1)}


def test_the_offset_is_found_where_a_device_writes_the_activity_message_first() -> None:
    # The activity message (wall clock at UTC+1:30) comes before the records, and a record's bytes read like
    # a definition of the activity message: the walk from that place fails and the whole file is walked.
    writer = _FitWriter()
    begin = _fit_time(START)
    writer.message(0, [(0, "enum", 4), (1, "uint16", 1), (4, "uint32", begin)])
    writer.message(34, [(253, "uint32", begin), (5, "uint32", begin + 90 * 60), (1, "uint16", 1)])
    for second in range(0, 600, 60):
        # 0x22000040 then 0x7700 are, little-endian, 40 00 00 22 00 77: a definition header, a reserved zero,
        # little-endian, message 34, 119 fields.
        writer.message(20, [(253, "uint32", begin + second), (120, "uint32", 0x22000040), (121, "uint16", 0x7700)])
    writer.message(
        18,
        [
            (253, "uint32", begin + 600),
            (2, "uint32", begin),
            (7, "uint32", 600_000),
            (9, "uint32", 200_000),
            (5, "enum", 1),
        ],
    )
    data = writer.finish()
    assert data.count(bytes.fromhex("400000220077")) == 10
    [run] = read_activity_file("first.fit", data).runs
    assert run.start.utcoffset() == dt.timedelta(minutes=90)
    assert wall_clock_offset(data) == dt.timedelta(minutes=90)


def test_a_packed_file_in_memory_unpacks_as_its_stream_does() -> None:
    data = fit_bytes(records=200)
    packed = gzip.compress(data)
    assert unpacked_bytes("run.fit.gz", packed) == data
    assert unpacked_bytes("run.fit", data) is data
    # Members one after another, zero bytes after the last (as gzip writes and reads them).
    assert unpacked_bytes("run.fit.gz", packed + gzip.compress(b"more") + bytes(8)) == data + b"more"
    damaged = packed[:20] + bytes(byte ^ 0x55 for byte in packed[20:40]) + packed[40:]
    for broken, reason in (
        (packed[:-6], "the packed (.gz) file is truncated"),
        (damaged, "the packed (.gz) file is damaged"),
        (packed + b"junk", "the packed (.gz) file is damaged"),
    ):
        with pytest.raises(InvalidInput, match=re.escape(reason)):
            unpacked_bytes("run.fit.gz", broken)
        with pytest.raises(InvalidInput, match=re.escape(reason)):
            unpacked_stream("run.fit.gz", io.BytesIO(broken)).read()
    with pytest.raises(InvalidInput, match="unpacks to more than 0 MB"):
        unpacked_bytes("run.fit.gz", packed, limit=len(data) - 1)
    assert unpacked_bytes("run.fit.gz", packed, limit=len(data)) == data


def _export(tmp_path: Path, rows: int) -> Path:
    # Every row names the same FIT file (a crafted export), which records a wall clock at UTC+1.
    recorded = fit_bytes(distance_m=5000.0, local_offset_min=60)
    activities = [
        StravaActivity(100 + index, "Mar 2, 2026, 7:00:00 AM", "Run", 5.0, file_name="same.fit", file_data=recorded)
        for index in range(rows)
    ]
    path = tmp_path / "export_1.zip"
    path.write_bytes(strava_zip(activities))
    return path


def test_a_file_named_by_many_rows_is_read_once_and_gives_its_offset(db, tmp_path: Path) -> None:
    told: list[str] = []
    report = training.import_files(
        db, [_export(tmp_path, 40)], progress=lambda _done, _total, label: told.append(label)
    )
    assert sum(label.endswith("same.fit.gz") for label in told) == 1
    runs = training.list_runs(db)
    # The 40 rows are one run (the same start and distance) at the file's wall clock.
    assert report.added == 1 and report.duplicates == 39
    assert runs[0].start.utcoffset() == dt.timedelta(hours=1)
    assert runs[0].start == START


def test_an_archive_whose_files_take_too_long_keeps_its_rows_from_the_csv(
    db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(strava_export, "LINKED_FILES_BUDGET_S", -1)
    report = training.import_files(db, [_export(tmp_path, 3)])
    [item] = report.files
    assert item.added == 1
    assert "3 runs were taken from the CSV alone: reading their files would have taken more than" in item.notes[0]
    assert training.list_runs(db)[0].start.utcoffset() == dt.timedelta(0)


GPX_BODY = '<gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg/></trk></gpx>'
LAUGHS = '<!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'


@pytest.mark.parametrize(
    "document",
    [
        ('<?xml version="1.0"?>' + LAUGHS + GPX_BODY).encode(),
        ('<?xml version="1.0"?><!-- a comment first -->' + LAUGHS + GPX_BODY).encode(),
        ('<?xml version="1.0" encoding="UTF-16"?>' + LAUGHS + GPX_BODY).encode("utf-16"),
        ('<?xml version="1.0" encoding="ISO-8859-1"?><?style x?>' + LAUGHS + GPX_BODY).encode("latin-1"),
        ('<?xml version="1.0" encoding="windows-1252"?>' + LAUGHS + GPX_BODY).encode("cp1252"),
    ],
)
def test_a_declaration_before_the_root_is_refused_on_the_fast_path_and_the_careful_one(document: bytes) -> None:
    from calfdesk.errors import InvalidInput
    from calfdesk.importers.common import DTD_REFUSED

    with pytest.raises(InvalidInput, match=DTD_REFUSED.split(",")[0]):
        read_activity_file("laughs.gpx", document)


def test_a_plain_file_takes_the_c_parser_and_reads_the_same_runs() -> None:
    from calfdesk.importers import common

    data = (SHARED_RUNS / "runpandas_tomtom_run.gpx").read_bytes() if SHARED_RUNS.is_dir() else None
    if data is None:
        pytest.skip(f"the shared real run files are not present at {SHARED_RUNS}")
    assert common._root_before_any_declaration(data[: common.HEAD_BYTES])
    fast = read_activity_file("run.gpx", data).runs
    # The same file behind a comment longer than the first bytes looked at: read by defusedxml's parser.
    careful = read_activity_file(
        "run.gpx", b"<!-- " + b"x" * common.HEAD_BYTES + b" -->" + data[data.index(b"<gpx") :]
    ).runs
    assert [(run.start, run.distance_km, run.duration_s) for run in fast] == [
        (run.start, run.distance_km, run.duration_s) for run in careful
    ]


def test_a_file_parsed_whole_never_takes_a_declaration() -> None:
    from calfdesk.importers.common import DTD_REFUSED, plain_xml_root

    declared = ('<?xml version="1.0"?>' + LAUGHS + GPX_BODY).encode()
    # Small enough to be parsed whole, but the whole-document parse is not even tried: the careful parser refuses.
    assert plain_xml_root(io.BytesIO(declared), 1024 * 1024) is None
    with pytest.raises(InvalidInput, match=re.escape(f"laughs.gpx: {DTD_REFUSED}")):
        read_activity_file("laughs.gpx", declared)
    # After the root a declaration is not XML, and an entity nothing declares is unknown: both stop the parse.
    for document in (GPX_BODY.replace("<trk>", LAUGHS + "<trk>"), GPX_BODY.replace("<trk>", "<trk><name>&b;</name>")):
        with pytest.raises(InvalidInput, match="not a valid GPX file"):
            read_activity_file("after.gpx", document.encode())
