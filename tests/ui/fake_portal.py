"""A stand-in for the XDG desktop portal's notifications on a private session bus, for the tests.

Run as `python -m tests.ui.fake_portal` with DBUS_SESSION_BUS_ADDRESS set. Prints "ready" once it owns the
portal's name, then one JSON line per notification it is asked to show; a line "click <id>" on its standard
input makes it report a click on that notification, as the desktop does when the runner clicks it.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QSocketNotifier, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage

PATH = "/org/freedesktop/portal/desktop"
INTERFACE = "org.freedesktop.portal.Notification"


@ClassInfo({"D-Bus Interface": INTERFACE})
class Portal(QObject):
    @Slot(str, "QVariantMap")
    def AddNotification(self, ident: str, notification: dict[str, object]) -> None:
        print(json.dumps({"id": ident, **{key: str(value) for key, value in notification.items()}}), flush=True)


def main() -> int:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    portal = Portal()
    options = QDBusConnection.RegisterOption.ExportAllSlots
    if not (bus.registerObject(PATH, portal, options) and bus.registerService("org.freedesktop.portal.Desktop")):
        return 1
    print("ready", flush=True)

    def command() -> None:
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        verb, _, ident = line.strip().partition(" ")
        if verb == "click":
            signal = QDBusMessage.createSignal(PATH, INTERFACE, "ActionInvoked")
            signal.setArguments([ident, "open", []])
            bus.send(signal)

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(command)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
