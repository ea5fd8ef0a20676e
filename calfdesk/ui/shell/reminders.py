"""Reminders at the runner's times (Preferences), with the window open or closed to the tray.

A timer asks the domain rules every CHECK_INTERVAL_MS whether a reminder is due; the clock, the timer and
the way a reminder is shown can be replaced (tests use a fake clock and call `check`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from calfdesk.domain.reminders import Reminder, due_kinds, reminders_due
from calfdesk.services import reminders as service
from calfdesk.ui.context import AppContext
from calfdesk.ui.shell.tray import Tray

CHECK_INTERVAL_MS = 30_000

Notify = Callable[[Reminder], None]


class ReminderNotifier:
    """Shows a reminder through the tray (its message, or the desktop's notification service) and always in
    the status bar, so the window tells it too."""

    def __init__(self, tray: Tray, show_status: Callable[[str], None]) -> None:
        self._tray = tray
        self._show_status = show_status

    def __call__(self, reminder: Reminder) -> None:
        self._tray.show_reminder(reminder)
        self._show_status(f"{reminder.title} {reminder.message}")


class ReminderScheduler(QObject):
    """Emits `reminded(reminder)` for every reminder it shows."""

    reminded = Signal(object)

    def __init__(
        self,
        context: AppContext,
        notify: Notify,
        *,
        clock: Callable[[], dt.datetime] = dt.datetime.now,
        timer: QTimer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.notify = notify
        self.clock = clock
        self.handled: dict[dt.date, set[str]] = {}
        self.timer = timer or QTimer(self)
        self.timer.setInterval(self.timer.interval() or CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> list[Reminder]:
        """Show the reminders due now; reads the data file only when one is due."""
        now = self.clock()
        today = now.date()
        handled = self.handled.setdefault(today, set())
        for day in [day for day in self.handled if day != today]:
            del self.handled[day]
        times = service.reminder_times(self.context.settings)
        if not due_kinds(times, now, handled):
            return []
        kinds, shown = reminders_due(times, now, handled, service.day_state(self.context.db, today))
        handled.update(kinds)
        for reminder in shown:
            self.notify(reminder)
            self.reminded.emit(reminder)
        return shown
