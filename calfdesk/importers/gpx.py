"""GPX tracks. GPX has no distance field, so distance and climb come from the points.

Ordinary files (GPX 1.0 or 1.1, numeric positions and heights, ISO 8601 times) are read by the fast reader:
a file up to TREE_MAX_BYTES is parsed whole by ElementTree's C parser and read from its tree (the quickest
way, at about ten times the file in memory); a larger one is streamed, each point read and dropped as the
parser goes, so it needs memory for its numbers only. Both ways read each point with the same code, and a
test holds them to the same runs. Anything else goes to gpxpy, which reads the many variants found in the
wild, for files up to GPXPY_MAX_BYTES; a test holds the fast reader and gpxpy to the same runs on the files
both read. No parse ever takes a document type declaration (see common.xml_events; gpxpy is handed a tree
parsed with defusedxml, never the text, so its own choice of XML library does not matter).
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from operator import attrgetter
from typing import IO, Any, Final

from calfdesk.domain.plausibility import Movement, fastest_sustained_kmh
from calfdesk.domain.runs import is_running_type, make_run
from calfdesk.domain.sources import RunSource
from calfdesk.domain.track import elevation_gain_m, times_made_up, track_length_m
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.common import (
    ImportedFile,
    LeftOut,
    checked_moment,
    checked_position,
    decode_text,
    file_error,
    local_offset,
    not_valid_xml,
    parse_xml_text,
    plain_xml_root,
    xml_events,
)
from calfdesk.importers.format import Format, xml_root

_tr = Texts(__name__)

GPX_NAMESPACES: Final = {
    "1.1": "{http://www.topografix.com/GPX/1/1}",
    "1.0": "{http://www.topografix.com/GPX/1/0}",
}
# Times both readers take the same way: date, T, time with up to microseconds, and Z or an offset. A segment's
# times are checked at once, joined by a NUL character (which XML text cannot hold).
_PLAIN_TIME: Final = (
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?(?:Z|[+-][0-9]{2}:[0-9]{2})?"
)
_PLAIN_TIMES: Final = re.compile(f"{_PLAIN_TIME}(?:\x00{_PLAIN_TIME})*")
# gpxpy builds a tree and an object per point (about 12 times the file in memory): unusual files only up to this.
GPXPY_MAX_BYTES: Final = 32 * 1024 * 1024
# Ordinary files up to this size are parsed whole (their tree takes about ten times the file); larger ones are
# streamed. 8 MB is a run of about 17 hours at a point a second, or 7 hours with heart rate and cadence.
TREE_MAX_BYTES: Final = 8 * 1024 * 1024
# Points a streamed segment holds before they are read and dropped.
STREAM_BATCH: Final = 1000
# Elements the reader looks at; met under another namespace, they would be missed (gpxpy ignores namespaces).
_READ_NAMES: Final = frozenset({"gpx", "metadata", "name", "trk", "type", "trkseg", "trkpt", "ele", "time"})


class _Unusual(Exception):
    """The file is not the ordinary kind the fast reader takes; gpxpy reads it."""


# Times before it too, on every system (fromtimestamp refuses them on some).
_POSIX_EPOCH: Final = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(slots=True)
class Segment:
    """A segment's numbers: positions as latitude, longitude, latitude, ...; heights; times."""

    coordinates: array[float] = field(default_factory=lambda: array("d"))
    elevations: array[float] = field(default_factory=lambda: array("d"))
    # Each timed point's moment (POSIX seconds, exact to the microsecond), in the order of the points.
    seconds: array[float] = field(default_factory=lambda: array("d"))
    # Points without a position, passed over.
    unplaced: int = 0

    def add_time(self, moment: dt.datetime) -> None:
        self.seconds.append(moment.timestamp())

    @property
    def earliest(self) -> dt.datetime | None:
        return _POSIX_EPOCH + dt.timedelta(seconds=min(self.seconds)) if self.seconds else None

    @property
    def latest(self) -> dt.datetime | None:
        return _POSIX_EPOCH + dt.timedelta(seconds=max(self.seconds)) if self.seconds else None

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
                name, _tr("a GPX file this large must be plain GPX 1.0 or 1.1 (this one is written in another way)")
            ) from None
        document_name, tracks = _read_with_gpxpy(name, decode_text(name, data))
    return tracks_to_runs(name, "gpx", tracks, document_name)


def tracks_to_runs(name: str, source: str, tracks: list[Track], document_name: str | None) -> ImportedFile:
    """The runs of recorded tracks (GPX, KML): a track whose type names another sport, that never moves or
    whose times were made up is left out with the reason; one without a type is judged by how it moves."""
    result = ImportedFile(name, source)
    unplaced = sum(segment.unplaced for track in tracks for segment in track.segments)
    if unplaced:
        result.notes.append(_tr("{count} track points without a position were passed over").format(count=unplaced))
    if not tracks:
        raise file_error(name, _tr("the file has no track; a route or a list of waypoints is not a recorded run"))
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
            result.undeclared[len(result.runs)] = Movement(sustained_kmh(track))
        result.runs.append(_track_to_run(name, source, number, track, document_name))
    return result


def _standing(track: Track) -> str | None:
    """Why a recorded track cannot be a run although it has times: its clock or its position never moves."""
    timed = [segment.seconds for segment in track.segments if segment.seconds]
    if not timed:
        return None
    if all(min(seconds) == max(seconds) for seconds in timed):
        return LeftOut.NO_DURATION
    placed = [segment.coordinates for segment in track.segments if segment.coordinates]
    if not placed:
        return LeftOut.STANDING_STILL
    for parity in (0, 1):
        # The smallest and largest latitude (then longitude) of each segment, worked out by C calls.
        ends = [end for coordinates in placed for end in (min(coordinates[parity::2]), max(coordinates[parity::2]))]
        if min(ends) != max(ends):
            return None
    return LeftOut.STANDING_STILL


def _planned(track: Track) -> bool:
    """Whether the track's times were made up by a planning site rather than recorded (see times_made_up)."""
    timed = [
        segment
        for segment in track.segments
        if len(segment.seconds) >= 2 and len(segment.seconds) * 2 == len(segment.coordinates)
    ]
    return bool(timed) and all(times_made_up(segment.seconds, list(segment.points())) for segment in timed)


def sustained_kmh(track: Track) -> float | None:
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
            root = plain_xml_root(stream, TREE_MAX_BYTES)
            if root is not None:
                return _read_tree(name, root)
            return _read_stream(name, xml_events(name, stream))
        except (ParseError, KeyError, ValueError) as error:
            if isinstance(error, InvalidInput):
                raise
            raise _Unusual from None


@contextmanager
def _collector_paused() -> Iterator[None]:
    """A file's elements are many and short-lived (a tree read and dropped, or each point as it is read);
    with the cycle collector on, they would set off full collections, each a stall of the window while an
    import runs."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _namespace(root: Any) -> str:
    """The GPX namespace of the document's version (1.0 or 1.1), which the root must be in."""
    ns = GPX_NAMESPACES.get(root.get("version", ""))
    if ns is None or root.tag != f"{ns}gpx":
        raise _Unusual
    return ns


def _check_tag(ns: str, tag: Any) -> None:
    """An element the fast reader may meet: not one of its names under another namespace (gpxpy, which
    ignores namespaces, would read it) nor a comment or processing instruction."""
    if not isinstance(tag, str) or (not tag.startswith(ns) and tag.rsplit("}", 1)[-1] in _READ_NAMES):
        raise _Unusual


def _read_tree(name: str, root: Any) -> tuple[str | None, list[Track]]:
    """Read tracks from a whole document's tree: the same reading as `_read_stream`, by the tree's own
    (C) searches rather than an event per element."""
    ns = _namespace(root)
    for tag in {element.tag for element in root.iter()}:
        _check_tag(ns, tag)
    name_tag, trkseg, trkpt, ele, time = f"{ns}name", f"{ns}trkseg", f"{ns}trkpt", f"{ns}ele", f"{ns}time"
    tracks = []
    for trk in root.findall(f"{ns}trk"):
        segments = []
        for segment_element in trk.findall(trkseg):
            segment = Segment()
            _add_points(name, segment, segment_element.findall(trkpt), ele, time)
            segments.append(segment)
        kind = trk.findtext(f"{ns}type") if ns == GPX_NAMESPACES["1.1"] else None
        tracks.append(Track(trk.findtext(name_tag) or None, kind or None, segments))
    if ns == GPX_NAMESPACES["1.0"]:
        document_name = root.findtext(name_tag)
    else:
        document_name = next(
            (text for metadata in root.findall(f"{ns}metadata") if (text := metadata.findtext(name_tag)) is not None),
            None,
        )
    return document_name or None, tracks


def _add_points(name: str, segment: Segment, points: Iterable[Any], ele: str, time: str) -> None:
    """Each trkpt element's position, height and time into `segment`; the times are read together at the end,
    a few calls for them all rather than several for each."""
    add_coordinate, add_height = segment.coordinates.append, segment.elevations.append
    texts: list[str] = []
    add_text = texts.append
    for point in points:
        latitude, longitude = point.get("lat"), point.get("lon")
        if not (latitude and longitude):
            # A point written before the receiver had a fix: its time says nothing of where the run went.
            segment.unplaced += 1
            continue
        lat, lon = float(latitude), float(longitude)
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            checked_position(name, lat, lon)  # refuses the point, saying why
        add_coordinate(lat)
        add_coordinate(lon)
        height = point.findtext(ele)
        if height:
            add_height(float(height))
        text = point.findtext(time)
        if text:
            add_text(text)
    if not texts:
        return
    if _PLAIN_TIMES.fullmatch("\x00".join(texts)) is None:
        raise _Unusual
    moments = list(map(dt.datetime.fromisoformat, texts))
    if None in map(attrgetter("tzinfo"), moments):
        moments = [moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC) for moment in moments]
    segment.seconds.extend(map(dt.datetime.timestamp, moments))


def _read_stream(name: str, events: Iterator[tuple[str, Any]]) -> tuple[str | None, list[Track]]:
    """Read tracks from parse events, dropping the points in batches of STREAM_BATCH, and each top-level
    element, once read.

    Where an element stands is told by its depth (the root at 1) and the open elements at depths 2 and 3, so
    each of the many events of a point costs a few comparisons."""
    _, root = next(events)
    ns = _namespace(root)
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
    # The points of the segment read whole since the last batch.
    ended: list[Any] = []
    for event, element in events:
        tag = element.tag
        if event == "start":
            depth += 1
            if tag not in checked:
                _check_tag(ns, tag)
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
                # The parser runs ahead of its events: the segment may already hold later points, not yet whole.
                # Those come with their own events; only the points whose end has come are read.
                ended.append(element)
                if len(ended) >= STREAM_BATCH:
                    _add_points(name, segment, ended, ele, time)
                    ended.clear()
                    del segment_element[:]
        elif tag == trkseg:
            if depth == 3 and segment is not None and element is segment_element:
                _add_points(name, segment, ended, ele, time)
                ended.clear()
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
        raise file_error(name, _tr("not a valid GPX file ({problem})").format(problem=_first_line(error))) from None
    except (ValueError, TypeError, AttributeError) as error:
        raise file_error(name, _tr("not a valid GPX file ({problem})").format(problem=_first_line(error))) from None
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
        raise file_error(name, _tr("not a valid GPX file: {problem}").format(problem=not_valid_xml(error))) from None


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:200]


def _track_to_run(name: str, source: str, number: int, track: Track, document_name: str | None) -> Any:
    starts: list[dt.datetime] = []
    duration = 0.0
    distance_m = 0.0
    altitudes: array[float] = array("d")
    for segment in track.segments:
        try:
            earliest, latest = segment.earliest, segment.latest
        except OverflowError:  # a time before the year 1 or after 9999 once in UTC: no datetime holds it
            raise file_error(
                name, _tr("start: a date before the year 1 or after the year 9999 is not believable")
            ) from None
        if earliest is not None and latest is not None:
            duration += (latest - earliest).total_seconds()
            starts.append(earliest)
        distance_m += track_length_m(segment.points())
        altitudes.extend(segment.elevations)
    if not starts:
        raise file_error(
            name,
            _tr("track {number} has no times; a planned route is not a recorded run").format(number=number)
            if number > 1
            else _tr("the track has no times; a planned route is not a recorded run"),
        )
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
        problem = (
            _tr("track {number}: {problem}").format(number=number, problem=error)
            if number > 1
            else _tr("the track: {problem}").format(problem=error)
        )
        raise file_error(name, problem) from None


FORMAT: Final = Format(
    key="gpx",
    kind="GPX",
    description=lambda: _tr("a GPX track"),
    source=RunSource("gpx", "GPX file", recorded=True),
    suffixes=(".gpx",),
    read=lambda name, stream, _options: read_gpx(name, stream),
    sniff=xml_root("gpx"),
)
