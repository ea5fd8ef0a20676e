"""Export archives the tests build themselves, in the shapes the services hand out.

- Strava's bulk export: `activities.csv` (the real 99-column header) and `activities/<id>.gpx|.fit.gz|.tcx.gz`.
- Garmin Connect's export: `DI_CONNECT/DI-Connect-Fitness/<user>_0_summarizedActivities.json`
  (`[{"summarizedActivitiesExport": [...]}]`, distance in centimetres, durations in milliseconds, start
  times in epoch milliseconds), `<user>_gear.json`, and `DI_CONNECT/DI-Connect-Uploaded-Files/
  UploadedFiles_0-_Part1.zip` holding FIT files.
- Apple Health's export: `apple_health_export/export.xml` with its internal DTD and
  `apple_health_export/workout-routes/route_*.gpx`.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from benchmarks.apple_health_data import DTD
from tests.training_files import STRAVA_99_HEADER, strava_row


def zip_bytes(members: dict[str, bytes], *, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


# Strava ------------------------------------------------------------------------------------------------


@dataclass
class StravaActivity:
    activity_id: int
    date: str  # as Strava writes it, UTC: "Mar 2, 2026, 7:00:00 AM"
    activity_type: str
    km: float
    moving_s: float = 1800.0
    gain: str = "55.5"
    gear: str = ""
    file_name: str = ""
    file_data: bytes = b""


def strava_export(activities: Sequence[StravaActivity], *, gzip_files: bool = True) -> bytes:
    rows = []
    members: dict[str, bytes] = {}
    for item in activities:
        row = strava_row(
            item.activity_id,
            item.date,
            item.activity_type,
            f"{item.km:.2f}",
            f"{item.km * 1000:.1f}",
            moving=f"{item.moving_s:.1f}",
            gain=item.gain,
            gear=item.gear,
        )
        cells = next(csv.reader([row]))
        if item.file_name:
            stored = f"activities/{item.file_name}" + (".gz" if gzip_files else "")
            cells[12] = stored
            members[stored] = gzip.compress(item.file_data) if gzip_files else item.file_data
        else:
            cells[12] = ""
        line = io.StringIO()
        csv.writer(line, lineterminator="").writerow(cells)
        rows.append(line.getvalue())
    csv_text = "\n".join([STRAVA_99_HEADER, *rows]) + "\n"
    return zip_bytes({"activities.csv": csv_text.encode(), **members, "media/photo.jpg": b"\xff\xd8\xff\xe0photo"})


# Garmin ------------------------------------------------------------------------------------------------


def epoch_ms(moment: dt.datetime) -> int:
    return round(moment.timestamp() * 1000)


@dataclass
class GarminActivity:
    activity_id: int
    start: dt.datetime  # aware
    km: float
    seconds: float
    activity_type: str = "running"
    climb_m: float | None = 42.0
    name: str = "Morning Run"
    extra: dict[str, Any] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        offset = self.start.utcoffset() or dt.timedelta()
        data: dict[str, Any] = {
            "activityId": self.activity_id,
            "name": self.name,
            "activityType": self.activity_type,
            "sportType": "RUNNING" if "run" in self.activity_type else "GENERIC",
            "startTimeGmt": epoch_ms(self.start),
            "startTimeLocal": epoch_ms(self.start) + round(offset.total_seconds() * 1000),
            "beginTimestamp": epoch_ms(self.start),
            "duration": self.seconds * 1000.0,
            "elapsedDuration": self.seconds * 1000.0 + 30_000,
            "movingDuration": self.seconds * 1000.0 - 10_000,
            "distance": self.km * 100_000.0,
            "avgSpeed": self.km * 1000 / self.seconds / 10,
            "calories": 400.0,
        }
        if self.climb_m is not None:
            data["elevationGain"] = self.climb_m * 100.0
        data.update(self.extra)
        return data


def garmin_export(
    activities: Sequence[GarminActivity],
    *,
    gear: dict[str, list[int]] | None = None,
    fit_files: dict[str, bytes] | None = None,
    user: str = "runner@example.org",
) -> bytes:
    fitness = "DI_CONNECT/DI-Connect-Fitness/"
    members = {
        f"{fitness}{user}_0_summarizedActivities.json": json.dumps(
            [{"summarizedActivitiesExport": [item.summary() for item in activities]}]
        ).encode(),
        "DI_CONNECT/DI-Connect-User/user_profile.json": b'{"firstName": "Sam"}',
        "DI_CONNECT/DI-Connect-Wellness/2026-03-01_2026-06-01_123_sleepData.json": b"[]",
    }
    if gear is not None:
        dtos = [
            {"gearPk": 1000 + index, "customMakeModel": name, "displayName": name.upper(), "gearStatusName": "active"}
            for index, name in enumerate(gear)
        ]
        links = {
            str(1000 + index): [{"activityId": activity} for activity in ids] for index, ids in enumerate(gear.values())
        }
        members[f"{fitness}{user}_gear.json"] = json.dumps([{"gearDTOS": dtos, "gearActivityDTOs": links}]).encode()
    if fit_files:
        members["DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip"] = zip_bytes(fit_files)
    return zip_bytes(members)


# Apple Health ------------------------------------------------------------------------------------------


def health_stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S %z")


def health_workout(
    start: dt.datetime,
    minutes: float,
    *,
    km: float | None = None,
    unit: str = "km",
    older: bool = True,
    kind: str = "HKWorkoutActivityTypeRunning",
    route: str = "",
    ascended: str = "",
) -> str:
    end = start + dt.timedelta(minutes=minutes)
    distance = f'totalDistance="{km}" totalDistanceUnit="{unit}" ' if older and km is not None else ""
    children = ['  <MetadataEntry key="HKIndoorWorkout" value="0"/>']
    if ascended:
        children.append(f'  <MetadataEntry key="HKElevationAscended" value="{ascended}"/>')
    if not older and km is not None:
        children.append(
            f'  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" '
            f'startDate="{health_stamp(start)}" endDate="{health_stamp(end)}" sum="{km}" unit="{unit}"/>'
        )
    if route:
        children.append(
            f'  <WorkoutRoute sourceName="Apple Watch" startDate="{health_stamp(start)}" endDate="{health_stamp(end)}">'
            f'<FileReference path="/workout-routes/{route}"/></WorkoutRoute>'
        )
    return (
        f' <Workout workoutActivityType="{kind}" duration="{minutes}" durationUnit="min" {distance}'
        f'sourceName="Apple Watch" creationDate="{health_stamp(end)}" startDate="{health_stamp(start)}" '
        f'endDate="{health_stamp(end)}">\n' + "\n".join(children) + "\n </Workout>\n"
    )


def health_xml(workouts: Sequence[str], *, with_dtd: bool = True) -> bytes:
    record = (
        ' <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Apple Watch" unit="count/min" '
        'device="&lt;&lt;HKDevice: 0x1&gt;, name:Apple Watch&gt;" creationDate="2026-03-01 08:00:00 +0100" '
        'startDate="2026-03-01 08:00:00 +0100" endDate="2026-03-01 08:00:00 +0100" value="61">\n'
        '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>\n </Record>\n'
    )
    head = DTD if with_dtd else '<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_US">\n'
    return (head + record + "".join(workouts) + record + "</HealthData>\n").encode()


def health_export(xml: bytes, routes: dict[str, bytes] | None = None) -> bytes:
    members = {"apple_health_export/export.xml": xml, "apple_health_export/export_cda.xml": b"<ClinicalDocument/>"}
    for name, data in (routes or {}).items():
        members[f"apple_health_export/workout-routes/{name}"] = data
    return zip_bytes(members)
