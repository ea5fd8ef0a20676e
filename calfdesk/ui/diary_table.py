"""The diary table: newest first, sortable by any column."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from calfdesk.domain.diary import CONTEXT_LABELS, LOCATION_LABELS, SIDE_LABELS

HEADERS: Final = ("Date", "Time", "When", "Soreness", "Where", "Side", "Stiffness", "Notes")
SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1
ID_ROLE: Final = Qt.ItemDataRole.UserRole + 2

Row = tuple[Any, ...]
AnyIndex = QModelIndex | QPersistentModelIndex


class DiaryTableModel(QAbstractTableModel):
    """Rows as returned by `diary.chart_rows` (oldest first); shown newest first."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(reversed(rows))
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def entry_id(self, row: int) -> int:
        return int(self._rows[row][0])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry_id, day, time, soreness, context, location, side, stiffness, notes = self._rows[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return entry_id
        if role == SORT_ROLE:
            return (
                f"{day} {time}",
                f"{day} {time}",
                context,
                soreness,
                location,
                side,
                -1 if stiffness is None else stiffness,
                notes.lower(),
            )[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                day,
                time,
                CONTEXT_LABELS[context],
                str(soreness),
                LOCATION_LABELS[location],
                SIDE_LABELS[side],
                "" if stiffness is None else f"{stiffness} min",
                notes.replace("\n", " "),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 7 and notes:
            return notes
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def sorted_view(model: DiaryTableModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
