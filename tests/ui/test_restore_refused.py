"""File > Restore… with a backup whose tables are not calfdesk's (an older revision, altered): a message says
so and what to do, the window keeps working on the live file, and that file is untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from calfdesk import paths
from calfdesk.ui.shell import data_safety, recovery
from tests.reliability import digest, entry_ids, file_at_revision, make_diary


def test_an_altered_backup_of_an_older_revision_is_refused_with_a_message(
    make_window, qtbot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = make_diary(data_dir, 12)
    old = file_at_revision(tmp_path / "old", "0001_diary")
    with sqlite3.connect(old) as connection:
        connection.execute("ALTER TABLE diary_entry ADD COLUMN payload TEXT")
    connection.close()
    folder = paths.backup_dir(data_dir)
    folder.mkdir(exist_ok=True)
    backup = folder / "calfdesk-20250601-073000-manual.sqlite3"
    shutil.copyfile(old, backup)
    backup_before = digest(backup)

    window = make_window()
    diary_page = window.page("diary")
    qtbot.waitUntil(lambda: diary_page.model.rowCount() == len(ids))
    live_before = digest(paths.database_path(data_dir))

    shown: list[tuple[str, str]] = []

    def record(_parent, title, text, *_args, **_kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, record)
    damage_dialogs: list[object] = []
    monkeypatch.setattr(recovery, "ask_what_to_do", lambda *args, **kwargs: damage_dialogs.append(args))

    def pick_backup() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, data_safety.RestoreDialog):
            QTimer.singleShot(20, pick_backup)
            return
        for row in range(dialog.list.count()):
            if dialog.list.item(row).data(0x0100) == str(backup):
                dialog.list.setCurrentRow(row)
        dialog.restore_button.click()

    QTimer.singleShot(0, pick_backup)
    window.data_safety.restore_action.trigger()
    # The restore runs on the write worker while the window waits; its answer comes back to the window.
    qtbot.waitUntil(lambda: bool(shown) and window.isEnabled(), timeout=10_000)

    assert damage_dialogs == [], "a bad backup is not a damaged data file"
    [(title, text)] = shown
    assert title == "The backup was not restored"
    assert backup.name in text and "unknown column payload" in text
    assert digest(backup) == backup_before
    assert entry_ids(paths.database_path(data_dir)) == ids
    assert digest(paths.database_path(data_dir)) == live_before
    qtbot.waitUntil(lambda: diary_page.model.rowCount() == len(ids))
