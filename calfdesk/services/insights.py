"""Insights for the Today page: the runner's diary, runs, shoes and rehab ticks of the last months."""

from __future__ import annotations

import datetime as dt

from calfdesk.domain import insights
from calfdesk.domain.insights import Insight
from calfdesk.services import rehab, training
from calfdesk.storage import diary_store
from calfdesk.storage.database import Database


def soreness_insights(db: Database, today: dt.date, *, first_weekday: int = 0) -> list[Insight]:
    """How the day's worst soreness went with each factor over the look-back period, largest difference first."""
    start = today - dt.timedelta(days=insights.lookback_days() - 1)
    daily = {day: float(worst) for day, worst in diary_store.daily_worst(db, start, today)}
    if not daily:
        return []
    # Every run, so that a shoe first worn before the look-back period does not count as new in it.
    all_runs = training.run_days(db, today)
    recent = [(day, hill) for day, hill, _shoe in all_runs if day >= start - dt.timedelta(days=1)]
    weeks = [
        week
        for week in training.training_load(db, first_weekday, today)
        if week.week_start > start - dt.timedelta(days=14)  # the week before counts for the days after it
    ]
    shoes = {shoe.id: shoe.start_km for shoe in training.list_shoes(db) if shoe.id is not None}
    factors = [
        insights.ramp_factor([(week.week_start, week.ramp_flag) for week in weeks], today),
        insights.hill_factor(recent, today),
        insights.new_shoe_factor([(day, shoe) for day, _hill, shoe in all_runs], shoes, today),
    ]
    status = rehab.plan_status(db, today)
    if status is not None:
        factors.append(insights.rehab_factor([(day.day, day.done, day.total) for day in status.adherence]))
    return insights.soreness_insights(daily, factors)
