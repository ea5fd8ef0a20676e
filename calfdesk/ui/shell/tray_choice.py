"""The questions asked when the window is closed with reminders on: the first time where the desktop has a
tray, and (until answered) where it has none, since the reminders then stop with calfdesk."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from calfdesk.i18n import Texts

_tr = Texts(__name__)


def close_to_tray_box(parent: QWidget) -> QMessageBox:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Keep calfdesk in the tray?"))
    box.setText(_tr("Your reminders are on. calfdesk can keep running in the tray so they still reach you."))
    box.setInformativeText(
        _tr("Open it again from the tray icon, or quit from the icon's menu. You can change this later in Preferences.")
    )
    tray = box.addButton(_tr("Keep in the tray"), QMessageBox.ButtonRole.AcceptRole)
    tray.setObjectName("tray")
    tray.setAccessibleName(_tr("Keep calfdesk in the tray"))
    quit_button = box.addButton(_tr("Quit calfdesk"), QMessageBox.ButtonRole.DestructiveRole)
    quit_button.setObjectName("quit")
    quit_button.setAccessibleName(_tr("Quit calfdesk"))
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancel")
    cancel.setAccessibleName(_tr("Keep the window open"))
    box.setDefaultButton(tray)
    box.setEscapeButton(cancel)
    return box


def ask_close_to_tray(parent: QWidget) -> str:
    """ "tray", "quit" or "cancel" (the window stays open)."""
    box = close_to_tray_box(parent)
    box.exec()
    clicked = box.clickedButton()
    return clicked.objectName() if clicked is not None and clicked.objectName() in ("tray", "quit") else "cancel"


def no_tray_box(parent: QWidget, *, starts_at_login: bool) -> QMessageBox:
    """Closing with reminders on where the desktop shows no tray icon (stock GNOME): the reminders would stop."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Reminders stop while calfdesk is closed"))
    box.setText(_tr("Your reminders stop while calfdesk is closed."))
    box.setInformativeText(
        _tr(
            "This desktop shows no tray icon, so calfdesk cannot keep running out of sight. Keep it open, "
            "minimized, and the reminders still come. Or let calfdesk start when you log in, so they come again "
            "from then on. File > Quit (Ctrl+Q) always quits."
        )
        if not starts_at_login
        else _tr(
            "This desktop shows no tray icon, so calfdesk cannot keep running out of sight. Keep it open, "
            "minimized, and the reminders still come. calfdesk starts when you log in, so they come again "
            "from then on. File > Quit (Ctrl+Q) always quits."
        )
    )
    minimize = box.addButton(_tr("Keep open, minimized"), QMessageBox.ButtonRole.AcceptRole)
    minimize.setObjectName("minimize")
    if not starts_at_login:
        login = box.addButton(_tr("Start at log-in, then quit"), QMessageBox.ButtonRole.ActionRole)
        login.setObjectName("autostart")
    quit_button = box.addButton(_tr("Quit, no reminders"), QMessageBox.ButtonRole.DestructiveRole)
    quit_button.setObjectName("quit")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("cancel")
    cancel.setAccessibleName(_tr("Keep the window open"))
    box.setDefaultButton(minimize)
    box.setEscapeButton(cancel)
    return box


def ask_without_tray(parent: QWidget, *, starts_at_login: bool) -> str:
    """ "minimize", "autostart" (start at log-in, then quit), "quit" or "cancel" (the window stays open)."""
    box = no_tray_box(parent, starts_at_login=starts_at_login)
    box.exec()
    clicked = box.clickedButton()
    chosen = clicked.objectName() if clicked is not None else ""
    return chosen if chosen in ("minimize", "autostart", "quit") else "cancel"
