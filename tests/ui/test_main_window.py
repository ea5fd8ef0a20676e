import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from calfdesk.domain.diary import make_entry
from calfdesk.storage import diary_store
from calfdesk.ui.shell.pages import PAGES


def test_sidebar_lists_the_four_sections(window) -> None:
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles[:4] == ["Today", "Assessment", "Rehab plan", "Diary"]
    assert [spec.key for spec in PAGES][:4] == ["today", "assessment", "rehab", "diary"]


def test_every_page_opens(window) -> None:
    for spec in PAGES:
        page = window.navigate(spec.key)
        assert window.stack.currentWidget() is page


def test_today_shows_todays_entries_and_updates_after_logging(window, qtbot) -> None:
    from calfdesk.ui.diary.entry_dialog import EntryDialog

    today = window.page("today")
    assert "Nothing logged yet today" in today.entries_box.itemAt(0).widget().text()
    dialog = EntryDialog(window.context, parent=window)
    dialog.form.soreness.setValue(5)
    dialog.form.notes.setPlainText("after the long run")
    with qtbot.waitSignal(today.loaded, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    texts = [today.entries_box.itemAt(i).widget().text() for i in range(today.entries_box.count())]
    assert any("<b>5</b>/10" in text and "after the long run" in text for text in texts)
    assert today.week.days[-1] == (dt.date.today(), 5)


def test_ctrl_n_opens_the_log_dialog_from_today(window, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    from calfdesk.ui.diary.entry_dialog import EntryDialog

    window.log_action.trigger()
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, EntryDialog) and dialog is window._log_dialog
    dialog.reject()
    assert window.log_action.shortcut().toString() == "Ctrl+N"
    assert window.export_action.shortcut().toString() == "Ctrl+E"


def test_refresh_shows_entries_logged_elsewhere(window, qtbot) -> None:
    today = window.page("today")
    diary_store.add_entry(
        window.context.db, make_entry(local_date=dt.date.today(), local_time=dt.time(6, 5), soreness=2)
    )
    with qtbot.waitSignal(today.loaded, timeout=5000):
        window.refresh_action.trigger()
    assert "06:05" in today.entries_box.itemAt(0).widget().text()


def test_window_geometry_is_remembered(make_window, qtbot) -> None:
    first = make_window()
    first.resize(791, 641)
    first.close()
    second = make_window()
    assert (second.width(), second.height()) == (791, 641)


def test_theme_switch_is_saved(window) -> None:
    window.set_theme("dark")
    assert window.context.settings.get("theme") == "dark"
    from calfdesk.ui.widgets import theme

    assert theme.current().is_dark
    window.set_theme("light")


def test_smoke_run_exits_cleanly(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "calfdesk", "--data-dir", str(tmp_path / "d"), "--smoke"],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "d" / "calfdesk.sqlite3").exists()
    from calfdesk.settings import Settings

    assert Settings(tmp_path / "d").get("disclaimer_acknowledged") is False, "--smoke shows no welcome"


def test_gui_refuses_a_too_new_file_with_a_dialog(tmp_path: Path, monkeypatch) -> None:
    import sqlite3

    from calfdesk.storage.database import open_database
    from calfdesk.ui.shell import app, recovery

    folder = tmp_path / "d"
    open_database(folder).close()
    with sqlite3.connect(folder / "calfdesk.sqlite3") as connection:
        connection.execute("INSERT INTO alembic_version (version_num) VALUES ('9999_future')")
    connection.close()
    shown = []

    def quit_on(parent, error, *, can_restore):
        shown.append(str(error))
        return recovery.Choice.QUIT

    monkeypatch.setattr(recovery, "ask_what_to_do", quit_on)
    assert app.run_gui(folder) == 3
    assert "newer version" in shown[0]
