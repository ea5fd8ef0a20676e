"""Runs: the record, its validation, which activity types are running, push-offs, hill sessions and the
duplicate rule.

Each leg pushes off about 750 times a mile; a run that climbed 20 m or more per km is a hill session, whatever
its title says (CLINICAL_NOTES.md section 5).
"""

from __future__ import annotations

import bisect
import datetime as dt
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Final, Generic, TypeVar

from calfdesk.domain.days import EARLIEST_DAY, is_believable
from calfdesk.domain.sources import check_source
from calfdesk.domain.units import KM_PER_MILE
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts, short_number

_tr = Texts(__name__)

DUPLICATE_START_TOLERANCE: Final = dt.timedelta(minutes=2)
DUPLICATE_DISTANCE_TOLERANCE: Final = 0.03

PUSH_OFFS_PER_MILE_PER_LEG: Final = 750
# Climb per km from which a run counts as a hill session: uphill running loads the calf and Achilles more.
HILL_CLIMB_M_PER_KM: Final = 20.0

T = TypeVar("T")

MAX_RUN_KM: Final = 1000.0
MAX_RUN_DURATION_S: Final = 10 * 24 * 3600
MAX_ELEVATION_GAIN_M: Final = 30_000.0
NAME_MAX_CHARS: Final = 120
NOTES_MAX_CHARS: Final = 5000

# Activity types of Strava, Garmin Connect, FIT and TCX that are running: run, trail run, treadmill,
# virtual run, track, ultra, street, indoor, and the Strava GPX numeric type 9.
_RUN_WORDS: Final = re.compile(
    r"run|treadmill|jog|laufen|laufband|straßenlauf|bahnlauf|ultralauf|berglauf|course à pied|hardlopen|carrera"
    r"|corsa|löpning"
)
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

    @property
    def climb_m_per_km(self) -> float | None:
        """Metres climbed per kilometre; None when the climb was not recorded."""
        return climb_per_km(self.elevation_gain_m, self.distance_km)

    @property
    def hill_session(self) -> bool:
        """Marked as a hill session by the runner (`hill`), or climbed enough to be one (`is_hill_climb`)."""
        return self.hill or is_hill_climb(self.elevation_gain_m, self.distance_km)

    def with_id(self, run_id: int) -> Run:
        return replace(self, id=run_id)


def check_number(value: float, field_name: str, low: float, high: float, impossible: str) -> float:
    """`value` as a float, or InvalidInput naming `field_name` when it is not a number between low and high, worded
    by `impossible` (a translated sentence with `{field}` and `{value}`)."""
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise InvalidInput(
            _tr("{field}: {value} is not a number").format(field=field_name, value=repr(value)), field=field_name
        )
    if not low <= value <= high:
        raise InvalidInput(impossible.format(field=field_name, value=short_number(value)), field=field_name)
    return float(value)


def check_believable_start(start: dt.datetime, today: dt.date | None = None) -> None:
    """InvalidInput ("start: date 0002-06-01 is not believable") for a start outside `believable_days`."""
    day = start.date()
    if not is_believable(day, today):
        raise InvalidInput(
            _tr("start: date {day} is not believable (calfdesk takes runs from {year} to tomorrow)").format(
                day=day.isoformat(), year=EARLIEST_DAY.year
            ),
            field="start",
        )


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
        raise InvalidInput(_tr("start: the start time has no time zone"), field="start")
    check_believable_start(start)
    check_source(source)
    check_number(distance_km, "distance", 0.0, MAX_RUN_KM, _tr("{field}: {value} is not a possible run distance in km"))
    if distance_km <= 0:
        raise InvalidInput(_tr("distance: a run needs a distance above zero"), field="distance")
    check_number(
        duration_s,
        "duration",
        0.0,
        MAX_RUN_DURATION_S,
        _tr("{field}: {value} is not a possible run duration in seconds"),
    )
    if duration_s <= 0:
        raise InvalidInput(_tr("duration: a run needs a duration above zero"), field="duration")
    if elevation_gain_m is not None:
        impossible = _tr("{field}: {value} is not a possible climb in metres")
        check_number(elevation_gain_m, "elevation_gain", 0.0, MAX_ELEVATION_GAIN_M, impossible)
    if len(notes) > NOTES_MAX_CHARS:
        raise InvalidInput(_tr("notes: keep notes under {most} characters").format(most=NOTES_MAX_CHARS), field="notes")
    if "\x00" in notes or "\x00" in title:
        raise InvalidInput(_tr("notes: the text contains a NUL character"), field="notes")
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


def climb_per_km(elevation_gain_m: float | None, distance_km: float) -> float | None:
    if elevation_gain_m is None or distance_km <= 0:
        return None
    return elevation_gain_m / distance_km


def is_hill_climb(elevation_gain_m: float | None, distance_km: float) -> bool:
    """Whether a run climbed HILL_CLIMB_M_PER_KM or more per km (the store counts with the same rule in SQL)."""
    climb = climb_per_km(elevation_gain_m, distance_km)
    return climb is not None and climb >= HILL_CLIMB_M_PER_KM


# Duplicates -------------------------------------------------------------------------------------------


def _same_distance(km_a: float, km_b: float) -> bool:
    return abs(km_a - km_b) <= DUPLICATE_DISTANCE_TOLERANCE * max(km_a, km_b)


def is_duplicate(start_a: dt.datetime, km_a: float, start_b: dt.datetime, km_b: float) -> bool:
    """Same run recorded twice: starts within 2 minutes and distances within 3% of the longer one."""
    return abs(start_a - start_b) <= DUPLICATE_START_TOLERANCE and _same_distance(km_a, km_b)


class DuplicateFinder(Generic[T]):
    """Finds runs already known (stored or earlier in the same import) by start time and distance; each known
    run carries an item (what the caller needs of it), returned by `match`."""

    def __init__(self, known: Iterable[tuple[dt.datetime, float, T]] = ()) -> None:
        entries = sorted(((start.timestamp(), km, item) for start, km, item in known), key=lambda entry: entry[0])
        self._times = [time for time, _, _ in entries]
        self._entries = [(km, item) for _, km, item in entries]

    def match(self, start: dt.datetime, km: float) -> T | None:
        """The item of the first known run that is the same run as this one (the duplicate rule), or None."""
        moment = start.timestamp()
        tolerance = DUPLICATE_START_TOLERANCE.total_seconds()
        low = bisect.bisect_left(self._times, moment - tolerance)
        high = bisect.bisect_right(self._times, moment + tolerance)
        return next((item for other, item in self._entries[low:high] if _same_distance(km, other)), None)

    def matches(self, start: dt.datetime, km: float) -> bool:
        return self.match(start, km) is not None

    def add(self, start: dt.datetime, km: float, item: T) -> None:
        moment = start.timestamp()
        position = bisect.bisect_right(self._times, moment)
        self._times.insert(position, moment)
        self._entries.insert(position, (km, item))
