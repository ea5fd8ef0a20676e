"""Strava's bulk-export `activities.csv`.

The export repeats column names (the first `Distance` is kilometres, the second metres; `Elapsed Time`,
`Max Heart Rate`, `Relative Effort` and `Commute` twice), its column set grows between versions (87, 99
columns...), and older versions wrote some headers as raw HTML. Times are UTC.
"""

from __future__ import annotations

import datetime as dt
from typing import IO, Final

from calfdesk.domain.runs import Run, is_running_type, make_run
from calfdesk.domain.sources import RunSource
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.activity_csv import Table, read_table
from calfdesk.importers.common import (
    ImportedFile,
    LeftOut,
    file_error,
    local_offset,
    numeric_date_order,
    parse_export_datetime,
    parse_number,
)
from calfdesk.importers.format import FileOptions, Format, NotThisFormat

_tr = Texts(__name__)

REQUIRED: Final = ("activity id", "activity date", "activity type")


def looks_like_strava(table: Table) -> bool:
    return table.has(*REQUIRED)


def strava_runs(name: str, table: Table, linked: dict[int, str] | None = None) -> ImportedFile:
    """The runs of the table; `linked`, when given, receives each run's `Filename` by its position in runs."""
    if not looks_like_strava(table):
        raise file_error(name, _tr("not a Strava activities.csv (no Activity ID, Activity Date and Activity Type)"))
    if not table.has("distance"):
        raise file_error(name, _tr("the Strava export has no Distance column"))
    day_first = numeric_date_order(table.column("activity date"))
    result = ImportedFile(name, "strava")
    for line, row in table.rows():
        activity_type = table.cell(row, "activity type")
        if not is_running_type(activity_type):
            result.skipped[activity_type or LeftOut.NO_TYPE] += 1
            continue
        try:
            run = _row_to_run(name, table, row, day_first)
        except (ValueError, InvalidInput) as error:
            raise file_error(name, _tr("line {line}: {problem}").format(line=line, problem=error)) from None
        if run is None:
            result.skipped[LeftOut.NO_DISTANCE] += 1
            continue
        if linked is not None and table.cell(row, "filename"):
            linked[len(result.runs)] = table.cell(row, "filename")
        result.runs.append(run)
    return result


def _number(text: str) -> float | None:
    return parse_number(text, decimal_comma=False)


def _row_to_run(name: str, table: Table, row: list[str], day_first: bool) -> Run | None:
    started = parse_export_datetime(table.cell(row, "activity date"), day_first=day_first)
    start = local_offset(started.replace(tzinfo=dt.UTC))
    # The last Distance column is metres in every version; a single one is kilometres.
    metres = _number(table.cell(row, "distance", -1)) if len(table.columns["distance"]) > 1 else None
    km = metres / 1000.0 if metres is not None else _number(table.cell(row, "distance"))
    if not km:
        return None
    duration = _number(table.cell(row, "moving time")) or _number(table.cell(row, "elapsed time", -1))
    if not duration:
        raise ValueError(_tr("the run has no moving or elapsed time"))
    gain = _number(table.cell(row, "elevation gain"))
    return make_run(
        start=start,
        duration_s=duration,
        distance_km=km,
        elevation_gain_m=gain,
        source="strava",
        title=table.cell(row, "activity name"),
        gear=table.cell(row, "activity gear"),
        source_file=name,
    )


def read_strava_csv(name: str, stream: IO[bytes], _options: FileOptions) -> ImportedFile:
    table = read_table(name, stream)
    if not looks_like_strava(table):
        raise NotThisFormat
    return strava_runs(name, table)


FORMAT: Final = Format(
    key="strava",
    kind="CSV",
    description=lambda: _tr("Strava's activities.csv"),
    source=RunSource("strava", "Strava export"),
    suffixes=(".csv",),
    read=read_strava_csv,
)
