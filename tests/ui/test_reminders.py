"""Reminders in the window (fake clock, injected timer) and the note about yesterday on the Today page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer

from calfdesk.domain.diary import make_entry
from calfdesk.services import rehab
from calfdesk.storage import diary_store
from calfdesk.ui.context import Changes
from calfdesk.ui.shell.reminders import ReminderScheduler
from calfdesk.ui.today.missed_note import MissedYesterdayNote

DAY = dt.date(2026, 5, 12)


class FakeClock:
    def __init__(self, moment: dt.datetime) -> None:
        self.moment = moment

    def __call__(self) -> dt.datetime:
        return self.moment

    def set(self, hour: int, minute: int = 0, day: dt.date = DAY) -> None:
        self.moment = dt.datetime.combine(day, dt.time(hour, minute))


def scheduler(window, clock: FakeClock) -> tuple[ReminderScheduler, list]:
    shown: list = []
    timer = QTimer()
    timer.setInterval(5)
    made = ReminderScheduler(window.context, shown.append, clock=clock, timer=timer, parent=window)
    return made, shown


def checked(qtbot, reminders: ReminderScheduler) -> list:
    """Check now and wait for the reminders it shows (the day's state is read in the background)."""
    with qtbot.waitSignal(reminders.checked, timeout=5000) as signal:
        reminders.check()
    return signal.args[0]


def test_the_log_reminder_comes_at_its_time_once_and_only_with_nothing_logged(window, qtbot) -> None:
    window.context.settings.set("reminder_log_time", "20:00")
    clock = FakeClock(dt.datetime.combine(DAY, dt.time(19, 59)))
    reminders, shown = scheduler(window, clock)
    qtbot.wait(30)
    assert shown == [], "not before its time"

    with qtbot.waitSignal(reminders.reminded, timeout=2000) as signal:
        clock.set(20, 0)
    assert signal.args[0].kind == "log"
    assert shown[0].title == "How is your calf today?"
    clock.set(20, 30)
    assert checked(qtbot, reminders) == [], "once a day"

    next_day = DAY + dt.timedelta(days=1)
    diary_store.add_entry(window.context.db, make_entry(local_date=next_day, local_time=dt.time(9), soreness=2))
    clock.set(20, 0, next_day)
    assert checked(qtbot, reminders) == [], "nothing to remind of: today is logged"
    clock.set(20, 0, next_day + dt.timedelta(days=1))
    assert [reminder.kind for reminder in checked(qtbot, reminders)] == ["log"]


def test_rehab_slot_reminders_count_the_unticked_items(window, qtbot) -> None:
    db = window.context.db
    rehab.start_plan(db, "achilles_tendinopathy", side="left", today=DAY - dt.timedelta(days=1))
    settings = window.context.settings
    settings.set("reminder_morning_time", "07:30")
    settings.set("reminder_evening_time", "19:00")
    clock = FakeClock(dt.datetime.combine(DAY, dt.time(7, 0)))
    reminders, shown = scheduler(window, clock)
    today = rehab.today_plan(db, DAY)
    assert today is not None
    morning = [item for item in today.items if item.slot == "morning"]
    evening = [item for item in today.items if item.slot == "evening"]
    assert morning and evening

    clock.set(7, 31)
    first = checked(qtbot, reminders)
    assert [reminder.kind for reminder in first] == ["morning"]
    assert f"{len(morning)} of this morning's" in first[0].message

    for item in evening:
        rehab.set_item_done(db, item.id, today=DAY)
    clock.set(19, 5)
    assert checked(qtbot, reminders) == [], "every evening item is ticked"
    assert len(shown) == 1


def test_the_window_shows_a_due_reminder_in_the_status_bar_without_a_tray(window, qtbot) -> None:
    window.context.settings.set("reminder_log_time", "08:00")
    window.reminders.clock = lambda: dt.datetime.combine(dt.date.today(), dt.time(8, 1))
    assert [reminder.kind for reminder in checked(qtbot, window.reminders)] == ["log"]
    assert "How is your calf today?" in window.statusBar().currentMessage()


def test_no_reminders_when_none_are_set(window, qtbot) -> None:
    window.reminders.clock = lambda: dt.datetime.combine(DAY, dt.time(20, 0))
    assert checked(qtbot, window.reminders) == []


def test_the_days_state_is_read_off_the_gui_thread(window, qtbot, monkeypatch) -> None:
    import threading

    from calfdesk.services import reminders as service

    read_on: list[threading.Thread] = []
    day_state = service.day_state

    def recorded(db, day):
        read_on.append(threading.current_thread())
        return day_state(db, day)

    monkeypatch.setattr(service, "day_state", recorded)
    window.context.settings.set("reminder_log_time", "08:00")
    window.reminders.clock = lambda: dt.datetime.combine(dt.date.today(), dt.time(8, 1))
    assert [reminder.kind for reminder in checked(qtbot, window.reminders)] == ["log"]
    assert read_on and all(thread is not threading.main_thread() for thread in read_on)


def test_missed_yesterday_note(window, qtbot) -> None:
    db = window.context.db
    for days_ago in (3, 2):
        diary_store.add_entry(
            db, make_entry(local_date=DAY - dt.timedelta(days=days_ago), local_time=dt.time(8), soreness=3)
        )
    note = MissedYesterdayNote(window.context, today=lambda: DAY)
    qtbot.addWidget(note)
    qtbot.waitUntil(lambda: not note.isHidden(), timeout=5000)
    assert "Nothing was logged yesterday (Monday 11 May)" in note.text()

    diary_store.add_entry(db, make_entry(local_date=DAY - dt.timedelta(days=1), local_time=dt.time(21), soreness=2))
    window.events.changed.emit(Changes.DIARY)
    qtbot.waitUntil(note.isHidden, timeout=5000)


def test_today_page_tells_about_yesterdays_unticked_rehab(make_window, data_dir, qtbot) -> None:
    from calfdesk.storage.database import open_database

    today = dt.date.today()
    db = open_database(data_dir)
    rehab.start_plan(db, "calf_strain", side="right", today=today - dt.timedelta(days=2))
    yesterday_plan = rehab.today_plan(db, today - dt.timedelta(days=1))
    assert yesterday_plan is not None
    rehab.set_item_done(db, yesterday_plan.items[0].id, today=today)
    db.close()
    window = make_window()
    note = window.page("today").missed_note
    qtbot.waitUntil(lambda: not note.isHidden(), timeout=5000)
    assert f"Yesterday you ticked 1 of {len(yesterday_plan.items)} rehab items." in note.text()
