"""Importing whole histories in the window: archives and folders (button and drag and drop), progress naming
the member read, the report table that can be copied, including what did not look like a run, and the offer
to import a plugged-in watch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from calfdesk.services import training
from calfdesk.storage import training_store
from tests.export_archives import StravaActivity, strava_export, zip_bytes
from tests.training_files import START, fit_bytes, gpx_text
from tests.ui.test_training_page import open_training


def table_rows(page) -> list[tuple[str, ...]]:
    table = page.import_panel.report_view.table
    return [
        tuple(table.item(row, column).text() for column in range(table.columnCount()))
        for row in range(table.rowCount())
    ]


def strava_zip(folder: Path) -> Path:
    activities = [
        StravaActivity(index, f"Mar {2 + index}, 2026, 7:00:00 AM", "Run", 5.0 + index, file_name=f"{index}.fit",
                       file_data=fit_bytes(start=START + dt.timedelta(days=index), distance_m=(5 + index) * 1000))
        for index in range(3)
    ] + [StravaActivity(9, "Mar 9, 2026, 7:00:00 AM", "Ride", 30.0)]  # fmt: skip
    path = folder / "export_12345.zip"
    path.write_bytes(strava_export(activities))
    return path


def test_an_archive_is_imported_with_a_report_table_that_can_be_copied(
    window, qtbot, tmp_path: Path, monkeypatch
) -> None:
    page = open_training(window, qtbot)
    archive = strava_zip(tmp_path)
    broken = tmp_path / "old.zip"
    broken.write_bytes(zip_bytes({"a.gpx": gpx_text().encode()})[:-40])
    steps: list[str] = []
    shown = page.import_panel._progress

    def progress(done: int, total: int, name: str) -> None:
        steps.append(name)
        shown(done, total, name)

    monkeypatch.setattr(page.import_panel, "_progress", progress)
    with qtbot.waitSignal(page.import_finished, timeout=15_000) as finished:
        page.start_import([archive, broken])
    report = finished.args[0]
    assert report.added == 3
    assert "export_12345.zip › activities.csv" in steps
    rows = table_rows(page)
    assert ("export_12345.zip › activities.csv", "Added", "3", "") in rows
    assert ("export_12345.zip › activities.csv", "Left out", "1", "not running: 1 Ride") in rows
    failed = [row for row in rows if row[1] == "Failed"]
    assert failed and failed[0][0] == "old.zip" and "damaged or incomplete" in failed[0][3]
    assert page.import_panel.report_view.totals.text().startswith(
        "3 runs added · 1 other activity left out · 1 file failed."
    ), "the totals list what the table shows, and no zeros"
    assert page.import_panel.report_view.include_button.isHidden()
    qtbot.mouseClick(page.import_panel.report_view.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "File\tOutcome\tRuns\tReason"
    assert "export_12345.zip › activities.csv\tAdded\t3\t" in copied
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5000)


def test_the_folder_button_imports_a_folder(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    page = open_training(window, qtbot)
    folder = tmp_path / "runs"
    (folder / "2026").mkdir(parents=True)
    (folder / "2026" / "a.fit").write_bytes(fit_bytes())
    (folder / "2026" / "b.gpx").write_text(gpx_text(start=START + dt.timedelta(days=1)))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(folder))
    assert page.import_folder_button.isVisible() and page.import_folder_button.isEnabled()
    with qtbot.waitSignal(page.import_finished, timeout=15_000) as finished:
        qtbot.mouseClick(page.import_folder_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].added == 2 and finished.args[0].ignored == 1
    assert "1 other file was not an activity file." in page.import_panel.report_view.totals.text()


def test_dropping_files_and_folders_onto_the_page_imports_them(window, qtbot, tmp_path: Path) -> None:
    page = open_training(window, qtbot)
    folder = tmp_path / "watch export"
    folder.mkdir()
    (folder / "a.fit").write_bytes(fit_bytes())
    single = tmp_path / "b.gpx"
    single.write_text(gpx_text(start=START + dt.timedelta(days=3)))
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(folder)), QUrl.fromLocalFile(str(single))])
    enter = QDragEnterEvent(
        QPoint(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(page, enter)
    assert enter.isAccepted(), "the page takes files and folders"
    event = QDropEvent(
        QPointF(20, 20), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    with qtbot.waitSignal(page.import_finished, timeout=15_000) as finished:
        QApplication.sendEvent(page, event)
    assert event.isAccepted() and finished.args[0].added == 2


def test_what_does_not_look_like_a_run_can_be_included_anyway(window, qtbot, tmp_path: Path) -> None:
    page = open_training(window, qtbot)
    drive = tmp_path / "drive.gpx"
    drive.write_text(gpx_text(points=20, step_s=37, activity_type=None))  # 97 km/h
    with qtbot.waitSignal(page.import_finished, timeout=15_000):
        page.start_import([drive])
    rows = table_rows(page)
    assert [row[1] for row in rows] == ["Not taken"]
    assert rows[0][3].endswith("not a run: average 97 km/h")
    assert page.import_panel.report_view.include_button.isVisible()
    assert page.import_panel.report_view.include_button.text() == "Include 1 activity anyway"
    qtbot.mouseClick(page.import_panel.report_view.include_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: training_store.count_runs(window.context.db) == 1, timeout=5000)
    qtbot.waitUntil(lambda: "1 run included anyway." in page.import_panel.report_view.totals.text(), timeout=5000)
    assert [row[1] for row in table_rows(page)] == ["Included anyway"]
    assert page.import_panel.report_view.include_button.isHidden()


def test_progress_names_the_member_and_cancel_keeps_what_was_read(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    page = open_training(window, qtbot)
    members = {f"runs/day{day}.fit": fit_bytes(start=START + dt.timedelta(days=day)) for day in range(6)}
    archive = tmp_path / "backup.zip"
    archive.write_bytes(zip_bytes(members))
    original = training.store_parsed
    stored: list[str] = []

    def slow_store(db, parsed, name, **kwargs):
        stored.append(name)
        if len(stored) == 2:
            page.import_panel.task.cancel()  # as if Cancel were pressed while the second file is stored
        return original(db, parsed, name, **kwargs)

    monkeypatch.setattr(training, "store_parsed", slow_store)
    shown: list[str] = []
    show = page.import_panel._progress

    busy: list[bool] = []
    titles: list[str] = []

    def progress(done: int, total: int, name: str) -> None:
        show(done, total, name)
        shown.append(page.import_panel.progress_label.text())
        busy.append(page.import_panel.progress.maximum() == 0)
        titles.append(page.import_panel.import_title.text())

    monkeypatch.setattr(page.import_panel, "_progress", progress)
    with qtbot.waitSignal(page.import_finished, timeout=15_000) as finished:
        page.start_import([archive])
    report = finished.args[0]
    assert report.cancelled and report.added == 2
    assert "Reading backup.zip › runs/day0.fit (file 2)" in shown  # the archive itself was file 1
    member = shown.index("Reading backup.zip › runs/day0.fit (file 2)")
    assert busy[member], "while members are read the bar moves instead of standing at the archive's 0%"
    assert titles[0] == "Importing backup.zip", "one archive is named, not counted as '1 file'"
    assert page.import_panel.import_title.text() == "Import cancelled"
    assert page.import_panel.report_view.totals.text().endswith(
        "Cancelled: the runs of the files read before stopping are kept."
    )
    assert training_store.count_runs(window.context.db) == 2


def test_a_plugged_in_watch_is_offered_and_imported(window, qtbot, tmp_path: Path) -> None:
    page = open_training(window, qtbot)
    mount = tmp_path / "media" / "FR255"
    (mount / "GARMIN" / "Activity").mkdir(parents=True)
    (mount / "GARMIN" / "Monitor").mkdir(parents=True)
    for day in range(2):
        (mount / "GARMIN" / "Activity" / f"day{day}.fit").write_bytes(fit_bytes(start=START + dt.timedelta(days=day)))
    (mount / "GARMIN" / "Monitor" / "m.fit").write_bytes(b"monitoring")
    volumes: list[Path] = [tmp_path / "media" / "USBSTICK"]
    page.watch_monitor._roots = lambda: list(volumes)
    page.watch_monitor.check()
    qtbot.wait(200)
    assert page.watch_offer.isHidden(), "a volume without GARMIN/Activity is not a watch"
    volumes.append(mount)  # the watch is plugged in
    page.watch_monitor.check()
    qtbot.waitUntil(page.watch_offer.isVisible, timeout=5000)
    assert page.watch_offer.text.text().startswith("A Garmin watch is connected (FR255): 2 activity files.")
    with qtbot.waitSignal(page.import_finished, timeout=15_000) as finished:
        qtbot.mouseClick(page.watch_offer.import_button, Qt.MouseButton.LeftButton)
    assert finished.args[0].added == 2 and page.watch_offer.isHidden()
    page.watch_monitor.check()
    qtbot.wait(200)
    assert page.watch_offer.isHidden(), "the same watch is offered once while it stays plugged in"


def test_the_totals_count_in_english(qapp) -> None:
    from calfdesk.services.training import FileReport, ImportReport
    from calfdesk.ui.training.import_report import totals_text
    from calfdesk.ui.widgets.texts import install_translations

    assert install_translations(qapp)
    one = ImportReport([FileReport("a.fit", added=1, duplicates=1, merged=1), FileReport("b", error="x")], ignored=1)
    one.cancelled, one.not_started = True, ["c.zip"]
    assert totals_text(one) == (
        "1 run added · 1 run already there · 1 run merged with another source · "
        "1 file failed. 1 other file was not an activity file. "
        "Cancelled: the runs of the files read before stopping are kept; 1 file was not read."
    )
    two = ImportReport([FileReport("a.fit", added=2, duplicates=2)], ignored=2)
    assert totals_text(two).startswith("2 runs added · 2 runs already there.")
    assert totals_text(ImportReport([FileReport("a.fit")])) == "0 runs added."
    assert "2 other files were not activity files." in totals_text(two)
