"""Models and chart data that keep the Diary and Training pages smooth with years of entries and runs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import threading

import pytest
from PySide6.QtCore import QPersistentModelIndex, Qt
from PySide6.QtGui import QUndoStack

from calfdesk.domain.diary import make_entry
from calfdesk.domain.diary_stats import DailyValue, daily_maximum, rolling_mean, weekly_spread
from calfdesk.domain.runs import make_run
from calfdesk.errors import StorageError, StorageProblem
from calfdesk.settings import Settings
from calfdesk.storage import diary_store
from calfdesk.storage.database import open_database
from calfdesk.ui.context import AppContext, AppEvents
from calfdesk.ui.diary.soreness_chart import wall_clock_seconds
from calfdesk.ui.diary.table import BLOCK_ROWS, DiaryTableModel
from calfdesk.ui.tasks import wait_for_all
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


@pytest.fixture
def diary_context(qtbot, tmp_path):
    """An app context over a file of 5,000 diary entries, one a day, soreness cycling 0 to 10."""
    db = open_database(tmp_path / "data")
    first = dt.date(2012, 1, 1)
    diary_store.add_entries_bulk(
        db,
        [
            make_entry(
                local_date=first + dt.timedelta(days=day),
                local_time=dt.time(7, 0),
                soreness=day % 11,
                notes=f"note {day}",
            )
            for day in range(5000)
        ],
    )
    yield AppContext(db=db, settings=Settings(tmp_path / "config"), events=AppEvents(), undo_stack=QUndoStack())
    wait_for_all()
    db.close()


def _recording(monkeypatch, name: str) -> list[tuple[bool, tuple[object, ...]]]:
    """Replace diary_store.<name> by a wrapper that notes whether each call ran on the GUI thread."""
    calls: list[tuple[bool, tuple[object, ...]]] = []
    original = getattr(diary_store, name)

    def recorded(db, *args, **kwargs):
        calls.append((threading.current_thread() is threading.main_thread(), (*args, *kwargs.values())))
        return original(db, *args, **kwargs)

    monkeypatch.setattr(diary_store, name, recorded)
    return calls


def test_diary_table_reads_the_blocks_it_shows_off_the_gui_thread(qtbot, diary_context, monkeypatch) -> None:
    ids = diary_store.entry_ids(diary_context.db)
    blocks = _recording(monkeypatch, "rows_by_ids")
    orders = _recording(monkeypatch, "entry_ids")
    model = DiaryTableModel(diary_context)
    model.set_entries(ids)
    assert model.rowCount() == 5000 and not blocks

    assert model.index(4321, 3).data() is None, "the cell waits for its block instead of reading on the GUI thread"
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        pass
    assert [on_gui for on_gui, _args in blocks] == [False]
    assert len(blocks[0][1][0]) == BLOCK_ROWS, "one block around the row shown"
    assert model.index(4321, 3).data() == str((4999 - 4321) % 11)
    assert model.index(4322, 7).data() == f"note {4999 - 4322}"
    assert len(blocks) == 1, "the next row comes from the same block"

    model.index(10, 0).data()
    model.index(11, 0).data()
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        pass
    assert len(blocks) == 2, "a block being read is not asked for twice"

    kept = QPersistentModelIndex(model.index(10, 0))
    kept_id = model.entry_id(10)
    with qtbot.waitSignal(model.layoutChanged, timeout=5000):
        model.sort(3, Qt.SortOrder.AscendingOrder)
        assert model.entry_id(10) == kept_id, "the order changes once the file answered"
    assert orders == [(False, (None, None, "soreness", False))]
    assert model.entry_id(kept.row()) == kept_id, "a selected entry stays selected after sorting"
    assert model.row_of(kept_id) == kept.row()
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert len(orders) == 1, "the same order is not read twice"
    qtbot.waitUntil(lambda: all(model.index(row, 3).data() is not None for row in range(0, 400, 50)), timeout=5000)
    soreness = [int(model.index(row, 3).data()) for row in range(0, 400, 50)]
    assert soreness == sorted(soreness) and soreness[0] == 0
    assert all(not on_gui for on_gui, _args in blocks + orders)


def test_a_block_or_order_read_before_a_reload_is_dropped(qtbot, diary_context, monkeypatch) -> None:
    release = threading.Event()
    original = diary_store.rows_by_ids

    def slow(db, wanted):
        release.wait(5)
        return original(db, wanted)

    monkeypatch.setattr(diary_store, "rows_by_ids", slow)
    model = DiaryTableModel(diary_context)
    model.set_entries(diary_store.entry_ids(diary_context.db))
    assert model.index(0, 7).data() is None
    model.sort(3, Qt.SortOrder.AscendingOrder)
    # The file changed: the page reloads with only the entries of the last week, newest first.
    week = diary_store.entry_ids(diary_context.db, dt.date(2025, 9, 1), dt.date(2025, 9, 7))
    model.set_entries(week, dt.date(2025, 9, 1), dt.date(2025, 9, 7))
    release.set()
    wait_for_all()
    qtbot.wait(50)
    assert model.rowCount() == 7 and [model.entry_id(row) for row in range(7)] == week, "the old sort was dropped"
    assert model.cached_row(max(week)) is None, "the old block was dropped"
    with qtbot.waitSignal(model.dataChanged, timeout=5000):
        assert model.index(0, 0).data() is None
    assert model.index(0, 0).data() == "2025-09-07"


def test_a_block_that_cannot_be_read_is_reported_once(qtbot, diary_context, monkeypatch) -> None:
    def broken(db, _wanted):
        raise StorageError(StorageProblem.UNAVAILABLE, db.path, "The data file could not be read.")

    monkeypatch.setattr(diary_store, "rows_by_ids", broken)
    model = DiaryTableModel(diary_context)
    model.set_entries(diary_store.entry_ids(diary_context.db))
    with qtbot.waitSignal(model.read_failed, timeout=5000) as failure:
        model.index(0, 0).data()
    assert "could not be read" in str(failure.args[0])
    with qtbot.assertNotEmitted(model.read_failed, wait=200):
        model.index(1, 0).data()


def test_runs_table_sorts_itself_stably_and_keeps_the_selection() -> None:
    start = dt.datetime(2025, 3, 2, 7, tzinfo=dt.UTC)
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


def test_the_charts_hover_asks_for_an_entry_in_the_background(qtbot, diary_context, monkeypatch) -> None:
    ids = diary_store.entry_ids(diary_context.db)
    blocks = _recording(monkeypatch, "rows_by_ids")
    model = DiaryTableModel(diary_context)
    model.set_entries(ids[:10])
    outside_the_table = ids[-1]
    with qtbot.waitSignal(model.rows_arrived, timeout=5000):
        assert model.row_or_ask(outside_the_table) is None, "the hover describes the bare point meanwhile"
    row = model.row_or_ask(outside_the_table)
    assert row is not None and row.local_date == "2012-01-01" and row.notes == "note 0"
    assert blocks == [(False, ([outside_the_table],))]
