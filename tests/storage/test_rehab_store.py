"""Rehab plan storage: one active plan, ticks, session pain, check-ins, tests, decisions and history."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from calfdesk.errors import InvalidInput
from calfdesk.services import rehab as service
from calfdesk.storage import diary_store, rehab_store
from calfdesk.storage.database import Database, open_database
from calfdesk.storage.migrate import script_heads
from calfdesk.storage.schema import HEAD_REVISIONS, known_revisions
from calfdesk.words.rehab import dose_words, suggestion_words

MONDAY = dt.date(2026, 3, 2)


def day(offset: int) -> dt.date:
    return MONDAY + dt.timedelta(days=offset)


def test_rehab_revision_is_part_of_the_schema() -> None:
    assert script_heads() == HEAD_REVISIONS
    assert "0004_rehab" in known_revisions()


def test_only_one_plan_can_be_active(db: Database) -> None:
    first = service.start_plan(db, "calf_strain", side="left", today=MONDAY)
    with pytest.raises(InvalidInput, match="calf_strain is already active"):
        service.start_plan(db, "cramp", today=day(1))
    assert first.id is not None
    with pytest.raises(sqlite3.IntegrityError):
        rehab_store.add_enrolment(db, first)
    replaced = service.start_plan(db, "cramp", today=day(2), replace=True)
    history = service.plan_history(db)
    assert [(item.plan_id, item.status, item.ended) for item in history] == [
        ("cramp", "active", None),
        ("calf_strain", "abandoned", day(2)),
    ]
    assert service.active_plan(db) == replaced


def test_ticks_are_saved_at_once_and_survive_reopening(data_dir: Path) -> None:
    db = open_database(data_dir)
    service.start_plan(db, "achilles_tendinopathy", side="right", today=MONDAY)
    today = service.today_plan(db, MONDAY)
    assert today is not None and today.done_count == 0
    first, last = today.items[0].id, today.items[-1].id
    service.set_item_done(db, first, today=MONDAY)
    service.set_item_done(db, first, today=MONDAY)
    service.set_item_done(db, last, today=MONDAY)
    service.set_item_done(db, last, today=MONDAY, done=False)
    db.close()
    reopened = open_database(data_dir)
    try:
        again = service.today_plan(reopened, MONDAY)
        assert again is not None
        assert [item.id for item in again.items if item.done] == [first]
    finally:
        reopened.close()


@pytest.mark.parametrize(
    ("item_id", "message"),
    [
        ("2026-03-09:heel_drop_straight_knee:morning", "in the future"),
        ("2026-03-02:walk_run:day", "not on the checklist"),
        ("2026-03-01:heel_drop_straight_knee:morning", "not on the checklist"),
        ("nonsense", "not a checklist item id"),
    ],
)
def test_ticking_refuses_items_not_on_a_checklist(db: Database, item_id: str, message: str) -> None:
    service.start_plan(db, "achilles_tendinopathy", side="right", today=MONDAY)
    with pytest.raises(InvalidInput, match=message):
        service.set_item_done(db, item_id, today=day(1))


def test_ticking_an_earlier_day_counts_in_its_adherence(db: Database) -> None:
    service.start_plan(db, "cramp", today=MONDAY)
    for item in service.today_plan(db, MONDAY).items:  # type: ignore[union-attr]
        service.set_item_done(db, item.id, today=day(1))
    status = service.plan_status(db, day(1))
    assert status is not None
    assert [(entry.day, entry.done == entry.total) for entry in status.adherence] == [(MONDAY, True), (day(1), False)]
    assert status.streak == 1


def test_session_pain_for_the_same_slot_is_replaced(db: Database) -> None:
    service.start_plan(db, "achilles_tendinopathy", today=MONDAY)
    first = service.record_session_pain(db, 4, slot="morning", day=MONDAY)
    second = service.record_session_pain(db, 6, slot="morning", day=MONDAY)
    service.record_session_pain(db, 3, slot="evening", day=MONDAY)
    enrolment = service.active_plan(db)
    assert enrolment is not None and enrolment.id is not None
    pains = rehab_store.list_session_pains(db, enrolment.id)
    assert [(item.slot, item.pain) for item in pains] == [("morning", 6), ("evening", 3)]
    assert second.recorded_utc > first.recorded_utc


def test_morning_check_in_writes_one_diary_entry_and_updates_it(db: Database) -> None:
    service.start_plan(db, "achilles_tendinopathy", side="left", today=MONDAY)
    assert service.morning_check_in_due(db, MONDAY) is False
    assert service.morning_check_in_due(db, day(1)) is True
    service.record_morning_check_in(db, day(1), 3, 20)
    service.record_morning_check_in(db, day(1), 2, 15)
    assert service.morning_check_in_due(db, day(1)) is False
    entries = diary_store.list_entries(db, day(1), day(1))
    assert [(e.context, e.soreness, e.stiffness_min, e.location, e.side) for e in entries] == [
        ("morning", 2, 15, "achilles", "left")
    ]
    assert service.morning_check_in(db, day(1)) == rehab_store.list_check_ins(db)[0]


def test_heel_raise_tests_are_kept_oldest_first(db: Database) -> None:
    service.record_heel_raise_test(db, day(7), 22, 26)
    service.record_heel_raise_test(db, MONDAY, 15, 25)
    assert [(test.day, test.left_reps) for test in service.heel_raise_tests(db)] == [(MONDAY, 15), (day(7), 22)]


def _three_easy_sessions(db: Database, offset: int) -> None:
    """Sessions at 2/10 or less on three different days from `offset`, with the mornings before and after them
    reported and no worse."""
    service.record_morning_check_in(db, day(offset), 1, 5)
    service.record_session_pain(db, 1, slot="morning", day=day(offset))
    service.record_session_pain(db, 0, slot="evening", day=day(offset))
    service.record_morning_check_in(db, day(offset + 1), 1, 5)
    service.record_session_pain(db, 2, slot="morning", day=day(offset + 1))
    service.record_morning_check_in(db, day(offset + 2), 1, 5)
    service.record_session_pain(db, 1, slot="morning", day=day(offset + 2))


def test_accepting_a_suggestion_changes_the_plan_and_is_recorded(db: Database) -> None:
    service.start_plan(db, "achilles_tendinopathy", side="left", today=day(-20))
    status = service.plan_status(db, day(-6))
    assert status is not None and status.suggestion is None
    _three_easy_sessions(db, -6)
    status = service.plan_status(db, day(-4))
    assert status is not None and status.suggestion is not None
    assert status.suggestion.action == "next_phase"
    service.decide(db, accepted=True, day=day(-4), words=suggestion_words)
    assert service.plan_status(db, day(-4)).phase.id == "load"  # type: ignore[union-attr]
    assert service.plan_status(db, day(-4)).suggestion is None  # type: ignore[union-attr]

    _three_easy_sessions(db, 0)
    status = service.plan_status(db, day(2))
    assert status is not None and status.suggestion is not None and status.suggestion.action == "progress"
    service.decide(db, accepted=False, day=day(2), words=suggestion_words)
    status = service.plan_status(db, day(2))
    assert status is not None and status.suggestion is None and status.load_label == "Body weight"

    _three_easy_sessions(db, 3)
    service.decide(db, accepted=True, day=day(5), words=suggestion_words)
    status = service.plan_status(db, day(5))
    assert status is not None and status.load_label == "Body weight plus about 5 kg in a backpack"
    today = service.today_plan(db, day(5))
    assert today is not None and "+5 kg" in dose_words(
        today.items[0].exercise, today.items[0].dose, today.items[0].plan_side
    )
    enrolment = service.active_plan(db)
    assert enrolment is not None and enrolment.id is not None
    decisions = rehab_store.list_decisions(db, enrolment.id)
    assert [(d.action, d.accepted) for d in decisions] == [
        ("next_phase", True),
        ("progress", False),
        ("progress", True),
    ]
    with pytest.raises(InvalidInput, match="no change to accept"):
        service.decide(db, accepted=True, day=day(5), words=suggestion_words)


def test_finishing_keeps_the_history(db: Database) -> None:
    service.start_plan(db, "prevention", today=MONDAY)
    service.end_plan(db, today=day(30), finished=True)
    assert service.active_plan(db) is None
    assert service.today_plan(db, day(31)) is None
    assert [(item.status, item.ended) for item in service.plan_history(db)] == [("finished", day(30))]
    with pytest.raises(InvalidInput, match="no plan is active"):
        service.end_plan(db, today=day(31), finished=False)
