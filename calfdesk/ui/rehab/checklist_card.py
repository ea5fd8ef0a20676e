"""Today's checklist of a rehab plan: the items by session with their ticks, progress, and the pain felt
during the exercises."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calfdesk.domain.rehab import PAIN_FREE_MAX, PHASE_PAIN_LIMIT_MAX, SLOT_LABELS, ChecklistItem, SessionPain
from calfdesk.ui.widgets.accessible import field_label
from calfdesk.ui.widgets.common import card_layout, clear_layout, label
from calfdesk.ui.widgets.texts import domain_word
from calfdesk.words.rehab import dose_words


class ChecklistRow(QWidget):
    """One item of today's list: its tick box, and buttons to show how and to start the timer."""

    def __init__(self, item: ChecklistItem) -> None:
        super().__init__()
        self.item = item
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.check = QCheckBox(item.name)
        self.check.setChecked(item.done)
        self.check.setAccessibleName(f"{item.name}, {domain_word(SLOT_LABELS[item.slot])}")
        self.check.setAccessibleDescription(dose_words(item.exercise, item.dose, item.plan_side))
        texts.addWidget(self.check)
        self.dose_label = label(dose_words(item.exercise, item.dose, item.plan_side), "muted", wrap=True)
        self.dose_label.setContentsMargins(24, 0, 0, 0)
        texts.addWidget(self.dose_label)
        layout.addLayout(texts, 1)
        self.show_button = QPushButton(self.tr("How"))
        self.show_button.setAccessibleName(self.tr("Show how to do {name}").format(name=item.name))
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignVCenter)
        coach = item.exercise.kind == "reps"
        self.timer_button = QPushButton(self.tr("Coach") if coach else self.tr("Timer"))
        self.timer_button.setAccessibleName(
            (self.tr("Coach: count the reps of {name}") if coach else self.tr("Start the timer for {name}")).format(
                name=item.name
            )
        )
        self.timer_button.setVisible(item.exercise.has_timer)
        layout.addWidget(self.timer_button, 0, Qt.AlignmentFlag.AlignVCenter)


class ChecklistCard(QFrame):
    """Emits `tick_changed(row, checked)`, `show_requested(item)`, `timer_requested(item)` and
    `pain_entered(pain, slot)`; `ChecklistActions` saves them, the same on the Rehab page and on Today."""

    tick_changed = Signal(object, bool)
    show_requested = Signal(object)
    timer_requested = Signal(object)
    pain_entered = Signal(int, str)

    def __init__(self, title: str | None = None) -> None:
        super().__init__()
        self.setMinimumWidth(400)
        self.rows: list[ChecklistRow] = []
        checklist = card_layout(self, spacing=6)
        head = QHBoxLayout()
        head.addWidget(label(title or self.tr("Today"), "section-title"))
        head.addStretch(1)
        self.progress_label = label("", "muted")
        head.addWidget(self.progress_label)
        checklist.addLayout(head)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(10)
        self.progress_bar.setAccessibleName(self.tr("Today's progress"))
        checklist.addWidget(self.progress_bar)
        self.next_label = label("", "big-dose", wrap=True)
        checklist.addWidget(self.next_label)
        self.items_box = QVBoxLayout()
        self.items_box.setSpacing(2)
        checklist.addLayout(self.items_box)
        checklist.addSpacing(8)
        checklist.addWidget(label(self.tr("Pain during the exercises"), "subsection-title"))
        self.pain_hint = label("", "muted", wrap=True)
        self.show_pain_limit(PHASE_PAIN_LIMIT_MAX)
        checklist.addWidget(self.pain_hint)
        pain_row = QHBoxLayout()
        self.pain_spin = QSpinBox()
        self.pain_spin.setRange(0, 10)
        self.pain_spin.setSuffix(" / 10")
        self.pain_spin.setAccessibleName(self.tr("Pain during the session, 0 to 10"))
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(self.tr("Which session"))
        self.pain_button = QPushButton(self.tr("Save pain"))
        self.pain_button.setAccessibleName(self.tr("Save pain for this session"))
        self.pain_button.clicked.connect(self._enter_pain)
        pain_row.addWidget(self.pain_spin)
        pain_row.addWidget(field_label(self.tr("Session"), self.session_combo))
        pain_row.addWidget(self.session_combo, 1)
        pain_row.addWidget(self.pain_button)
        checklist.addLayout(pain_row)
        self.pain_note = label("", "muted", wrap=True)
        checklist.addWidget(self.pain_note)
        checklist.addStretch(1)

    def set_items(self, items: list[ChecklistItem]) -> None:
        """Today's items under their session headings, and the sessions pain can be recorded for. The same
        items read again (after a tick) keep their rows, so nothing moves under the pointer."""
        if [row.item.id for row in self.rows] == [item.id for item in items]:
            for row, item in zip(self.rows, items, strict=True):
                row.item = item
                row.check.blockSignals(True)
                row.check.setChecked(item.done)
                row.check.blockSignals(False)
                row.dose_label.setText(dose_words(item.exercise, item.dose, item.plan_side))
            self.show_progress()
            return
        clear_layout(self.items_box)
        self.rows = []
        slot = None
        for item in items:
            if item.slot != slot:
                slot = item.slot
                heading = label(domain_word(SLOT_LABELS[slot]), "subsection-title")
                heading.setContentsMargins(0, 6, 0, 0)
                self.items_box.addWidget(heading)
            row = ChecklistRow(item)
            row.check.toggled.connect(lambda checked, r=row: self._ticked(r, checked))
            row.show_button.clicked.connect(lambda _=False, i=item: self.show_requested.emit(i))
            row.timer_button.clicked.connect(lambda _=False, i=item: self.timer_requested.emit(i))
            self.items_box.addWidget(row)
            self.rows.append(row)
        slots = list(dict.fromkeys(item.slot for item in items))
        current = self.session_combo.currentData()
        self.session_combo.clear()
        for key in slots:
            self.session_combo.addItem(
                self.tr("{slot} session").format(slot=domain_word(SLOT_LABELS[key]))
                if key in ("morning", "evening")
                else domain_word(SLOT_LABELS[key]),
                key,
            )
        preferred = (
            current
            if current in slots
            else ("evening" if "evening" in slots and dt.datetime.now().hour >= 14 else None)
        )
        if preferred in slots:
            self.session_combo.setCurrentIndex(slots.index(preferred))
        self.show_progress()

    def show_pain_limit(self, limit: int) -> None:
        """How much pain the current phase allows: pain-free phases hold the load above their limit."""
        if limit <= PAIN_FREE_MAX:
            text = self.tr(
                "This phase aims to be pain-free: keep each exercise at {limit}/10 or less. More than that holds the "
                "load; above 5 is too much."
            ).format(limit=limit)
        else:
            text = self.tr("0-2 is safe, 3-5 is acceptable if it has settled by the next morning, above 5 is too much.")
        self.pain_hint.setText(text)

    def show_progress(self) -> None:
        done = sum(row.check.isChecked() for row in self.rows)
        total = len(self.rows)
        self.progress_label.setText(self.tr("{done} of {total} done").format(done=done, total=total))
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        following = self.next_row()
        if following is None:
            self.next_label.setText(self.tr("All done for today. Well done.") if total else "")
        else:
            self.next_label.setText(
                self.tr("Next: {name} ({slot}), {dose}").format(
                    name=following.item.name,
                    slot=domain_word(SLOT_LABELS[following.item.slot]),
                    dose=dose_words(following.item.exercise, following.item.dose, following.item.plan_side),
                )
            )

    def next_row(self) -> ChecklistRow | None:
        """The first item not ticked yet, in the order of the day."""
        return next((row for row in self.rows if not row.check.isChecked()), None)

    def show_recorded_pain(self, recorded: list[SessionPain]) -> None:
        self.pain_note.setText(
            self.tr("Recorded today: ") + ", ".join(f"{domain_word(SLOT_LABELS[s.slot])} {s.pain}/10" for s in recorded)
            if recorded
            else self.tr("No pain recorded for today's sessions yet.")
        )

    def untick(self, row: ChecklistRow, checked: bool) -> None:
        """Put a box back as it was when saving its tick failed."""
        row.check.blockSignals(True)
        row.check.setChecked(not checked)
        row.check.blockSignals(False)
        self.show_progress()

    def _ticked(self, row: ChecklistRow, checked: bool) -> None:
        self.show_progress()
        self.tick_changed.emit(row, checked)

    def _enter_pain(self) -> None:
        slot = self.session_combo.currentData()
        if slot is not None:
            self.pain_entered.emit(self.pain_spin.value(), str(slot))
