"""The guided assessment: one topic per page, the warning signs early, a step list showing progress.

Each page owns its answers: `initializePage` fills its inputs from the wizard's answers (so Back, Next and
"repeat with these answers" keep them) and `validatePage` / `cleanupPage` write them back. The wizard
emits `completed(answers)` once, when the runner finishes.

A page marked `required` (the warning signs) is complete only when each of its questions has an answer
(Yes, No or Not sure; a tick or "None of these"): until then Next is disabled, a line under the questions
counts the open ones and the Next button names them. Other pages can be skipped.

A follow-up question (`ask_when` in questions.toml) is shown only while the answers so far, on earlier pages
and on its own page, make it matter; a hidden question has no answer. What answering changes sits under the
questions (the count, a warning that needs a doctor now), so the answers never move under the pointer.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from calfdesk.domain.assessment_content import AnswerValue, AssessmentContent, Page, load_content
from calfdesk.services.assessment import run_assessment
from calfdesk.ui.assessment.question_inputs import QuestionInput, first_focus, make_input
from calfdesk.ui.widgets.accessible import caption
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
        self.bar.setAccessibleName(self.tr("Assessment progress"))
        layout.addWidget(self.bar)
        self.items: list[QLabel] = []
        for title in titles:
            item = label(title, "step", wrap=True)
            self.items.append(item)
            layout.addWidget(item)
        layout.addStretch(1)

    def set_current(self, index: int) -> None:
        total = len(self.items)
        self.counter.setText(self.tr("Step {index} of {total}").format(index=index + 1, total=total))
        self.bar.setValue(index + 1)
        self.bar.setAccessibleDescription(self.tr("Step {index} of {total}").format(index=index + 1, total=total))
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
        self.setAccessibleName(
            self.tr("Step {number} of {total}: {title}").format(number=number, total=total, title=page.title)
        )
        self._filled = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        outer.addWidget(label(page.title, "page-title", wrap=True))
        if page.intro:
            outer.addWidget(label(page.intro, "muted", wrap=True))
        self.alarm = label("", "triage-emergency", wrap=True)
        self.alarm.setTextFormat(Qt.TextFormat.RichText)
        caption(self.alarm, self.tr("Warning"))
        self.alarm.hide()
        self.pending = label("", "banner-info", wrap=True)
        self.pending.setObjectName("pending-answers")
        caption(self.pending, self.tr("Answers still open on this page"))
        self.pending.hide()
        self.questions_area = scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Questions: {title}").format(title=page.title))
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
            widget.changed.connect(self._answers_changed)
        self.body_layout.addStretch(1)
        # Below the questions, so that neither moves them: the warning that needs a doctor now, and on a
        # required page the count of open answers, in a line of its own whose height does not change.
        outer.addWidget(self.alarm)
        if page.required:
            outer.addWidget(self.pending)

    def answers_so_far(self) -> dict[str, AnswerValue]:
        """The answers of the earlier pages with this page's current answers, to decide what to ask."""
        wizard = self.wizard()
        earlier = dict(wizard.answers) if isinstance(wizard, AssessmentWizard) else {}
        for question_id in self.inputs:
            earlier.pop(question_id, None)
        for question_id, widget in self.inputs.items():
            value = widget.value()
            if value is not None and not widget.isHidden():
                earlier[question_id] = value
        return earlier

    def update_asked(self) -> None:
        """Show each follow-up only where the answers so far make it matter (in page order, so that a
        follow-up of a follow-up sees the answers above it)."""
        for widget in self.inputs.values():
            asked = widget.question.asked(self.answers_so_far())
            if asked == widget.isHidden():
                widget.setHidden(not asked)

    def open_questions(self) -> list[str]:
        """The questions of a required page that still need an answer (none on other pages)."""
        if not self.spec.required:
            return []
        return [
            question_id
            for question_id, widget in self.inputs.items()
            if not widget.isHidden() and not widget.is_answered()
        ]

    def doctor_needed_now(self) -> bool:
        return False

    def isComplete(self) -> bool:
        return not self.open_questions() or self.doctor_needed_now()

    def progress_line(self) -> str:
        """The line under a required page's questions, of constant length: how many answers are still open
        (also while a sign that needs a doctor now lets the runner finish), or that none is."""
        open_ones = self.open_questions()
        if not open_ones:
            return self.tr("Every warning sign has an answer: you can go on.")
        return self.tr(
            "Answer every warning sign to go on: Yes, No or Not sure (for the list: tick what applies, or "
            '"None of these"). Still open: {count} of {total}.'
        ).format(count=len(open_ones), total=len(self.inputs))

    def why_incomplete(self) -> str:
        """What Next is waiting for ("" when the page is complete)."""
        return "" if self.isComplete() else self.progress_line()

    def open_names(self) -> str:
        """The open questions named, for the Next button's tooltip."""
        return "; ".join(
            self.inputs[question_id].question.sign or self.inputs[question_id].question.wording
            for question_id in self.open_questions()
        )

    def _answers_changed(self) -> None:
        self.update_asked()
        if self.spec.required:
            self.show_why_incomplete()
            self.completeChanged.emit()

    def show_why_incomplete(self) -> None:
        why = self.why_incomplete()
        # The line stays, with the same length, once the page is complete: nothing on the page moves.
        self.pending.setText(self.progress_line())
        self.pending.setVisible(self.spec.required)
        wizard = self.wizard()
        if wizard is not None and wizard.currentPage() is self:
            next_button = wizard.button(QWizard.WizardButton.NextButton)
            named = self.tr("{why} Open: {names}.").format(why=why, names=self.open_names()) if why else ""
            next_button.setToolTip(named)
            next_button.setAccessibleDescription(named)

    def assessment_wizard(self) -> AssessmentWizard:
        wizard = self.wizard()
        assert isinstance(wizard, AssessmentWizard)
        return wizard

    def page_answers(self) -> dict[str, AnswerValue]:
        """This page's answers; a follow-up that is not asked has none."""
        answers: dict[str, AnswerValue] = {}
        for question_id, widget in self.inputs.items():
            value = widget.value()
            if value is not None and not widget.isHidden():
                answers[question_id] = value
        return answers

    def initializePage(self) -> None:
        # Fill once; after that the inputs keep their state (including "Not sure") across Back and Next.
        if not self._filled:
            self._filled = True
            answers = self.assessment_wizard().answers
            for question_id, widget in self.inputs.items():
                widget.set_value(answers.get(question_id))
        self.update_asked()
        self.focus_first_question()
        self.show_why_incomplete()

    def focus_first_question(self) -> None:
        first = next((widget for widget in self.inputs.values() if not widget.isHidden()), None)
        if first is not None:
            first_focus(first).setFocus(Qt.FocusReason.TabFocusReason)

    def _store(self) -> None:
        self.assessment_wizard().store(self.inputs, self.page_answers())

    def validatePage(self) -> bool:
        if not self.isComplete():
            self.show_why_incomplete()
            return False
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

        self._needs_doctor = False

    def initializePage(self) -> None:
        super().initializePage()
        self._check_now()

    def doctor_needed_now(self) -> bool:
        """A sign that needs a doctor now lets the runner finish at once, even with other signs open."""
        return self._needs_doctor

    def _check_now(self) -> None:
        # Only this page's answers: a prefilled answer from an earlier assessment must not let the runner
        # skip the warning signs.
        result = run_assessment(self.page_answers())
        needs_doctor = result.triage in SEE_DOCTOR_NOW
        if needs_doctor:
            self.alarm.setProperty("role", f"triage-{result.triage}")
            self.alarm.setText(
                f"<b>{escape(result.headline)}.</b> {escape(result.what_to_do)}<br>"
                + escape(self.tr("You can finish now to see your result, or carry on answering."))
            )
            self.alarm.style().unpolish(self.alarm)
            self.alarm.style().polish(self.alarm)
        self.alarm.setVisible(needs_doctor)
        self._needs_doctor = needs_doctor
        self.setFinalPage(needs_doctor)
        self.show_why_incomplete()
        self.completeChanged.emit()


class AssessmentWizard(QWizard):
    """Emits `completed(answers)` when the runner finishes; `rejected` when they cancel."""

    completed = Signal(dict)

    def __init__(self, prefill: Mapping[str, AnswerValue] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessment-wizard")
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("&Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&See my result"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Return goes on (Next, or See my result on the last page). Embedded in the window, the wizard is no
        dialog to its buttons, so the default button is lost once Tab has passed over it; QDialog would then
        ignore Return."""
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        has_default = any(button.isDefault() for button in self.findChildren(QPushButton))
        if event.key() in keys and not event.modifiers() and not has_default:
            for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.NextButton):
                button = self.button(which)
                if button.isVisible():
                    if button.isEnabled():
                        button.click()
                    event.accept()
                    return
        super().keyPressEvent(event)

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
            # Once the new page shows (the focus would otherwise fall back to the sidebar): its first question.
            page = self.page(page_id)
            if isinstance(page, QuestionPage):
                QTimer.singleShot(0, page, page.focus_first_question)

    def _finish(self) -> None:
        self.completed.emit(dict(self.answers))
