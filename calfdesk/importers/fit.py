"""Garmin FIT activity files (fitdecode). The session totals are the file's own figures; records are the
fallback when a device wrote no session (for example a file cut short)."""

from __future__ import annotations

import datetime as dt
import struct
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, Any, Final

from calfdesk.domain.plausibility import Movement, fastest_sustained_kmh
from calfdesk.domain.runs import Run, is_running_type, make_run
from calfdesk.domain.sources import RunSource
from calfdesk.domain.track import elevation_gain_m, track_length_m
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.common import MAX_UTC_OFFSET, ImportedFile, as_aware_local, file_error, local_offset
from calfdesk.importers.format import Format, NotAnActivity

_tr = Texts(__name__)

SEMICIRCLES_TO_DEGREES: Final = 180.0 / 2**31


@dataclass(slots=True)
class _Records:
    """What the records say, kept as numbers (a file may hold hundreds of thousands of records)."""

    earliest: dt.datetime | None = None
    latest: dt.datetime | None = None
    timed: int = 0
    furthest: float | None = None
    altitudes: array[float] = field(default_factory=lambda: array("d"))
    coordinates: array[float] = field(default_factory=lambda: array("d"))
    # Time (POSIX seconds) and distance of each record that has both: the fastest minute of a session
    # without a sport needs them.
    seconds: array[float] = field(default_factory=lambda: array("d"))
    metres: array[float] = field(default_factory=lambda: array("d"))

    def points(self) -> Any:
        values = iter(self.coordinates)
        return zip(values, values, strict=True)


def _value(frame: Any, *names: str) -> Any:
    for name in names:
        if frame.has_field(name):
            value = frame.get_value(name)
            if value is not None:
                return value
    return None


def _sport_label(sport: Any, sub_sport: Any) -> str:
    parts = [str(part) for part in (sport, sub_sport) if part not in (None, "generic")]
    return " ".join(parts) if parts else ""


# FIT times count seconds from 1989-12-31 UTC; a value below 0x10000000 counts seconds since the device was
# switched on (older watches before they know the time). Such times are kept as that many seconds after the
# epoch, and moved to the real time by an anchor the file gives (see _Clock).
FIT_EPOCH: Final = dt.datetime(1989, 12, 31, tzinfo=dt.UTC)
RELATIVE_BEFORE: Final = FIT_EPOCH + dt.timedelta(seconds=0x10000000)
# A session whose records go on this long after its end was cut short (a watch that wrote no final lap).
INCOMPLETE_SESSION_S: Final = 60.0
INCOMPLETE_SESSION_SHARE: Final = 0.05


@dataclass(slots=True)
class _Clock:
    """What ties the file's times to the real time: the UTC offset of its wall clock, and for times counted
    from the device's start, the real time of one such moment (UTC from a timestamp_correlation message, or
    the wall clock from the activity message)."""

    offset: dt.timedelta | None = None
    utc_anchor: tuple[dt.datetime, dt.datetime] | None = None
    local_anchor: tuple[dt.datetime, dt.datetime] | None = None

    def aware(self, name: str, moment: dt.datetime) -> dt.datetime:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=dt.UTC)
        if moment >= RELATIVE_BEFORE:
            return local_offset(moment, None if self.offset is None else dt.timezone(self.offset))
        if self.utc_anchor is not None:
            relative, real = self.utc_anchor
            return local_offset(real + (moment - relative), None if self.offset is None else dt.timezone(self.offset))
        if self.local_anchor is not None:
            relative, wall = self.local_anchor
            return as_aware_local((wall + (moment - relative)).replace(tzinfo=None))
        raise file_error(
            name, _tr("its times count from when the watch was switched on, and nothing in it gives the date")
        )


def _moment(value: Any) -> dt.datetime | None:
    """A FIT time as a moment: a real time, or a time since the device's start placed after FIT_EPOCH."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 0x10000000:
        return FIT_EPOCH + dt.timedelta(seconds=value)
    return None


@dataclass(slots=True)
class _Reading:
    sessions: list[Any] = field(default_factory=list)
    records: _Records = field(default_factory=lambda: _Records())
    sport: tuple[Any, Any] | None = None
    clock: _Clock = field(default_factory=_Clock)
    saw_file_id: bool = False
    # FIT files chained in this one; the messages of a chained file that is not an activity are passed over.
    files: int = 0
    # Files read to their end with their checksum right.
    checked_files: int = 0
    passing_over: bool = False
    damaged: bool = False
    notes: list[str] = field(default_factory=list)


def read_fit(name: str, stream: IO[bytes]) -> ImportedFile:
    """Each running session is one run; sessions of other sports are skipped. A file chained after the
    activity (settings) is passed over, and a damaged end after a complete session is reported, not fatal."""
    import fitdecode

    state = _Reading()
    try:
        with fitdecode.FitReader(
            stream,
            check_crc=fitdecode.CrcCheck.RAISE,
            error_handling=fitdecode.ErrorHandling.RAISE,
        ) as reader:
            for frame in reader:
                _take(name, state, frame)
    except InvalidInput:
        raise
    except fitdecode.FitHeaderError:
        _damaged_end(name, state, _tr("not a FIT file (its header is not a FIT header)"))
    except fitdecode.FitEOFError:
        _damaged_end(name, state, _tr("the FIT file is truncated (it ends in the middle of a message)"))
    except fitdecode.FitCRCError:
        _damaged_end(name, state, _tr("the FIT file is damaged (checksum mismatch)"))
    except (fitdecode.FitError, ValueError, TypeError, KeyError, IndexError, struct.error) as error:
        _damaged_end(
            name, state, _tr("the FIT file cannot be read ({problem})").format(problem=error), undecodable=True
        )
    except AssertionError:
        # fitdecode checks record lengths with assert statements; a malformed length trips one.
        _damaged_end(name, state, _tr("the FIT file is damaged (a message does not fit in the file)"), undecodable=True)
    if not state.saw_file_id:
        raise file_error(name, _tr("not a FIT activity file (no file_id message)"))
    result = ImportedFile(name, "fit", notes=state.notes)
    records, clock, sessions = state.records, state.clock, state.sessions
    try:
        if sessions:
            labels = [_sport_label(_value(session, "sport"), _value(session, "sub_sport")) for session in sessions]
            multisport = any(labels) and len(sessions) > 1
            for session, label in zip(sessions, labels, strict=True):
                if label and not is_running_type(label):
                    result.skipped[label] += 1
                    continue
                if not label:
                    result.undeclared[len(result.runs)] = Movement(
                        None if multisport else _sustained_kmh(records), multisport_whole=multisport
                    )
                result.runs.append(
                    _session_to_run(name, session, records, clock, len(sessions) == 1 and not state.damaged)
                )
        else:
            label = _sport_label(*state.sport) if state.sport else ""
            if label and not is_running_type(label):
                result.skipped[label] += 1
            else:
                if not label:
                    result.undeclared[len(result.runs)] = Movement(_sustained_kmh(records))
                result.runs.append(_records_to_run(name, records, clock))
    except InvalidInput as error:
        if error.field == name:
            raise
        raise file_error(name, str(error)) from None
    return result


def _take(name: str, state: _Reading, frame: Any) -> None:
    """One frame of the file into what is read."""
    import fitdecode

    if frame.frame_type == fitdecode.FIT_FRAME_HEADER:
        state.files += 1
        state.passing_over = False
        return
    if frame.frame_type == fitdecode.FIT_FRAME_CRC:
        state.checked_files += 1
        return
    if frame.frame_type != fitdecode.FIT_FRAME_DATA or state.passing_over:
        return
    if frame.name == "file_id":
        state.saw_file_id = True
        kind = _value(frame, "type")
        if kind is not None and kind != "activity":
            if state.files <= 1:
                raise NotAnActivity(
                    name, _tr("this FIT file holds '{kind}', not a recorded activity").format(kind=kind)
                )
            state.passing_over = True
            state.notes.append(
                _tr("a '{kind}' file chained after the activity was not read (it holds no run)").format(kind=kind)
            )
    elif frame.name == "session":
        state.sessions.append(frame)
    elif frame.name == "sport" and state.sport is None:
        state.sport = (_value(frame, "sport"), _value(frame, "sub_sport"))
    elif frame.name == "activity":
        stamp, local = _moment(_value(frame, "timestamp")), _value(frame, "local_timestamp")
        if stamp is not None and isinstance(local, dt.datetime):
            wall = local.replace(tzinfo=None)
            if stamp >= RELATIVE_BEFORE:
                state.clock.offset = _utc_offset(wall - stamp.replace(tzinfo=None))
            else:
                state.clock.local_anchor = (stamp, wall.replace(tzinfo=dt.UTC))
    elif frame.name == "timestamp_correlation":
        real, system = _moment(_value(frame, "timestamp")), _moment(_value(frame, "system_timestamp"))
        if real is not None and system is not None and real >= RELATIVE_BEFORE > system:
            state.clock.utc_anchor = (system, real)
    elif frame.name == "record":
        _add_record(state.records, frame)


def _damaged_end(name: str, state: _Reading, reason: str, *, undecodable: bool = False) -> None:
    """A reading error: the file's error, unless what came before it stands on its own: a first file read
    whole and checked (the damage is in a file chained after it), or a complete session followed by messages
    that cannot be decoded (a message the file never defined). Then the runs read stand and the rest is
    reported; the records, cut short, no longer tell whether the session was."""
    if state.sessions and (state.checked_files >= 1 or undecodable):
        state.damaged = True
        state.notes.append(
            _tr("the end of the file could not be read ({reason}); the runs before it were read").format(reason=reason)
        )
        return
    raise file_error(name, reason) from None


def _sustained_kmh(records: _Records) -> float | None:
    """The fastest minute of the records, from the device's own distances."""
    if len(records.seconds) < 2:
        return None
    first = records.seconds[0]
    return fastest_sustained_kmh([moment - first for moment in records.seconds], metres=records.metres)


def _utc_offset(offset: dt.timedelta) -> dt.timedelta | None:
    """The file's offset of local time from UTC, or None (this computer's zone) when no place has it."""
    return offset if abs(offset) <= MAX_UTC_OFFSET else None


def _add_record(records: _Records, frame: Any) -> None:
    stamp = _moment(_value(frame, "timestamp"))
    if stamp is not None:
        records.timed += 1
        if records.earliest is None or stamp < records.earliest:
            records.earliest = stamp
        if records.latest is None or stamp > records.latest:
            records.latest = stamp
    distance = _value(frame, "distance")
    if isinstance(distance, int | float):
        records.furthest = float(distance) if records.furthest is None else max(records.furthest, float(distance))
        if isinstance(stamp, dt.datetime):
            records.seconds.append(stamp.timestamp())
            records.metres.append(float(distance))
    altitude = _value(frame, "enhanced_altitude", "altitude")
    if isinstance(altitude, int | float):
        records.altitudes.append(float(altitude))
    latitude, longitude = _value(frame, "position_lat"), _value(frame, "position_long")
    if isinstance(latitude, int) and isinstance(longitude, int):
        records.coordinates.append(latitude * SEMICIRCLES_TO_DEGREES)
        records.coordinates.append(longitude * SEMICIRCLES_TO_DEGREES)


def _session_to_run(name: str, session: Any, records: _Records, clock: _Clock, only_session: bool) -> Run:
    start = _moment(_value(session, "start_time")) or (records.earliest if only_session else None)
    if start is None:
        raise file_error(name, _tr("a session has no start time"))
    duration = _value(session, "total_timer_time", "total_elapsed_time")
    distance = _value(session, "total_distance")
    ascent = _value(session, "total_ascent")
    if only_session and _cut_short(session, start, records):
        # The watch wrote the session before its last stretch (no final lap): the records are the whole run.
        assert records.latest is not None and records.earliest is not None
        duration = (records.latest - records.earliest).total_seconds()
        distance = max(float(distance or 0.0), records.furthest or track_length_m(records.points()))
    if distance is None and only_session:
        distance = records.furthest if records.furthest is not None else track_length_m(records.points())
    if ascent is None and only_session:
        ascent = elevation_gain_m(records.altitudes)
    return make_run(
        start=clock.aware(name, start),
        duration_s=float(duration or 0.0),
        distance_km=float(distance or 0.0) / 1000.0,
        elevation_gain_m=None if ascent is None else float(ascent),
        source="fit",
        source_file=name,
    )


def _cut_short(session: Any, start: dt.datetime, records: _Records) -> bool:
    """Whether the records go on well after the session's end (its start plus its elapsed time)."""
    elapsed = _value(session, "total_elapsed_time", "total_timer_time")
    if records.latest is None or records.earliest is None or not isinstance(elapsed, int | float):
        return False
    beyond = (records.latest - (start + dt.timedelta(seconds=float(elapsed)))).total_seconds()
    # Records more than twice the session's length are damaged times, not a last stretch.
    return max(INCOMPLETE_SESSION_S, INCOMPLETE_SESSION_SHARE * float(elapsed)) < beyond < float(elapsed)


def _records_to_run(name: str, records: _Records, clock: _Clock) -> Run:
    if records.timed < 2 or records.earliest is None or records.latest is None:
        raise file_error(name, _tr("the file has no session and too few records to make a run"))
    distance = records.furthest if records.furthest is not None else track_length_m(records.points())
    return make_run(
        start=clock.aware(name, records.earliest),
        duration_s=(records.latest - records.earliest).total_seconds(),
        distance_km=distance / 1000.0,
        elevation_gain_m=elevation_gain_m(records.altitudes),
        source="fit",
        source_file=name,
    )


def is_fit(head: bytes) -> bool:
    """A FIT file's header: its size (12 or 14), then ".FIT" at bytes 8 to 11."""
    return len(head) >= 12 and head[8:12] == b".FIT"


FORMAT: Final = Format(
    key="fit",
    kind="FIT",
    description=lambda: _tr("a FIT activity file"),
    source=RunSource("fit", "FIT file", recorded=True, device_totals=True),
    suffixes=(".fit",),
    read=lambda name, stream, _options: read_fit(name, stream),
    sniff=is_fit,
)


ACTIVITY_MESSAGE: Final = 34
_TIMESTAMP_FIELD: Final = 253
_LOCAL_TIMESTAMP_FIELD: Final = 5
_INVALID_TIME: Final = 0xFFFFFFFF
# What follows a definition message's header byte when it defines the activity message: a reserved zero, the
# architecture (0 little-endian, 1 big-endian) and the message number in that byte order.
_ACTIVITY_DEFINED: Final = (b"\x00\x00\x22\x00", b"\x00\x01\x00\x22")
# How many of the last places that look like such a definition are tried before walking the whole file.
_TAIL_TRIES: Final = 4


class _NotMessages(Exception):
    """The bytes walked from a place in the file are not a run of messages that ends where the file's do."""


def wall_clock_offset(data: bytes) -> dt.timedelta | None:
    """The offset of the wall clock from UTC that a FIT activity records (its activity message's local time
    less its UTC time), found by walking the messages and decoding only that one: a small part of the work of
    reading the file. None when the file does not record it or is not a FIT file this walk can follow.

    Watches write the activity message at the end, so the walk first starts at the last definitions of it
    (found as bytes) and counts only when every message it meets from there is defined on the way and the
    last one ends exactly where the file's messages do: then those bytes are messages. Otherwise (an activity
    message written early, or none) the file is walked from its first message."""
    if not is_fit(data) or data[0] not in (12, 14):
        return None
    end = min(len(data), data[0] + int.from_bytes(data[4:8], "little"))
    for start in _activity_definitions(data, data[0], end):
        try:
            offset = _walk(data, start, end, whole=False)
        except (_NotMessages, KeyError, IndexError, struct.error):
            continue
        if offset is not None:
            return offset
    try:
        return _walk(data, data[0], end, whole=True)
    except (_NotMessages, KeyError, IndexError, struct.error):
        return None


def _activity_definitions(data: bytes, start: int, end: int) -> Iterator[int]:
    """The last few places in data[start:end] that read as a definition of the activity message, last first,
    each searched for only when the one after it was not the real definition."""
    found = {pattern: data.rfind(pattern, start + 1, end) for pattern in _ACTIVITY_DEFINED}
    tries = 0
    while tries < _TAIL_TRIES:
        pattern, at = max(found.items(), key=lambda item: item[1])
        if at < 0:
            return
        if data[at - 1] & 0xD0 == 0x40:  # a definition header: bit 6 set, bits 7 and 4 clear
            tries += 1
            yield at - 1
        found[pattern] = data.rfind(pattern, start + 1, at + len(pattern) - 1)


def _walk(data: bytes, position: int, end: int, *, whole: bool) -> dt.timedelta | None:
    """The offset of the last activity message between `position` and `end` that records one. Walking from
    the file's first message (`whole`), the messages may end past `end` (as fitdecode allows); from a place
    found as bytes, they must end exactly there."""
    layouts: dict[int, tuple[int, str, int, dict[int, tuple[int, int]]]] = {}
    offset: dt.timedelta | None = None
    while position < end:
        header = data[position]
        position += 1
        if header & 0x80:  # compressed timestamp header: a data message of local type 0-3
            local = (header >> 5) & 0x3
        elif header & 0x40:  # definition message: (number, size) of each field, 3 bytes a field
            architecture = data[position + 1]
            if architecture > 1:
                raise _NotMessages
            endian = ">" if architecture else "<"
            number = int.from_bytes(data[position + 2 : position + 4], "big" if architecture else "little")
            count = data[position + 4]
            position += 5
            block = data[position : position + 3 * count]
            if len(block) != 3 * count:
                raise _NotMessages
            size = sum(block[1::3])
            fields: dict[int, tuple[int, int]] = {}
            if number == ACTIVITY_MESSAGE:
                start = 0
                for field_number, field_size in zip(block[0::3], block[1::3], strict=True):
                    fields[field_number] = (start, field_size)
                    start += field_size
            position += 3 * count
            if header & 0x20:  # developer fields follow
                developer = data[position]
                size += sum(data[position + 1 : position + 1 + 3 * developer][1::3])
                position += 1 + 3 * developer
            layouts[header & 0x0F] = (number, endian, size, fields)
            continue
        else:
            local = header & 0x0F
        number, endian, size, fields = layouts[local]
        if number == ACTIVITY_MESSAGE:
            offset = _activity_offset(data, position, endian, fields) or offset
        position += size
    if position != end and not whole:
        raise _NotMessages
    return offset


def _activity_offset(
    data: bytes, position: int, endian: str, fields: dict[int, tuple[int, int]]
) -> dt.timedelta | None:
    stamps = []
    for field_number in (_TIMESTAMP_FIELD, _LOCAL_TIMESTAMP_FIELD):
        start, size = fields.get(field_number, (0, 0))
        if size != 4:
            return None
        stamps.append(struct.unpack_from(f"{endian}I", data, position + start)[0])
    utc, local = stamps
    if _INVALID_TIME in stamps or min(stamps) < 0x10000000:
        return None
    return _utc_offset(dt.timedelta(seconds=local - utc))
