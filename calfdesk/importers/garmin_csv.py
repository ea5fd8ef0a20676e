"""Garmin Connect's "Export CSV" `Activities.csv`, in English or German (its column names follow the account's
language; a title line may stand above the header).

Numbers follow the account's locale (a decimal comma "12,51" with a thousands dot "1.195" in Europe),
"--" means no value, lines end with CRLF, and `Date` is the local wall-clock time of the start, written in
the locale's date format. Garmin does not say whether distances are kilometres or miles: where the file has
Steps, the step length tells (a runner's usual step is 0.8 to 1.28 m; read in the wrong unit it is 1.6 times
longer or shorter), otherwise distances and climb are read in the unit chosen by the caller, kilometres and metres by
default. The result says which unit was assumed and why.
"""

from __future__ import annotations

import statistics
from typing import IO, Final

from calfdesk.domain.runs import Run, is_running_type, make_run
from calfdesk.domain.sources import RunSource
from calfdesk.domain.units import UNITS, DistanceUnit, parse_duration, unit_to_km, unit_to_metres
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.activity_csv import Table, read_table
from calfdesk.importers.common import (
    ImportedFile,
    LeftOut,
    UnitAssumption,
    as_aware_local,
    file_error,
    guess_decimal_comma,
    is_missing,
    numeric_date_order,
    parse_export_datetime,
    parse_number,
)
from calfdesk.importers.format import FileOptions, Format, NotThisFormat

_tr = Texts(__name__)

REQUIRED: Final = ("activity type", "date", "distance")
# The columns read, as Garmin Connect names them in other languages (cleaned, lower case) -> in English.
TRANSLATED_COLUMNS: Final = {
    # German
    "aktivitätstyp": "activity type",
    "datum": "date",
    "titel": "title",
    "distanz": "distance",
    "zeit": "time",
    "zeit in bewegung": "moving time",
    "verstrichene zeit": "elapsed time",
    "anstieg gesamt": "total ascent",
    "positiver höhenunterschied": "total ascent",
}
# The usual median step of a runner's runs, in metres: from a slow jog to a brisk pace. The span is narrower than
# a mile is longer than a kilometre, so kilometres and miles never both fit; a file outside it says nothing.
STEP_M: Final = (0.8, 1.28)
STEP_SAMPLES: Final = 200


def looks_like_garmin(table: Table) -> bool:
    table.alias(TRANSLATED_COLUMNS)
    return table.has(*REQUIRED) and not table.has("activity id")


def garmin_runs(name: str, table: Table, unit: DistanceUnit = "km") -> ImportedFile:
    if not looks_like_garmin(table):
        raise file_error(name, _tr("not a Garmin Connect Activities.csv (no Activity Type, Date and Distance)"))
    decimal_comma = guess_decimal_comma(table.column("distance"))
    day_first = numeric_date_order(table.column("date"))
    assumed = distance_unit(table, decimal_comma, unit)
    unit = assumed.unit
    result = ImportedFile(name, "garmin", distance_unit=assumed)
    for line, row in table.rows():
        activity_type = table.cell(row, "activity type")
        if not is_running_type(activity_type):
            result.skipped[activity_type or LeftOut.NO_TYPE] += 1
            continue
        try:
            run = _row_to_run(name, table, row, decimal_comma=decimal_comma, day_first=day_first, unit=unit)
        except (ValueError, InvalidInput) as error:
            raise file_error(name, _tr("line {line}: {problem}").format(line=line, problem=error)) from None
        if run is None:
            result.skipped[LeftOut.NO_DISTANCE] += 1
        else:
            result.runs.append(run)
    return result


def distance_unit(table: Table, decimal_comma: bool, fallback: DistanceUnit) -> UnitAssumption:
    """The unit of the Distance column: the one whose step length (from Steps) is a running step, else
    `fallback` (the runner's unit)."""
    ratios: list[float] = []
    if table.has("steps"):
        for _line, row in table.rows():
            try:
                distance = parse_number(table.cell(row, "distance"), decimal_comma=decimal_comma)
                steps = parse_number(table.cell(row, "steps"), decimal_comma=decimal_comma)
            except ValueError:
                continue
            if distance and steps and steps > 0 and is_running_type(table.cell(row, "activity type")):
                ratios.append(distance / steps)
            if len(ratios) >= STEP_SAMPLES:
                break
    if ratios:
        typical = statistics.median(ratios)
        fitting = [unit for unit in UNITS if STEP_M[0] <= unit_to_km(typical, unit) * 1000 <= STEP_M[1]]
        if len(fitting) == 1:
            return UnitAssumption(fitting[0], "steps")
    return UnitAssumption(fallback, "setting")


def _row_to_run(
    name: str, table: Table, row: list[str], *, decimal_comma: bool, day_first: bool, unit: DistanceUnit
) -> Run | None:
    start = as_aware_local(parse_export_datetime(table.cell(row, "date"), day_first=day_first))
    distance = parse_number(table.cell(row, "distance"), decimal_comma=decimal_comma)
    if not distance:
        return None
    duration = None
    for column in ("time", "moving time", "elapsed time"):
        cell = table.cell(row, column)
        duration = None if is_missing(cell) else parse_duration(cell)
        if duration:
            break
    if not duration:
        raise ValueError(_tr("the run has no time"))
    ascent = parse_number(table.cell(row, "total ascent"), decimal_comma=decimal_comma)
    return make_run(
        start=start,
        duration_s=duration,
        distance_km=unit_to_km(distance, unit),
        elevation_gain_m=None if ascent is None else unit_to_metres(ascent, unit),
        source="garmin",
        title=table.cell(row, "title"),
        source_file=name,
    )


def read_garmin_csv(name: str, stream: IO[bytes], options: FileOptions) -> ImportedFile:
    table = read_table(name, stream)
    if not looks_like_garmin(table):
        raise NotThisFormat
    return garmin_runs(name, table, options.csv_unit)


FORMAT: Final = Format(
    key="garmin",
    kind="CSV",
    description=lambda: _tr("Garmin Connect's Activities.csv"),
    source=RunSource("garmin", "Garmin Connect export"),
    suffixes=(".csv",),
    read=read_garmin_csv,
)
