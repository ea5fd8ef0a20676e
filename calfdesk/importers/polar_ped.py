"""Polar Personal Trainer exports (polarpersonaltrainer.com's "Export data": `.ped`, also saved as `.xml`).

The root `polar-exercise-data` holds `calendar-items` with one `exercise` per training session. Read from each:
`sport` (the name the runner's Polar account gives it; when there is none, the result's `speed` `type`,
RUNNING or CYCLING), `time` the start on the watch's wall clock (no zone), `name` as title, and its `result`:
`distance` in metres, `duration` (`hh:mm:ss`, `hh:mm:ss.f` or `hh:mm`), and the laps' `ascent` (metres) added
up for the climb. A sport whose name says running (Running, Jogging, Trail running, Treadmill running, ...) is
a run; "Other sport" or no sport is judged by its average pace; any other sport is left out under its name.
Not read: heart rate, zones, calories, the fitness tests (`fitness-data`).
Read as a stream, with document type declarations refused.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from typing import IO, Final

from calfdesk.domain.plausibility import Movement
from calfdesk.domain.runs import is_running_type, make_run
from calfdesk.domain.sources import RunSource
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.common import ImportedFile, LeftOut, as_aware_local, file_error, not_valid_xml, peek, xml_events
from calfdesk.importers.format import FileOptions, Format, NotThisFormat, xml_root, xml_root_name

_tr = Texts(__name__)

ROOT: Final = "polar-exercise-data"
# Polar's own words for a session of no particular sport.
UNNAMED_SPORTS: Final = frozenset({"", "other sport", "other"})


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((child for child in element if _local(child.tag) == name), None)


def _text(element: ET.Element | None, name: str) -> str:
    child = None if element is None else _child(element, name)
    return "" if child is None else (child.text or "").strip()


def parse_duration(text: str) -> float:
    """A Polar duration in seconds: `hh:mm:ss`, `hh:mm:ss.f`, or `hh:mm` (hours and minutes)."""
    parts = text.split(":")
    if len(parts) == 2:
        hours, minutes = parts
        return int(hours) * 3600 + int(minutes) * 60
    hours, minutes, seconds = parts
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def read_ped(name: str, stream: IO[bytes], _options: FileOptions | None = None) -> ImportedFile:
    """Each exercise is one run; exercises of other sports are skipped."""
    if xml_root_name(peek(stream)) != ROOT:
        raise NotThisFormat
    result = ImportedFile(name, "polar_ped")
    parents: list[ET.Element] = []
    exercises = 0
    try:
        for event, element in xml_events(name, stream):
            if event == "start":
                parents.append(element)
                continue
            parents.pop()
            if _local(element.tag) == "exercise":
                exercises += 1
                _read_exercise(name, exercises, element, result)
                if parents:
                    parents[-1].remove(element)
    except ET.ParseError as error:
        raise file_error(name, not_valid_xml(error)) from None
    if exercises == 0:
        raise file_error(name, _tr("the file has no exercise (only fitness tests or nothing at all)"))
    return result


def _read_exercise(name: str, number: int, exercise: ET.Element, result: ImportedFile) -> None:
    figures = _child(exercise, "result")
    # An exercise without a sport of its own often names the kind of its speed sensor (RUNNING, CYCLING).
    speed = _child(figures, "speed") if figures is not None else None
    sport = _text(exercise, "sport") or _text(speed, "type").capitalize()
    declared = sport.casefold() not in UNNAMED_SPORTS
    if declared and not is_running_type(sport):
        result.skipped[sport] += 1
        return
    try:
        distance = _text(figures, "distance")
        metres = float(distance) if distance else 0.0
        if metres <= 0:
            result.skipped[LeftOut.NO_DISTANCE] += 1
            return
        start_text, duration_text = _text(exercise, "time"), _text(figures, "duration")
        if not start_text or not duration_text:
            raise ValueError(_tr("it has no start time or no duration"))
        start = dt.datetime.strptime(start_text.split(".")[0], "%Y-%m-%d %H:%M:%S")
        laps = _child(figures, "laps") if figures is not None else None
        ascents = [] if laps is None else [_text(lap, "ascent") for lap in laps]
        run = make_run(
            start=as_aware_local(start),
            duration_s=parse_duration(duration_text),
            distance_km=metres / 1000.0,
            elevation_gain_m=sum(float(ascent) for ascent in ascents if ascent) if any(ascents) else None,
            source="polar_ped",
            title=_text(exercise, "name"),
            source_file=name,
        )
    except (ValueError, OverflowError, InvalidInput) as error:
        raise file_error(name, _tr("exercise {number}: {problem}").format(number=number, problem=error)) from None
    if not declared:
        result.undeclared[len(result.runs)] = Movement()
    result.runs.append(run)


FORMAT: Final = Format(
    key="polar_ped",
    kind="PED",
    description=lambda: _tr("a Polar Personal Trainer export"),
    source=RunSource("polar_ped", "Polar Personal Trainer file", recorded=True),
    suffixes=(".ped",),
    read=read_ped,
    sniff=xml_root(ROOT),
    shared_suffixes=(".xml",),
)
