"""The Training page: background multi-file import with progress and cancel, shoe alerts, units, manual runs,
the Today warning and the diary's weekly-distance bars."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from calfdesk.domain.runs import make_run
from calfdesk.domain.shoes import make_shoe
from calfdesk.services import training
from calfdesk.ui.context import Changes
from calfdesk.ui.today.training_notices import TrainingNotices
from tests.training_files import START, fit_bytes, gpx_text, tcx_text


def open_training(window, qtbot):
    page = window.page("training")
    qtbot.waitUntil(lambda: not page._loading, timeout=5000)
    window.navigate("training")
    return page


def write_fit_files(folder: Path, count: int) -> list[Path]:
    files = []
    for day in range(count):
        path = folder / f"day{day}.fit"
        path.write_bytes(fit_bytes(start=START + dt.timedelta(days=day), distance_m=5000 + 100 * day))
        files.append(path)
    return files


def test_import_of_several_files_reports_each_file_and_refreshes(window, qtbot, tmp_path: Path) -> None:
    page = open_training(window, qtbot)
    (tmp_path / "a.gpx").write_text(gpx_text())
    (tmp_path / "broken.tcx").write_text(tcx_text()[:300])
    (tmp_path / "c.tcx").write_text(tcx_text(start=START + dt.timedelta(days=1)))
    files = [tmp_path / "a.gpx", tmp_path / "broken.tcx", tmp_path / "c.tcx"]
    steps: list[tuple[int, int, str]] = []
    with qtbot.waitSignal(page.import_finished, timeout=10_000) as finished:
        handle = page.start_import(files)
        handle.relay.progressed.connect(lambda *step: steps.append(step))
        assert not page.import_button.isEnabled(), "one import at a time"
    report = finished.args[0]
    panel = page.import_panel
    assert [item.name for item in report.failed] == ["broken.tcx"]
    assert page.import_panel.progress.maximum() == 3 and page.import_panel.progress.value() == 3
    text = page.import_panel.report_label.text()
    assert "a.gpx</b>: added 1 run" in text and "c.tcx</b>: added 1 run" in text
    assert "broken.tcx</b>: not imported" in text and "truncated" in text
    assert "2 runs added" in panel.progress_label.text() and "1 file not imported" in panel.progress_label.text()
    assert steps[-1] == (3, 3, "")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    assert page.import_button.isEnabled() and page.import_panel.cancel_button.isHidden()


def test_cancel_stops_after_the_current_file(window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_training(window, qtbot)
    gate = threading.Event()
    original = training.store_parsed

    def held_import(*args, **kwargs):
        gate.wait(10)  # the first file waits until the test has pressed Cancel
        return original(*args, **kwargs)

    monkeypatch.setattr(training, "store_parsed", held_import)
    files = write_fit_files(tmp_path, 4)
    with qtbot.waitSignal(page.import_finished, timeout=15_000) as finished:
        page.start_import(files)
        panel = page.import_panel
        qtbot.waitUntil(lambda: "Reading file 1 of 4: day0.fit" in panel.progress_label.text(), timeout=5000)
        assert page.import_panel.progress.maximum() == 4 and page.import_panel.progress.value() == 0
        assert page.import_panel.cancel_button.isVisible()
        qtbot.mouseClick(page.import_panel.cancel_button, Qt.MouseButton.LeftButton)
        assert "Cancelling" in panel.progress_label.text() and not panel.cancel_button.isEnabled()
        gate.set()
    report = finished.args[0]
    assert report.cancelled and [item.name for item in report.files] == ["day0.fit"]
    assert report.not_started == ["day1.fit", "day2.fit", "day3.fit"]
    assert page.import_panel.import_title.text() == "Import cancelled"
    assert "Cancelled: 3 files not read (day1.fit, day2.fit, day3.fit)" in page.import_panel.report_label.text()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert len(training.list_runs(window.context.db)) == 1, "the file read before Cancel stays imported"


def test_shoe_past_its_alert_distance_is_flagged_on_training_and_today(window, qtbot) -> None:
    db = window.context.db
    worn = training.add_shoe(db, make_shoe(name="Old Pegasus", start_km=790, is_default=True))
    fresh = training.add_shoe(db, make_shoe(name="New Trail", start_km=100))
    training.add_run(db, make_run(start=START, duration_s=4500, distance_km=15.0))
    today = window.page("today")
    notices = today.findChild(TrainingNotices)
    with qtbot.waitSignal(notices.loaded, timeout=5000):
        window.refresh()
    assert [warning.id for warning in notices.warnings] == ["shoe"]
    assert "Old Pegasus has covered 805 km, past its alert at 800 km" in notices.warnings[0].reason
    assert not notices.isHidden()

    page = open_training(window, qtbot)
    qtbot.waitUntil(lambda: worn.id in page.shoe_list.rows, timeout=5000)
    worn_row = page.shoe_list.rows[worn.id]
    fresh_row = page.shoe_list.rows[fresh.id]
    assert not worn_row.alert_label.isHidden() and "Past its alert distance of 800 km" in worn_row.alert_label.text()
    assert worn_row.meter.property("role") == "worn" and worn_row.meter.format() == "805 km of 800 km"
    assert fresh_row.alert_label.isHidden() and fresh_row.meter.format() == "100 km of 800 km"

    qtbot.waitUntil(lambda: worn_row.retire_button.height() > 0, timeout=5000)  # laid out, as the runner sees it
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(worn_row.retire_button, Qt.MouseButton.LeftButton)
    assert worn.id not in page.shoe_list.rows, "a retired shoe leaves the active list"
    assert "Old Pegasus (805 km)" in page.shoe_list.retired_label.text()
    qtbot.waitUntil(lambda: notices.warnings == [], timeout=5000)
    assert notices.isHidden()


def test_miles_apply_to_table_chart_shoes_and_dialogs(window, qtbot) -> None:
    db = window.context.db
    shoe = training.add_shoe(db, make_shoe(name="Daily", is_default=True))
    training.add_run(db, make_run(start=START, duration_s=1930, distance_km=10.0, elevation_gain_m=100))
    page = open_training(window, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.proxy.index(0, 1).data() == "10.00 km"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.unit_combo.setCurrentIndex(page.unit_combo.findData("mi"))
    assert window.context.settings.get("units") == "mi"
    assert [page.proxy.index(0, column).data() for column in (1, 3, 4)] == [
        "6.21 mi",
        "5:11 /mi",
        "328 ft",
    ]  # 1930 s / 6.214 mi = 5:11
    assert page.chart.distance_plot.getAxis("left").labelText == "Distance (mi)"
    assert page.chart.bar_heights()[0][0] == pytest.approx(6.2137, rel=1e-3)
    assert page.shoe_list.rows[shoe.id].meter.format() == "6 mi of 500 mi", (
        "the 800 km limit as a runner says it in miles"
    )
    from calfdesk.ui.training.dialogs import ShoeDialog

    dialog = ShoeDialog(window.context, parent=window)
    assert dialog.alert_box.value() == 500 and dialog.alert_box.suffix() == " mi"


def test_add_and_edit_a_run_by_hand(window, qtbot) -> None:
    from PySide6.QtCore import QDateTime

    from calfdesk.ui.training.dialogs import RunDialog

    db = window.context.db
    training.add_shoe(db, make_shoe(name="Daily", is_default=True))
    page = open_training(window, qtbot)
    dialog = RunDialog(window.context, parent=window)
    assert dialog.shoe_combo.currentText() == "Daily", "the default shoe is preselected"
    dialog.start_edit.setDateTime(QDateTime(2026, 3, 3, 18, 30, 0))
    dialog.distance.setValue(8.5)
    dialog.duration.setText("0:45:20")
    dialog.climb.setValue(120)
    dialog.hill_check.setChecked(True)
    dialog.notes.setPlainText("hill repeats")
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=5000)
    row = [page.proxy.index(0, column).data() for column in range(10)]
    assert row == [
        "2026-03-03 18:30",
        "8.50 km",
        "45:20",
        "5:20 /km",
        "120 m",
        "Daily",
        "hills",
        "",
        "",
        "hill repeats",
    ]

    page.select_run(page.model.run_at(0).id)
    edit = RunDialog(window.context, page.model.run_at(0), parent=window)
    assert edit.duration.text() == "45:20" and edit.hill_check.isChecked()
    edit.duration.setText("three quarters of an hour")
    edit.save()
    assert not edit.problem.isHidden() and "Duration" in edit.problem.text()
    edit.duration.setText("0:44:00")
    edit.speed_check.setChecked(True)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        edit.save()
    assert page.proxy.index(0, 2).data() == "44:00" and page.proxy.index(0, 6).data() == "hills, speed"
    assert len(training.list_runs(db)) == 1


def test_ramp_warning_on_training_and_today_with_reason_and_advice(window, qtbot) -> None:
    db = window.context.db
    monday = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
    for weeks_ago, km in ((4, 10), (3, 10), (2, 10), (1, 20)):
        day = monday - dt.timedelta(weeks=weeks_ago)
        start = dt.datetime.combine(day, dt.time(8), dt.UTC)
        training.add_run(db, make_run(start=start, duration_s=km * 330, distance_km=km))
    window.context.events.changed.emit(Changes.TRAINING)
    page = open_training(window, qtbot)
    qtbot.waitUntil(lambda: page.warnings_box.count() == 1, timeout=5000)
    banner = page.warnings_box.itemAt(0).widget()
    assert "The last two weeks add up to 30.0 km, 50% more than the 20.0 km" in banner.text()
    assert "Hold your weekly distance" in banner.text()
    assert "over 30%" in page.week_card.change_label.text()
    today = window.page("today")
    notices = today.findChild(TrainingNotices)
    qtbot.waitUntil(lambda: [w.id for w in notices.warnings] == ["ramp"], timeout=5000)
    button = notices.findChildren(type(page.import_button))[0]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "training"


def test_diary_chart_shows_weekly_distance_on_a_second_axis(window, qtbot) -> None:
    db = window.context.db
    diary_page = window.navigate("diary")
    chart = diary_page.chart
    qtbot.waitUntil(lambda: chart.weekly_bars.view is not None, timeout=5000)
    assert chart.weekly_check.isHidden(), "no runs: no option"
    training.add_run(db, make_run(start=START, duration_s=1800, distance_km=6.0))
    training.add_run(db, make_run(start=START + dt.timedelta(days=8), duration_s=3000, distance_km=10.0))
    window.context.events.changed.emit(Changes.TRAINING)
    qtbot.waitUntil(lambda: not chart.weekly_check.isHidden(), timeout=5000)
    heights = list(chart.weekly_bars.bars.opts["height"])
    assert heights[:2] == [6.0, 10.0]
    assert not chart.weekly_bars.view.isVisible()
    chart.weekly_check.setChecked(True)
    assert chart.weekly_bars.view.isVisible()
    assert chart.plot.getAxis("right").isVisible()
    assert chart.plot.getAxis("right").labelText == "Distance per week (km)"
