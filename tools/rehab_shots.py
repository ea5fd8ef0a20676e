"""Screenshots of the rehab plan: the page with three weeks of history, an exercise card, the timer and
the adherence calendar. Used by `tools.screenshots`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from calfdesk.services import rehab
from calfdesk.storage.database import Database
from calfdesk.ui.context import Changes
from calfdesk.words.rehab import suggestion_words

HISTORY_DAYS = 24
# Pain during the morning and evening sessions, easing over the weeks.
PAINS = (4, 4, 3, 5, 3, 3, 2, 3, 2, 2, 1, 2, 1, 2, 1, 1, 3, 2, 2, 1, 2, 1, 1, 2, 1)


def seed_rehab_history(db: Database, today: dt.date) -> None:
    """Three and a half weeks of the Achilles plan: most items ticked, pain, check-ins and tests."""
    if rehab.active_plan(db) is not None:
        return
    start = today - dt.timedelta(days=HISTORY_DAYS)
    rehab.start_plan(db, "achilles_tendinopathy", side="left", today=start)
    for offset in range(HISTORY_DAYS + 1):
        day = start + dt.timedelta(days=offset)
        pain = PAINS[offset % len(PAINS)]
        if offset:
            rehab.record_morning_check_in(db, day, max(pain - 1, 0), max(30 - offset, 5))
        plan = rehab.today_plan(db, day)
        assert plan is not None
        for index, item in enumerate(plan.items):
            skipped = (offset % 6 == 4 and item.slot == "evening") or (offset % 9 == 7 and index == 0)
            if day == today and item.slot != "morning":
                continue
            if not skipped:
                rehab.set_item_done(db, item.id, today=day)
        rehab.record_session_pain(db, pain, slot="morning", day=day)
        if day != today:
            rehab.record_session_pain(db, max(pain - 1, 0), slot="evening", day=day)
        if offset % 7 == 3:
            rehab.record_heel_raise_test(db, day, 14 + offset // 2, 27 + offset // 8)
        status = rehab.plan_status(db, day)
        if day != today and status is not None and status.suggestion and status.suggestion.action == "next_phase":
            rehab.decide(db, accepted=True, day=day, words=suggestion_words)


def _settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _rehab_page(window: Any) -> Any:
    seed_rehab_history(window.context.db, dt.date.today())
    window.context.events.changed.emit(Changes.REHAB)
    page = window.navigate("rehab")
    page.refresh()
    _settle()
    return page


def plan_page(window: Any) -> QWidget | None:
    _rehab_page(window)
    return window


def exercise_card(window: Any) -> QWidget | None:
    page = _rehab_page(window)
    drop = next(row.item for row in page.rows if row.item.exercise.id.startswith("heel_drop_straight"))
    page.show_exercise(drop)
    _settle()
    return page.exercise_card


def timer(window: Any) -> QWidget | None:
    page = _rehab_page(window)
    stretch = next(row.item for row in page.rows if row.item.exercise.kind == "stretch")
    now = [0.0]
    dialog = page.make_timer(stretch, clock=lambda: now[0])
    dialog.start()
    now[0] = 28.0
    dialog.tick()
    dialog.pause()
    dialog.show()
    _settle()
    return dialog


def adherence_calendar(window: Any) -> QWidget | None:
    page = _rehab_page(window)
    return page.calendar.parentWidget()


REHAB_SHOTS: list[tuple[str, Callable[[Any], QWidget | None]]] = [
    ("rehab-plan", plan_page),
    ("rehab-exercise-card", exercise_card),
    ("rehab-timer", timer),
    ("rehab-adherence-calendar", adherence_calendar),
]
