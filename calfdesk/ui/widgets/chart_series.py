"""The diary chart's data as numpy arrays, built off the GUI thread without a Python object per entry.

The worst soreness of each day and its 7-day mean follow `calfdesk.domain.diary_stats` (a test holds the
two to the same answers); here they are computed on arrays because the chart may hold years of entries.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import numpy as np
import numpy.typing as npt

DAY: Final = 86_400.0
ROLLING_DAYS: Final = 7
# One entry as `diary_store.chart_points` yields it: id, wall-clock seconds, soreness, context.
POINT_DTYPE: Final = np.dtype([("id", np.int64), ("x", np.float64), ("soreness", np.float64), ("context", "U10")])
FloatArray = npt.NDArray[np.float64]
_EPOCH: Final = dt.date(1970, 1, 1)


def day_center(day: dt.date) -> float:
    """Noon of `day` on the wall-clock axis."""
    return (day - _EPOCH).days * DAY + DAY / 2


def _day_index(day: dt.date) -> int:
    return (day - _EPOCH).days


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """Points oldest first (ids, x in wall-clock seconds, soreness, context); for each logged day, the
    centre of the day, its worst soreness and the mean of the worst values over the last 7 calendar days;
    for each week (Monday to Sunday) with logged days, its centre and the lowest and highest daily worst."""

    ids: npt.NDArray[np.int64]
    xs: FloatArray
    ys: FloatArray
    contexts: npt.NDArray[np.str_]
    day_x: FloatArray
    day_max: FloatArray
    day_mean: FloatArray
    week_x: FloatArray
    week_low: FloatArray
    week_high: FloatArray

    @property
    def count(self) -> int:
        return int(self.ids.size)

    def first_day(self) -> str:
        return (_EPOCH + dt.timedelta(days=int(self.xs[0] // DAY))).isoformat()

    def last_day(self) -> str:
        return (_EPOCH + dt.timedelta(days=int(self.xs[-1] // DAY))).isoformat()

    def ids_newest_first(self, start: dt.date | None = None, end: dt.date | None = None) -> list[int]:
        """Ids of the entries from `start` to `end` (inclusive; None is open), newest first."""
        ids = self.ids
        if start is not None or end is not None:
            days = self.xs // DAY
            mask = np.ones(days.size, dtype=bool)
            if start is not None:
                mask &= days >= _day_index(start)
            if end is not None:
                mask &= days <= _day_index(end)
            ids = ids[mask]
        result: list[int] = ids[::-1].tolist()
        return result


def chart_series(points: Iterable[tuple[int, float, int, str]]) -> ChartSeries:
    """Arrays from streamed points (oldest first), with the daily worst and its rolling mean."""
    table = np.fromiter(points, dtype=POINT_DTYPE)
    xs, ys = table["x"], table["soreness"]
    days = xs // DAY
    if days.size:
        starts = np.flatnonzero(np.concatenate(([True], days[1:] != days[:-1])))
        logged_days = days[starts]
        day_max = np.maximum.reduceat(ys, starts)
    else:
        logged_days = day_max = np.empty(0)
    # Mean over the logged days within the window: a day without entries is not a pain-free day.
    totals = np.concatenate(([0.0], np.cumsum(day_max)))
    first = np.searchsorted(logged_days, logged_days - (ROLLING_DAYS - 1), side="left")
    last = np.arange(1, logged_days.size + 1)
    day_mean = (totals[last] - totals[first]) / (last - first) if logged_days.size else np.empty(0)
    # Day 0 of the axis (1970-01-01) is a Thursday: Monday-based weeks start 3 days earlier.
    weeks = (logged_days + 3) // 7
    if weeks.size:
        week_starts = np.flatnonzero(np.concatenate(([True], weeks[1:] != weeks[:-1])))
        week_x = (weeks[week_starts] * 7 - 3) * DAY + 3.5 * DAY
        week_low = np.minimum.reduceat(day_max, week_starts)
        week_high = np.maximum.reduceat(day_max, week_starts)
    else:
        week_x = week_low = week_high = np.empty(0)
    return ChartSeries(
        ids=table["id"],
        xs=xs,
        ys=ys,
        contexts=table["context"],
        day_x=logged_days * DAY + DAY / 2,
        day_max=day_max,
        day_mean=day_mean,
        week_x=week_x,
        week_low=week_low,
        week_high=week_high,
    )


def empty_series() -> ChartSeries:
    return chart_series(())
