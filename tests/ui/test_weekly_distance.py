"""The diary chart's weekly distance: an axis that fits the weeks on screen, bars of their own colour named in
the legend, and the toggle and range as the runner left them after a restart."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from calfdesk.domain.diary import make_entry
from calfdesk.domain.runs import make_run
from calfdesk.services import training
from calfdesk.storage import diary_store
from calfdesk.ui.context import Changes
from calfdesk.ui.widgets import theme


def seed(db) -> None:
    """Soreness every day of the last 60 days; runs of up to 48 km a week lately, one 150 km week long ago."""
    today = dt.date.today()
    diary_store.add_entries_bulk(
        db,
        [make_entry(local_date=today - dt.timedelta(days=d), local_time=dt.time(7), soreness=d % 6) for d in range(60)],
    )
    runs = [
        make_run(
            start=dt.datetime.combine(today - dt.timedelta(days=400), dt.time(8), dt.UTC),
            duration_s=50_000,
            distance_km=150.0,
        )
    ]
    for week in range(6):
        km = 48.0 if week == 2 else 30.0
        start = dt.datetime.combine(today - dt.timedelta(weeks=week), dt.time(8), dt.UTC)
        runs.append(make_run(start=start, duration_s=km * 330, distance_km=km))
    training.import_runs(db, runs)


def open_chart(window, qtbot):
    window.context.events.changed.emit(Changes.DIARY | Changes.TRAINING)
    page = window.navigate("diary")
    chart = page.chart
    qtbot.waitUntil(lambda: chart._series.count == 60 and chart.weekly_check.isVisible(), timeout=10_000)
    return chart


def test_weekly_distance_fits_its_axis_has_a_legend_and_is_remembered(make_window, qtbot) -> None:
    window = make_window()
    seed(window.context.db)
    chart = open_chart(window, qtbot)
    assert not chart.weekly_check.isChecked()
    assert "Distance&nbsp;per" not in chart.legend.text(), "no bars shown, none in the legend"

    qtbot.mouseClick(chart.weekly_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(chart.range_group.button(30), Qt.MouseButton.LeftButton)

    low, high = chart.plot.getAxis("right").range
    assert low == 0 and 48 <= high <= 60, f"the axis fits the 48 km week in view, not the old 150 km one: {high}"
    colors = theme.current()
    legend = chart.legend.text().replace("&nbsp;", " ")
    assert "Distance per week" in legend and colors.colors["distance_bar"].lstrip("#") in legend
    assert colors.colors["distance_bar"] != colors.colors["other_point"], "not the grey of 'During run or other'"
    assert chart.weekly_bars.bars.opts["brush"].color().rgb() == colors.color("distance_bar").rgb()

    window.close()
    again = make_window()
    chart = open_chart(again, qtbot)
    assert chart.weekly_check.isChecked() and chart.weekly_bars.visible
    assert chart.range_group.checkedId() == 30
    assert 29 <= (chart.visible_x_range()[1] - chart.visible_x_range()[0]) / 86_400 <= 32
