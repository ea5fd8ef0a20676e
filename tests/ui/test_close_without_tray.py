"""Closing the window with a reminder on where the desktop shows no tray icon (stock GNOME): calfdesk says that
the reminders stop while it is closed and offers to stay open, minimized, or to start at log-in; the choice is
never silent. Preferences explains the same, in full, at 1366x768."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from calfdesk.domain.reminders import Reminder
from calfdesk.ui.shell import tray as tray_module


class SpontaneousClose(QCloseEvent):
    """A close that comes from the window system (the runner's close button), not from the program."""

    def spontaneous(self) -> bool:
        return True


@pytest.fixture
def no_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tray_module, "tray_available", lambda: False)


@pytest.fixture
def reminding_window(no_tray, make_window, data_dir):
    from calfdesk.settings import Settings

    Settings(data_dir).set("reminder_log_time", "20:00")
    window = make_window()
    assert not window.tray.active
    yield window
    window.quit()


def close_and_answer(window, qtbot, answer: Callable[[QMessageBox], None]) -> tuple[QCloseEvent, list[str]]:
    """Close the window as the runner does and answer the question it asks; returns the event and what the
    question said (nothing when none was asked)."""
    said: list[str] = []

    def reply() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            said.extend([box.windowTitle(), box.text(), box.informativeText()])
            answer(box)

    QTimer.singleShot(0, reply)
    event = SpontaneousClose()
    window.closeEvent(event)
    return event, said


def click(name: str, qtbot) -> Callable[[QMessageBox], None]:
    def press(box: QMessageBox) -> None:
        buttons = {button.objectName(): button for button in box.buttons()}
        qtbot.mouseClick(buttons[name], Qt.MouseButton.LeftButton)

    return press


def autostart_entry() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "io.github.calfdesk.Calfdesk.desktop"


def test_closing_says_reminders_stop_and_keeps_calfdesk_open_minimized(reminding_window, qtbot) -> None:
    window = reminding_window
    event, said = close_and_answer(window, qtbot, click("minimize", qtbot))
    assert "Your reminders stop while calfdesk is closed." in said
    assert "no tray icon" in said[2] and "log in" in said[2]
    assert not event.isAccepted(), "calfdesk keeps running"
    qtbot.waitUntil(window.isMinimized, timeout=2000)
    assert window.isVisible()
    assert window.context.settings.get("close_to_tray") == "tray", "remembered: keep calfdesk running"

    window.tray.show_reminder(Reminder("log", "Log today's soreness", "Nothing logged yet today."))
    window.tray.desktop.clicked.emit("log")  # the runner clicks the desktop's notification
    dialog = window._log_dialog
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=2000)
    assert dialog.parentWidget() is None, "not hidden away with the minimized window"
    dialog.reject()

    window.showNormal()
    event, said = close_and_answer(window, qtbot, click("quit", qtbot))
    assert said == [], "not asked again once answered"
    assert not event.isAccepted()
    qtbot.waitUntil(window.isMinimized, timeout=2000)


def test_start_at_log_in_then_quit_writes_the_autostart_entry(reminding_window, qtbot) -> None:
    window = reminding_window
    assert not autostart_entry().exists()
    event, said = close_and_answer(window, qtbot, click("autostart", qtbot))
    assert said, "asked"
    assert event.isAccepted(), "calfdesk quits"
    assert "--tray" in autostart_entry().read_text(encoding="utf-8")
    assert window.context.settings.get("close_to_tray") == "quit"


def test_once_calfdesk_starts_at_log_in_the_question_says_so(reminding_window, qtbot) -> None:
    from calfdesk.services.autostart import for_this_computer, set_enabled

    set_enabled(for_this_computer(), True)
    window = reminding_window
    event, said = close_and_answer(window, qtbot, click("quit", qtbot))
    assert "calfdesk starts when you log in" in said[2]
    assert event.isAccepted()


def test_escape_keeps_the_window_open_and_asks_again(reminding_window, qtbot) -> None:
    window = reminding_window

    def escape(box: QMessageBox) -> None:
        assert "autostart" in [button.objectName() for button in box.buttons()]
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    event, said = close_and_answer(window, qtbot, escape)
    assert said and not event.isAccepted()
    assert window.isVisible() and not window.isMinimized()
    assert window.context.settings.get("close_to_tray") == "ask"


def test_without_reminders_closing_quits_without_a_question(no_tray, make_window, qtbot) -> None:
    window = make_window()
    event, said = close_and_answer(window, qtbot, click("cancel", qtbot))
    assert said == [] and event.isAccepted()


def test_preferences_explain_it_in_full_at_1366x768(reminding_window, qtbot) -> None:
    from calfdesk.ui.shell.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(reminding_window.context, reminding_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    note = dialog.reminders_note
    assert "reminders stop while calfdesk is closed" in note.text()
    assert note.height() >= note.heightForWidth(note.width()), "every line of the sentence shows"
    assert dialog.height() <= 768 - 48, "fits a 1366x768 screen under its title bar and panel"
    choices = [dialog.close_combo.itemText(index) for index in range(dialog.close_combo.count())]
    assert choices == ["Ask me", "Keep calfdesk open, minimized", "Quit calfdesk (reminders stop)"]
    assert dialog.autostart_check.text() == "&Start calfdesk when I log in, minimized"
