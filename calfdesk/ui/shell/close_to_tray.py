"""Closing the window while reminders are on: to the tray (so the reminders still come) or quitting, as the
runner chose the first time; and letting the program end once the tray icon is gone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QWidget

from calfdesk.settings import Settings

if TYPE_CHECKING:  # the tray loads only when reminders start, after the first paint
    from calfdesk.ui.shell.tray import Tray


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


def keep_in_tray(window: QWidget, event: QCloseEvent, tray: Tray, settings: Settings, *, quitting: bool) -> str:
    """What a close asked for: "close" to close for real, "tray" to hide in the tray, "cancel" to stay open.

    Only a close by the runner (not Quit) with the tray icon up can end in the tray."""
    if not event.spontaneous() or quitting or not tray.active:
        return "close"
    choice = close_choice(window, settings)
    if choice == "quit":
        return "close"
    event.ignore()
    return choice


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
