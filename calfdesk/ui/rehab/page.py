"""Rehab plan: choose a plan, follow today's checklist, record pain, and act on the plan's suggestions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QMessageBox,
    QWidget,
)

from calfdesk.domain.rehab import ChecklistItem, Enrolment, PlanFile
from calfdesk.services import rehab as service
from calfdesk.services.rehab import AdviceAgainst
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read, write
from calfdesk.ui.rehab.checklist_actions import ChecklistActions
from calfdesk.ui.rehab.checklist_card import ChecklistRow
from calfdesk.ui.rehab.plan_chooser import PlanChooser
from calfdesk.ui.rehab.plan_view import ActivePlanView
from calfdesk.ui.widgets.accessible import follow_layout
from calfdesk.ui.widgets.common import label, scrolling_page
from calfdesk.ui.widgets.messages import show_error
from calfdesk.ui.widgets.plain_text import literal
from calfdesk.words.rehab import suggestion_words


class RehabPage(QWidget):
    """Emits `loaded` after every refresh from the data file."""

    loaded = Signal()

    def __init__(self, context: AppContext, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.context = context
        self.today = today
        self.today_plan: service.TodayPlan | None = None
        self.status: service.PlanStatus | None = None
        self._pending_reads = 0

        self.scroll_area, layout = scrolling_page(self, self.tr("Rehab plan"))
        layout.addWidget(label(self.tr("Rehab plan"), "page-title"))

        self.chooser = PlanChooser()
        self.chooser.start_requested.connect(
            lambda plan_id, side, variant: self.start_plan(plan_id, side=side, variant=variant)
        )
        layout.addWidget(self.chooser)
        self.plan_view = ActivePlanView()
        view = self.plan_view
        view.summary.end_requested.connect(lambda finished: self._end_plan(finished=finished))
        view.suggestion_card.decided.connect(lambda accepted: self._decide(accepted=accepted))
        self.checklist_actions = ChecklistActions(
            context,
            view.checklist,
            self,
            today=today,
            plan_side=lambda: self.today_plan.enrolment.side if self.today_plan is not None else "both",
        )
        view.exercise_card.timer_requested.connect(self._timer_for_card)
        view.heel_raise_card.record_requested.connect(self.record_heel_raise_test)
        # The cards under the names the page has always given them (tests and the screenshot tools use them).
        self.summary, self.suggestion_card, self.checklist = view.summary, view.suggestion_card, view.checklist
        self.exercise_card, self.heel_raise_card = view.exercise_card, view.heel_raise_card
        self.streak_label, self.calendar = view.adherence_card.streak_label, view.adherence_card.calendar
        self.plan_view.hide()  # until the first read says a plan runs
        layout.addWidget(self.plan_view)
        layout.addStretch(1)

        context.events.changed.connect(self._data_changed)
        context.events.refresh_requested.connect(self.refresh)
        self.refresh()

    # data -------------------------------------------------------------------------------------------

    def _data_changed(self, changes: Changes) -> None:
        if changes & Changes.REHAB:
            self.refresh()

    @property
    def loading(self) -> bool:
        return self._pending_reads > 0

    def refresh(self) -> None:
        day = self.today()
        self._pending_reads += 1

        def work(db: Database) -> tuple[service.TodayPlan | None, service.PlanStatus | None, list[Enrolment]]:
            today = service.today_plan(db, day)
            status = service.plan_status(db, day)
            return today, status, [] if today is not None else service.plan_history(db)

        read(self.context, work, self._show, parent=self, failure=self._read_failed)

    @property
    def rows(self) -> list[ChecklistRow]:
        """Today's checklist rows."""
        return self.checklist.rows

    def _read_failed(self, error: BaseException) -> None:
        self._pending_reads -= 1
        show_error(self, self.tr("Your rehab plan could not be read"), error)

    def _show(self, found: tuple[service.TodayPlan | None, service.PlanStatus | None, list[Enrolment]]) -> None:
        self._pending_reads -= 1
        if self._pending_reads:
            return  # a later read is under way: only the freshest is shown
        self.today_plan, self.status, history = found
        active = self.today_plan is not None
        self.chooser.setVisible(not active)
        self.plan_view.setVisible(active)
        if active:
            self._show_plan()
        else:
            self.chooser.show_history(history)
        self.loaded.emit()

    def _show_plan(self) -> None:
        assert self.today_plan is not None and self.status is not None
        self.plan_view.show_plan(self.today_plan, self.status)
        follow_layout(self.plan_view)  # today's rows are built after the controls below them

    @property
    def heel_chart(self) -> Any:
        """The heel-raise tests over time, once there is a test to show."""
        return self.plan_view.heel_chart

    # actions ----------------------------------------------------------------------------------------

    def start_plan(
        self, plan_id: str | None, *, side: str = "both", variant: str | None = None, plan_file: PlanFile | None = None
    ) -> bool:
        """Start a plan (as the assessment's 'Start the recommended plan' does), or a clinician's `plan_file`
        based on it, through the same questions. False, with the chooser and what to log instead, for no plan id
        or a condition without an exercise plan; True when the plan is being started (`loaded` follows once it
        shows)."""
        catalog = service.catalog()
        if plan_id is None or plan_id not in catalog.plans:
            self.refresh()
            if self.chooser.isVisible():
                self.scroll_area.ensureWidgetVisible(self.chooser.no_plan_card)
            return False
        day = self.today()
        read(
            self.context,
            lambda db: (service.active_plan(db), service.advice_against(db, plan_id, day)),
            lambda found: self._confirm_start(plan_id, side, variant, *found, plan_file=plan_file),
            parent=self,
        )
        return True

    def _confirm_start(
        self,
        plan_id: str,
        side: str,
        variant: str | None,
        active: Enrolment | None,
        advice: AdviceAgainst | None,
        *,
        plan_file: PlanFile | None = None,
    ) -> None:
        catalog = service.catalog()
        chosen = plan_file.plan.name if plan_file is not None else catalog.plans[plan_id].name
        same = active is not None and active.plan_id == plan_id and active.variant == variant
        if same and plan_file is None and active is not None and active.plan_file is None:
            self.refresh()
            return
        if active is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Replace the current plan?"),
                literal(
                    self.tr(
                        "“{running}” is running. Stop it and start “{chosen}”? The old plan's history is kept."
                    ).format(running=catalog.plans[active.plan_id].name, chosen=chosen)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if advice is not None:
            from calfdesk.ui.rehab.clearance import ask_clearance

            if not ask_clearance(self, advice, chosen):
                self.refresh()
                return
        day, replace, cleared = self.today(), active is not None, advice is not None
        write(
            self.context,
            lambda db: service.start_plan(
                db,
                plan_id,
                side=side,
                variant=variant,
                today=day,
                replace=replace,
                cleared=cleared,
                plan_file=plan_file,
            ),
            Changes.REHAB,
            lambda _enrolment: self.context.show_status(self.tr("Started: {name}").format(name=chosen)),
            parent=self,
            error_title=self.tr("Could not start the plan"),
        )

    def open_with(self, **kwargs: Any) -> None:
        """Navigation entry point: `navigate("rehab", plan=...)` (or `plan_id=`), optionally `side`, `variant`."""
        if "plan" in kwargs or "plan_id" in kwargs:
            plan_id = kwargs.get("plan_id", kwargs.get("plan"))
            self.start_plan(plan_id, side=kwargs.get("side") or "both", variant=kwargs.get("variant"))

    def show_exercise(self, item: ChecklistItem) -> None:
        """Show how to do `item` in the exercise card."""
        self.plan_view.show_exercise(item)

    def _timer_for_card(self) -> None:
        item_id = self.exercise_card.property("item_id")
        row = next((row for row in self.rows if row.item.id == item_id), None)
        if row is not None:
            self.checklist_actions.open_timer(row.item)

    def make_timer(self, item: ChecklistItem, **options: Any) -> Any:
        return self.checklist_actions.make_timer(item, **options)

    def record_heel_raise_test(self, left: int, right: int, hop: int) -> None:
        """Save a heel-raise test; `hop` is the hop pain, -1 when not tried."""
        day, hop_pain = self.today(), (hop if hop >= 0 else None)
        write(
            self.context,
            lambda db: service.record_heel_raise_test(db, day, left, right, hop_pain),
            Changes.REHAB,
            parent=self,
            error_title=self.tr("Could not save the test"),
        )

    def _decide(self, *, accepted: bool) -> None:
        day = self.today()
        write(
            self.context,
            lambda db: service.decide(db, accepted=accepted, day=day, words=suggestion_words),
            Changes.REHAB,
            lambda _suggestion: self.context.show_status(
                self.tr("Suggestion accepted") if accepted else self.tr("Suggestion declined")
            ),
            parent=self,
            error_title=self.tr("Could not save your decision"),
        )

    def _end_plan(self, *, finished: bool) -> None:
        if finished:
            title, question = self.tr("Finish the plan?"), self.tr("Finish this plan? Its history is kept.")
            error_title = self.tr("Could not finish the plan")
        else:
            title, question = self.tr("Stop the plan?"), self.tr("Stop this plan? Its history is kept.")
            error_title = self.tr("Could not stop the plan")
        answer = QMessageBox.question(self, title, question)
        if answer != QMessageBox.StandardButton.Yes:
            return
        day = self.today()
        write(
            self.context,
            lambda db: service.end_plan(db, today=day, finished=finished),
            Changes.REHAB,
            parent=self,
            error_title=error_title,
        )
