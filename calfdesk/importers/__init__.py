"""Readers of run files: GPX, TCX, FIT, Strava's activities.csv and Garmin Connect's Activities.csv.

Importers depend only on the domain. Each reads one whole file or raises `InvalidInput` naming the file
and the reason, so a file is imported all or nothing. Parsing libraries are imported only when a file of
their format is read.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Final

from calfdesk.domain.units import DistanceUnit
from calfdesk.importers.common import ImportedFile, check_size, file_error, unpack_gzip

FORMATS: Final = ("gpx", "tcx", "fit", "csv")
FILE_PATTERNS: Final = ("*.gpx", "*.tcx", "*.fit", "*.csv", "*.gpx.gz", "*.tcx.gz", "*.fit.gz")

__all__ = ["FILE_PATTERNS", "FORMATS", "ImportedFile", "detect_format", "read_activity_file"]


def _is_fit(data: bytes) -> bool:
    return len(data) >= 12 and data[8:12] == b".FIT"


def detect_format(name: str, data: bytes) -> str:
    """`gpx`, `tcx`, `fit` or `csv`, from the content first and the file name second."""
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


def read_activity_file(name: str, data: bytes, *, csv_unit: DistanceUnit = "km") -> ImportedFile:
    """Read every run in one file. `csv_unit` is the unit of a Garmin Connect CSV's distances."""
    check_size(name, data)
    data = unpack_gzip(name, data)
    check_size(name, data)
    kind = detect_format(name, data)
    if kind == "gpx":
        from calfdesk.importers.gpx import read_gpx

        return read_gpx(name, data)
    if kind == "tcx":
        from calfdesk.importers.tcx import read_tcx

        return read_tcx(name, data)
    if kind == "fit":
        from calfdesk.importers.fit import read_fit

        return read_fit(name, data)
    from calfdesk.importers.activity_csv import read_table
    from calfdesk.importers.garmin_csv import garmin_runs, looks_like_garmin
    from calfdesk.importers.strava_csv import looks_like_strava, strava_runs

    table = read_table(name, data)
    if looks_like_strava(table):
        return strava_runs(name, table)
    if looks_like_garmin(table):
        return garmin_runs(name, table, csv_unit)
    raise file_error(
        name, "a CSV that is neither Strava's activities.csv nor Garmin Connect's Activities.csv (unknown columns)"
    )
