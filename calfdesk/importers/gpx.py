"""GPX tracks (gpxpy). GPX has no distance field, so distance and climb come from the points."""

from __future__ import annotations

import datetime as dt
from typing import Any

from calfdesk.domain.track import elevation_gain_m, track_length_m
from calfdesk.domain.training import is_running_type, make_run
from calfdesk.errors import InvalidInput
from calfdesk.importers.common import ImportedFile, file_error, local_offset, safe_xml_text


def read_gpx(name: str, data: bytes) -> ImportedFile:
    """Each track with times is one run; a track whose type names another sport is skipped."""
    import gpxpy
    import gpxpy.gpx

    text = safe_xml_text(name, data)
    try:
        document = gpxpy.parse(text)
    except gpxpy.gpx.GPXException as error:
        raise file_error(name, f"not a valid GPX file ({_first_line(error)})") from None
    except (ValueError, TypeError, AttributeError) as error:
        raise file_error(name, f"not a valid GPX file ({_first_line(error)})") from None
    result = ImportedFile(name, "gpx")
    if not document.tracks:
        raise file_error(name, "the file has no track; a route or a list of waypoints is not a recorded run")
    for number, track in enumerate(document.tracks, start=1):
        activity_type = (track.type or "").strip()
        if activity_type and not is_running_type(activity_type):
            result.skipped[activity_type] += 1
            continue
        result.runs.append(_track_to_run(name, number, track, document))
    return result


def _first_line(error: BaseException) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:200]


def _utc(moment: dt.datetime) -> dt.datetime:
    """GPX times are UTC; one written without a zone must still compare with the others."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def _track_to_run(name: str, number: int, track: Any, document: Any) -> Any:
    times: list[dt.datetime] = []
    duration = 0.0
    distance_m = 0.0
    altitudes: list[float] = []
    for segment in track.segments:
        stamps = [_utc(point.time) for point in segment.points if point.time is not None]
        if len(stamps) >= 2:
            duration += (max(stamps) - min(stamps)).total_seconds()
        times.extend(stamps)
        distance_m += track_length_m((point.latitude, point.longitude) for point in segment.points)
        altitudes.extend(point.elevation for point in segment.points if point.elevation is not None)
    label = f"track {number}" if number > 1 else "the track"
    if not times:
        raise file_error(name, f"{label} has no times; a planned route is not a recorded run")
    start = min(times)
    if start.tzinfo is None:
        start = start.replace(tzinfo=dt.UTC)
    try:
        return make_run(
            start=local_offset(start),
            duration_s=duration,
            distance_km=distance_m / 1000.0,
            elevation_gain_m=elevation_gain_m(altitudes),
            source="gpx",
            title=track.name or document.name or "",
            source_file=name,
        )
    except InvalidInput as error:
        raise file_error(name, f"{label}: {error}") from None
