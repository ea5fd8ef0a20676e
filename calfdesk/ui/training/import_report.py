"""The report at the end of an import: one row per outcome of each file, in a table that can be copied, with
the activities that did not look like runs offered to be included anyway."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calfdesk.i18n import Texts, number
from calfdesk.importers.common import UnitAssumption
from calfdesk.services.training import FileReport, ImportReport, NotTaken
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.plain_text import literal
from calfdesk.ui.widgets.texts import counted, numeric_moment
from calfdesk.words.training import is_own_reason, left_out_words, not_a_run_words


@dataclass(frozen=True, slots=True)
class ReportRow:
    file: str
    outcome: str
    runs: str
    reason: str


# The report's columns, translated where shown.
COLUMNS: Final = ("File", "Outcome", "Runs", "Reason")


class ImportReportView(QWidget):
    """Emits `include_requested(list[NotTaken])` when the runner asks to import what was not taken."""

    include_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ReportRow] = []
        self.not_taken: list[NotTaken] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setWordWrap(True)
        caption(self.totals, self.tr("Import totals"))
        layout.addWidget(self.totals)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(name) for name in COLUMNS])
        self.table.setAccessibleName(self.tr("Import report, one row per outcome of each file"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(160)
        self.table.setMaximumHeight(280)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("Copy report"))
        self.copy_button.setAccessibleName(self.tr("Copy the import report as a table"))
        self.copy_button.clicked.connect(self.copy)
        self.include_button = QPushButton()
        self.include_button.setAccessibleName(self.tr("Import the activities that did not look like runs"))
        self.include_button.setToolTip(self.tr("Import the rows marked Not taken as runs after all"))
        self.include_button.clicked.connect(self._include)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.include_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.hide()

    # filling ----------------------------------------------------------------------------------------

    def show_report(self, report: ImportReport) -> None:
        self.rows = list(report_rows(report.files))
        self.not_taken = report.not_taken
        self.table.setRowCount(len(self.rows))
        for position, row in enumerate(self.rows):
            for column, text in enumerate((row.file, row.outcome, row.runs, row.reason)):
                item = QTableWidgetItem(text)  # plain text: names come from the files
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 3 and text:
                    item.setToolTip(literal(text))  # cut short in its cell; hovering shows it whole, as written
                self.table.setItem(position, column, item)
        self.table.setColumnWidth(0, min(420, max(160, self.table.sizeHintForColumn(0) + 12)))
        self.totals.setText(totals_text(report))
        self._show_include()
        self.show()

    def _show_include(self) -> None:
        count = len(self.not_taken)
        self.include_button.setVisible(count > 0)
        self.include_button.setEnabled(count > 0)
        self.include_button.setText(counted("Include %n activities anyway", count))

    def _include(self) -> None:
        if self.not_taken:
            self.include_button.setEnabled(False)
            self.include_requested.emit(list(self.not_taken))

    def included(self, added: int) -> None:
        """After the activities were imported anyway: say so and take them off the offer."""
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 1)
            if item is not None and item.text() == self.tr("Not taken"):
                item.setText(self.tr("Included anyway"))
        self.not_taken = []
        self._show_include()
        self.totals.setText(self.totals.text() + " " + counted("%n runs included anyway.", added))

    # copying ----------------------------------------------------------------------------------------

    def as_text(self) -> str:
        """The report as tab-separated lines with a header, for a spreadsheet or a message."""
        lines = ["\t".join(self.tr(name) for name in COLUMNS)]
        lines += ["\t".join(_cell(text) for text in (row.file, row.outcome, row.runs, row.reason)) for row in self.rows]
        return "\n".join(lines) + "\n"

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())
        self.copy_button.setText(self.tr("Copied"))


def _cell(text: str) -> str:
    return " ".join(text.split())


def report_rows(files: Iterable[FileReport]) -> Iterable[ReportRow]:
    for item in files:
        if item.error is not None:
            yield ReportRow(item.name, _tr("Failed"), "", item.error)
            continue
        shown = False
        if item.added:
            reason = _tr("new shoes: %1").replace("%1", ", ".join(item.new_shoes)) if item.new_shoes else ""
            yield ReportRow(item.name, _tr("Added"), str(item.added), reason)
            shown = True
        if item.duplicates:
            yield ReportRow(item.name, _tr("Already there"), str(item.duplicates), "")
            shown = True
        if item.merged:
            yield ReportRow(item.name, _tr("Merged"), str(item.merged), _tr("the same run from another source"))
            shown = True
        if item.skipped:
            # Activities of other sports are "not running"; calfdesk's own reasons say what was missing.
            kinds = item.skipped.most_common()
            other_sports = [(kind, count) for kind, count in kinds if not is_own_reason(kind)]
            reasons = (
                [left_out_words(kind for kind in kinds if is_own_reason(kind[0]))]
                if len(other_sports) < len(kinds)
                else []
            )
            if other_sports:
                reasons.insert(0, _tr("not running: %1").replace("%1", left_out_words(other_sports)))
            yield ReportRow(item.name, _tr("Left out"), str(item.skipped_count), "; ".join(reasons))
            shown = True
        for taken in item.not_taken:
            when = f"{numeric_moment(taken.run.start)}, {number(taken.run.distance_km, 2)} km"
            yield ReportRow(item.name, _tr("Not taken"), "1", f"{when}: {not_a_run_words(taken.reason)}")
            shown = True
        for note in item.notes:
            yield ReportRow(item.name, _tr("Note"), "", note)
        if item.distance_unit is not None:
            yield unit_row(item.name, item.distance_unit)
        if not shown:
            yield ReportRow(item.name, _tr("Read"), "0", _tr("no runs in this file"))


_tr = Texts(__name__)


def unit_row(name: str, assumed: UnitAssumption) -> ReportRow:
    """Which unit a file that does not name one was read in, and why."""
    if assumed.unit == "mi":
        outcome = _tr("Read in miles")
        why = {
            "steps": _tr("the step length from Steps and Distance fits miles only"),
            "setting": _tr("the file does not say which unit it uses, so your unit (Preferences) was taken"),
        }
    else:
        outcome = _tr("Read in kilometres")
        why = {
            "steps": _tr("the step length from Steps and Distance fits kilometres only"),
            "setting": _tr("the file does not say which unit it uses, so your unit (Preferences) was taken"),
        }
    return ReportRow(name, outcome, "", why[assumed.reason])


def totals_text(report: ImportReport) -> str:
    """The import in one line, in the words of the table's outcomes; what did not happen is not listed, so the
    line never says "0 ..." beside a table row that counts it."""
    left_out = sum(item.skipped_count for item in report.files)
    parts = [counted("%n runs added", report.added)]
    parts += [
        text
        for text, number in (
            (counted("%n runs already there", report.duplicates), report.duplicates),
            (counted("%n runs merged with another source", report.merged), report.merged),
            (counted("%n other activities left out", left_out), left_out),
            (counted("%n activities not taken (not like a run)", len(report.not_taken)), len(report.not_taken)),
            (counted("%n files failed", len(report.failed)), len(report.failed)),
        )
        if number
    ]
    text = " · ".join(parts) + "."
    if report.ignored:
        text += " " + counted("%n other files were not activity files.", report.ignored)
    if report.cancelled and not report.not_started:
        text += " " + _tr("Cancelled: the runs of the files read before stopping are kept.")
    elif report.cancelled:
        text += " " + counted(
            "Cancelled: the runs of the files read before stopping are kept; %n files were not read.",
            len(report.not_started),
        )
    return text


class ImportDropTarget(QObject):
    """Lets files, archives and folders be dropped onto a widget to import them."""

    dropped = Signal(list)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    @staticmethod
    def paths(event: QDropEvent | QDragEnterEvent) -> list[Path]:
        data = event.mimeData()
        if data is None or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent | QDropEvent)
            if self.paths(event):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            paths = self.paths(event)
            if paths:
                event.acceptProposedAction()
                self.dropped.emit(paths)
                return True
        return super().eventFilter(watched, event)
