"""Garmin Connect's account data export (the zip from "Export Your Data").

Read from it:

- `DI_CONNECT/DI-Connect-Fitness/*_summarizedActivities.json`: `[{"summarizedActivitiesExport": [...]}]`,
  one object per activity. Fields and units (the export does not state them; several public readers of the
  export agree, see docs/TRAINING.md): `activityType` a type key such as "running" or "trail_running" (an
  object with `typeKey` in some versions), `startTimeGmt` and `startTimeLocal` epoch milliseconds (the local
  one shifted by the wall-clock offset; `beginTimestamp` is the UTC start in older files), `duration`,
  `movingDuration`, `elapsedDuration` milliseconds, `distance` centimetres, `elevationGain` centimetres,
  `name` the title, `parent` true for the container of a multisport outing whose legs are listed on their own.
- `DI-Connect-Fitness/*_gear.json`: `[{"gearDTOS": [{"gearPk", "customMakeModel", "displayName"}],
  "gearActivityDTOs": {"<gearPk>": [{"activityId"}]}}]`, the shoe of each activity.
- The FIT files inside the nested zips of `DI-Connect-Uploaded-Files/` are read as any FIT file; they are
  the same runs recorded in more detail, and merge with the summaries.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Final

from calfdesk.domain.runs import Run, is_running_type, make_run
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.archive import Container, Entry
from calfdesk.importers.common import ImportedFile, LeftOut, file_error, not_valid_json
from calfdesk.importers.reading import ReadOptions, SourceFile, reason_of

_tr = Texts(__name__)

SUMMARY_SUFFIX: Final = "_summarizedactivities.json"
GEAR_SUFFIX: Final = "_gear.json"
MARKER: Final = "di_connect/"
UPLOADED_FOLDERS: Final = ("di-connect-uploaded-files/", "di-connect-fitness-uploaded-files/")
MULTISPORT_TYPES: Final = frozenset({"multi_sport", "multisport", "transition", "transition_v2"})


def is_summary(entry: Entry) -> bool:
    return entry.path.casefold().endswith(SUMMARY_SUFFIX)


def is_gear(entry: Entry) -> bool:
    return entry.path.casefold().endswith(GEAR_SUFFIX)


def is_garmin_export(entries: Iterable[Entry]) -> bool:
    return any(MARKER in entry.path.casefold() or is_summary(entry) for entry in entries)


def is_uploaded_archive(entry: Entry) -> bool:
    path = entry.path.casefold()
    return entry.is_archive and any(folder in path for folder in UPLOADED_FOLDERS)


@contextmanager
def _read_as_garmin_json(label: str) -> Iterator[None]:
    """A member read as JSON: what stops the reading is that member's reason, in the runner's language."""
    from calfdesk.importers.json_stream import JsonTooLarge

    try:
        yield
    except UnicodeDecodeError:
        raise file_error(label, _tr("not UTF-8 text; not a file of a Garmin export")) from None
    except json.JSONDecodeError as error:
        raise file_error(label, not_valid_json(error)) from None
    except JsonTooLarge as error:
        raise file_error(label, _tr("not a file of a Garmin export ({problem})").format(problem=error)) from None
    except RecursionError:
        raise file_error(label, _tr("not a file of a Garmin export (it is nested too deeply)")) from None


def _json(container: Container, entry: Entry) -> Any:
    with _read_as_garmin_json(entry.label):
        return json.loads(container.read(entry).decode("utf-8-sig"))


def read_gear(container: Container, entries: Iterable[Entry]) -> tuple[dict[int, str], list[str]]:
    """The shoe name of each activity id, from every *_gear.json; and the problems met."""
    names: dict[int, str] = {}
    problems = []
    for entry in entries:
        try:
            data = _json(container, entry)
        except InvalidInput as error:
            problems.append(str(error))
            continue
        for block in data if isinstance(data, list) else [data]:
            if not isinstance(block, dict):
                continue
            gear = {
                str(item.get("gearPk")): str(item.get("customMakeModel") or item.get("displayName") or "").strip()
                for item in block.get("gearDTOS") or []
                if isinstance(item, dict)
            }
            links = block.get("gearActivityDTOs") or {}
            if not isinstance(links, dict):
                continue
            for key, activities in links.items():
                name = gear.get(str(key), "")
                for item in activities if isinstance(activities, list) else []:
                    if name and isinstance(item, dict) and isinstance(item.get("activityId"), int):
                        names.setdefault(item["activityId"], name)
    return names, problems


def _streamed_summaries(container: Container, entry: Entry) -> Iterator[dict[str, Any]]:
    """The activities of a summaries file, read one at a time from the archive: memory follows one activity,
    however large the file (a runner of many years has hundreds of megabytes of them)."""
    from calfdesk.importers.json_stream import stream_objects

    with container.open(entry) as stream, _read_as_garmin_json(entry.label):
        yield from stream_objects(stream, "summarizedActivitiesExport", whole_with="activityId")


def _type_key(summary: dict[str, Any]) -> str:
    value = summary.get("activityType")
    if isinstance(value, dict):
        value = value.get("typeKey")
    return str(value or "").strip()


def _number(summary: dict[str, Any], *keys: str) -> float | None:
    for key in keys:
        value = summary.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    return None


def summary_to_run(summary: dict[str, Any], label: str, gear: str = "") -> Run | None:
    """One summary as a run; None when it has no distance. Raises InvalidInput for a broken summary."""
    gmt = _number(summary, "startTimeGmt", "beginTimestamp")
    if gmt is None:
        raise InvalidInput(_tr("activity {id}: no start time").format(id=summary.get("activityId")), field="start")
    local = _number(summary, "startTimeLocal")
    try:
        start = dt.datetime.fromtimestamp(gmt / 1000.0, dt.UTC)
        if local is not None and abs(local - gmt) < 18 * 3600 * 1000:
            offset_min = round((local - gmt) / 60000.0)
            start = start.astimezone(dt.timezone(dt.timedelta(minutes=offset_min)))
        else:
            start = start.astimezone()
    except (ValueError, OverflowError, OSError):  # NaN, infinite, or beyond the calendar either way
        raise InvalidInput(
            _tr("activity {id}: start time {time} is not a date").format(id=summary.get("activityId"), time=f"{gmt:g}"),
            field="start",
        ) from None
    centimetres = _number(summary, "distance")
    if not centimetres:
        return None
    milliseconds = _number(summary, "duration", "movingDuration", "elapsedDuration")
    if not milliseconds:
        raise InvalidInput(
            _tr("activity {id}: the run has no duration").format(id=summary.get("activityId")), field="duration"
        )
    climb = _number(summary, "elevationGain")
    return make_run(
        start=start,
        duration_s=milliseconds / 1000.0,
        distance_km=centimetres / 100_000.0,
        elevation_gain_m=None if climb is None else climb / 100.0,
        source="garmin",
        title=str(summary.get("name") or ""),
        gear=gear,
        source_file=label,
    )


def read_summaries(container: Container, entry: Entry, gear: dict[int, str], options: ReadOptions) -> SourceFile:
    """The runs of one *_summarizedActivities.json, all or nothing."""
    options.announce(entry.label)
    result = SourceFile(entry.label)
    parsed = ImportedFile(entry.label, "garmin")
    try:
        for summary in _streamed_summaries(container, entry):
            kind = _type_key(summary)
            if summary.get("parent") is True or kind in MULTISPORT_TYPES:
                parsed.skipped[LeftOut.MULTISPORT] += 1
                continue
            if not is_running_type(kind.replace("_", " ")):
                parsed.skipped[kind or LeftOut.NO_TYPE] += 1
                continue
            activity = summary.get("activityId")
            run = summary_to_run(summary, entry.label, gear.get(activity, "") if isinstance(activity, int) else "")
            if run is None:
                parsed.skipped[LeftOut.NO_DISTANCE] += 1
            else:
                parsed.runs.append(run)
    except InvalidInput as error:
        result.error = reason_of(error, entry.label)
        return result
    result.parsed = parsed
    return result
