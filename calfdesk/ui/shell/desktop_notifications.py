"""Reminders through the desktop's notification service, for desktops with no tray to carry them.

calfdesk asks the XDG desktop portal (`org.freedesktop.portal.Notification.AddNotification(s, a{sv})`) over
the session bus with QtDBus. The portal hands the notification to whatever service the desktop runs (GNOME
Shell, KDE Plasma, dunst, mako…) and reports a click as its `ActionInvoked` signal, which opens what the
reminder asks for. The portal is used rather than `org.freedesktop.Notifications.Notify` because Notify's
`uint32` argument cannot be sent from PySide6 (see docs/REPORT_AND_REMINDERS.md).

Every call is asynchronous: a desktop without a portal costs one failed call, after which calfdesk stops
asking and the window's status bar carries the reminders alone.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusError, QDBusMessage

from calfdesk.domain.reminders import Reminder

PORTAL_SERVICE: Final = "org.freedesktop.portal.Desktop"
PORTAL_PATH: Final = "/org/freedesktop/portal/desktop"
PORTAL_INTERFACE: Final = "org.freedesktop.portal.Notification"
ID_PREFIX: Final = "calfdesk-"
OPEN_ACTION: Final = "open"
CALL_TIMEOUT_MS: Final = 5_000


class DesktopNotifications(QObject):
    """Shows reminders as desktop notifications; emits `clicked(kind)` when the runner clicks one."""

    clicked = Signal(str)

    def __init__(self, bus: QDBusConnection | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._failed = False
        self._listening = False

    @property
    def available(self) -> bool:
        """False without a session bus, or once the portal has refused a notification."""
        return self._bus.isConnected() and not self._failed

    def show(self, reminder: Reminder) -> bool:
        """Ask the portal to show `reminder`; False when there is no portal to ask."""
        if not self.available:
            return False
        self._listen()
        message = QDBusMessage.createMethodCall(PORTAL_SERVICE, PORTAL_PATH, PORTAL_INTERFACE, "AddNotification")
        message.setArguments(
            [
                ID_PREFIX + reminder.kind,
                {
                    "title": reminder.title,
                    "body": reminder.message,
                    "default-action": OPEN_ACTION,
                    "priority": "normal",
                },
            ]
        )
        # The answer comes back to a slot of this object: no pending-call object to own and delete.
        return bool(
            self._bus.callWithCallback(  # type: ignore[call-overload]
                message, self, SLOT("_delivered()"), SLOT("_refused(QDBusError)"), CALL_TIMEOUT_MS
            )
        )

    @Slot()
    def _delivered(self) -> None:
        self._failed = False

    @Slot(QDBusError)
    def _refused(self, _error: QDBusError) -> None:
        # No portal here (or it refuses notifications): stop asking; the status bar still tells.
        self._failed = True

    def _listen(self) -> None:
        if not self._listening:
            # PySide6's stub asks for bytes; the binding takes the str that SLOT() gives.
            self._listening = self._bus.connect(  # type: ignore[call-overload]
                PORTAL_SERVICE,
                PORTAL_PATH,
                PORTAL_INTERFACE,
                "ActionInvoked",
                self,
                SLOT("_action_invoked(QDBusMessage)"),
            )

    @Slot(QDBusMessage)
    def _action_invoked(self, message: QDBusMessage) -> None:
        arguments = message.arguments()
        if len(arguments) < 2:
            return
        ident, action = str(arguments[0]), str(arguments[1])
        if ident.startswith(ID_PREFIX) and action in (OPEN_ACTION, "default"):
            self.clicked.emit(ident.removeprefix(ID_PREFIX))
