"""File > Export plan… and File > Import plan…: the running plan written as a plan file a clinician can edit, and
a clinician's plan file checked, its changes against the built-in plan shown, then started by the Rehab page
(through the same questions as any plan start: a running plan, the latest assessment's advice)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from calfdesk.domain.rehab import Catalog, Enrolment, PlanDifference, PlanFile
from calfdesk.i18n import Texts
from calfdesk.services import rehab as service
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext
from calfdesk.ui.operations import read
from calfdesk.ui.rehab.plan_changes import change_cells, change_headers
from calfdesk.ui.rehab.plan_chooser import SIDE_CHOICES
from calfdesk.ui.widgets.common import label
from calfdesk.ui.widgets.messages import show_error
from calfdesk.ui.widgets.plain_text import set_plain_text

PLAN_FILTER = "Plan files (*.toml);;All files (*)"


_tr = Texts(__name__)


def _documents_folder() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def export_plan(context: AppContext, parent: QWidget) -> None:
    """Ask where, then write the running plan as a plan file (off the GUI thread); without a running plan, say
    so first."""
    read(context, service.active_plan, lambda active: _ask_and_export(context, parent, active), parent=parent)


def _ask_and_export(context: AppContext, parent: QWidget, active: Enrolment | None) -> None:
    if active is None:
        QMessageBox.information(
            parent,
            _tr("No plan is running"),
            _tr("Start a plan on the Rehab page first; its plan file can then be exported for your clinician."),
        )
        return
    suggested = str(Path(_documents_folder()) / f"calfdesk-plan-{active.plan_id}.toml")
    path, _filter = QFileDialog.getSaveFileName(parent, _tr("Export plan"), suggested, _tr(PLAN_FILTER))
    if not path:
        return
    target = Path(path)
    read(
        context,
        lambda db: service.export_plan(db, target),
        lambda _enrolment: context.show_status(_tr("Plan written to {target}").format(target=target)),
        parent=parent,
        error_title=_tr("The plan was not exported"),
    )


def import_plan(context: AppContext, parent: QWidget) -> None:
    """Ask for a plan file, check it off the GUI thread, then show what it changes (`ImportPlanDialog`); the
    runner starts it from there."""
    path, _filter = QFileDialog.getOpenFileName(parent, _tr("Import plan"), _documents_folder(), _tr(PLAN_FILTER))
    if not path:
        return
    source = Path(path)

    def check(_db: Database) -> tuple[PlanFile, list[PlanDifference]]:
        plan_file = service.read_plan_file(source)
        return plan_file, service.plan_file_differences(plan_file)

    read(
        context,
        check,
        lambda found: _show_import(context, parent, *found),
        parent=parent,
        failure=lambda error: show_error(parent, _tr("This plan file cannot be used"), error),
    )


def _show_import(context: AppContext, parent: QWidget, plan_file: PlanFile, changes: list[PlanDifference]) -> None:
    dialog = ImportPlanDialog(plan_file, changes, service.catalog(), parent)

    def start(side: str) -> None:
        page = context.navigate("rehab")
        page.start_plan(plan_file.based_on, side=side, plan_file=plan_file)

    dialog.start_requested.connect(start)
    dialog.open()


class ImportPlanDialog(QDialog):
    """Who wrote the plan file and what it changes against the built-in plan, the sore leg, and Start.
    `start_requested(side)` when the runner starts it. Every text from the file is shown as plain text."""

    start_requested = Signal(str)

    def __init__(
        self, plan_file: PlanFile, changes: list[PlanDifference], catalog: Catalog, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("import-plan-dialog")
        self.plan_file = plan_file
        built_in = catalog.plans[plan_file.based_on]
        self.setWindowTitle(self.tr("Import a plan file"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        self.title = label("", "section-title", wrap=True)
        set_plain_text(self.title, plan_file.plan.name)
        layout.addWidget(self.title)
        self.source = label("", "banner-info", wrap=True)
        set_plain_text(
            self.source,
            self.tr("A plan file from {clinician} ({file}), adapted from the built-in plan “{built_in}”.").format(
                clinician=plan_file.clinician, file=plan_file.file_name, built_in=built_in.name
            ),
        )
        layout.addWidget(self.source)
        self.note = label("", None, wrap=True)
        set_plain_text(self.note, self.tr("Note: {note}").format(note=plan_file.note))
        self.note.setVisible(bool(plan_file.note))
        layout.addWidget(self.note)

        if changes:
            heading = self.tr("What it changes against the built-in plan:")
        else:
            heading = self.tr("It is the same as the built-in plan.")
        self.changes_label = label(heading, None, wrap=True)
        layout.addWidget(self.changes_label)
        self.table = self._changes_table(changes, plan_file, catalog)
        self.table.setVisible(bool(changes))
        layout.addWidget(self.table, 1)

        self.safety = label(
            self.tr(
                "Its pain limits and doses were checked against the app's safety rules. Starting it asks the same "
                "questions as any plan: if your latest assessment advised against this plan, you will be asked "
                "whether a clinician has cleared you."
            ),
            "muted",
            wrap=True,
        )
        layout.addWidget(self.safety)

        row = QHBoxLayout()
        row.addWidget(label(self.tr("Sore leg:")))
        self.side_combo = QComboBox()
        self.side_combo.setAccessibleName(self.tr("Sore leg"))
        for key, text in SIDE_CHOICES:
            self.side_combo.addItem(QCoreApplication.translate("PlanChooser", text), key)
        row.addWidget(self.side_combo)
        row.addStretch(1)
        layout.addLayout(row)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.start_button: QPushButton = buttons.addButton(
            self.tr("Start this plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.start_button.setProperty("role", "primary")
        self.start_button.setDefault(True)
        buttons.accepted.connect(self._start)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _start(self) -> None:
        self.accept()
        self.start_requested.emit(str(self.side_combo.currentData()))

    def _changes_table(self, changes: list[PlanDifference], plan_file: PlanFile, catalog: Catalog) -> QTableWidget:
        headers = change_headers()
        table = QTableWidget(len(changes), len(headers))
        table.setAccessibleName(self.tr("Changes against the built-in plan"))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        for row, change in enumerate(changes):
            for column, text in enumerate(change_cells(change, plan_file, catalog)):
                table.setItem(row, column, QTableWidgetItem(text))  # items show their text as plain text
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        return table
