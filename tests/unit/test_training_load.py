"""Weekly load, changes, ratio, push-offs, duplicates, shoes and warnings against hand-calculated values."""

from __future__ import annotations

import datetime as dt

import pytest

from calfdesk.domain.load_warnings import load_warnings
from calfdesk.domain.runs import DuplicateFinder, is_duplicate, is_running_type, make_run, push_offs_per_leg
from calfdesk.domain.shoes import Shoe, make_shoe
from calfdesk.domain.units import format_limit
from calfdesk.domain.weekly_load import WeekTotals, parse_weekday, week_start_of, weekly_load
from calfdesk.errors import InvalidInput

MONDAY = dt.date(2026, 1, 5)


def weeks_of(distances: list[float], gains: list[float] | None = None, **extra: list[int]) -> list[WeekTotals]:
    gains = gains or [0.0] * len(distances)
    return [
        WeekTotals(
            MONDAY + dt.timedelta(weeks=index),
            km,
            gains[index],
            runs=1 if km else 0,
            hill_runs=extra.get("hills", [0] * len(distances))[index],
            speed_runs=extra.get("speeds", [0] * len(distances))[index],
        )
        for index, km in enumerate(distances)
    ]


# Hand-calculated table for weekly distances 10, 10, 10, 10, 14, 16, 0, 8 km:
#   week-over-week: (14-10)/10 = +40%, (16-14)/14 = +14.29%, (0-16)/16 = -100%, 8 after 0 -> none
#   two weeks vs the two before: (10+14)/(10+10) = +20%, (16+14)/(10+10) = +50% (flag), (0+16)/(14+10) = -33.33%,
#     (8+0)/(16+14) = -73.33%
#   7:28-day ratio = week / mean of it and the 3 before: 10/10 = 1, 14/11 = 1.2727, 16/12.5 = 1.28, 0/10 = 0,
#     8/9.5 = 0.8421
HAND_TABLE = [
    # distance, change_pct, two_week_pct, acwr, ramp flag, info only
    (10.0, None, None, None, False, False),
    (10.0, 0.0, None, None, False, False),
    (10.0, 0.0, None, None, False, False),
    (10.0, 0.0, 0.0, 1.0, False, False),
    (14.0, 40.0, 20.0, 14 / 11, False, True),
    (16.0, 100 * 2 / 14, 50.0, 16 / 12.5, True, False),
    (0.0, -100.0, -100 / 3, 0.0, False, False),
    (8.0, None, -100 * 22 / 30, 8 / 9.5, False, False),
]


def approx(value: float | None) -> object:
    return None if value is None else pytest.approx(value, rel=1e-9, abs=1e-9)


def test_weekly_load_matches_the_hand_calculated_table() -> None:
    weeks = weekly_load(weeks_of([row[0] for row in HAND_TABLE]), today=MONDAY + dt.timedelta(weeks=7, days=2))
    assert len(weeks) == len(HAND_TABLE)
    for week, (km, change, two_week, ratio, flag, info) in zip(weeks, HAND_TABLE, strict=True):
        assert week.distance_km == km
        assert week.change_pct == approx(change), week.week_start
        assert week.two_week_change_pct == approx(two_week), week.week_start
        assert week.acwr == approx(ratio), week.week_start
        assert week.ramp_flag is flag, week.week_start
        assert week.rise_info is info, week.week_start


def test_ratio_bands_follow_gabbett() -> None:
    weeks = weekly_load(weeks_of([10, 10, 10, 10, 16, 30, 5]))
    assert [week.ratio_band for week in weeks] == [None, None, None, "usual", "raised", "high", "low"]
    # 16 / mean(10, 10, 10, 16) = 1.391; 30 / mean(10, 10, 16, 30) = 1.818; 5 / mean(10, 16, 30, 5) = 0.328
    assert [round(week.acwr or 0, 3) for week in weeks[4:]] == [1.391, 1.818, 0.328]


def test_missing_weeks_count_as_zero_and_the_list_runs_to_this_week() -> None:
    totals = [WeekTotals(MONDAY, 10.0), WeekTotals(MONDAY + dt.timedelta(weeks=2), 12.0)]
    weeks = weekly_load(totals, today=MONDAY + dt.timedelta(weeks=4, days=6))
    assert [week.week_start for week in weeks] == [MONDAY + dt.timedelta(weeks=n) for n in range(5)]
    assert [week.distance_km for week in weeks] == [10.0, 0.0, 12.0, 0.0, 0.0]
    assert weeks[2].change_pct is None  # the week before was zero: no percentage
    assert weekly_load([]) == []


def test_week_start_follows_the_first_day_setting() -> None:
    wednesday = dt.date(2026, 3, 4)
    assert week_start_of(wednesday) == dt.date(2026, 3, 2)
    assert week_start_of(wednesday, 6) == dt.date(2026, 3, 1)  # Sunday
    assert week_start_of(dt.date(2026, 3, 1), 6) == dt.date(2026, 3, 1)
    assert week_start_of(dt.date(2026, 3, 1), 0) == dt.date(2026, 2, 23)
    assert parse_weekday("Sunday") == 6
    assert parse_weekday("mon") == 0
    with pytest.raises(InvalidInput, match="week_start"):
        parse_weekday("someday")


def test_push_offs_are_about_750_per_mile_per_leg() -> None:
    assert push_offs_per_leg(1.609344) == 750
    assert push_offs_per_leg(10.0) == 4660  # 10 / 1.609344 * 750 = 4660.3
    weeks = weekly_load(weeks_of([10.0]))
    assert weeks[0].push_offs_per_leg == 4660


def test_duplicates_need_start_within_two_minutes_and_distance_within_three_percent() -> None:
    start = dt.datetime(2026, 3, 2, 7, 0, tzinfo=dt.UTC)
    assert is_duplicate(start, 10.0, start + dt.timedelta(seconds=119), 9.71)
    assert is_duplicate(start, 10.0, start + dt.timedelta(minutes=2), 10.3)
    assert not is_duplicate(start, 10.0, start + dt.timedelta(seconds=121), 10.0)
    assert not is_duplicate(start, 10.0, start, 9.6)
    # The same moment written in another time zone is the same run.
    other_zone = start.astimezone(dt.timezone(dt.timedelta(hours=2)))
    assert is_duplicate(start, 10.0, other_zone, 10.0)

    finder = DuplicateFinder([(start, 10.0, "stored")])
    assert finder.match(start + dt.timedelta(seconds=90), 10.2) == "stored"
    assert not finder.matches(start + dt.timedelta(minutes=3), 10.0)
    assert not finder.matches(start, 12.0)
    finder.add(start + dt.timedelta(hours=5), 5.0, "added")
    assert finder.match(start + dt.timedelta(hours=5, seconds=30), 5.1) == "added"


@pytest.mark.parametrize(
    ("text", "running"),
    [
        ("Run", True),
        ("Trail Run", True),
        ("Virtual Run", True),
        ("Treadmill Running", True),
        ("Ultra Running", True),
        ("running treadmill", True),
        ("9", True),
        ("Ride", False),
        ("Walk", False),
        ("Hike", False),
        ("Nordic Ski", False),
        ("cycling", False),
        ("Wheelchair", False),
        ("", False),
    ],
)
def test_running_activity_types(text: str, running: bool) -> None:
    assert is_running_type(text) is running


def test_make_run_refuses_impossible_values() -> None:
    start = dt.datetime(2026, 3, 2, 7, 0, tzinfo=dt.UTC)
    with pytest.raises(InvalidInput, match="time zone"):
        make_run(start=start.replace(tzinfo=None), duration_s=60, distance_km=1)
    with pytest.raises(InvalidInput, match="distance"):
        make_run(start=start, duration_s=60, distance_km=0)
    with pytest.raises(InvalidInput, match="duration"):
        make_run(start=start, duration_s=-5, distance_km=1)
    with pytest.raises(InvalidInput, match="elevation_gain"):
        make_run(start=start, duration_s=60, distance_km=1, elevation_gain_m=float("nan"))
    run = make_run(start=start, duration_s=1500, distance_km=5, elevation_gain_m=12)
    assert run.pace_s_per_km == 300
    assert run.local_date == dt.date(2026, 3, 2)


def test_shoe_alert_defaults_to_800_km_and_counts_the_starting_distance() -> None:
    shoe = make_shoe(name="  Pegasus   40 ", start_km=100)
    assert shoe.name == "Pegasus 40"
    assert shoe.alert_km == 800
    worn = Shoe(name="Old", start_km=100, alert_km=800, run_km=700)
    assert worn.distance_km == 800 and worn.past_alert
    assert not Shoe(name="New", run_km=799.9).past_alert
    with pytest.raises(InvalidInput, match="name"):
        make_shoe(name="   ")
    with pytest.raises(InvalidInput, match="alert_km"):
        make_shoe(name="X", alert_km=0)
    with pytest.raises(InvalidInput, match="default"):
        make_shoe(name="X", retired=True, is_default=True)


def test_a_two_week_ramp_over_30_percent_warns_with_reason_and_advice() -> None:
    weeks = weekly_load(weeks_of([10, 10, 10, 10, 14, 16]))
    warnings = load_warnings(weeks)
    assert [warning.id for warning in warnings] == ["ramp"]
    ramp = warnings[0]
    assert "30.0 km" in ramp.reason and "20.0 km" in ramp.reason and "50%" in ramp.reason
    assert "distance" in ramp.advice.lower()
    in_miles = load_warnings(weeks, unit="mi")[0]
    assert "18.6 mi" in in_miles.reason  # 30 km


def test_a_ramp_last_week_still_warns_early_in_this_week() -> None:
    weeks = weekly_load(weeks_of([10, 10, 10, 10, 14, 16, 2]))
    assert not weeks[-1].ramp_flag
    assert [warning.id for warning in load_warnings(weeks)] == ["ramp"]


def test_a_rise_of_only_10_to_30_percent_is_information_not_a_warning() -> None:
    weeks = weekly_load(weeks_of([10, 10, 10, 10, 11.5, 12]))
    assert weeks[-1].rise_info
    assert load_warnings(weeks) == []


def test_hill_volume_warns_above_usual_climb_or_with_two_hill_sessions() -> None:
    # Usual 100 m a week, this week 200 m: +100% and over the 150 m floor.
    weeks = weekly_load(weeks_of([10] * 5, [100, 100, 100, 100, 200]))
    hill = [warning for warning in load_warnings(weeks) if warning.id == "hill"]
    assert len(hill) == 1 and "200 m" in hill[0].reason and "100%" in hill[0].reason
    assert "656 ft" in load_warnings(weeks, unit="mi")[0].reason
    small = weekly_load(weeks_of([10] * 5, [50, 50, 50, 50, 140]))
    assert load_warnings(small) == []
    sessions = weekly_load(weeks_of([10] * 2, hills=[0, 2]))
    assert [warning.id for warning in load_warnings(sessions)] == ["hill"]


def test_speed_sessions_and_worn_shoes_warn() -> None:
    weeks = weekly_load(weeks_of([10, 10], speeds=[0, 2]))
    worn = Shoe(name="Old pair", run_km=850, id=1)
    retired = Shoe(name="Retired pair", run_km=2000, retired=True, id=2)
    warnings = load_warnings(weeks, [worn, retired])
    assert [warning.id for warning in warnings] == ["speed", "shoe"]
    assert "Old pair" in warnings[1].reason and "850 km" in warnings[1].reason and "800 km" in warnings[1].reason


@pytest.mark.parametrize(
    ("first_run_weekday", "first_ratio_week"),
    [
        (0, 3),  # a first run on the week's first day: 28 days end with the fourth week
        (4, 4),  # a first run on a Friday: the fourth week ends after 24 days, too soon
        (6, 4),
    ],
)
def test_the_ratio_is_none_until_28_days_of_runs_exist(first_run_weekday: int, first_ratio_week: int) -> None:
    monday = dt.date(2026, 1, 5)
    totals = [
        WeekTotals(monday + dt.timedelta(weeks=week), 20.0, first_run=monday + dt.timedelta(weeks=week))
        for week in range(6)
    ]
    totals[0] = WeekTotals(monday, 20.0, first_run=monday + dt.timedelta(days=first_run_weekday))
    weeks = weekly_load(totals, 0)
    assert [week.acwr is None for week in weeks] == [index < first_ratio_week for index in range(6)]
    assert weeks[first_ratio_week].acwr == approx(1.0)


@pytest.mark.parametrize(
    ("km", "unit", "shown"),
    [
        (800.0, "mi", "500 mi"),  # the 800 km default read in miles, not "497 mi"
        (800.0, "km", "800 km"),
        (500 * 1.609344, "km", "800 km"),  # the 500 mi default read in km, not "805 km"
        (480.0, "mi", "300 mi"),
        (402.0, "mi", "250 mi"),
        (60.0, "km", "60 km"),
        (12.4, "km", "12 km"),
    ],
)
def test_a_shoe_limit_reads_as_a_runner_would_round_it(km: float, unit: str, shown: str) -> None:
    assert format_limit(km, unit) == shown  # type: ignore[arg-type]


def test_the_worn_shoe_warning_names_a_rounded_limit() -> None:
    shoe = Shoe(name="Pegasus", alert_km=800.0, run_km=820.0, id=1)
    (warning,) = load_warnings([], [shoe], "mi")
    assert "past its alert at 500 mi" in warning.reason
