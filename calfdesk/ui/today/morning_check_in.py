"""The morning question of a rehab plan on the Today page: pain and stiffness since getting up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSpinBox

from calfdesk.services import rehab
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read, write
from calfdesk.ui.widgets.common import card_layout, label


class MorningCheckInCard(QFrame):
    """Shown while a plan runs and this morning's check-in is missing; hides itself once saved."""

    def __init__(self, context: AppContext, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.context = context
        self.today = today
        layout = card_layout(self, spacing=8, margins=(18, 14, 18, 14))
        layout.addWidget(label(self.tr("Good morning: how does it feel?"), "section-title"))
        layout.addWidget(
            label(
                self.tr(
                    "Your rehab plan compares this with yesterday morning: if it is worse, the plan suggests less load."
                ),
                "muted",
                wrap=True,
            )
        )
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Pain now"), None))
        self.pain = QSpinBox()
        self.pain.setRange(0, 10)
        self.pain.setSuffix(" / 10")
        self.pain.setAccessibleName(self.tr("Morning pain, 0 to 10"))
        row.addWidget(self.pain)
        row.addSpacing(12)
        row.addWidget(label(self.tr("Stiffness"), None))
        self.stiffness = QSpinBox()
        self.stiffness.setRange(0, 24 * 60)
        self.stiffness.setSuffix(self.tr(" min"))
        self.stiffness.setAccessibleName(self.tr("Minutes of morning stiffness"))
        row.addWidget(self.stiffness)
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("Save check-in"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Save the morning check-in"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        context.events.changed.connect(self._data_changed)
        context.events.refresh_requested.connect(self.refresh)
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        if changes & Changes.REHAB:
            self.refresh()

    def refresh(self) -> None:
        day = self.today()
        read(self.context, lambda db: rehab.morning_check_in_due(db, day), self.setVisible, parent=self)

    def save(self) -> None:
        day, pain, stiffness = self.today(), self.pain.value(), self.stiffness.value()
        at = dt.datetime.now().time().replace(second=0, microsecond=0)
        write(
            self.context,
            lambda db: rehab.record_morning_check_in(db, day, pain, stiffness, at=at),
            Changes.DIARY | Changes.REHAB,
            lambda _check_in: self.context.show_status(self.tr("Morning check-in saved")),
            parent=self,
            error_title=self.tr("Could not save the check-in"),
        )
