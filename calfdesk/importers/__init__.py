"""Readers of run files: GPX, TCX, FIT, Strava's activities.csv and Garmin Connect's Activities.csv.

Importers depend only on the domain. This module is their boundary: `read_activity_path` opens a file the
runner chose (regular files only, size checked before reading) and `read_activity_file` reads one file's
bytes or stream; either returns every run of the file or raises `InvalidInput` naming the file and the
reason, whatever went wrong inside the format's reader, so one bad file never stops an import of many.
Readers stream their input, so memory follows the format, not the file size. Parsing libraries are
imported only when a file of their format is read.
"""

from __future__ import annotations

from pathlib import Path, PurePath
from typing import IO, Final

from calfdesk.domain.units import DistanceUnit
from calfdesk.errors import InvalidInput
from calfdesk.importers.common import (
    MAX_FILE_BYTES,
    ImportedFile,
    binary_source,
    check_not_empty,
    describe_failure,
    file_error,
    open_input_file,
    peek,
    unpacked_stream,
)

FORMATS: Final = ("gpx", "tcx", "fit", "csv")
FILE_PATTERNS: Final = ("*.gpx", "*.tcx", "*.fit", "*.csv", "*.gpx.gz", "*.tcx.gz", "*.fit.gz")

__all__ = [
    "FILE_PATTERNS",
    "FORMATS",
    "ImportedFile",
    "detect_format",
    "open_input_file",
    "read_activity_file",
    "read_activity_path",
]


def _is_fit(data: bytes) -> bool:
    return len(data) >= 12 and data[8:12] == b".FIT"


def detect_format(name: str, data: bytes) -> str:
    """`gpx`, `tcx`, `fit` or `csv`, from the content (its first bytes are enough) first and the name second."""
    if _is_fit(data):
        return "fit"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith((b"<", b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8", "replace")
        if "<gpx" in text:
            return "gpx"
        if "<TrainingCenterDatabase" in text:
            return "tcx"
    suffixes = [suffix.casefold() for suffix in PurePath(name).suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    suffix = suffixes[-1].lstrip(".") if suffixes else ""
    if suffix in FORMATS:
        return suffix
    if head.startswith(b"<"):
        raise file_error(name, "an XML file that is neither GPX nor TCX")
    raise file_error(name, "not a GPX, TCX, FIT or CSV activity file")


def read_activity_path(path: Path, *, csv_unit: DistanceUnit = "km", name: str | None = None) -> ImportedFile:
    """Read every run in the file at `path` (named `name` in messages, its file name by default)."""
    label = name or path.name
    with open_input_file(path, limit=MAX_FILE_BYTES, name=label) as stream:
        return read_activity_file(label, stream, csv_unit=csv_unit)


def read_activity_file(name: str, source: bytes | IO[bytes], *, csv_unit: DistanceUnit = "km") -> ImportedFile:
    """Read every run in one file, given as bytes or as a seekable binary stream. `csv_unit` is the unit of a
    Garmin Connect CSV's distances. Any failure becomes `InvalidInput` naming the file."""
    if isinstance(source, bytes) and len(source) > MAX_FILE_BYTES:
        raise file_error(name, "the file is larger than 256 MB; this is not a run file")
    try:
        return _read(name, binary_source(source), csv_unit)
    except InvalidInput:
        raise
    except Exception as error:
        # A hostile or damaged file may trip any reader in any way; it is that file's error, not the import's.
        raise file_error(name, f"the file cannot be read ({describe_failure(error)})") from None


def _read(name: str, stream: IO[bytes], csv_unit: DistanceUnit) -> ImportedFile:
    check_not_empty(name, stream)
    stream = unpacked_stream(name, stream)
    check_not_empty(name, stream)
    kind = detect_format(name, peek(stream))
    if kind == "gpx":
        from calfdesk.importers.gpx import read_gpx

        return read_gpx(name, stream)
    if kind == "tcx":
        from calfdesk.importers.tcx import read_tcx

        return read_tcx(name, stream)
    if kind == "fit":
        from calfdesk.importers.fit import read_fit

        return read_fit(name, stream)
    from calfdesk.importers.activity_csv import read_table
    from calfdesk.importers.garmin_csv import garmin_runs, looks_like_garmin
    from calfdesk.importers.strava_csv import looks_like_strava, strava_runs

    # Streamed: one pass per question the reader asks (date order, decimal mark), then one for the runs.
    table = read_table(name, stream)
    if looks_like_strava(table):
        return strava_runs(name, table)
    if looks_like_garmin(table):
        return garmin_runs(name, table, csv_unit)
    raise file_error(
        name, "a CSV that is neither Strava's activities.csv nor Garmin Connect's Activities.csv (unknown columns)"
    )
