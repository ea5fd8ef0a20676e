"""The weekly PSFS reminder: it comes at the log reminder's time while a plan runs and no PSFS was scored for
a week, and clicking it opens the Progress page."""

from __future__ import annotations

import datetime as dt

from calfdesk.services import measures, rehab
from tests.ui.test_tray import tray_window, with_tray  # noqa: F401  (fixtures)


def test_the_weekly_psfs_reminder_comes_while_a_plan_runs_and_opens_progress(tray_window, qtbot) -> None:  # noqa: F811
    window = tray_window
    db = window.context.db
    today = dt.date.today()
    rehab.start_plan(db, "achilles_tendinopathy", side="left", today=today - dt.timedelta(days=10))
    measures.set_psfs_activities(db, ["running", "stairs", "hopping"])
    measures.add_psfs(db, today - dt.timedelta(days=8), [3, 4, 5])
    window.hide()
    window.reminders.clock = lambda: dt.datetime.combine(today, dt.time(20, 1))
    with qtbot.waitSignal(window.reminders.checked, timeout=5000) as signal:
        window.reminders.check()
    shown = {reminder.kind: reminder for reminder in signal.args[0]}
    assert "psfs" in shown
    assert shown["psfs"].title == "This week's function scores"
    window.tray.show_reminder(shown["psfs"])
    window.tray.icon.messageClicked.emit()
    assert window.isVisible() and window.current_key() == "progress"


def test_no_psfs_reminder_within_a_week_of_the_last_scores(tray_window, qtbot) -> None:  # noqa: F811
    window = tray_window
    db = window.context.db
    today = dt.date.today()
    rehab.start_plan(db, "achilles_tendinopathy", side="left", today=today - dt.timedelta(days=10))
    measures.set_psfs_activities(db, ["running", "stairs", "hopping"])
    measures.add_psfs(db, today - dt.timedelta(days=3), [3, 4, 5])
    window.reminders.clock = lambda: dt.datetime.combine(today, dt.time(20, 1))
    with qtbot.waitSignal(window.reminders.checked, timeout=5000) as signal:
        window.reminders.check()
    assert "psfs" not in [reminder.kind for reminder in signal.args[0]]
