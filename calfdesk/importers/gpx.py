"""GPX tracks. GPX has no distance field, so distance and climb come from the points.

Ordinary files (GPX 1.0 or 1.1, numeric positions and heights, ISO 8601 times) are read straight from
ElementTree, about five times faster than gpxpy: an import of years of hour-long runs takes seconds, not
minutes. Anything else goes to gpxpy, which reads the many variants found in the wild; a test holds the two
readers to the same runs on the files both read.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Final

from calfdesk.domain.plausibility import Movement, fastest_sustained_kmh
from calfdesk.domain.track import elevation_gain_m, track_length_m
from calfdesk.domain.training import is_running_type, make_run
from calfdesk.errors import InvalidInput
from calfdesk.importers.common import ImportedFile, file_error, local_offset, safe_xml_text

GPX_NAMESPACES: Final = {
    "1.1": "{http://www.topografix.com/GPX/1/1}",
    "1.0": "{http://www.topografix.com/GPX/1/0}",
}
# Times both readers take the same way: date, T, time with up to microseconds, and Z or an offset.
_PLAIN_TIME: Final = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?(Z|[+-]\d\d:\d\d)?")
PARSE_CHUNK_CHARS: Final = 32 * 1024
# Elements the reader looks at; met under another namespace, they would be missed (gpxpy ignores namespaces).
_READ_NAMES: Final = frozenset({"gpx", "metadata", "name", "trk", "type", "trkseg", "trkpt", "ele", "time"})


class _Unusual(Exception):
    """The file is not the ordinary kind the fast reader takes; gpxpy reads it."""


@dataclass(slots=True)
class _Segment:
    points: list[tuple[float, float]] = field(default_factory=list)
    elevations: list[float] = field(default_factory=list)
    times: list[dt.datetime] = field(default_factory=list)


@dataclass(slots=True)
class _Track:
    name: str | None
    type: str | None
    segments: list[_Segment]


def read_gpx(name: str, data: bytes) -> ImportedFile:
    """Each track with times is one run; a track whose type names another sport is skipped."""
    text = safe_xml_text(name, data)
    try:
        document_name, tracks = _read_plain(text)
    except _Unusual:
        document_name, tracks = _read_with_gpxpy(name, text)
    result = ImportedFile(name, "gpx")
    if not tracks:
        raise file_error(name, "the file has no track; a route or a list of waypoints is not a recorded run")
    for number, track in enumerate(tracks, start=1):
        activity_type = (track.type or "").strip()
        if activity_type and not is_running_type(activity_type):
            result.skipped[activity_type] += 1
            continue
        standing = _standing(track)
        if standing is not None:
            result.skipped[standing] += 1
            continue
        if not activity_type:
            result.undeclared[len(result.runs)] = Movement(_sustained_kmh(track))
        result.runs.append(_track_to_run(name, number, track, document_name))
    return result


NO_DURATION: Final = "tracks whose times do not advance (no duration)"
NO_DISTANCE: Final = "tracks that do not move (no distance)"


def _standing(track: _Track) -> str | None:
    """Why a recorded track cannot be a run although it has times: its clock or its position never moves."""
    stamps = [moment for segment in track.segments for moment in segment.times]
    if not stamps:
        return None
    if all(max(segment.times) == min(segment.times) for segment in track.segments if segment.times):
        return NO_DURATION
    if all(len(set(segment.points)) <= 1 for segment in track.segments):
        return NO_DISTANCE
    return None


def _sustained_kmh(track: _Track) -> float | None:
    """The fastest minute of the track's segments whose points all carry a time."""
    speeds = []
    for segment in track.segments:
        if len(segment.times) == len(segment.points) >= 2:
            start = segment.times[0]
            seconds = [(moment - start).total_seconds() for moment in segment.times]
            speed = fastest_sustained_kmh(seconds, segment.points)
            if speed is not None:
                speeds.append(speed)
    return max(speeds, default=None)


def _read_plain(text: str) -> tuple[str | None, list[_Track]]:
    """The fast reader; raises _Unusual for anything it does not read exactly as gpxpy does."""
    with _collector_paused():
        return _read_tree(_parse_in_chunks(text))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """An hour's track is some 10,000 elements, all alive until it is read. With the cycle collector on, they
    would reach its oldest generation and set off full collections, each a stall of the window while an
    import runs; the elements are freed by reference counting anyway."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _parse_in_chunks(text: str) -> ET.Element:
    """Parse in pieces, so a large file never holds the interpreter for long at a time (the window's thread
    gets its turn between pieces)."""
    parser = ET.XMLParser()
    try:
        for offset in range(0, len(text), PARSE_CHUNK_CHARS):
            parser.feed(text[offset : offset + PARSE_CHUNK_CHARS])
        return parser.close()
    except ET.ParseError:
        raise _Unusual from None


def _read_tree(root: ET.Element) -> tuple[str | None, list[_Track]]:
    ns = GPX_NAMESPACES.get(root.get("version", ""))
    if ns is None or root.tag != f"{ns}gpx":
        raise _Unusual
    for element in root.iter():
        tag = element.tag
        if isinstance(tag, str) and not tag.startswith(ns) and tag.rsplit("}", 1)[-1] in _READ_NAMES:
            raise _Unusual
    version_10 = ns == GPX_NAMESPACES["1.0"]
    # GPX 1.0 names the file at the top and has no track type; 1.1 moved the name into metadata.
    document_name = root.findtext(f"{ns}name") if version_10 else root.findtext(f"{ns}metadata/{ns}name")
    trkseg, trkpt, ele, time = f"{ns}trkseg", f"{ns}trkpt", f"{ns}ele", f"{ns}time"
    tracks: list[_Track] = []
    try:
        for track in root.iterfind(f"{ns}trk"):
            segments: list[_Segment] = []
            for segment_element in track.iterfind(trkseg):
                segment = _Segment()
                points, elevations, times = segment.points, segment.elevations, segment.times
                for point in segment_element.iterfind(trkpt):
                    points.append((float(point.attrib["lat"]), float(point.attrib["lon"])))
                    height = point.findtext(ele)
                    if height:
                        elevations.append(float(height))
                    moment = point.findtext(time)
                    if moment:
                        times.append(_plain_time(moment))
                segments.append(segment)
            kind = None if version_10 else track.findtext(f"{ns}type") or None
            tracks.append(_Track(track.findtext(f"{ns}name") or None, kind, segments))
    except (KeyError, ValueError):
        raise _Unusual from None
    return document_name or None, tracks


def _plain_time(text: str) -> dt.datetime:
    if not _PLAIN_TIME.fullmatch(text):
        raise _Unusual
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _read_with_gpxpy(name: str, text: str) -> tuple[str | None, list[_Track]]:
    import gpxpy
    import gpxpy.gpx

    try:
        document = gpxpy.parse(text)
    except gpxpy.gpx.GPXException as error:
        raise file_error(name, f"not a valid GPX file ({_first_line(error)})") from None
    except (ValueError, TypeError, AttributeError) as error:
        raise file_error(name, f"not a valid GPX file ({_first_line(error)})") from None
    tracks = []
    for track in document.tracks:
        segments = [
            _Segment(
                [(point.latitude, point.longitude) for point in segment.points],
                [point.elevation for point in segment.points if point.elevation is not None],
                [_utc(point.time) for point in segment.points if point.time is not None],
            )
            for segment in track.segments
        ]
        tracks.append(_Track(track.name, track.type, segments))
    return document.name, tracks


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:200]


def _utc(moment: dt.datetime) -> dt.datetime:
    """GPX times are UTC; one written without a zone must still compare with the others."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _track_to_run(name: str, number: int, track: _Track, document_name: str | None) -> Any:
    times: list[dt.datetime] = []
    duration = 0.0
    distance_m = 0.0
    altitudes: list[float] = []
    for segment in track.segments:
        stamps = segment.times
        if len(stamps) >= 2:
            duration += (max(stamps) - min(stamps)).total_seconds()
        times.extend(stamps)
        distance_m += track_length_m(segment.points)
        altitudes.extend(segment.elevations)
    label = f"track {number}" if number > 1 else "the track"
    if not times:
        raise file_error(name, f"{label} has no times; a planned route is not a recorded run")
    start = min(times)
    try:
        return make_run(
            start=local_offset(start),
            duration_s=duration,
            distance_km=distance_m / 1000.0,
            elevation_gain_m=elevation_gain_m(altitudes),
            source="gpx",
            title=track.name or document_name or "",
            source_file=name,
        )
    except InvalidInput as error:
        raise file_error(name, f"{label}: {error}") from None
