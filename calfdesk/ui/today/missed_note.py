"""The Today page's note about yesterday: no diary entry, or rehab items left unticked."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

from PySide6.QtWidgets import QLabel

from calfdesk.services import reminders
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.texts import long_date


class MissedYesterdayNote(QLabel):
    """Hidden while yesterday was complete."""

    def __init__(self, context: AppContext, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.context = context
        self.today = today
        self.setProperty("role", "banner-info")
        self.setWordWrap(True)
        caption(self, self.tr("About yesterday"))
        self.hide()
        context.events.changed.connect(self._data_changed)
        context.events.refresh_requested.connect(self.refresh)
        self.refresh()

    def _data_changed(self, changes: Changes) -> None:
        if changes & (Changes.DIARY | Changes.REHAB):
            self.refresh()

    def refresh(self) -> None:
        day = self.today()
        words = functools.partial(long_date, year=False)
        read(self.context, lambda db: reminders.missed_note(db, day, words), self._show, parent=self)

    def _show(self, lines: list[str]) -> None:
        self.setText(" ".join(lines))
        self.setVisible(bool(lines))
