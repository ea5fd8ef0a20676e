"""Reminder rules: once a day at their time, only with something left to do, never long after the time;
and the note about what yesterday lacks."""

from __future__ import annotations

import datetime as dt

import pytest

from calfdesk.domain.reminders import DayState, RehabDay, due_kinds, missed_yesterday, reminders_due

TIMES = {"log": dt.time(20, 0), "morning": dt.time(7, 30), "evening": dt.time(19, 0)}
NOTHING_DONE = DayState(logged_today=False, open_items={"morning": 3, "evening": 2})
ALL_DONE = DayState(logged_today=True, open_items={})


def at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 5, 12, hour, minute)


@pytest.mark.parametrize(
    ("now", "handled", "expected"),
    [
        (at(7, 29), (), []),
        (at(7, 30), (), ["morning"]),
        (at(9, 29), (), ["morning"]),
        (at(9, 30), (), []),  # more than two hours late: no reminder
        (at(8, 0), ("morning",), []),  # once a day
        (at(19, 0), (), ["evening"]),
        (at(20, 15), (), ["log", "evening", "psfs"]),  # the weekly PSFS comes at the log reminder's time
        (at(20, 15), ("evening",), ["log", "psfs"]),
        (at(23, 59), (), []),
    ],
)
def test_due_kinds(now: dt.datetime, handled: tuple[str, ...], expected: list[str]) -> None:
    assert due_kinds(TIMES, now, handled) == expected


def test_a_reminder_that_is_off_never_comes() -> None:
    assert due_kinds({"log": None, "morning": None, "evening": None}, at(20, 0), ()) == []


@pytest.mark.parametrize(
    ("now", "state", "reminded"),
    [
        (at(20, 0), NOTHING_DONE, ["log", "evening"]),
        (at(20, 0), DayState(logged_today=True, open_items={"evening": 1}), ["evening"]),
        (at(20, 0), DayState(logged_today=False, open_items={"morning": 2}), ["log"]),
        (at(20, 0), ALL_DONE, []),
        (at(7, 45), NOTHING_DONE, ["morning"]),
    ],
)
def test_reminders_come_only_with_something_left_to_do(now: dt.datetime, state: DayState, reminded: list[str]) -> None:
    handled, reminders = reminders_due(TIMES, now, (), state)
    assert [reminder.kind for reminder in reminders] == reminded
    assert set(reminded) <= set(handled), "a reminder shown is handled for the day"
    assert set(handled) == set(due_kinds(TIMES, now, ())), "a due kind with nothing to do is handled too"


def test_reminder_texts_count_the_open_items() -> None:
    _handled, reminders = reminders_due(TIMES, at(7, 31), (), NOTHING_DONE)
    assert reminders[0].title == "Morning rehab"
    assert "3 of this morning's rehab items" in reminders[0].message


TUESDAY = dt.date(2026, 5, 12)


@pytest.mark.parametrize(
    ("logged_yesterday", "logged_before", "rehab", "expected"),
    [
        (True, True, None, []),
        (False, False, None, []),  # a new runner is not told off on their first days
        (False, True, None, ["Nothing was logged yesterday (Monday 11 May)"]),
        (True, True, RehabDay(6, 6), []),
        (True, True, RehabDay(0, 6), ["None of yesterday's 6 rehab items were ticked."]),
        (True, True, RehabDay(4, 6), ["Yesterday you ticked 4 of 6 rehab items."]),
        (True, True, RehabDay(0, 0), []),  # a rest day in the plan
        (False, True, RehabDay(1, 2), ["Nothing was logged yesterday", "Yesterday you ticked 1 of 2"]),
    ],
)
def test_missed_yesterday(
    logged_yesterday: bool, logged_before: bool, rehab: RehabDay | None, expected: list[str]
) -> None:
    lines = missed_yesterday(
        TUESDAY,
        logged_yesterday=logged_yesterday,
        logged_before_yesterday=logged_before,
        rehab_yesterday=rehab,
        day_words=lambda day: f"{day:%A} {day.day} {day:%B}",
    )
    assert len(lines) >= len(expected)
    for start, line in zip(expected, lines, strict=False):
        assert line.startswith(start)
    if not expected:
        assert lines == []
