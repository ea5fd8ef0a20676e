"""File > Report… (Ctrl+P): choose a period and a paper size, then save the PDF report for a clinician."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QLocale, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calfdesk.i18n import Texts
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext
from calfdesk.ui.operations import read
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import label
from calfdesk.ui.widgets.messages import describe
from calfdesk.ui.widgets.plain_text import set_plain_text
from calfdesk.ui.widgets.texts import counted, day_format

_tr = Texts(__name__)


DEFAULT_DAYS = 28
LETTER_COUNTRIES = frozenset({QLocale.Country.UnitedStates, QLocale.Country.Canada, QLocale.Country.Mexico})


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def default_page_size() -> str:
    """Letter where it is the usual paper, A4 elsewhere."""
    return "letter" if QLocale().territory() in LETTER_COUNTRIES else "a4"


class ReportDialog(QDialog):
    """Saves in the background; the outcome shows in the dialog (`saved` holds the last path)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Report for your clinician"))
        end = today or dt.date.today()
        self.from_edit = self._date_edit(end - dt.timedelta(days=DEFAULT_DAYS - 1), "Report from")
        self.to_edit = self._date_edit(end, "Report to")
        self.page_combo = QComboBox()
        self.page_combo.setAccessibleName(self.tr("Paper size"))
        self.page_combo.addItem(self.tr("A4"), "a4")
        self.page_combo.addItem(self.tr("Letter"), "letter")
        self.page_combo.setCurrentIndex(self.page_combo.findData(default_page_size()))

        form = QFormLayout()
        form.addRow(self.tr("&From"), self.from_edit)
        form.addRow(self.tr("&To"), self.to_edit)
        form.addRow(self.tr("&Paper"), self.page_combo)

        self.status = label("", "muted", wrap=True)
        caption(self.status, self.tr("Report status"))
        self.status.hide()
        self.open_button = QPushButton(self.tr("&Open the PDF"))
        self.open_button.setAccessibleName(self.tr("Open the saved PDF"))
        self.open_button.clicked.connect(self.open_saved)
        self.open_button.hide()
        self.save_button = QPushButton(self.tr("&Save PDF…"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Save the report as PDF"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.choose_and_save)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Report for your clinician"), "section-title"))
        layout.addWidget(
            label(
                self.tr(
                    "A PDF with your latest assessment, the soreness chart and weekly table, heel-raise tests, "
                    "rehab adherence, training load and shoes, and your notes for the period."
                ),
                "muted",
                wrap=True,
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
        self.from_edit.setFocus()

    def _date_edit(self, day: dt.date, accessible: str) -> QDateEdit:
        edit = QDateEdit(_qdate(day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(day_format())
        edit.setAccessibleName(accessible)
        return edit

    def period(self) -> tuple[dt.date, dt.date]:
        start, end = self.from_edit.date(), self.to_edit.date()
        return dt.date(start.year(), start.month(), start.day()), dt.date(end.year(), end.month(), end.day())

    def choose_and_save(self) -> None:
        start, end = self.period()
        if start > end:
            self._show(self.tr("The first date is after the second; swap them."), error=True)
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / f"calfdesk-report-{start.isoformat()}-to-{end.isoformat()}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), suggested, self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, target: Path) -> Any:
        """Make the report in the background and write it to `target`."""
        from calfdesk.ui.report import pdf as report

        start, end = self.period()
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        settings = self.context.settings
        unit = settings.units
        first_weekday = settings.first_weekday
        page_size = str(self.page_combo.currentData())
        self.save_button.setEnabled(False)
        self._show(self.tr("Making the report for {start} to {end}…").format(start=start, end=end))

        def work(db: Database) -> report.WrittenReport:
            return report.make_report(
                db, start, end, target, page_size=page_size, unit=unit, first_weekday=first_weekday
            )

        def done(written: report.WrittenReport) -> None:
            self.saved = written.path
            self.save_button.setEnabled(True)
            pages = counted("%n pages", written.pages)
            self._show(self.tr("Saved {path} ({pages}).").format(path=written.path, pages=pages))
            self.open_button.show()
            self.context.show_status(_tr("Report saved to {path}").format(path=written.path))

        def failed(error: BaseException) -> None:
            self.save_button.setEnabled(True)
            self._show(self.tr("The report was not saved. {problem}").format(problem=describe(error)), error=True)

        return read(self.context, work, done, parent=self, failure=failed)

    def _show(self, text: str, *, error: bool = False) -> None:
        set_plain_text(self.status, text)
        self.status.show()
        self.status.setProperty("role", "banner-error" if error else "muted")
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def open_saved(self) -> None:
        if self.saved is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved)))
