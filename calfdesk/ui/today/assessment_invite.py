"""The first step for a new runner on the Today page: the assessment, what it takes, and the button that
opens it. Shown while no assessment has been saved and no plan runs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from calfdesk.services import assessment, rehab
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read
from calfdesk.ui.widgets.common import card_layout, label


class AssessmentInvite(QFrame):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        layout = card_layout(self, spacing=8)
        layout.addWidget(label(self.tr("Start with the assessment"), "section-title"))
        layout.addWidget(
            label(
                self.tr(
                    "About five minutes of questions about your calf or Achilles. It checks the warning signs "
                    "first, then explains what your answers point to and which rehab plan fits; the plan's daily "
                    "checklist then shows here."
                ),
                "muted",
                wrap=True,
            )
        )
        row = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start the assessment"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setAccessibleName(self.tr("Start the assessment"))
        self.start_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.start_button.clicked.connect(lambda: context.navigate("assessment", start=True))
        row.addWidget(self.start_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()
        context.events.changed.connect(self._data_changed)
        context.events.refresh_requested.connect(self.refresh)
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        if changes & (Changes.ASSESSMENT | Changes.REHAB):
            self.refresh()

    def refresh(self) -> None:
        def work(db: Database) -> bool:
            return not assessment.list_history(db) and rehab.active_plan(db) is None

        read(self.context, work, self.setVisible, parent=self)
