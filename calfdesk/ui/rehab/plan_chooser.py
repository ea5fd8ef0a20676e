"""Choosing a rehab plan: the plans with their summaries, the sore leg, the insertional variant, what to
log when no exercise plan fits, and the plans run before."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from calfdesk.domain.rehab import Enrolment
from calfdesk.services import rehab as service
from calfdesk.ui.widgets.accessible import tie
from calfdesk.ui.widgets.common import card, clear_layout, label
from calfdesk.ui.widgets.plain_text import escaped
from calfdesk.ui.widgets.texts import counted, translatable

SIDE_CHOICES = (
    ("both", translatable("PlanChooser", "Both legs")),
    ("left", translatable("PlanChooser", "Left leg")),
    ("right", translatable("PlanChooser", "Right leg")),
)


class PlanChooser(QWidget):
    """Shown while no plan runs. `start_requested(plan_id, side, variant)` when the runner starts one."""

    start_requested = Signal(str, str, object)

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        frame, inner = card(spacing=8)
        inner.addWidget(label(self.tr("Choose a plan"), "section-title"))
        inner.addWidget(
            label(
                self.tr(
                    "Each plan is a daily checklist that moves through phases as your pain allows. The assessment "
                    "recommends one; you can also pick one here. One plan runs at a time."
                ),
                "muted",
                wrap=True,
            )
        )
        self.plan_buttons = QButtonGroup(self)
        self.plan_radios: dict[str, QRadioButton] = {}
        for plan in service.list_plans():
            radio = QRadioButton(f"{plan.name}  ({counted('%n weeks', plan.weeks)})")
            radio.setAccessibleName(radio.text())
            radio.setProperty("plan_id", plan.id)
            self.plan_buttons.addButton(radio)
            self.plan_radios[plan.id] = radio
            inner.addWidget(radio)
            summary = label(plan.summary, "muted", wrap=True)
            summary.setContentsMargins(26, 0, 0, 6)
            inner.addWidget(summary)
        self.plan_buttons.buttonToggled.connect(self._plan_choice_changed)
        options = QHBoxLayout()
        self.side_combo = QComboBox()
        options.addWidget(tie(label(self.tr("Sore leg"), None), self.side_combo))
        self.side_combo.setAccessibleName(self.tr("Sore leg"))
        for key, text in SIDE_CHOICES:
            self.side_combo.addItem(self.tr(text), key)
        options.addWidget(self.side_combo)
        options.addSpacing(16)
        self.insertional_check = QCheckBox(self.tr("The pain sits where the tendon meets the heel bone"))
        self.insertional_check.setAccessibleName(self.insertional_check.text())
        self.insertional_check.setAccessibleDescription(self.tr("Heel drops then stop at step level"))
        self.insertional_check.setToolTip(self.tr("Uses heel drops that stop at step level"))
        self.insertional_check.hide()
        options.addWidget(self.insertional_check)
        options.addStretch(1)
        self.start_button = QPushButton(self.tr("Start plan"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setAccessibleName(self.tr("Start the chosen plan"))
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self._start_chosen)
        options.addWidget(self.start_button)
        inner.addLayout(options)
        layout.addWidget(frame)

        page = service.catalog().no_plan_pages["compartment_syndrome"]
        self.no_plan_card, no_plan = card(spacing=8)
        no_plan.addWidget(label(self.tr("{name}: no exercise plan").format(name=page.name), "section-title"))
        no_plan.addWidget(label(page.why, None, wrap=True))
        no_plan.addWidget(label(self.tr("What to write down for the clinician"), "subsection-title"))
        items = "".join(f"<li>{escaped(text)}</li>" for text in page.log_for_clinician)
        logging_list = QLabel(f"<ul style='margin-left:-18px'>{items}</ul>")
        logging_list.setWordWrap(True)
        logging_list.setTextFormat(Qt.TextFormat.RichText)
        no_plan.addWidget(logging_list)
        no_plan.addWidget(label(page.see_clinician, "banner-warning", wrap=True))
        layout.addWidget(self.no_plan_card)

        self.history_card, history = card(spacing=6)
        history.addWidget(label(self.tr("Earlier plans"), "section-title"))
        self.history_box = QVBoxLayout()
        history.addLayout(self.history_box)
        layout.addWidget(self.history_card)

    def show_history(self, history: list[Enrolment]) -> None:
        clear_layout(self.history_box)
        self.history_card.setVisible(bool(history))
        names = {plan.id: plan.name for plan in service.list_plans()}
        for enrolment in history:
            ended = f" to {enrolment.ended}" if enrolment.ended else ""
            self.history_box.addWidget(
                label(
                    f"{names.get(enrolment.plan_id, enrolment.plan_id)}: "
                    f"{enrolment.started}{ended}, {enrolment.status}",
                    "muted",
                )
            )

    def _plan_choice_changed(self) -> None:
        chosen = self.plan_buttons.checkedButton()
        self.start_button.setEnabled(chosen is not None)
        plan_id = chosen.property("plan_id") if chosen is not None else None
        has_variant = plan_id is not None and "insertional" in service.catalog().plans[plan_id].variants
        self.insertional_check.setVisible(has_variant)

    def _start_chosen(self) -> None:
        chosen = self.plan_buttons.checkedButton()
        if chosen is None:
            return
        variant = "insertional" if self.insertional_check.isVisible() and self.insertional_check.isChecked() else None
        self.start_requested.emit(str(chosen.property("plan_id")), str(self.side_combo.currentData()), variant)
