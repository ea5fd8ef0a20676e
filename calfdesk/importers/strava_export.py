"""Strava's bulk export ("Download your data"): `activities.csv` and the files in `activities/`.

Every activity comes from the CSV (its type, its UTC start, distance, moving time, climb and the shoe in
"Activity Gear"); the file its `Filename` column names (`activities/123.gpx`, `….fit.gz`, `….tcx.gz`) is read
only where it adds what the CSV lacks: the climb when the row has none, and the wall-clock offset of the start,
which only FIT files record. Only runs are read; the other activities are counted by type.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import PurePosixPath

from calfdesk.domain.runs import Run
from calfdesk.errors import InvalidInput
from calfdesk.importers.activity_csv import read_table
from calfdesk.importers.archive import MAX_READ_BYTES, Container, Entry
from calfdesk.importers.reading import ReadOptions, SourceFile, reason_of
from calfdesk.importers.strava_csv import looks_like_strava, strava_runs


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
            raise InvalidInput(f"{entry.label}: larger than {MAX_READ_BYTES // (1024 * 1024)} MB", field=entry.label)
        # Streamed from the archive, opened again for each pass over it.
        table = read_table(entry.label, lambda: container.open(entry))
        if not looks_like_strava(table):
            raise InvalidInput(f"{entry.label}: not a Strava activities.csv", field=entry.label)
        files: dict[int, str] = {}
        parsed = strava_runs(entry.label, table, files)
    except InvalidInput as error:
        result.error = reason_of(error, entry.label)
        return result
    base = PurePosixPath(entry.path).parent
    parsed.runs = [
        _completed(container, base, files[index], run, options, result) if index in files else run
        for index, run in enumerate(parsed.runs)
    ]
    result.parsed = parsed
    return result


def _completed(
    container: Container, base: PurePosixPath, filename: str, run: Run, options: ReadOptions, result: SourceFile
) -> Run:
    needs_climb = run.elevation_gain_m is None
    records_offset = filename.casefold().endswith((".fit", ".fit.gz"))
    if not (needs_climb or records_offset):
        return run
    path = str(base / filename) if str(base) != "." else filename
    linked = container.find(path)
    if linked is None:
        result.notes.append(f"{filename}: named in activities.csv but not in the export")
        return run
    from calfdesk.importers import read_activity_file

    options.check()
    try:
        runs = read_activity_file(linked.label, container.read(linked)).runs
    except InvalidInput as error:
        result.notes.append(f"{filename}: {reason_of(error, linked.label)}; the run is taken from the CSV alone")
        return run
    if not runs:
        return run
    recorded = min(runs, key=lambda other: abs((other.start - run.start).total_seconds()))
    if abs((recorded.start - run.start).total_seconds()) > 180:
        return run
    if needs_climb and recorded.elevation_gain_m is not None:
        run = replace(run, elevation_gain_m=recorded.elevation_gain_m)
    if records_offset:
        run = replace(run, start=run.start.astimezone(recorded.start.tzinfo))
    return run
