"""The morning question of a rehab plan on the Today page: pain and stiffness since getting up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout

from calfdesk.errors import InvalidInput, StorageError
from calfdesk.services import rehab
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.widgets.common import label
from calfdesk.ui.widgets.messages import show_error


class MorningCheckInCard(QFrame):
    """Shown while a plan runs and this morning's check-in is missing; hides itself once saved."""

    def __init__(self, context: AppContext, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.context = context
        self.today = today
        self.setProperty("role", "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(8)
        layout.addWidget(label("Good morning: how does it feel?", "section-title"))
        layout.addWidget(
            label(
                "Your rehab plan compares this with yesterday morning: if it is worse, the plan suggests less load.",
                "muted",
                wrap=True,
            )
        )
        row = QHBoxLayout()
        row.addWidget(label("Pain now", None))
        self.pain = QSpinBox()
        self.pain.setRange(0, 10)
        self.pain.setSuffix(" / 10")
        self.pain.setAccessibleName("Morning pain, 0 to 10")
        row.addWidget(self.pain)
        row.addSpacing(12)
        row.addWidget(label("Stiffness", None))
        self.stiffness = QSpinBox()
        self.stiffness.setRange(0, 24 * 60)
        self.stiffness.setSuffix(" min")
        self.stiffness.setAccessibleName("Minutes of morning stiffness")
        row.addWidget(self.stiffness)
        row.addStretch(1)
        self.save_button = QPushButton("Save check-in")
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName("Save the morning check-in")
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
        self.setVisible(rehab.morning_check_in_due(self.context.db, self.today()))

    def save(self) -> None:
        try:
            rehab.record_morning_check_in(
                self.context.db,
                self.today(),
                self.pain.value(),
                self.stiffness.value(),
                at=dt.datetime.now().time().replace(second=0, microsecond=0),
            )
        except (InvalidInput, StorageError) as error:
            show_error(self, "Could not save the check-in", error)
            return
        self.context.show_status("Morning check-in saved")
        self.context.events.changed.emit(Changes.DIARY | Changes.REHAB)
