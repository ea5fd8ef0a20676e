"""What reminders and the Today page's note need from the data file."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable

from calfdesk.domain.reminders import DayState, RehabDay, missed_yesterday
from calfdesk.services import measures, rehab
from calfdesk.settings import REMINDER_SETTINGS, Settings
from calfdesk.storage import diary_store
from calfdesk.storage.database import Database

# Only a runner who logged within this many days before yesterday is told they missed it.
RECENT_DAYS = 30


def reminder_times(settings: Settings) -> dict[str, dt.time | None]:
    """The runner's reminder times by kind (None: off)."""
    return {kind: settings.reminder_time(kind) for kind in REMINDER_SETTINGS}


def day_state(db: Database, day: dt.date) -> DayState:
    """Whether anything is logged on `day`, how many rehab items are still open in each slot, and whether this
    week's PSFS is due."""
    today = rehab.today_plan(db, day)
    open_items = Counter(item.slot for item in today.items if not item.done) if today is not None else Counter()
    return DayState(
        logged_today=bool(diary_store.daily_worst(db, day, day)),
        open_items=dict(open_items),
        psfs_due=measures.psfs_due(db, day),
    )


def missed_note(db: Database, today: dt.date, day_words: Callable[[dt.date], str]) -> list[str]:
    """The Today page's sentences about what yesterday lacks (empty when nothing was missed), yesterday written
    by `day_words`."""
    yesterday = today - dt.timedelta(days=1)
    logged = {day for day, _worst in diary_store.daily_worst(db, yesterday - dt.timedelta(days=RECENT_DAYS), yesterday)}
    plan = rehab.today_plan(db, yesterday)
    rehab_day = RehabDay(plan.done_count, len(plan.items)) if plan is not None and plan.items else None
    return missed_yesterday(
        today,
        logged_yesterday=yesterday in logged,
        logged_before_yesterday=any(day < yesterday for day in logged),
        rehab_yesterday=rehab_day,
        day_words=day_words,
    )
