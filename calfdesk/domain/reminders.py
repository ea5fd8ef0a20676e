"""When to remind the runner, and the Today page's note about a missed yesterday.

Pure rules: the window asks `reminders_due` every so often with the clock's time and what is done today.
A reminder comes once a day at its time, only while there is still something to do, and not at all when
calfdesk was started more than LATE_LIMIT after it (a late reminder is only noise).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Final

from calfdesk.assets import load_toml

KINDS: Final = ("log", "morning", "evening", "psfs")
# The weekly PSFS reminder comes at the time of the daily log reminder.
SHARED_TIMES: Final = {"psfs": "log"}
MEASURE_EVERY: Final = dt.timedelta(days=7)
# The rehab slots that have a reminder of their own.
SLOT_KINDS: Final = frozenset({"morning", "evening"})
LATE_LIMIT: Final = dt.timedelta(hours=2)


@cache
def _texts() -> dict[str, Any]:
    return load_toml("knowledge", "reminders.toml")


@dataclass(frozen=True, slots=True)
class DayState:
    """What today holds, as far as reminders care: any diary entry, and unticked rehab items per slot."""

    logged_today: bool
    open_items: Mapping[str, int]
    psfs_due: bool = False


@dataclass(frozen=True, slots=True)
class Reminder:
    kind: str
    title: str
    message: str


def due_kinds(times: Mapping[str, dt.time | None], now: dt.datetime, handled: Collection[str]) -> list[str]:
    """The kinds whose time today has come (within LATE_LIMIT) and that were not handled today yet."""
    due = []
    for kind in KINDS:
        at = times.get(SHARED_TIMES.get(kind, kind))
        if at is None or kind in handled:
            continue
        moment = dt.datetime.combine(now.date(), at, tzinfo=now.tzinfo)
        if moment <= now < moment + LATE_LIMIT:
            due.append(kind)
    return due


def reminder_for(kind: str, state: DayState) -> Reminder | None:
    """The reminder of a due kind, or None when there is nothing left to do for it."""
    text = _texts()["reminder"][kind]
    if kind == "log":
        return None if state.logged_today else Reminder(kind, text["title"], text["message"])
    if kind == "psfs":
        return Reminder(kind, text["title"], text["message"]) if state.psfs_due else None
    count = state.open_items.get(kind, 0)
    if count <= 0:
        return None
    return Reminder(kind, text["title"], text["message"].format(count=count))


def reminders_due(
    times: Mapping[str, dt.time | None], now: dt.datetime, handled: Collection[str], state: DayState
) -> tuple[list[str], list[Reminder]]:
    """(kinds now handled for today, reminders to show). A due kind with nothing to do is handled too."""
    kinds = due_kinds(times, now, handled)
    reminders = [reminder for kind in kinds if (reminder := reminder_for(kind, state)) is not None]
    return kinds, reminders


def weekly_measure_due(today: dt.date, *, plan_running: bool, last: dt.date | None) -> bool:
    """A weekly measure (the PSFS) is due while a plan runs and none was taken in the week up to today."""
    return plan_running and (last is None or today - last >= MEASURE_EVERY)


@dataclass(frozen=True, slots=True)
class RehabDay:
    done: int
    total: int


def missed_yesterday(
    today: dt.date,
    *,
    logged_yesterday: bool,
    logged_before_yesterday: bool,
    rehab_yesterday: RehabDay | None,
    day_words: Callable[[dt.date], str],
) -> list[str]:
    """Plain sentences about what yesterday lacks, yesterday written by `day_words` in the runner's language;
    empty when nothing was missed.

    The diary counts as missed only for a runner who had started it before yesterday (no nagging on the first
    days); rehab only when a plan had items for yesterday.
    """
    texts = _texts()["missed"]
    yesterday = today - dt.timedelta(days=1)
    lines = []
    if logged_before_yesterday and not logged_yesterday:
        lines.append(texts["diary"].format(day=day_words(yesterday)))
    if rehab_yesterday is not None and rehab_yesterday.total > 0 and rehab_yesterday.done < rehab_yesterday.total:
        key = "rehab_none" if rehab_yesterday.done == 0 else "rehab_some"
        lines.append(texts[key].format(done=rehab_yesterday.done, total=rehab_yesterday.total))
        lines.append(texts["rehab_hint"])
    return lines
