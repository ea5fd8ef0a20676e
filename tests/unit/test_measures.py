"""Measures taken on a date: the registry, PSFS scoring, the heel-raise test as a measure, trends and the
smallest change that matters, and the weekly PSFS reminder rule."""

from __future__ import annotations

import datetime as dt

import pytest

from calfdesk.domain import measures
from calfdesk.domain.measures import SCORE, Item, Measure, Reading, Scale, heel_raise, psfs, trend
from calfdesk.domain.rehab import make_heel_raise_test
from calfdesk.domain.reminders import DayState, reminders_due, weekly_measure_due
from calfdesk.errors import InvalidInput

DAY = dt.date(2026, 3, 2)


def week(n: int) -> dt.date:
    return DAY + dt.timedelta(days=7 * n)


def test_psfs_and_heel_raise_are_registered_with_their_smallest_changes() -> None:
    found = {measure.id: measure for measure in measures.measures()}
    assert found["psfs"].smallest_change == 2.0
    assert found["psfs"].change_for("running 10 km") == 3.0
    assert found["heel_raise"].smallest_change == 6.0
    assert found["heel_raise"].change_for(heel_raise.RATIO) is None


def test_a_measure_registers_twice_only_by_mistake() -> None:
    with pytest.raises(ValueError, match="already registered"):
        measures.register(psfs.MEASURE)


def test_psfs_activities_are_three_to_five_plain_distinct_lines() -> None:
    assert psfs.make_activities(["  running   10 km ", "stairs", "hopping"]) == ("running 10 km", "stairs", "hopping")
    for bad, reason in (
        (["one", "two"], "name 3 to 5"),
        (["a", "b", "c", "d", "e", "f"], "name 3 to 5"),
        (["stairs", "Stairs", "hop"], "named twice"),
        (["stairs", "", "hop"], "plain words"),
        (["stairs", "x" * 81, "hop"], "keep it to 80"),
    ):
        with pytest.raises(InvalidInput, match=reason):
            psfs.make_activities(bad)


def test_psfs_score_is_the_mean_of_one_score_per_activity() -> None:
    reading = psfs.make_reading(DAY, ("run", "stairs", "hop"), [3, 5, 2])
    assert reading.score == pytest.approx(3.3)
    assert reading.item("stairs") == 5
    with pytest.raises(InvalidInput, match="2 given for 3 activities"):
        psfs.make_reading(DAY, ("run", "stairs", "hop"), [3, 5])
    with pytest.raises(InvalidInput, match="outside the scale"):
        psfs.make_reading(DAY, ("run", "stairs", "hop"), [3, 5, 11])
    with pytest.raises(InvalidInput, match="name your activities first"):
        psfs.make_reading(DAY, (), [3, 5, 2])


def test_a_psfs_change_of_two_points_in_the_mean_matters_but_one_activity_needs_three() -> None:
    activities = ("run", "stairs", "hop")
    readings = [
        psfs.make_reading(week(0), activities, [2, 4, 3]),
        psfs.make_reading(week(1), activities, [3, 5, 3]),
        psfs.make_reading(week(2), activities, [4, 6, 5]),
    ]
    mean = trend(psfs.MEASURE, readings)
    assert mean is not None
    assert (mean.first, mean.latest, mean.count) == (3.0, 5.0, 3)
    assert mean.meaningful and mean.direction == "better"
    run = trend(psfs.MEASURE, readings, "run")
    assert run is not None and run.change == 2 and not run.meaningful and run.direction == "unchanged"
    one_week = trend(psfs.MEASURE, readings[:2])
    assert one_week is not None and not one_week.meaningful


def test_a_worse_psfs_is_called_worse() -> None:
    activities = ("run", "stairs", "hop")
    readings = [psfs.make_reading(week(0), activities, [6, 6, 6]), psfs.make_reading(week(1), activities, [2, 3, 4])]
    mean = trend(psfs.MEASURE, readings)
    assert mean is not None and mean.direction == "worse"


def test_heel_raise_test_reads_as_a_measure_with_both_legs_and_the_ratio() -> None:
    test = make_heel_raise_test(DAY, left_reps=18, right_reps=25, hop_pain=1)
    reading = heel_raise.reading_of(test, "left")
    assert reading.kind == "heel_raise"
    assert reading.score == 18
    assert (reading.item("left"), reading.item("right"), reading.item("ratio"), reading.item("hop_pain")) == (
        18,
        25,
        72.0,
        1,
    )
    assert heel_raise.reading_of(test, "right").score == 25
    assert heel_raise.reading_of(test, "both").score == 18


def test_heel_raise_gains_of_six_raises_pass_the_measurement_error() -> None:
    readings = [
        heel_raise.reading_of(make_heel_raise_test(week(0), 12, 25), "left"),
        heel_raise.reading_of(make_heel_raise_test(week(2), 17, 25), "left"),
    ]
    small = trend(heel_raise.MEASURE, readings)
    assert small is not None and not small.meaningful
    readings.append(heel_raise.reading_of(make_heel_raise_test(week(4), 19, 26), "left"))
    grown = trend(heel_raise.MEASURE, readings)
    assert grown is not None and grown.change == 7 and grown.direction == "better"


def test_heel_raise_norms_are_the_checklists_for_sex_and_age() -> None:
    assert heel_raise.norm_for("male", 1990, DAY) == 24
    assert heel_raise.norm_for("female", 1990, DAY) == 21
    assert heel_raise.norm_for("female", 1950, DAY) is None
    assert heel_raise.norm_for(None, 1990, DAY) is None
    assert heel_raise.norm_for("male", None, DAY) is None


def test_a_made_up_measure_is_one_module_and_one_registration() -> None:
    def grip_score(items: list[Item] | tuple[Item, ...]) -> float:
        values = [item.value for item in items]
        if len(values) != 1 or values[0] is None or not 0 <= values[0] <= 100:
            raise InvalidInput("grip: 0-100 kg", field="grip")
        return values[0]

    grip = Measure("grip_kg", Scale(0, 100, unit="kg"), smallest_change=5.0, score=grip_score)
    measures.register(grip)
    try:
        assert measures.measure("grip_kg") is grip
        readings = [
            Reading("grip_kg", week(i), grip.score([Item("kg", kg)]), (Item("kg", kg),)) for i, kg in ((0, 30), (1, 36))
        ]
        found = trend(grip, readings)
        assert found is not None and found.meaningful and found.direction == "better"
    finally:
        measures.unregister("grip_kg")
    assert measures.measure("grip_kg") is None


def test_no_trend_without_readings_and_none_of_an_item_never_scored() -> None:
    assert trend(psfs.MEASURE, []) is None
    only = [psfs.make_reading(DAY, ("run", "stairs", "hop"), [1, 2, 3])]
    assert trend(psfs.MEASURE, only, "swim") is None
    single = trend(psfs.MEASURE, only, SCORE)
    assert single is not None and single.change == 0 and single.direction == "unchanged"


def test_psfs_is_due_weekly_only_while_a_plan_runs() -> None:
    assert weekly_measure_due(DAY, plan_running=True, last=None)
    assert not weekly_measure_due(DAY, plan_running=False, last=None)
    assert not weekly_measure_due(DAY, plan_running=True, last=DAY - dt.timedelta(days=6))
    assert weekly_measure_due(DAY, plan_running=True, last=DAY - dt.timedelta(days=7))


def test_the_psfs_reminder_comes_at_the_log_reminders_time_only_when_due() -> None:
    times = {"log": dt.time(19, 0), "morning": None, "evening": None}
    now = dt.datetime.combine(DAY, dt.time(19, 5))
    due = DayState(logged_today=True, open_items={}, psfs_due=True)
    kinds, shown = reminders_due(times, now, set(), due)
    assert "psfs" in kinds
    assert [reminder.kind for reminder in shown] == ["psfs"]
    assert "scor" in shown[0].message
    _kinds, none = reminders_due(times, now, set(), DayState(logged_today=True, open_items={}))
    assert none == []
    _kinds, off = reminders_due({"log": None}, now, set(), due)
    assert off == []


def test_the_heel_raise_measure_scores_the_weaker_leg_and_checks_both() -> None:
    assert heel_raise.MEASURE.score([Item("left", 12), Item("right", 20)]) == 12
    with pytest.raises(InvalidInput, match="both legs"):
        heel_raise.MEASURE.score([Item("left", 12)])
    with pytest.raises(InvalidInput, match="both legs"):
        heel_raise.MEASURE.score([Item("left", 12), Item("right", 400)])
