"""Where a new diary entry starts: the running plan's condition and side, else the latest entry, else the
entry's own defaults; and which of them said so."""

from __future__ import annotations

import datetime as dt

from calfdesk.domain.diary import make_entry
from calfdesk.services import rehab
from calfdesk.services.diary import UsualPlace, usual_place
from calfdesk.storage import diary_store

TODAY = dt.date(2026, 3, 14)


def test_an_empty_diary_without_a_plan_starts_at_the_entry_defaults(db) -> None:
    assert usual_place(db) == UsualPlace("calf", "both", "none")


def test_the_latest_entry_gives_the_place_and_side(db) -> None:
    for day, location, side in ((TODAY, "achilles", "right"), (TODAY - dt.timedelta(days=3), "calf", "left")):
        diary_store.add_entry(
            db, make_entry(local_date=day, local_time=dt.time(7), soreness=2, location=location, side=side)
        )
    assert usual_place(db) == UsualPlace("achilles", "right", "last_entry")


def test_a_running_plan_wins_over_the_last_entry(db) -> None:
    diary_store.add_entry(
        db, make_entry(local_date=TODAY, local_time=dt.time(7), soreness=2, location="calf", side="right")
    )
    rehab.start_plan(db, "achilles_tendinopathy", side="left", today=TODAY)
    assert usual_place(db) == UsualPlace("achilles", "left", "plan")
    rehab.end_plan(db, today=TODAY, finished=False)
    assert usual_place(db).source == "last_entry", "an ended plan no longer counts"
    rehab.start_plan(db, "calf_strain", side="right", today=TODAY)
    assert usual_place(db) == UsualPlace("calf", "right", "plan")
