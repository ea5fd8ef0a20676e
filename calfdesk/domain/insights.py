"""Insights: how daily soreness relates to what the runner logs (fast rises in distance, hill sessions,
new shoes, rehab done), compared as plain means on days with and without each factor.

Pure rules. A factor is shown only with at least `minimum_days` days on each side, and its sentence says
what went together, never what caused what. Wording lives in resources/knowledge/insights.toml.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from calfdesk.assets import load_toml
from calfdesk.i18n import number

ONE_DAY: Final = dt.timedelta(days=1)
NEW_SHOE_DAYS: Final = 14
# A shoe that already had this many kilometres when it was added is not new.
NEW_SHOE_MAX_START_KM: Final = 20.0


@cache
def content() -> dict[str, Any]:
    return load_toml("knowledge", "insights.toml")


def minimum_days() -> int:
    return int(content()["minimum_days"])


def lookback_days() -> int:
    return int(content()["lookback_days"])


def caveat() -> str:
    return str(content()["caveat"])


@dataclass(frozen=True, slots=True)
class Factor:
    """The days a factor applies to, and the days it could be judged on at all (None: every logged day)."""

    id: str
    days: frozenset[dt.date]
    eligible: frozenset[dt.date] | None = None


@dataclass(frozen=True, slots=True)
class Insight:
    factor: str
    title: str
    text: str
    mean_with: float
    mean_without: float
    days_with: int
    days_without: int

    @property
    def difference(self) -> float:
        return self.mean_with - self.mean_without


def _mean(values: list[float]) -> float:
    """The mean to one decimal, halves rounded up as people do (2.25 reads 2.3)."""
    return math.floor(sum(values) / len(values) * 10 + 0.5) / 10


def compare(daily: Mapping[dt.date, float], factor: Factor, minimum: int | None = None) -> Insight | None:
    """Mean soreness on the factor's days against the other eligible days; None with too few days."""
    needed = minimum_days() if minimum is None else minimum
    eligible = daily.keys() if factor.eligible is None else daily.keys() & factor.eligible
    with_values = [float(daily[day]) for day in eligible if day in factor.days]
    without_values = [float(daily[day]) for day in eligible if day not in factor.days]
    if len(with_values) < needed or len(without_values) < needed:
        return None
    words = content()["factor"][factor.id]
    mean_with, mean_without = _mean(with_values), _mean(without_values)
    text = content()["sentence"].format(
        with_phrase=words["with_phrase"],
        mean_with=number(mean_with, 1),
        mean_without=number(mean_without, 1),
        without_phrase=words["without_phrase"],
    )
    text += " " + content()["days"].format(days_with=len(with_values), days_without=len(without_values))
    return Insight(
        factor=factor.id,
        title=words["title"],
        text=text,
        mean_with=mean_with,
        mean_without=mean_without,
        days_with=len(with_values),
        days_without=len(without_values),
    )


def soreness_insights(
    daily: Mapping[dt.date, float], factors: Iterable[Factor], minimum: int | None = None
) -> list[Insight]:
    """Every factor with enough days on both sides, the largest difference first."""
    found = [insight for factor in factors if (insight := compare(daily, factor, minimum)) is not None]
    return sorted(found, key=lambda insight: (-abs(insight.difference), insight.factor))


def _days(start: dt.date, count: int) -> set[dt.date]:
    return {start + dt.timedelta(days=offset) for offset in range(count)}


def _from(first: dt.date | None, last: dt.date) -> frozenset[dt.date] | None:
    """The days from `first` to `last`: the stretch in which training was logged."""
    if first is None or first > last:
        return frozenset()
    return frozenset(_days(first, (last - first).days + 1))


def hill_factor(runs: Iterable[tuple[dt.date, bool]], last_day: dt.date) -> Factor:
    """Days after a hill session (soreness tends to show the next day), judged from the first logged run."""
    runs = list(runs)
    days = frozenset(day + ONE_DAY for day, hill in runs if hill)
    first = min((day for day, _ in runs), default=None)
    return Factor("hills", days, _from(first, last_day))


def ramp_factor(weeks: Iterable[tuple[dt.date, bool]], last_day: dt.date) -> Factor:
    """The seven days after each week (week start, ramp flag) whose distance rose fast: soreness follows the
    load, so it is looked for after the week, not in it. Judged from the end of the first week."""
    weeks = list(weeks)
    days: set[dt.date] = set()
    for week_start, flagged in weeks:
        if flagged:
            days |= _days(week_start + dt.timedelta(days=7), 7)
    first = min((week_start for week_start, _ in weeks), default=None)
    return Factor(
        "mileage_ramp", frozenset(days), _from(None if first is None else first + dt.timedelta(days=7), last_day)
    )


def new_shoe_factor(
    runs: Iterable[tuple[dt.date, int | None]], start_km: Mapping[int, float], last_day: dt.date
) -> Factor:
    """The first two weeks after the first run in each new shoe (one added with under 20 km on it)."""
    runs = list(runs)
    first_run: dict[int, dt.date] = {}
    for day, shoe in runs:
        if shoe is not None and (shoe not in first_run or day < first_run[shoe]):
            first_run[shoe] = day
    days: set[dt.date] = set()
    for shoe, worn_from in first_run.items():
        if start_km.get(shoe, 0.0) <= NEW_SHOE_MAX_START_KM:
            days |= _days(worn_from, NEW_SHOE_DAYS)
    first = min((day for day, _ in runs), default=None)
    return Factor("new_shoes", frozenset(days), _from(first, last_day))


def rehab_factor(adherence: Iterable[tuple[dt.date, int, int]]) -> Factor:
    """Days after a plan day (day, done, total) with every item done, against days after one with some missed."""
    complete: set[dt.date] = set()
    eligible: set[dt.date] = set()
    for day, done, total in adherence:
        if total <= 0:
            continue
        eligible.add(day + ONE_DAY)
        if done >= total:
            complete.add(day + ONE_DAY)
    return Factor("rehab_done", frozenset(complete), frozenset(eligible))
