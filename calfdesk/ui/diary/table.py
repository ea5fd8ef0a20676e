"""The diary table: newest first, sortable by any column, smooth with years of entries.

The model holds only the ids of the entries in the view's order. A row's values are read from the file in
blocks of BLOCK_ROWS the first time it is shown, off the GUI thread (`operations.read`): the cells stay empty
for the moment the read takes and fill in when it returns, so a table of 100,000 entries opens as fast as one
of ten and scrolling never waits for the file. Sorting asks the file for the new order of ids the same way.
Every reload counts a generation of rows, every reload and sort one of orders; a block or an order that
arrives for an older generation is dropped.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from calfdesk.domain.diary import CONTEXT_LABELS, LOCATION_LABELS, SIDE_LABELS
from calfdesk.i18n import Texts
from calfdesk.storage import diary_store
from calfdesk.storage.diary_store import DiaryRow
from calfdesk.ui.context import AppContext
from calfdesk.ui.operations import read
from calfdesk.ui.widgets.plain_text import literal
from calfdesk.ui.widgets.record_table import RecordModel
from calfdesk.ui.widgets.texts import domain_word, numeric_date

# How each column sorts (keys of diary_store.SORT_KEYS).
SORT_KEYS: Final = ("moment", "moment", "context", "soreness", "location", "side", "stiffness", "notes")
ID_ROLE: Final = Qt.ItemDataRole.UserRole + 2
BLOCK_ROWS: Final = 200
MAX_CACHED_ROWS: Final = 20_000
NOTES_COLUMN: Final = 7

AnyIndex = QModelIndex | QPersistentModelIndex


_tr = Texts(__name__)


class DiaryTableModel(RecordModel):
    """Entries by id in the view's order. `read_failed(error)` when a block or an order cannot be read;
    `rows_arrived()` after a block came in (the chart's hover may then describe more entries)."""

    read_failed = Signal(object)
    rows_arrived = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.HEADERS = (
            _tr("Date"),
            _tr("Time"),
            _tr("When"),
            _tr("Soreness"),
            _tr("Where"),
            _tr("Side"),
            _tr("Stiffness"),
            _tr("Notes"),
        )
        self._context = context
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._rows: dict[int, DiaryRow] = {}
        # Ids whose block is being read (or could not be read) in this generation; never asked for twice.
        self._asked: set[int] = set()
        self._range: tuple[dt.date | None, dt.date | None] = (None, None)
        self._rows_generation = 0
        self._order_generation = 0
        self.sort_key = "moment"
        self.descending = True

    def set_entries(self, ids: list[int], start: dt.date | None = None, end: dt.date | None = None) -> None:
        """Show these ids (in the current sort order, of the dates `start` to `end`); rows are read when shown."""
        self.beginResetModel()
        self._rows_generation += 1
        self._order_generation += 1
        self._ids = ids
        self._positions = None
        self._rows = {}
        self._asked = set()
        self._range = (start, end)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        # The new order counts from now: a reload started meanwhile reads in it, and an older sort is dropped.
        self.sort_key, self.descending = key, descending
        self._order_generation += 1
        generation = self._order_generation
        start, end = self._range

        def ordered(ids: list[int]) -> None:
            if generation == self._order_generation:
                self._reorder(ids)

        read(
            self._context,
            lambda db: diary_store.entry_ids(db, start, end, order=key, descending=descending),
            ordered,
            failure=self._failed,
            parent=self,
        )

    def _reorder(self, ids: list[int]) -> None:
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

    def cached_row(self, entry_id: int) -> DiaryRow | None:
        return self._rows.get(entry_id)

    def row_or_ask(self, entry_id: int) -> DiaryRow | None:
        """The entry's row if it was read; otherwise None, and it is read in the background."""
        row = self._rows.get(entry_id)
        if row is None and entry_id not in self._asked:
            self._read_block([entry_id])
        return row

    def _row(self, position: int) -> DiaryRow | None:
        entry_id = self._ids[position]
        row = self._rows.get(entry_id)
        if row is None and entry_id not in self._asked:
            first = position - position % BLOCK_ROWS
            self._read_block([i for i in self._ids[first : first + BLOCK_ROWS] if i not in self._rows])
        return row

    def _read_block(self, wanted: list[int]) -> None:
        wanted = [entry_id for entry_id in wanted if entry_id not in self._asked]
        if not wanted:
            return
        self._asked.update(wanted)
        generation = self._rows_generation

        def arrived(rows: dict[int, DiaryRow]) -> None:
            if generation != self._rows_generation:
                return
            if len(self._rows) > MAX_CACHED_ROWS:
                self._rows.clear()
            self._rows.update(rows)
            self._asked.difference_update(rows)
            positions = self._id_positions()
            shown = [positions[entry_id] for entry_id in rows if entry_id in positions]
            if shown:
                self.dataChanged.emit(self.index(min(shown), 0), self.index(max(shown), len(self.HEADERS) - 1))
            self.rows_arrived.emit()

        read(self._context, lambda db: diary_store.rows_by_ids(db, wanted), arrived, failure=self._failed, parent=self)

    def _failed(self, error: BaseException) -> None:
        self.read_failed.emit(error)

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
            if column == NOTES_COLUMN:
                return literal(row.notes) if row.notes else None
            # When and where, whole on hovering where a longer language elides them ("Nach dem Laufen").
            return self.data(index, Qt.ItemDataRole.DisplayRole) if column in (2, 4) else None
        if column == 0:
            return numeric_date(dt.date.fromisoformat(row.local_date))
        if column == 1:
            return row.local_time
        if column == 2:
            return domain_word(CONTEXT_LABELS[row.context])
        if column == 3:
            return str(row.soreness)
        if column == 4:
            return domain_word(LOCATION_LABELS[row.location])
        if column == 5:
            return domain_word(SIDE_LABELS[row.side])
        if column == 6:
            return "" if row.stiffness_min is None else _tr("{minutes} min").format(minutes=row.stiffness_min)
        return row.notes.replace("\n", " ")
