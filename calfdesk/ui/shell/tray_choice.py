"""The question asked the first time the window is closed with reminders on."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("CloseToTray", text)


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
