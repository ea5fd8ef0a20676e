"""The diary table: newest first, sortable by any column, smooth with years of entries.

The model holds only the ids of the entries in the view's order. A row's values are read from the file in
blocks the first time it is shown, so a table of 100,000 entries opens as fast as one of ten; sorting asks
the file for the new order of ids.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from calfdesk.domain.diary import CONTEXT_LABELS, LOCATION_LABELS, SIDE_LABELS
from calfdesk.errors import StorageError
from calfdesk.storage.diary_store import DiaryRow
from calfdesk.ui.widgets.plain_text import literal
from calfdesk.ui.widgets.record_table import RecordModel

HEADERS: Final = ("Date", "Time", "When", "Soreness", "Where", "Side", "Stiffness", "Notes")
# How each column sorts (keys of diary_store.SORT_KEYS).
SORT_KEYS: Final = ("moment", "moment", "context", "soreness", "location", "side", "stiffness", "notes")
ID_ROLE: Final = Qt.ItemDataRole.UserRole + 2
BLOCK_ROWS: Final = 200
MAX_CACHED_ROWS: Final = 20_000

Row = DiaryRow
AnyIndex = QModelIndex | QPersistentModelIndex
RowFetcher = Callable[[Sequence[int]], dict[int, Row]]
# (sort key, descending) -> ids in that order
IdOrderer = Callable[[str, bool], list[int]]


def _no_rows(_ids: Sequence[int]) -> dict[int, Row]:
    return {}


def _no_order(_key: str, _descending: bool) -> list[int]:
    return []


class DiaryTableModel(RecordModel):
    """Entries by id in the view's order. `read_failed(error)` when the file cannot be read for a block."""

    read_failed = Signal(object)
    HEADERS = HEADERS

    def __init__(self) -> None:
        super().__init__()
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._rows: dict[int, Row] = {}
        self._fetch: RowFetcher = _no_rows
        self._order: IdOrderer = _no_order
        self.sort_key = "moment"
        self.descending = True

    def set_entries(self, ids: list[int], fetch: RowFetcher, order: IdOrderer) -> None:
        """Show these ids (already in the current sort order); rows are read through `fetch` when shown."""
        self.beginResetModel()
        self._ids = ids
        self._positions = None
        self._rows = {}
        self._fetch = fetch
        self._order = order
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        try:
            ids = self._order(key, descending)
        except StorageError as error:
            self.read_failed.emit(error)
            return
        self.sort_key, self.descending = key, descending
        self.layoutAboutToBeChanged.emit()
        previous = self.persistentIndexList()
        kept = [self._ids[index.row()] if 0 <= index.row() < len(self._ids) else None for index in previous]
        self._ids = ids
        self._positions = None
        positions = self._id_positions()
        self.changePersistentIndexList(
            previous,
            [
                self.index(positions[entry_id], index.column()) if entry_id in positions else QModelIndex()
                for entry_id, index in zip(kept, previous, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _id_positions(self) -> dict[int, int]:
        if self._positions is None:
            self._positions = {entry_id: position for position, entry_id in enumerate(self._ids)}
        return self._positions

    def row_of(self, entry_id: int) -> int | None:
        return self._id_positions().get(entry_id)

    def entry_id(self, row: int) -> int:
        return self._ids[row]

    def cached_row(self, entry_id: int) -> Row | None:
        return self._rows.get(entry_id)

    def _row(self, position: int) -> Row | None:
        entry_id = self._ids[position]
        row = self._rows.get(entry_id)
        if row is not None:
            return row
        if len(self._rows) > MAX_CACHED_ROWS:
            self._rows.clear()
        first = position - position % BLOCK_ROWS
        try:
            self._rows.update(self._fetch(self._ids[first : first + BLOCK_ROWS]))
        except StorageError as error:
            self.read_failed.emit(error)
            return None
        return self._rows.get(entry_id)

    def record_count(self) -> int:
        return len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return (
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if index.column() in (3, 6) else None
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal(row.notes) if column == 7 and row.notes else None
        if column == 0:
            return row.local_date
        if column == 1:
            return row.local_time
        if column == 2:
            return CONTEXT_LABELS[row.context]
        if column == 3:
            return str(row.soreness)
        if column == 4:
            return LOCATION_LABELS[row.location]
        if column == 5:
            return SIDE_LABELS[row.side]
        if column == 6:
            return "" if row.stiffness_min is None else f"{row.stiffness_min} min"
        return row.notes.replace("\n", " ")
