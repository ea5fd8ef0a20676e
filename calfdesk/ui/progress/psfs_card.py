"""The Progress page's PSFS card: name the 3 to 5 activities the calf makes hard, then score each 0-10 weekly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from calfdesk.domain.measures import psfs
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import card_layout, clear_layout, label
from calfdesk.ui.widgets.plain_text import set_plain_text
from calfdesk.ui.widgets.texts import day_format


class PsfsCard(QFrame):
    """Emits `activities_requested(list[str])` and `scores_requested(date, list[int])`; the page saves them and
    calls `show_activities` or `show_problem`. What was typed stays until it is saved."""

    activities_requested = Signal(list)
    scores_requested = Signal(object, list)

    def __init__(self) -> None:
        super().__init__()
        layout = card_layout(self, spacing=10)
        layout.addWidget(label(self.tr("Activities you find hard (PSFS)"), "section-title"))
        layout.addWidget(
            label(
                self.tr(
                    "Name 3 to 5 activities your calf makes hard, in your own words, then score each week how well "
                    "you can do them: 0 is unable, 10 is as well as before the injury."
                ),
                "muted",
                wrap=True,
            )
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.activity_edits: list[QLineEdit] = []
        examples = (
            self.tr("e.g. running 10 km"),
            self.tr("e.g. stairs in the morning"),
            self.tr("e.g. walking the dog"),
            self.tr("e.g. hopping or skipping"),
            self.tr("e.g. standing at work"),
        )
        for index in range(psfs.MAX_ACTIVITIES):
            edit = QLineEdit()
            edit.setMaxLength(psfs.ACTIVITY_MAX_CHARS)
            number = index + 1
            hint = examples[index]
            optional = index >= psfs.MIN_ACTIVITIES
            edit.setPlaceholderText(self.tr("{hint} (optional)").format(hint=hint) if optional else hint)
            edit.setAccessibleName(self.tr("Activity {number}").format(number=number))
            edit.returnPressed.connect(self._ask_activities)
            title = QLabel(self.tr("Activity &{number}").format(number=number))
            title.setBuddy(edit)
            grid.addWidget(title, index // 2, (index % 2) * 2)
            grid.addWidget(edit, index // 2, (index % 2) * 2 + 1)
            self.activity_edits.append(edit)
        layout.addLayout(grid)
        row = QHBoxLayout()
        self.save_activities_button = QPushButton(self.tr("Save activities"))
        self.save_activities_button.setAccessibleName(self.tr("Save your activities"))
        self.save_activities_button.clicked.connect(self._ask_activities)
        row.addWidget(self.save_activities_button)
        row.addStretch(1)
        layout.addLayout(row)

        layout.addWidget(label(self.tr("This week's scores"), "subsection-title"))
        self.scores_form = QFormLayout()
        self.scores_form.setHorizontalSpacing(14)
        self.scores_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        layout.addLayout(self.scores_form)
        self.score_spins: list[QSpinBox] = []
        self.no_activities = label(self.tr("Save your activities first; then score them here."), "muted", wrap=True)
        layout.addWidget(self.no_activities)
        bottom = QHBoxLayout()
        bottom.addWidget(label(self.tr("Day"), None))
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat(day_format())
        self.day_edit.setMaximumDate(QDate.currentDate())
        self.day_edit.setAccessibleName(self.tr("Day of the scores"))
        bottom.addWidget(self.day_edit)
        self.save_scores_button = QPushButton(self.tr("Save scores"))
        self.save_scores_button.setProperty("role", "primary")
        self.save_scores_button.setAccessibleName(self.tr("Save this week's scores"))
        self.save_scores_button.clicked.connect(self._ask_scores)
        bottom.addWidget(self.save_scores_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.problem = label("", "field-error", wrap=True)
        caption(self.problem, self.tr("Problem with the activities or scores"))
        self.problem.hide()
        layout.addWidget(self.problem)
        self.activities: tuple[str, ...] = ()
        self.show_activities(())

    def show_activities(self, activities: Sequence[str]) -> None:
        """The saved activities: in the edits (unless the runner is typing new ones) and as the score rows."""
        changed = tuple(activities) != self.activities
        self.activities = tuple(activities)
        if changed:
            for edit, name in zip(self.activity_edits, [*activities, *[""] * psfs.MAX_ACTIVITIES], strict=False):
                edit.setText(name)
        if changed or (not self.score_spins and activities):
            clear_layout(self.scores_form)
            self.score_spins = []
            for name in activities:
                spin = QSpinBox()
                spin.setRange(0, 10)
                spin.setSuffix(" / 10")
                spin.setMinimumWidth(110)
                spin.setAccessibleName(self.tr("Score for {activity}, 0 to 10").format(activity=name))
                title = QLabel()
                set_plain_text(title, name)
                title.setBuddy(spin)
                self.scores_form.addRow(title, spin)
                self.score_spins.append(spin)
        self.no_activities.setVisible(not activities)
        self.day_edit.setEnabled(bool(activities))
        self.save_scores_button.setEnabled(bool(activities))

    def show_problem(self, message: str) -> None:
        set_plain_text(self.problem, message)
        self.problem.setVisible(bool(message))

    def scores_saved(self) -> None:
        self.show_problem("")
        for spin in self.score_spins:
            spin.setValue(0)

    def _ask_activities(self) -> None:
        names = [edit.text() for edit in self.activity_edits if edit.text().strip()]
        self.activities_requested.emit(names)

    def _ask_scores(self) -> None:
        day = self.day_edit.date()
        self.scores_requested.emit(
            dt.date(day.year(), day.month(), day.day()), [spin.value() for spin in self.score_spins]
        )
