"""Insights from a real data file: diary, runs with hills and new shoes, rehab ticks."""

from __future__ import annotations

import datetime as dt

from calfdesk.domain.diary import make_entry
from calfdesk.domain.runs import make_run
from calfdesk.domain.shoes import make_shoe
from calfdesk.services import insights, rehab, training
from calfdesk.storage import diary_store

TODAY = dt.date(2026, 6, 30)
START = TODAY - dt.timedelta(days=27)
UTC2 = dt.timezone(dt.timedelta(hours=2))


def _run(day: dt.date, *, hill: bool = False, shoe_id: int | None = None) -> object:
    return make_run(
        start=dt.datetime.combine(day, dt.time(18), tzinfo=UTC2),
        duration_s=1800,
        distance_km=6.0,
        hill=hill,
        shoe_id=shoe_id,
    )


def test_days_after_hill_sessions_are_compared_with_other_days(db) -> None:
    hill_days = {START + dt.timedelta(days=offset) for offset in (2, 9, 16, 23)}
    for offset in range(28):
        day = START + dt.timedelta(days=offset)
        soreness = 5 if day - dt.timedelta(days=1) in hill_days else 2
        diary_store.add_entry(db, make_entry(local_date=day, local_time=dt.time(8), soreness=soreness))
        if offset % 2 == 0 or day in hill_days:
            training.add_run(db, _run(day, hill=day in hill_days), use_default_shoe=False)
    found = {insight.factor: insight for insight in insights.soreness_insights(db, TODAY)}
    hills = found["hills"]
    assert (hills.mean_with, hills.mean_without) == (5.0, 2.0)
    assert hills.days_with == 4
    assert "new_shoes" not in found, "no shoes were logged"
    assert "rehab_done" not in found, "no plan is running"


def test_a_shoe_first_worn_long_ago_is_not_new_and_a_fresh_one_is(db) -> None:
    old = training.add_shoe(db, make_shoe(name="Old pair"))
    fresh = training.add_shoe(db, make_shoe(name="Fresh pair"))
    training.add_run(db, _run(TODAY - dt.timedelta(days=200), shoe_id=old.id))
    fresh_start = TODAY - dt.timedelta(days=20)
    for offset in range(28):
        day = START + dt.timedelta(days=offset)
        in_fresh = fresh_start <= day < fresh_start + dt.timedelta(days=14)
        diary_store.add_entry(db, make_entry(local_date=day, local_time=dt.time(8), soreness=4 if in_fresh else 1))
        training.add_run(db, _run(day, shoe_id=fresh.id if day >= fresh_start else old.id))
    found = {insight.factor: insight for insight in insights.soreness_insights(db, TODAY)}
    assert (found["new_shoes"].mean_with, found["new_shoes"].mean_without) == (4.0, 1.0)
    assert found["new_shoes"].days_with == 14


def test_rehab_days_done_against_days_missed(db) -> None:
    rehab.start_plan(db, "achilles_tendinopathy", side="left", today=START)
    for offset in range(28):
        day = START + dt.timedelta(days=offset)
        plan = rehab.today_plan(db, day)
        assert plan is not None
        complete = offset % 2 == 0
        items = plan.items if complete else plan.items[:1]
        for item in items:
            rehab.set_item_done(db, item.id, today=day)
        diary_store.add_entry(
            db,
            make_entry(local_date=day + dt.timedelta(days=1), local_time=dt.time(8), soreness=2 if complete else 5),
        )
    found = {insight.factor: insight for insight in insights.soreness_insights(db, TODAY)}
    assert (found["rehab_done"].mean_with, found["rehab_done"].mean_without) == (2.0, 5.0)
    assert found["rehab_done"].text.startswith(
        "On days after you did all of your rehab items your soreness averaged 2.0"
    )


def test_nothing_logged_means_no_insights(db) -> None:
    assert insights.soreness_insights(db, TODAY) == []
