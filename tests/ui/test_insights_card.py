"""The Today page's insights card: plain sentences once there are enough days, an explanation before."""

from __future__ import annotations

import datetime as dt

from calfdesk.domain.diary import make_entry
from calfdesk.domain.runs import make_run
from calfdesk.services import training
from calfdesk.storage import diary_store
from calfdesk.ui.context import Changes


def test_the_card_explains_itself_until_there_are_enough_days(window, qtbot) -> None:
    card = window.page("today").insights
    qtbot.waitUntil(lambda: card.lines.count() == 1, timeout=5000)
    assert "at least 3 days with and 3 days without" in card.lines.itemAt(0).widget().text()
    assert card.caveat.isHidden()


def test_the_card_shows_hill_days_against_other_days(window, qtbot) -> None:
    db = window.context.db
    today = dt.date.today()
    for offset in range(1, 15):
        day = today - dt.timedelta(days=offset)
        hill = offset % 4 == 0
        training.add_run(
            db,
            make_run(
                start=dt.datetime.combine(day, dt.time(7)).astimezone(), duration_s=2400, distance_km=8, hill=hill
            ),
        )
        soreness_day = day + dt.timedelta(days=1)
        diary_store.add_entry(
            db, make_entry(local_date=soreness_day, local_time=dt.time(20), soreness=6 if hill else 2)
        )
    card = window.page("today").insights
    with qtbot.waitSignal(card.loaded, timeout=5000):
        window.events.changed.emit(Changes.TRAINING)
    assert [insight.factor for insight in card.insights] == ["hills"]
    text = card.lines.itemAt(0).widget().text()
    assert "On days after hill sessions your soreness averaged 6.0, against 2.0 on other days." in text
    assert not card.caveat.isHidden()
    assert "not causes" in card.caveat.text()


def test_the_card_compares_soreness_with_the_days_after_a_fast_rise_and_says_so(window, qtbot) -> None:
    """Three easy weeks, then a week of twice the distance: the sore days come in the week after it."""
    db = window.context.db
    today = dt.date.today()
    rise_week = today - dt.timedelta(days=today.weekday() + 14)  # the week before last, which rose fast
    for week in range(1, 4):
        start = rise_week - dt.timedelta(weeks=week)
        training.add_run(
            db, make_run(start=dt.datetime.combine(start, dt.time(7)).astimezone(), duration_s=1800, distance_km=5)
        )
    for offset in (0, 2, 4):
        day = rise_week + dt.timedelta(days=offset)
        training.add_run(
            db, make_run(start=dt.datetime.combine(day, dt.time(7)).astimezone(), duration_s=3600, distance_km=10)
        )
    for offset in range(-14, today.weekday() + 15):
        day = rise_week + dt.timedelta(days=offset)
        if day <= today:
            after_rise = 7 <= offset < 14
            diary_store.add_entry(
                db, make_entry(local_date=day, local_time=dt.time(20), soreness=5 if after_rise else 1)
            )
    card = window.page("today").insights
    with qtbot.waitSignal(card.loaded, timeout=5000):
        window.events.changed.emit(Changes.TRAINING)
    texts = [card.lines.itemAt(index).widget().text() for index in range(card.lines.count())]
    ramp = next(text for text in texts if "Fast rise in distance" in text)
    assert "In the week after your distance rose by more than 30% over two weeks, your soreness averaged" in ramp
    insight = next(insight for insight in card.insights if insight.factor == "mileage_ramp")
    assert insight.mean_with > insight.mean_without + 1, "the sore days after the rise are the ones compared"
    assert "compared with the days after them" in card.caveat.text()
