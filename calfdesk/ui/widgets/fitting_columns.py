"""Table columns that fit the table's width, so a table never needs horizontal scrolling.

Each column has a comfortable width, at least what its header needs; the last column (notes) takes what is left,
elided with the full text in its tooltip. When the table is too narrow for every column and a useful width of
notes, the columns that matter least give way first (they are hidden, not squeezed), and come back as soon as
there is room.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView


class FittingColumns(QObject):
    """`widths`: the comfortable width of every column but the last; `give_way`: columns to hide first, in
    order; `last_min`: the narrowest the last column may get before another column gives way."""

    def __init__(self, table: QTableView, widths: Sequence[int], give_way: Sequence[int], last_min: int) -> None:
        super().__init__(table)
        self.table = table
        self.widths = list(widths)
        self.give_way = list(give_way)
        self.last_min = last_min
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, width in enumerate(self.widths):
            table.setColumnWidth(column, width)
        table.viewport().installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def hidden(self) -> list[int]:
        return [column for column in range(len(self.widths)) if self.table.isColumnHidden(column)]

    def fit(self) -> None:
        available = self.table.viewport().width()
        scale = self.table.fontMetrics().averageCharWidth() / 7.0
        # Never narrower than the column's header needs: a language with longer words ("Beschwerden") keeps it whole.
        header = self.table.horizontalHeader()
        widths = [
            max(round(width * max(scale, 1.0)), header.sectionSizeFromContents(column).width())
            for column, width in enumerate(self.widths)
        ]
        hide: set[int] = set()
        for column in self.give_way:
            if sum(width for index, width in enumerate(widths) if index not in hide) + self.last_min <= available:
                break
            hide.add(column)
        for column, width in enumerate(widths):
            self.table.setColumnHidden(column, column in hide)
            if column not in hide:
                self.table.setColumnWidth(column, width)
