"""The Training page's import panel: progress while run files are read in the background, then the report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton

from calfdesk.domain.units import DistanceUnit
from calfdesk.services import training
from calfdesk.services.training import ImportReport
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import announce, write_with_progress
from calfdesk.ui.tasks import TaskContext, TaskHandle
from calfdesk.ui.widgets import theme
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import card_layout, label
from calfdesk.ui.widgets.messages import show_error
from calfdesk.ui.widgets.plain_text import escaped, set_plain_text
from calfdesk.ui.widgets.texts import counted
from calfdesk.words.training import file_words

# Files read without a problem are listed one by one up to this many (every file with a problem always is):
# Qt takes a fifth of a second to lay out a rich-text report of 500 lines, and the window would stall.
REPORT_READ_FILES: Final = 20


class ImportPanel(QFrame):
    """Hidden until an import starts. `finished(report)` once it is done (or cancelled)."""

    finished = Signal(object)
    include_requested = Signal(object)

    def __init__(self, context: AppContext, on_state_changed: Callable[[], None]) -> None:
        super().__init__()
        self.context = context
        self._state_changed = on_state_changed
        self.task: TaskHandle[ImportReport] | None = None
        layout = card_layout(self, spacing=8)
        top = QHBoxLayout()
        self.import_title = label(self.tr("Importing runs"), "section-title")
        top.addWidget(self.import_title, 1)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_report_button = QPushButton(self.tr("Close"))
        self.close_report_button.setAccessibleName(self.tr("Close the import report"))
        self.close_report_button.clicked.connect(self.hide)
        top.addWidget(self.cancel_button)
        top.addWidget(self.close_report_button)
        layout.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        layout.addWidget(self.progress)
        self.progress_label = label("", "muted", wrap=True)
        layout.addWidget(self.progress_label)
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        self.report_label.setTextFormat(Qt.TextFormat.RichText)
        caption(self.report_label, self.tr("Import report"))
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.report_label)
        from calfdesk.ui.training.import_report import ImportReportView

        self.report_view = ImportReportView()
        self.report_view.include_requested.connect(self.include_requested.emit)
        layout.addWidget(self.report_view)
        self._files_seen = 0
        self.hide()

    @property
    def importing(self) -> bool:
        return self.task is not None and not self.task.done

    def start(self, files: list[Path], unit: DistanceUnit) -> TaskHandle[ImportReport]:
        """Import files on the write worker with progress; Cancel stops before the next file."""
        self.show()
        # One archive or folder is named: "Importing 1 file" would undersell a whole export.
        set_plain_text(
            self.import_title,
            self.tr("Importing {name}").format(name=files[0].name)
            if len(files) == 1
            else self.tr("Importing {files}").format(files=counted("%n files", len(files))),
        )
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.show()
        self.progress_label.show()
        self.progress_label.setText(self.tr("Starting…"))
        self.report_label.setText("")
        self.report_label.show()
        self.report_view.hide()
        self._files_seen = 0
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.close_report_button.hide()

        def work(db: Database, task: TaskContext) -> ImportReport:
            return training.import_files(
                db, files, progress=task.progress, cancelled=lambda: task.cancelled, csv_unit=unit
            )

        self.task = write_with_progress(
            self.context, work, Changes.TRAINING, self._done, self._progress, failure=self._failed
        )
        self._state_changed()
        return self.task

    def _progress(self, done: int, total: int, name: str) -> None:
        self._files_seen += 1
        if " › " in name:  # a member of an archive or a folder: name it, with the count read so far
            # How many members are left is unknown: a moving bar, not one that stays at 0% for minutes.
            self.progress.setRange(0, 0)
            text = self.tr("Reading {name} (file {number})").format(name=name, number=self._files_seen)
        else:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
            text = (
                self.tr("Reading file {done} of {total}: {name}").format(done=done + 1, total=total, name=name)
                if name
                else self.tr("Finishing…")
            )
        set_plain_text(self.progress_label, text)

    def cancel(self) -> None:
        if self.task is not None and not self.task.done:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Cancelling after the current file…"))

    def _done(self, report: ImportReport) -> None:
        self._state_changed()
        self.cancel_button.hide()
        self.close_report_button.show()
        self.progress.setRange(0, len(report.files))
        self.progress.setValue(len(report.files))
        danger = theme.current().colors["danger"]
        lines = []
        listed = 0
        for item in report.files:
            if item.error is None:
                listed += 1
                if listed <= REPORT_READ_FILES:
                    lines.append(f"✓ <b>{escaped(item.name)}</b>: {escaped(file_words(item))}")
            else:
                lines.append(
                    self.tr("<span style='color:{danger}'>✗</span> <b>{name}</b>: not imported, {error}").format(
                        danger=danger, name=escaped(item.name), error=escaped(item.error)
                    )
                )
        if listed > REPORT_READ_FILES:
            lines.append(
                self.tr("✓ and {files} read").format(files=counted("%n more files", listed - REPORT_READ_FILES))
            )
        if report.cancelled:
            lines.append(
                self.tr("Cancelled: {files} not read ({names}). The runs of the files read before are kept.").format(
                    files=counted("%n files", len(report.not_started)), names=escaped(", ".join(report.not_started))
                )
            )
        self.report_label.setText("<br>".join(lines))
        self.report_view.show_report(report)
        self.report_label.hide()  # the table says the same, row by row
        # A full bar and a second summary above the totals only repeat the title and the totals.
        self.progress.hide()
        self.progress_label.hide()
        verb = self.tr("Import cancelled") if report.cancelled else self.tr("Import finished")
        self.import_title.setText(verb)
        self.progress_label.setText(
            self.tr("{verb}: {added} added, {duplicates} skipped, {failed} not imported.").format(
                verb=verb,
                added=counted("%n runs", report.added),
                duplicates=counted("%n duplicates", report.duplicates),
                failed=counted("%n files", len(report.failed)),
            )
        )
        self.context.show_status(
            self.tr("{verb}: {added} added").format(verb=verb, added=counted("%n runs", report.added))
        )
        self.finished.emit(report)

    def _failed(self, error: BaseException) -> None:
        self._state_changed()
        self.cancel_button.hide()
        self.close_report_button.show()
        self.import_title.setText(self.tr("Import stopped"))
        self.progress_label.setText("")
        show_error(self, self.tr("The runs could not be imported"), error)
        # Each file is all or nothing: the files read before the one that stopped it are in.
        announce(self.context, Changes.TRAINING)
