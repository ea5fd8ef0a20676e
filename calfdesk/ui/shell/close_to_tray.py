"""Closing the window while reminders are on: to the tray (so the reminders still come) or quitting, as the
runner chose the first time; where the desktop has no tray, never without saying that the reminders stop (keep
the window open, minimized, or start calfdesk at log-in); and letting the program end once the tray icon is
gone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from calfdesk.i18n import Texts
from calfdesk.settings import Settings
from calfdesk.ui.context import AppContext

if TYPE_CHECKING:  # the tray loads only when reminders start, after the first paint
    from calfdesk.services.autostart import Autostart
    from calfdesk.ui.shell.tray import Tray


_tr = Texts(__name__)


def close_choice(window: QWidget, settings: Settings) -> str:
    """ "tray", "quit" or "cancel": the runner's choice for closing with reminders on, asked the first time and
    then remembered (Preferences can change it)."""
    choice: str = settings.close_to_tray
    if choice == "ask":
        from calfdesk.ui.shell.tray_choice import ask_close_to_tray

        choice = ask_close_to_tray(window)
        if choice != "cancel":
            settings.set("close_to_tray", choice)
    return choice


def keep_in_tray(window: QWidget, event: QCloseEvent, tray: Tray, context: AppContext, *, quitting: bool) -> str:
    """What a close asked for: "close" to close for real, "tray" to hide in the tray, "minimized" (done: the
    window stays open, minimized), "cancel" to stay open.

    Only a close by the runner (not Quit) with reminders on can end anywhere but "close"."""
    from calfdesk.ui.shell.tray import reminders_on

    if not event.spontaneous() or quitting:
        return "close"
    if not tray.active:
        return close_without_tray(window, event, context) if reminders_on(context.settings) else "close"
    choice = close_choice(window, context.settings)
    if choice == "quit":
        return "close"
    event.ignore()
    return choice


def close_without_tray(window: QWidget, event: QCloseEvent, context: AppContext) -> str:
    """No tray to keep running in, so the reminders stop once calfdesk closes: as `keep_in_tray`. A runner who
    chose to keep calfdesk running ("tray") gets the window minimized; one who has not chosen is told and asked
    (keep open minimized, start at log-in then quit, quit, or cancel); only a chosen "quit" closes at once."""
    settings = context.settings
    choice = settings.close_to_tray
    if choice == "quit":
        return "close"
    if choice == "ask":
        from calfdesk.services.autostart import for_this_computer
        from calfdesk.ui.shell.tray_choice import ask_without_tray

        autostart = for_this_computer()
        answer = ask_without_tray(window, starts_at_login=autostart.enabled())
        if answer == "cancel":
            event.ignore()
            return "cancel"
        if answer == "autostart" and not _start_at_login(window, autostart, context):
            event.ignore()
            return "cancel"
        choice = "tray" if answer == "minimize" else "quit"
        settings.set("close_to_tray", choice)
        if choice == "quit":
            return "close"
    event.ignore()
    window.showMinimized()
    return "minimized"


def _start_at_login(window: QWidget, autostart: Autostart, context: AppContext) -> bool:
    """Write the start-at-log-in entry; False, having said why, when it cannot be written."""
    from calfdesk.errors import InvalidInput
    from calfdesk.ui.shell.start_at_login import failure_reason, set_start_at_login

    try:
        set_start_at_login(autostart, context, True)
    except (OSError, InvalidInput) as error:
        box = QMessageBox(QMessageBox.Icon.Warning, _tr("calfdesk cannot start at log-in"), "", parent=window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            _tr(
                "Starting at log-in could not be set up: {error}. calfdesk stays open; try again from Preferences."
            ).format(error=failure_reason(error))
        )
        box.exec()
        return False
    return True


def follow_tray(tray: Tray) -> None:
    """Show or hide the tray icon as the reminders say; with it up, a window closed to the tray must not end
    the program."""
    tray.sync()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setQuitOnLastWindowClosed(not tray.active)


def remove_tray(tray: Tray) -> None:
    """The window closes for real: the tray's menu and icon go, and the program may end."""
    tray.menu.close()
    if tray.icon is not None:
        tray.icon.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(True)
