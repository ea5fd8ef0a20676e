"""Measures in the data file: PSFS activities and readings, heel-raise tests read as a measure, summaries,
the weekly PSFS reminder, and a made-up measure kept through the same table."""

from __future__ import annotations

import datetime as dt

import pytest

from calfdesk.domain import measures as registry
from calfdesk.domain.measures import Item, Measure, Scale
from calfdesk.errors import InvalidInput
from calfdesk.services import measures, rehab
from calfdesk.services import reminders as reminder_service
from calfdesk.storage.database import Database
from calfdesk.storage.schema import known_revisions

MONDAY = dt.date(2026, 3, 2)


def test_measures_revision_is_shipped() -> None:
    assert "0010_measures" in known_revisions()


def test_psfs_activities_and_scores_are_kept_in_order(db: Database) -> None:
    assert measures.psfs_activities(db) == ()
    measures.set_psfs_activities(db, ["running 10 km", "stairs in the morning", "hopping"])
    assert measures.psfs_activities(db) == ("running 10 km", "stairs in the morning", "hopping")
    first = measures.add_psfs(db, MONDAY, [2, 4, 3])
    second = measures.add_psfs(db, MONDAY + dt.timedelta(days=7), [4, 6, 5])
    readings = measures.list_readings(db, "psfs")
    assert readings == [first, second]
    assert [reading.id for reading in readings] == [first.id, second.id]
    assert readings[1].items[0] == Item("running 10 km", 4)


def test_new_activities_keep_earlier_readings_in_their_own_words(db: Database) -> None:
    measures.set_psfs_activities(db, ["run", "stairs", "hop"])
    measures.add_psfs(db, MONDAY, [2, 4, 3])
    measures.set_psfs_activities(db, ["run", "stairs", "hop", "jump"])
    with pytest.raises(InvalidInput, match="3 given for 4 activities"):
        measures.add_psfs(db, MONDAY + dt.timedelta(days=7), [5, 5, 5])
    measures.add_psfs(db, MONDAY + dt.timedelta(days=7), [5, 5, 5, 1])
    old, new = measures.list_readings(db, "psfs")
    assert [item.name for item in old.items] == ["run", "stairs", "hop"]
    assert [item.name for item in new.items] == ["run", "stairs", "hop", "jump"]


def test_heel_raise_tests_are_a_measure_of_the_sore_leg(db: Database) -> None:
    rehab.start_plan(db, "achilles_tendinopathy", side="right", today=MONDAY)
    rehab.record_heel_raise_test(db, MONDAY, 20, 12)
    rehab.record_heel_raise_test(db, MONDAY + dt.timedelta(days=14), 21, 19)
    readings = measures.list_readings(db, "heel_raise")
    assert [reading.score for reading in readings] == [12, 19]
    summary = next(item for item in measures.summaries(db) if item.measure.id == "heel_raise")
    assert summary.score_trend is not None and summary.score_trend.direction == "better"


def test_summaries_hold_each_measure_with_readings_in_a_window(db: Database) -> None:
    measures.set_psfs_activities(db, ["run", "stairs", "hop"])
    measures.add_psfs(db, MONDAY, [2, 4, 3])
    measures.add_psfs(db, MONDAY + dt.timedelta(days=21), [6, 6, 6])
    assert [item.measure.id for item in measures.summaries(db)] == ["psfs"]
    (summary,) = measures.summaries(db, start=MONDAY + dt.timedelta(days=1))
    assert len(summary.readings) == 1
    assert measures.summaries(db, end=MONDAY - dt.timedelta(days=1)) == []


def test_psfs_reminder_is_due_weekly_while_a_plan_runs(db: Database) -> None:
    assert not reminder_service.day_state(db, MONDAY).psfs_due
    rehab.start_plan(db, "achilles_tendinopathy", side="left", today=MONDAY)
    assert reminder_service.day_state(db, MONDAY).psfs_due
    measures.set_psfs_activities(db, ["run", "stairs", "hop"])
    measures.add_psfs(db, MONDAY, [2, 4, 3])
    assert not reminder_service.day_state(db, MONDAY + dt.timedelta(days=6)).psfs_due
    assert reminder_service.day_state(db, MONDAY + dt.timedelta(days=7)).psfs_due


def test_a_made_up_measure_is_kept_without_a_table_of_its_own(db: Database) -> None:
    def score(items: list[Item] | tuple[Item, ...]) -> float:
        if len(items) != 1 or items[0].value is None:
            raise InvalidInput("grip: one value", field="grip")
        return items[0].value

    registry.register(Measure("grip_kg", Scale(0, 100, unit="kg"), 5.0, score))
    try:
        measures.add_reading(db, "grip_kg", MONDAY, [Item("kg", 30)])
        measures.add_reading(db, "grip_kg", MONDAY + dt.timedelta(days=7), [Item("kg", 37)])
        (summary,) = measures.summaries(db)
        assert summary.measure.id == "grip_kg"
        assert summary.score_trend is not None and summary.score_trend.meaningful
        with pytest.raises(InvalidInput, match="one value"):
            measures.add_reading(db, "grip_kg", MONDAY, [])
    finally:
        registry.unregister("grip_kg")
    with pytest.raises(InvalidInput, match="not a measure"):
        measures.add_reading(db, "grip_kg", MONDAY, [Item("kg", 30)])


def test_a_kept_pack_that_no_longer_validates_is_left_out_not_trusted(db: Database) -> None:
    from pathlib import Path

    from calfdesk.storage import measure_store

    text = (Path(__file__).resolve().parents[1] / "data" / "made_up_pack.toml").read_text(encoding="utf-8")
    measures.add_pack(db, text)
    measure_store.save_pack(
        db, "broken", text.replace('id = "made_up_tendon"', 'id = "broken"').replace("max = 10", "max = -1")
    )
    assert [pack.id for pack in measures.list_packs(db)] == ["made_up_tendon"]
