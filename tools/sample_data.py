"""A believable, seeded diary for screenshots, demos and benchmarks: an Achilles flare that settles."""

from __future__ import annotations

import datetime as dt
import math
import random

from calfdesk.domain.diary import DiaryEntry, make_entry
from calfdesk.storage.diary_store import DIARY_COLUMNS

NOTES = (
    "Easy 5 km, flat",
    "Stiff on the stairs",
    "Hill repeats, felt it on the push-off",
    "Heel drops done, tendon calmer",
    "New shoes today",
    "",
    "",
    "",
)


def sample_entries(days: int = 90, *, end: dt.date | None = None, seed: int = 7) -> list[DiaryEntry]:
    """Morning and after-run entries over `days` days ending on `end` (default today)."""
    rng = random.Random(seed)
    last = end or dt.date.today()
    entries: list[DiaryEntry] = []
    for offset in range(days):
        day = last - dt.timedelta(days=days - 1 - offset)
        progress = offset / max(days - 1, 1)
        baseline = 6.0 * (1 - progress) + 1.2 + 0.8 * math.sin(offset / 4)
        morning = max(0, min(10, round(baseline + rng.uniform(-1, 1))))
        entries.append(
            make_entry(
                local_date=day,
                local_time=dt.time(7, rng.randint(0, 40)),
                soreness=morning,
                context="morning",
                location="achilles",
                side="left",
                stiffness_min=max(0, round(morning * 4 + rng.uniform(-3, 3))),
                notes="",
            )
        )
        if rng.random() < 0.55:
            entries.append(
                make_entry(
                    local_date=day,
                    local_time=dt.time(18, rng.randint(0, 59)),
                    soreness=max(0, min(10, round(baseline + rng.uniform(-0.5, 2)))),
                    context="after_run",
                    location="achilles",
                    side="left",
                    notes=rng.choice(NOTES),
                )
            )
    return entries


# Column order of `diary_rows`, ready for one executemany into the diary table: every column but the id.
DIARY_ROW_COLUMNS = DIARY_COLUMNS[1:]
_CONTEXTS = ("morning", "after_run", "during_run", "other")
_CONTEXT_WEIGHTS = (5, 3, 1, 1)


def diary_rows(
    count: int, *, end: dt.date | None = None, per_day: int = 3, seed: int = 7
) -> list[tuple[str, str, int, str, int, str, str, int | None, str, str]]:
    """`count` diary rows for a bulk insert: `per_day` entries a day, oldest first, ending on `end`.

    Years of a runner's diary (flares that come and settle) without building an entry object per row, so
    large data sets for benchmarks take seconds. Every row has its own duplicate key.
    """
    rng = random.Random(seed)
    last = end or dt.date.today()
    days = -(-count // per_day)
    first = last - dt.timedelta(days=days - 1)
    minutes_apart = (24 * 60 - 6 * 60) // per_day
    rows: list[tuple[str, str, int, str, int, str, str, int | None, str, str]] = []
    for offset in range(days):
        day = (first + dt.timedelta(days=offset)).isoformat()
        # Flares every few months that settle over weeks.
        level = 1.5 + 3.5 * max(0.0, math.sin(offset / 23.0)) ** 3 + 0.8 * math.sin(offset / 5.0)
        created = f"{day}T20:00:00Z"
        for slot in range(min(per_day, count - len(rows))):
            minute = 6 * 60 + slot * minutes_apart + rng.randrange(minutes_apart)
            context = "morning" if slot == 0 else rng.choices(_CONTEXTS, _CONTEXT_WEIGHTS)[0]
            soreness = max(0, min(10, round(level + rng.uniform(-1.0, 1.5))))
            rows.append(
                (
                    day,
                    f"{minute // 60:02d}:{minute % 60:02d}",
                    60,
                    context,
                    soreness,
                    "achilles" if offset % 400 < 250 else "calf",
                    "left",
                    max(0, soreness * 4 + rng.randint(-3, 3)) if context == "morning" else None,
                    rng.choice(NOTES),
                    created,
                )
            )
    return rows
