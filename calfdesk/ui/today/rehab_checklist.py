"""Today's rehab checklist on the Today page while a plan runs: the same card, ticks and timers as on the Rehab
page (one way to tick), with the next item to do, so the daily routine needs one page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from calfdesk.domain.rehab import ChecklistItem, SessionPain
from calfdesk.services import rehab
from calfdesk.storage import rehab_store
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read
from calfdesk.ui.rehab.checklist_actions import ChecklistActions
from calfdesk.ui.rehab.checklist_card import ChecklistCard


class TodayChecklist(ChecklistCard):
    """Hidden while no plan runs, or nothing is due today. "How" shows the exercise on the Rehab page."""

    def __init__(self, context: AppContext, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(self.tr("Today's rehab"))
        self.context = context
        self.today = today
        self.today_plan: rehab.TodayPlan | None = None
        self.checklist_actions = ChecklistActions(
            context,
            self,
            self,
            today=today,
            plan_side=lambda: self.today_plan.enrolment.side if self.today_plan is not None else "both",
        )
        self.show_requested.connect(self._show_how)
        self.hide()
        context.events.changed.connect(self._data_changed)
        context.events.refresh_requested.connect(self.refresh)
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        if changes & Changes.REHAB:
            self.refresh()

    def refresh(self) -> None:
        day = self.today()

        def work(db: Database) -> tuple[rehab.TodayPlan | None, list[SessionPain]]:
            plan = rehab.today_plan(db, day)
            if plan is None or plan.enrolment.id is None:
                return plan, []
            return plan, [pain for pain in rehab_store.list_session_pains(db, plan.enrolment.id) if pain.day == day]

        read(self.context, work, self._show, parent=self)

    def _show(self, found: tuple[rehab.TodayPlan | None, list[SessionPain]]) -> None:
        self.today_plan, pains = found
        self.setVisible(self.today_plan is not None and bool(self.today_plan.items))
        if self.today_plan is not None:
            self.set_items(self.today_plan.items)
            self.show_recorded_pain(pains)

    def _show_how(self, item: ChecklistItem) -> None:
        page = self.context.navigate("rehab")
        if page is not None:
            page.show_exercise(item)
