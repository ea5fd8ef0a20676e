"""TomTom GPS watch activities (`.ttbin`: Runner, Multi-Sport, Spark and Adventurer watches, as the watch
stores them and TomTom Sports, ttwatch or TomTomWatch copy them off it). One file is one activity.

The format, as ttwatch (ryanbinns/ttwatch, ttbin/ttbin.h) and TomTomWatch (scubajorgen/TomTomWatch) describe it:
a header record (tag 0x20: file version, firmware, product, the start on the watch's wall clock, the offset of
that clock from UTC in seconds, and a table giving the length of every record tag), then records, each a tag
byte and as many bytes as the table says (a length of 0xFFFF: the next two bytes give it). Little-endian.

Read: the summary record (0x27: activity, distance in metres, duration in seconds), the first "active" status
record (0x21: status, activity, the wall-clock time) for the start, with the header's offset; the GPS records
(0x22: latitude and longitude in 1e-7 degrees, UTC time, cumulative distance) where the summary is missing and
for the fastest minute of a "freestyle" activity. Not read: heart rate, laps, steps, the height records.

Activities: running, treadmill and trail running are runs; "freestyle" (the watch's "any other sport") names
none, nor does a file without summary or status, so such an activity is judged by how it moves; cycling,
swimming, gym, hiking, indoor cycling, skiing and snowboarding are left out under their name.
"""

from __future__ import annotations

import datetime as dt
import struct
from array import array
from dataclasses import dataclass, field
from typing import IO, Final

from calfdesk.domain.plausibility import Movement, fastest_sustained_kmh
from calfdesk.domain.runs import Run, make_run
from calfdesk.domain.sources import RunSource
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.common import MAX_UTC_OFFSET, ImportedFile, LeftOut, checked_position, file_error
from calfdesk.importers.format import FileOptions, Format, NotThisFormat

_tr = Texts(__name__)

MAX_TTBIN_BYTES: Final = 64 * 1024 * 1024
TAG_HEADER: Final = 0x20
TAG_STATUS: Final = 0x21
TAG_GPS: Final = 0x22
TAG_SUMMARY: Final = 0x27
VARIABLE_LENGTH: Final = 0xFFFF
STATUS_ACTIVE: Final = 1
ACTIVITIES: Final = {
    0: "running",
    1: "cycling",
    2: "swimming",
    7: "treadmill",
    8: "freestyle",
    9: "gym",
    10: "hiking",
    11: "indoor cycling",
    14: "trail running",
    15: "skiing",
    16: "snowboarding",
}
RUNNING: Final = frozenset({0, 7, 14})
# The watch's activity for any other sport: it says nothing of what the runner did.
FREESTYLE: Final = 8
_STATUS: Final = struct.Struct("<BBI")
_SUMMARY: Final = struct.Struct("<BfI")
_GPS: Final = struct.Struct("<iiHHIHffB")


@dataclass(slots=True)
class _Header:
    start_local: int
    offset_s: int
    lengths: dict[int, int]
    end: int


def _header(data: bytes) -> _Header | None:
    """The header record, or None when the bytes do not start with one."""
    try:
        if data[0] != TAG_HEADER:
            return None
        (version,) = struct.unpack_from("<H", data, 1)
        if not 1 <= version <= 0x20:
            return None
        position = 3 + (3 if version <= 9 else 6)
        _product, start_local = struct.unpack_from("<HI", data, position)
        position += 6 + 16 + 80
        _watch_time, offset_s = struct.unpack_from("<Ii", data, position)
        count = data[position + 9]
        position += 10
        lengths: dict[int, int] = {}
        for _ in range(count):
            tag, length = struct.unpack_from("<BH", data, position)
            lengths[tag] = length
            position += 3
    except (IndexError, struct.error):
        return None
    if TAG_HEADER not in lengths or TAG_STATUS not in lengths:
        return None
    return _Header(start_local, offset_s, lengths, position)


@dataclass(slots=True)
class _Records:
    summary: tuple[int, float, int] | None = None
    status_activity: int | None = None
    active_local: int | None = None
    seconds: array[float] = field(default_factory=lambda: array("d"))
    coordinates: array[float] = field(default_factory=lambda: array("d"))
    metres: array[float] = field(default_factory=lambda: array("d"))
    # Where the records stopped being readable (an unknown tag, a cut record), when they did.
    damaged_at: int | None = None
    off_globe: int = 0

    def points(self) -> list[tuple[float, float]]:
        values = iter(self.coordinates)
        return list(zip(values, values, strict=True))


def _records(name: str, data: bytes, header: _Header) -> _Records:
    records = _Records()
    position = header.end
    while position < len(data):
        tag = data[position]
        length = header.lengths.get(tag)
        if length is None or length == 0:
            records.damaged_at = position
            break
        if length == VARIABLE_LENGTH:
            if position + 3 > len(data):
                records.damaged_at = position
                break
            (size,) = struct.unpack_from("<H", data, position + 1)
            body, following = data[position + 3 : position + 3 + size], position + 3 + size
        else:
            body, following = data[position + 1 : position + length], position + length
        if following > len(data):
            records.damaged_at = position
            break
        _read_record(name, tag, body, records)
        position = following
    return records


def _read_record(name: str, tag: int, body: bytes, records: _Records) -> None:
    if tag == TAG_SUMMARY and len(body) >= _SUMMARY.size:
        records.summary = _SUMMARY.unpack_from(body)
    elif tag == TAG_STATUS and len(body) >= _STATUS.size:
        status, activity, local = _STATUS.unpack_from(body)
        records.status_activity = activity
        if status == STATUS_ACTIVE and records.active_local is None:
            records.active_local = local
    elif tag == TAG_GPS and len(body) >= _GPS.size:
        latitude, longitude, _heading, _speed, utc, _calories, _step, cumulative, _cycles = _GPS.unpack_from(body)
        # Before the first fix the watch writes zeros.
        if not utc or not (latitude or longitude):
            return
        try:
            position = checked_position(name, latitude / 1e7, longitude / 1e7)
        except InvalidInput:
            records.off_globe += 1
            return
        records.seconds.append(float(utc))
        records.coordinates.extend(position)
        records.metres.append(cumulative)


def read_ttbin(name: str, stream: IO[bytes], _options: FileOptions | None = None) -> ImportedFile:
    """The file's one activity: a run, or left out under its activity."""
    data = stream.read(MAX_TTBIN_BYTES + 1)
    if len(data) > MAX_TTBIN_BYTES:
        raise file_error(name, _tr("a TTBIN file larger than 64 MB is not one a watch wrote"))
    header = _header(data)
    if header is None:
        raise NotThisFormat
    records = _records(name, data, header)
    result = ImportedFile(name, "tomtom")
    if records.damaged_at is not None:
        if records.summary is None:
            raise file_error(
                name,
                _tr("the file is damaged from byte {byte} on, before its summary").format(byte=records.damaged_at),
            )
        result.notes.append(
            _tr("the records after byte {byte} are damaged and were passed over").format(byte=records.damaged_at)
        )
    if records.off_globe:
        result.notes.append(
            _tr("{count} GPS records with a position off the globe were passed over").format(count=records.off_globe)
        )
    activity = records.summary[0] if records.summary is not None else records.status_activity
    declared = activity is not None and activity != FREESTYLE
    if declared and activity not in RUNNING:
        result.skipped[ACTIVITIES.get(activity or 0, f"activity {activity}")] += 1
        return result
    try:
        run = _run(name, header, records)
    except (ValueError, OverflowError, OSError, InvalidInput) as error:
        raise file_error(name, _tr("not a readable TomTom activity ({problem})").format(problem=error)) from None
    if run is None:
        result.skipped[LeftOut.NO_DISTANCE] += 1
        return result
    if not declared:
        result.undeclared[0] = Movement(_sustained_kmh(records))
    result.runs.append(run)
    return result


def _run(name: str, header: _Header, records: _Records) -> Run | None:
    if records.summary is not None:
        _activity, metres, seconds = records.summary
    else:
        metres = max(records.metres, default=0.0)
        seconds = int(records.seconds[-1] - records.seconds[0]) if records.seconds else 0
    if not metres > 0:
        return None
    offset = dt.timedelta(seconds=header.offset_s)
    if abs(offset) > MAX_UTC_OFFSET:
        raise ValueError(
            _tr("its offset from UTC ({seconds} s) is not one a place has").format(seconds=header.offset_s)
        )
    local = records.active_local if records.active_local is not None else header.start_local
    start = dt.datetime.fromtimestamp(local - header.offset_s, dt.timezone(offset))
    return make_run(
        start=start,
        duration_s=float(seconds),
        distance_km=metres / 1000.0,
        source="tomtom",
        source_file=name,
    )


def _sustained_kmh(records: _Records) -> float | None:
    first = records.seconds[0] if records.seconds else 0.0
    return fastest_sustained_kmh([second - first for second in records.seconds], records.points())


def _is_ttbin(head: bytes) -> bool:
    return _header(head) is not None


FORMAT: Final = Format(
    key="tomtom",
    kind="TTBIN",
    description=lambda: _tr("a TomTom watch activity"),
    source=RunSource("tomtom", "TomTom watch file", recorded=True, device_totals=True),
    suffixes=(".ttbin",),
    read=read_ttbin,
    sniff=_is_ttbin,
)
