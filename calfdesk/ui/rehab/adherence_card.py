"""The Rehab page's adherence card: items done in the last seven days, the day streak, and the calendar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from calfdesk.services.rehab import PlanStatus
from calfdesk.ui.rehab.adherence_calendar import AdherenceCalendar
from calfdesk.ui.widgets.accessible import caption, table_button
from calfdesk.ui.widgets.common import card_layout, label


class AdherenceCard(QFrame):
    def __init__(self) -> None:
        super().__init__()
        layout = card_layout(self, spacing=8)
        layout.addWidget(label(self.tr("Adherence"), "section-title"))
        numbers = QHBoxLayout()
        self.weekly_label = label("", "big-number")
        caption(self.weekly_label, self.tr("Items done in the last 7 days"))
        self.streak_label = label("", "big-number")
        caption(self.streak_label, self.tr("Current streak in days"))
        for number, words in (
            (self.weekly_label, self.tr("last 7 days")),
            (self.streak_label, self.tr("day streak")),
        ):
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(number)
            column.addWidget(label(words, "muted"))
            numbers.addLayout(column)
            numbers.addSpacing(24)
        numbers.addStretch(1)
        layout.addLayout(numbers)
        self.calendar = AdherenceCalendar()
        layout.addWidget(self.calendar)
        self.table_button = table_button(
            self.calendar, self.calendar.table, self.tr("Show the rehab days of the calendar as a table")
        )
        layout.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def show_status(self, status: PlanStatus) -> None:
        weekly = status.weekly_percent
        self.weekly_label.setText("–" if weekly is None else f"{weekly:.0f}%")
        self.streak_label.setText(str(status.streak))
        self.calendar.set_days(status.adherence, status.day)
