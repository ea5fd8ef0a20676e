"""Polar's HRM files (Polar Precision Performance and ProTrainer, from S-series and RS watches).

An HRM is text in sections. Read from it: `[Params]` `Date` (yyyymmdd) and `StartTime` on the runner's wall
clock, `Length` the duration, `SMode` (its first flag says whether speed was recorded, its eighth whether
units are imperial), `Interval` seconds between samples; `[Trip]` line 1 the distance (tenths of a km or a
mile) and line 2 the climb (m or ft); `[HRData]` each sample's speed (tenths of a km/h or mph, second column
when speed is recorded), for the fastest minute. HRM names no sport, so each file is judged by how it moves.
Not read: heart rate, laps, zones. The track ProTrainer saves beside it (the `.gpx` of the same name) is
read as any GPX, and merges with the HRM's run as the same run from another source.
"""

from __future__ import annotations

import datetime as dt
from typing import IO, Final

from calfdesk.domain.plausibility import Movement
from calfdesk.domain.runs import make_run
from calfdesk.domain.sources import RunSource
from calfdesk.domain.units import KM_PER_MILE
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.common import ImportedFile, LeftOut, as_aware_local, decode_text, file_error
from calfdesk.importers.format import FileOptions, Format

_tr = Texts(__name__)

MAX_HRM_BYTES: Final = 16 * 1024 * 1024
METRES_PER_FOOT: Final = 0.3048
SUSTAINED_WINDOW_S: Final = 60.0


def _sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].casefold(), [])
        elif current is not None and line:
            current.append(line)
    return sections


def _duration(text: str) -> float:
    hours, minutes, seconds = text.split(":")
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)


def read_hrm(name: str, stream: IO[bytes], _options: FileOptions | None = None) -> ImportedFile:
    data = stream.read(MAX_HRM_BYTES + 1)
    if len(data) > MAX_HRM_BYTES:
        raise file_error(name, _tr("an HRM file larger than 16 MB is not one a watch wrote"))
    sections = _sections(decode_text(name, data))
    params = dict(line.split("=", 1) for line in sections.get("params", []) if "=" in line)
    result = ImportedFile(name, "polar_hrm")
    try:
        smode = params.get("SMode", "")
        has_speed = smode[:1] == "1"
        imperial = len(smode) >= 8 and smode[7] == "1"
        trip = sections.get("trip", [])
        tenths = float(trip[0]) if trip else 0.0
        if not has_speed or tenths <= 0:
            result.skipped[LeftOut.NO_DISTANCE] += 1
            return result
        day, clock = params["Date"], params["StartTime"].split(".")[0]
        start = dt.datetime.strptime(f"{day} {clock}", "%Y%m%d %H:%M:%S")
        climb = float(trip[1]) if len(trip) > 1 else None
        run = make_run(
            start=as_aware_local(start),
            duration_s=_duration(params["Length"]),
            distance_km=tenths / 10 * (KM_PER_MILE if imperial else 1.0),
            elevation_gain_m=None if climb is None else climb * (METRES_PER_FOOT if imperial else 1.0),
            source="polar_hrm",
            source_file=name,
        )
        interval = float(params.get("Interval", "0"))
        speeds = [float(line.split()[1]) / 10 for line in sections.get("hrdata", []) if len(line.split()) > 1]
        factor = KM_PER_MILE if imperial else 1.0
    except (KeyError, ValueError, IndexError, InvalidInput) as error:
        raise file_error(name, _tr("not a readable HRM file ({problem})").format(problem=error)) from None
    result.undeclared[0] = Movement(_fastest_minute(speeds, interval, factor))
    result.runs.append(run)
    return result


def _fastest_minute(speeds: list[float], interval: float, factor: float) -> float | None:
    """The fastest average speed over a minute of samples taken every `interval` seconds (1-60 s)."""
    if not 1 <= interval <= SUSTAINED_WINDOW_S:
        return None
    window = max(1, round(SUSTAINED_WINDOW_S / interval))
    if len(speeds) < window:
        return None
    total = sum(speeds[:window])
    fastest = total
    for index in range(window, len(speeds)):
        total += speeds[index] - speeds[index - window]
        fastest = max(fastest, total)
    return fastest / window * factor


def _is_hrm(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"[Params]")


FORMAT: Final = Format(
    key="polar_hrm",
    kind="HRM",
    description=lambda: _tr("a Polar HRM file"),
    source=RunSource("polar_hrm", "Polar HRM file", recorded=True),
    suffixes=(".hrm",),
    read=read_hrm,
    sniff=_is_hrm,
)
