"""A believable, seeded training log for screenshots and demos: steady weeks, then a ramp with hills."""

from __future__ import annotations

import datetime as dt
import random
from typing import TYPE_CHECKING

from calfdesk.domain.runs import Run, make_run
from calfdesk.domain.shoes import Shoe, make_shoe

if TYPE_CHECKING:
    from calfdesk.storage.database import Database

SHOES = (("Pegasus 40", 610.0, True), ("Trail Peregrine", 140.0, False))
TITLES = ("Easy run", "Long run", "Hill repeats", "Intervals", "Recovery jog")


def sample_shoes() -> list[Shoe]:
    return [make_shoe(name=name, start_km=start, is_default=default) for name, start, default in SHOES]


def sample_runs(days: int = 90, *, end: dt.date | None = None, seed: int = 11) -> list[Run]:
    """About four runs a week over `days` days ending on `end`; the last two weeks ramp up with hills."""
    rng = random.Random(seed)
    last = end or dt.date.today()
    zone = dt.timezone(dt.timedelta(hours=1))
    runs: list[Run] = []
    for offset in range(days):
        day = last - dt.timedelta(days=days - 1 - offset)
        if day.weekday() not in (1, 3, 5, 6) or rng.random() < 0.12:
            continue
        ramp = 1.0 + (0.45 if days - offset <= 14 else 0.0)
        long_run = day.weekday() == 6
        km = round((11.0 if long_run else 6.0) * ramp * rng.uniform(0.85, 1.15), 2)
        hill = day.weekday() == 3 and (days - offset <= 14 or rng.random() < 0.3)
        speed = day.weekday() == 1 and rng.random() < 0.5
        pace = rng.uniform(315, 345) - (25 if speed else 0) + (20 if long_run else 0)
        title = TITLES[2] if hill else TITLES[3] if speed else TITLES[1] if long_run else TITLES[0]
        runs.append(
            make_run(
                start=dt.datetime.combine(day, dt.time(18 if day.weekday() < 5 else 9, rng.randint(0, 45)), zone),
                duration_s=round(km * pace),
                distance_km=km,
                elevation_gain_m=round(km * (28 if hill else rng.uniform(4, 10))),
                source="manual",
                title=title,
                gear=SHOES[1][0] if long_run and rng.random() < 0.4 else SHOES[0][0],
                hill=hill,
                speed=speed,
            )
        )
    return runs


def add_sample_training(db: Database, days: int = 90) -> int:
    """Store the sample shoes and runs; returns how many runs were added."""
    from calfdesk.services import training

    for shoe in sample_shoes():
        training.add_shoe(db, shoe)
    return training.import_runs(db, sample_runs(days))
