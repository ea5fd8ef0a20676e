"""Preferences: every choice is saved and announced, the keyboard walks the dialog in reading order, and
moving the data folder copies, verifies and switches the window to the new folder."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QFileDialog, QMessageBox

from calfdesk import paths
from calfdesk.domain.diary import make_entry
from calfdesk.storage import backup as backup_store
from calfdesk.storage import diary_store


@pytest.fixture
def dialog(window, qtbot, monkeypatch):
    monkeypatch.setattr(backup_store, "_retention", backup_store.Retention())
    from calfdesk.ui.shell.preferences_dialog import PreferencesDialog

    made = PreferencesDialog(window.context, window, set_theme=window.set_theme, move_folder=lambda: None)
    qtbot.addWidget(made)
    return made


def test_saving_stores_every_choice_and_tells_the_pages(window, dialog, qtbot) -> None:
    changed: list[str] = []
    window.events.settings_changed.connect(changed.append)
    dialog.units_combo.setCurrentIndex(dialog.units_combo.findData("mi"))
    dialog.week_combo.setCurrentIndex(dialog.week_combo.findData("sunday"))
    dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData("dark"))
    log_row = dialog.reminder_rows["reminder_log_time"]
    assert not log_row.time_edit.isEnabled(), "a reminder that is off has no time to edit"
    log_row.check.setChecked(True)
    log_row.time_edit.setTime(QTime(21, 30))
    dialog.reminder_rows["reminder_morning_time"].check.setChecked(True)
    dialog.keep_daily.setValue(14)
    dialog.keep_weekly.setValue(8)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    settings = window.context.settings
    assert settings.get("units") == "mi"
    assert settings.get("week_start") == "sunday"
    assert settings.get("theme") == "dark"
    assert settings.get("reminder_log_time") == "21:30"
    assert settings.get("reminder_morning_time") == "08:00", "the offered time is used when switched on"
    assert settings.get("reminder_evening_time") == ""
    assert (settings.get("backup_keep_daily"), settings.get("backup_keep_weekly")) == (14, 8)
    assert backup_store._retention == backup_store.Retention(daily=14, weekly=8)
    assert set(changed) >= {"units", "week_start", "theme", "reminder_log_time", "backup_keep_daily"}
    assert QApplication.palette().window().color().lightness() < 100, "the dark theme is applied"
    window.set_theme("light")


def test_cancel_changes_nothing(window, dialog) -> None:
    dialog.units_combo.setCurrentIndex(dialog.units_combo.findData("mi"))
    dialog.reject()
    assert window.context.settings.get("units") == "km"


def test_the_dialog_shows_the_saved_values(window, qtbot) -> None:
    from calfdesk.ui.shell.preferences_dialog import PreferencesDialog

    window.context.settings.set("reminder_evening_time", "18:05")
    window.context.settings.set("week_start", "sunday")
    dialog = PreferencesDialog(window.context, window)
    qtbot.addWidget(dialog)
    evening = dialog.reminder_rows["reminder_evening_time"]
    assert evening.check.isChecked()
    assert evening.time_edit.time() == QTime(18, 5)
    assert dialog.week_combo.currentData() == "sunday"
    assert not dialog.move_button.isEnabled(), "without a window to switch there is nothing to move"


def tab_sequence(start, count: int) -> list:
    """The widgets Tab reaches after `start`, in order (enabled, visible, taking focus by Tab)."""
    found = []
    widget = start
    while len(found) < count:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        inner = isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox)  # a field's own line edit
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if not inner and takes_tab and widget.isVisibleTo(start.window()) and widget.isEnabled():
            found.append(widget)
    return found


def test_tab_walks_the_dialog_in_reading_order(dialog) -> None:
    """Down the first column (general, about you, backups), then the second (reminders, data folder)."""
    for row in dialog.reminder_rows.values():
        row.check.setChecked(True)
    rows = list(dialog.reminder_rows.values())
    assert tab_sequence(dialog.units_combo, 17) == [
        dialog.week_combo,
        dialog.theme_combo,
        dialog.language_combo,
        dialog.sex_combo,
        dialog.birth_year,
        dialog.keep_daily,
        dialog.keep_weekly,
        rows[0].check,
        rows[0].time_edit,
        rows[1].check,
        rows[1].time_edit,
        rows[2].check,
        rows[2].time_edit,
        dialog.close_combo,
        dialog.autostart_check,
        dialog.move_button,
        dialog.save_button,
    ]


def test_edit_menu_opens_preferences_with_ctrl_comma(window) -> None:
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"
    assert window.preferences_action.text() == "&Preferences…"


def test_moving_the_data_folder_switches_the_window_and_is_remembered(window, qtbot, tmp_path, monkeypatch) -> None:
    from calfdesk.ui.shell.data_folder_move import move_data_folder

    db = window.context.db
    old_folder = db.data_dir
    for day in range(1, 6):
        diary_store.add_entry(db, make_entry(local_date=dt.date(2026, 4, day), local_time=dt.time(8), soreness=day))
    # Settings kept in the platform's settings folder, as in a normal start.
    from calfdesk.settings import Settings

    config = tmp_path / "config"
    window.context.settings = Settings(config)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    target = tmp_path / "new home"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(target))
    import threading

    from calfdesk.services import data_folder

    copied_on: list[threading.Thread] = []
    copy = data_folder.copy_data_folder

    def recorded_copy(*args, **kwargs):
        copied_on.append(threading.current_thread())
        return copy(*args, **kwargs)

    monkeypatch.setattr(data_folder, "copy_data_folder", recorded_copy)

    handle = move_data_folder(window, window.context, window.data_safety.switch_folder)
    assert handle is not None
    qtbot.waitUntil(lambda: window.context.db.data_dir == target, timeout=10_000)
    assert len(copied_on) == 1 and copied_on[0] is not threading.main_thread(), "the copy ran off the GUI thread"

    assert len(diary_store.list_entries(window.context.db)) == 5
    assert window.context.settings.get("data_dir") == str(target)
    assert paths.database_path(old_folder).exists(), "the old folder is left as it was"
    assert told and str(target) in told[0] and "left as it was" in told[0]
    diary_store.add_entry(
        window.context.db, make_entry(local_date=dt.date(2026, 4, 9), local_time=dt.time(8), soreness=2)
    )
    assert len(diary_store.list_entries(window.context.db)) == 6, "new entries go to the new folder"


def test_moving_into_a_folder_with_data_is_refused(window, tmp_path, monkeypatch) -> None:
    from calfdesk.storage.database import open_database
    from calfdesk.ui.shell.data_folder_move import move_data_folder

    occupied = tmp_path / "occupied"
    open_database(occupied).close()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    assert move_data_folder(window, window.context, window.data_safety.switch_folder, occupied) is None
    assert warned and "already holds calfdesk data" in warned[0]
    assert window.context.db.data_dir != occupied


def test_the_move_button_in_the_dialog_starts_a_move(window, qtbot, monkeypatch) -> None:
    from calfdesk.ui.shell import data_folder_move

    started: list[object] = []
    monkeypatch.setattr(data_folder_move, "move_data_folder", lambda owner, context, switch: started.append(context))
    QTimer.singleShot(0, lambda: _click_move_and_close(qtbot))
    window.show_preferences()
    assert started == [window.context]


def _click_move_and_close(qtbot) -> None:
    from calfdesk.ui.shell.preferences_dialog import PreferencesDialog

    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, PreferencesDialog) and w.isVisible())
    qtbot.mouseClick(dialog.move_button, Qt.MouseButton.LeftButton)
    dialog.reject()


def _exec_arguments(desktop_text: str) -> list[str]:
    """The Exec key of a desktop entry as arguments (string unescaping, then the Exec key's quoting)."""
    import shlex

    line = next(line for line in desktop_text.splitlines() if line.startswith("Exec="))
    return shlex.split(line.removeprefix("Exec=").replace("\\\\", "\\").replace("%%", "%"))


@pytest.mark.slow
def test_start_with_the_computer_writes_a_valid_autostart_entry_that_starts_calfdesk(window, dialog) -> None:
    import os
    import shutil
    import subprocess
    from pathlib import Path

    entry = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "io.github.calfdesk.Calfdesk.desktop"
    assert not dialog.autostart_check.isChecked()
    dialog.autostart_check.setChecked(True)
    dialog.save()
    assert entry.is_file()
    validator = shutil.which("desktop-file-validate")
    assert validator is not None, "desktop-file-utils is installed by .ci/run"
    checked = subprocess.run([validator, str(entry)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout

    arguments = _exec_arguments(entry.read_text(encoding="utf-8"))
    assert arguments[-1] == "--tray"
    assert arguments[arguments.index("--data-dir") + 1] == str(window.context.db.data_dir)
    # The command starts this calfdesk on this folder (--smoke: wait until loaded, then exit).
    started = subprocess.run(
        [*arguments, "--smoke"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert started.returncode == 0, started.stderr

    from calfdesk.ui.shell.preferences_dialog import PreferencesDialog

    again = PreferencesDialog(window.context, window)
    assert again.autostart_check.isChecked(), "the box shows what is on disk"
    again.autostart_check.setChecked(False)
    again.save()
    assert not entry.exists()
    again.deleteLater()


def test_a_failing_autostart_change_says_so_and_keeps_the_dialog_open(window, qtbot) -> None:
    from calfdesk.ui.shell.preferences_dialog import PreferencesDialog

    class RefusingAutostart:
        def enabled(self) -> bool:
            return False

        def enable(self, _command) -> None:
            raise PermissionError(13, "Permission denied", "/home/r/.config/autostart")

        def disable(self) -> None:
            raise AssertionError("not asked to remove")

    dialog = PreferencesDialog(window.context, window, autostart=RefusingAutostart())
    qtbot.addWidget(dialog)
    dialog.units_combo.setCurrentIndex(dialog.units_combo.findData("mi"))
    dialog.autostart_check.setChecked(True)
    dialog.save()
    assert not dialog.autostart_problem.isHidden()
    assert "permission denied (/home/r/.config/autostart)" in dialog.autostart_problem.text()
    assert window.context.settings.get("units") == "km", "nothing saved"
    assert dialog.autostart_check.isChecked() and dialog.result() == 0, "the choice stays to retry"


def test_sex_and_birth_year_are_optional_and_saved(window, dialog, qtbot) -> None:
    settings = window.context.settings
    assert (settings.sex, settings.birth_year) == ("", 0)
    assert dialog.birth_year.text() == "Not given" and dialog.sex_combo.currentText() == "Not given"
    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData("female"))
    dialog.birth_year.lineEdit().selectAll()
    qtbot.keyClicks(dialog.birth_year, "1984")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert (settings.sex, settings.birth_year) == ("female", 1984)
