"""The morning question of a rehab plan on the Today page: pain and stiffness since getting up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSpinBox

from calfdesk.domain.diary import SORENESS_ANCHORS
from calfdesk.services import rehab
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read, write
from calfdesk.ui.widgets.common import card_layout, label
from calfdesk.ui.widgets.score_picker import ScorePicker
from calfdesk.ui.widgets.texts import domain_word


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
        pain_title = label(self.tr("&Pain now (0 to 10)"), None)
        layout.addWidget(pain_title)
        self.pain = ScorePicker(
            self.tr("Morning pain, from 0, none, to 10, worst imaginable"),
            {value: domain_word(text) for value, text in SORENESS_ANCHORS.items()},
        )
        self.pain.setToolTip(self.tr("Click a number, or type it: 0 to 9, or 1 then 0 for 10"))
        pain_title.setBuddy(self.pain)
        pain_row = QHBoxLayout()
        pain_row.addWidget(self.pain)
        pain_row.addStretch(1)
        layout.addLayout(pain_row)
        self.problem = label("", "field-error", wrap=True)
        self.problem.hide()
        self.pain.valueChanged.connect(lambda _score: self.problem.hide())
        layout.addWidget(self.problem)
        row = QHBoxLayout()
        stiffness_title = label(self.tr("S&tiffness"), None)
        row.addWidget(stiffness_title)
        self.stiffness = QSpinBox()
        self.stiffness.setRange(0, 24 * 60)
        self.stiffness.setSuffix(self.tr(" min"))
        self.stiffness.setAccessibleName(self.tr("Minutes of morning stiffness"))
        stiffness_title.setBuddy(self.stiffness)
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
        if pain is None:
            self.problem.setText(self.tr("Choose how it hurts first: click a number from 0 to 10, or type it."))
            self.problem.show()
            self.pain.setFocus()
            return
        at = dt.datetime.now().time().replace(second=0, microsecond=0)
        write(
            self.context,
            lambda db: rehab.record_morning_check_in(db, day, pain, stiffness, at=at),
            Changes.DIARY | Changes.REHAB,
            lambda _check_in: self.context.show_status(self.tr("Morning check-in saved")),
            parent=self,
            error_title=self.tr("Could not save the check-in"),
        )
