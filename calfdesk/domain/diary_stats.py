"""Soreness statistics for charts and summaries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DailyValue:
    day: dt.date
    value: float


@dataclass(frozen=True, slots=True)
class WeekSpread:
    """A week's summary for a long view: its mildest and its worst daily worst."""

    week_start: dt.date
    lowest: float
    worst: float


def daily_maximum(entries: Iterable[tuple[dt.date, int]]) -> list[DailyValue]:
    """The worst soreness of each day that has entries, oldest first."""
    worst: dict[dt.date, int] = {}
    for day, soreness in entries:
        if soreness > worst.get(day, -1):
            worst[day] = soreness
    return [DailyValue(day, float(value)) for day, value in sorted(worst.items())]


def rolling_mean(daily: Sequence[DailyValue], window_days: int = 7) -> list[DailyValue]:
    """Mean of the daily values in the `window_days` calendar days ending on each logged day.

    Days without entries are not counted as zero: a gap in logging is not a pain-free day.
    """
    result: list[DailyValue] = []
    start = 0
    total = 0.0
    for end, item in enumerate(daily):
        total += item.value
        while daily[start].day <= item.day - dt.timedelta(days=window_days):
            total -= daily[start].value
            start += 1
        result.append(DailyValue(item.day, total / (end - start + 1)))
    return result


def weekly_spread(daily: Sequence[DailyValue]) -> list[WeekSpread]:
    """Each week (Monday to Sunday) with logged days: the lowest and the highest of its daily worsts."""
    weeks: dict[dt.date, list[float]] = {}
    for item in daily:
        weeks.setdefault(item.day - dt.timedelta(days=item.day.weekday()), []).append(item.value)
    return [WeekSpread(start, min(values), max(values)) for start, values in sorted(weeks.items())]
