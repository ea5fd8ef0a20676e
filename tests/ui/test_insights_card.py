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
