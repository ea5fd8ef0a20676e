"""Strava's bulk export ("Download your data"): `activities.csv` and the files in `activities/`.

Every activity comes from the CSV (its type, its UTC start, distance, moving time, climb and the shoe in
"Activity Gear"); the file its `Filename` column names (`activities/123.gpx`, `….fit.gz`, `….tcx.gz`) is read
only where it adds what the CSV lacks: the climb when the row has none (the file read whole), and the
wall-clock offset of the start, which only FIT files record (found without reading the rest of the file). Each
file is read once, and an archive's files for at most LINKED_FILES_BUDGET_S. Only runs are read; the other
activities are counted by type.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import replace
from pathlib import PurePosixPath
from typing import Final

from calfdesk.domain.runs import Run
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.activity_csv import read_table
from calfdesk.importers.archive import MAX_READ_BYTES, Container, Entry
from calfdesk.importers.common import file_error, unpacked_bytes
from calfdesk.importers.reading import ReadOptions, SourceFile, reason_of
from calfdesk.importers.strava_csv import looks_like_strava, strava_runs

_tr = Texts(__name__)

# The longest one archive's linked files are read for (a crafted export could name thousands of slow files).
LINKED_FILES_BUDGET_S: Final = 15 * 60


def is_strava_csv(container: Container, entry: Entry) -> bool:
    """Whether `entry` is a bulk export's activities.csv (checked on its header line)."""
    if entry.name.casefold() != "activities.csv":
        return False
    head = container.head(entry)
    if head is None:
        return False
    first_line = head.split(b"\n", 1)[0].decode("utf-8-sig", "replace").casefold()
    return "activity id" in first_line and "activity type" in first_line


def read_strava_export(container: Container, entry: Entry, options: ReadOptions) -> SourceFile:
    """The runs of activities.csv, completed from the files it links to."""
    options.announce(entry.label)
    result = SourceFile(entry.label)
    try:
        if entry.size > MAX_READ_BYTES:
            raise file_error(
                entry.label,
                _tr("larger than {megabytes} MB").format(megabytes=MAX_READ_BYTES // (1024 * 1024)),
            )
        # Streamed from the archive, opened again for each pass over it.
        table = read_table(entry.label, lambda: container.open(entry))
        if not looks_like_strava(table):
            raise file_error(entry.label, _tr("not a Strava activities.csv"))
        files: dict[int, str] = {}
        parsed = strava_runs(entry.label, table, files)
    except InvalidInput as error:
        result.error = reason_of(error, entry.label)
        return result
    base = PurePosixPath(entry.path).parent
    linked = _LinkedFiles(container, base, options, result)
    parsed.runs = [
        linked.complete(files[index], run) if index in files else run for index, run in enumerate(parsed.runs)
    ]
    if linked.out_of_time:
        result.notes.append(
            _tr(
                "{count} runs were taken from the CSV alone: reading their files would have taken more than "
                "{minutes} minutes"
            ).format(count=linked.out_of_time, minutes=LINKED_FILES_BUDGET_S // 60)
        )
    result.parsed = parsed
    return result


class _LinkedFiles:
    """The files activities.csv links to, each read once however many rows name it, and only as far as the
    row needs: whole for a climb the row lacks, only the wall-clock offset of a FIT file otherwise. Reading
    them stops after LINKED_FILES_BUDGET_S; the rows left are taken from the CSV alone, and said so."""

    def __init__(self, container: Container, base: PurePosixPath, options: ReadOptions, result: SourceFile) -> None:
        self._container = container
        self._base = base
        self._options = options
        self._result = result
        self._deadline = time.monotonic() + LINKED_FILES_BUDGET_S
        self._runs: dict[str, list[Run] | None] = {}
        self._offsets: dict[str, dt.timedelta | None] = {}
        self.out_of_time = 0

    def complete(self, filename: str, run: Run) -> Run:
        needs_climb = run.elevation_gain_m is None
        records_offset = filename.casefold().endswith((".fit", ".fit.gz"))
        if not (needs_climb or records_offset):
            return run
        path = str(self._base / filename) if str(self._base) != "." else filename
        if path not in self._runs and path not in self._offsets:
            if time.monotonic() > self._deadline:
                self.out_of_time += 1
                return run
            linked = self._container.find(path)
            if linked is None:
                self._result.notes.append(
                    _tr("{file}: named in activities.csv but not in the export").format(file=filename)
                )
                self._runs[path] = None
                return run
            self._options.announce(linked.label)
            if needs_climb:
                self._runs[path] = self._read_whole(filename, linked)
            else:
                self._offsets[path] = self._read_offset(linked)
        if path in self._offsets:
            offset = self._offsets[path]
            return run if offset is None else replace(run, start=run.start.astimezone(dt.timezone(offset)))
        return _completed_from(run, self._runs.get(path), needs_climb=needs_climb, records_offset=records_offset)

    def _read_whole(self, filename: str, linked: Entry) -> list[Run] | None:
        from calfdesk.importers import read_activity_file

        try:
            return read_activity_file(linked.label, self._container.read(linked)).runs
        except InvalidInput as error:
            self._result.notes.append(
                _tr("{file}: {reason}; the run is taken from the CSV alone").format(
                    file=filename, reason=reason_of(error, linked.label)
                )
            )
            return None

    def _read_offset(self, linked: Entry) -> dt.timedelta | None:
        from calfdesk.importers.fit import wall_clock_offset

        try:
            return wall_clock_offset(unpacked_bytes(linked.label, self._container.read(linked), MAX_READ_BYTES))
        except InvalidInput:
            return None


def _completed_from(run: Run, recorded_runs: list[Run] | None, *, needs_climb: bool, records_offset: bool) -> Run:
    """The row's run with the climb and the wall-clock offset its file recorded (the run of the file that
    starts within 3 minutes of the row's)."""
    if not recorded_runs:
        return run
    recorded = min(recorded_runs, key=lambda other: abs((other.start - run.start).total_seconds()))
    if abs((recorded.start - run.start).total_seconds()) > 180:
        return run
    if needs_climb and recorded.elevation_gain_m is not None:
        run = replace(run, elevation_gain_m=recorded.elevation_gain_m)
    if records_offset:
        run = replace(run, start=run.start.astimezone(recorded.start.tzinfo))
    return run
