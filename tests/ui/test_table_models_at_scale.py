"""Models and chart data that keep the Diary and Training pages smooth with years of entries and runs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt

from calfdesk.domain.diary_stats import DailyValue, daily_maximum, rolling_mean, weekly_spread
from calfdesk.domain.training import make_run
from calfdesk.storage.diary_store import DiaryRow
from calfdesk.ui.diary.soreness_chart import wall_clock_seconds
from calfdesk.ui.diary.table import BLOCK_ROWS, DiaryTableModel
from calfdesk.ui.training.table import ID_ROLE, RunTableModel, sorted_view
from calfdesk.ui.widgets.chart_series import chart_series, day_center


def test_chart_daily_worst_and_rolling_mean_match_the_diary_statistics() -> None:
    rng = random.Random(11)
    days = sorted(rng.sample(range(400), 150))
    points = []
    for number, offset in enumerate(days):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=offset)
        for slot in range(rng.randint(1, 4)):
            time = f"{6 + slot * 4:02d}:{rng.randrange(60):02d}"
            points.append((number * 10 + slot, wall_clock_seconds(day.isoformat(), time), rng.randrange(11), "morning"))
    series = chart_series(points)
    expected_daily = daily_maximum(
        (dt.date(1970, 1, 1) + dt.timedelta(seconds=x), soreness) for _id, x, soreness, _c in points
    )
    assert series.day_x.tolist() == [day_center(item.day) for item in expected_daily]
    assert series.day_max.tolist() == [item.value for item in expected_daily]
    expected_mean = rolling_mean([DailyValue(item.day, item.value) for item in expected_daily], 7)
    assert series.day_mean.tolist() == pytest.approx([item.value for item in expected_mean])
    assert series.ids_newest_first() == [row[0] for row in reversed(points)]
    weeks = weekly_spread(expected_daily)
    assert series.week_x.tolist() == [day_center(week.week_start) + 3 * 86_400 for week in weeks]
    assert series.week_low.tolist() == [week.lowest for week in weeks]
    assert series.week_high.tolist() == [week.worst for week in weeks]


def test_diary_table_reads_only_the_rows_it_shows_and_sorts_through_the_file() -> None:
    ids = list(range(5000, 0, -1))
    fetched: list[list[int]] = []

    def fetch(wanted):
        fetched.append(list(wanted))
        return {
            i: DiaryRow(i, "2026-03-01", "07:00", i % 11, "morning", "calf", "left", None, f"note {i}") for i in wanted
        }

    orders: list[tuple[str, bool]] = []

    def order(key: str, descending: bool) -> list[int]:
        orders.append((key, descending))
        return sorted(ids, key=lambda i: (i % 11, -i), reverse=descending)

    model = DiaryTableModel()
    model.set_entries(ids, fetch, order)
    assert model.rowCount() == 5000 and not fetched
    assert model.index(4321, 3).data() == str(ids[4321] % 11)
    assert len(fetched) == 1 and len(fetched[0]) == BLOCK_ROWS, "one block around the row shown"
    assert model.index(4322, 7).data() == f"note {ids[4322]}"
    assert len(fetched) == 1, "the next row comes from the same block"

    kept = QPersistentModelIndex(model.index(10, 0))
    kept_id = model.entry_id(10)
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert orders == [("soreness", False)]
    assert model.entry_id(kept.row()) == kept_id, "a selected entry stays selected after sorting"
    assert model.row_of(kept_id) == kept.row()
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert orders == [("soreness", False)], "the same order is not read twice"


def test_runs_table_sorts_itself_stably_and_keeps_the_selection() -> None:
    start = dt.datetime(2026, 3, 2, 7, tzinfo=dt.UTC)
    runs = [
        make_run(start=start + dt.timedelta(days=day), duration_s=1800 + 60 * (day % 3), distance_km=5.0 + day % 3)
        for day in range(300)
    ]
    runs = [dataclasses.replace(run, id=number) for number, run in enumerate(runs)]
    model = RunTableModel()
    view = sorted_view(model)
    model.set_runs(list(reversed(runs)), "km")
    kept = QPersistentModelIndex(view.index(5, 0))
    kept_id = view.index(5, 0).data(ID_ROLE)
    view.sort(1, Qt.SortOrder.DescendingOrder)
    distances = [model.run_at(row).distance_km for row in range(model.rowCount())]
    assert distances == sorted(distances, reverse=True)
    ties = [model.run_at(row).start for row in range(model.rowCount()) if model.run_at(row).distance_km == 7.0]
    assert ties == sorted(ties, reverse=True), "runs of the same distance keep their newest-first order"
    assert view.index(kept.row(), 0).data(ID_ROLE) == kept_id
