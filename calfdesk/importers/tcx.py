"""Garmin Training Center (TCX) files, parsed as a stream with document type declarations refused
(defusedxml); each activity is read and dropped in turn, so memory follows one activity, not the file."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from typing import IO, Final

from calfdesk.domain.plausibility import Movement, fastest_sustained_kmh
from calfdesk.domain.runs import Run, is_running_type, make_run
from calfdesk.domain.sources import RunSource
from calfdesk.domain.track import elevation_gain_m, track_length_m
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.common import (
    ImportedFile,
    checked_position,
    file_error,
    local_offset,
    not_valid_xml,
    parse_xml_datetime,
    xml_events,
)
from calfdesk.importers.format import Format, xml_root

_tr = Texts(__name__)


def _local(tag: str) -> str:
    """The tag name without its namespace; TCX files differ in which namespace URIs they use."""
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element, name: str) -> list[ET.Element]:
    return [child for child in element if _local(child.tag) == name]


def _child_text(element: ET.Element, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return None


def read_tcx(name: str, stream: IO[bytes]) -> ImportedFile:
    """Each `Activity` is one run; activities whose Sport is not Running are skipped."""
    result = ImportedFile(name, "tcx")
    parents: list[ET.Element] = []
    number = 0
    try:
        for event, element in xml_events(name, stream):
            if event == "start":
                if not parents and _local(element.tag) != "TrainingCenterDatabase":
                    raise file_error(name, _tr("not a TCX file (no TrainingCenterDatabase element)"))
                parents.append(element)
                continue
            parents.pop()
            if _local(element.tag) != "Activity":
                continue
            number += 1
            _read_activity(name, number, element, result)
            if parents:
                del parents[-1][:]
    except ET.ParseError as error:
        raise file_error(name, not_valid_xml(error)) from None
    if number == 0:
        raise file_error(name, _tr("the file has no activities; a course is not a recorded run"))
    return result


def _read_activity(name: str, number: int, activity: ET.Element, result: ImportedFile) -> None:
    sport = activity.get("Sport", "").strip()
    declared = bool(sport) and sport.casefold() != "other"
    if declared and not is_running_type(sport):
        result.skipped[sport] += 1
        return
    try:
        run, sustained = _activity_to_run(name, activity)
    except (ValueError, InvalidInput) as error:
        raise file_error(name, _tr("activity {number}: {problem}").format(number=number, problem=error)) from None
    if not declared:
        result.undeclared[len(result.runs)] = Movement(sustained)
    result.runs.append(run)


def _activity_to_run(name: str, activity: ET.Element) -> tuple[Run, float | None]:
    laps = _children(activity, "Lap")
    if not laps:
        raise ValueError(_tr("it has no laps"))
    lap_seconds = 0.0
    lap_metres = 0.0
    laps_have_distance = True
    points: list[tuple[float, float]] = []
    point_metres: list[float] = []
    altitudes: list[float] = []
    times: list[dt.datetime] = []
    timed_points: list[tuple[float, float]] = []
    point_times: list[dt.datetime] = []
    for lap in laps:
        lap_seconds += float(_child_text(lap, "TotalTimeSeconds") or 0.0)
        distance_text = _child_text(lap, "DistanceMeters")
        if distance_text:
            lap_metres += float(distance_text)
        else:
            laps_have_distance = False
        for point in (element for element in lap.iter() if _local(element.tag) == "Trackpoint"):
            time_text = _child_text(point, "Time")
            if time_text:
                times.append(parse_xml_datetime(time_text))
            altitude = _child_text(point, "AltitudeMeters")
            if altitude:
                altitudes.append(float(altitude))
            point_distance = _child_text(point, "DistanceMeters")
            if point_distance:
                point_metres.append(float(point_distance))
            for position in _children(point, "Position"):
                latitude = _child_text(position, "LatitudeDegrees")
                longitude = _child_text(position, "LongitudeDegrees")
                if latitude and longitude:
                    points.append(checked_position(name, float(latitude), float(longitude)))
                    if time_text:
                        timed_points.append(points[-1])
                        point_times.append(times[-1])
    start_text = _child_text(activity, "Id") or laps[0].get("StartTime", "")
    if not start_text:
        raise ValueError(_tr("it has no start time"))
    start = parse_xml_datetime(start_text)
    # The file's own distance: the laps' totals, else the last cumulative track distance, else the track.
    if laps_have_distance and lap_metres > 0:
        metres = lap_metres
    elif point_metres:
        metres = max(point_metres)
    else:
        metres = track_length_m(points)
    if lap_seconds <= 0 and len(times) >= 2:
        lap_seconds = (max(times) - min(times)).total_seconds()
    sustained = None
    if point_times:
        seconds = [(moment - point_times[0]).total_seconds() for moment in point_times]
        sustained = fastest_sustained_kmh(seconds, timed_points)
    run = make_run(
        start=local_offset(start),
        duration_s=lap_seconds,
        distance_km=metres / 1000.0,
        elevation_gain_m=elevation_gain_m(altitudes),
        source="tcx",
        title=_child_text(activity, "Notes") or "",
        source_file=name,
    )
    return run, sustained


FORMAT: Final = Format(
    key="tcx",
    kind="TCX",
    description=lambda: _tr("a Garmin Training Center file"),
    source=RunSource("tcx", "TCX file", recorded=True),
    suffixes=(".tcx",),
    read=lambda name, stream, _options: read_tcx(name, stream),
    sniff=xml_root("TrainingCenterDatabase"),
)
