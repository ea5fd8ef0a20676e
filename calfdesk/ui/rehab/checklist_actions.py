"""What today's checklist does when the runner uses it, the same on the Rehab page and on Today: a tick is
saved at once (the one way to tick), the timer or the heel-drop coach opens and ticks its item once done, and
the pain of a session is saved."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from calfdesk.domain.rehab import ChecklistItem
from calfdesk.services import rehab as service
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import write
from calfdesk.ui.rehab.checklist_card import ChecklistCard, ChecklistRow
from calfdesk.ui.widgets.messages import show_error


class ChecklistActions(QObject):
    """Saves what `card` asks for. `plan_side()` is the running plan's side (for the timers' legs)."""

    def __init__(
        self,
        context: AppContext,
        card: ChecklistCard,
        owner: QWidget,
        *,
        today: Callable[[], dt.date],
        plan_side: Callable[[], str],
    ) -> None:
        super().__init__(owner)
        self.context = context
        self.card = card
        self.owner = owner
        self.today = today
        self.plan_side = plan_side
        card.tick_changed.connect(self.save_tick)
        card.timer_requested.connect(self.open_timer)
        card.pain_entered.connect(self.save_pain)

    def save_tick(self, row: ChecklistRow, checked: bool) -> None:
        """Save a tick the box already shows; every page showing the checklist then reads it again (the card
        keeps its rows for the same items, so nothing is rebuilt under the pointer)."""
        day, item_id = self.today(), row.item.id
        write(
            self.context,
            lambda db: service.set_item_done(db, item_id, today=day, done=checked),
            Changes.REHAB,
            parent=self.owner,
            failure=lambda error: self._tick_failed(row, checked, error),
        )

    def _tick_failed(self, row: ChecklistRow, checked: bool, error: BaseException) -> None:
        if shiboken6.isValid(row):
            self.card.untick(row, checked)
        show_error(self.owner, self.tr("Could not save the tick"), error)

    def make_timer(self, item: ChecklistItem, **options: Any) -> Any:
        """The countdown of a stretch, hold or timed item (options go to the dialog: a test's clock)."""
        from calfdesk.ui.rehab.countdown_dialog import CountdownDialog

        return CountdownDialog(item.exercise, item.dose, self.plan_side(), self.owner.window(), **options)

    def open_timer(self, item: ChecklistItem) -> None:
        """Run the item's timer; once every set is done and the runner says so, its box is ticked."""
        dialog = self.make_timer(item)
        if dialog.exec() and dialog.is_complete:
            row = next((row for row in self.card.rows if row.item.id == item.id), None)
            if row is not None:
                row.check.setChecked(True)

    def save_pain(self, pain: int, slot: str) -> None:
        day = self.today()
        write(
            self.context,
            lambda db: service.record_session_pain(db, pain, slot=slot, day=day),
            Changes.REHAB,
            lambda _session: self.context.show_status(self.tr("Saved pain {pain}/10").format(pain=pain)),
            parent=self.owner,
            error_title=self.tr("Could not save the pain"),
        )
