"""The guided assessment: one topic per page, the warning signs early, a step list showing progress.

Each page owns its answers: `initializePage` fills its inputs from the wizard's answers (so Back, Next and
"repeat with these answers" keep them) and `validatePage` / `cleanupPage` write them back. The wizard
emits `completed(answers)` once, when the runner finishes.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from calfdesk.domain.assessment_content import AnswerValue, AssessmentContent, Page, load_content
from calfdesk.services.assessment import run_assessment
from calfdesk.ui.assessment.question_inputs import QuestionInput, first_focus, make_input
from calfdesk.ui.widgets.common import label

WARNING_PAGE = "warning_signs"
SEE_DOCTOR_NOW = frozenset({"emergency", "urgent"})


class StepList(QWidget):
    """The wizard's side panel: every topic with the current one marked, and a progress bar."""

    def __init__(self, titles: list[str]) -> None:
        super().__init__()
        self.setObjectName("assessment-steps")
        self.setMinimumWidth(210)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 16, 8)
        layout.setSpacing(6)
        self.counter = label("", "section-title")
        layout.addWidget(self.counter)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(titles))
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setAccessibleName("Assessment progress")
        layout.addWidget(self.bar)
        self.items: list[QLabel] = []
        for title in titles:
            item = label(title, "step", wrap=True)
            self.items.append(item)
            layout.addWidget(item)
        layout.addStretch(1)

    def set_current(self, index: int) -> None:
        total = len(self.items)
        self.counter.setText(f"Step {index + 1} of {total}")
        self.bar.setValue(index + 1)
        self.bar.setAccessibleDescription(f"Step {index + 1} of {total}")
        for position, item in enumerate(self.items):
            state = "current" if position == index else ("done" if position < index else "todo")
            mark = "\u25b6 " if state == "current" else ("\u2713 " if state == "done" else "\u2022 ")
            item.setText(mark + item.text().lstrip("\u25b6\u2713\u2022 "))
            item.setProperty("state", state)
            item.style().unpolish(item)
            item.style().polish(item)


class QuestionPage(QWizardPage):
    """One topic of the assessment."""

    def __init__(self, page: Page, content: AssessmentContent, number: int, total: int) -> None:
        super().__init__()
        self.spec = page
        self.setAccessibleName(f"Step {number} of {total}: {page.title}")
        self._filled = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        outer.addWidget(label(page.title, "page-title"))
        if page.intro:
            outer.addWidget(label(page.intro, "muted", wrap=True))
        self.alarm = label("", "triage-emergency", wrap=True)
        self.alarm.setTextFormat(Qt.TextFormat.RichText)
        self.alarm.setAccessibleName("Warning")
        self.alarm.hide()
        outer.addWidget(self.alarm)
        scroll = QScrollArea()
        scroll.setAccessibleName(f"Questions: {page.title}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the answers, which scroll into view
        outer.addWidget(scroll, 1)
        body = QWidget()
        scroll.setWidget(body)
        self.body_layout = QVBoxLayout(body)
        self.body_layout.setContentsMargins(0, 4, 12, 4)
        self.body_layout.setSpacing(10)
        self.inputs: dict[str, QuestionInput] = {}
        for question_id in page.questions:
            widget = make_input(content.questions[question_id])
            self.inputs[question_id] = widget
            self.body_layout.addWidget(widget)
        self.body_layout.addStretch(1)

    def assessment_wizard(self) -> AssessmentWizard:
        wizard = self.wizard()
        assert isinstance(wizard, AssessmentWizard)
        return wizard

    def page_answers(self) -> dict[str, AnswerValue]:
        answers: dict[str, AnswerValue] = {}
        for question_id, widget in self.inputs.items():
            value = widget.value()
            if value is not None:
                answers[question_id] = value
        return answers

    def initializePage(self) -> None:
        # Fill once; after that the inputs keep their state (including "Not sure") across Back and Next.
        if not self._filled:
            self._filled = True
            answers = self.assessment_wizard().answers
            for question_id, widget in self.inputs.items():
                widget.set_value(answers.get(question_id))
        first = next(iter(self.inputs.values()), None)
        if first is not None:
            first_focus(first).setFocus(Qt.FocusReason.TabFocusReason)

    def _store(self) -> None:
        self.assessment_wizard().store(self.inputs, self.page_answers())

    def validatePage(self) -> bool:
        self._store()
        return True

    def cleanupPage(self) -> None:
        # Going Back keeps what was entered here instead of resetting it.
        self._store()


class WarningSignsPage(QuestionPage):
    """The warning signs. A sign that needs a doctor now shows what to do at once and lets the runner
    go straight to the result."""

    def __init__(self, page: Page, content: AssessmentContent, number: int, total: int) -> None:
        super().__init__(page, content, number, total)
        for widget in self.inputs.values():
            widget.changed.connect(self._check_now)

    def initializePage(self) -> None:
        super().initializePage()
        self._check_now()

    def _check_now(self) -> None:
        wizard = self.wizard()
        earlier = wizard.answers if isinstance(wizard, AssessmentWizard) else {}
        result = run_assessment({**earlier, **self.page_answers()})
        needs_doctor = result.triage in SEE_DOCTOR_NOW
        if needs_doctor:
            self.alarm.setProperty("role", f"triage-{result.triage}")
            self.alarm.setText(
                f"<b>{result.headline}.</b> {result.what_to_do}<br>"
                "You can finish now to see your result, or carry on answering."
            )
            self.alarm.style().unpolish(self.alarm)
            self.alarm.style().polish(self.alarm)
        self.alarm.setVisible(needs_doctor)
        self.setFinalPage(needs_doctor)


class AssessmentWizard(QWizard):
    """Emits `completed(answers)` when the runner finishes; `rejected` when they cancel."""

    completed = Signal(dict)

    def __init__(self, prefill: Mapping[str, AnswerValue] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessment-wizard")
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, "&Next")
        self.setButtonText(QWizard.WizardButton.BackButton, "&Back")
        self.setButtonText(QWizard.WizardButton.FinishButton, "&See my result")
        self.setButtonText(QWizard.WizardButton.CancelButton, "Cancel")
        for which in (
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            button.setAccessibleName(button.text().replace("&", ""))
        for which in (QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton):
            button = self.button(which)
            button.setProperty("role", "primary")
            button.style().unpolish(button)
            button.style().polish(button)
        self.answers: dict[str, AnswerValue] = dict(prefill or {})
        content = load_content()
        total = len(content.pages)
        self.question_pages: list[QuestionPage] = []
        for number, spec in enumerate(content.pages, start=1):
            page_class = WarningSignsPage if spec.id == WARNING_PAGE else QuestionPage
            page = page_class(spec, content, number, total)
            self.question_pages.append(page)
            self.addPage(page)
        self.steps = StepList([spec.title for spec in content.pages])
        self.setSideWidget(self.steps)
        self.currentIdChanged.connect(self._moved)
        self.accepted.connect(self._finish)
        self._moved(self.currentId())

    def store(self, inputs: Mapping[str, QuestionInput], page_answers: Mapping[str, AnswerValue]) -> None:
        """Replace the answers of one page's questions (an unanswered question is removed)."""
        for question_id in inputs:
            self.answers.pop(question_id, None)
        self.answers.update(page_answers)

    def page_by_id(self, page_id: str) -> QuestionPage:
        return next(page for page in self.question_pages if page.spec.id == page_id)

    def _moved(self, page_id: int) -> None:
        if page_id >= 0:
            self.steps.set_current(self.pageIds().index(page_id))

    def _finish(self) -> None:
        self.completed.emit(dict(self.answers))
