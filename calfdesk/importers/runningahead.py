"""RunningAHEAD logs (runningahead.com's "Export" of a whole training log, as XML). One file holds a runner's
whole history: the root `RunningAHEADLog` holds a `CourseCollection`, an `EquipmentCollection` and an
`EventCollection` with one `Event` per workout, run or not.

Read from each `Event`: `type` (RunningAHEAD's number of the sport: 10 is running), `typeName` (the sport's
name in the runner's language: "Run", "Laufen"), `time` (the start), and of its own children only: `Distance`
(its text, in the `unit` it names: km, m, mi or mile), `Duration` (its `seconds`), `Route` as title and the
first `Equipment` as gear (the shoe's name, which becomes a shoe as Strava's gear does). The intervals of an
`IntervalCollection` have a distance and a duration of their own, which are never taken for the event's; the
equipment's and the courses' own distances are not runs. Not read: notes, heart rate, weather, intervals,
courses. Read as a stream, each event dropped once read, with document type declarations refused.

A log is summaries the runner logged, not recordings: the same run read from a watch's file is kept over it.

Sports: type 10 is a run whatever its name; otherwise a name that says running ("Run", "Laufen", "Trail Run")
is a run and any other ("Bike", "Schwimmen") is left out under its name; an event without a name (and not of
type 10) says nothing of its sport, so it is judged by its average pace.

Times: RunningAHEAD writes the start as the runner's own wall clock followed by a "Z" it does not mean (public
readers of the format correct that "UTC" back to local time), so the digits are read on this computer's clock,
which keeps the day and the hour the runner logged; a time written with another offset keeps it. An event
logged with a date alone ("2008-09-20") keeps its day and starts at 00:00 on it, and the report says how many
runs start so: a made-up hour would be taken for a real one, and 00:00 can never move the run to another day.
Several runs logged so on one day start a few minutes apart, so that none is taken for a duplicate of another.

An event without a distance is counted among the runs without one. An event that cannot be read (no duration,
a damaged number or date, a unit calfdesk does not know, a date calfdesk does not believe) is left out and
named in the report by its position in the log and its date; the rest of the log is read.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections import Counter
from typing import IO, Final

from calfdesk.domain.plausibility import Movement
from calfdesk.domain.runs import DUPLICATE_START_TOLERANCE, is_running_type, make_run
from calfdesk.domain.sources import RunSource
from calfdesk.domain.units import KM_PER_MILE
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts, counted
from calfdesk.importers.common import (
    FileError,
    ImportedFile,
    LeftOut,
    as_aware_local,
    checked_moment,
    file_error,
    not_valid_xml,
    xml_events,
)
from calfdesk.importers.format import FileOptions, Format, NotThisFormat, xml_root

_tr = Texts(__name__)

KEY: Final = "runningahead"
ROOT: Final = "RunningAHEADLog"
# RunningAHEAD's number of the sport running, whatever the language of its name.
RUNNING_TYPE: Final = "10"
KM_PER_UNIT: Final = {"km": 1.0, "m": 0.001, "mi": KM_PER_MILE, "mile": KM_PER_MILE}
_DATE_ONLY: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
# Between the starts of the runs logged with a date only on the same day: never close enough to be one run.
UNTIMED_GAP: Final = DUPLICATE_START_TOLERANCE + dt.timedelta(minutes=1)


class _Problem(ValueError):
    """Why one event cannot be read, in the runner's language."""


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((child for child in element if _local(child.tag) == name), None)


def _text(element: ET.Element | None) -> str:
    return "" if element is None else (element.text or "").strip()


def read_log(name: str, stream: IO[bytes], _options: FileOptions | None = None) -> ImportedFile:
    """Each running event is one run; events of other sports are left out under their name."""
    result = ImportedFile(name, KEY)
    parents: list[ET.Element] = []
    events = 0
    # The runs logged with a date only, by day.
    untimed: Counter[dt.date] = Counter()
    try:
        for event, element in xml_events(name, stream):
            if event == "start":
                if not parents and _local(element.tag) != ROOT:
                    raise NotThisFormat
                parents.append(element)
                continue
            parents.pop()
            if len(parents) != 2:
                continue
            # An item of one of the log's collections: an event is read, then every item is dropped.
            if _local(element.tag) == "Event" and _local(parents[1].tag) == "EventCollection":
                events += 1
                _read_event(name, events, element, result, untimed)
            del parents[1][:]
    except ET.ParseError as error:
        raise file_error(name, not_valid_xml(error)) from None
    if events == 0:
        raise file_error(name, _tr("the log holds no event"))
    if untimed:
        result.notes.append(
            counted(
                "%n runs logged with a date only start at 00:00 on their day, a few minutes apart when a day has "
                "several",
                untimed.total(),
            )
        )
    return result


def _read_event(name: str, number: int, event: ET.Element, result: ImportedFile, untimed: Counter[dt.date]) -> None:
    """Add the event's run to `result`, or count or note why it is left out. A run logged with a date only
    starts UNTIMED_GAP after the one logged so before it on its day, so that two such runs of one day are never
    taken for the same run."""
    running_type = event.get("type", "").strip() == RUNNING_TYPE
    sport = event.get("typeName", "").strip()
    if not running_type and sport and not is_running_type(sport):
        result.skipped[sport] += 1
        return
    try:
        km = _kilometres(_child(event, "Distance"))
        if not km:
            result.skipped[LeftOut.NO_DISTANCE] += 1
            return
        seconds = _seconds(_child(event, "Duration"))
        start, date_only = _start(name, event.get("time", ""))
        if date_only:
            start += UNTIMED_GAP * untimed[start.date()]
        gear = next((_text(item) for item in event if _local(item.tag) == "Equipment" and _text(item)), "")
        run = make_run(
            start=start,
            duration_s=seconds,
            distance_km=km,
            source=KEY,
            title=_text(_child(event, "Route")),
            gear=gear,
            source_file=name,
        )
    except (_Problem, InvalidInput) as error:
        # Named in the report's notes; the rest of the log is still read.
        problem = error.reason if isinstance(error, FileError) else error
        started = event.get("time", "").strip() or _tr("no date")
        result.notes.append(
            _tr("event {number} ({date}) left out: {problem}").format(number=number, date=started, problem=problem)
        )
        return
    if date_only:
        untimed[run.start.date()] += 1
    if not running_type and not sport:
        result.undeclared[len(result.runs)] = Movement()
    result.runs.append(run)


def _kilometres(distance: ET.Element | None) -> float | None:
    """The event's own distance in km; None when it has none."""
    text = _text(distance)
    if distance is None or not text:
        return None
    unit = distance.get("unit", "").strip()
    if not unit:
        raise _Problem(_tr("its distance names no unit"))
    factor = KM_PER_UNIT.get(unit.casefold())
    if factor is None:
        raise _Problem(
            _tr("its distance is in '{unit}', a unit calfdesk does not know (km, m, mi or mile)").format(unit=unit)
        )
    try:
        return float(text) * factor
    except ValueError:
        raise _Problem(_tr("its distance '{text}' is not a number").format(text=text)) from None


def _seconds(duration: ET.Element | None) -> float:
    text = "" if duration is None else duration.get("seconds", "").strip()
    if not text:
        raise _Problem(_tr("it has no duration"))
    try:
        return float(text)
    except ValueError:
        raise _Problem(_tr("its duration '{text}' is not a number of seconds").format(text=text)) from None


def _start(name: str, text: str) -> tuple[dt.datetime, bool]:
    """The start on the runner's clock, and whether the event gives a date only (then it starts at 00:00)."""
    text = text.strip()
    if not text:
        raise _Problem(_tr("it has no date"))
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise _Problem(_tr("its date '{text}' is not a date and time").format(text=text)) from None
    if moment.tzinfo is None or moment.utcoffset() == dt.timedelta(0):
        # The runner's wall clock, whatever its "Z" (or "+00:00") says; a date alone is its day's 00:00.
        return as_aware_local(moment.replace(tzinfo=None)), _DATE_ONLY.fullmatch(text) is not None
    return checked_moment(name, moment), False


FORMAT: Final = Format(
    key=KEY,
    kind="RunningAHEAD XML",
    description=lambda: _tr("a RunningAHEAD log"),
    source=RunSource(KEY, "RunningAHEAD log"),
    suffixes=(),
    read=read_log,
    sniff=xml_root(ROOT),
    shared_suffixes=(".xml",),
)
