import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from calfdesk.domain.diary import make_entry
from calfdesk.errors import StorageError, StorageProblem
from calfdesk.storage import diary_store


def open_diary(window, qtbot):
    page = window.navigate("diary")
    qtbot.waitUntil(lambda: page.model.rowCount() == len(diary_store.list_entries(window.context.db)), timeout=5000)
    qtbot.waitUntil(lambda: not page._loading, timeout=5000)
    return page


def cells(page, qtbot, column: int, rows: int = 1) -> list[str]:
    """The table's texts in `column` of its first `rows` rows, once their block was read in the background."""
    qtbot.waitUntil(lambda: all(page.model.index(r, column).data() is not None for r in range(rows)), timeout=5000)
    return [page.model.index(r, column).data() for r in range(rows)]


def reload_and_wait(page, qtbot, action) -> None:
    with qtbot.waitSignal(page.loaded, timeout=5000):
        action()


def fill_form(form, *, day=dt.date(2026, 3, 14), time=dt.time(7, 30), soreness=6, notes="hill repeats") -> None:
    form.date_edit.setDate(QDate(day.year, day.month, day.day))
    form.time_edit.setTime(QTime(time.hour, time.minute))
    form.context_combo.setCurrentIndex(form.context_combo.findData("after_run"))
    form.soreness.setValue(soreness)
    form.location_combo.setCurrentIndex(form.location_combo.findData("achilles"))
    form.side_combo.setCurrentIndex(form.side_combo.findData("left"))
    form.stiffness.setValue(15)
    form.notes.setPlainText(notes)


def test_logged_entry_appears_in_table_and_chart(window, qtbot) -> None:
    page = open_diary(window, qtbot)
    fill_form(page.form)
    reload_and_wait(page, qtbot, lambda: qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton))
    assert page.model.rowCount() == 1
    assert [cells(page, qtbot, c)[0] for c in range(8)] == [
        "2026-03-14",
        "07:30",
        "After run",
        "6",
        "Achilles",
        "Left",
        "15 min",
        "hill repeats",
    ]
    _xs, ys = page.chart.point_items["after_run"].getData()
    assert list(ys) == [6.0]
    assert page.chart.max_curve.getData()[1].tolist() == [6.0]
    assert page.form.notes.toPlainText() == "", "the form is ready for the next entry"


def test_table_is_newest_first_and_sortable(window, qtbot) -> None:
    for day, soreness in ((1, 2), (3, 7), (2, 4)):
        diary_store.add_entry(
            window.context.db, make_entry(local_date=dt.date(2026, 3, day), local_time=dt.time(8), soreness=soreness)
        )
    page = open_diary(window, qtbot)
    assert cells(page, qtbot, 0, 3) == ["2026-03-03", "2026-03-02", "2026-03-01"]
    with qtbot.waitSignal(page.model.layoutChanged, timeout=5000):
        page.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    assert cells(page, qtbot, 3, 3) == ["2", "4", "7"]


def test_date_range_filters_the_table(window, qtbot) -> None:
    for day in (1, 10, 20):
        diary_store.add_entry(
            window.context.db, make_entry(local_date=dt.date(2026, 3, day), local_time=dt.time(8), soreness=3)
        )
    page = open_diary(window, qtbot)
    reload_and_wait(page, qtbot, lambda: page.set_date_range(dt.date(2026, 3, 5), dt.date(2026, 3, 25)))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert "2 of 3 entries" in page.range_summary.text()
    reload_and_wait(page, qtbot, page.show_all_dates)
    assert page.model.rowCount() == 3


def test_edit_then_undo(window, qtbot) -> None:
    saved = diary_store.add_entry(
        window.context.db, make_entry(local_date=dt.date(2026, 3, 1), local_time=dt.time(8), soreness=3, notes="before")
    )
    page = open_diary(window, qtbot)
    page.select_entry(saved.id)
    page.edit_selected()
    qtbot.waitUntil(lambda: page.form.notes.toPlainText() == "before", timeout=5000)
    page.form.soreness.setValue(8)
    reload_and_wait(page, qtbot, page.save)
    assert diary_store.get_entry(window.context.db, saved.id).soreness == 8
    assert cells(page, qtbot, 3) == ["8"]
    reload_and_wait(page, qtbot, lambda: qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier))
    assert diary_store.get_entry(window.context.db, saved.id).soreness == 3
    assert cells(page, qtbot, 3) == ["3"]


def test_delete_asks_first_and_undo_restores(window, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    saved = diary_store.add_entry(
        window.context.db, make_entry(local_date=dt.date(2026, 3, 1), local_time=dt.time(8), soreness=3)
    )
    page = open_diary(window, qtbot)
    page.select_entry(saved.id)
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", answer)
    page.delete_selected()
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert diary_store.get_entry(window.context.db, saved.id) is not None

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    reload_and_wait(page, qtbot, page.delete_selected)
    assert diary_store.get_entry(window.context.db, saved.id) is None
    assert page.model.rowCount() == 0
    reload_and_wait(page, qtbot, window.undo_action.trigger)
    assert diary_store.get_entry(window.context.db, saved.id) is not None
    assert page.model.rowCount() == 1


def test_failed_save_keeps_everything_typed(window, qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_diary(window, qtbot)
    fill_form(page.form, soreness=7, notes="do not lose me")

    def full_disk(db, entry):
        raise StorageError(StorageProblem.DISK_FULL, db.path, "The disk holding the diary is full.")

    monkeypatch.setattr(diary_store, "add_entry", full_disk)
    page.save()
    qtbot.waitUntil(page.form_problem.isVisible, timeout=5000)
    assert "disk" in page.form_problem.text() and "try again" in page.form_problem.text()
    assert page.form.notes.toPlainText() == "do not lose me"
    assert page.form.soreness.value() == 7


def test_chart_hover_and_range_buttons(window, qtbot) -> None:
    today = dt.date.today()
    diary_store.add_entries_bulk(
        window.context.db,
        [
            make_entry(
                local_date=today - dt.timedelta(days=d), local_time=dt.time(7), soreness=d % 11, context="morning"
            )
            for d in range(400)
        ],
    )
    page = open_diary(window, qtbot)
    chart = page.chart
    chart.resize(800, 400)
    chart.show_last(30)
    low, high = chart.visible_x_range()
    assert 29 <= (high - low) / 86400 <= 32
    chart.show_last(0)
    low, high = chart.visible_x_range()
    assert (high - low) / 86400 >= 399
    chart.show_last(30)
    from calfdesk.ui.diary.soreness_chart import wall_clock_seconds

    x = wall_clock_seconds((today - dt.timedelta(days=3)).isoformat(), "07:00")
    point = chart.hover_at(x, 3)
    assert point is not None and point.soreness == 3
    assert chart.hover_label.isVisible()
    assert (today - dt.timedelta(days=3)).isoformat() in chart.hover_label.textItem.toPlainText()


def test_export_and_import_through_the_dialogs(window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from calfdesk.ui.diary import transfer as diary_transfer

    diary_store.add_entry(
        window.context.db, make_entry(local_date=dt.date(2026, 3, 1), local_time=dt.time(8), soreness=3, notes="=cmd")
    )
    target = tmp_path / "out.csv"
    monkeypatch.setattr(diary_transfer.ExportRangeDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_action.trigger()
    qtbot.waitUntil(target.exists, timeout=5000)
    text = target.read_text(encoding="utf-8")
    assert "'=cmd" in text

    # Import the file into a fresh diary: the same entry comes back exactly.
    diary_store.delete_entry(window.context.db, diary_store.list_entries(window.context.db)[0].id)
    previews = []

    def accept_preview(self):
        previews.append(self.preview)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(diary_transfer.ImportPreviewDialog, "exec", accept_preview)
    page = open_diary(window, qtbot)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    [preview] = previews
    assert len(preview.to_add) == 1 and not preview.duplicates
    [entry] = diary_store.list_entries(window.context.db)
    assert entry.notes == "=cmd"


def test_import_preview_lists_problems_and_refuses(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from calfdesk.ui.diary import transfer as diary_transfer

    source = tmp_path / "bad.csv"
    source.write_text("date,soreness\n2026-03-01,3\n2026-03-02,15\n")
    shown = []

    def capture(self):
        shown.append(self)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(diary_transfer.ImportPreviewDialog, "exec", capture)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    dialog = shown[0]
    assert not dialog.import_button.isEnabled()
    assert "Nothing can be imported" in dialog.summary.text()
    assert dialog.tabs.tabText(0) == "Problems (1)"
    assert diary_store.list_entries(window.context.db) == []
