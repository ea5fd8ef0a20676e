"""One exercise explained: illustration, purpose, dose, numbered steps and when to stop."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from calfdesk.domain.rehab import Dose, Exercise
from calfdesk.ui.rehab.illustration import Illustration
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import card_layout, label
from calfdesk.words.rehab import dose_words


class ExerciseCard(QFrame):
    """Emits `timer_requested` when the runner starts the countdown of a stretch, hold or timed exercise."""

    timer_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.exercise: Exercise | None = None
        self.dose: Dose | None = None
        outer = card_layout(self, spacing=10)
        top = QHBoxLayout()
        top.setSpacing(16)
        self.picture = Illustration(size=180)
        top.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        heading = QVBoxLayout()
        heading.setSpacing(6)
        self.name_label = label("", "section-title", wrap=True)
        self.dose_label = label("", "big-dose", wrap=True)
        self.purpose_label = label("", "muted", wrap=True)
        heading.addWidget(self.name_label)
        heading.addWidget(self.dose_label)
        heading.addWidget(self.purpose_label)
        heading.addStretch(1)
        self.timer_button = QPushButton(self.tr("Start timer"))
        self.timer_button.setProperty("role", "primary")
        self.timer_button.setAccessibleName(self.tr("Start the countdown timer for this exercise"))
        self.timer_button.clicked.connect(self.timer_requested)
        heading.addWidget(self.timer_button, 0, Qt.AlignmentFlag.AlignLeft)
        top.addLayout(heading, 1)
        outer.addLayout(top)
        outer.addWidget(label(self.tr("How to do it"), "subsection-title"))
        self.steps_label = QLabel()
        self.steps_label.setWordWrap(True)
        self.steps_label.setTextFormat(Qt.TextFormat.RichText)
        caption(self.steps_label, self.tr("Steps"))
        outer.addWidget(self.steps_label)
        self.stop_label = QLabel()
        self.stop_label.setProperty("role", "banner-warning")
        self.stop_label.setWordWrap(True)
        self.stop_label.setTextFormat(Qt.TextFormat.RichText)
        caption(self.stop_label, self.tr("Stop signs"))
        outer.addWidget(self.stop_label)
        outer.addStretch(1)

    def show_exercise(self, exercise: Exercise, dose: Dose | None = None, plan_side: str = "both") -> None:
        self.exercise = exercise
        self.dose = dose or exercise.dose
        self.picture.set_illustration(exercise.illustration, self.tr("Illustration: {name}").format(name=exercise.name))
        self.name_label.setText(exercise.name)
        per_day = self.tr("twice a day") if self.dose.times_per_day == 2 else self.tr("once a day")
        days = (
            self.tr("every day")
            if self.dose.days_per_week == 7
            else self.tr("{days} days a week").format(days=self.dose.days_per_week)
        )
        rest = self.tr(", rest {seconds} s between sets").format(seconds=self.dose.rest_s) if self.dose.rest_s else ""
        self.dose_label.setText(f"{dose_words(exercise, self.dose, plan_side)}{rest}; {per_day}, {days}")
        self.purpose_label.setText(exercise.purpose)
        steps = "".join(f"<li>{escape(step)}</li>" for step in exercise.steps)
        self.steps_label.setText(f"<ol style='margin-left:-18px'>{steps}</ol>")
        stops = "".join(f"<li>{escape(sign)}</li>" for sign in exercise.stop_signs)
        self.stop_label.setText(
            self.tr("<b>Stop and rethink if</b><ul style='margin-left:-18px'>{stops}</ul>").format(stops=stops)
        )
        self.timer_button.setVisible(exercise.has_timer)
        coach = exercise.kind == "reps"
        self.timer_button.setText(self.tr("Count my reps") if coach else self.tr("Start timer"))
        self.timer_button.setAccessibleName(
            self.tr("Count my reps of this exercise, set by set")
            if coach
            else self.tr("Start the countdown timer for this exercise")
        )
