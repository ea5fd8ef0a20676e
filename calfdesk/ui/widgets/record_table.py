"""A table of records with Edit and Delete under it: the Diary's entries and the Training page's runs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calfdesk.i18n import Texts
from calfdesk.ui.widgets.fitting_columns import FittingColumns

AnyIndex = QModelIndex | QPersistentModelIndex


_tr = Texts(__name__)


class RecordModel(QAbstractTableModel):
    """A flat table model with fixed column headers; subclasses give `HEADERS` (in the runner's language),
    `record_count` and `data`."""

    HEADERS: tuple[str, ...] = ()

    def record_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.record_count()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None


class RecordTable(QWidget):
    """One record selected at a time; double-click or Edit asks to edit it, Delete… or the Delete key to delete
    it (`edit_requested`, `delete_requested`). The buttons are enabled only while a record is selected.

    `what` names the records for screen readers ("entry", "run"); `footer` sits left of the buttons, which go
    above the table with `buttons_above` (a table as long as its rows keeps them in reach). The
    columns fit the table's width (`FittingColumns`: `column_widths` of all but the last, `give_way` the
    columns hidden first when narrow, `last_min` the narrowest the last may get).
    """

    edit_requested = Signal()
    delete_requested = Signal()

    def __init__(
        self,
        model: QAbstractItemModel,
        *,
        name: str,
        what: str,
        column_widths: Sequence[int],
        give_way: Sequence[int],
        last_min: int,
        edit_text: str,
        footer: QWidget | None = None,
        buttons_above: bool = False,
    ) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableView()
        self.table.setAccessibleName(name)
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(28)
        self.columns = FittingColumns(self.table, column_widths, give_way=give_way, last_min=last_min)
        self.table.doubleClicked.connect(lambda _index: self.edit_requested.emit())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_buttons())
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        if footer is not None:
            buttons.addWidget(footer, 1)
        else:
            buttons.addStretch(1)
        self.edit_button = QPushButton(edit_text)
        self.edit_button.setAccessibleName(_tr("Edit the selected {what}").format(what=what))
        self.edit_button.clicked.connect(self.edit_requested)
        self.delete_button = QPushButton(_tr("Delete…"))
        self.delete_button.setProperty("role", "danger")
        self.delete_button.setAccessibleName(_tr("Delete the selected {what}").format(what=what))
        self.delete_button.setToolTip(_tr("Delete the selected {what} (Del)").format(what=what))
        self.delete_button.clicked.connect(self.delete_requested)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout.insertLayout(0 if buttons_above else layout.count(), buttons)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_requested.emit)
        self.update_buttons()

    def confirm_delete(self, title: str, question: str) -> bool:
        """Ask before deleting the selected record (Cancel is the default)."""
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def has_selection(self) -> bool:
        return bool(self.table.selectionModel().selectedRows())

    def update_buttons(self) -> None:
        selected = self.has_selection()
        self.edit_button.setEnabled(selected)
        self.delete_button.setEnabled(selected)
