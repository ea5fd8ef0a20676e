"""A believable, seeded diary for screenshots, demos and benchmarks: an Achilles flare that settles."""

from __future__ import annotations

import datetime as dt
import math
import random

from calfdesk.domain.diary import DiaryEntry, make_entry

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
