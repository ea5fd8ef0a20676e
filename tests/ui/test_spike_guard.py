"""The spike guard on the Training page: a run more than about 10% longer than the longest run of the 30 days
before it is marked in the runs table and on the load chart, and explained once in plain words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from calfdesk.domain.runs import make_run
from calfdesk.services import training
from calfdesk.ui.context import Changes
from calfdesk.ui.training.load_chart import WEEK, week_seconds
from calfdesk.ui.training.table import SPIKE_COLUMN

FIRST = dt.date(2026, 2, 2)  # a Monday


def add_run(db, day: dt.date, km: float) -> None:
    training.add_run(
        db, make_run(start=dt.datetime.combine(day, dt.time(7)).astimezone(), duration_s=km * 330, distance_km=km)
    )


def test_runs_much_longer_than_before_are_marked_in_the_table_and_the_chart(window, qtbot) -> None:
    db = window.context.db
    add_run(db, FIRST, 10.0)
    add_run(db, FIRST + dt.timedelta(days=10), 12.0)  # 20% over the 10 km
    add_run(db, FIRST + dt.timedelta(days=15), 12.5)  # 4% over the 12 km: not marked
    add_run(db, FIRST + dt.timedelta(days=17), 6.0)
    page = window.navigate("training")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.events.changed.emit(Changes.TRAINING)
    assert page.model.headerData(SPIKE_COLUMN, Qt.Orientation.Horizontal) == "Longer"
    shown = {page.proxy.index(row, 1).data(): page.proxy.index(row, SPIKE_COLUMN) for row in range(4)}
    assert shown["12.00 km"].data() == "+20%"
    assert shown["12.00 km"].data(Qt.ItemDataRole.ToolTipRole) == (
        "20% longer than your longest run of the 30 days before it"
    )
    assert [shown[km].data() for km in ("10.00 km", "12.50 km", "6.00 km")] == ["", "", ""]

    header = page.table.horizontalHeader()
    position = QPoint(header.sectionViewportPosition(SPIKE_COLUMN) + 5, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=position)
    ordered = [page.proxy.index(row, SPIKE_COLUMN).data() for row in range(4)]
    assert "+20%" in (ordered[0], ordered[-1]) and ordered.count("+20%") == 1

    spike_week = week_seconds(FIRST + dt.timedelta(days=7))
    positions = page.chart.spike_positions()
    assert len(positions) == 1 and spike_week < positions[0][0] < spike_week + WEEK
    assert positions[0][1] > 12.0, "the marker sits over the week's bar"
    assert "A&nbsp;run&nbsp;over&nbsp;10%&nbsp;longer" in page.chart.legend.text()

    note = page.runs_card.spike_note
    assert note.isVisible() and "Frandsen 2025" in note.text() and "64% higher injury rate" in note.text()


def test_without_a_spike_the_chart_has_no_marker_or_legend_for_it(window, qtbot) -> None:
    db = window.context.db
    add_run(db, FIRST, 10.0)
    add_run(db, FIRST + dt.timedelta(days=3), 10.5)
    page = window.navigate("training")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.events.changed.emit(Changes.TRAINING)
    assert page.chart.spike_positions() == []
    assert "longer" not in page.chart.legend.text()


def test_the_pdf_report_counts_the_periods_spikes(window) -> None:
    from calfdesk.services.report import gather_report
    from calfdesk.ui.report.report_html import report_html

    db = window.context.db
    add_run(db, FIRST - dt.timedelta(days=20), 10.0)
    add_run(db, FIRST + dt.timedelta(days=3), 12.0)  # 20% over the run before the period
    add_run(db, FIRST + dt.timedelta(days=12), 15.0)  # 25% over the 12 km
    add_run(db, FIRST + dt.timedelta(days=40), 20.0)  # after the period
    html = report_html(gather_report(db, FIRST, FIRST + dt.timedelta(days=27)))
    assert "Runs more than 10% longer than the longest run of the 30 days before them: 2." in html
    assert "5 Feb (12.0 km, +20%), 14 Feb (15.0 km, +25%)" in html
    assert "Frandsen 2025" in html

    quiet = report_html(gather_report(db, FIRST + dt.timedelta(days=13), FIRST + dt.timedelta(days=30)))
    assert "the 30 days before them: 0." in quiet and "Frandsen 2025" not in quiet
