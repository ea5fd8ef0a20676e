"""Polar RS200 sessions as Polar ProTrainer and the RS200 software export them (`<rs200_session>`, `.xml`).

Read from `session_data`: `year`, `month`, `day`, `start_hour`, `start_minute`, `start_second` the start on
the watch's wall clock (no zone); its `summary`: `total_distance` in metres and `length` the duration in
seconds; and each lap's `laptime` (seconds) and `lap_length` (metres), for the fastest lap. The RS200 names no
sport (its foot pod measures running), so each session is judged by how it moves: its average and its fastest
lap of a minute or more. A session recorded without the foot pod (`has_pace_data` False, or no distance) has no
distance and is left out with that reason. Not read: heart rate, zones, the runner's settings.
"""

from __future__ import annotations

import datetime as dt
import io
import xml.etree.ElementTree as ET
from typing import IO, Final

from calfdesk.domain.plausibility import SUSTAINED_WINDOW_S, Movement
from calfdesk.domain.runs import make_run
from calfdesk.domain.sources import RunSource
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.common import ImportedFile, LeftOut, as_aware_local, file_error, not_valid_xml, peek, xml_events
from calfdesk.importers.format import FileOptions, Format, NotThisFormat, xml_root, xml_root_name

_tr = Texts(__name__)

ROOT: Final = "rs200_session"
MAX_RS200_BYTES: Final = 16 * 1024 * 1024


def _text(element: ET.Element | None, name: str) -> str:
    child = None if element is None else element.find(name)
    return "" if child is None else (child.text or "").strip()


def read_rs200(name: str, stream: IO[bytes], _options: FileOptions | None = None) -> ImportedFile:
    """The session is one run, judged by how it moves."""
    if xml_root_name(peek(stream)) != ROOT:
        raise NotThisFormat
    data = stream.read(MAX_RS200_BYTES + 1)
    if len(data) > MAX_RS200_BYTES:
        raise file_error(name, _tr("an RS200 session larger than 16 MB is not one a watch wrote"))
    root: ET.Element | None = None
    try:
        # The root element ends last: the whole session, as small as the watch's memory.
        for _event, element in xml_events(name, io.BytesIO(data), ("end",)):
            root = element
    except ET.ParseError as error:
        raise file_error(name, not_valid_xml(error)) from None
    assert root is not None
    return _read_session(name, root)


def _read_session(name: str, root: ET.Element) -> ImportedFile:
    result = ImportedFile(name, "polar_rs200")
    session = root.find("session_data")
    summary = None if session is None else session.find("summary")
    try:
        distance = _text(summary, "total_distance")
        metres = float(distance) if distance else 0.0
        if _text(session, "has_pace_data").casefold() != "true" or metres <= 0:
            result.skipped[LeftOut.NO_DISTANCE] += 1
            return result
        year, month, day, hour, minute, second = (
            int(_text(session, part)) for part in ("year", "month", "day", "start_hour", "start_minute", "start_second")
        )
        start = dt.datetime(year, month, day, hour, minute, second)
        run = make_run(
            start=as_aware_local(start),
            duration_s=float(_text(summary, "length")),
            distance_km=metres / 1000.0,
            source="polar_rs200",
            source_file=name,
        )
        laps = [] if session is None else session.findall("laps/lap")
        fastest = _fastest_lap_kmh([(float(_text(lap, "laptime")), float(_text(lap, "lap_length"))) for lap in laps])
    except (ValueError, TypeError, OverflowError, InvalidInput) as error:
        # OverflowError: a figure too large for a date or time ("start_second" of 2**31).
        raise file_error(name, _tr("not a readable RS200 session ({problem})").format(problem=error)) from None
    result.undeclared[0] = Movement(fastest)
    result.runs.append(run)
    return result


def _fastest_lap_kmh(laps: list[tuple[float, float]]) -> float | None:
    """The fastest average of the laps that lasted a minute or more, in km/h."""
    speeds = [metres / seconds * 3.6 for seconds, metres in laps if seconds >= SUSTAINED_WINDOW_S]
    return max(speeds, default=None)


FORMAT: Final = Format(
    key="polar_rs200",
    kind="Polar XML",
    description=lambda: _tr("a Polar RS200 session"),
    source=RunSource("polar_rs200", "Polar RS200 file", recorded=True),
    suffixes=(),
    read=read_rs200,
    sniff=xml_root(ROOT),
    shared_suffixes=(".xml",),
)
