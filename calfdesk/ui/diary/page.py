"""Diary: log and edit entries, see them as a chart and a table, export and import CSV."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from calfdesk.domain.diary import DiaryEntry
from calfdesk.storage import diary_store
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.diary import actions as diary_actions
from calfdesk.ui.diary.entry_form import EntryForm, save_shortcut_text
from calfdesk.ui.diary.soreness_chart import SorenessChart
from calfdesk.ui.diary.table import DiaryTableModel
from calfdesk.ui.diary.training_overlay import MileageOverlay
from calfdesk.ui.operations import read
from calfdesk.ui.widgets.chart_series import ChartSeries, chart_series
from calfdesk.ui.widgets.common import card, label
from calfdesk.ui.widgets.messages import show_error
from calfdesk.ui.widgets.record_table import RecordTable
from calfdesk.ui.widgets.texts import counted, day_format

EARLIEST = QDate(2000, 1, 1)


class DiaryPage(QWidget):
    """Emits `loaded` whenever the chart and table show the file's current entries."""

    loaded = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._loading = False
        self._reload_again = False
        self._all_dates = True
        self.model = DiaryTableModel(context)
        # Reading starts before the widgets are built, so the two overlap.
        self.reload()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(14)
        header = QHBoxLayout()
        header.addWidget(label(self.tr("Diary"), "page-title"), 1)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setAccessibleName(self.tr("Export diary as CSV"))
        self.export_button.setToolTip(self.tr("Save the diary as a spreadsheet file (Ctrl+E)"))
        self.export_button.clicked.connect(lambda: self.window().export_csv())  # type: ignore[attr-defined]
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.import_button.setAccessibleName(self.tr("Import diary from CSV"))
        self.import_button.setToolTip(self.tr("Add entries from a spreadsheet file (Ctrl+I)"))
        self.import_button.clicked.connect(lambda: self.window().import_csv())  # type: ignore[attr-defined]
        header.addWidget(self.export_button)
        header.addWidget(self.import_button)
        layout.addLayout(header)

        body = QHBoxLayout()
        body.setSpacing(16)
        layout.addLayout(body, 1)
        body.addWidget(self._build_form_card())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        chart_card, chart_layout = card()
        self.chart = SorenessChart()
        self.chart.row_lookup = self.model.row_or_ask
        self.chart.log_requested.connect(self.focus_form)
        self.chart.setMinimumHeight(220)
        self.mileage = MileageOverlay(context, self.chart, self)
        chart_layout.addWidget(self.chart)
        splitter.addWidget(chart_card)
        splitter.addWidget(self._build_table_card())
        splitter.setSizes([360, 320])
        body.addWidget(splitter, 1)

        context.events.changed.connect(self._data_changed)
        context.events.refresh_requested.connect(self.reload)
        context.events.refresh_requested.connect(self._read_usual_place)
        self._read_usual_place()

    # building ---------------------------------------------------------------------------------------

    def _build_form_card(self) -> QWidget:
        frame, layout = card(spacing=12)
        frame.setFixedWidth(370)
        self.form_title = label(self.tr("Log soreness"), "section-title")
        layout.addWidget(self.form_title)
        self.form = EntryForm()
        self.form.submitted.connect(self.save)
        layout.addWidget(self.form)
        self.form_problem = label("", "banner-error", wrap=True)
        self.form_problem.hide()
        layout.addWidget(self.form_problem)
        buttons = QHBoxLayout()
        self.cancel_edit_button = QPushButton(self.tr("Cancel"))
        self.cancel_edit_button.setAccessibleName(self.tr("Cancel editing"))
        self.cancel_edit_button.clicked.connect(self.cancel_edit)
        self.cancel_edit_button.hide()
        self.save_button = QPushButton(self.tr("Save entry"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save ({keys})").format(keys=save_shortcut_text()))
        self.save_button.clicked.connect(self.save)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_edit_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        return frame

    def _build_table_card(self) -> QWidget:
        frame, layout = card()
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Entries"), "section-title"))
        top.addStretch(1)
        top.addWidget(label(self.tr("From"), "muted"))
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit, name in ((self.from_edit, self.tr("Show entries from")), (self.to_edit, self.tr("Show entries to"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(day_format())
            edit.setMinimumDate(EARLIEST)
            edit.setAccessibleName(name)
        top.addWidget(self.from_edit)
        top.addWidget(label(self.tr("to"), "muted"))
        top.addWidget(self.to_edit)
        self.all_dates_button = QPushButton(self.tr("All dates"))
        self.all_dates_button.setAccessibleName(self.tr("Show entries of all dates"))
        self.all_dates_button.clicked.connect(self.show_all_dates)
        top.addWidget(self.all_dates_button)
        layout.addLayout(top)
        self._reset_range()
        self.from_edit.dateChanged.connect(self._range_changed)
        self.to_edit.dateChanged.connect(self._range_changed)

        self.model.read_failed.connect(self._read_failed)
        self.range_summary = label("", "muted")
        self.records = RecordTable(
            self.model,
            name=self.tr("Diary entries"),
            what=self.tr("entry"),
            edit_text=self.tr("Edit"),
            # Date, time, when, soreness, where, side, stiffness; notes take the rest. Narrow, stiffness then side
            # then where give way (the entry's form and the chart's hover still show them).
            column_widths=(90, 50, 84, 72, 78, 50, 72),
            give_way=(6, 5, 4),
            last_min=120,
            footer=self.range_summary,
        )
        self.records.edit_requested.connect(self.edit_selected)
        self.records.delete_requested.connect(self.delete_selected)
        self.table = self.records.table
        layout.addWidget(self.records, 1)
        return frame

    # loading ----------------------------------------------------------------------------------------

    def _data_changed(self, changes: Changes) -> None:
        if changes & Changes.DIARY:
            self.reload()
        if changes & (Changes.DIARY | Changes.REHAB):
            self._read_usual_place()

    def _read_usual_place(self) -> None:
        diary_actions.show_usual_place(self.context, self.form)

    def date_range(self) -> tuple[dt.date | None, dt.date | None]:
        """The table's filter; (None, None) when it shows all dates."""
        if self._all_dates:
            return None, None
        start, end = self.from_edit.date(), self.to_edit.date()
        return (
            dt.date(start.year(), start.month(), start.day()),
            dt.date(end.year(), end.month(), end.day()),
        )

    def _reset_range(self, first: str | None = None, last: str | None = None) -> None:
        """Show the span of all entries (or today) in the range fields without filtering."""
        today = QDate.currentDate()
        start = QDate.fromString(first, "yyyy-MM-dd") if first else today
        end = QDate.fromString(last, "yyyy-MM-dd") if last else today
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(True)
            edit.setMaximumDate(today.addYears(1))
        self.from_edit.setDate(start)
        self.to_edit.setDate(max(end, today))
        for edit in (self.from_edit, self.to_edit):
            edit.blockSignals(False)

    def show_all_dates(self) -> None:
        self._all_dates = True
        self.reload()

    def set_date_range(self, start: dt.date, end: dt.date) -> None:
        self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_edit.setDate(QDate(end.year, end.month, end.day))

    def _range_changed(self) -> None:
        self._all_dates = False
        self.reload()

    def reload(self) -> None:
        """Read the file again in the background: the chart shows everything, the table the date range."""
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        start, end = self.date_range()
        order, descending = self.model.sort_key, self.model.descending

        def work(db: Database) -> tuple[ChartSeries, list[int], tuple[str, bool]]:
            with diary_store.chart_points(db) as points:
                series = chart_series(points)
            if (order, descending) == ("moment", True):
                return series, series.ids_newest_first(start, end), (order, descending)
            return (
                series,
                diary_store.entry_ids(db, start, end, order=order, descending=descending),
                (order, descending),
            )

        read(self.context, work, self._show_entries, failure=self._load_failed)

    def _show_entries(self, result: tuple[ChartSeries, list[int], tuple[str, bool]]) -> None:
        self._loading = False
        series, ids, read_order = result
        # Read again when the file changed meanwhile, or the table was sorted another way while reading.
        if self._reload_again or read_order != (self.model.sort_key, self.model.descending):
            self._reload_again = False
            self.reload()
            return
        if self._all_dates:
            first, last = (series.first_day(), series.last_day()) if series.count else (None, None)
            self._reset_range(first, last)
        self.chart.set_series(series)
        self.model.set_entries(ids, *self.date_range())
        shown = len(ids)
        total = series.count
        self.range_summary.setText(
            counted("%n entries", shown)
            if shown == total
            else counted("{shown} of %n entries in the chosen dates", total).format(shown=shown)
        )
        self._update_buttons()
        self.loaded.emit()

    def _read_failed(self, error: BaseException) -> None:
        self.context.show_status(self.tr("Some entries could not be read: {error}").format(error=error))

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        show_error(self, self.tr("The diary could not be loaded"), error)

    # actions ----------------------------------------------------------------------------------------

    def focus_form(self) -> None:
        if self.form.editing_id is None:
            self.form.reset()
        self.form.soreness.setFocus()

    def open_with(self, **kwargs: Any) -> None:
        if kwargs.get("log"):
            self.focus_form()

    def save(self) -> None:
        diary_actions.save_entry(
            self.context, self, self.form_problem, self.save_button, self.form.entry, lambda _entry: self.cancel_edit()
        )

    def cancel_edit(self) -> None:
        self.form.reset()
        self.form_problem.hide()
        self.form_title.setText(self.tr("Log soreness"))
        self.save_button.setText(self.tr("Save entry"))
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.cancel_edit_button.hide()

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.entry_id(rows[0].row())

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.scrollTo(index)
        return True

    def _with_selected(self, then: Callable[[DiaryEntry], None]) -> None:
        """Read the selected entry off the GUI thread, then `then(entry)`; one deleted meanwhile reloads."""
        entry_id = self.selected_id()
        if entry_id is None:
            return

        def found(entry: DiaryEntry | None) -> None:
            if entry is None:
                self.reload()
            else:
                then(entry)

        read(self.context, lambda db: diary_store.get_entry(db, entry_id), found, parent=self)

    def edit_selected(self) -> None:
        self._with_selected(self._edit)

    def _edit(self, entry: DiaryEntry) -> None:
        self.form.load(entry)
        self.form_title.setText(self.tr("Edit entry"))
        self.save_button.setText(self.tr("Save changes"))
        self.save_button.setAccessibleName(self.tr("Save changes"))
        self.cancel_edit_button.show()
        self.form.soreness.setFocus()

    def delete_selected(self) -> None:
        self._with_selected(self._delete)

    def _delete(self, entry: DiaryEntry) -> None:
        question = self.tr("Delete the entry of {entry}?\n\nYou can undo this with Ctrl+Z.").format(
            entry=diary_actions.describe_entry(entry)
        )
        if not self.records.confirm_delete(self.tr("Delete entry?"), question):
            return
        diary_actions.delete_entry(self.context, entry, parent=self)
        if self.form.editing_id == entry.id:
            self.cancel_edit()

    def _update_buttons(self) -> None:
        self.records.update_buttons()
