"""A seeded Apple Health export.xml of any size, shaped like the real ones.

The file opens with the internal DTD real exports carry, then `ExportDate`, `Me`, and a mix of `Record`
elements (heart rate with metadata, steps, walking and running distance, energy), `Workout` elements of
several kinds (running among them, half of them in the older `totalDistance` shape and half in the newer
`WorkoutStatistics` shape, some with a `WorkoutRoute`) and `ActivitySummary` elements, in time order.

`python -m benchmarks.apple_health_data OUT.xml MEGABYTES RUNS` writes one; it prints the number of running
workouts and their total distance in km.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

SEED = 2025
RECORD_TYPES = (
    ("HKQuantityTypeIdentifierHeartRate", "count/min", 50.0, 170.0),
    ("HKQuantityTypeIdentifierStepCount", "count", 10.0, 900.0),
    ("HKQuantityTypeIdentifierDistanceWalkingRunning", "km", 0.01, 0.6),
    ("HKQuantityTypeIdentifierActiveEnergyBurned", "kcal", 0.1, 12.0),
    ("HKQuantityTypeIdentifierBasalEnergyBurned", "kcal", 0.5, 2.0),
)
OTHER_WORKOUTS = (
    "HKWorkoutActivityTypeWalking",
    "HKWorkoutActivityTypeCycling",
    "HKWorkoutActivityTypeTraditionalStrengthTraining",
    "HKWorkoutActivityTypeYoga",
)
WATCH = (
    "&lt;&lt;HKDevice: 0x283c1e4e0&gt;, name:Apple Watch, manufacturer:Apple Inc., model:Watch, "
    "hardware:Watch6,2, software:10.4&gt;"
)


def _attlist(element: str, *attributes: tuple[str, str]) -> str:
    """An ATTLIST declaration laid out as Apple writes them: names in a column, then CDATA and the rule."""
    width = max(len(name) for name, _rule in attributes)
    lines = "".join(f"  {name.ljust(width)} CDATA {rule}\n" for name, rule in attributes)
    return f"<!ATTLIST {element}\n{lines}>\n"


def _required(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, "#REQUIRED") for name in names)


def _implied(*names: str) -> tuple[tuple[str, str], ...]:
    return tuple((name, "#IMPLIED") for name in names)


# Where and when a sample was taken: every Record, Workout and WorkoutRoute carries these.
_SAMPLE_SOURCE = (
    *_required("sourceName"),
    *_implied("sourceVersion", "device", "creationDate"),
    *_required("startDate", "endDate"),
)
_ME = (
    "HKCharacteristicTypeIdentifierDateOfBirth",
    "HKCharacteristicTypeIdentifierBiologicalSex",
    "HKCharacteristicTypeIdentifierBloodType",
    "HKCharacteristicTypeIdentifierFitzpatrickSkinType",
)
_WORKOUT_TOTALS = (
    "duration",
    "durationUnit",
    "totalDistance",
    "totalDistanceUnit",
    "totalEnergyBurned",
    "totalEnergyBurnedUnit",
)
_SUMMARY_FIELDS = (
    "dateComponents",
    "activeEnergyBurned",
    "activeEnergyBurnedGoal",
    "activeEnergyBurnedUnit",
    "appleExerciseTime",
    "appleExerciseTimeGoal",
    "appleStandHours",
    "appleStandHoursGoal",
)

# The internal DTD of a real export, declaration by declaration.
DTD = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    "<!DOCTYPE HealthData [\n"
    "<!-- HealthKit Export Version: 14 -->\n"
    "<!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary|ClinicalRecord|Audiogram)*)>\n"
    + _attlist("HealthData", *_required("locale"))
    + "<!ELEMENT ExportDate EMPTY>\n"
    + _attlist("ExportDate", *_required("value"))
    + "<!ELEMENT Me EMPTY>\n"
    + _attlist("Me", *_required(*_ME))
    + "<!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>\n"
    + _attlist("Record", *_required("type"), *_implied("unit", "value"), *_SAMPLE_SOURCE)
    + "<!ELEMENT MetadataEntry EMPTY>\n"
    + _attlist("MetadataEntry", *_required("key", "value"))
    + "<!ELEMENT Workout ((MetadataEntry|WorkoutEvent|WorkoutRoute|WorkoutStatistics)*)>\n"
    + _attlist("Workout", *_required("workoutActivityType"), *_implied(*_WORKOUT_TOTALS), *_SAMPLE_SOURCE)
    + "<!ELEMENT WorkoutEvent EMPTY>\n"
    + _attlist("WorkoutEvent", *_required("type", "date"), *_implied("duration", "durationUnit"))
    + "<!ELEMENT WorkoutStatistics EMPTY>\n"
    + _attlist(
        "WorkoutStatistics",
        *_required("type", "startDate", "endDate"),
        *_implied("average", "minimum", "maximum", "sum", "unit"),
    )
    + "<!ELEMENT WorkoutRoute ((MetadataEntry|FileReference)*)>\n"
    + _attlist("WorkoutRoute", *_SAMPLE_SOURCE)
    + "<!ELEMENT FileReference EMPTY>\n"
    + _attlist("FileReference", *_required("path"))
    + "<!ELEMENT ActivitySummary EMPTY>\n"
    + _attlist("ActivitySummary", *_implied(*_SUMMARY_FIELDS))
    + "]>\n"
    '<HealthData locale="en_US">\n'
    ' <ExportDate value="2025-06-01 10:00:00 +0200"/>\n'
    ' <Me HKCharacteristicTypeIdentifierDateOfBirth="1985-04-02" '
    'HKCharacteristicTypeIdentifierBiologicalSex="HKBiologicalSexFemale" '
    'HKCharacteristicTypeIdentifierBloodType="HKBloodTypeNotSet" '
    'HKCharacteristicTypeIdentifierFitzpatrickSkinType="HKFitzpatrickSkinTypeNotSet"/>\n'
)


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S %z")


def record(rng: random.Random, moment: dt.datetime) -> str:
    kind, unit, low, high = RECORD_TYPES[rng.randrange(len(RECORD_TYPES))]
    stamp = _stamp(moment)
    end = _stamp(moment + dt.timedelta(seconds=rng.randrange(5, 600)))
    head = (
        f' <Record type="{kind}" sourceName="Apple Watch" sourceVersion="10.4" device="{WATCH}" unit="{unit}" '
        f'creationDate="{end}" startDate="{stamp}" endDate="{end}" value="{rng.uniform(low, high):.3f}"'
    )
    if kind == "HKQuantityTypeIdentifierHeartRate":
        return head + '>\n  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>\n </Record>\n'
    return head + "/>\n"


def running_workout(rng: random.Random, moment: dt.datetime, number: int) -> tuple[str, float]:
    """One running workout; returns its XML and its distance in km."""
    km = round(rng.uniform(3.0, 21.0), 3)
    minutes = km * rng.uniform(4.6, 6.8)
    start, end = _stamp(moment), _stamp(moment + dt.timedelta(minutes=minutes))
    older = number % 2 == 0
    distance = f'totalDistance="{km}" totalDistanceUnit="km" ' if older else ""
    text = (
        f' <Workout workoutActivityType="HKWorkoutActivityTypeRunning" duration="{minutes:.4f}" durationUnit="min" '
        f'{distance}totalEnergyBurned="{km * 62:.1f}" totalEnergyBurnedUnit="kcal" sourceName="Apple Watch" '
        f'sourceVersion="10.4" device="{WATCH}" creationDate="{end}" startDate="{start}" endDate="{end}">\n'
        '  <MetadataEntry key="HKIndoorWorkout" value="0"/>\n'
        f'  <MetadataEntry key="HKElevationAscended" value="{rng.randrange(0, 30000)} cm"/>\n'
        f'  <WorkoutEvent type="HKWorkoutEventTypeSegment" date="{start}" duration="5" durationUnit="min"/>\n'
        f'  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="{start}" '
        f'endDate="{end}" sum="{km * 62:.1f}" unit="kcal"/>\n'
        f'  <WorkoutStatistics type="HKQuantityTypeIdentifierHeartRate" startDate="{start}" endDate="{end}" '
        'average="151.2" minimum="98" maximum="176" unit="count/min"/>\n'
    )
    if not older:
        text += (
            f'  <WorkoutStatistics type="HKQuantityTypeIdentifierDistanceWalkingRunning" startDate="{start}" '
            f'endDate="{end}" sum="{km}" unit="km"/>\n'
        )
    if number % 3 == 0:
        text += (
            f'  <WorkoutRoute sourceName="Apple Watch" sourceVersion="10.4" creationDate="{end}" '
            f'startDate="{start}" endDate="{end}">\n'
            '   <MetadataEntry key="HKMetadataKeySyncVersion" value="2"/>\n'
            f'   <FileReference path="/workout-routes/route_{moment:%Y-%m-%d_%H.%M}.gpx"/>\n'
            "  </WorkoutRoute>\n"
        )
    return text + " </Workout>\n", km


def other_workout(rng: random.Random, moment: dt.datetime) -> str:
    kind = OTHER_WORKOUTS[rng.randrange(len(OTHER_WORKOUTS))]
    start, end = _stamp(moment), _stamp(moment + dt.timedelta(minutes=40))
    return (
        f' <Workout workoutActivityType="{kind}" duration="40" durationUnit="min" sourceName="Apple Watch" '
        f'creationDate="{end}" startDate="{start}" endDate="{end}">\n'
        f'  <WorkoutStatistics type="HKQuantityTypeIdentifierActiveEnergyBurned" startDate="{start}" '
        f'endDate="{end}" sum="210" unit="kcal"/>\n'
        " </Workout>\n"
    )


def activity_summary(day: dt.date) -> str:
    return (
        f' <ActivitySummary dateComponents="{day}" activeEnergyBurned="512.3" activeEnergyBurnedGoal="500" '
        'activeEnergyBurnedUnit="kcal" appleExerciseTime="41" appleExerciseTimeGoal="30" appleStandHours="11" '
        'appleStandHoursGoal="12"/>\n'
    )


def pieces(megabytes: float, runs: int, seed: int = SEED) -> Iterator[tuple[str, float]]:
    """The file's text in pieces, with the running distance each piece adds."""
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    # Records average 300-400 bytes: spread the workouts evenly over the records that fill the size.
    records = max(1, target // 400)
    workouts = runs + runs // 2
    every = max(1, records // max(1, workouts))
    zone = dt.timezone(dt.timedelta(hours=2))
    moment = dt.datetime(2019, 1, 1, 6, 0, tzinfo=zone)
    step = dt.timedelta(seconds=max(1, (6 * 365 * 86400) // records))
    written = len(DTD)
    yield DTD, 0.0
    made_runs = made_others = 0
    index = 0
    day = moment.date()
    while written < target or made_runs < runs:
        if index % every == 0 and (made_runs < runs or made_others < runs // 2):
            if made_runs < runs and (made_others >= runs // 2 or rng.random() < 2 / 3):
                text, km = running_workout(rng, moment, made_runs)
                made_runs += 1
            else:
                text, km = other_workout(rng, moment), 0.0
                made_others += 1
            written += len(text)
            yield text, km
        text = record(rng, moment)
        written += len(text)
        yield text, 0.0
        if moment.date() != day:
            day = moment.date()
            yield activity_summary(day), 0.0
        moment += step
        index += 1
    yield "</HealthData>\n", 0.0


def write(out: TextIO, megabytes: float, runs: int, seed: int = SEED) -> tuple[int, float]:
    """Write the file; returns the number of running workouts and their total km."""
    total = 0.0
    count = 0
    buffer: list[str] = []
    size = 0
    for text, km in pieces(megabytes, runs, seed):
        if km:
            count += 1
            total += km
        buffer.append(text)
        size += len(text)
        if size > 1 << 20:
            out.write("".join(buffer))
            buffer.clear()
            size = 0
    out.write("".join(buffer))
    return count, total


def main() -> None:
    path, megabytes, runs = Path(sys.argv[1]), float(sys.argv[2]), int(sys.argv[3])
    with path.open("w", encoding="utf-8") as out:
        count, km = write(out, megabytes, runs)
    print(count, round(km, 3))


if __name__ == "__main__":
    main()
