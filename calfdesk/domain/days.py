"""The days calfdesk believes: a day a runner logs, imports or asks about lies between 1980 and tomorrow.

A date such as 0002-06-01 or 9999-12-31 is a typing slip or a damaged file, never a day of a runner's training;
refused where it comes in (a run, a diary entry, a day given on the command line), no later code meets a day
outside the calendar's safe middle (a week after 9999-12-31 is no date at all)."""

from __future__ import annotations

import datetime as dt
from typing import Final

from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)

EARLIEST_DAY: Final = dt.date(1980, 1, 1)
# Tomorrow: a runner east of the date line, or one logging just after midnight, is a day ahead of a UTC clock.
FUTURE_DAYS_ALLOWED: Final = 1


def believable_days(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The first and last day calfdesk takes (1980-01-01 to the day after `today`)."""
    return EARLIEST_DAY, (today or dt.date.today()) + dt.timedelta(days=FUTURE_DAYS_ALLOWED)


def is_believable(day: dt.date, today: dt.date | None = None) -> bool:
    first, last = believable_days(today)
    return first <= day <= last


def check_believable_day(day: dt.date, field: str, today: dt.date | None = None) -> dt.date:
    """`day`, or InvalidInput naming `field` ("date: 0002-06-01 is not believable …") outside `believable_days`."""
    if not is_believable(day, today):
        raise InvalidInput(
            _tr("{field}: {day} is not believable; calfdesk takes days from {year} to tomorrow").format(
                field=field, day=day.isoformat(), year=EARLIEST_DAY.year
            ),
            field=field,
        )
    return day
