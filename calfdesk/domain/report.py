"""The tables of the clinician report: soreness by week, rehab adherence by week, heel-raise trend.

Pure functions over plain values; `calfdesk.services.report` gathers them and `calfdesk.ui.report.pdf` lays out the PDF.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from calfdesk.domain.diary import DiaryEntry
from calfdesk.domain.rehab import HeelRaiseTest
from calfdesk.domain.weekly_load import week_start_of


@dataclass(frozen=True, slots=True)
class WeekSoreness:
    week_start: dt.date
    days_logged: int
    entries: int
    mean: float
    worst: int
    mean_stiffness_min: float | None


def weekly_soreness(entries: Iterable[DiaryEntry], first_weekday: int = 0) -> list[WeekSoreness]:
    """Each week with entries: days logged, mean and worst soreness of its entries, mean morning stiffness
    (over the entries that recorded it), oldest week first."""
    by_week: dict[dt.date, list[DiaryEntry]] = defaultdict(list)
    for entry in entries:
        by_week[week_start_of(entry.local_date, first_weekday)].append(entry)
    weeks = []
    for start in sorted(by_week):
        items = by_week[start]
        stiffness = [entry.stiffness_min for entry in items if entry.stiffness_min is not None]
        weeks.append(
            WeekSoreness(
                week_start=start,
                days_logged=len({entry.local_date for entry in items}),
                entries=len(items),
                mean=round(sum(entry.soreness for entry in items) / len(items), 1),
                worst=max(entry.soreness for entry in items),
                mean_stiffness_min=round(sum(stiffness) / len(stiffness), 1) if stiffness else None,
            )
        )
    return weeks


@dataclass(frozen=True, slots=True)
class DailySoreness:
    day: dt.date
    worst: int
    values: tuple[int, ...]


def daily_soreness(entries: Iterable[DiaryEntry]) -> list[DailySoreness]:
    """Each logged day with its worst soreness and every value logged, oldest first (for the chart)."""
    by_day: dict[dt.date, list[int]] = defaultdict(list)
    for entry in entries:
        by_day[entry.local_date].append(entry.soreness)
    return [DailySoreness(day, max(values), tuple(values)) for day, values in sorted(by_day.items())]


@dataclass(frozen=True, slots=True)
class WeekAdherence:
    week_start: dt.date
    done: int
    total: int

    @property
    def percent(self) -> int | None:
        return round(self.done / self.total * 100) if self.total else None


def weekly_adherence(days: Iterable[tuple[dt.date, int, int]], first_weekday: int = 0) -> list[WeekAdherence]:
    """Items done and due per week from (day, done, total) rows, oldest week first."""
    done: dict[dt.date, int] = defaultdict(int)
    total: dict[dt.date, int] = defaultdict(int)
    for day, day_done, day_total in days:
        week = week_start_of(day, first_weekday)
        done[week] += min(day_done, day_total)
        total[week] += day_total
    return [WeekAdherence(week, done[week], total[week]) for week in sorted(total)]


@dataclass(frozen=True, slots=True)
class HeelRaiseRow:
    day: dt.date
    left: int
    right: int
    ratio_pct: float | None


def heel_raise_trend(tests: Sequence[HeelRaiseTest], plan_side: str) -> list[HeelRaiseRow]:
    """Each test with its side-to-side ratio (sore leg / other leg x 100), oldest first."""
    ordered = sorted(tests, key=lambda test: test.day)
    return [HeelRaiseRow(test.day, test.left_reps, test.right_reps, test.symmetry_index(plan_side)) for test in ordered]
