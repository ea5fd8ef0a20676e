"""The window never opens a data file someone altered to carry code (a trigger, a view): at start it offers to
restore the latest backup, which is checked the same way, and a folder switched to is refused with a message
while the window keeps the runner's current data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from calfdesk import paths
from calfdesk.services import backups
from calfdesk.ui.shell import app
from tests.reliability import digest, entry_ids, folder_state, make_diary

TRIGGER = "CREATE TRIGGER wipe AFTER INSERT ON diary_entry BEGIN DELETE FROM diary_entry; END"


def plant(db_path: Path, statement: str) -> None:
    connection = sqlite3.connect(db_path)
    try:
        connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def click_when_shown(text: str, seen: list[str]) -> None:
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, poll)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == text).click()

    QTimer.singleShot(0, poll)


def test_an_altered_file_at_start_is_not_opened_and_quit_leaves_it_as_it_was(qtbot, data_dir: Path) -> None:
    make_diary(data_dir, 10)
    plant(paths.database_path(data_dir), TRIGGER)
    before = folder_state(data_dir)
    seen: list[str] = []
    click_when_shown("Quit", seen)

    assert app.run_gui(data_dir, smoke=True) == 3

    assert seen and "changed outside calfdesk" in seen[0] and "trigger wipe" in seen[0]
    after = folder_state(data_dir)
    after.pop(paths.WINDOW_LOCK_NAME, None)
    assert after == before


def test_an_altered_file_at_start_can_be_replaced_by_the_latest_backup(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = make_diary(data_dir, 10)
    backups.back_up_now(data_dir)
    db_path = paths.database_path(data_dir)
    plant(db_path, TRIGGER)
    altered = digest(db_path)
    monkeypatch.setattr(QMessageBox, "information", lambda *_args, **_kwargs: QMessageBox.StandardButton.Ok)
    seen: list[str] = []
    click_when_shown("Restore latest backup", seen)

    assert app.run_gui(data_dir, smoke=True) == 0

    assert seen and "trigger wipe" in seen[0]
    kept = [path for path in data_dir.iterdir() if ".damaged-" in path.name or ".replaced-" in path.name]
    assert len(kept) == 1 and digest(kept[0]) == altered, "the altered file is kept, unchanged, beside"
    assert entry_ids(db_path) == ids
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'").fetchone() == (0,)
    finally:
        connection.close()


def test_a_folder_switched_to_that_carries_a_trigger_is_refused_and_the_window_keeps_its_data(
    make_window, qtbot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = make_diary(data_dir, 6)
    other = tmp_path / "other"
    make_diary(other, 2)
    plant(paths.database_path(other), TRIGGER)
    other_before = folder_state(other)
    other_before.pop(".calfdesk-open.lock", None)
    window = make_window()
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *_a, **_k: warned.append((title, text)))

    window.data_safety.switch_folder(other)
    qtbot.waitUntil(lambda: bool(warned) and window.isEnabled(), timeout=10_000)

    [(title, text)] = warned
    assert title == "That folder cannot be used" and "trigger wipe" in text and str(other) in text
    assert window.context.db.data_dir == data_dir
    assert entry_ids(paths.database_path(data_dir)) == ids
    after = folder_state(other)
    after.pop(".calfdesk-open.lock", None)
    after.pop(paths.WINDOW_LOCK_NAME, None)
    assert after == other_before
