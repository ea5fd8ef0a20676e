"""File > Export CSV… and Import CSV…: choose, preview, and run the transfer in the background."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Final

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
from calfdesk.domain.measures import measures_csv
from calfdesk.i18n import Texts
from calfdesk.services import diary, measures
from calfdesk.services.diary import ImportPreview
from calfdesk.services.files import write_text_atomically
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read, write
from calfdesk.ui.widgets.common import label
from calfdesk.ui.widgets.texts import counted, day_format, domain_word, numeric_date

_tr = Texts(__name__)


CSV_FILTER = "CSV files (*.csv);;All files (*)"


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


class ExportRangeDialog(QDialog):
    """All entries or a date range."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export diary"))
        self.all_button = QRadioButton(self.tr("All entries"))
        self.all_button.setChecked(True)
        self.range_button = QRadioButton(self.tr("Only from"))
        self.all_button.setAccessibleName(self.tr("Export all entries"))
        self.range_button.setAccessibleName(self.tr("Only from: export a date range"))
        group = QButtonGroup(self)
        group.addButton(self.all_button)
        group.addButton(self.range_button)
        today = QDate.currentDate()
        self.from_edit = QDateEdit(today.addDays(-90))
        self.to_edit = QDateEdit(today)
        for edit, name in ((self.from_edit, self.tr("Export from")), (self.to_edit, self.tr("Export to"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(day_format())
            edit.setAccessibleName(name)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _date: self.range_button.setChecked(True))
        self.range_button.toggled.connect(self.from_edit.setEnabled)
        self.range_button.toggled.connect(self.to_edit.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.range_button)
        row.addWidget(self.from_edit)
        row.addWidget(label(self.tr("to")))
        row.addWidget(self.to_edit)
        row.addStretch(1)
        self.problem = label("", "field-error")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choose file…"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Choose the file to export to"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(label(self.tr("Which entries should the CSV file hold?")))
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
            self.problem.setText(self.tr("The first date is after the second; swap them."))
            self.problem.show()
            return
        self.accept()


def export_diary(context: AppContext, parent: QWidget) -> None:
    chooser = ExportRangeDialog(parent)
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return
    start, end = chooser.date_range()
    suggested = str(Path(_documents_folder()) / f"calfdesk-diary-{dt.date.today().isoformat()}.csv")
    path, _filter = QFileDialog.getSaveFileName(parent, _tr("Export diary as CSV"), suggested, _tr(CSV_FILTER))
    if not path:
        return
    target = Path(path)

    def work(db: Database) -> tuple[int, int]:
        with write_text_atomically(target) as stream:
            count = diary.export_csv(db, stream, start, end)
        # The measures (PSFS, heel-raise tests) go to a second file beside it (docs/REHAB.md).
        return count, measures.export_beside(db, target, start, end)

    def done(counts: tuple[int, int]) -> None:
        entries, measured = counts
        text = counted("Exported %n entries to {target}", entries).format(target=target)
        if measured:
            beside = measures_csv.beside(target)
            text += " " + _tr("and the measures to {name}").format(name=beside.name)
        context.show_status(text)

    context.show_status(_tr("Exporting to {name}…").format(name=target.name))
    read(
        context,
        work,
        done,
        parent=parent,
        error_title=_tr("The diary was not exported"),
    )


def _entry_cells(line: int, entry: DiaryEntry) -> list[str]:
    return [
        str(line),
        numeric_date(entry.local_date),
        f"{entry.local_time:%H:%M}",
        domain_word(CONTEXT_LABELS[entry.context]),
        str(entry.soreness),
        domain_word(LOCATION_LABELS[entry.location]),
        domain_word(SIDE_LABELS[entry.side]),
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


# The columns of the preview's tables, translated where shown.
ENTRY_HEADERS: Final = ("Line", "Date", "Time", "When", "Soreness", "Where", "Side", "Notes")


class ImportPreviewDialog(QDialog):
    """Rows to add, duplicates to skip and problems by line; Import is offered only without problems."""

    SHOWN_ROWS = 2000

    def __init__(self, preview: ImportPreview, file_name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import {file_name}").format(file_name=file_name))
        self.resize(820, 520)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if preview.can_import:
            summary = counted("%n new entries will be added", preview.new_count)
            if preview.duplicate_count:
                summary += counted("; %n already in your diary will be skipped.", preview.duplicate_count)
            else:
                summary += "."
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
        self.tabs.setAccessibleName(self.tr("Import preview"))
        headers = [_tr(header) for header in ENTRY_HEADERS]
        if preview.problems:
            problems = [[str(p.line), p.message] for p in preview.problems]
            self.tabs.addTab(
                _table([self.tr("Line"), self.tr("Problem")], problems, self.tr("Problems")),
                self.tr("Problems ({problem_count})").format(problem_count=preview.problem_count),
            )
        self.tabs.addTab(
            _table(headers, [_entry_cells(n, e) for n, e in preview.to_add[: self.SHOWN_ROWS]], self.tr("To add")),
            self.tr("To add ({to_add})").format(to_add=preview.new_count),
        )
        self.tabs.addTab(
            _table(
                headers,
                [_entry_cells(n, e) for n, e in preview.duplicates[: self.SHOWN_ROWS]],
                self.tr("Duplicates to skip"),
            ),
            self.tr("Duplicates ({duplicates})").format(duplicates=preview.duplicate_count),
        )
        layout.addWidget(self.tabs, 1)
        note = QLabel(
            self.tr("Duplicates are rows with the same date, time, context, location and side as an entry you have.")
        )
        note.setProperty("role", "muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setProperty("role", "primary")
        self.import_button.setEnabled(preview.can_import and preview.new_count > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.tabs.setCurrentIndex(0)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def import_diary(context: AppContext, parent: QWidget) -> None:
    path, _filter = QFileDialog.getOpenFileName(parent, _tr("Import diary CSV"), _documents_folder(), _tr(CSV_FILTER))
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
            context.show_status(_tr("Import cancelled; nothing was changed"))
            return

        write(
            context,
            lambda db: diary.apply_import(db, preview),
            Changes.DIARY,
            lambda count: context.show_status(
                counted("Imported %n entries from {name}", count).format(name=source.name)
            ),
            parent=parent,
            error_title=_tr("Nothing was imported"),
        )

    context.show_status(_tr("Reading {name}…").format(name=source.name))
    read(context, read_and_preview, show_preview, parent=parent, error_title=_tr("This file cannot be imported"))
