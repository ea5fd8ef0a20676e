"""The Rehab page's heel-raise test card: enter a test, see the latest result, and the tests over time."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout

from calfdesk.domain.rehab import Plan
from calfdesk.services.rehab import PlanStatus
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import card_layout, label
from calfdesk.ui.widgets.texts import short_date


class HeelRaiseCard(QFrame):
    """Emits `record_requested(left_reps, right_reps, hop_pain)`, hop pain -1 when not tried."""

    record_requested = Signal(int, int, int)

    def __init__(self) -> None:
        super().__init__()
        self.chart: Any = None
        layout = card_layout(self, spacing=8)
        layout.addWidget(label(self.tr("Heel-raise test"), "section-title"))
        layout.addWidget(
            label(
                self.tr("Single-leg raises to fatigue on each leg. The plan uses the result to open the next phase."),
                "muted",
                wrap=True,
            )
        )
        entry = QHBoxLayout()
        self.left_spin = QSpinBox()
        self.right_spin = QSpinBox()
        for spin, name, accessible in (
            (self.left_spin, self.tr("Left"), self.tr("Left leg heel raises")),
            (self.right_spin, self.tr("Right"), self.tr("Right leg heel raises")),
        ):
            spin.setRange(0, 300)
            spin.setAccessibleName(accessible)
            entry.addWidget(label(name, None))
            entry.addWidget(spin)
        # Hopping is part of the Achilles plan's return-to-running gate (at most 2/10).
        self.hop_spin = QSpinBox()
        self.hop_spin.setRange(-1, 10)
        self.hop_spin.setValue(-1)
        self.hop_spin.setSpecialValueText(self.tr("not tried"))
        self.hop_spin.setSuffix(" / 10")
        self.hop_spin.setAccessibleName(self.tr("Pain of ten hops on the sore leg, 0 to 10, if tried"))
        entry.addWidget(label(self.tr("Hop pain"), None))
        entry.addWidget(self.hop_spin)
        self.test_button = QPushButton(self.tr("Record test"))
        self.test_button.setAccessibleName(self.tr("Record the heel-raise test"))
        self.test_button.clicked.connect(
            lambda: self.record_requested.emit(self.left_spin.value(), self.right_spin.value(), self.hop_spin.value())
        )
        entry.addWidget(self.test_button)
        entry.addStretch(1)
        layout.addLayout(entry)
        self.test_summary = label("", None, wrap=True)
        caption(self.test_summary, self.tr("Latest heel-raise test"))
        layout.addWidget(self.test_summary)
        self.chart_holder = QVBoxLayout()
        layout.addLayout(self.chart_holder)
        layout.addStretch(1)

    def show_status(self, status: PlanStatus) -> None:
        test = status.latest_test
        side = status.enrolment.side
        if test is None:
            self.test_summary.setText(self.tr("No test recorded yet."))
        else:
            index = test.symmetry_index(side)
            ratio = self.tr("n/a") if index is None else f"{index:.0f}%"
            if side == "both":
                which = self.tr("The weaker leg")
            elif side == "left":
                which = self.tr("The left leg")
            else:
                which = self.tr("The right leg")
            hop = "" if test.hop_pain is None else " " + self.tr("Hopping hurt {pain}/10.").format(pain=test.hop_pain)
            self.test_summary.setText(
                self.tr("Last test {day}: left {left}, right {right}. {which} manages {ratio} of the other.").format(
                    day=short_date(test.day, year=True),
                    left=test.left_reps,
                    right=test.right_reps,
                    which=which,
                    ratio=ratio,
                )
                + hop
            )
        if status.tests:
            gate = _next_gate_targets(status.plan, status.phase.id)
            if self.chart is None:
                from calfdesk.ui.rehab.heel_raise_chart import HeelRaiseChart

                self.chart = HeelRaiseChart()
                self.chart.setMinimumHeight(240)
                self.chart_holder.addWidget(self.chart)
            self.chart.set_tests(status.tests, side, *gate)
        elif self.chart is not None:
            self.chart.set_tests([], side, None, None)


def _next_gate_targets(plan: Plan, phase_id: str) -> tuple[int | None, float | None]:
    """The heel-raise targets of the next phase gate that has any, from the current phase on."""
    for phase in plan.phases[plan.phase_index(phase_id) :]:
        if phase.gate.heel_raise_min_reps is not None or phase.gate.heel_raise_min_lsi is not None:
            return phase.gate.heel_raise_min_reps, phase.gate.heel_raise_min_lsi
    return None, None
