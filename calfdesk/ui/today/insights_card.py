"""The Today page's insights: how soreness went with hills, fast rises in distance, new shoes and rehab."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout

from calfdesk.domain import insights as rules
from calfdesk.domain.insights import Insight
from calfdesk.services import insights
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read
from calfdesk.ui.widgets.common import card_layout, clear_layout, label

NOT_YET = (
    "Once you have logged your soreness on at least {n} days with and {n} days without something like a hill "
    "session, a new pair of shoes or a fast rise in distance, what went together shows here."
)


class InsightsCard(QFrame):
    """Reads in the background; emits `loaded` each time it shows fresh insights."""

    loaded = Signal()

    def __init__(self, context: AppContext, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.context = context
        self.today = today
        self.insights: list[Insight] = []
        self._reading = False
        self._again = False
        self.setAccessibleName(self.tr("Patterns in your log"))
        layout = card_layout(self, spacing=8)
        layout.addWidget(label(self.tr("Patterns in your log"), "section-title"))
        self.caveat = label(rules.caveat(), "muted", wrap=True)
        layout.addWidget(self.caveat)
        self.lines = QVBoxLayout()
        self.lines.setSpacing(6)
        layout.addLayout(self.lines)
        context.events.changed.connect(self._data_changed)
        context.events.settings_changed.connect(lambda key: self.refresh() if key == "week_start" else None)
        context.events.refresh_requested.connect(self.refresh)
        context.when_started(self.refresh)

    def _data_changed(self, changes: Changes) -> None:
        if changes & (Changes.DIARY | Changes.REHAB | Changes.TRAINING):
            self.refresh()

    def refresh(self) -> None:
        if self._reading:
            self._again = True
            return
        self._reading = True
        day = self.today()
        first_weekday = self.context.settings.first_weekday
        read(
            self.context,
            lambda db: insights.soreness_insights(db, day, first_weekday=first_weekday),
            self._show,
            failure=self._failed,
        )

    def _finish(self) -> None:
        self._reading = False
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, _error: BaseException) -> None:
        # Insights are a bonus: a failed read leaves the card as it was (the pages report storage problems).
        self._finish()

    def _show(self, found: list[Insight]) -> None:
        if self._again:
            # The log changed while this was read: read it again rather than show what is already stale.
            self._finish()
            return
        self.insights = found
        clear_layout(self.lines)
        self.caveat.setVisible(bool(found))
        if not found:
            self.lines.addWidget(label(self.tr(NOT_YET).format(n=rules.minimum_days()), "muted", wrap=True))
        for insight in found:
            line = QLabel(f"<b>{insight.title}.</b> {insight.text}")
            line.setWordWrap(True)
            line.setAccessibleName(f"{insight.title}: {insight.text}")
            self.lines.addWidget(line)
        self._finish()
        self.loaded.emit()
