"""Polar Flow's account export (account.polar.com, "Download your data"): one JSON file per training session
(`training-session-2017-01-23-….json`), `{"exportVersion": "1.3", "name", "startTime", "timeZoneOffset",
…, "exercises": [{…}]}`.

Each exercise of `exercises` is one activity (a multisport session holds one per sport). Read from it:
`startTime` (the watch's wall clock) with `timezoneOffset`, its minutes from UTC (else the session's
`timeZoneOffset`), `duration` (ISO 8601: "PT2754.128S"), `distance` metres, `ascent` metres and `sport`;
from its `samples`' `recordedRoute`, the points' `dateTime`, `latitude`, `longitude` and `altitude`: the
distance and the climb where the exercise does not give its own, and the fastest minute. The session's `name`
is the title.

A sport whose name says running (RUNNING, TRAIL_RUNNING, TREADMILL_RUNNING, ROAD_RUNNING, ...) is a run;
OTHER_OUTDOOR, OTHER_INDOOR or no sport is judged by how it moves; any other sport is left out under its name
("Cycling"). Not read: heart rate, speed, cadence, power, laps, zones, calories. The export's other files
(daily activity, sleep, the account) carry `exportVersion` too but no exercise: they are not activity files.
Read as a stream, one exercise at a time.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import IO, Any, Final

from calfdesk.domain.plausibility import Movement
from calfdesk.domain.runs import is_running_type, make_run
from calfdesk.domain.sources import RunSource
from calfdesk.domain.track import elevation_gain_m, track_length_m
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.common import (
    FileError,
    ImportedFile,
    LeftOut,
    as_aware_local,
    checked_moment,
    checked_position,
    file_error,
    not_valid_json,
    peek,
)
from calfdesk.importers.format import FileOptions, Format, NotAnActivity, NotThisFormat, head_text
from calfdesk.importers.gpx import Segment, Track, sustained_kmh
from calfdesk.importers.json_stream import JsonTooLarge, members

_tr = Texts(__name__)

SOURCE: Final = "polar_flow"
_SIGNATURE: Final = re.compile(r'\{\s*"exportVersion"\s*:')
EXERCISES: Final = "exercises"
# Polar's sports that name none: the exercise is judged by how it moves.
UNDECLARED_SPORTS: Final = frozenset({"OTHER_OUTDOOR", "OTHER_INDOOR"})
_DECIMAL: Final = r"(\d+(?:\.\d+)?)"
_ISO_DURATION: Final = re.compile(rf"P(?:{_DECIMAL}D)?(?:T(?:{_DECIMAL}H)?(?:{_DECIMAL}M)?(?:{_DECIMAL}S)?)?", re.ASCII)
_UNIT_SECONDS: Final = (86_400.0, 3_600.0, 60.0, 1.0)


class _BadValue(ValueError):
    """A value of the file that cannot be what its field says; the message names the field."""


def is_polar_flow(head: bytes) -> bool:
    """Whether a file's first bytes open a Polar Flow export file: an object whose first member is `exportVersion`."""
    return _SIGNATURE.match(head_text(head)) is not None


@dataclass(frozen=True, slots=True)
class _Exercise:
    """What one exercise gives a run, read before the session's own offset and name may be."""

    number: int
    # The watch's wall clock, aware when the file writes its offset with it.
    wall_clock: dt.datetime
    offset_min: float | None
    duration_s: float
    metres: float
    ascent: float | None
    # The fastest minute of an exercise whose sport says nothing; None for a declared run.
    movement: Movement | None


@dataclass(slots=True)
class _Session:
    name: str
    result: ImportedFile
    title: str = ""
    offset_min: float | None = None
    exercises: int = 0
    unplaced: int = 0


def read_polar_flow(name: str, stream: IO[bytes], _options: FileOptions | None = None) -> ImportedFile:
    """Each running exercise of the session is one run; an exercise of no named sport is judged by how it moves."""
    if not is_polar_flow(peek(stream)):
        raise NotThisFormat
    session = _Session(name, ImportedFile(name, SOURCE))
    read: list[_Exercise] = []
    try:
        for member, value in members(stream, EXERCISES):
            if member == EXERCISES:
                session.exercises += 1
                exercise = _exercise(session, session.exercises, value)
                if exercise is not None:
                    read.append(exercise)
            elif member == "timeZoneOffset":
                session.offset_min = _number(value, "timeZoneOffset")
            elif member == "name" and isinstance(value, str):
                session.title = value
    except JsonTooLarge as error:
        raise file_error(name, _tr("not a Polar Flow training session ({problem})").format(problem=error)) from None
    except _BadValue as error:
        raise file_error(name, str(error)) from None
    except InvalidInput:
        raise
    except RecursionError:
        raise file_error(name, _tr("not valid JSON (it is nested too deeply)")) from None
    except ValueError as error:  # the decoder's errors: damaged JSON, a number of thousands of digits
        raise file_error(name, not_valid_json(error)) from None
    if not session.exercises:
        raise NotAnActivity(name, _tr("this Polar Flow file holds no exercise (it is not a training session)"))
    if session.unplaced:
        session.result.notes.append(
            _tr("route points without a position, passed over: {count}").format(count=session.unplaced)
        )
    for exercise in read:
        _add_run(session, exercise)
    return session.result


def _refused(name: str, number: int, error: Exception) -> FileError:
    """The file's error for what is wrong with one of its exercises (a bad value, a run make_run refuses): the
    first exercise's problem as it is, a later one's named by its number."""
    problem = error.reason if isinstance(error, FileError) else str(error)
    if number > 1:
        problem = _tr("exercise {number}: {problem}").format(number=number, problem=problem)
    return file_error(name, problem)


def _exercise(session: _Session, number: int, exercise: Any) -> _Exercise | None:
    """One exercise, read into what its run needs; None when its sport is not running (counted as left out)."""
    try:
        if not isinstance(exercise, Mapping):
            raise _BadValue(_tr("an exercise is not an object"))
        sport = exercise.get("sport")
        if sport is not None and not isinstance(sport, str):
            raise _BadValue(_tr("sport: {value} is not the name of a sport").format(value=_shown(sport)))
        words = (sport or "").replace("_", " ").strip()
        declared = bool(words) and sport not in UNDECLARED_SPORTS
        if declared and not is_running_type(words):
            session.result.skipped[words.capitalize()] += 1
            return None
        route = _route(session, exercise.get("samples"))
        metres = _number(exercise.get("distance"), "distance")
        if metres is None:
            metres = track_length_m(route.points())
        if metres <= 0:
            session.result.skipped[LeftOut.NO_DISTANCE] += 1
            return None
        ascent = _number(exercise.get("ascent"), "ascent")
        return _Exercise(
            number=number,
            wall_clock=_moment(exercise.get("startTime"), "startTime"),
            offset_min=_number(exercise.get("timezoneOffset"), "timezoneOffset"),
            duration_s=_duration(exercise.get("duration"), route),
            metres=metres,
            ascent=elevation_gain_m(route.elevations) if ascent is None else ascent,
            movement=None if declared else Movement(sustained_kmh(Track(None, None, [route]))),
        )
    except (ValueError, TypeError, OverflowError) as error:
        raise _refused(session.name, number, error) from None


def _add_run(session: _Session, exercise: _Exercise) -> None:
    result = session.result
    try:
        run = make_run(
            start=_start(session, exercise),
            duration_s=exercise.duration_s,
            distance_km=exercise.metres / 1000.0,
            elevation_gain_m=exercise.ascent,
            source=SOURCE,
            title=session.title,
            source_file=session.name,
        )
    except (ValueError, OverflowError) as error:
        raise _refused(session.name, exercise.number, error) from None
    if exercise.movement is not None:
        result.undeclared[len(result.runs)] = exercise.movement
    result.runs.append(run)


def _start(session: _Session, exercise: _Exercise) -> dt.datetime:
    """The start on the watch's wall clock with its offset from UTC (the exercise's, else the session's); this
    computer's zone when the file gives none. An offset no place has is refused."""
    if exercise.wall_clock.tzinfo is not None:
        return checked_moment(session.name, exercise.wall_clock)
    minutes = session.offset_min if exercise.offset_min is None else exercise.offset_min
    if minutes is None:
        return as_aware_local(exercise.wall_clock)
    if minutes != int(minutes) or abs(minutes) >= 24 * 60:
        raise _BadValue(_tr("timezoneOffset: {value} minutes is not an offset from UTC").format(value=_shown(minutes)))
    zone = dt.timezone(dt.timedelta(minutes=int(minutes)))
    return checked_moment(session.name, exercise.wall_clock.replace(tzinfo=zone))


def _route(session: _Session, samples: Any) -> Segment:
    """The recorded route's positions, heights and times; points without a position are passed over."""
    segment = Segment()
    if samples is None:
        return segment
    if not isinstance(samples, Mapping):
        raise _BadValue(_tr("samples: not an object"))
    points = samples.get("recordedRoute")
    if points is None:
        return segment
    if not isinstance(points, list):
        raise _BadValue(_tr("recordedRoute: not a list of points"))
    timed = True
    for point in points:
        if not isinstance(point, Mapping):
            raise _BadValue(_tr("recordedRoute: a point is not an object"))
        latitude, longitude = _number(point.get("latitude"), "latitude"), _number(point.get("longitude"), "longitude")
        if latitude is None or longitude is None:
            session.unplaced += 1
            continue
        segment.coordinates.extend(checked_position(session.name, latitude, longitude))
        altitude = _number(point.get("altitude"), "altitude")
        if altitude is not None:
            segment.elevations.append(altitude)
        stamp = point.get("dateTime")
        if stamp is None:
            timed = False
        elif timed:
            # Only the times between points are used: Polar writes them on another clock than the start's.
            moment = _moment(stamp, "dateTime")
            segment.add_time(moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC))
    if not timed:
        # The fastest minute needs a time for every point; the positions still give the distance.
        del segment.seconds[:]
    return segment


def _moment(value: Any, field: str) -> dt.datetime:
    """An ISO 8601 date and time as the file writes it: naive (a wall clock) unless it carries Z or an offset."""
    if value is None:
        raise _BadValue(_tr("{field}: the time is missing").format(field=field))
    if not isinstance(value, str):
        raise _BadValue(_tr("{field}: {value} is not a date and time").format(field=field, value=_shown(value)))
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        raise _BadValue(
            _tr("{field}: {value} is not a date and time").format(field=field, value=_shown(value))
        ) from None


def _duration(value: Any, route: Segment) -> float:
    """Seconds of an ISO 8601 duration ("PT2754.128S", "PT1H2M3.5S"); the route's span when there is none."""
    if value is None:
        earliest, latest = route.earliest, route.latest
        if earliest is None or latest is None:
            raise _BadValue(_tr("the exercise has no duration"))
        return (latest - earliest).total_seconds()
    match = _ISO_DURATION.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None or not any(match.groups()):
        raise _BadValue(_tr("duration: {value} is not a duration").format(value=_shown(value)))
    return sum(float(part) * unit for part, unit in zip(match.groups(), _UNIT_SECONDS, strict=True) if part)


def _number(value: Any, field: str) -> float | None:
    """A number of the file; None for a field it leaves out (or writes as null)."""
    if value is None:
        return None
    refused = _BadValue(_tr("{field}: {value} is not a number").format(field=field, value=_shown(value)))
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise refused
    try:
        number = float(value)
    except OverflowError:  # an integer too large for a float
        raise refused from None
    if not math.isfinite(number):
        raise refused
    return number


def _shown(value: Any) -> str:
    """A value of the file as a message quotes it, short: 3000 (not 3000.0), "x", [1, 2]."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = repr(value) if isinstance(value, float) else json.dumps(value)
    return text if len(text) <= 40 else text[:39] + "…"


FORMAT: Final = Format(
    key="polar_flow",
    kind="Polar Flow JSON",
    description=lambda: _tr("a Polar Flow training session"),
    source=RunSource(SOURCE, "Polar Flow file", recorded=True),
    suffixes=(),
    read=read_polar_flow,
    sniff=is_polar_flow,
    shared_suffixes=(".json",),
)
