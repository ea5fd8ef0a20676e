"""Suunto's SML files (Moveslink2 and Suunto DM5 for the Ambit, Spartan and Traverse watches and the GPS Track
POD): `<sml xmlns="http://www.suunto.com/schemas/sml">` holding one `DeviceLog`.

Read from its `Header`: `DateTime` the start on the watch's wall clock, `Duration` seconds (less `PauseDuration`
where the watch writes it), `Distance` metres, `Ascent` metres, and the sport: `Activity` (the sport mode's
name) and `ActivityType` (Suunto's number for it). From its `Samples`: the first `UTC` time, which gives the
wall clock's offset from UTC (so the run keeps the offset of the place it was run), and the periodic samples'
`Time` and `Distance` for the fastest minute.

A log whose `Activity` names a run (Running, Trail running, Treadmill, ...) or whose `ActivityType` is 3
(running), 82 (trail running) or 93 (treadmill) is a run; `ActivityType` 1 ("not specified sport", which the
GPS Track POD writes) is judged by how it moves; any other sport (2 multisport, 4 cycling, 6 swimming, 11
trekking, 14 kayaking, ...) is left out under its `Activity` name. Not read: heart rate, R-R intervals, laps,
positions (the distance is the watch's own). Read as a stream, each sample dropped once read, with document
type declarations refused.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from array import array
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import IO, Final

from calfdesk.domain.plausibility import Movement, fastest_sustained_kmh
from calfdesk.domain.runs import is_running_type, make_run
from calfdesk.domain.sources import RunSource
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.common import (
    MAX_UTC_OFFSET,
    ImportedFile,
    LeftOut,
    as_aware_local,
    checked_moment,
    file_error,
    not_valid_xml,
    parse_xml_datetime,
    peek,
    xml_events,
)
from calfdesk.importers.format import FileOptions, Format, NotThisFormat, xml_root, xml_root_name

_tr = Texts(__name__)

ROOT: Final = "sml"
# Suunto's numbers for the sports (the same in SML, Moveslink2 logs and the Suunto app's JSON): running, trail
# running and treadmill; and "not specified sport" (the GPS Track POD's own).
RUNNING_TYPES: Final = frozenset({3, 82, 93})
UNSPECIFIED_TYPES: Final = frozenset({1})
# Wall clocks are set to whole quarter hours from UTC; the first sample may come a little after the start.
OFFSET_STEP: Final = dt.timedelta(minutes=15)


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element: ET.Element, name: str) -> str:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    return ""


@dataclass(slots=True)
class LogSamples:
    """What a Suunto log's samples tell: the first sample's time, and each sample's time since the start and
    distance, for the fastest minute."""

    first_utc: dt.datetime | None = None
    furthest: float | None = None
    seconds: array[float] = field(default_factory=lambda: array("d"))
    metres: array[float] = field(default_factory=lambda: array("d"))

    def note_time(self, moment: dt.datetime) -> None:
        if self.first_utc is None:
            self.first_utc = moment.astimezone(dt.UTC)

    def add(self, seconds: float, metres: float) -> None:
        self.furthest = max(self.furthest or 0.0, metres)
        self.seconds.append(seconds)
        self.metres.append(metres)


def _add_sample(samples: LogSamples, sample: ET.Element) -> None:
    utc = _text(sample, "UTC")
    if utc:
        samples.note_time(parse_xml_datetime(utc))
    distance, time = _text(sample, "Distance"), _text(sample, "Time")
    if distance and time:
        samples.add(float(time), float(distance))


def read_sml(name: str, stream: IO[bytes], _options: FileOptions | None = None) -> ImportedFile:
    """The log is one run, when its sport is running or it moves like one."""
    if xml_root_name(peek(stream)) != ROOT:
        raise NotThisFormat
    return read_log(name, stream, "suunto_sml")


def read_log(name: str, stream: IO[bytes], source: str) -> ImportedFile:
    """A Suunto log's header and samples, wherever they stand in the document (`header` or `Header`), as
    the run of `source`."""
    header: dict[str, str] = {}
    samples = LogSamples()
    parents: list[ET.Element] = []
    try:
        for event, element in xml_events(name, stream):
            if event == "start":
                parents.append(element)
                continue
            parents.pop()
            tag = _local(element.tag)
            if tag == "Sample":
                _add_sample(samples, element)
                if parents:
                    parents[-1].remove(element)
            elif tag.casefold() == "header" and not header:
                header = {_local(child.tag): (child.text or "").strip() for child in element}
    except ET.ParseError as error:
        raise file_error(name, not_valid_xml(error)) from None
    except (ValueError, OverflowError) as error:
        raise file_error(name, _tr("a sample cannot be read ({problem})").format(problem=error)) from None
    if not header:
        raise file_error(name, _tr("not a Suunto log (no header)"))
    return header_to_run(name, header, samples, source)


def header_to_run(name: str, header: Mapping[str, str], samples: LogSamples, source: str) -> ImportedFile:
    """The run of a Suunto log's header (its fields as text) and samples; other sports are left out."""
    result = ImportedFile(name, source)
    activity = header.get("Activity", "")
    code = header.get("ActivityType", "")
    number = int(code) if code.isdecimal() else None
    running = is_running_type(activity) or number in RUNNING_TYPES
    declared = running or number not in UNSPECIFIED_TYPES
    if declared and not running:
        result.skipped[activity or f"Suunto sport {code or 'unknown'}"] += 1
        return result
    try:
        distance = header.get("Distance")
        metres = float(distance) if distance else samples.furthest or 0.0
        if metres <= 0:
            result.skipped[LeftOut.NO_DISTANCE] += 1
            return result
        if not header.get("DateTime") or not header.get("Duration"):
            raise ValueError(_tr("the log has no start time or no duration"))
        ascent, paused = header.get("Ascent"), header.get("PauseDuration")
        run = make_run(
            start=_start(name, dt.datetime.fromisoformat(header["DateTime"]), samples.first_utc),
            duration_s=float(header["Duration"]) - (float(paused) if paused else 0.0),
            distance_km=metres / 1000.0,
            elevation_gain_m=float(ascent) if ascent else None,
            source=source,
            source_file=name,
        )
    except (ValueError, OverflowError, InvalidInput) as error:
        raise file_error(name, _tr("not a readable Suunto log ({problem})").format(problem=error)) from None
    if not declared:
        sustained = None
        if len(samples.seconds) >= 2:
            sustained = fastest_sustained_kmh(samples.seconds, metres=samples.metres)
        result.undeclared[0] = Movement(sustained)
    result.runs.append(run)
    return result


def _start(name: str, wall_clock: dt.datetime, first_utc: dt.datetime | None) -> dt.datetime:
    """The start with the offset of the watch's wall clock from UTC, which the first sample's UTC time gives;
    this computer's zone when no sample has one."""
    if wall_clock.tzinfo is not None:
        return checked_moment(name, wall_clock)
    if first_utc is None:
        return as_aware_local(wall_clock)
    offset = wall_clock - first_utc.replace(tzinfo=None)
    offset = round(offset / OFFSET_STEP) * OFFSET_STEP
    if abs(offset) > MAX_UTC_OFFSET:
        return as_aware_local(wall_clock)
    return wall_clock.replace(tzinfo=dt.timezone(offset))


FORMAT: Final = Format(
    key="suunto_sml",
    kind="SML",
    description=lambda: _tr("a Suunto SML log"),
    source=RunSource("suunto_sml", "Suunto SML file", recorded=True),
    suffixes=(".sml",),
    read=read_sml,
    sniff=xml_root(ROOT),
)
