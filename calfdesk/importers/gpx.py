"""GPX tracks. GPX has no distance field, so distance and climb come from the points.

Ordinary files (GPX 1.0 or 1.1, numeric positions and heights, ISO 8601 times) are read by a streaming
reader: each point is read and dropped as the parser goes, so a file of any size needs memory for its
numbers only, never for its text or its tree. Anything else goes to gpxpy, which reads the many variants
found in the wild, for files up to GPXPY_MAX_BYTES; a test holds the two readers to the same runs on the
files both read. Both parse with defusedxml, which refuses any document type declaration in the parser
itself (gpxpy is handed the parsed tree, never the text, so its own choice of XML library does not matter).
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Any, Final

from calfdesk.domain.plausibility import Movement, fastest_sustained_kmh
from calfdesk.domain.runs import is_running_type, make_run
from calfdesk.domain.sources import RunSource
from calfdesk.domain.track import elevation_gain_m, times_made_up, track_length_m
from calfdesk.errors import InvalidInput
from calfdesk.importers.common import (
    ImportedFile,
    LeftOut,
    checked_moment,
    checked_position,
    decode_text,
    file_error,
    local_offset,
    parse_xml_text,
    xml_events,
)
from calfdesk.importers.format import Format, xml_root

GPX_NAMESPACES: Final = {
    "1.1": "{http://www.topografix.com/GPX/1/1}",
    "1.0": "{http://www.topografix.com/GPX/1/0}",
}
# Times both readers take the same way: date, T, time with up to microseconds, and Z or an offset.
_PLAIN_TIME: Final = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,6})?(Z|[+-]\d\d:\d\d)?")
# gpxpy builds a tree and an object per point (about 12 times the file in memory): unusual files only up to this.
GPXPY_MAX_BYTES: Final = 32 * 1024 * 1024
# Elements the reader looks at; met under another namespace, they would be missed (gpxpy ignores namespaces).
_READ_NAMES: Final = frozenset({"gpx", "metadata", "name", "trk", "type", "trkseg", "trkpt", "ele", "time"})


class _Unusual(Exception):
    """The file is not the ordinary kind the fast reader takes; gpxpy reads it."""


@dataclass(slots=True)
class Segment:
    """A segment's numbers: positions as latitude, longitude, latitude, ...; heights; first and last time."""

    coordinates: array[float] = field(default_factory=lambda: array("d"))
    elevations: array[float] = field(default_factory=lambda: array("d"))
    earliest: dt.datetime | None = None
    latest: dt.datetime | None = None
    # Each timed point's moment (POSIX seconds): the fastest minute of a track without a sport needs them.
    seconds: array[float] = field(default_factory=lambda: array("d"))
    # Points without a position, passed over.
    unplaced: int = 0

    def add_time(self, moment: dt.datetime) -> None:
        self.seconds.append(moment.timestamp())
        if self.earliest is None or moment < self.earliest:
            self.earliest = moment
        if self.latest is None or moment > self.latest:
            self.latest = moment

    def points(self) -> Iterator[tuple[float, float]]:
        values = iter(self.coordinates)
        return zip(values, values, strict=True)


@dataclass(slots=True)
class Track:
    name: str | None
    type: str | None
    segments: list[Segment]


def read_gpx(name: str, stream: IO[bytes]) -> ImportedFile:
    """Each track with times is one run; a track whose type names another sport is skipped."""
    try:
        document_name, tracks = _read_plain(name, stream)
    except _Unusual:
        stream.seek(0)
        data = stream.read(GPXPY_MAX_BYTES + 1)
        if len(data) > GPXPY_MAX_BYTES:
            raise file_error(
                name, "a GPX file this large must be plain GPX 1.0 or 1.1 (this one is written in another way)"
            ) from None
        document_name, tracks = _read_with_gpxpy(name, decode_text(name, data))
    return tracks_to_runs(name, "gpx", tracks, document_name)


def tracks_to_runs(name: str, source: str, tracks: list[Track], document_name: str | None) -> ImportedFile:
    """The runs of recorded tracks (GPX, KML): a track whose type names another sport, that never moves or
    whose times were made up is left out with the reason; one without a type is judged by how it moves."""
    result = ImportedFile(name, source)
    unplaced = sum(segment.unplaced for track in tracks for segment in track.segments)
    if unplaced:
        result.notes.append(f"{unplaced} track points without a position were passed over")
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
        if _planned(track):
            result.skipped[LeftOut.PLANNED] += 1
            continue
        if not activity_type:
            result.undeclared[len(result.runs)] = Movement(_sustained_kmh(track))
        result.runs.append(_track_to_run(name, source, number, track, document_name))
    return result


def _standing(track: Track) -> str | None:
    """Why a recorded track cannot be a run although it has times: its clock or its position never moves."""
    timed = [segment for segment in track.segments if segment.earliest is not None]
    if not timed:
        return None
    if all(segment.earliest == segment.latest for segment in timed):
        return LeftOut.NO_DURATION
    latitudes = [value for segment in track.segments for value in segment.coordinates[0::2]]
    longitudes = [value for segment in track.segments for value in segment.coordinates[1::2]]
    if not latitudes or (min(latitudes) == max(latitudes) and min(longitudes) == max(longitudes)):
        return LeftOut.STANDING_STILL
    return None


def _planned(track: Track) -> bool:
    """Whether the track's times were made up by a planning site rather than recorded (see times_made_up)."""
    timed = [
        segment
        for segment in track.segments
        if len(segment.seconds) >= 2 and len(segment.seconds) * 2 == len(segment.coordinates)
    ]
    return bool(timed) and all(times_made_up(segment.seconds, list(segment.points())) for segment in timed)


def _sustained_kmh(track: Track) -> float | None:
    """The fastest minute of the track's segments whose points all carry a time."""
    speeds = []
    for segment in track.segments:
        if len(segment.seconds) * 2 == len(segment.coordinates) and len(segment.seconds) >= 2:
            first = segment.seconds[0]
            speed = fastest_sustained_kmh([moment - first for moment in segment.seconds], list(segment.points()))
            if speed is not None:
                speeds.append(speed)
    return max(speeds, default=None)


def _read_plain(name: str, stream: IO[bytes]) -> tuple[str | None, list[Track]]:
    """The fast reader; raises _Unusual for anything it does not read exactly as gpxpy does."""
    from xml.etree.ElementTree import ParseError

    with _collector_paused():
        try:
            return _read_stream(name, xml_events(name, stream))
        except (ParseError, KeyError, ValueError) as error:
            if isinstance(error, InvalidInput):
                raise
            raise _Unusual from None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A point's elements live only until it is read; with the cycle collector on, the many short-lived
    objects would set off full collections, each a stall of the window while an import runs."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_stream(name: str, events: Iterator[tuple[str, Any]]) -> tuple[str | None, list[Track]]:
    """Read tracks from parse events, dropping each point, and each top-level element, once read.

    Where an element stands is told by its depth (the root at 1) and the open elements at depths 2 and 3, so
    each of the many events of a point costs a few comparisons."""
    _, root = next(events)
    ns = GPX_NAMESPACES.get(root.get("version", ""))
    if ns is None or root.tag != f"{ns}gpx":
        raise _Unusual
    version_10 = ns == GPX_NAMESPACES["1.0"]
    metadata, trk, trkseg, trkpt = f"{ns}metadata", f"{ns}trk", f"{ns}trkseg", f"{ns}trkpt"
    name_tag, type_tag, ele, time = f"{ns}name", f"{ns}type", f"{ns}ele", f"{ns}time"
    # Tags met so far that are not the reader's: a foreign namespace on one of its names would be missed.
    checked: set[str] = set()
    depth = 1
    top: str = ""
    third: str = ""
    segment_element: Any = None
    document_name: str | None = None
    tracks: list[Track] = []
    track: Track | None = None
    segment: Segment | None = None
    for event, element in events:
        tag = element.tag
        if event == "start":
            depth += 1
            if tag not in checked:
                if not isinstance(tag, str) or (not tag.startswith(ns) and tag.rsplit("}", 1)[-1] in _READ_NAMES):
                    raise _Unusual
                checked.add(tag)
            if depth == 2:
                top = tag
                if tag == trk:
                    track = Track(None, None, [])
            elif depth == 3:
                third = tag
                if tag == trkseg and top == trk and track is not None:
                    segment = Segment()
                    segment_element = element
                    track.segments.append(segment)
            continue
        if tag == trkpt:
            if depth == 4 and third == trkseg and segment is not None:
                latitude, longitude = element.get("lat"), element.get("lon")
                if latitude and longitude:
                    segment.coordinates.extend(checked_position(name, float(latitude), float(longitude)))
                    height = element.findtext(ele)
                    if height:
                        segment.elevations.append(float(height))
                    moment = element.findtext(time)
                    if moment:
                        segment.add_time(_plain_time(moment))
                else:
                    # A point written before the receiver had a fix: its time says nothing of where the run went.
                    segment.unplaced += 1
                del segment_element[:]
        elif tag == name_tag:
            if depth == 3 and top == trk and track is not None and track.name is None:
                track.name = element.text or ""
            elif document_name is None and (
                (depth == 2 and version_10) or (depth == 3 and top == metadata and not version_10)
            ):
                document_name = element.text or ""
        elif tag == type_tag and depth == 3 and top == trk and track is not None and not version_10:
            if track.type is None:
                track.type = element.text or ""
        elif tag == trk and depth == 2 and track is not None:
            tracks.append(Track(track.name or None, track.type or None, track.segments))
            track = segment = segment_element = None
        if depth == 2:
            del root[:]
        depth -= 1
    return document_name or None, tracks


def _plain_time(text: str) -> dt.datetime:
    if not _PLAIN_TIME.fullmatch(text):
        raise _Unusual
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


_DEFAULT_NAMESPACE: Final = re.compile(r"""\sxmlns=(['"])[^'"]+\1""")


def _read_with_gpxpy(name: str, text: str) -> tuple[str | None, list[Track]]:
    """gpxpy's reading of the many GPX variants, on a tree parsed by defusedxml (as gpxpy's own parse does
    with the standard library: without the default namespace)."""
    import gpxpy.gpx
    import gpxpy.gpxfield

    root = _parse_for_gpxpy(name, text)
    document = gpxpy.gpx.GPX()
    try:
        gpxpy.gpxfield.gpx_fields_from_xml(document, root, root.get("version"))
    except gpxpy.gpx.GPXException as error:
        raise file_error(name, f"not a valid GPX file ({_first_line(error)})") from None
    except (ValueError, TypeError, AttributeError) as error:
        raise file_error(name, f"not a valid GPX file ({_first_line(error)})") from None
    tracks = []
    for track in document.tracks:
        segments = []
        for gpx_segment in track.segments:
            segment = Segment()
            for point in gpx_segment.points:
                segment.coordinates.extend(checked_position(name, float(point.latitude), float(point.longitude)))
                if point.elevation is not None:
                    segment.elevations.append(float(point.elevation))
                if point.time is not None:
                    segment.add_time(checked_moment(name, point.time))
            segments.append(segment)
        tracks.append(Track(track.name, track.type, segments))
    return document.name, tracks


def _parse_for_gpxpy(name: str, text: str) -> Any:
    from xml.etree.ElementTree import ParseError

    try:
        return parse_xml_text(name, _DEFAULT_NAMESPACE.sub("", text, count=1))
    except ParseError as error:
        raise file_error(name, f"not a valid GPX file (Error parsing XML: {_first_line(error)})") from None


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:200]


def _track_to_run(name: str, source: str, number: int, track: Track, document_name: str | None) -> Any:
    starts: list[dt.datetime] = []
    duration = 0.0
    distance_m = 0.0
    altitudes: array[float] = array("d")
    for segment in track.segments:
        if segment.earliest is not None and segment.latest is not None:
            duration += (segment.latest - segment.earliest).total_seconds()
            starts.append(segment.earliest)
        distance_m += track_length_m(segment.points())
        altitudes.extend(segment.elevations)
    label = f"track {number}" if number > 1 else "the track"
    if not starts:
        raise file_error(name, f"{label} has no times; a planned route is not a recorded run")
    start = min(starts)
    try:
        return make_run(
            start=local_offset(start),
            duration_s=duration,
            distance_km=distance_m / 1000.0,
            elevation_gain_m=elevation_gain_m(altitudes),
            source=source,
            title=track.name or document_name or "",
            source_file=name,
        )
    except InvalidInput as error:
        raise file_error(name, f"{label}: {error}") from None


FORMAT: Final = Format(
    key="gpx",
    kind="GPX",
    description="a GPX track",
    source=RunSource("gpx", "GPX file", recorded=True),
    suffixes=(".gpx",),
    read=lambda name, stream, _options: read_gpx(name, stream),
    sniff=xml_root("gpx"),
)
