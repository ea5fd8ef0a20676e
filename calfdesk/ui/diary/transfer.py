"""File > Export CSV… and Import CSV…: choose, preview, and run the transfer in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from calfdesk.domain.diary import CONTEXT_LABELS, LOCATION_LABELS, SIDE_LABELS, DiaryEntry
from calfdesk.services import diary
from calfdesk.services.diary import ImportPreview
from calfdesk.services.files import write_text_atomically
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read, write
from calfdesk.ui.widgets.common import label
from calfdesk.ui.widgets.texts import counted

CSV_FILTER = "CSV files (*.csv);;All files (*)"


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class ExportRangeDialog(QDialog):
    """All entries or a date range."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export diary")
        self.all_button = QRadioButton("All entries")
        self.all_button.setChecked(True)
        self.range_button = QRadioButton("Only from")
        self.all_button.setAccessibleName("Export all entries")
        self.range_button.setAccessibleName("Export only a date range")
        group = QButtonGroup(self)
        group.addButton(self.all_button)
        group.addButton(self.range_button)
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-90))
        self.to_edit = QDateEdit(today)
        for edit, name in ((self.from_edit, "Export from"), (self.to_edit, "Export to")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _date: self.range_button.setChecked(True))
        self.range_button.toggled.connect(self.from_edit.setEnabled)
        self.range_button.toggled.connect(self.to_edit.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.range_button)
        row.addWidget(self.from_edit)
        row.addWidget(label("to"))
        row.addWidget(self.to_edit)
        row.addStretch(1)
        self.problem = label("", "field-error")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Choose file…")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName("Choose the file to export to")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(label("Which entries should the CSV file hold?"))
        layout.addWidget(self.all_button)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def date_range(self) -> tuple[dt.date | None, dt.date | None]:
        if self.all_button.isChecked():
            return None, None
        start, end = self.from_edit.date(), self.to_edit.date()
        return dt.date(start.year(), start.month(), start.day()), dt.date(end.year(), end.month(), end.day())

    def _accept(self) -> None:
        start, end = self.date_range()
        if start and end and start > end:
            self.problem.setText("The first date is after the second; swap them.")
            self.problem.show()
            return
        self.accept()


def export_diary(context: AppContext, parent: QWidget) -> None:
    chooser = ExportRangeDialog(parent)
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return
    start, end = chooser.date_range()
    suggested = str(Path(_documents_folder()) / f"calfdesk-diary-{dt.date.today().isoformat()}.csv")
    path, _filter = QFileDialog.getSaveFileName(parent, "Export diary as CSV", suggested, CSV_FILTER)
    if not path:
        return
    target = Path(path)

    def work(db: Database) -> int:
        with write_text_atomically(target) as stream:
            return diary.export_csv(db, stream, start, end)

    context.show_status(f"Exporting to {target.name}…")
    read(
        context,
        work,
        lambda count: context.show_status(f"Exported {count} entries to {target}"),
        parent=parent,
        error_title="The diary was not exported",
    )


def _entry_cells(line: int, entry: DiaryEntry) -> list[str]:
    return [
        str(line),
        entry.local_date.isoformat(),
        f"{entry.local_time:%H:%M}",
        CONTEXT_LABELS[entry.context],
        str(entry.soreness),
        LOCATION_LABELS[entry.location],
        SIDE_LABELS[entry.side],
        entry.notes.replace("\n", " "),
    ]


def _table(headers: list[str], rows: list[list[str]], accessible: str) -> QTableWidget:
    table = QTableWidget(len(rows), len(headers))
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            table.setItem(r, c, item)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ImportPreviewDialog(QDialog):
    """Rows to add, duplicates to skip and problems by line; Import is offered only without problems."""

    ENTRY_HEADERS: ClassVar[list[str]] = ["Line", "Date", "Time", "When", "Soreness", "Where", "Side", "Notes"]
    SHOWN_ROWS = 2000

    def __init__(self, preview: ImportPreview, file_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(f"Import {file_name}")
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if preview.can_import:
            summary = f"{preview.new_count} new entries will be added" + (
                f"; {preview.duplicate_count} already in your diary will be skipped."
                if preview.duplicate_count
                else "."
            )
            self.summary = label(summary, "banner-info", wrap=True)
        else:
            count = preview.problem_count
            self.summary = label(
                counted(
                    "Nothing can be imported: %n rows of the file have a problem. Fix them in the file and "
                    "import it again.",
                    count,
                ),
                "banner-error",
                wrap=True,
            )
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Import preview")
        if preview.problems:
            problems = [[str(p.line), p.message] for p in preview.problems]
            self.tabs.addTab(_table(["Line", "Problem"], problems, "Problems"), f"Problems ({preview.problem_count})")
        self.tabs.addTab(
            _table(self.ENTRY_HEADERS, [_entry_cells(n, e) for n, e in preview.to_add[: self.SHOWN_ROWS]], "To add"),
            f"To add ({preview.new_count})",
        )
        self.tabs.addTab(
            _table(
                self.ENTRY_HEADERS,
                [_entry_cells(n, e) for n, e in preview.duplicates[: self.SHOWN_ROWS]],
                "Duplicates to skip",
            ),
            f"Duplicates ({preview.duplicate_count})",
        )
        layout.addWidget(self.tabs, 1)
        note = QLabel("Duplicates are rows with the same date, time, context, location and side as an entry you have.")
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setProperty("role", "primary")
        self.import_button.setEnabled(preview.can_import and preview.new_count > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tabs.setCurrentIndex(0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def import_diary(context: AppContext, parent: QWidget) -> None:
    path, _filter = QFileDialog.getOpenFileName(parent, "Import diary CSV", _documents_folder(), CSV_FILTER)
    if not path:
        return
    source = Path(path)

    def read_and_preview(db: Database) -> ImportPreview:
        # Read as a stream: a regular file only, its size checked before reading (a pipe or a device never
        # blocks), memory bounded whatever its size. Import reads it again and refuses it if it changed.
        return diary.preview_import(db, source)

    def show_preview(preview: ImportPreview) -> None:
        dialog = ImportPreviewDialog(preview, source.name, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            context.show_status("Import cancelled; nothing was changed")
            return

        write(
            context,
            lambda db: diary.apply_import(db, preview),
            Changes.DIARY,
            lambda count: context.show_status(f"Imported {count} entries from {source.name}"),
            parent=parent,
            error_title="Nothing was imported",
        )

    context.show_status(f"Reading {source.name}…")
    read(context, read_and_preview, show_preview, parent=parent, error_title="This file cannot be imported")
