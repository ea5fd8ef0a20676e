"""Sigma DATA CENTER activities (`.slf`, revision 400 and later): Sigma's ROX bike computers and its RC and RX
running watches, as DATA CENTER 4 and the Sigma apps save them. One file is one activity.

Read from its `GeneralInformation`: `sport`, `startDate` (the device's wall clock with its offset, as in
"Fri Aug 7 19:55:12 GMT+0200 2015"; else the `Computer`'s `dateCode`), `trainingTime` (hundredths of a second,
pauses excluded), `distance` (metres, whatever unit the device shows), `altitudeDifferencesUphill`
(millimetres) and `name` as title; its `Entries` (`trainingTimeAbsolute`, `distanceAbsolute`, `altitude`) where
the summary lacks a figure, and for the fastest minute of an activity whose sport is not named. Not read:
heart rate, cadence, power, laps (`Markers`). Read as a stream, each entry dropped once read, with document type
declarations refused. Logs of older DATA CENTER versions (a `Log` root) are refused with that reason.

Sports: "running", "trail_running", "treadmill" and the other names `is_running_type` reads as running are
runs; an empty sport or "other" names none, so the activity is judged by how it moves; any other sport
("cycling", "racing_bycicle", "mountainbike", "walking" ...) is left out under its name.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from array import array
from dataclasses import dataclass, field
from typing import IO, Final

from calfdesk.domain.plausibility import Movement, fastest_sustained_kmh
from calfdesk.domain.runs import is_running_type, make_run
from calfdesk.domain.sources import RunSource
from calfdesk.domain.track import elevation_gain_m
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.common import MAX_UTC_OFFSET, ImportedFile, LeftOut, file_error, not_valid_xml, xml_events
from calfdesk.importers.format import FileOptions, Format, NotThisFormat, head_text, xml_root_name

_tr = Texts(__name__)

UNSAID_SPORTS: Final = frozenset({"", "other"})
CENTISECONDS: Final = 100.0
MILLIMETRES: Final = 1000.0
# ActionScript's Date.toString(), as DATA CENTER writes every date: "Fri Aug 7 19:55:12 GMT+0200 2015".
_DATE: Final = re.compile(
    r"^[A-Za-z]{3}\s+([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+(?:GMT|UTC)([+-])(\d{2})(\d{2})\s+(\d{4})$"
)
_MONTHS: Final = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


@dataclass(slots=True)
class _Entries:
    seconds: array[float] = field(default_factory=lambda: array("d"))
    metres: array[float] = field(default_factory=lambda: array("d"))
    altitudes: array[float] = field(default_factory=lambda: array("d"))

    def add(self, entry: ET.Element) -> None:
        time, distance = entry.get("trainingTimeAbsolute"), entry.get("distanceAbsolute")
        if time and distance:
            self.seconds.append(float(time) / CENTISECONDS)
            self.metres.append(float(distance))
        altitude = entry.get("altitude")
        if altitude:
            self.altitudes.append(float(altitude) / MILLIMETRES)


def parse_sigma_date(text: str) -> dt.datetime:
    """A date as DATA CENTER writes it, with its offset: "Fri Aug 7 19:55:12 GMT+0200 2015"."""
    match = _DATE.match(" ".join(text.split()))
    if match is None:
        raise ValueError(_tr("its date {date} is not one DATA CENTER writes").format(date=repr(text)))
    month, day, hour, minute, second, sign, offset_hours, offset_minutes, year = match.groups()
    if month.casefold() not in _MONTHS:
        raise ValueError(_tr("its date {date} names no month").format(date=repr(text)))
    offset = dt.timedelta(hours=int(offset_hours), minutes=int(offset_minutes)) * (1 if sign == "+" else -1)
    if abs(offset) > MAX_UTC_OFFSET:
        raise ValueError(_tr("its date {date} has an offset from UTC that no place has").format(date=repr(text)))
    return dt.datetime(
        int(year),
        _MONTHS.index(month.casefold()) + 1,
        int(day),
        int(hour),
        int(minute),
        int(second),
        tzinfo=dt.timezone(offset),
    )


def read_slf(name: str, stream: IO[bytes], _options: FileOptions | None = None) -> ImportedFile:
    """The file's one activity: a run, or left out under its sport."""
    result = ImportedFile(name, "sigma")
    parents: list[ET.Element] = []
    entries = _Entries()
    summary: dict[str, str] = {}
    computer: dict[str, str] = {}
    try:
        for event, element in xml_events(name, stream):
            tag = _local(element.tag)
            if event == "start":
                if not parents and tag == "Log":
                    raise file_error(
                        name,
                        _tr(
                            "a log of an older Sigma DATA CENTER version, which calfdesk does not read; export it "
                            "from DATA CENTER as GPX or TCX and import that file"
                        ),
                    )
                if not parents and tag != "Activity":
                    raise NotThisFormat
                parents.append(element)
                continue
            parents.pop()
            parent = _local(parents[-1].tag) if parents else ""
            if tag == "Entry" and parent == "Entries":
                try:
                    entries.add(element)
                except ValueError as error:
                    raise file_error(
                        name, _tr("an entry has a damaged figure ({problem})").format(problem=error)
                    ) from None
                del parents[-1][:]
            elif tag == "GeneralInformation" and parent == "Activity":
                summary = {_local(child.tag): (child.text or "").strip() for child in element}
                del parents[-1][:]
            elif tag == "Computer" and parent == "Activity":
                computer = dict(element.attrib)
    except ET.ParseError as error:
        raise file_error(name, not_valid_xml(error)) from None
    if not summary and not computer:
        # Another XML whose root is also named Activity.
        raise NotThisFormat
    _read_activity(name, summary, computer, entries, result)
    return result


def _read_activity(
    name: str, summary: dict[str, str], computer: dict[str, str], entries: _Entries, result: ImportedFile
) -> None:
    sport = summary.get("sport", "")
    declared = sport.casefold() not in UNSAID_SPORTS
    if declared and not is_running_type(sport):
        result.skipped[sport.replace("_", " ")] += 1
        return
    try:
        start_text = summary.get("startDate") or computer.get("dateCode", "")
        if not start_text:
            raise ValueError(_tr("it has no start date"))
        duration = float(summary.get("trainingTime") or 0.0) / CENTISECONDS
        if duration <= 0 and entries.seconds:
            duration = entries.seconds[-1]
        metres = float(summary.get("distance") or 0.0)
        if metres <= 0 and entries.metres:
            metres = max(entries.metres)
        if metres <= 0:
            result.skipped[LeftOut.NO_DISTANCE] += 1
            return
        uphill = summary.get("altitudeDifferencesUphill")
        run = make_run(
            start=parse_sigma_date(start_text),
            duration_s=duration,
            distance_km=metres / 1000.0,
            elevation_gain_m=float(uphill) / MILLIMETRES if uphill else elevation_gain_m(entries.altitudes),
            source="sigma",
            title=summary.get("name", ""),
            source_file=name,
        )
    except (ValueError, OverflowError, InvalidInput) as error:
        raise file_error(name, _tr("not a readable Sigma activity ({problem})").format(problem=error)) from None
    if not declared:
        result.undeclared[0] = Movement(fastest_sustained_kmh(entries.seconds, metres=entries.metres))
    result.runs.append(run)


def _is_slf(head: bytes) -> bool:
    """DATA CENTER's `Activity` root, told from other XML by the elements that follow it."""
    text = head_text(head)
    return xml_root_name(head) == "Activity" and ("<Computer" in text or "<GeneralInformation" in text)


FORMAT: Final = Format(
    key="sigma",
    kind="SLF",
    description=lambda: _tr("a Sigma DATA CENTER activity"),
    source=RunSource("sigma", "Sigma DATA CENTER file", recorded=True, device_totals=True),
    suffixes=(".slf",),
    read=read_slf,
    sniff=_is_slf,
)
