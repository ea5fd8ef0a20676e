"""The tray icon while reminders are on, so reminders reach the runner with the window closed.

Its menu: Log soreness…, Today's rehab…, Open calfdesk, Quit. A reminder shows as the tray's message; a click
on it opens what it asks for (the log dialog, or today's rehab checklist). Where the tray cannot show
messages, the desktop's notification service (freedesktop.org Notifications over D-Bus, through QtDBus)
shows it instead; where there is neither, the status bar does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

from PySide6.QtCore import QMetaType, QObject, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from calfdesk import APP_ID
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


def reminders_on(settings: Settings) -> bool:
    return any(settings.reminder_time(kind) is not None for kind in ("log", "morning", "evening"))


class Tray(QObject):
    """Emits `log_requested`, `rehab_requested`, `open_requested` and `quit_requested` from the menu and from
    a click on a reminder; the window decides what they do."""

    log_requested = Signal()
    rehab_requested = Signal()
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
        self._last_kind = "log"
        self.desktop_notifications: DesktopNotifications | None = None
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

    def show_reminder(self, reminder: Reminder) -> bool:
        """Show a reminder as the tray's message or a desktop notification; False when neither can."""
        self._last_kind = reminder.kind
        if self.active and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(reminder.title, reminder.message, QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
            return True
        if self.desktop_notifications is None:
            self.desktop_notifications = DesktopNotifications(self._open_for)
        return self.desktop_notifications.notify(reminder)

    def _message_clicked(self) -> None:
        self._open_for(self._last_kind)

    def _open_for(self, kind: str) -> None:
        """A reminder was clicked: open what it asks for."""
        if kind == "log":
            self.log_requested.emit()
        else:
            self.rehab_requested.emit()


class DesktopNotifications(QObject):
    """freedesktop.org notifications through QtDBus, for desktops whose tray cannot show messages.
    `clicked(kind)` is called when the runner clicks one."""

    SERVICE: Final = "org.freedesktop.Notifications"
    PATH: Final = "/org/freedesktop/Notifications"

    def __init__(self, clicked: Callable[[str], None]) -> None:
        super().__init__()
        self._clicked = clicked
        self._kinds: dict[int, str] = {}
        self._interface: Any = None
        try:
            from PySide6.QtDBus import QDBusConnection, QDBusInterface
        except ImportError:  # a build of Qt without D-Bus (Windows, macOS)
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        interface = QDBusInterface(self.SERVICE, self.PATH, self.SERVICE, bus)
        if not interface.isValid():
            return
        self._interface = interface
        bus.connect(self.SERVICE, self.PATH, self.SERVICE, "ActionInvoked", self, b"2action_invoked(uint,QString)")

    @property
    def available(self) -> bool:
        return self._interface is not None

    def notify(self, reminder: Reminder) -> bool:
        if self._interface is None:
            return False
        from PySide6.QtDBus import QDBusArgument, QDBusMessage

        # Notify(app_name s, replaces_id u, app_icon s, summary s, body s, actions as, hints a{sv}, timeout i)
        replaces = QDBusArgument()
        replaces.add(0, QMetaType.Type.UInt.value)  # type: ignore[call-arg,attr-defined,unused-ignore]
        reply = self._interface.call(
            "Notify",
            "calfdesk",
            replaces,
            APP_ID,
            reminder.title,
            reminder.message,
            ["default", self.tr("Open")],
            {},
            MESSAGE_MS,
        )
        if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
            return False
        self._kinds[int(reply.arguments()[0])] = reminder.kind
        return True

    @Slot("uint", str)
    def action_invoked(self, notification_id: int, _action: str) -> None:
        kind = self._kinds.pop(int(notification_id), None)
        if kind is not None:
            self._clicked(kind)
