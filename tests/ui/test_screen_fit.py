"""Real screens: the window opens within the screen's available area, and the diary and runs tables never
need horizontal scrolling (the columns that matter least give way)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect

from calfdesk.storage import diary_store
from tools.sample_data import sample_entries
from tools.sample_training import add_sample_training


def _fill(window) -> None:
    db = window.context.db
    diary_store.add_entries_bulk(db, sample_entries(120))
    add_sample_training(db)


def _no_horizontal_scrolling(table) -> bool:
    return table.horizontalHeader().length() <= table.viewport().width() + 1


def test_the_window_opens_within_the_available_area(make_window) -> None:
    window = make_window()
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())
    assert window.width() >= min(available.width(), 1440) * 0.9, "uses the screen"


def test_a_size_chosen_before_showing_is_kept(make_window, qtbot) -> None:
    window = make_window(show=False)
    window.setMinimumSize(0, 0)
    window.resize(700, 500)
    window.show()
    qtbot.waitExposed(window)
    assert not window.isMaximized()
    assert (window.width(), window.height()) == (700, 500)


def test_a_saved_place_on_a_screen_that_is_gone_is_not_restored(make_window) -> None:
    window = make_window(show=False)
    window.setGeometry(QRect(5000, 3000, 1400, 900))
    window._window_settings.setValue("geometry", window.saveGeometry())
    window.close()
    again = make_window(show=False)
    assert isinstance(again._window_settings.value("geometry"), QByteArray)
    assert again.screen().availableGeometry().contains(again.geometry().center())


@pytest.mark.parametrize("size", [(1280, 690), (1366, 740), (1920 * 2 // 3, 1040 * 2 // 3)])
def test_diary_and_runs_tables_fit_without_horizontal_scrolling(make_window, qtbot, size) -> None:
    window = make_window()
    _fill(window)
    window.setMinimumSize(0, 0)
    window.resize(*size)
    diary_page = window.navigate("diary")
    qtbot.waitUntil(lambda: diary_page.model.rowCount() > 0, timeout=5000)
    qtbot.wait(50)
    table = diary_page.table
    assert _no_horizontal_scrolling(table), (table.horizontalHeader().length(), table.viewport().width())
    assert not table.isColumnHidden(7) and table.columnWidth(7) >= 110, "notes keep a useful width"
    for essential in (0, 1, 2, 3):
        assert not table.isColumnHidden(essential)
    training_page = window.navigate("training")
    qtbot.waitUntil(lambda: training_page.model.rowCount() > 0, timeout=5000)
    qtbot.wait(50)
    runs = training_page.table
    assert _no_horizontal_scrolling(runs), (runs.horizontalHeader().length(), runs.viewport().width())
    for essential in (0, 1, 2, 5, 7):
        assert not runs.isColumnHidden(essential)


def test_columns_come_back_when_there_is_room(make_window, qtbot) -> None:
    window = make_window()
    window.setMinimumSize(0, 0)
    page = window.navigate("diary")
    window.resize(1100, 700)
    qtbot.wait(50)
    hidden = page.records.columns.hidden()
    assert hidden, "a narrow table lets columns give way"
    assert set(hidden) <= {4, 5, 6}
    window.resize(2400, 1200)
    qtbot.wait(50)
    assert page.records.columns.hidden() == []
    assert _no_horizontal_scrolling(page.table)


@pytest.mark.slow
def test_every_page_at_1366_by_768_passes_the_screen_checks(tmp_path: Path) -> None:
    """The screenshot tool's own checks (window inside the screen, no horizontal scrolling, chart range equal
    to its button) on an offscreen screen of 1366×768 with a year of entries and old runs."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": 1366, "height": 768}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "tools.screen_sizes", "--one", "1366", "768", "1", str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    from tools.screen_sizes import PAGES

    assert len(list(tmp_path.glob("*-1366x768-100pct-*.png"))) == 2 * len(PAGES), "every page, light and dark"
