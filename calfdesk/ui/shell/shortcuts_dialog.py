"""Help > Keyboard shortcuts: every menu shortcut of the window, read from its actions, and the keys of the
diary form and dialogs."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calfdesk.ui.diary.entry_form import save_shortcut_text


def _native(sequence: QKeySequence | QKeySequence.StandardKey | str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """(what it does, keys) for every action of the window's menus that has a shortcut, in menu order."""
    rows: list[tuple[str, str]] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())
            elif not action.isSeparator() and not action.shortcut().isEmpty():
                text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                rows.append((text, action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))

    walk(window.menuBar().actions())
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setMinimumSize(460, 420)
        rows = [
            *menu_shortcuts(window),
            (self.tr("Save the soreness form"), save_shortcut_text()),
            (self.tr("Save the soreness form from a one-line field"), _native("Return")),
            (self.tr("Close a dialog without saving"), _native(QKeySequence.StandardKey.Cancel)),
            (self.tr("Delete the selected diary entry"), _native(QKeySequence.StandardKey.Delete)),
        ]
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setAlternatingRowColors(True)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def rows(self) -> list[tuple[str, str]]:
        cells = [(self.table.item(row, 0), self.table.item(row, 1)) for row in range(self.table.rowCount())]
        return [(what.text(), keys.text()) for what, keys in cells if what is not None and keys is not None]
