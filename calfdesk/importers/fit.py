"""Garmin FIT activity files (fitdecode). The session totals are the file's own figures; records are the
fallback when a device wrote no session (for example a file cut short)."""

from __future__ import annotations

import datetime as dt
import struct
from array import array
from dataclasses import dataclass, field
from typing import IO, Any, Final

from calfdesk.domain.plausibility import Movement, fastest_sustained_kmh
from calfdesk.domain.runs import Run, is_running_type, make_run
from calfdesk.domain.track import elevation_gain_m, track_length_m
from calfdesk.errors import InvalidInput
from calfdesk.importers.common import MAX_UTC_OFFSET, ImportedFile, file_error, local_offset

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


def read_fit(name: str, stream: IO[bytes]) -> ImportedFile:
    """Each running session is one run; sessions of other sports are skipped."""
    import fitdecode

    sessions: list[Any] = []
    records = _Records()
    sport: tuple[Any, Any] | None = None
    offset: dt.timedelta | None = None
    saw_file_id = False
    try:
        with fitdecode.FitReader(
            stream,
            check_crc=fitdecode.CrcCheck.RAISE,
            error_handling=fitdecode.ErrorHandling.RAISE,
        ) as reader:
            for frame in reader:
                if frame.frame_type != fitdecode.FIT_FRAME_DATA:
                    continue
                if frame.name == "file_id":
                    saw_file_id = True
                    kind = _value(frame, "type")
                    if kind is not None and kind != "activity":
                        raise file_error(name, f"this FIT file holds '{kind}', not a recorded activity")
                elif frame.name == "session":
                    sessions.append(frame)
                elif frame.name == "sport" and sport is None:
                    sport = (_value(frame, "sport"), _value(frame, "sub_sport"))
                elif frame.name == "activity":
                    stamp, local = _value(frame, "timestamp"), _value(frame, "local_timestamp")
                    if isinstance(stamp, dt.datetime) and isinstance(local, dt.datetime):
                        offset = _utc_offset(local.replace(tzinfo=None) - stamp.replace(tzinfo=None))
                elif frame.name == "record":
                    _add_record(records, frame)
    except fitdecode.FitHeaderError:
        raise file_error(name, "not a FIT file (its header is not a FIT header)") from None
    except fitdecode.FitEOFError:
        raise file_error(name, "the FIT file is truncated (it ends in the middle of a message)") from None
    except fitdecode.FitCRCError:
        raise file_error(name, "the FIT file is damaged (checksum mismatch)") from None
    except (fitdecode.FitError, ValueError, TypeError, KeyError, IndexError, struct.error) as error:
        raise file_error(name, f"the FIT file cannot be read ({error})") from None
    except AssertionError:
        # fitdecode checks record lengths with assert statements; a malformed length trips one.
        raise file_error(name, "the FIT file is damaged (a message does not fit in the file)") from None
    if not saw_file_id:
        raise file_error(name, "not a FIT activity file (no file_id message)")
    result = ImportedFile(name, "fit")
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
                result.runs.append(_session_to_run(name, session, records, offset, len(sessions) == 1))
        else:
            label = _sport_label(*sport) if sport else ""
            if label and not is_running_type(label):
                result.skipped[label] += 1
            else:
                if not label:
                    result.undeclared[len(result.runs)] = Movement(_sustained_kmh(records))
                result.runs.append(_records_to_run(name, records, offset))
    except InvalidInput as error:
        if error.field == name:
            raise
        raise file_error(name, str(error)) from None
    return result


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
    stamp = _value(frame, "timestamp")
    if isinstance(stamp, dt.datetime):
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


def _aware(moment: dt.datetime, offset: dt.timedelta | None) -> dt.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return local_offset(moment, None if offset is None else dt.timezone(offset))


def _session_to_run(name: str, session: Any, records: _Records, offset: dt.timedelta | None, only_session: bool) -> Run:
    start = _value(session, "start_time")
    if not isinstance(start, dt.datetime):
        raise file_error(name, "a session has no start time")
    duration = _value(session, "total_timer_time", "total_elapsed_time")
    distance = _value(session, "total_distance")
    ascent = _value(session, "total_ascent")
    if distance is None and only_session:
        distance = records.furthest if records.furthest is not None else track_length_m(records.points())
    if ascent is None and only_session:
        ascent = elevation_gain_m(records.altitudes)
    return make_run(
        start=_aware(start, offset),
        duration_s=float(duration or 0.0),
        distance_km=float(distance or 0.0) / 1000.0,
        elevation_gain_m=None if ascent is None else float(ascent),
        source="fit",
        source_file=name,
    )


def _records_to_run(name: str, records: _Records, offset: dt.timedelta | None) -> Run:
    if records.timed < 2 or records.earliest is None or records.latest is None:
        raise file_error(name, "the file has no session and too few records to make a run")
    distance = records.furthest if records.furthest is not None else track_length_m(records.points())
    return make_run(
        start=_aware(records.earliest, offset),
        duration_s=(records.latest - records.earliest).total_seconds(),
        distance_km=distance / 1000.0,
        elevation_gain_m=elevation_gain_m(records.altitudes),
        source="fit",
        source_file=name,
    )
