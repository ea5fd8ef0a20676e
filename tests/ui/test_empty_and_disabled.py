"""Actions that need a selection are disabled without one (and look it); empty cards say what fills them
and offer that one action, at their top."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QFileDialog

from calfdesk.domain.diary import make_entry
from calfdesk.domain.runs import make_run
from calfdesk.services import training
from calfdesk.storage import diary_store


def _top_of(card_layout, widget) -> bool:
    """`widget` comes right after the card's title."""
    return card_layout.indexOf(widget) <= 1


def test_diary_edit_and_delete_need_a_selection(window, qtbot) -> None:
    diary_store.add_entries_bulk(
        window.context.db, [make_entry(local_date=dt.date(2026, 3, 1), local_time=dt.time(8), soreness=2)]
    )
    page = window.navigate("diary")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.clearSelection()
    assert not page.records.edit_button.isEnabled() and not page.records.delete_button.isEnabled()
    page.table.selectRow(0)
    assert page.records.edit_button.isEnabled() and page.records.delete_button.isEnabled()
    page.table.selectionModel().clearSelection()
    assert not page.records.delete_button.isEnabled()
    style = QApplication.instance().styleSheet()
    assert 'QPushButton[role="danger"]:disabled' in style, "a disabled Delete… does not keep its red"


def test_runs_edit_and_delete_need_a_selection(window, qtbot) -> None:
    training.add_run(
        window.context.db, make_run(start=dt.datetime(2026, 3, 1, 8, tzinfo=dt.UTC), duration_s=1800, distance_km=5)
    )
    page = window.page("training")
    window.navigate("training")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    page.table.clearSelection()
    assert not page.records.edit_button.isEnabled() and not page.records.delete_button.isEnabled()
    page.table.selectionModel().select(
        page.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    assert page.records.edit_button.isEnabled() and page.records.delete_button.isEnabled()


def test_restore_needs_a_chosen_backup_and_says_when_there_is_none(window, qtbot) -> None:
    from calfdesk.storage import backup as backup_store
    from calfdesk.ui.shell.restore_dialog import RestoreDialog

    dialog = RestoreDialog(window, window.context.db.data_dir, backup_store.list_backups(window.context.db.data_dir))
    qtbot.addWidget(dialog)
    if dialog.list.count():
        dialog.list.setCurrentRow(-1)
        assert not dialog.restore_button.isEnabled()
        dialog.list.setCurrentRow(0)
        assert dialog.restore_button.isEnabled()
    else:
        assert not dialog.restore_button.isEnabled() and dialog.list.isHidden()
        assert dialog.other_button.isEnabled()


def test_empty_assessment_history_says_so_at_the_top_and_starts_one(window, qtbot) -> None:
    page = window.navigate("assessment")
    qtbot.waitUntil(lambda: page.history_list.isHidden(), timeout=5000)
    card_layout = page.history_card.layout()
    assert _top_of(card_layout, page.history_empty)
    assert page.history_list.isHidden() and page.open_button.isHidden()
    assert not page.open_button.isEnabled() and not page.repeat_button.isEnabled()
    home = page._home_layout
    assert home.stretch(home.indexOf(page.history_card)) == 0, "the empty card does not grow into a blank box"
    page.history_empty_button.click()
    assert page.wizard is not None and page.stack.currentWidget() is page.wizard_holder


def test_no_runs_says_so_and_offers_the_import(window, qtbot, monkeypatch) -> None:
    page = window.page("training")
    window.navigate("training")
    qtbot.waitUntil(lambda: not page._loading, timeout=5000)
    assert not page.runs_empty.isHidden() and page.table.isHidden()
    assert not page.chart.empty_label.isHidden()
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: (asked.append("runs"), ([], ""))[1])
    page.runs_empty_button.click()
    page.chart.empty_button.click()
    assert asked == ["runs", "runs"]
