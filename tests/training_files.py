"""Small run files the tests generate themselves: GPX, TCX, FIT, Strava and Garmin CSV."""

from __future__ import annotations

import datetime as dt
import struct
from collections.abc import Sequence

from calfdesk.domain.track import track_length_m

START = dt.datetime(2026, 3, 2, 7, 0, tzinfo=dt.UTC)
# Points 0.009 degrees of latitude apart on one meridian: about 1000.8 m each.
LAT_STEP = 0.009


def line_points(count: int, lat0: float = 52.0, lon: float = 4.0) -> list[tuple[float, float]]:
    return [(lat0 + index * LAT_STEP, lon) for index in range(count)]


def line_length_km(count: int) -> float:
    return track_length_m(line_points(count)) / 1000.0


def gpx_text(
    *,
    points: int = 6,
    start: dt.datetime = START,
    step_s: int = 300,
    activity_type: str | None = "running",
    name: str = "Morning Run",
    elevations: Sequence[float] | None = None,
    with_times: bool = True,
) -> str:
    rows = []
    for index, (lat, lon) in enumerate(line_points(points)):
        ele = f"<ele>{elevations[index]}</ele>" if elevations is not None else "<ele>10.0</ele>"
        moment = (start + dt.timedelta(seconds=step_s * index)).strftime("%Y-%m-%dT%H:%M:%SZ")
        time = f"<time>{moment}</time>" if with_times else ""
        rows.append(f'<trkpt lat="{lat:.6f}" lon="{lon:.6f}">{ele}{time}</trkpt>')
    kind = f"<type>{activity_type}</type>" if activity_type else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx version="1.1" creator="calfdesk tests" xmlns="http://www.topografix.com/GPX/1/1">\n'
        f"<trk><name>{name}</name>{kind}<trkseg>\n" + "\n".join(rows) + "\n</trkseg></trk></gpx>\n"
    )


def tcx_text(
    *,
    start: dt.datetime = START,
    sport: str = "Running",
    lap_seconds: float = 1500.0,
    lap_metres: float | None = 5000.0,
    points: int = 6,
    point_distances: bool = True,
) -> str:
    stamp = start.strftime("%Y-%m-%dT%H:%M:%SZ")
    trackpoints = []
    for index, (lat, lon) in enumerate(line_points(points)):
        moment = (start + dt.timedelta(seconds=300 * index)).strftime("%Y-%m-%dT%H:%M:%SZ")
        distance = f"<DistanceMeters>{index * 1000.0}</DistanceMeters>" if point_distances else ""
        trackpoints.append(
            f"<Trackpoint><Time>{moment}</Time><Position><LatitudeDegrees>{lat}</LatitudeDegrees>"
            f"<LongitudeDegrees>{lon}</LongitudeDegrees></Position><AltitudeMeters>{10 + index * 5}</AltitudeMeters>"
            f"{distance}</Trackpoint>"
        )
    lap_distance = f"<DistanceMeters>{lap_metres}</DistanceMeters>" if lap_metres is not None else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">\n'
        f'<Activities><Activity Sport="{sport}"><Id>{stamp}</Id>\n'
        f'<Lap StartTime="{stamp}"><TotalTimeSeconds>{lap_seconds}</TotalTimeSeconds>{lap_distance}\n'
        "<Track>" + "".join(trackpoints) + "</Track></Lap></Activity></Activities>\n"
        "</TrainingCenterDatabase>\n"
    )


# FIT ---------------------------------------------------------------------------------------------------

FIT_EPOCH = dt.datetime(1989, 12, 31, tzinfo=dt.UTC)
_CRC_TABLE = (
    0x0000, 0xCC01, 0xD801, 0x1400, 0xF001, 0x3C00, 0x2800, 0xE401,
    0xA001, 0x6C00, 0x7800, 0xB401, 0x5000, 0x9C01, 0x8801, 0x4400,
)  # fmt: skip
_BASE = {"enum": (0x00, "B"), "uint8": (0x02, "B"), "uint16": (0x84, "H"), "uint32": (0x86, "I"), "sint32": (0x85, "i")}
SPORTS = {"running": 1, "cycling": 2}
SUB_SPORTS = {"generic": 0, "treadmill": 1, "trail": 3}


def fit_crc(data: bytes, crc: int = 0) -> int:
    for byte in data:
        for nibble in (byte & 0xF, (byte >> 4) & 0xF):
            low = _CRC_TABLE[crc & 0xF]
            crc = (crc >> 4) & 0x0FFF
            crc = crc ^ low ^ _CRC_TABLE[nibble]
    return crc


def _fit_time(moment: dt.datetime) -> int:
    return int((moment - FIT_EPOCH).total_seconds())


class _FitWriter:
    def __init__(self) -> None:
        self.body = bytearray()
        self.local = 0

    def message(self, global_number: int, fields: Sequence[tuple[int, str, int]]) -> None:
        """One definition and one data message (field number, base type, raw value)."""
        local = self.local
        self.local = (self.local + 1) % 16
        self.body += struct.pack("<BBBHB", 0x40 | local, 0, 0, global_number, len(fields))
        for number, kind, _ in fields:
            base, code = _BASE[kind]
            self.body += struct.pack("<BBB", number, struct.calcsize(code), base)
        self.body += struct.pack("<B", local)
        for _, kind, value in fields:
            self.body += struct.pack("<" + _BASE[kind][1], value)

    def finish(self) -> bytes:
        header = struct.pack("<BBHI4s", 14, 0x20, 2100, len(self.body), b".FIT")
        header += struct.pack("<H", fit_crc(header))
        data = header + bytes(self.body)
        return data + struct.pack("<H", fit_crc(data))


def fit_bytes(
    *,
    start: dt.datetime = START,
    distance_m: float = 5000.0,
    timer_s: float = 1500.0,
    ascent_m: int | None = 42,
    sport: str = "running",
    sub_sport: str = "generic",
    records: int = 6,
    with_session: bool = True,
    local_offset_min: int = 60,
) -> bytes:
    writer = _FitWriter()
    begin = _fit_time(start)
    writer.message(0, [(0, "enum", 4), (1, "uint16", 1), (4, "uint32", begin)])
    for index, (lat, lon) in enumerate(line_points(records)):
        writer.message(
            20,
            [
                (253, "uint32", begin + 300 * index),
                (0, "sint32", round(lat * 2**31 / 180)),
                (1, "sint32", round(lon * 2**31 / 180)),
                (5, "uint32", round(index * distance_m / max(1, records - 1) * 100)),
                (2, "uint16", round((20 + index * 3 + 500) * 5)),
            ],
        )
    end = begin + int(timer_s)
    if with_session:
        fields = [
            (253, "uint32", end),
            (2, "uint32", begin),
            (7, "uint32", round(timer_s * 1000)),
            (8, "uint32", round(timer_s * 1000)),
            (9, "uint32", round(distance_m * 100)),
            (5, "enum", SPORTS[sport]),
            (6, "enum", SUB_SPORTS[sub_sport]),
        ]
        if ascent_m is not None:
            fields.append((22, "uint16", ascent_m))
        writer.message(18, fields)
        writer.message(34, [(253, "uint32", end), (5, "uint32", end + local_offset_min * 60), (1, "uint16", 1)])
    else:
        writer.message(12, [(0, "enum", SPORTS[sport]), (1, "enum", SUB_SPORTS[sub_sport])])
    return writer.finish()


# CSV exports --------------------------------------------------------------------------------------------

STRAVA_99_HEADER = (
    "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,"
    "Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,"
    "Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain,Elevation Loss,"
    "Elevation Low,Elevation High,Max Grade,Average Grade"
)
STRAVA_HTML_HEADER = STRAVA_99_HEADER + (
    ',"<span class=""translation_missing"" title=""translation missing: en-US.lib.export.portability_exporter'
    '.activities.horton_values.start_time"">Start Time</span>"'
)


def strava_row(
    activity_id: int,
    date: str,
    activity_type: str,
    km: str,
    metres: str,
    *,
    moving: str = "1800.0",
    gain: str = "55.5",
    gear: str = "",
    name: str = "Morning Run",
    extra: bool = False,
) -> str:
    cells = [
        str(activity_id), f'"{date}"', name, activity_type, "", "1900", km, "", "", "false", "", gear,
        f"activities/{activity_id}.gpx", "", "", "1900.0", moving, metres, "", "", gain, "", "-4.5",
        "12.0", "", "-4.503085438045673e-05",
    ]  # fmt: skip
    if extra:
        cells.append("")
    return ",".join(cells)


def strava_csv(rows: Sequence[str], *, html_headers: bool = False) -> bytes:
    header = STRAVA_HTML_HEADER if html_headers else STRAVA_99_HEADER
    return ("\n".join([header, *rows]) + "\n").encode("utf-8")


GARMIN_HEADER = (
    "Activity Type,Date,Favorite,Title,Distance,Calories,Time,Avg HR,Max HR,Total Ascent,Total Descent,"
    "Steps,Min Elevation,Moving Time,Elapsed Time"
)


def garmin_row(
    activity_type: str, date: str, distance: str, time: str, ascent: str, *, steps: str = "2.932", title: str = "Run"
) -> str:
    cells = [activity_type, date, "false", title, distance, "255", time, "150", "170", ascent, ascent, steps, "--"]
    cells += [time, time]
    return ",".join(f'"{cell}"' if index > 2 else cell for index, cell in enumerate(cells))


def garmin_csv(rows: Sequence[str]) -> bytes:
    return ("\r\n".join([GARMIN_HEADER, *rows]) + "\r\n").encode("utf-8")
