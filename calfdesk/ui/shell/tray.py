"""The tray icon while reminders are on, so reminders reach the runner with the window closed.

Its menu: Log soreness…, Today's rehab…, Open calfdesk, Quit. A reminder shows as the tray's message (which
Qt hands to the desktop's notification service where the tray is the D-Bus StatusNotifierItem kind); a click
on it opens what it asks for (the log dialog, or today's rehab checklist). Without a tray, the desktop's
notification service shows it through the XDG portal (`desktop_notifications`), and the window's status bar
always does (see docs/REPORT_AND_REMINDERS.md for what was tried).
"""

from __future__ import annotations

from typing import Any, Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from calfdesk.domain.reminders import Reminder
from calfdesk.settings import Settings

REMINDER_KEYS: Final = ("reminder_log_time", "reminder_morning_time", "reminder_evening_time")
MESSAGE_MS: Final = 15_000


def tray_available() -> bool:
    """Whether the desktop shows tray icons (replaced in tests)."""
    return QSystemTrayIcon.isSystemTrayAvailable()


def make_icon(icon: QIcon, parent: QObject) -> Any:
    """The platform's tray icon (replaced in tests by a stand-in with the same signals and methods)."""
    return QSystemTrayIcon(icon, parent)


def make_desktop_notifications(parent: QObject) -> Any:
    """The desktop's notification service (replaced in tests by one on a private session bus); QtDBus loads
    only when a reminder first needs it."""
    from calfdesk.ui.shell.desktop_notifications import DesktopNotifications

    return DesktopNotifications(parent=parent)


def reminders_on(settings: Settings) -> bool:
    return any(settings.reminder_time(kind) is not None for kind in ("log", "morning", "evening"))


class Tray(QObject):
    """Emits `log_requested`, `rehab_requested`, `open_requested` and `quit_requested` from the menu and from
    a click on a reminder; the window decides what they do."""

    log_requested = Signal()
    rehab_requested = Signal()
    # A reminder that belongs to a page of its own (the weekly PSFS: "progress").
    page_requested = Signal(str)
    open_requested = Signal()
    quit_requested = Signal()

    def __init__(self, window: QWidget, settings: Settings) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.menu = QMenu(window)
        self.menu.setAccessibleName(self.tr("calfdesk tray menu"))
        self.log_action = self._add(self.tr("Log soreness…"), self.log_requested)
        self.rehab_action = self._add(self.tr("Today's rehab…"), self.rehab_requested)
        self.open_action = self._add(self.tr("Open calfdesk"), self.open_requested)
        self.menu.addSeparator()
        self.quit_action = self._add(self.tr("Quit"), self.quit_requested)
        self.icon: Any = None
        self.desktop: Any = None
        self._last_kind = "log"
        self.sync()

    def _add(self, text: str, signal: Any) -> QAction:
        action = self.menu.addAction(text)
        action.triggered.connect(lambda _checked=False: signal.emit())
        return action

    @property
    def active(self) -> bool:
        """True while the tray icon is shown (reminders on and the desktop has a tray)."""
        return self.icon is not None and bool(self.icon.isVisible())

    def sync(self) -> None:
        """Show the icon while reminders are on, hide it otherwise."""
        wanted = reminders_on(self._settings) and tray_available()
        if wanted and self.icon is None:
            self.icon = make_icon(self._window.windowIcon(), self)
            self.icon.setToolTip(self.tr("calfdesk: reminders are on"))
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self._message_clicked)
        if self.icon is not None:
            self.icon.setVisible(wanted)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    def show_reminder(self, reminder: Reminder) -> str | None:
        """Show a reminder as the tray's message ("tray"), else as a desktop notification ("desktop"); None
        when neither can be shown."""
        self._last_kind = reminder.kind
        if self.active and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(reminder.title, reminder.message, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
            return "tray"
        if self.desktop is None:
            self.desktop = make_desktop_notifications(self)
            self.desktop.clicked.connect(self._open_for)
        return "desktop" if self.desktop.show(reminder) else None

    def _message_clicked(self) -> None:
        self._open_for(self._last_kind)

    def _open_for(self, kind: str) -> None:
        """A reminder was clicked: open what it asks for."""
        if kind == "log":
            self.log_requested.emit()
        elif kind == "psfs":
            self.page_requested.emit("progress")
        else:
            self.rehab_requested.emit()
