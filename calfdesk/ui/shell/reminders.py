"""Reminders at the runner's times (Preferences), with the window open or closed to the tray.

A timer asks the domain rules every CHECK_INTERVAL_MS whether a reminder is due; the clock, the timer and
the way a reminder is shown can be replaced (tests use a fake clock and call `check`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, QTimer, Signal

from calfdesk.domain.reminders import DayState, Reminder, due_kinds, reminders_due
from calfdesk.services import reminders as service
from calfdesk.ui.context import AppContext
from calfdesk.ui.operations import read
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
    """Emits `reminded(reminder)` for every reminder it shows, and `checked(reminders)` after each check with
    the reminders it showed (none, often)."""

    reminded = Signal(object)
    checked = Signal(list)

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
        self._reading = False
        self.timer = timer or QTimer(self)
        self.timer.setInterval(self.timer.interval() or CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Show the reminders due now. The data file is read, off the GUI thread, only when one is due; then
        `checked` tells what was shown."""
        if self._reading:
            return
        now = self.clock()
        today = now.date()
        handled = self.handled.setdefault(today, set())
        for day in [day for day in self.handled if day != today]:
            del self.handled[day]
        times = service.reminder_times(self.context.settings)
        if not due_kinds(times, now, handled):
            self.checked.emit([])
            return
        self._reading = True
        read(
            self.context,
            lambda db: service.day_state(db, today),
            lambda state: self._show_due(times, now, state),
            failure=self._read_failed,
            parent=self,
        )

    def _show_due(self, times: Mapping[str, dt.time | None], now: dt.datetime, state: DayState) -> None:
        self._reading = False
        handled = self.handled.setdefault(now.date(), set())
        kinds, shown = reminders_due(times, now, handled, state)
        handled.update(kinds)
        for reminder in shown:
            self.notify(reminder)
            self.reminded.emit(reminder)
        self.checked.emit(shown)

    def _read_failed(self, _error: BaseException) -> None:
        # The pages report a file that cannot be read; a reminder is not worth a second dialog. Next check retries.
        self._reading = False
        self.checked.emit([])
