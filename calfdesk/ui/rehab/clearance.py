"""The question asked before a plan starts against the latest assessment's advice: has a clinician cleared
the runner? It names the assessment's date and advice; the plan starts only on an explicit yes, and "No" is
the default for Return and Escape."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from calfdesk.services.rehab import AdviceAgainst
from calfdesk.ui.widgets.plain_text import literal
from calfdesk.ui.widgets.texts import short_date


class ClearanceQuestion(QMessageBox):
    def __init__(self, parent: QWidget | None, advice: AdviceAgainst, plan_name: str) -> None:
        super().__init__(parent)
        self.setObjectName("clearance-question")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Has a clinician cleared you?"))
        date = short_date(advice.taken_on, year=True)
        if advice.assessment_id is None:
            text = self.tr("Your last plan ended on {date} with the advice to stop loading and see a clinician.")
            informative = self.tr(
                "Why: {reason}.\n\nStart “{plan}” only if a doctor or physiotherapist has examined your leg since "
                "then and cleared you for it. Your answer is kept with the plan and shown in the report for your "
                "clinician.\n\nHas a clinician cleared you?"
            )
        else:
            text = self.tr("Your assessment of {date} advised: {headline}.")
            informative = self.tr(
                "Why: {reason}.\n\nIt advises against starting “{plan}”. Start it only if a doctor or "
                "physiotherapist has examined your leg since then and cleared you for this plan. Your answer is "
                "kept with the plan and shown in the report for your clinician.\n\nHas a clinician cleared you?"
            )
        self.setText(literal(text.format(date=date, headline=advice.headline)))
        # The plan's name may come from a clinician's plan file: shown exactly as written.
        self.setInformativeText(literal(informative.format(plan=plan_name, reason=advice.reason.rstrip(". "))))
        # Qt sizes a message box for a line or two; this much text reads better on wider lines.
        self.setStyleSheet("QLabel#qt_msgbox_informativelabel, QLabel#qt_msgbox_label { min-width: 460px; }")
        self.cleared_button: QPushButton = self.addButton(
            self.tr("Yes, a clinician has cleared me"), QMessageBox.ButtonRole.YesRole
        )
        self.not_cleared_button: QPushButton = self.addButton(
            self.tr("No, do not start the plan"), QMessageBox.ButtonRole.NoRole
        )
        self.setDefaultButton(self.not_cleared_button)
        self.setEscapeButton(self.not_cleared_button)

    def cleared(self) -> bool:
        return self.clickedButton() is self.cleared_button


def ask_clearance(parent: QWidget | None, advice: AdviceAgainst, plan_name: str) -> bool:
    """True only when the runner answers that a clinician has cleared them."""
    question = ClearanceQuestion(parent, advice, plan_name)
    question.exec()
    return question.cleared()
