"""What a screen reader needs from a widget, in one place (docs/ACCESSIBILITY.md).

- A label is read by its words. A caption that says what the words are about goes to its description:
  an accessible name would replace the words on screen, and Orca would read only the caption.
- A field is read with its question. Its visible label is tied to it (`QLabel.setBuddy`, a sibling label):
  on Linux that tie is the only name a screen reader takes for a combo box, whose own name is its value.
- A chart is read as a summary (the description of its widget), its plot view takes no Tab stop, and its
  data opens as a table from a "Show as table" button.
- Tab follows the layout: `follow_layout` orders a container's controls as its layouts place them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calfdesk.i18n import Texts

_tr = Texts(__name__)


def caption(widget: QLabel, text: str) -> None:
    """Say what a label is about without hiding what it shows: the words on screen stay its name."""
    widget.setAccessibleName("")
    widget.setAccessibleDescription(text)


def tie(label: QLabel, field: QWidget) -> QLabel:
    """Tie a visible label to its field (the label must share the field's parent widget to be found), so the
    field is read with its question."""
    label.setBuddy(field)
    return label


def field_label(text: str, field: QWidget, role: str | None = "muted") -> QLabel:
    """A new visible label that names `field`; add it to the same layout as the field."""
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    return tie(widget, field)


def group(container: QWidget, name: str, *, why: str | None = None) -> None:
    """Name a panel that holds one question's controls by the question itself."""
    container.setAccessibleName(name)
    if why:
        container.setAccessibleDescription(why)


def describe_chart(chart: QWidget, summary: str, views: Sequence[QWidget] = ()) -> None:
    """The chart's words for a screen reader; its plot views are drawn only, never a silent Tab stop."""
    chart.setAccessibleDescription(summary)
    for view in views:
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        if isinstance(view, QAbstractScrollArea):  # a plot view is a graphics view: its viewport too
            view.viewport().setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setAccessibleDescription(summary)


@dataclass(frozen=True, slots=True)
class ChartTable:
    """A chart's data as a table: a title, the column headers and the rows, oldest first."""

    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


class ChartTableDialog(QDialog):
    """A chart's data as a read-only table, for a runner who cannot see the chart."""

    def __init__(self, data: ChartTable, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(data.title)
        self.resize(560, 480)
        self.table = QTableWidget(len(data.rows), len(data.headers))
        self.table.setAccessibleName(data.title)
        self.table.setHorizontalHeaderLabels(list(data.headers))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, values in enumerate(data.rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if data.rows:
            self.table.setCurrentCell(len(data.rows) - 1, 0)  # the latest first, where the chart ends
        if not data.rows:
            self.table.setAccessibleDescription(_tr("Nothing to show yet"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(_tr("Close the table"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.setFocus()


def table_button(chart: QWidget, data: Callable[[], ChartTable], name: str) -> QPushButton:
    """A "Show as table" button that opens the chart's data (as `data()` gives it now) in a dialog."""
    button = QPushButton(_tr("Show as table"))
    button.setAccessibleName(name)

    def show() -> None:
        dialog = ChartTableDialog(data(), chart)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    button.clicked.connect(show)
    return button


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets of a layout in reading order: rows top to bottom, then left to right."""
    items = [layout.itemAt(index) for index in range(layout.count())]
    if isinstance(layout, QGridLayout):
        grid = layout

        def place(index: int) -> tuple[int, int]:
            row, column, _rows, _columns = cast(tuple[int, int, int, int], grid.getItemPosition(index))
            return row, column

        items = [items[index] for index in sorted(range(len(items)), key=place)]
    found: list[QWidget] = []
    for item in items:
        if item is None:
            continue
        widget, nested = item.widget(), item.layout()
        if widget is not None:
            found.append(widget)
        elif nested is not None:
            found.extend(_layout_widgets(nested))
    return found


def _tab_stops(widget: QWidget) -> list[QWidget]:
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
        return [widget]
    inner = widget.widget() if isinstance(widget, QScrollArea) else None
    if inner is not None:
        return _tab_stops(inner)
    layout = widget.layout()
    if layout is None:
        return []
    return [stop for child in _layout_widgets(layout) for stop in _tab_stops(child)]


def follow_layout(container: QWidget) -> None:
    """Make Tab go through `container`'s controls in the order its layouts show them (controls added later,
    such as a checklist's rows, would otherwise come last)."""
    stops = _tab_stops(container)
    for first, second in itertools.pairwise(stops):
        QWidget.setTabOrder(first, second)
