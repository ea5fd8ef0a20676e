"""Weekly load: weeks by the runner's first weekday, each week's sums and its changes.

Figures come from CLINICAL_NOTES.md section 5: a rise of more than 30% across two weeks went with more
distance-related injuries (Nielsen 2014); rises above 10% are shown as information only (the "10% rule" did
not prevent injuries in the GRONORUN trial); the 7-day : 28-day ratio (Gabbett 2016) is information with a
caveat (Impellizzeri 2020).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from calfdesk.domain.runs import push_offs_per_leg
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)

RAMP_FLAG_PCT: Final = 30.0
RAMP_INFO_PCT: Final = 10.0
RATIO_USUAL: Final = (0.8, 1.3)
RATIO_HIGH: Final = 1.5
RATIO_WEEKS: Final = 4
# The 7:28-day ratio needs this many days of running history, counted from the first run (CONTRACTS.md).
RATIO_DAYS: Final = 28

WEEKDAYS: Final = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DEFAULT_FIRST_WEEKDAY: Final = 0


def check_first_weekday(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 6:
        raise InvalidInput(
            _tr("week_start: the first day of the week must be 0 (Monday) to 6 (Sunday)"), field="week_start"
        )
    return value


def parse_weekday(text: str) -> int:
    """`monday`..`sunday` (or their first three letters) as 0..6."""
    value = text.strip().casefold()
    for number, name in enumerate(WEEKDAYS):
        if value in (name, name[:3]):
            return number
    problem = _tr("week_start: '{text}' is not a day of the week, for example monday")
    raise InvalidInput(problem.format(text=text), field="week_start")


def week_start_of(day: dt.date, first_weekday: int = DEFAULT_FIRST_WEEKDAY) -> dt.date:
    """The first day of the week holding `day`, weeks starting on `first_weekday` (0 Monday .. 6 Sunday)."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)


@dataclass(frozen=True, slots=True)
class WeekTotals:
    """One week's sums, as the store aggregates them; `first_run` is the day of its first run."""

    week_start: dt.date
    distance_km: float
    elevation_gain_m: float = 0.0
    runs: int = 0
    hill_runs: int = 0
    speed_runs: int = 0
    first_run: dt.date | None = None


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


def percent_change(now: float, before: float) -> float | None:
    """The change from `before` to `now` in percent; None when there was nothing before."""
    if before <= 0:
        return None
    return (now - before) / before * 100.0


def weekly_load(
    totals: Sequence[WeekTotals], first_weekday: int = DEFAULT_FIRST_WEEKDAY, today: dt.date | None = None
) -> list[WeekLoad]:
    """Every week from the first run's week to the week of `today` (or of the last run if later).

    Weeks without runs are filled in as zero weeks: a week off is part of the load history. The 7:28-day ratio
    is None for weeks that end before RATIO_DAYS days of runs exist: over the first weeks it would compare a
    week with a "chronic" load that is mostly days before the runner's first run.
    """
    check_first_weekday(first_weekday)
    if not totals:
        return []
    by_week = {week_start_of(item.week_start, first_weekday): item for item in totals}
    first = min(by_week)
    last = max(by_week)
    first_run = by_week[first].first_run or first
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
        change = percent_change(distances[index], distances[index - 1]) if index >= 1 else None
        two_week = (
            percent_change(distances[index] + distances[index - 1], distances[index - 2] + distances[index - 3])
            if index >= 3
            else None
        )
        ratio: float | None = None
        history_days = (week.week_start - first_run).days + 7
        if index >= RATIO_WEEKS - 1 and history_days >= RATIO_DAYS:
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
