import datetime as dt

import pytest

from calfdesk.domain.diary import make_entry, parse_date, parse_time
from calfdesk.domain.diary_stats import DailyValue, WeekSpread, daily_maximum, rolling_mean, weekly_spread
from calfdesk.errors import InvalidInput

DAY = dt.date(2026, 3, 14)
NOON = dt.time(12, 0)


def entry(**overrides: object):
    values: dict[str, object] = {"local_date": DAY, "local_time": NOON, "soreness": 3, "utc_offset_min": 60}
    values.update(overrides)
    return make_entry(**values)  # type: ignore[arg-type]


@pytest.mark.parametrize("soreness", [0, 5, 10])
def test_soreness_on_the_scale_is_accepted(soreness: int) -> None:
    assert entry(soreness=soreness).soreness == soreness


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"soreness": -1}, "soreness"),
        ({"soreness": 11}, "soreness"),
        ({"soreness": True}, "soreness"),
        ({"context": "evening"}, "context"),
        ({"location": "knee"}, "location"),
        ({"side": "middle"}, "side"),
        ({"stiffness_min": -5}, "stiffness_min"),
        ({"stiffness_min": 24 * 60 + 1}, "stiffness_min"),
        ({"notes": "x" * 5001}, "notes"),
    ],
)
def test_bad_values_name_their_field(overrides: dict[str, object], field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        entry(**overrides)
    assert caught.value.field == field
    assert field.split("_")[0] in str(caught.value)


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-01", "14.03.2026", "2026-3-1", "", "yesterday"])
def test_impossible_dates_are_refused_with_the_expected_format(text: str) -> None:
    with pytest.raises(InvalidInput, match="YYYY-MM-DD"):
        parse_date(text)


@pytest.mark.parametrize("text", ["24:00", "12:60", "7.30", "", "noon", "12:00:00"])
def test_impossible_times_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match="HH:MM"):
        parse_time(text)


def test_single_digit_hour_is_read() -> None:
    assert parse_time("7:05") == dt.time(7, 5)


def test_seconds_are_dropped_so_the_entry_matches_its_csv_form() -> None:
    assert entry(local_time=dt.time(7, 5, 33)).local_time == dt.time(7, 5)


def test_duplicate_key_ignores_soreness_and_notes() -> None:
    assert entry(soreness=2, notes="a").duplicate_key == entry(soreness=8, notes="b").duplicate_key
    assert entry(context="morning").duplicate_key != entry(context="after_run").duplicate_key


def test_moment_keeps_the_wall_clock_and_offset() -> None:
    moment = entry(utc_offset_min=120).moment
    assert moment.hour == 12
    assert moment.utcoffset() == dt.timedelta(hours=2)


def test_daily_maximum_keeps_the_worst_of_each_day() -> None:
    days = daily_maximum([(DAY, 2), (DAY, 7), (DAY + dt.timedelta(days=1), 1)])
    assert days == [DailyValue(DAY, 7.0), DailyValue(DAY + dt.timedelta(days=1), 1.0)]


def test_rolling_mean_uses_calendar_days_and_skips_gaps() -> None:
    values = [DailyValue(DAY + dt.timedelta(days=offset), value) for offset, value in [(0, 6), (1, 4), (9, 2)]]
    means = rolling_mean(values, 7)
    assert [m.value for m in means] == [6.0, 5.0, 2.0]


def test_rolling_mean_window_of_seven_days() -> None:
    values = [DailyValue(DAY + dt.timedelta(days=offset), float(offset)) for offset in range(10)]
    means = rolling_mean(values, 7)
    assert means[6].value == pytest.approx(3.0)
    assert means[9].value == pytest.approx(6.0)


def test_weekly_spread_runs_monday_to_sunday() -> None:
    monday = dt.date(2026, 3, 2)
    values = [
        DailyValue(monday - dt.timedelta(days=1), 9.0),
        DailyValue(monday, 2.0),
        DailyValue(monday + dt.timedelta(days=3), 6.0),
        DailyValue(monday + dt.timedelta(days=6), 4.0),
        DailyValue(monday + dt.timedelta(days=14), 1.0),
    ]
    assert weekly_spread(values) == [
        WeekSpread(monday - dt.timedelta(days=7), 9.0, 9.0),
        WeekSpread(monday, 2.0, 6.0),
        WeekSpread(monday + dt.timedelta(days=14), 1.0, 1.0),
    ]
