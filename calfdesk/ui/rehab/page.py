"""Rehab plan: choose a plan, follow today's checklist, record pain, and act on the plan's suggestions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calfdesk.domain.rehab import SLOT_LABELS, ChecklistItem, Plan
from calfdesk.errors import InvalidInput, StorageError
from calfdesk.services import rehab as service
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.rehab.adherence_calendar import AdherenceCalendar
from calfdesk.ui.rehab.exercise_card import ExerciseCard
from calfdesk.ui.widgets.common import card, clear_layout, label, scrolling_page
from calfdesk.ui.widgets.messages import show_error
from calfdesk.ui.widgets.texts import counted

SIDE_CHOICES = (("both", "Both legs"), ("left", "Left leg"), ("right", "Right leg"))


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
        self.check.setAccessibleName(f"{item.name}, {SLOT_LABELS[item.slot].lower()}")
        self.check.setAccessibleDescription(item.dose_text)
        texts.addWidget(self.check)
        self.dose_label = label(item.dose_text, "muted", wrap=True)
        self.dose_label.setContentsMargins(24, 0, 0, 0)
        texts.addWidget(self.dose_label)
        layout.addLayout(texts, 1)
        self.show_button = QPushButton("How")
        self.show_button.setAccessibleName(f"Show how to do {item.name}")
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.timer_button = QPushButton("Timer")
        self.timer_button.setAccessibleName(f"Start the timer for {item.name}")
        self.timer_button.setVisible(item.exercise.has_timer)
        layout.addWidget(self.timer_button, 0, Qt.AlignmentFlag.AlignVCenter)


class RehabPage(QWidget):
    """Emits `loaded` after every refresh from the data file."""

    loaded = Signal()

    def __init__(self, context: AppContext, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.context = context
        self.today = today
        self.rows: list[ChecklistRow] = []
        self.today_plan: service.TodayPlan | None = None
        self.status: service.PlanStatus | None = None
        self.heel_chart: Any = None

        self.scroll_area, layout = scrolling_page(self, "Rehab plan")
        layout.addWidget(label("Rehab plan", "page-title"))

        self.chooser = self._build_chooser()
        layout.addWidget(self.chooser)
        self.plan_view = self._build_plan_view()
        layout.addWidget(self.plan_view)
        layout.addStretch(1)

        context.events.changed.connect(self._data_changed)
        context.events.refresh_requested.connect(self.refresh)
        self.refresh()

    # building: choosing a plan ----------------------------------------------------------------------

    def _build_chooser(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        frame, inner = card(spacing=8)
        inner.addWidget(label("Choose a plan", "section-title"))
        inner.addWidget(
            label(
                "Each plan is a daily checklist that moves through phases as your pain allows. The assessment "
                "recommends one; you can also pick one here. One plan runs at a time.",
                "muted",
                wrap=True,
            )
        )
        self.plan_buttons = QButtonGroup(self)
        self.plan_radios: dict[str, QRadioButton] = {}
        for plan in service.list_plans():
            radio = QRadioButton(f"{plan.name}  ({counted('%n weeks', plan.weeks)})")
            radio.setAccessibleName(plan.name)
            radio.setProperty("plan_id", plan.id)
            self.plan_buttons.addButton(radio)
            self.plan_radios[plan.id] = radio
            inner.addWidget(radio)
            summary = label(plan.summary, "muted", wrap=True)
            summary.setContentsMargins(26, 0, 0, 6)
            inner.addWidget(summary)
        self.plan_buttons.buttonToggled.connect(self._plan_choice_changed)
        options = QHBoxLayout()
        options.addWidget(label("Sore leg", None))
        self.side_combo = QComboBox()
        self.side_combo.setAccessibleName("Sore leg")
        for key, text in SIDE_CHOICES:
            self.side_combo.addItem(text, key)
        options.addWidget(self.side_combo)
        options.addSpacing(16)
        self.insertional_check = QCheckBox("The pain sits where the tendon meets the heel bone")
        self.insertional_check.setAccessibleName("Pain at the heel attachment: drops stop at step level")
        self.insertional_check.setToolTip("Uses heel drops that stop at step level")
        self.insertional_check.hide()
        options.addWidget(self.insertional_check)
        options.addStretch(1)
        self.start_button = QPushButton("Start plan")
        self.start_button.setProperty("role", "primary")
        self.start_button.setAccessibleName("Start the chosen plan")
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self._start_chosen)
        options.addWidget(self.start_button)
        inner.addLayout(options)
        layout.addWidget(frame)

        page = service.catalog().no_plan_pages["compartment_syndrome"]
        self.no_plan_card, no_plan = card(spacing=8)
        no_plan.addWidget(label(f"{page.name}: no exercise plan", "section-title"))
        no_plan.addWidget(label(page.why, None, wrap=True))
        no_plan.addWidget(label("What to write down for the clinician", "subsection-title"))
        items = "".join(f"<li>{escape(text)}</li>" for text in page.log_for_clinician)
        logging_list = QLabel(f"<ul style='margin-left:-18px'>{items}</ul>")
        logging_list.setWordWrap(True)
        logging_list.setTextFormat(Qt.TextFormat.RichText)
        no_plan.addWidget(logging_list)
        no_plan.addWidget(label(page.see_clinician, "banner-warning", wrap=True))
        layout.addWidget(self.no_plan_card)

        self.history_card, history = card(spacing=6)
        history.addWidget(label("Earlier plans", "section-title"))
        self.history_box = QVBoxLayout()
        history.addLayout(self.history_box)
        layout.addWidget(self.history_card)
        return box

    # building: the active plan ----------------------------------------------------------------------

    def _build_plan_view(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)

        summary, inner = card(spacing=6)
        top = QHBoxLayout()
        self.plan_title = label("", "section-title", wrap=True)
        top.addWidget(self.plan_title, 1)
        self.finish_button = QPushButton("Finish plan")
        self.finish_button.setAccessibleName("Finish the plan")
        self.finish_button.clicked.connect(lambda: self._end_plan(finished=True))
        self.abandon_button = QPushButton("Stop plan")
        self.abandon_button.setAccessibleName("Stop (abandon) the plan")
        self.abandon_button.clicked.connect(lambda: self._end_plan(finished=False))
        top.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.abandon_button, 0, Qt.AlignmentFlag.AlignTop)
        inner.addLayout(top)
        self.phase_label = label("", "subsection-title", wrap=True)
        self.goal_label = label("", None, wrap=True)
        self.load_label = label("", "muted", wrap=True)
        self.gate_label = label("", "muted", wrap=True)
        for widget in (self.phase_label, self.goal_label, self.load_label, self.gate_label):
            inner.addWidget(widget)
        layout.addWidget(summary)

        self.suggestion_card, suggestion = card(spacing=8)
        suggestion.addWidget(label("Suggestion", "section-title"))
        self.suggestion_label = label("", "banner-info", wrap=True)
        self.suggestion_label.setAccessibleName("Suggestion")
        suggestion.addWidget(self.suggestion_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.decline_button = QPushButton("Decline")
        self.decline_button.setAccessibleName("Decline the suggestion")
        self.decline_button.clicked.connect(lambda: self._decide(accepted=False))
        self.accept_button = QPushButton("Accept")
        self.accept_button.setProperty("role", "primary")
        self.accept_button.setAccessibleName("Accept the suggestion")
        self.accept_button.clicked.connect(lambda: self._decide(accepted=True))
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.accept_button)
        suggestion.addLayout(buttons)
        layout.addWidget(self.suggestion_card)

        middle = QHBoxLayout()
        middle.setSpacing(14)
        checklist_card, checklist = card(spacing=6)
        checklist_card.setMinimumWidth(400)
        head = QHBoxLayout()
        head.addWidget(label("Today", "section-title"))
        head.addStretch(1)
        self.progress_label = label("", "muted")
        head.addWidget(self.progress_label)
        checklist.addLayout(head)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedHeight(10)
        self.progress_bar.setAccessibleName("Today's progress")
        checklist.addWidget(self.progress_bar)
        self.items_box = QVBoxLayout()
        self.items_box.setSpacing(2)
        checklist.addLayout(self.items_box)
        checklist.addSpacing(8)
        checklist.addWidget(label("Pain during the exercises", "subsection-title"))
        checklist.addWidget(
            label(
                "0-2 is safe, 3-5 is acceptable if it has settled by the next morning, above 5 is too much.",
                "muted",
                wrap=True,
            )
        )
        pain_row = QHBoxLayout()
        self.pain_spin = QSpinBox()
        self.pain_spin.setRange(0, 10)
        self.pain_spin.setSuffix(" / 10")
        self.pain_spin.setAccessibleName("Pain during the session, 0 to 10")
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName("Which session")
        self.pain_button = QPushButton("Save pain")
        self.pain_button.setAccessibleName("Save pain for this session")
        self.pain_button.clicked.connect(self.save_session_pain)
        pain_row.addWidget(self.pain_spin)
        pain_row.addWidget(self.session_combo, 1)
        pain_row.addWidget(self.pain_button)
        checklist.addLayout(pain_row)
        self.pain_note = label("", "muted", wrap=True)
        checklist.addWidget(self.pain_note)
        checklist.addStretch(1)
        middle.addWidget(checklist_card, 5)
        self.exercise_card = ExerciseCard()
        self.exercise_card.timer_requested.connect(self._timer_for_card)
        middle.addWidget(self.exercise_card, 6)
        layout.addLayout(middle)

        bottom = QHBoxLayout()
        bottom.setSpacing(14)
        adherence_card, adherence = card(spacing=8)
        adherence.addWidget(label("Adherence", "section-title"))
        numbers = QHBoxLayout()
        self.weekly_label = label("", "big-number")
        self.weekly_label.setAccessibleName("Items done in the last 7 days")
        self.streak_label = label("", "big-number")
        self.streak_label.setAccessibleName("Current streak in days")
        for number, caption in ((self.weekly_label, "last 7 days"), (self.streak_label, "day streak")):
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(number)
            column.addWidget(label(caption, "muted"))
            numbers.addLayout(column)
            numbers.addSpacing(24)
        numbers.addStretch(1)
        adherence.addLayout(numbers)
        self.calendar = AdherenceCalendar()
        adherence.addWidget(self.calendar)
        adherence.addStretch(1)
        bottom.addWidget(adherence_card, 0)

        test_card, test = card(spacing=8)
        test.addWidget(label("Heel-raise test", "section-title"))
        test.addWidget(
            label(
                "Single-leg raises to fatigue on each leg. The plan uses the result to open the next phase.",
                "muted",
                wrap=True,
            )
        )
        entry = QHBoxLayout()
        self.left_spin = QSpinBox()
        self.right_spin = QSpinBox()
        for spin, name in ((self.left_spin, "Left"), (self.right_spin, "Right")):
            spin.setRange(0, 300)
            spin.setAccessibleName(f"{name} leg heel raises")
            entry.addWidget(label(name, None))
            entry.addWidget(spin)
        self.test_button = QPushButton("Record test")
        self.test_button.setAccessibleName("Record the heel-raise test")
        self.test_button.clicked.connect(self.record_heel_raise_test)
        entry.addWidget(self.test_button)
        entry.addStretch(1)
        test.addLayout(entry)
        self.test_summary = label("", None, wrap=True)
        self.test_summary.setAccessibleName("Latest heel-raise test")
        test.addWidget(self.test_summary)
        self.chart_holder = QVBoxLayout()
        test.addLayout(self.chart_holder)
        test.addStretch(1)
        bottom.addWidget(test_card, 1)
        layout.addLayout(bottom)
        return box

    # data -------------------------------------------------------------------------------------------

    def _data_changed(self, changes: Changes) -> None:
        if changes & Changes.REHAB:
            self.refresh()

    def refresh(self) -> None:
        day = self.today()
        db = self.context.db
        self.today_plan = service.today_plan(db, day)
        self.status = service.plan_status(db, day)
        active = self.today_plan is not None
        self.chooser.setVisible(not active)
        self.plan_view.setVisible(active)
        if active:
            self._show_plan()
        else:
            self._show_history()
        self.loaded.emit()

    def _show_history(self) -> None:
        clear_layout(self.history_box)
        history = service.plan_history(self.context.db)
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

    def _show_plan(self) -> None:
        today = self.today_plan
        status = self.status
        assert today is not None and status is not None
        plan = today.plan
        variant = plan.variants[today.enrolment.variant].name.lower() if today.enrolment.variant else ""
        self.plan_title.setText(plan.name + (f" ({variant})" if variant else ""))
        number = plan.phase_index(today.phase.id) + 1
        day_number = (today.day - today.enrolment.started).days + 1
        self.phase_label.setText(
            f"Phase {number} of {len(plan.phases)}: {today.phase.name}  ·  day {day_number} of about {plan.weeks * 7}"
        )
        self.goal_label.setText(today.phase.goal)
        self.load_label.setText(f"Load: {status.load_label}  ·  sore leg: {today.enrolment.side}")
        following = plan.next_phase(today.phase.id)
        gate = status.next_phase_gate
        if following is None:
            self.gate_label.setText("This is the plan's last phase.")
        elif gate is not None and gate.met:
            self.gate_label.setText(
                f"Next: {following.name}. Its entry criteria are met: three sessions in a row at 2/10 or less "
                "move you on."
            )
        elif gate is not None:
            self.gate_label.setText(f"Next: {following.name}. Still needed: {', '.join(gate.missing)}.")
        self._show_checklist(today)
        self._show_status(status)

    def _show_checklist(self, today: service.TodayPlan) -> None:
        clear_layout(self.items_box)
        self.rows = []
        slot = None
        for item in today.items:
            if item.slot != slot:
                slot = item.slot
                heading = label(SLOT_LABELS[slot], "subsection-title")
                heading.setContentsMargins(0, 6, 0, 0)
                self.items_box.addWidget(heading)
            row = ChecklistRow(item)
            row.check.toggled.connect(lambda checked, r=row: self._tick(r, checked))
            row.show_button.clicked.connect(lambda _=False, i=item: self.show_exercise(i))
            row.timer_button.clicked.connect(lambda _=False, i=item: self.open_timer(i))
            self.items_box.addWidget(row)
            self.rows.append(row)
        slots = list(dict.fromkeys(item.slot for item in today.items))
        current = self.session_combo.currentData()
        self.session_combo.clear()
        for key in slots:
            self.session_combo.addItem(SLOT_LABELS[key] + (" session" if key in ("morning", "evening") else ""), key)
        preferred = (
            current
            if current in slots
            else ("evening" if "evening" in slots and dt.datetime.now().hour >= 14 else None)
        )
        if preferred in slots:
            self.session_combo.setCurrentIndex(slots.index(preferred))
        if today.items and (
            self.exercise_card.exercise is None
            or not any(item.exercise.id == self.exercise_card.exercise.id for item in today.items)
        ):
            self.show_exercise(today.items[0])
        elif self.exercise_card.exercise is not None:
            match = next(item for item in today.items if item.exercise.id == self.exercise_card.exercise.id)
            self.show_exercise(match)
        self._show_progress()

    def _show_progress(self) -> None:
        done = sum(row.check.isChecked() for row in self.rows)
        total = len(self.rows)
        self.progress_label.setText(f"{done} of {total} done")
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)

    def _show_status(self, status: service.PlanStatus) -> None:
        suggestion = status.suggestion
        self.suggestion_card.setVisible(suggestion is not None)
        if suggestion is not None:
            self.suggestion_label.setText(suggestion.reason)
            self.accept_button.setVisible(suggestion.changes_plan)
            self.decline_button.setVisible(suggestion.changes_plan)
        recorded = [session for session in status.sessions if session.day == status.day]
        self.pain_note.setText(
            "Recorded today: " + ", ".join(f"{SLOT_LABELS[s.slot].lower()} {s.pain}/10" for s in recorded)
            if recorded
            else "No pain recorded for today's sessions yet."
        )
        weekly = status.weekly_percent
        self.weekly_label.setText("–" if weekly is None else f"{weekly:.0f}%")
        self.streak_label.setText(str(status.streak))
        self.calendar.set_days(status.adherence, status.day)
        self._show_tests(status)

    def _show_tests(self, status: service.PlanStatus) -> None:
        test = status.latest_test
        side = status.enrolment.side
        if test is None:
            self.test_summary.setText("No test recorded yet.")
        else:
            index = test.symmetry_index(side)
            ratio = "n/a" if index is None else f"{index:.0f}%"
            which = "the weaker leg" if side == "both" else f"the {side} leg"
            self.test_summary.setText(
                f"Last test {test.day}: left {test.left_reps}, right {test.right_reps}. {which.capitalize()} "
                f"manages {ratio} of the other."
            )
        if status.tests:
            gate = self._next_gate_targets(status.plan, status.phase.id)
            if self.heel_chart is None:
                from calfdesk.ui.rehab.heel_raise_chart import HeelRaiseChart

                self.heel_chart = HeelRaiseChart()
                self.heel_chart.setMinimumHeight(240)
                self.chart_holder.addWidget(self.heel_chart)
            self.heel_chart.set_tests(status.tests, side, *gate)
        elif self.heel_chart is not None:
            self.heel_chart.set_tests([], side, None, None)

    @staticmethod
    def _next_gate_targets(plan: Plan, phase_id: str) -> tuple[int | None, float | None]:
        for phase in plan.phases[plan.phase_index(phase_id) :]:
            if phase.gate.heel_raise_min_reps is not None or phase.gate.heel_raise_min_lsi is not None:
                return phase.gate.heel_raise_min_reps, phase.gate.heel_raise_min_lsi
        return None, None

    # actions ----------------------------------------------------------------------------------------

    def start_plan(self, plan_id: str | None, *, side: str = "both", variant: str | None = None) -> bool:
        """Start a plan (as the assessment's 'Start the recommended plan' does); True when it now runs.

        No plan id, or a condition without an exercise plan, shows the chooser and what to log instead.
        """
        catalog = service.catalog()
        if plan_id is None or plan_id not in catalog.plans:
            self.refresh()
            if self.chooser.isVisible():
                self.scroll_area.ensureWidgetVisible(self.no_plan_card)
            return False
        active = service.active_plan(self.context.db)
        if active is not None and active.plan_id == plan_id and active.variant == variant:
            self.refresh()
            return True
        if active is not None:
            answer = QMessageBox.question(
                self,
                "Replace the current plan?",
                f"'{catalog.plans[active.plan_id].name}' is running. Stop it and start "
                f"'{catalog.plans[plan_id].name}'? The old plan's history is kept.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            service.start_plan(
                self.context.db, plan_id, side=side, variant=variant, today=self.today(), replace=active is not None
            )
        except (InvalidInput, StorageError) as error:
            show_error(self, "Could not start the plan", error)
            return False
        self.context.show_status(f"Started: {catalog.plans[plan_id].name}")
        self.context.events.changed.emit(Changes.REHAB)
        return True

    def open_with(self, **kwargs: Any) -> None:
        """Navigation entry point: `navigate("rehab", plan=...)` (or `plan_id=`), optionally `side`, `variant`."""
        if "plan" in kwargs or "plan_id" in kwargs:
            plan_id = kwargs.get("plan_id", kwargs.get("plan"))
            self.start_plan(plan_id, side=kwargs.get("side") or "both", variant=kwargs.get("variant"))

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
        plan_id = str(chosen.property("plan_id"))
        variant = "insertional" if self.insertional_check.isVisible() and self.insertional_check.isChecked() else None
        self.start_plan(plan_id, side=str(self.side_combo.currentData()), variant=variant)

    def _tick(self, row: ChecklistRow, checked: bool) -> None:
        try:
            service.set_item_done(self.context.db, row.item.id, today=self.today(), done=checked)
        except (InvalidInput, StorageError) as error:
            row.check.blockSignals(True)
            row.check.setChecked(not checked)
            row.check.blockSignals(False)
            show_error(self, "Could not save the tick", error)
            return
        self._show_progress()
        self.status = service.plan_status(self.context.db, self.today())
        if self.status is not None:
            self._show_status(self.status)

    def tick_item(self, item_id: str, done: bool = True) -> None:
        """Tick an item as if its box were clicked."""
        row = next(row for row in self.rows if row.item.id == item_id)
        row.check.setChecked(done)

    def show_exercise(self, item: ChecklistItem) -> None:
        side = self.today_plan.enrolment.side if self.today_plan is not None else "both"
        self.exercise_card.show_exercise(item.exercise, item.dose, side)
        self.exercise_card.setProperty("item_id", item.id)

    def _timer_for_card(self) -> None:
        item_id = self.exercise_card.property("item_id")
        row = next((row for row in self.rows if row.item.id == item_id), None)
        if row is not None:
            self.open_timer(row.item)

    def make_timer(self, item: ChecklistItem, **options: Any) -> Any:
        from calfdesk.ui.rehab.countdown_dialog import CountdownDialog

        side = self.today_plan.enrolment.side if self.today_plan is not None else "both"
        return CountdownDialog(item.exercise, item.dose, side, self.window(), **options)

    def open_timer(self, item: ChecklistItem) -> None:
        dialog = self.make_timer(item)
        if dialog.exec() and dialog.is_complete:
            self.tick_item(item.id)

    def save_session_pain(self) -> None:
        slot = self.session_combo.currentData()
        if slot is None:
            return
        try:
            service.record_session_pain(self.context.db, self.pain_spin.value(), slot=str(slot), day=self.today())
        except (InvalidInput, StorageError) as error:
            show_error(self, "Could not save the pain", error)
            return
        self.context.show_status(f"Saved pain {self.pain_spin.value()}/10")
        self.refresh()

    def record_heel_raise_test(self) -> None:
        try:
            service.record_heel_raise_test(
                self.context.db, self.today(), self.left_spin.value(), self.right_spin.value()
            )
        except (InvalidInput, StorageError) as error:
            show_error(self, "Could not save the test", error)
            return
        self.refresh()

    def _decide(self, *, accepted: bool) -> None:
        try:
            suggestion = service.decide(self.context.db, accepted=accepted, day=self.today())
        except (InvalidInput, StorageError) as error:
            show_error(self, "Could not save your decision", error)
            return
        self.context.show_status(f"{'Accepted' if accepted else 'Declined'}: {suggestion.action.replace('_', ' ')}")
        self.context.events.changed.emit(Changes.REHAB)

    def _end_plan(self, *, finished: bool) -> None:
        verb = "finish" if finished else "stop"
        answer = QMessageBox.question(
            self, f"{verb.capitalize()} the plan?", f"{verb.capitalize()} this plan? Its history is kept."
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.end_plan(self.context.db, today=self.today(), finished=finished)
        except (InvalidInput, StorageError) as error:
            show_error(self, f"Could not {verb} the plan", error)
            return
        self.context.events.changed.emit(Changes.REHAB)
