"""An assessment result: the triage banner first (with the warning signs left open and what to check now),
then how well the answers fit each condition with the reasons, the contributing factors, what to record for
a clinician, the disclaimer and the plan button, or why no plan is offered."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from calfdesk.domain.assessment import SELF_CARE, with_screen
from calfdesk.domain.assessment_content import AnswerValue, load_content
from calfdesk.domain.assessment_result import AssessmentResult, ConditionMatch
from calfdesk.i18n import Texts
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import card, card_layout, label

DOCTOR_NOW = frozenset({"emergency", "urgent"})
MARKS = {"emergency": "\u26a0", "urgent": "\u26a0", "see_clinician": "\u2139", "self_care": "\u2714"}
INCOMPLETE = "incomplete"  # banner role of a self-care result whose warning-sign check is incomplete


def _rich(text: str, role: str | None = None) -> QLabel:
    widget = label(text, role, wrap=True)
    widget.setTextFormat(Qt.TextFormat.RichText)
    return widget


def _bullets(items: list[str]) -> str:
    return "".join(f"<li>{escape(item)}</li>" for item in items)


_tr = Texts(__name__)


def plan_title(plan: str) -> str:
    """The plan's name from the rehab catalog, or the condition it treats when the catalog lacks it."""
    from calfdesk.services import rehab

    plans = rehab.catalog().plans
    if plan in plans:
        return plans[plan].name
    for condition in load_content().conditions:
        if condition.plan == plan:
            return _tr("{condition} plan").format(condition=condition.name)
    return _tr("General calf care plan")


class TriageBanner(QFrame):
    """The triage first. A self-care result with warning signs left open is never the plain green banner:
    it names the open signs, and every open sign comes with what to check now."""

    def __init__(self, result: AssessmentResult) -> None:
        super().__init__()
        self.setObjectName("triage-banner")
        incomplete = result.triage == SELF_CARE and bool(result.unscreened)
        self.state = INCOMPLETE if incomplete else result.triage
        self.setProperty("role", f"triage-{self.state}")
        self.setAccessibleName(self.tr("Result: {headline}").format(headline=result.headline))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(6)
        mark = "\u26a0" if incomplete else MARKS.get(result.triage, "")
        self.headline = label(f"{mark}  {result.headline}", "triage-headline", wrap=True)
        layout.addWidget(self.headline)
        self.what_to_do = label(result.what_to_do, "triage-text", wrap=True)
        layout.addWidget(self.what_to_do)
        self.checks: QLabel | None = None
        if result.check_now:
            title = escape(self.tr("Check now"))
            self.checks = _rich(f"<b>{title}</b><ul style='margin:0'>{_bullets(list(result.check_now))}</ul>")
            self.checks.setProperty("role", "triage-text")
            caption(self.checks, self.tr("Checks to make now"))
            layout.addWidget(self.checks)
        for flag in result.red_flags:
            because = "; ".join(flag.because)
            said = escape(self.tr("Because you said {because}.").format(because=because))
            text = f"<b>{escape(flag.message)}</b><br>{escape(flag.why)}<br><i>{said}</i>"
            layout.addWidget(_rich(text, "triage-text"))


class OutsideTheFourCard(QFrame):
    """Answers that point away from the four common causes: said plainly, with what a clinician would look
    for, in place of any fit against the four."""

    def __init__(self, result: AssessmentResult) -> None:
        super().__init__()
        self.setObjectName("outside-the-four")
        content = load_content()
        layout = card_layout(self, spacing=8, margins=(18, 14, 18, 14))
        self.headline = label(content.outside_headline, "section-title", wrap=True)
        layout.addWidget(self.headline)
        looks = [content.outside_names.get(item, item) for item in result.outside_the_four]
        self.looks = _rich(f"{escape(content.outside_intro)}<ul style='margin:0'>{_bullets(looks)}</ul>")
        layout.addWidget(self.looks)
        layout.addWidget(
            label(
                self.tr(
                    "So this result shows no fit against the four causes and offers no exercise plan: the "
                    "clinician's examination comes first."
                ),
                "muted",
                wrap=True,
            )
        )


class ConditionCard(QFrame):
    def __init__(self, rank: int, match: ConditionMatch, *, expanded: bool) -> None:
        super().__init__()
        self.match = match
        layout = card_layout(self, spacing=8, margins=(18, 14, 18, 14))
        header = QHBoxLayout()
        header.addWidget(label(f"{rank}. {match.name}", "section-title"), 1)
        content = load_content()
        # How well the answers fit, in words: a score is not the probability of a diagnosis.
        self.fit_words = content.fit_words(match.score)
        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setValue(round(match.score * 100))
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(160)
        self.bar.setAccessibleName(
            self.tr("{condition}: {fit_title}").format(condition=match.name, fit_title=content.fit_title.lower())
        )
        self.bar.setAccessibleDescription(self.fit_words)
        self.bar.setProperty("role", "score")
        header.addWidget(self.bar)
        self.fit = label(self.fit_words, "section-title")
        self.fit.setObjectName("fit-words")
        self.fit.setMinimumWidth(120)
        self.fit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.fit)
        layout.addLayout(header)
        condition = next((item for item in load_content().conditions if item.id == match.id), None)
        if condition is not None:
            layout.addWidget(label(condition.how_it_feels, "muted", wrap=True))
        supporting, against = list(match.reasons_for), list(match.reasons_against)
        if supporting:
            layout.addWidget(
                _rich(self.tr("<b>Because</b><ul style='margin:0'>{reasons}</ul>").format(reasons=_bullets(supporting)))
            )
        if against:
            layout.addWidget(
                _rich(self.tr("<b>Against it</b><ul style='margin:0'>{reasons}</ul>").format(reasons=_bullets(against)))
            )
        if not match.reasons:
            layout.addWidget(label(self.tr("Nothing you said points to or away from this."), "muted"))
        if expanded and condition is not None:
            details = self.tr("<b>What it is.</b> {what}<br><b>What helps</b><ul style='margin:0'>{helps}</ul>").format(
                what=escape(condition.what_it_is), helps=_bullets(list(condition.what_helps))
            )
            layout.addWidget(_rich(details))


class ResultView(QWidget):
    """Shows one result. `start_plan(plan_id)`, `repeat(answers)` and `back()` report the runner's choice."""

    start_plan = Signal(str)
    repeat = Signal(dict)
    back = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.result: AssessmentResult | None = None
        self.answers: dict[str, AnswerValue] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroller = QScrollArea()
        self.scroller.setAccessibleName(self.tr("Assessment result"))
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the triage banner takes focus, then Tab
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(self.scroller)
        self.banner: TriageBanner | None = None
        self.plan_button: QPushButton | None = None
        self.cards: list[ConditionCard] = []

    def show_result(
        self,
        result: AssessmentResult,
        answers: Mapping[str, AnswerValue],
        *,
        taken_at: dt.datetime | None = None,
        read_only: bool = False,
    ) -> None:
        result = with_screen(result, answers)
        self.result = result
        self.answers = dict(answers)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(14)
        title = self.tr("Your assessment result")
        if taken_at is not None:
            title = self.tr("Assessment of {taken_at:%d %b %Y, %H:%M}").format(taken_at=taken_at)
        layout.addWidget(label(title, "page-title"))
        if read_only:
            layout.addWidget(
                label(self.tr("A saved assessment, shown as it was. Repeat it to see how things changed."), "muted")
            )

        self.banner = TriageBanner(result)
        layout.addWidget(self.banner)
        layout.addLayout(self._buttons(result))

        if result.clinician_log is not None:
            log_card, log_layout = card()
            log_layout.addWidget(label(self.tr("What to write down for the clinician"), "section-title"))
            log_layout.addWidget(
                _rich(f"{escape(result.clinician_log.intro)}<ul>{_bullets(list(result.clinician_log.record))}</ul>")
            )
            layout.addWidget(log_card)

        self.plan_note: QLabel | None = None
        if result.plan is None and result.plan_note and result.plan_note not in result.what_to_do:
            self.plan_note = label(result.plan_note, "banner-warning", wrap=True)
            self.plan_note.setObjectName("no-plan-note")
            layout.addWidget(self.plan_note)

        for note in result.notes:
            layout.addWidget(label(note, "banner-info", wrap=True))

        self.outside: OutsideTheFourCard | None = None
        self.cards = []
        if result.outside_the_four:
            # Never the closest of the four against the place the runner gave (no "fits well" for a rupture).
            self.outside = OutsideTheFourCard(result)
            layout.addWidget(self.outside)
        else:
            doctor_now = result.triage in DOCTOR_NOW
            heading = self.tr("How well your answers fit the common causes, best first (a fit is not a diagnosis)")
            if doctor_now:
                heading = self.tr(
                    "How well your answers fit the common causes (for information only: the warning signs come first)"
                )
            layout.addWidget(label(heading, "section-title", wrap=True))
            top_score = result.conditions[0].score if result.conditions else 0.0
            self.cards = [
                ConditionCard(rank, match, expanded=rank == 1 and top_score > 0 and not doctor_now)
                for rank, match in enumerate(result.conditions, start=1)
            ]
            for condition_card in self.cards:
                layout.addWidget(condition_card)

        if result.contributing_factors:
            factor_card, factor_layout = card()
            factor_layout.addWidget(label(self.tr("What may have contributed"), "section-title"))
            for factor in result.contributing_factors:
                factor_layout.addWidget(_rich(f"<b>{escape(factor.title)}</b><br>{escape(factor.advice)}"))
            layout.addWidget(factor_card)

        layout.addWidget(self._answers_card(answers))
        disclaimer = label(
            self.tr("{disclaimer} (Content version {content_version}.)").format(
                disclaimer=result.disclaimer, content_version=result.content_version
            ),
            "muted",
            wrap=True,
        )
        disclaimer.setObjectName("disclaimer")
        layout.addWidget(disclaimer)
        layout.addStretch(1)
        old = self.scroller.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroller.setWidget(body)
        self.scroller.verticalScrollBar().setValue(0)
        self.banner.setFocus()

    def _buttons(self, result: AssessmentResult) -> QHBoxLayout:
        row = QHBoxLayout()
        self.plan_button = None
        if result.plan is not None:
            plan = result.plan
            self.plan_button = QPushButton(self.tr("Start the recommended plan: {plan}").format(plan=plan_title(plan)))
            self.plan_button.setToolTip(self.tr("Opens the Rehab page and starts this plan"))
            self.plan_button.setProperty("role", "primary")
            self.plan_button.setAccessibleName(self.tr("Start the recommended plan"))
            self.plan_button.clicked.connect(lambda: self.start_plan.emit(plan))
            row.addWidget(self.plan_button)
        self.repeat_button = QPushButton(self.tr("Repeat with these answers"))
        self.repeat_button.setAccessibleName(self.tr("Repeat the assessment with these answers"))
        self.repeat_button.clicked.connect(lambda: self.repeat.emit(dict(self.answers)))
        row.addWidget(self.repeat_button)
        self.back_button = QPushButton(self.tr("Back to assessments"))
        self.back_button.setAccessibleName(self.tr("Back to assessments"))
        self.back_button.clicked.connect(self.back)
        row.addWidget(self.back_button)
        row.addStretch(1)
        return row

    def _answers_card(self, answers: Mapping[str, AnswerValue]) -> QFrame:
        frame, layout = card()
        layout.addWidget(label(self.tr("Your answers"), "section-title"))
        questions = load_content().questions
        lines: list[str] = []
        for question_id, question in questions.items():
            if question_id not in answers:
                continue
            value = answers[question_id]
            # A list answered "None of these" reads as such, never as a blank.
            said = "; ".join(question.said_list(value)) or self.tr("none of these")
            lines.append(f"<li>{escape(question.wording)} <i>{escape(said)}</i></li>")
        if lines:
            layout.addWidget(_rich(f"<ul style='margin:0'>{''.join(lines)}</ul>"))
        else:
            layout.addWidget(label(self.tr("No questions were answered."), "muted"))
        return frame
