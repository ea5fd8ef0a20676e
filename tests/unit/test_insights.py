"""Insights: soreness on days with and without each factor, shown only with enough days on both sides,
worded as what went together and never as a cause."""

from __future__ import annotations

import datetime as dt

import pytest

from calfdesk.domain.insights import (
    Factor,
    compare,
    hill_factor,
    new_shoe_factor,
    ramp_factor,
    rehab_factor,
    soreness_insights,
)

D0 = dt.date(2026, 3, 2)  # a Monday


def day(offset: int) -> dt.date:
    return D0 + dt.timedelta(days=offset)


def days(*offsets: int) -> frozenset[dt.date]:
    return frozenset(day(offset) for offset in offsets)


@pytest.mark.parametrize(
    ("soreness", "factor_days", "eligible", "expected"),
    [
        # 3 days with (4, 5, 3) and 3 without (2, 2, 3): shown
        ([4, 5, 3, 2, 2, 3], (0, 1, 2), None, (4.0, 2.3, 3, 3)),
        # only 2 days with the factor: not shown
        ([4, 5, 2, 2, 3, 1], (0, 1), None, None),
        # only 2 days without: not shown
        ([4, 5, 3, 2, 2], (0, 1, 2), None, None),
        # days outside `eligible` do not count on either side
        ([4, 5, 3, 2, 2, 3, 9, 9], (0, 1, 2), (0, 1, 2, 3, 4, 5), (4.0, 2.3, 3, 3)),
        # a factor day with nothing logged does not count
        ([4, 5, 3, 2, 2, 3], (0, 1, 2, 10, 11), None, (4.0, 2.3, 3, 3)),
        # no difference is still reported honestly
        ([3, 3, 3, 3, 3, 3], (0, 2, 4), None, (3.0, 3.0, 3, 3)),
    ],
)
def test_compare_needs_three_days_each_side(soreness, factor_days, eligible, expected) -> None:
    daily = {day(offset): value for offset, value in enumerate(soreness)}
    factor = Factor("hills", days(*factor_days), None if eligible is None else days(*eligible))
    insight = compare(daily, factor)
    if expected is None:
        assert insight is None
        return
    assert insight is not None
    assert (insight.mean_with, insight.mean_without, insight.days_with, insight.days_without) == expected


def test_the_sentence_is_plain_and_never_causal() -> None:
    daily = {day(offset): value for offset, value in enumerate([5, 4, 4, 2, 3, 2, 2])}
    insight = compare(daily, Factor("hills", days(0, 1, 2)))
    assert insight is not None
    assert insight.text.startswith("On days after hill sessions your soreness averaged 4.3, against 2.3 on other days.")
    assert "(3 days against 4)" in insight.text
    for causal in ("because", "caused", "causes", "leads to", "due to", "makes"):
        assert causal not in insight.text.lower()


@pytest.mark.parametrize(
    ("factor_id", "opening"),
    [
        ("mileage_ramp", "In the week after your distance rose by more than 30% over two weeks,"),
        ("new_shoes", "In the first two weeks with a new pair of shoes"),
        ("rehab_done", "On days after you did all of your rehab items"),
    ],
)
def test_every_factor_has_its_words(factor_id: str, opening: str) -> None:
    daily = {day(offset): 3 for offset in range(6)}
    insight = compare(daily, Factor(factor_id, days(0, 1, 2)))
    assert insight is not None and insight.text.startswith(opening)


def test_insights_come_largest_difference_first() -> None:
    daily = {day(offset): value for offset, value in enumerate([6, 6, 6, 1, 1, 1, 3, 3, 3])}
    small = Factor("hills", days(6, 7, 8))
    large = Factor("new_shoes", days(0, 1, 2))
    too_few = Factor("rehab_done", days(0))
    assert [insight.factor for insight in soreness_insights(daily, [small, too_few, large])] == ["new_shoes", "hills"]


@pytest.mark.parametrize(
    ("runs", "expected_days", "first_eligible"),
    [
        ([(0, True), (3, False), (5, True)], (1, 6), 0),
        ([(2, False)], (), 2),
        ([], (), None),
    ],
)
def test_hill_factor_is_the_day_after(runs, expected_days, first_eligible) -> None:
    factor = hill_factor([(day(offset), hill) for offset, hill in runs], last_day=day(9))
    assert factor.days == days(*expected_days)
    assert factor.eligible is not None
    if first_eligible is None:
        assert factor.eligible == frozenset()
    else:
        assert min(factor.eligible) == day(first_eligible)
        assert max(factor.eligible) == day(9)


def test_ramp_factor_looks_at_the_week_after_the_rise() -> None:
    """Soreness follows load: the days after a fast-rising week are compared, not the week itself."""
    factor = ramp_factor([(day(0), False), (day(7), True), (day(14), False)], last_day=day(20))
    assert factor.days == days(*range(14, 21))
    assert factor.eligible == days(*range(7, 21))


def test_soreness_after_a_rise_is_found_even_when_the_week_itself_was_easy() -> None:
    weeks = [(day(0), False), (day(7), False), (day(14), True), (day(21), False), (day(28), False)]
    # Calm during the week of the rise (days 14-20), sore in the week after it (21-27).
    daily = {day(offset): (5 if 21 <= offset < 28 else 1) for offset in range(7, 35)}
    insight = compare(daily, ramp_factor(weeks, last_day=day(34)))
    assert insight is not None
    assert (insight.mean_with, insight.mean_without) == (5.0, 1.0)
    assert insight.text.startswith("In the week after your distance rose")


@pytest.mark.parametrize(
    ("start_km", "expected"),
    [
        ({1: 0.0, 2: 0.0}, set(range(14)) | set(range(30, 44))),
        ({1: 0.0, 2: 350.0}, set(range(14))),  # shoe 2 was already worn in when added
    ],
)
def test_new_shoe_factor_is_the_first_two_weeks_of_each_new_shoe(start_km, expected) -> None:
    runs = [(day(0), 1), (day(5), 1), (day(30), 2), (day(40), 2), (day(41), None)]
    factor = new_shoe_factor(runs, start_km, last_day=day(50))
    assert factor.days == days(*expected)


def test_rehab_factor_compares_days_after_complete_and_incomplete_plan_days() -> None:
    adherence = [(day(0), 6, 6), (day(1), 2, 6), (day(2), 0, 0), (day(3), 6, 6)]
    factor = rehab_factor(adherence)
    assert factor.days == days(1, 4)
    assert factor.eligible == days(1, 2, 4), "a rest day (no items) is not compared"
