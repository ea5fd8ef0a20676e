"""SportTracks logbooks: `.fitlog` (SportTracks' own export, FitnessLogbook v2 and v3) and `.fitlogEx` (the
extended export of its Copy Data plugin). One file holds many activities, often a runner's whole history.

Read from each `AthleteLog/Activity`: `StartTime` (UTC; a fitlogEx's `TimeZoneUtcOffset` gives the runner's
own offset), `Duration TotalSeconds` (the time without pauses), `Distance TotalMeters`, `Elevation
AscendMeters`, `Category Name`, and `Name` (else `Location Name`) as title. The `Track` points (`tm` seconds
from the track's start, `lat`, `lon`, `ele`, `dist` metres) give what the summary lacks, and the fastest minute
of an activity whose category says nothing of its sport. Not read: heart rate, cadence, power, laps, weather,
equipment. Read as a stream, each point dropped once read, with document type declarations refused.

Categories are the runner's own names. A category that names running (as `is_running_type` reads it:
"Running", "Laufen", "Trail Running", "Treadmill" ...) is a run; SportTracks' default roots ("My Activities",
"My Friends Activities") and a missing category say nothing, so the activity is judged by how it moves; any
other category ("Cycling", "Walking", "Trail") is left out under its name.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from array import array
from dataclasses import dataclass, field
from typing import IO, Final

from calfdesk.domain.plausibility import Movement, fastest_sustained_kmh
from calfdesk.domain.runs import is_running_type, make_run
from calfdesk.domain.sources import RunSource
from calfdesk.domain.track import elevation_gain_m, track_length_m
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.common import (
    MAX_UTC_OFFSET,
    FileError,
    ImportedFile,
    LeftOut,
    checked_position,
    file_error,
    local_offset,
    not_valid_xml,
    parse_xml_datetime,
    xml_events,
)
from calfdesk.importers.format import FileOptions, Format, NotThisFormat, xml_root

_tr = Texts(__name__)

ROOTS: Final = ("FitnessWorkbook", "FitnessWorkbookEx", "FitnessWorkbookExFree")
# SportTracks' own top categories, which every activity belongs to unless the runner chose another.
UNSAID_CATEGORIES: Final = frozenset({"", "my activities", "my friends activities"})


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element: ET.Element, name: str) -> ET.Element | None:
    return next((child for child in element if _local(child.tag) == name), None)


def _number(element: ET.Element | None, attribute: str) -> float | None:
    text = element.get(attribute) if element is not None else None
    return float(text) if text and text.strip() else None


@dataclass(slots=True)
class _Track:
    """The points of one activity's track, kept as numbers only."""

    offsets: array[float] = field(default_factory=lambda: array("d"))
    coordinates: array[float] = field(default_factory=lambda: array("d"))
    placed_offsets: array[float] = field(default_factory=lambda: array("d"))
    elevations: array[float] = field(default_factory=lambda: array("d"))
    metres: array[float] = field(default_factory=lambda: array("d"))
    metre_offsets: array[float] = field(default_factory=lambda: array("d"))
    # Why a point could not be read (a damaged number, a position off the globe): the activity is left out.
    damage: str | None = None

    def add(self, name: str, point: ET.Element) -> None:
        try:
            self._add(name, point)
        except (ValueError, OverflowError, InvalidInput) as error:
            problem = error.reason if isinstance(error, FileError) else error
            self.damage = self.damage or _tr("a track point: {problem}").format(problem=problem)

    def _add(self, name: str, point: ET.Element) -> None:
        offset = _number(point, "tm")
        if offset is not None:
            self.offsets.append(offset)
        latitude, longitude = _number(point, "lat"), _number(point, "lon")
        if latitude is not None and longitude is not None:
            self.coordinates.extend(checked_position(name, latitude, longitude))
            if offset is not None:
                self.placed_offsets.append(offset)
        elevation = _number(point, "ele")
        if elevation is not None:
            self.elevations.append(elevation)
        distance = _number(point, "dist")
        if distance is not None and offset is not None:
            self.metres.append(distance)
            self.metre_offsets.append(offset)

    def points(self) -> list[tuple[float, float]]:
        values = iter(self.coordinates)
        return list(zip(values, values, strict=True))

    def sustained_kmh(self) -> float | None:
        """The fastest minute: from the positions where every one has its time, else from the distances."""
        points = self.points()
        if len(points) >= 2 and len(points) == len(self.placed_offsets):
            return fastest_sustained_kmh(self.placed_offsets, points)
        return fastest_sustained_kmh(self.metre_offsets, metres=self.metres)


def read_fitlog(name: str, stream: IO[bytes], _options: FileOptions | None = None) -> ImportedFile:
    """Each activity is one run; activities of other categories are left out under their category."""
    result = ImportedFile(name, "sporttracks")
    parents: list[ET.Element] = []
    track = _Track()
    activities = 0
    try:
        for event, element in xml_events(name, stream):
            tag = _local(element.tag)
            if event == "start":
                if not parents and tag not in ROOTS:
                    raise NotThisFormat
                if tag == "Activity":
                    track = _Track()
                parents.append(element)
                continue
            parents.pop()
            parent = _local(parents[-1].tag) if parents else ""
            if tag == "pt" and parent == "Track":
                track.add(name, element)
                del parents[-1][:]
            elif tag == "Activity" and parent == "AthleteLog":
                activities += 1
                _read_activity(name, activities, element, track, result)
                del parents[-1][:]
    except ET.ParseError as error:
        raise file_error(name, not_valid_xml(error)) from None
    if activities == 0:
        raise file_error(name, _tr("the logbook has no activity"))
    return result


def _read_activity(name: str, number: int, activity: ET.Element, track: _Track, result: ImportedFile) -> None:
    category = _child(activity, "Category")
    category_name = (category.get("Name", "") if category is not None else "").strip()
    declared = category_name.casefold() not in UNSAID_CATEGORIES
    if declared and not is_running_type(category_name):
        result.skipped[category_name] += 1
        return
    try:
        if track.damage is not None:
            raise ValueError(track.damage)
        start = _start(activity)
        duration = _number(_child(activity, "Duration"), "TotalSeconds") or 0.0
        if duration <= 0 and len(track.offsets) >= 2:
            duration = max(track.offsets) - min(track.offsets)
        metres = _number(_child(activity, "Distance"), "TotalMeters") or 0.0
        if metres <= 0:
            metres = max(track.metres, default=0.0) or track_length_m(track.points())
        if metres <= 0:
            result.skipped[LeftOut.NO_DISTANCE] += 1
            return
        climb = _number(_child(activity, "Elevation"), "AscendMeters")
        run = make_run(
            start=start,
            duration_s=duration,
            distance_km=metres / 1000.0,
            elevation_gain_m=climb if climb is not None else elevation_gain_m(track.elevations),
            source="sporttracks",
            title=_title(activity),
            source_file=name,
        )
    except (ValueError, OverflowError, InvalidInput) as error:
        # Named in the report's notes; the rest of the logbook is still read.
        started = activity.get("StartTime") or _tr("no start time")
        result.notes.append(
            _tr("activity {number} ({start}) left out: {problem}").format(number=number, start=started, problem=error)
        )
        return
    if not declared:
        result.undeclared[len(result.runs)] = Movement(track.sustained_kmh())
    result.runs.append(run)


def _start(activity: ET.Element) -> dt.datetime:
    """The start on the runner's clock: SportTracks writes UTC; a fitlogEx adds the offset in seconds."""
    text = activity.get("StartTime", "").strip()
    if not text:
        raise ValueError(_tr("it has no start time"))
    moment = parse_xml_datetime(text)
    offset_element = _child(activity, "TimeZoneUtcOffset")
    offset_text = (offset_element.text or "").strip() if offset_element is not None else ""
    if offset_text:
        seconds = float(offset_text)
        if not abs(seconds) <= MAX_UTC_OFFSET.total_seconds():
            raise ValueError(
                _tr("its offset from UTC ({seconds} s) is not one a place has").format(seconds=offset_text)
            )
        return moment.astimezone(dt.timezone(dt.timedelta(seconds=seconds)))
    written = moment.utcoffset()
    if text.endswith(("Z", "z")) or not written:
        return local_offset(moment)
    return moment


def _title(activity: ET.Element) -> str:
    name = _child(activity, "Name")
    if name is not None and (name.text or "").strip():
        return (name.text or "").strip()
    location = _child(activity, "Location")
    return (location.get("Name", "") if location is not None else "").strip()


FORMAT: Final = Format(
    key="sporttracks",
    kind="FITLOG",
    description=lambda: _tr("a SportTracks logbook"),
    source=RunSource("sporttracks", "SportTracks logbook", recorded=True),
    suffixes=(".fitlog", ".fitlogex"),
    read=read_fitlog,
    sniff=xml_root(*ROOTS),
)
