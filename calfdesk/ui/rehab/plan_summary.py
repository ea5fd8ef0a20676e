"""The running plan at the top of the Rehab page: its name, phase, goal, load, what opens the next phase,
and Finish or Stop."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from calfdesk.domain.rehab import Suggestion
from calfdesk.services import rehab as service
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import card_layout, label
from calfdesk.words.rehab import gate_words, suggestion_words


class PlanSummaryCard(QFrame):
    """`end_requested(finished)` when the runner finishes (True) or stops (False) the plan."""

    end_requested = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        inner = card_layout(self, spacing=6)
        top = QHBoxLayout()
        self.plan_title = label("", "section-title", wrap=True)
        top.addWidget(self.plan_title, 1)
        self.finish_button = QPushButton(self.tr("Finish plan"))
        self.finish_button.setAccessibleName(self.tr("Finish the plan"))
        self.finish_button.clicked.connect(lambda: self.end_requested.emit(True))
        self.abandon_button = QPushButton(self.tr("Stop plan"))
        self.abandon_button.setAccessibleName(self.tr("Stop (abandon) the plan"))
        self.abandon_button.clicked.connect(lambda: self.end_requested.emit(False))
        top.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.abandon_button, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(top)
        self.phase_label = label("", "subsection-title", wrap=True)
        self.goal_label = label("", None, wrap=True)
        self.load_label = label("", "muted", wrap=True)
        self.gate_label = label("", "muted", wrap=True)
        for widget in (self.phase_label, self.goal_label, self.load_label, self.gate_label):
            inner.addWidget(widget)
        # A clinician's plan file names phases and loads in its own words: shown exactly as written.
        for widget in (self.plan_title, self.phase_label, self.goal_label, self.load_label, self.gate_label):
            widget.setTextFormat(Qt.TextFormat.PlainText)

    def show_plan(self, today: service.TodayPlan, status: service.PlanStatus) -> None:
        plan = today.plan
        variant = plan.variants[today.enrolment.variant].name if today.enrolment.variant else ""
        self.plan_title.setText(plan.name + (f" ({variant})" if variant else ""))
        number = plan.phase_index(today.phase.id) + 1
        day_number = (today.day - today.enrolment.started).days + 1
        self.phase_label.setText(
            self.tr("Phase {number} of {phases}: {name}  ·  day {day_number} of about {weeks}").format(
                number=number,
                phases=len(plan.phases),
                name=today.phase.name,
                day_number=day_number,
                weeks=plan.weeks * 7,
            )
        )
        self.goal_label.setText(today.phase.goal)
        sides = {"left": self.tr("left"), "right": self.tr("right"), "both": self.tr("both")}
        load = self.tr("Load: {load_label}  ·  sore leg: {side}").format(
            load_label=status.load_label, side=sides[today.enrolment.side]
        )
        if status.plan_file is not None:
            load += "  ·  " + self.tr("plan file by {clinician}").format(clinician=status.plan_file.clinician)
        self.load_label.setText(load)
        following = plan.next_phase(today.phase.id)
        gate = status.next_phase_gate
        if following is None:
            self.gate_label.setText(self.tr("This is the plan's last phase."))
        elif gate is not None and gate.met:
            self.gate_label.setText(
                self.tr(
                    "Next: {name}. Its entry criteria are met: three session days in a row at 2/10 or less move you on."
                ).format(name=following.name)
            )
        elif gate is not None:
            self.gate_label.setText(
                self.tr("Next: {name}. Still needed: {missing}.").format(
                    name=following.name, missing=gate_words(gate.missing)
                )
            )


class SuggestionCard(QFrame):
    """The pain-monitoring model's suggestion; `decided(accepted)` when the runner accepts or declines one that
    changes the plan. Hidden while there is none."""

    decided = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        suggestion = card_layout(self, spacing=8)
        suggestion.addWidget(label(self.tr("Suggestion"), "section-title"))
        self.suggestion_label = label("", "banner-info", wrap=True)
        self.suggestion_label.setTextFormat(Qt.TextFormat.PlainText)
        caption(self.suggestion_label, self.tr("Suggestion"))
        suggestion.addWidget(self.suggestion_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.decline_button = QPushButton(self.tr("Decline"))
        self.decline_button.setAccessibleName(self.tr("Decline the suggestion"))
        self.decline_button.clicked.connect(lambda: self.decided.emit(False))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setProperty("role", "primary")
        self.accept_button.setAccessibleName(self.tr("Accept the suggestion"))
        self.accept_button.clicked.connect(lambda: self.decided.emit(True))
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.accept_button)
        suggestion.addLayout(buttons)

    def show_suggestion(self, suggestion: Suggestion | None) -> None:
        """The advice to stop loading is a warning that cannot be declined: its one button ends the plan."""
        self.setVisible(suggestion is not None)
        if suggestion is not None:
            stop = suggestion.ends_loading
            self.suggestion_label.setText(suggestion_words(suggestion))
            self.suggestion_label.setProperty("role", "banner-warning" if stop else "banner-info")
            self.suggestion_label.style().unpolish(self.suggestion_label)
            self.suggestion_label.style().polish(self.suggestion_label)
            self.accept_button.setText(self.tr("End the plan") if stop else self.tr("Accept"))
            self.accept_button.setVisible(suggestion.changes_plan)
            self.decline_button.setVisible(suggestion.changes_plan and not stop)
