"""Charts stay on the runner's data: the diary chart's range always matches its highlighted button and comes
from the diary alone; the weekly load chart opens on the weeks that have runs."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest

from calfdesk.domain.diary import make_entry
from calfdesk.domain.runs import make_run
from calfdesk.services import training
from calfdesk.storage import diary_store
from calfdesk.ui.context import Changes

DAY = 86_400.0


def _seed_year_of_diary_and_old_runs(db) -> tuple[dt.date, dt.date]:
    """A year of diary entries ending today, and runs from 2017 to a year ago."""
    today = dt.date.today()
    diary_store.add_entries_bulk(
        db,
        [
            make_entry(local_date=today - dt.timedelta(days=d), local_time=dt.time(7), soreness=d % 8)
            for d in range(365)
        ],
    )
    first_run = dt.datetime(2017, 3, 4, 8, 0, tzinfo=dt.UTC)
    last_run = dt.datetime.combine(today - dt.timedelta(days=380), dt.time(8), dt.UTC)
    weeks = (last_run - first_run).days // 7
    runs = [make_run(start=last_run - dt.timedelta(days=7 * k), duration_s=1800, distance_km=6.0) for k in range(weeks)]
    runs.append(make_run(start=first_run, duration_s=1800, distance_km=8.0))
    training.import_runs(db, runs)
    return today - dt.timedelta(days=364), today


def _span_days(chart) -> float:
    low, high = chart.visible_x_range()
    return (high - low) / DAY


def _day_of(x: float) -> dt.date:
    return dt.date(1970, 1, 1) + dt.timedelta(days=int(x // DAY))


def _assert_range_matches_button(chart, first: dt.date, last: dt.date) -> None:
    days = chart.range_group.checkedId()
    low, high = chart.visible_x_range()
    if days:
        assert days - 1 <= _span_days(chart) <= days * 1.03 + 1, (days, _span_days(chart))
        assert _day_of(high) >= last - dt.timedelta(days=1)
    else:
        assert _day_of(low) >= first - dt.timedelta(days=10), _day_of(low)
        assert _day_of(low) <= first
        assert _day_of(high) >= last


def test_diary_chart_range_equals_highlighted_button_on_open_and_after_reload(make_window, qtbot) -> None:
    window = make_window()
    first, last = _seed_year_of_diary_and_old_runs(window.context.db)
    page = window.navigate("diary")
    chart = page.chart
    qtbot.waitUntil(lambda: page.model.rowCount() == 365, timeout=10_000)
    qtbot.waitUntil(lambda: not chart.weekly_check.isHidden(), timeout=10_000)
    qtbot.wait(50)
    assert chart.range_group.checkedId() == 90
    _assert_range_matches_button(chart, first, last)

    for days in (30, 365, 0, 90):
        chart.range_group.button(days).click()
        _assert_range_matches_button(chart, first, last)
        chart.weekly_check.setChecked(True)
        for topic in ("diary", "training"):
            with qtbot.waitSignal(page.loaded, timeout=5000) if topic == "diary" else contextlib.nullcontext():
                window.context.events.changed.emit(Changes[topic.upper()])
            qtbot.wait(100)
            assert chart.range_group.checkedId() == days
            _assert_range_matches_button(chart, first, last)
        window.refresh()
        qtbot.wait(300)
        _assert_range_matches_button(chart, first, last)
        chart.weekly_check.setChecked(False)


def test_diary_chart_ends_on_the_last_entry_when_nothing_is_recent(make_window, qtbot) -> None:
    window = make_window()
    old = dt.date.today() - dt.timedelta(days=500)
    diary_store.add_entries_bulk(
        window.context.db,
        [make_entry(local_date=old - dt.timedelta(days=d), local_time=dt.time(7), soreness=3) for d in range(40)],
    )
    page = window.navigate("diary")
    qtbot.waitUntil(lambda: page.model.rowCount() == 40, timeout=10_000)
    chart = page.chart
    assert chart.range_group.checkedId() == 90
    low, high = chart.visible_x_range()
    assert _day_of(low) <= old - dt.timedelta(days=39) and _day_of(high) >= old
    assert 89 <= _span_days(chart) <= 93


def test_diary_chart_summarises_weeks_when_zoomed_out_and_shows_entries_when_zoomed_in(make_window, qtbot) -> None:
    window = make_window()
    _seed_year_of_diary_and_old_runs(window.context.db)
    page = window.navigate("diary")
    chart = page.chart
    qtbot.waitUntil(lambda: page.model.rowCount() == 365, timeout=10_000)
    assert not chart.summarised
    assert chart.point_items["morning"].isVisible() and not chart.week_band.isVisible()
    assert "Worst&nbsp;of&nbsp;the&nbsp;day" in chart.legend.text()

    chart.range_group.button(365).click()
    assert chart.summarised
    assert not chart.point_items["morning"].isVisible() and not chart.max_curve.isVisible()
    assert chart.week_band.isVisible() and chart.week_worst_curve.isVisible()
    weeks = chart._series.week_x.size
    assert 52 <= weeks <= 54, "one value a week"
    assert chart.week_worst_curve.path().elementCount() == 2 * weeks, "a step along each week's worst"
    assert chart.week_worst_curve.path().boundingRect().bottom() == 7.0, "the worst soreness logged"
    assert "Worst&nbsp;of&nbsp;the&nbsp;week" in chart.legend.text()

    # Zooming in by hand brings every entry back and releases the range buttons.
    low, high = chart.visible_x_range()
    chart.plot.getViewBox().scaleBy(x=0.2, center=((low + high) / 2, 5))
    chart.plot.getViewBox().sigRangeChangedManually.emit([True, False])
    assert not chart.summarised
    assert chart.point_items["morning"].isVisible()
    assert chart.range_group.checkedId() == -1
    # A reload keeps the runner's own view.
    kept = chart.visible_x_range()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.context.events.changed.emit(Changes.DIARY)
    assert chart.visible_x_range() == pytest.approx(kept)


def test_empty_diary_chart_says_what_fills_it_and_offers_that_action(make_window, qtbot) -> None:
    window = make_window()
    page = window.navigate("diary")
    qtbot.waitUntil(lambda: not page._loading, timeout=5000)
    chart = page.chart
    assert chart.empty_state.isVisible()
    assert chart.layout().indexOf(chart.empty_state) == 0, "at the top of the card"
    page.form.soreness.clearFocus()
    chart.empty_button.click()
    assert page.form.soreness.hasFocus()


def _week_of(x: float) -> dt.date:
    return _day_of(x + 86_400)


def test_load_chart_opens_on_the_last_weeks_with_runs_and_offers_ranges(make_window, qtbot) -> None:
    window = make_window()
    _seed_year_of_diary_and_old_runs(window.context.db)
    last_run = dt.date.today() - dt.timedelta(days=380)
    page = window.navigate("training")
    chart = page.chart
    qtbot.waitUntil(lambda: bool(chart._weeks), timeout=10_000)
    assert [button.text() for button in chart.range_group.buttons()] == ["12 w", "26 w", "1 y", "All"]
    assert chart.range_group.checkedId() == 12
    low, high = chart.visible_x_range()
    assert low < dt.datetime.combine(last_run, dt.time(8), dt.UTC).timestamp() < high, "the last run is shown"
    assert 12 <= (high - low) / (7 * DAY) <= 12.5
    assert _week_of(high) <= last_run + dt.timedelta(days=8), "ends with the week of the last run"
    heights = [
        h
        for x, h in zip(chart.distance_bars.opts["x0"], chart.distance_bars.opts["height"], strict=True)
        if low <= x <= high
    ]
    assert sum(1 for h in heights if h > 0) >= 11, "the weeks shown have runs"

    labels = [text for _x, text in chart.climb_plot.getAxis("bottom")._tickLevels[0]]
    assert 5 <= len(labels) <= 7, "every second week is named"
    assert all(len(text.split()) == 2 and text.split()[0].isdigit() for text in labels), labels

    chart.range_group.button(52).click()
    low, high = chart.visible_x_range()
    assert 52 <= (high - low) / (7 * DAY) <= 52.5
    chart.range_group.button(0).click()
    low, _high = chart.visible_x_range()
    assert _day_of(low) <= dt.date(2017, 3, 4) <= _day_of(low) + dt.timedelta(days=8)
    years = [text for _x, text in chart.climb_plot.getAxis("bottom")._tickLevels[0]]
    assert years[0] in ("2017", "2018") and all(text.isdigit() for text in years), "years over a long history"
    chart.range_group.button(12).click()
    with qtbot.waitSignal(page.loaded, timeout=5000) if hasattr(page, "loaded") else contextlib.nullcontext():
        window.refresh()
    qtbot.waitUntil(lambda: not page._loading, timeout=5000)
    low, high = chart.visible_x_range()
    assert chart.range_group.checkedId() == 12 and 12 <= (high - low) / (7 * DAY) <= 12.5


def test_load_chart_ends_with_this_week_when_a_run_is_recent(make_window, qtbot) -> None:
    window = make_window()
    today = dt.date.today()
    recent = dt.datetime.combine(today - dt.timedelta(days=20), dt.time(8), dt.UTC)
    training.import_runs(window.context.db, [make_run(start=recent, duration_s=1800, distance_km=5)])
    page = window.navigate("training")
    chart = page.chart
    qtbot.waitUntil(lambda: bool(chart._weeks), timeout=10_000)
    low, high = chart.visible_x_range()
    assert _day_of(high) >= today and low < recent.timestamp()


def test_years_of_weeks_are_merged_to_what_the_pixels_can_show(make_window, qtbot) -> None:
    window = make_window()
    today = dt.date.today()
    diary_store.add_entries_bulk(
        window.context.db,
        [
            make_entry(local_date=today - dt.timedelta(days=d), local_time=dt.time(7), soreness=(d * 7) % 11)
            for d in range(0, 12 * 365, 2)
        ],
    )
    page = window.navigate("diary")
    qtbot.waitUntil(lambda: page.model.rowCount() == 6 * 365, timeout=10_000)
    chart = page.chart
    chart.resize(700, 400)
    chart.range_group.button(0).click()
    assert chart.summarised
    weeks = chart._series.week_x.size
    steps = chart.week_worst_curve.path().elementCount() // 2
    width = chart.plot.getViewBox().width()
    assert steps < weeks and steps <= width / 2 + 2, (steps, weeks, width)
    assert chart.week_worst_curve.path().boundingRect().bottom() == 10.0, "the worst of merged weeks is kept"
    chart.range_group.button(365).click()
    assert chart.week_worst_curve.path().elementCount() // 2 >= 52, "a year shows every week"
