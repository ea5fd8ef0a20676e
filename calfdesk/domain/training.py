"""Runs, shoes and training load: the rules behind the Training page and its warnings.

Figures come from CLINICAL_NOTES.md section 5: a rise of more than 30% across two weeks went with more
distance-related injuries (Nielsen 2014); rises above 10% are shown as information only (the "10% rule" did
not prevent injuries in the GRONORUN trial); the 7-day : 28-day ratio (Gabbett 2016) is information with a
caveat (Impellizzeri 2020); each leg pushes off about 750 times a mile.

About 500 lines, kept in one module: runs, shoes, weekly load and its warnings are one set of rules over the
same records, each figure traced to CLINICAL_NOTES.md in one place.
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Final

from calfdesk.assets import load_toml
from calfdesk.domain.content_tables import paragraph, required
from calfdesk.domain.units import KM_PER_MILE, DistanceUnit, format_distance, format_elevation
from calfdesk.errors import InvalidInput

SOURCES: Final = ("gpx", "tcx", "fit", "strava", "garmin", "apple_health", "manual")
SOURCE_LABELS: Final = {
    "gpx": "GPX file",
    "tcx": "TCX file",
    "fit": "FIT file",
    "strava": "Strava export",
    "garmin": "Garmin Connect export",
    "apple_health": "Apple Health export",
    "manual": "Entered by hand",
}

DUPLICATE_START_TOLERANCE: Final = dt.timedelta(minutes=2)
DUPLICATE_DISTANCE_TOLERANCE: Final = 0.03

PUSH_OFFS_PER_MILE_PER_LEG: Final = 750
RAMP_FLAG_PCT: Final = 30.0
RAMP_INFO_PCT: Final = 10.0
RATIO_USUAL: Final = (0.8, 1.3)
RATIO_HIGH: Final = 1.5
RATIO_WEEKS: Final = 4
HILL_RISE_PCT: Final = 30.0
HILL_MIN_GAIN_M: Final = 150.0
HILL_SESSIONS_WARN: Final = 2
SPEED_SESSIONS_WARN: Final = 2

DEFAULT_ALERT_KM: Final = 800.0
DEFAULT_ALERT_MI: Final = 500.0
MAX_RUN_KM: Final = 1000.0
MAX_RUN_DURATION_S: Final = 10 * 24 * 3600
MAX_ELEVATION_GAIN_M: Final = 30_000.0
MAX_SHOE_KM: Final = 100_000.0
NAME_MAX_CHARS: Final = 120
NOTES_MAX_CHARS: Final = 5000

WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DEFAULT_FIRST_WEEKDAY: Final = 0

# Activity types of Strava, Garmin Connect, FIT and TCX that are running: run, trail run, treadmill,
# virtual run, track, ultra, street, indoor, and the Strava GPX numeric type 9.
_RUN_WORDS: Final = re.compile(r"run|treadmill|jog|laufen|course à pied|hardlopen|carrera|corsa|löpning")
_NOT_RUN_WORDS: Final = re.compile(r"wheelchair|bike|cycl|ski|row")
STRAVA_GPX_RUN_TYPE: Final = "9"


def is_running_type(activity_type: str) -> bool:
    """Whether an activity type as written in an export names a run."""
    text = activity_type.strip().casefold()
    if text == STRAVA_GPX_RUN_TYPE:
        return True
    return bool(_RUN_WORDS.search(text)) and not _NOT_RUN_WORDS.search(text)


@dataclass(frozen=True, slots=True)
class Run:
    """One run. `start` is aware and carries the runner's local UTC offset at the start."""

    start: dt.datetime
    duration_s: float
    distance_km: float
    elevation_gain_m: float | None = None
    source: str = "manual"
    title: str = ""
    gear: str = ""
    shoe_id: int | None = None
    shoe_name: str | None = None
    hill: bool = False
    speed: bool = False
    notes: str = ""
    source_file: str = ""
    id: int | None = field(default=None, compare=False)

    @property
    def local_date(self) -> dt.date:
        return self.start.date()

    @property
    def utc_offset_min(self) -> int:
        offset = self.start.utcoffset()
        return int(offset.total_seconds() // 60) if offset is not None else 0

    @property
    def pace_s_per_km(self) -> float | None:
        if self.distance_km <= 0 or self.duration_s <= 0:
            return None
        return self.duration_s / self.distance_km

    @property
    def push_offs_per_leg(self) -> int:
        return push_offs_per_leg(self.distance_km)

    def with_id(self, run_id: int) -> Run:
        return replace(self, id=run_id)


def _check_number(value: float, field_name: str, low: float, high: float, what: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidInput(f"{field_name}: {value!r} is not a number", field=field_name)
    if not low <= value <= high:
        raise InvalidInput(f"{field_name}: {value:g} is not a possible {what}", field=field_name)
    return float(value)


def make_run(
    *,
    start: dt.datetime,
    duration_s: float,
    distance_km: float,
    elevation_gain_m: float | None = None,
    source: str = "manual",
    title: str = "",
    gear: str = "",
    shoe_id: int | None = None,
    hill: bool = False,
    speed: bool = False,
    notes: str = "",
    source_file: str = "",
    run_id: int | None = None,
) -> Run:
    """Build a validated run; raises InvalidInput naming the first bad field."""
    if start.tzinfo is None or start.utcoffset() is None:
        raise InvalidInput("start: the start time has no time zone", field="start")
    if source not in SOURCES:
        raise InvalidInput(f"source: '{source}' is not one of {', '.join(SOURCES)}", field="source")
    _check_number(distance_km, "distance", 0.0, MAX_RUN_KM, "run distance in km")
    if distance_km <= 0:
        raise InvalidInput("distance: a run needs a distance above zero", field="distance")
    _check_number(duration_s, "duration", 0.0, MAX_RUN_DURATION_S, "run duration in seconds")
    if duration_s <= 0:
        raise InvalidInput("duration: a run needs a duration above zero", field="duration")
    if elevation_gain_m is not None:
        _check_number(elevation_gain_m, "elevation_gain", 0.0, MAX_ELEVATION_GAIN_M, "climb in metres")
    if len(notes) > NOTES_MAX_CHARS:
        raise InvalidInput(f"notes: keep notes under {NOTES_MAX_CHARS} characters", field="notes")
    if "\x00" in notes or "\x00" in title:
        raise InvalidInput("notes: the text contains a NUL character", field="notes")
    return Run(
        start=start.replace(microsecond=0),
        duration_s=float(duration_s),
        distance_km=float(distance_km),
        elevation_gain_m=None if elevation_gain_m is None else float(elevation_gain_m),
        source=source,
        title=title.strip()[:NAME_MAX_CHARS],
        gear=gear.strip()[:NAME_MAX_CHARS],
        shoe_id=shoe_id,
        hill=hill,
        speed=speed,
        notes=notes,
        source_file=source_file,
        id=run_id,
    )


def push_offs_per_leg(distance_km: float) -> int:
    """Estimated push-offs of each leg over a distance (about 750 per mile)."""
    return round(distance_km / KM_PER_MILE * PUSH_OFFS_PER_MILE_PER_LEG)


# Duplicates -------------------------------------------------------------------------------------------


def is_duplicate(start_a: dt.datetime, km_a: float, start_b: dt.datetime, km_b: float) -> bool:
    """Same run recorded twice: starts within 2 minutes and distances within 3% of the longer one."""
    if abs(start_a - start_b) > DUPLICATE_START_TOLERANCE:
        return False
    return abs(km_a - km_b) <= DUPLICATE_DISTANCE_TOLERANCE * max(km_a, km_b)


class DuplicateFinder:
    """Finds runs already known (stored or earlier in the same import) by start time and distance."""

    def __init__(self, known: Iterable[tuple[dt.datetime, float]] = ()) -> None:
        pairs = sorted((start.timestamp(), km) for start, km in known)
        self._times = [time for time, _ in pairs]
        self._km = [km for _, km in pairs]

    def matches(self, start: dt.datetime, km: float) -> bool:
        moment = start.timestamp()
        tolerance = DUPLICATE_START_TOLERANCE.total_seconds()
        low = bisect.bisect_left(self._times, moment - tolerance)
        high = bisect.bisect_right(self._times, moment + tolerance)
        return any(abs(km - other) <= DUPLICATE_DISTANCE_TOLERANCE * max(km, other) for other in self._km[low:high])

    def add(self, start: dt.datetime, km: float) -> None:
        moment = start.timestamp()
        position = bisect.bisect_right(self._times, moment)
        self._times.insert(position, moment)
        self._km.insert(position, km)


# Shoes ------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Shoe:
    """A pair of shoes. `run_km` is the distance of the runs assigned to it; `start_km` what it had before."""

    name: str
    start_km: float = 0.0
    alert_km: float = DEFAULT_ALERT_KM
    retired: bool = False
    is_default: bool = False
    run_km: float = 0.0
    run_count: int = 0
    id: int | None = field(default=None, compare=False)

    @property
    def distance_km(self) -> float:
        return self.start_km + self.run_km

    @property
    def past_alert(self) -> bool:
        return self.distance_km >= self.alert_km

    @property
    def remaining_km(self) -> float:
        return self.alert_km - self.distance_km

    @property
    def worn_fraction(self) -> float:
        return self.distance_km / self.alert_km if self.alert_km > 0 else 0.0


def default_alert_km(unit: DistanceUnit = "km") -> float:
    """The alert distance a new shoe gets: 800 km, or 500 mi for a runner who counts in miles."""
    return DEFAULT_ALERT_MI * KM_PER_MILE if unit == "mi" else DEFAULT_ALERT_KM


def make_shoe(
    *,
    name: str,
    start_km: float = 0.0,
    alert_km: float = DEFAULT_ALERT_KM,
    is_default: bool = False,
    retired: bool = False,
    shoe_id: int | None = None,
) -> Shoe:
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInput("name: give the shoe a name, for example 'Pegasus 40 blue'", field="name")
    if len(clean) > NAME_MAX_CHARS or "\x00" in clean:
        raise InvalidInput(f"name: keep the name under {NAME_MAX_CHARS} characters", field="name")
    _check_number(start_km, "start_km", 0.0, MAX_SHOE_KM, "starting distance in km")
    _check_number(alert_km, "alert_km", 0.0, MAX_SHOE_KM, "alert distance in km")
    if alert_km <= 0:
        raise InvalidInput("alert_km: the alert distance must be above zero", field="alert_km")
    if retired and is_default:
        raise InvalidInput("default: a retired shoe cannot be the default shoe", field="default")
    return Shoe(
        name=clean,
        start_km=float(start_km),
        alert_km=float(alert_km),
        retired=retired,
        is_default=is_default,
        id=shoe_id,
    )


# Weekly load ------------------------------------------------------------------------------------------


def check_first_weekday(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 6:
        raise InvalidInput("week_start: the first day of the week must be 0 (Monday) to 6 (Sunday)", field="week_start")
    return value


def parse_weekday(text: str) -> int:
    """`monday`..`sunday` (or their first three letters) as 0..6."""
    value = text.strip().casefold()
    for number, name in enumerate(WEEKDAYS):
        if value in (name, name[:3]):
            return number
    raise InvalidInput(f"week_start: '{text}' is not a day of the week, for example monday", field="week_start")


def week_start_of(day: dt.date, first_weekday: int = DEFAULT_FIRST_WEEKDAY) -> dt.date:
    """The first day of the week holding `day`, weeks starting on `first_weekday` (0 Monday .. 6 Sunday)."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)


@dataclass(frozen=True, slots=True)
class WeekTotals:
    """One week's sums, as the store aggregates them."""

    week_start: dt.date
    distance_km: float
    elevation_gain_m: float = 0.0
    runs: int = 0
    hill_runs: int = 0
    speed_runs: int = 0


@dataclass(frozen=True, slots=True)
class WeekLoad:
    """One week with its changes. Percentages are None where the earlier period had no running."""

    week_start: dt.date
    distance_km: float
    elevation_gain_m: float
    runs: int
    hill_runs: int
    speed_runs: int
    change_pct: float | None
    two_week_change_pct: float | None
    acwr: float | None
    push_offs_per_leg: int

    @property
    def ramp_flag(self) -> bool:
        """More than 30% across two weeks (Nielsen 2014)."""
        return self.two_week_change_pct is not None and self.two_week_change_pct > RAMP_FLAG_PCT

    @property
    def rise_info(self) -> bool:
        """A rise above 10%, shown as information only."""
        return not self.ramp_flag and any(
            pct is not None and pct > RAMP_INFO_PCT for pct in (self.change_pct, self.two_week_change_pct)
        )

    @property
    def ratio_band(self) -> str | None:
        """`low`, `usual`, `raised` or `high` for the 7:28-day ratio (Gabbett 2016), as information."""
        if self.acwr is None:
            return None
        if self.acwr >= RATIO_HIGH:
            return "high"
        if self.acwr > RATIO_USUAL[1]:
            return "raised"
        if self.acwr < RATIO_USUAL[0]:
            return "low"
        return "usual"


def _pct(now: float, before: float) -> float | None:
    if before <= 0:
        return None
    return (now - before) / before * 100.0


def weekly_load(
    totals: Sequence[WeekTotals], first_weekday: int = DEFAULT_FIRST_WEEKDAY, today: dt.date | None = None
) -> list[WeekLoad]:
    """Every week from the first run's week to the week of `today` (or of the last run if later).

    Weeks without runs are filled in as zero weeks: a week off is part of the load history.
    """
    check_first_weekday(first_weekday)
    if not totals:
        return []
    by_week = {week_start_of(item.week_start, first_weekday): item for item in totals}
    first = min(by_week)
    last = max(by_week)
    if today is not None:
        last = max(last, week_start_of(today, first_weekday))
    weeks: list[WeekTotals] = []
    day = first
    while day <= last:
        weeks.append(by_week.get(day, WeekTotals(day, 0.0)))
        day += dt.timedelta(days=7)
    distances = [week.distance_km for week in weeks]
    result: list[WeekLoad] = []
    for index, week in enumerate(weeks):
        change = _pct(distances[index], distances[index - 1]) if index >= 1 else None
        two_week = (
            _pct(distances[index] + distances[index - 1], distances[index - 2] + distances[index - 3])
            if index >= 3
            else None
        )
        ratio: float | None = None
        if index >= RATIO_WEEKS - 1:
            chronic = sum(distances[index - RATIO_WEEKS + 1 : index + 1]) / RATIO_WEEKS
            ratio = distances[index] / chronic if chronic > 0 else None
        result.append(
            WeekLoad(
                week_start=week.week_start,
                distance_km=week.distance_km,
                elevation_gain_m=week.elevation_gain_m,
                runs=week.runs,
                hill_runs=week.hill_runs,
                speed_runs=week.speed_runs,
                change_pct=change,
                two_week_change_pct=two_week,
                acwr=ratio,
                push_offs_per_leg=push_offs_per_leg(week.distance_km),
            )
        )
    return result


# Warnings ---------------------------------------------------------------------------------------------


@cache
def training_content() -> dict[str, Any]:
    return load_toml("knowledge", "training.toml")


def info_text(key: str) -> str:
    """Explanations shown beside the figures (`change`, `ratio`, `push_offs`, `shoes`)."""
    info = required(training_content(), "info", dict, "training.toml")
    return str(required(required(info, key, dict, "training.toml [info]"), "text", str, f"training.toml [info.{key}]"))


@dataclass(frozen=True, slots=True)
class LoadWarning:
    """A Today-page warning: what is high, why calfdesk says so, and what the article advises."""

    id: str
    title: str
    reason: str
    advice: str


def _warning(kind: str, reason_key: str = "reason", **values: str) -> LoadWarning:
    warnings = required(training_content(), "warnings", dict, "training.toml")
    text = required(warnings, kind, dict, "training.toml [warnings]")
    source = f"training.toml [warnings.{kind}]"
    return LoadWarning(
        id=kind,
        title=required(text, "title", str, source),
        reason=required(text, reason_key, str, source).format(**values),
        advice=paragraph(text, "advice", source),
    )


def _ramp_warning(weeks: Sequence[WeekLoad], unit: DistanceUnit) -> LoadWarning | None:
    for index in (len(weeks) - 1, len(weeks) - 2):
        if index < 3 or not weeks[index].ramp_flag:
            continue
        recent = weeks[index].distance_km + weeks[index - 1].distance_km
        before = weeks[index - 2].distance_km + weeks[index - 3].distance_km
        pct = weeks[index].two_week_change_pct
        assert pct is not None
        return _warning(
            "ramp",
            recent=format_distance(recent, unit),
            before=format_distance(before, unit),
            pct=f"{pct:.0f}%",
        )
    return None


def _hill_warning(weeks: Sequence[WeekLoad], unit: DistanceUnit) -> LoadWarning | None:
    if not weeks:
        return None
    current = weeks[-1]
    earlier = weeks[-1 - RATIO_WEEKS : -1]
    if len(earlier) == RATIO_WEEKS and current.elevation_gain_m >= HILL_MIN_GAIN_M:
        usual = sum(week.elevation_gain_m for week in earlier) / RATIO_WEEKS
        rise = _pct(current.elevation_gain_m, usual)
        if rise is not None and rise > HILL_RISE_PCT:
            return _warning(
                "hill",
                gain=format_elevation(current.elevation_gain_m, unit),
                usual=format_elevation(usual, unit),
                pct=f"{rise:.0f}%",
            )
    if current.hill_runs >= HILL_SESSIONS_WARN:
        return _warning("hill", "reason_sessions", count=str(current.hill_runs))
    return None


def load_warnings(
    weeks: Sequence[WeekLoad], shoes: Iterable[Shoe] = (), unit: DistanceUnit = "km"
) -> list[LoadWarning]:
    """Warnings about the current week (the last in `weeks`) and active shoes past their alert.

    The ramp is checked on the current week and, since a week just begun has little distance yet, on the
    week before it too.
    """
    warnings: list[LoadWarning] = []
    ramp = _ramp_warning(weeks, unit)
    if ramp is not None:
        warnings.append(ramp)
    hill = _hill_warning(weeks, unit)
    if hill is not None:
        warnings.append(hill)
    if weeks and weeks[-1].speed_runs >= SPEED_SESSIONS_WARN:
        warnings.append(_warning("speed", count=str(weeks[-1].speed_runs)))
    for shoe in shoes:
        if shoe.past_alert and not shoe.retired:
            warnings.append(
                _warning(
                    "shoe",
                    name=shoe.name,
                    distance=format_distance(shoe.distance_km, unit, decimals=0),
                    alert=format_distance(shoe.alert_km, unit, decimals=0),
                )
            )
    return warnings
