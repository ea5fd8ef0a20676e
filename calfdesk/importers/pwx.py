"""PWX workouts (TrainingPeaks' format, written by its device agent for Timex, Saris and other devices).

Read from each `workout`: `sportType` (Run, Bike, ...), `time` the start on the runner's wall clock (no zone),
the workout's own `summarydata` (`duration` and `durationstopped` in seconds, `dist` metres, `climbingelevation`
metres) and its `sample`s (`timeoffset` seconds, `dist` cumulative metres, `lat`, `lon`, `alt`) where the
summary lacks a figure. Not read: heart rate, power, laps. Read as a stream, each sample dropped once read,
with document type declarations refused.
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
    ImportedFile,
    LeftOut,
    as_aware_local,
    checked_position,
    file_error,
    local_offset,
    not_valid_xml,
    xml_events,
)
from calfdesk.importers.format import FileOptions, Format, xml_root

_tr = Texts(__name__)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element: ET.Element, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip() or None
    return None


@dataclass(slots=True)
class _Samples:
    offsets: array[float] = field(default_factory=lambda: array("d"))
    coordinates: array[float] = field(default_factory=lambda: array("d"))
    altitudes: array[float] = field(default_factory=lambda: array("d"))
    furthest: float | None = None
    # Time offset of each sample that has a position, for the fastest minute of an untyped workout.
    placed_offsets: array[float] = field(default_factory=lambda: array("d"))

    def points(self) -> list[tuple[float, float]]:
        values = iter(self.coordinates)
        return list(zip(values, values, strict=True))


def read_pwx(name: str, stream: IO[bytes], _options: FileOptions | None = None) -> ImportedFile:
    """Each workout is one run; workouts of other sports are skipped."""
    result = ImportedFile(name, "pwx")
    parents: list[ET.Element] = []
    samples = _Samples()
    workouts = 0
    try:
        for event, element in xml_events(name, stream):
            tag = _local(element.tag)
            if event == "start":
                if not parents and tag != "pwx":
                    raise file_error(name, _tr("not a PWX file (no pwx element)"))
                if tag == "workout":
                    samples = _Samples()
                parents.append(element)
                continue
            parents.pop()
            if tag == "sample" and parents and _local(parents[-1].tag) == "workout":
                _add_sample(name, samples, element)
                parents[-1].remove(element)
            elif tag == "workout":
                workouts += 1
                _read_workout(name, workouts, element, samples, result)
                if parents:
                    parents[-1].remove(element)
    except ET.ParseError as error:
        raise file_error(name, not_valid_xml(error)) from None
    if workouts == 0:
        raise file_error(name, _tr("the file has no workout"))
    return result


def _add_sample(name: str, samples: _Samples, sample: ET.Element) -> None:
    offset = _text(sample, "timeoffset")
    distance = _text(sample, "dist")
    if distance is not None:
        samples.furthest = max(float(distance), samples.furthest or 0.0)
    altitude = _text(sample, "alt")
    if altitude is not None:
        samples.altitudes.append(float(altitude))
    latitude, longitude = _text(sample, "lat"), _text(sample, "lon")
    if latitude is not None and longitude is not None:
        samples.coordinates.extend(checked_position(name, float(latitude), float(longitude)))
        if offset is not None:
            samples.placed_offsets.append(float(offset))
    if offset is not None:
        samples.offsets.append(float(offset))


def _read_workout(name: str, number: int, workout: ET.Element, samples: _Samples, result: ImportedFile) -> None:
    sport = _text(workout, "sportType") or ""
    declared = bool(sport) and sport.casefold() != "other"
    if declared and not is_running_type(sport):
        result.skipped[sport] += 1
        return
    summary = next((child for child in workout if _local(child.tag) == "summarydata"), None)
    figures = {_local(child.tag): (child.text or "").strip() for child in summary} if summary is not None else {}
    try:
        start_text = _text(workout, "time")
        if start_text is None:
            raise ValueError(_tr("it has no start time"))
        # PWX writes the device's wall clock, mostly without a zone.
        moment = dt.datetime.fromisoformat(start_text.replace("Z", "+00:00"))
        start = as_aware_local(moment) if moment.tzinfo is None else local_offset(moment)
        duration = float(figures.get("duration") or 0.0) - float(figures.get("durationstopped") or 0.0)
        if duration <= 0 and len(samples.offsets) >= 2:
            duration = samples.offsets[-1] - samples.offsets[0]
        if figures.get("dist"):
            metres = float(figures["dist"])
        elif samples.furthest is not None:
            metres = samples.furthest
        else:
            metres = track_length_m(samples.points())
        if metres <= 0:
            result.skipped[LeftOut.NO_DISTANCE] += 1
            return
        climb = figures.get("climbingelevation")
        run = make_run(
            start=start,
            duration_s=duration,
            distance_km=metres / 1000.0,
            elevation_gain_m=float(climb) if climb else elevation_gain_m(samples.altitudes),
            source="pwx",
            title=_text(workout, "title") or "",
            source_file=name,
        )
    except (ValueError, InvalidInput) as error:
        raise file_error(name, _tr("workout {number}: {problem}").format(number=number, problem=error)) from None
    if not declared:
        points = samples.points()
        sustained = None
        if len(points) == len(samples.placed_offsets) >= 2:
            first = samples.placed_offsets[0]
            sustained = fastest_sustained_kmh([offset - first for offset in samples.placed_offsets], points)
        result.undeclared[len(result.runs)] = Movement(sustained)
    result.runs.append(run)


FORMAT: Final = Format(
    key="pwx",
    kind="PWX",
    description=lambda: _tr("a PWX workout"),
    source=RunSource("pwx", "PWX file", recorded=True),
    suffixes=(".pwx",),
    read=read_pwx,
    sniff=xml_root("pwx"),
)
