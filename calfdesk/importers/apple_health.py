"""Apple Health's export (`export.zip` → `apple_health_export/export.xml`, often 1-4 GB, and
`workout-routes/*.gpx`).

The XML is streamed through expat in 1 MB pieces and only running workouts are kept, so memory stays the
same whatever the size of the file. Real exports begin with an internal DTD (element and attribute
declarations); the parser reads it but is set up the way defusedxml sets expat up: an entity declaration,
an unparsed entity or a reference to an external entity stops the file, and parameter entities are never
read, so nothing is expanded and nothing outside the file is loaded.

What is read from each `<Workout workoutActivityType="HKWorkoutActivityTypeRunning">`:

- start: `startDate` ("2024-05-04 08:00:00 +0200", the wall clock and its offset),
- duration: `duration` in `durationUnit` (min, s or hr), else end minus start,
- distance: the older `totalDistance` with `totalDistanceUnit`, else the newer child
  `<WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" sum="…" unit="…">`,
- climb: the route file a `<WorkoutRoute><FileReference path="/workout-routes/….gpx">` names, else the
  `HKElevationAscended` metadata entry ("8520 cm").
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Final
from xml.parsers import expat

from calfdesk.domain.runs import Run, make_run
from calfdesk.domain.sources import RunSource
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.archive import Container, Entry, ReadStream
from calfdesk.importers.common import ImportedFile, LeftOut
from calfdesk.importers.reading import ReadOptions, SourceFile, reason_of

_tr = Texts(__name__)

SOURCE: Final = RunSource("apple_health", "Apple Health export", recorded=True)
RUNNING: Final = "HKWorkoutActivityTypeRunning"
TYPE_PREFIX: Final = "HKWorkoutActivityType"
DISTANCE_STATISTIC: Final = "HKQuantityTypeIdentifierDistanceWalkingRunning"
ELEVATION_KEY: Final = "HKElevationAscended"
CHUNK_BYTES: Final = 1024 * 1024
DATE_FORMAT: Final = "%Y-%m-%d %H:%M:%S %z"
KM_PER_UNIT: Final = {"km": 1.0, "m": 0.001, "mi": 1.609344, "yd": 0.0009144, "ft": 0.0003048, "cm": 0.00001}
SECONDS_PER_UNIT: Final = {"s": 1.0, "min": 60.0, "hr": 3600.0, "h": 3600.0, "ms": 0.001}
METRES_PER_UNIT: Final = {"m": 1.0, "cm": 0.01, "ft": 0.3048, "km": 1000.0}


def looks_like_export(head: bytes) -> bool:
    """Whether the first bytes of an XML file are Apple Health's export (its DTD or its root element)."""
    return b"<!DOCTYPE HealthData" in head or b"<HealthData" in head


@dataclass(slots=True)
class _Workout:
    start: str
    end: str
    duration: str
    duration_unit: str
    distance: str
    distance_unit: str
    elevation: str = ""
    route: str = ""


@dataclass(slots=True)
class _Reader:
    """The expat handlers: only running workouts and their direct children are looked at."""

    parser: expat.XMLParserType
    workouts: list[_Workout] = field(default_factory=list)
    other: Counter[str] = field(default_factory=Counter)
    current: _Workout | None = None
    depth: int = 0
    saw_root: bool = False

    def start(self, name: str, attrs: dict[str, str]) -> None:
        if name == "Workout":
            kind = attrs.get("workoutActivityType", "")
            if kind != RUNNING:
                self.other[kind.removeprefix(TYPE_PREFIX) or LeftOut.NO_TYPE] += 1
                return
            self.current = _Workout(
                attrs.get("startDate", ""),
                attrs.get("endDate", ""),
                attrs.get("duration", ""),
                attrs.get("durationUnit", "min"),
                attrs.get("totalDistance", ""),
                attrs.get("totalDistanceUnit", ""),
            )
            self.depth = 0
            # End tags matter only inside a running workout: the handler is set for its length alone.
            self.parser.EndElementHandler = self.end
        elif self.current is not None:
            self.depth += 1
            self._child(self.current, name, attrs)
        elif name == "HealthData":
            self.saw_root = True

    def _child(self, workout: _Workout, name: str, attrs: dict[str, str]) -> None:
        if name == "FileReference" and not workout.route:
            workout.route = attrs.get("path", "")
        elif self.depth != 1:
            return
        elif name == "WorkoutStatistics" and attrs.get("type") == DISTANCE_STATISTIC and not workout.distance:
            workout.distance, workout.distance_unit = attrs.get("sum", ""), attrs.get("unit", "")
        elif name == "MetadataEntry" and attrs.get("key") == ELEVATION_KEY:
            workout.elevation = attrs.get("value", "")

    def end(self, name: str) -> None:
        if self.depth == 0 and name == "Workout":
            assert self.current is not None
            self.workouts.append(self.current)
            self.current = None
            self.parser.EndElementHandler = None
        else:
            self.depth -= 1


def _refuse_entities(*_: object) -> None:
    raise InvalidInput(_tr("the file declares entities, which Apple Health exports never do; refused"), field="xml")


def _refuse_external(*_: object) -> int:
    raise InvalidInput(_tr("the file refers to an external entity; refused"), field="xml")


def _parser() -> tuple[expat.XMLParserType, _Reader]:
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = _refuse_entities
    parser.UnparsedEntityDeclHandler = _refuse_entities
    parser.ExternalEntityRefHandler = _refuse_external
    reader = _Reader(parser)
    parser.StartElementHandler = reader.start
    return parser, reader


def stream_workouts(stream: ReadStream, options: ReadOptions) -> tuple[list[_Workout], Counter[str]]:
    """Every running workout of an export.xml stream, and the other workouts counted by type."""
    parser, reader = _parser()
    try:
        while chunk := stream.read(CHUNK_BYTES):
            options.check()
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise InvalidInput(
            _tr("not valid XML at line {line}; is the export complete?").format(line=error.lineno),
            field="xml",
        ) from None
    if not reader.saw_root:
        raise InvalidInput(_tr("not an Apple Health export (no HealthData element)"), field="xml")
    return reader.workouts, reader.other


def _number(text: str, what: str) -> float:
    """A figure of the export; `what` names it in the runner's language."""
    try:
        value = float(text)
    except ValueError:
        raise InvalidInput(_tr("{what} '{text}' is not a number").format(what=what, text=text), field="xml") from None
    return value


def workout_to_run(workout: _Workout, label: str, climb: float | None = None) -> Run:
    try:
        start = dt.datetime.strptime(workout.start, DATE_FORMAT)
    except ValueError:
        raise InvalidInput(
            _tr("a running workout's start '{start}' is not a date").format(start=workout.start), field="xml"
        ) from None
    if workout.duration:
        unit = SECONDS_PER_UNIT.get(workout.duration_unit)
        if unit is None:
            raise InvalidInput(_tr("unknown duration unit '{unit}'").format(unit=workout.duration_unit), field="xml")
        seconds = _number(workout.duration, _tr("duration")) * unit
    else:
        try:
            seconds = (dt.datetime.strptime(workout.end, DATE_FORMAT) - start).total_seconds()
        except ValueError:
            raise InvalidInput(
                _tr("the workout of {start} has no duration").format(start=workout.start), field="xml"
            ) from None
    if not workout.distance:
        raise InvalidInput(
            _tr("the running workout of {start} has no distance").format(start=workout.start), field="xml"
        )
    per_unit = KM_PER_UNIT.get(workout.distance_unit)
    if per_unit is None:
        raise InvalidInput(_tr("unknown distance unit '{unit}'").format(unit=workout.distance_unit), field="xml")
    km = _number(workout.distance, _tr("distance")) * per_unit
    if climb is None and workout.elevation:
        value, _, unit_text = workout.elevation.partition(" ")
        if unit_text in METRES_PER_UNIT:
            climb = _number(value, _tr("climb")) * METRES_PER_UNIT[unit_text]
    return make_run(
        start=start,
        duration_s=seconds,
        distance_km=km,
        elevation_gain_m=climb,
        source=SOURCE.key,
        source_file=label,
    )


def read_export(container: Container, entry: Entry, options: ReadOptions) -> SourceFile:
    """The running workouts of one export.xml; the climb from the route files it names, where present."""
    options.announce(entry.label)
    result = SourceFile(entry.label)
    try:
        with container.open(entry) as stream:
            workouts, other = stream_workouts(stream, options)
        parsed = ImportedFile(entry.label, "apple_health", skipped=other)
        base = PurePosixPath(entry.path).parent
        missing = 0
        for workout in workouts:
            if not workout.distance:
                parsed.skipped[LeftOut.WORKOUT_WITHOUT_DISTANCE] += 1
                continue
            climb = None
            if workout.route:
                climb, note = _route_climb(container, base, workout.route, options)
                if note == "missing":
                    missing += 1
                elif note:
                    result.notes.append(note)
            try:
                parsed.runs.append(workout_to_run(workout, entry.label, climb))
            except InvalidInput as error:
                if error.field == "duration":
                    parsed.skipped[LeftOut.WORKOUT_BAD_DURATION] += 1
                    continue
                if error.field == "distance":
                    parsed.skipped[LeftOut.WORKOUT_BAD_DISTANCE] += 1
                    continue
                raise
        if missing:
            result.notes.append(
                _tr("{count} route files named in the export are not beside it; climb from the export").format(
                    count=missing
                )
            )
        result.parsed = parsed
    except InvalidInput as error:
        result.error = reason_of(error, entry.label)
    return result


def _route_climb(
    container: Container, base: PurePosixPath, reference: str, options: ReadOptions
) -> tuple[float | None, str]:
    from calfdesk.importers import read_activity_file

    path = str(base / reference.lstrip("/")) if str(base) != "." else reference.lstrip("/")
    route = container.find(path)
    if route is None:
        return None, "missing"
    options.check()
    try:
        parsed = read_activity_file(route.label, container.read(route))
    except InvalidInput as error:
        reason = reason_of(error, route.label)
        return None, _tr("{file}: {reason}; climb from the export").format(file=route.label, reason=reason)
    climbs = [run.elevation_gain_m for run in parsed.runs if run.elevation_gain_m is not None]
    return (climbs[0] if climbs else None), ""
