"""Soreness diary entries: what a runner records, and the rules a valid entry follows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Final

from calfdesk.domain.days import check_believable_day
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)

CONTEXTS: Final = ("morning", "during_run", "after_run", "other")
LOCATIONS: Final = ("calf", "achilles", "both", "other")
SIDES: Final = ("left", "right", "both")

CONTEXT_LABELS: Final = {
    "morning": "Morning",
    "during_run": "During run",
    "after_run": "After run",
    "other": "Other",
}
LOCATION_LABELS: Final = {
    "calf": "Calf",
    "achilles": "Achilles",
    "both": "Calf and Achilles",
    "other": "Other",
}
SIDE_LABELS: Final = {"left": "Left", "right": "Right", "both": "Both"}

SORENESS_MIN: Final = 0
SORENESS_MAX: Final = 10
SORENESS_ANCHORS: Final = {0: "none", 5: "moderate", 10: "worst imaginable"}
STIFFNESS_MAX_MIN: Final = 24 * 60
NOTES_MAX_CHARS: Final = 5000

DATE_FORMAT: Final = "%Y-%m-%d"
TIME_FORMAT: Final = "%H:%M"


@dataclass(frozen=True, slots=True)
class DiaryEntry:
    """One soreness record. `local_date` and `local_time` are the runner's wall clock when it happened;
    `utc_offset_min` is that wall clock's offset from UTC, so DST and time-zone changes never move it."""

    local_date: dt.date
    local_time: dt.time
    soreness: int
    context: str = "other"
    location: str = "calf"
    side: str = "both"
    stiffness_min: int | None = None
    notes: str = ""
    utc_offset_min: int = 0
    id: int | None = field(default=None, compare=False)

    @property
    def moment(self) -> dt.datetime:
        """The aware moment of the entry."""
        tz = dt.timezone(dt.timedelta(minutes=self.utc_offset_min))
        return dt.datetime.combine(self.local_date, self.local_time, tzinfo=tz)

    @property
    def duplicate_key(self) -> tuple[str, str, str, str, str]:
        """Two entries with the same key are the same record (used to skip re-imports)."""
        return (
            self.local_date.isoformat(),
            format_time(self.local_time),
            self.context,
            self.location,
            self.side,
        )

    def with_id(self, entry_id: int) -> DiaryEntry:
        return replace(self, id=entry_id)


def _is_digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def format_time(moment: dt.time) -> str:
    """HH:MM, the way entries are stored and exported."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def parse_date(text: str, *, field_name: str = "date") -> dt.date:
    value = text.strip()
    try:
        if len(value) != 10:
            raise ValueError
        # The written form YYYY-MM-DD directly (strptime costs ten times more, and imports run it per row).
        if value[4] == value[7] == "-" and _is_digits(value[:4] + value[5:7] + value[8:]):
            return dt.date(int(value[:4]), int(value[5:7]), int(value[8:]))
        return dt.datetime.strptime(value, DATE_FORMAT).date()
    except ValueError:
        raise InvalidInput(
            _tr("{field}: '{text}' is not a real date; use YYYY-MM-DD, for example 2026-03-14").format(
                field=field_name, text=text
            ),
            field=field_name,
        ) from None


def parse_day(text: str, *, field_name: str = "date") -> dt.date:
    """A day the runner gave (YYYY-MM-DD), refused when it is not one calfdesk believes (1980 to tomorrow)."""
    return check_believable_day(parse_date(text, field_name=field_name), field_name)


def parse_time(text: str, *, field_name: str = "time") -> dt.time:
    value = text.strip()
    try:
        if len(value) not in (4, 5):
            raise ValueError
        if len(value) == 5 and value[2] == ":" and _is_digits(value[:2] + value[3:]):
            return dt.time(int(value[:2]), int(value[3:]))
        return dt.datetime.strptime(value, TIME_FORMAT).time()
    except ValueError:
        raise InvalidInput(
            _tr("{field}: '{text}' is not a valid time; use HH:MM on the 24-hour clock, for example 07:30").format(
                field=field_name, text=text
            ),
            field=field_name,
        ) from None


def _check_choice(value: str, choices: tuple[str, ...], field_name: str) -> str:
    if value not in choices:
        raise InvalidInput(
            _tr("{field}: '{value}' is not one of {choices}").format(
                field=field_name, value=value, choices=", ".join(choices)
            ),
            field=field_name,
        )
    return value


def check_soreness(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not SORENESS_MIN <= value <= SORENESS_MAX:
        raise InvalidInput(
            _tr("soreness: {value} is outside the scale; enter a whole number from 0 (none) to 10 (worst)").format(
                value=repr(value)
            ),
            field="soreness",
        )
    return value


def parse_int(text: str, field_name: str) -> int:
    value = text.strip()
    if not value.lstrip("-").isdigit():
        raise InvalidInput(
            _tr("{field}: '{text}' is not a whole number").format(field=field_name, text=text), field=field_name
        )
    return int(value)


def make_entry(
    *,
    local_date: dt.date,
    local_time: dt.time,
    soreness: int,
    context: str = "other",
    location: str = "calf",
    side: str = "both",
    stiffness_min: int | None = None,
    notes: str = "",
    utc_offset_min: int | None = None,
    entry_id: int | None = None,
) -> DiaryEntry:
    """Build a validated entry; raises InvalidInput naming the first bad field."""
    check_believable_day(local_date, "date")
    check_soreness(soreness)
    _check_choice(context, CONTEXTS, "context")
    _check_choice(location, LOCATIONS, "location")
    _check_choice(side, SIDES, "side")
    if stiffness_min is not None and (isinstance(stiffness_min, bool) or not 0 <= stiffness_min <= STIFFNESS_MAX_MIN):
        raise InvalidInput(
            _tr("stiffness_min: {minutes} minutes is not possible; enter 0 to {most} or leave it empty").format(
                minutes=repr(stiffness_min), most=STIFFNESS_MAX_MIN
            ),
            field="stiffness_min",
        )
    if len(notes) > NOTES_MAX_CHARS:
        raise InvalidInput(_tr("notes: keep notes under {most} characters").format(most=NOTES_MAX_CHARS), field="notes")
    if "\x00" in notes:
        raise InvalidInput(_tr("notes: the text contains a NUL character"), field="notes")
    if local_time.second or local_time.microsecond:
        local_time = local_time.replace(second=0, microsecond=0)
    if utc_offset_min is None:
        utc_offset_min = local_utc_offset_min(local_date, local_time)
    if not -18 * 60 <= utc_offset_min <= 18 * 60:
        raise InvalidInput(_tr("utc_offset_min: offset must be within ±18 hours"), field="utc_offset_min")
    return DiaryEntry(
        local_date=local_date,
        local_time=local_time,
        soreness=soreness,
        context=context,
        location=location,
        side=side,
        stiffness_min=stiffness_min,
        notes=notes,
        utc_offset_min=utc_offset_min,
        id=entry_id,
    )


def local_utc_offset_min(local_date: dt.date, local_time: dt.time) -> int:
    """The machine time zone's UTC offset at that wall-clock moment, in minutes."""
    naive = dt.datetime.combine(local_date, local_time)
    try:
        aware = naive.astimezone()
    except (OverflowError, OSError, ValueError):
        aware = dt.datetime.now().astimezone()
    offset = aware.utcoffset()
    return int(offset.total_seconds() // 60) if offset is not None else 0


def now_local() -> dt.datetime:
    """The machine's local wall clock, to the minute."""
    return dt.datetime.now().astimezone().replace(second=0, microsecond=0)
