"""The one stored form of an instant, and reading stored instants back whatever a data file holds.

An instant is stored as UTC text to the second, its year always four digits: `YYYY-MM-DDTHH:MM:SSZ`, so that
text order is time order (a year written without its leading zeros, as `strftime("%Y")` does for years
before 1000 on Linux, would sort after every other). Migration 0008_canonical_instants rewrote the starts of
runs stored otherwise by earlier versions.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from typing import Final

# Where a stored instant cannot be read at all: outside the believable range, so it counts in no total and
# the runner sees the row (dated 1970-01-01) and can delete it.
UNREADABLE: Final = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_LOOSE: Final = re.compile(r"(\d{1,4})-(\d{1,2})-(\d{1,2})T(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d+)?Z")
_LOOSE_DAY: Final = re.compile(r"(\d{1,4})-(\d{1,2})-(\d{1,2})")
_MAX_OFFSET_MIN: Final = 24 * 60 - 1


def utc_text(moment: dt.datetime) -> str:
    """`moment` in the stored form (an aware datetime; naive ones are taken as UTC)."""
    utc = moment.astimezone(dt.UTC) if moment.tzinfo is not None else moment
    return utc.replace(tzinfo=None, microsecond=0).isoformat() + "Z"


def utc_now_text() -> str:
    return utc_text(dt.datetime.now(dt.UTC))


def stored_instant(text: object) -> dt.datetime:
    """A stored instant back as an aware UTC moment; `UNREADABLE` for text that is no instant at all."""
    if isinstance(text, str):
        try:
            moment = dt.datetime.fromisoformat(text)
        except ValueError:
            match = _LOOSE.fullmatch(text)
            if match is None:
                return UNREADABLE
            try:
                year, month, day, hour, minute, second = (int(part) for part in match.groups())
                return dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)
            except ValueError:
                return UNREADABLE
        return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)
    return UNREADABLE


def in_offset(moment: dt.datetime, offset_min: object) -> dt.datetime:
    """A stored moment on the wall clock of its stored UTC offset (in minutes); in UTC when the offset is not
    one a clock can have or the moment cannot be moved (at the ends of the calendar)."""
    if stored_offset(offset_min) != offset_min:
        return moment
    try:
        return moment.astimezone(dt.timezone(dt.timedelta(minutes=stored_offset(offset_min))))
    except OverflowError:
        return moment


def stored_date(text: object) -> dt.date:
    """A stored `YYYY-MM-DD` day back as a date, one written without the leading zeros of its year too; the
    day of `UNREADABLE` for text that is no date, so the row is still shown and can be deleted."""
    if isinstance(text, str):
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(text)
        match = _LOOSE_DAY.fullmatch(text)
        if match is not None:
            with contextlib.suppress(ValueError):
                return dt.date(*(int(part) for part in match.groups()))
    return UNREADABLE.date()


def stored_time(text: object) -> dt.time:
    """A stored `HH:MM` wall-clock time; midnight for text that is no time."""
    if isinstance(text, str):
        with contextlib.suppress(ValueError):
            return dt.time.fromisoformat(text)
    return dt.time(0, 0)


def stored_offset(offset_min: object) -> int:
    """A stored UTC offset in minutes; 0 for one no clock can have."""
    if isinstance(offset_min, int) and not isinstance(offset_min, bool) and abs(offset_min) <= _MAX_OFFSET_MIN:
        return offset_min
    return 0
