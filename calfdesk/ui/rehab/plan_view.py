"""The Rehab page while a plan runs: its summary, the plan's suggestion, today's checklist beside the chosen
exercise, and the adherence and heel-raise test cards. The page wires their requests to its actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from calfdesk.domain.rehab import ChecklistItem
from calfdesk.services.rehab import PlanStatus, TodayPlan
from calfdesk.ui.rehab.adherence_card import AdherenceCard
from calfdesk.ui.rehab.checklist_card import ChecklistCard
from calfdesk.ui.rehab.exercise_card import ExerciseCard
from calfdesk.ui.rehab.heel_raise_card import HeelRaiseCard
from calfdesk.ui.rehab.plan_summary import PlanSummaryCard, SuggestionCard


class ActivePlanView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.side = "both"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        self.summary = PlanSummaryCard()
        layout.addWidget(self.summary)
        self.suggestion_card = SuggestionCard()
        layout.addWidget(self.suggestion_card)
        middle = QHBoxLayout()
        middle.setSpacing(14)
        self.checklist = ChecklistCard()
        self.checklist.show_requested.connect(self.show_exercise)
        middle.addWidget(self.checklist, 5)
        self.exercise_card = ExerciseCard()
        middle.addWidget(self.exercise_card, 6)
        layout.addLayout(middle)
        bottom = QHBoxLayout()
        bottom.setSpacing(14)
        self.adherence_card = AdherenceCard()
        bottom.addWidget(self.adherence_card, 0)
        self.heel_raise_card = HeelRaiseCard()
        bottom.addWidget(self.heel_raise_card, 1)
        layout.addLayout(bottom)

    def show_plan(self, today: TodayPlan, status: PlanStatus) -> None:
        self.side = today.enrolment.side
        self.summary.show_plan(today, status)
        self.checklist.set_items(today.items)
        shown = self.exercise_card.exercise
        same = next((item for item in today.items if shown is not None and item.exercise.id == shown.id), None)
        if same is not None or today.items:
            self.show_exercise(same or today.items[0])
        self.show_status(status)

    def show_status(self, status: PlanStatus) -> None:
        """The figures a tick or a test moves: suggestion, pain recorded today, adherence, heel-raise tests."""
        self.suggestion_card.show_suggestion(status.suggestion)
        self.checklist.show_recorded_pain([session for session in status.sessions if session.day == status.day])
        self.checklist.show_pain_limit(status.phase.pain_limit)
        self.adherence_card.show_status(status)
        self.heel_raise_card.show_status(status)

    def show_exercise(self, item: ChecklistItem) -> None:
        self.exercise_card.show_exercise(item.exercise, item.dose, self.side)
        self.exercise_card.setProperty("item_id", item.id)

    @property
    def heel_chart(self) -> Any:
        """The heel-raise tests over time, once there is a test to show."""
        return self.heel_raise_card.chart
