"""The tray while reminders are on: its menu, closing the window to it, Quit, and reminders that open what
they ask for when clicked."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from calfdesk.domain.reminders import Reminder
from calfdesk.ui.shell import tray as tray_module


class FakeTrayIcon(QObject):
    """Stands in for QSystemTrayIcon where the test machine has no tray."""

    activated = Signal(object)
    messageClicked = Signal()

    def __init__(self, *_args: object) -> None:
        super().__init__()
        self.visible = False
        self.menu = None
        self.messages: list[tuple[str, str]] = []

    def setToolTip(self, _text: str) -> None:
        pass

    def setContextMenu(self, menu) -> None:
        self.menu = menu

    def setVisible(self, visible: bool) -> None:
        self.visible = visible

    def isVisible(self) -> bool:
        return self.visible

    def hide(self) -> None:
        self.visible = False

    def showMessage(self, title: str, message: str, *_args: object) -> None:
        self.messages.append((title, message))


class SpontaneousClose(QCloseEvent):
    """A close that comes from the window system (the runner's close button), not from the program."""

    def spontaneous(self) -> bool:
        return True


@pytest.fixture
def with_tray(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tray_module, "tray_available", lambda: True)
    monkeypatch.setattr(tray_module, "make_icon", lambda _icon, _parent: FakeTrayIcon())


@pytest.fixture
def tray_window(with_tray, make_window, data_dir):
    from calfdesk.settings import Settings

    Settings(data_dir).set("reminder_log_time", "20:00")
    window = make_window()
    yield window
    window.tray.quit_action.trigger()


def test_tray_icon_only_while_reminders_are_on(with_tray, make_window) -> None:
    window = make_window()
    assert not window.tray.active, "no reminders, no icon"
    assert QApplication.quitOnLastWindowClosed()
    window.context.settings.set("reminder_morning_time", "08:00")
    window.events.settings_changed.emit("reminder_morning_time")
    assert window.tray.active
    assert window.tray.icon.menu is window.tray.menu
    assert not QApplication.quitOnLastWindowClosed(), "closing to the tray does not end calfdesk"
    window.context.settings.set("reminder_morning_time", "")
    window.events.settings_changed.emit("reminder_morning_time")
    assert not window.tray.active
    assert QApplication.quitOnLastWindowClosed()


def test_tray_menu_logs_opens_rehab_opens_and_quits(tray_window, qtbot) -> None:
    window = tray_window
    texts = [action.text() for action in window.tray.menu.actions()]
    assert texts == ["Log soreness…", "Today's rehab…", "Open calfdesk", "", "Quit"]

    window.hide()
    window.tray.log_action.trigger()
    from calfdesk.ui.diary.entry_dialog import EntryDialog

    dialog = window._log_dialog
    assert isinstance(dialog, EntryDialog) and dialog.isVisible()
    assert not window.isVisible(), "the compact dialog, not the whole window"
    dialog.form.soreness.setValue(4)
    dialog.save()
    from calfdesk.storage import diary_store

    qtbot.waitUntil(lambda: [entry.soreness for entry in diary_store.list_entries(window.context.db)] == [4])

    window.tray.rehab_action.trigger()
    assert window.isVisible() and window.current_key() == "rehab"
    window.hide()
    window.tray.open_action.trigger()
    assert window.isVisible()

    window.tray.quit_action.trigger()
    assert not window.isVisible()
    assert not window.tray.active, "the icon goes with the program"
    assert QApplication.quitOnLastWindowClosed()


def test_closing_asks_the_first_time_then_keeps_to_the_answer(tray_window, qtbot, monkeypatch) -> None:
    window = tray_window
    from calfdesk.ui.shell import tray_choice

    asked: list[str] = []
    answers = iter(["cancel", "tray"])

    def ask(_parent) -> str:
        asked.append("asked")
        return next(answers)

    monkeypatch.setattr(tray_choice, "ask_close_to_tray", ask)
    event = SpontaneousClose()
    window.closeEvent(event)
    assert not event.isAccepted() and window.isVisible(), "Cancel keeps the window open"
    assert window.context.settings.get("close_to_tray") == "ask", "and asks again next time"

    event = SpontaneousClose()
    window.closeEvent(event)
    assert not event.isAccepted() and not window.isVisible(), "kept in the tray"
    assert window.tray.active
    assert window.context.settings.get("close_to_tray") == "tray"

    window.show()
    event = SpontaneousClose()
    window.closeEvent(event)
    assert len(asked) == 2, "not asked again once answered"
    assert not window.isVisible()


def test_choosing_quit_when_closing_quits(tray_window, monkeypatch) -> None:
    window = tray_window
    from calfdesk.ui.shell import tray_choice

    monkeypatch.setattr(tray_choice, "ask_close_to_tray", lambda _parent: "quit")
    event = SpontaneousClose()
    window.closeEvent(event)
    assert event.isAccepted()
    assert window.context.settings.get("close_to_tray") == "quit"


def test_the_close_question_offers_the_tray_quit_and_cancel(tray_window, qtbot) -> None:
    from calfdesk.ui.shell.tray_choice import close_to_tray_box

    box = close_to_tray_box(tray_window)
    qtbot.addWidget(box)
    names = sorted(button.objectName() for button in box.buttons())
    assert names == ["cancel", "quit", "tray"]
    assert box.defaultButton().objectName() == "tray"
    assert "tray" in box.text()


def test_a_clicked_reminder_opens_the_log_dialog_or_todays_rehab(tray_window, qtbot) -> None:
    window = tray_window
    window.hide()
    window.reminders.clock = lambda: dt.datetime.combine(dt.date.today(), dt.time(20, 1))
    with qtbot.waitSignal(window.reminders.checked, timeout=5000) as signal:
        window.reminders.check()
    shown = signal.args[0]
    assert [reminder.kind for reminder in shown] == ["log"]
    assert window.tray.icon.messages and window.tray.icon.messages[0][0] == shown[0].title
    window.tray.icon.messageClicked.emit()
    assert window._log_dialog is not None and window._log_dialog.isVisible()
    window._log_dialog.reject()

    window.tray.show_reminder(Reminder("morning", "Morning rehab", "3 items are waiting."))
    window.tray.icon.messageClicked.emit()
    assert window.isVisible() and window.current_key() == "rehab"
