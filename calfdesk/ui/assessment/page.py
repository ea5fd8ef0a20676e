"""Assessment page: start the guided self-assessment, see its result, and browse earlier assessments.

Three views in a stack: the start view with the history, the wizard, and a result. A finished assessment
is shown at once and saved in the background. "Start the recommended plan" emits `start_plan_requested`,
which the page hands to the main window's navigation (the Rehab page, with the plan id).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from calfdesk.domain.assessment_content import AnswerValue, load_content
from calfdesk.domain.assessment_result import AssessmentSummary, SavedAssessment
from calfdesk.services import assessment
from calfdesk.ui.assessment.result import ResultView
from calfdesk.ui.assessment.wizard import AssessmentWizard
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read, write
from calfdesk.ui.widgets.common import card, empty_state, label
from calfdesk.ui.widgets.messages import show_error

# Marked for translation here, translated where shown (the context of `AssessmentPage.tr`).
TRIAGE_WORDS = {
    "emergency": str(QT_TRANSLATE_NOOP("AssessmentPage", "Emergency")),
    "urgent": str(QT_TRANSLATE_NOOP("AssessmentPage", "See a doctor today")),
    "see_clinician": str(QT_TRANSLATE_NOOP("AssessmentPage", "See a clinician")),
    "self_care": str(QT_TRANSLATE_NOOP("AssessmentPage", "Self-care")),
}
INTRO = str(
    QT_TRANSLATE_NOOP(
        "AssessmentPage",
        "A few minutes of questions about where it hurts, how it started and what the pain is like. It checks "
        "the warning signs that need a doctor first: answer each of them, with Not sure if you cannot tell. Then "
        "it explains how well your answers fit four common causes, and why. Other questions can be skipped. It is "
        "for education, not a diagnosis.",
    )
)


class AssessmentPage(QWidget):
    """Emits `start_plan_requested(plan_id)`, `saved(assessment_id)` and `history_loaded()`."""

    start_plan_requested = Signal(str)
    saved = Signal(int)
    history_loaded = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.wizard: AssessmentWizard | None = None
        self.history: list[AssessmentSummary] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack)

        self.home = self._build_home()
        self.stack.addWidget(self.home)
        self.wizard_holder = QWidget()
        holder_layout = QVBoxLayout(self.wizard_holder)
        holder_layout.setContentsMargins(20, 14, 20, 10)
        self.stack.addWidget(self.wizard_holder)
        self.result_view = ResultView()
        self.result_view.start_plan.connect(self.start_plan_requested)
        self.result_view.repeat.connect(self.start)
        self.result_view.back.connect(self.show_home)
        self.stack.addWidget(self.result_view)

        self.start_plan_requested.connect(self._open_plan)
        context.events.changed.connect(self._data_changed)
        context.events.refresh_requested.connect(self.refresh)
        QTimer.singleShot(0, self.refresh)

    # start view and history ---------------------------------------------------------------------------

    def _build_home(self) -> QWidget:
        home = QWidget()
        layout = QVBoxLayout(home)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(14)
        layout.addWidget(label(self.tr("Assessment"), "page-title"))
        start_card, start_layout = card()
        start_layout.addWidget(label(self.tr("Check your calf or Achilles pain"), "section-title"))
        start_layout.addWidget(label(self.tr(INTRO), "muted", wrap=True))
        self.start_button = QPushButton(self.tr("Start the assessment"))
        self.start_button.setProperty("role", "primary-large")
        self.start_button.setAccessibleName(self.tr("Start the assessment"))
        self.start_button.clicked.connect(lambda: self.start())
        row = QHBoxLayout()
        row.addWidget(self.start_button)
        row.addStretch(1)
        start_layout.addLayout(row)
        layout.addWidget(start_card)

        history_card, history_layout = card()
        history_layout.addWidget(label(self.tr("Earlier assessments"), "section-title"))
        self.history_empty, self.history_empty_button = empty_state(
            self.tr("No saved assessments yet. Each one you finish is kept here."),
            self.tr("Start an assessment"),
            self.tr("Start an assessment"),
        )
        self.history_empty_button.clicked.connect(lambda: self.start())
        history_layout.addWidget(self.history_empty)
        self.history_list = QListWidget()
        self.history_list.setObjectName("assessment-history")
        self.history_list.setAccessibleName(self.tr("Earlier assessments"))
        self.history_list.setMinimumHeight(180)
        self.history_list.itemActivated.connect(lambda _item: self.open_selected())
        self.history_list.currentRowChanged.connect(self._selection_changed)
        history_layout.addWidget(self.history_list, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open the selected assessment"))
        self.open_button.clicked.connect(self.open_selected)
        self.repeat_button = QPushButton(self.tr("Repeat with these answers"))
        self.repeat_button.setAccessibleName(self.tr("Repeat the selected assessment with these answers"))
        self.repeat_button.clicked.connect(self.repeat_selected)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.repeat_button)
        buttons.addStretch(1)
        self.history_buttons = buttons
        history_layout.addLayout(buttons)
        layout.addWidget(history_card, 1)
        # Empty, the card keeps its sentence at the top and the page's free space goes below it.
        layout.addStretch(0)
        self._home_layout = layout
        self.history_card = history_card
        self._selection_changed(-1)
        return home

    def refresh(self) -> None:
        read(
            self.context,
            assessment.list_history,
            self._show_history,
            parent=self,
            failure=self._failed(self.tr("Could not read your earlier assessments")),
        )

    def _data_changed(self, changes: Changes) -> None:
        if changes & Changes.ASSESSMENT:
            self.refresh()

    def _show_history(self, history: list[AssessmentSummary]) -> None:
        self.history = history
        content = load_content()
        names = {condition.id: condition.name for condition in content.conditions}
        self.history_list.clear()
        for summary in history:
            top = names.get(summary.top_condition, summary.top_condition)
            triage = self.tr(TRIAGE_WORDS[summary.triage]) if summary.triage in TRIAGE_WORDS else summary.triage
            if summary.outside_the_four:
                text = self.tr("{taken_at:%d %b %Y, %H:%M}   ·   {triage}   ·   none of the four common causes").format(
                    taken_at=summary.taken_at, triage=triage
                )
            else:
                text = self.tr("{taken_at:%d %b %Y, %H:%M}   ·   {triage}   ·   best fit: {top} ({fit})").format(
                    taken_at=summary.taken_at, triage=triage, top=top, fit=content.fit_words(summary.top_score)
                )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.history_list.addItem(item)
        self.history_empty.setVisible(not history)
        self.history_list.setVisible(bool(history))
        for button in (self.open_button, self.repeat_button):
            button.setVisible(bool(history))
        card_index = self._home_layout.indexOf(self.history_card)
        self._home_layout.setStretch(card_index, 1 if history else 0)
        self._home_layout.setStretch(card_index + 1, 0 if history else 1)
        if history:
            self.history_list.setCurrentRow(0)
        self._selection_changed(self.history_list.currentRow())
        self.history_loaded.emit()

    def _selection_changed(self, row: int) -> None:
        for button in (self.open_button, self.repeat_button):
            button.setEnabled(row >= 0)

    def _selected_id(self) -> int | None:
        item = self.history_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def open_selected(self) -> None:
        assessment_id = self._selected_id()
        if assessment_id is not None:
            self._load(assessment_id, self._show_saved)

    def repeat_selected(self) -> None:
        assessment_id = self._selected_id()
        if assessment_id is not None:
            self._load(assessment_id, lambda saved: self.start(saved.answers))

    def _load(self, assessment_id: int, then: Any) -> None:
        def loaded(saved: SavedAssessment | None) -> None:
            if saved is not None:
                then(saved)

        read(
            self.context,
            lambda db: assessment.get_assessment(db, assessment_id),
            loaded,
            parent=self,
            failure=self._failed(self.tr("Could not open the assessment")),
        )

    def _show_saved(self, saved: SavedAssessment) -> None:
        self.result_view.show_result(saved.result, saved.answers, taken_at=saved.taken_at, read_only=True)
        self.stack.setCurrentWidget(self.result_view)

    def show_home(self) -> None:
        self._drop_wizard()
        self.stack.setCurrentWidget(self.home)
        self.start_button.setFocus()

    # the wizard -------------------------------------------------------------------------------------

    def start(self, prefill: Mapping[str, AnswerValue] | None = None) -> AssessmentWizard:
        """Open a new wizard, with earlier answers filled in when repeating."""
        self._drop_wizard()
        wizard = AssessmentWizard(prefill, parent=self.wizard_holder)
        wizard.completed.connect(self._completed)
        wizard.rejected.connect(self.show_home)
        layout = self.wizard_holder.layout()
        assert layout is not None
        layout.addWidget(wizard)
        self.wizard = wizard
        self.stack.setCurrentWidget(self.wizard_holder)
        wizard.show()
        return wizard

    def _drop_wizard(self) -> None:
        if self.wizard is not None:
            self.wizard.hide()
            self.wizard.deleteLater()
            self.wizard = None

    def _completed(self, given: Mapping[str, AnswerValue]) -> None:
        answers = assessment.check_answers(given)
        result = assessment.run_assessment(answers)
        self.result_view.show_result(result, answers)
        self.stack.setCurrentWidget(self.result_view)
        self._drop_wizard()
        write(
            self.context,
            lambda db: assessment.save_assessment(db, answers, result),
            Changes.ASSESSMENT,
            self._saved,
            parent=self,
            failure=self._failed(self.tr("Could not save the assessment")),
        )

    def _saved(self, saved: SavedAssessment) -> None:
        assert saved.id is not None
        self.context.show_status(self.tr("Assessment saved to your history"))
        self.saved.emit(saved.id)

    def _failed(self, title: str) -> Any:
        def failed(error: BaseException) -> None:
            show_error(self, title, error)

        return failed

    def _open_plan(self, plan_id: str) -> None:
        side = self.result_view.answers.get("side")
        self.context.navigate("rehab", plan_id=plan_id, side=side if isinstance(side, str) else None)

    def open_with(self, **kwargs: Any) -> None:
        """`navigate("assessment", start=True)` opens a new wizard."""
        if kwargs.get("start"):
            self.start()
