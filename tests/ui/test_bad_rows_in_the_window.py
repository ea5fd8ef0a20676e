"""Rows that another program (or an earlier version) left in the data file with a garbled date, time, offset or
number never stop a page from loading: the Training page lists such runs (they can be deleted), the Diary page
draws and lists the days it can read."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from calfdesk import paths
from calfdesk.services import training
from tests.reliability import make_diary


def plant(db_path: Path) -> None:
    connection = sqlite3.connect(db_path)
    try:
        connection.execute(
            "INSERT INTO diary_entry (local_date, local_time, utc_offset_min, soreness, context, location, side, "
            "notes, created_utc) VALUES ('2-06-01', '07:30', 60, 4, 'morning', 'calf', 'left', 'unpadded', 'x'), "
            "('garbage', '25:99', 99999999, 5, 'morning', 'calf', 'left', 'garbled', 'y')"
        )
        connection.execute(
            "INSERT INTO run (start_utc, utc_offset_min, local_date, duration_s, distance_m, source, created_utc, "
            "source_file, title, hill, speed, notes) VALUES "
            "('2-06-01T07:00:00Z', 60, '0002-06-01', 1800, 5000, 'gpx', 'x', '', 'ancient', 0, 0, ''), "
            "('not a time', 99999999, 'soon', 1800, 'five km', 'gpx', 'x', '', 'garbled', 0, 0, '')"
        )
        connection.commit()
    finally:
        connection.close()


def test_pages_show_bad_rows_and_they_can_be_deleted(
    make_window, qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_diary(data_dir, 4)
    plant(paths.database_path(data_dir))
    shown: list[str] = []
    for name in ("warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, title, text, *_a, **_k: shown.append(f"{title}: {text}"))

    window = make_window()
    diary = window.page("diary")
    # The diary's chart and table cover the days that can be read; the garbled rows do not stop them.
    qtbot.waitUntil(lambda: diary.model.rowCount() == 4, timeout=10_000)
    window.navigate("training")
    runs = window.page("training")
    qtbot.waitUntil(lambda: runs.model.rowCount() == 2, timeout=10_000)
    window.navigate("today")
    qtbot.waitUntil(lambda: not getattr(window.page("today"), "_loading", False), timeout=10_000)

    assert shown == []
    db = window.context.db
    for run in training.list_runs(db):
        assert run.id is not None
        training.delete_run(db, run.id)
    assert training.list_runs(db) == []
