"""The log form from the keyboard: Ctrl+Enter anywhere saves, Enter in a one-line field saves, Enter in the
notes starts a new line, Ctrl+N puts the focus on soreness, Escape cancels the dialog; shortcuts are listed
in tooltips and in Help > Keyboard shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from calfdesk.storage import diary_store


def open_diary(window, qtbot):
    page = window.navigate("diary")
    qtbot.waitUntil(lambda: not page._loading, timeout=5000)
    return page


def _saved(window) -> list:
    return diary_store.list_entries(window.context.db)


@pytest.mark.parametrize("field", ["soreness", "notes", "date", "stiffness"])
def test_ctrl_enter_anywhere_in_the_form_saves(window, qtbot, field) -> None:
    page = open_diary(window, qtbot)
    page.form.soreness.setValue(4)
    page.form.notes.setPlainText("easy run")
    widget = {
        "soreness": page.form.soreness,
        "notes": page.form.notes,
        "date": page.form.date_edit,
        "stiffness": page.form.stiffness,
    }[field]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.form.notes.toPlainText() == "" and page.model.rowCount() == 1, timeout=5000)
    entries = _saved(window)
    assert [(e.soreness, e.notes) for e in entries] == [(4, "easy run")]
    assert page.form.notes.toPlainText() == "", "the form is ready for the next entry"


@pytest.mark.parametrize("field", ["date", "time", "context", "soreness", "location", "side", "stiffness"])
def test_enter_in_a_one_line_field_saves(window, qtbot, field) -> None:
    page = open_diary(window, qtbot)
    page.form.soreness.setValue(3)
    widget = {
        "date": page.form.date_edit,
        "time": page.form.time_edit,
        "context": page.form.context_combo,
        "soreness": page.form.soreness,
        "location": page.form.location_combo,
        "side": page.form.side_combo,
        "stiffness": page.form.stiffness,
    }[field]
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert [e.soreness for e in _saved(window)] == [3]


def test_enter_in_the_notes_starts_a_new_line(window, qtbot) -> None:
    page = open_diary(window, qtbot)
    page.form.notes.setFocus()
    qtbot.keyClicks(page.form.notes, "first")
    qtbot.keyClick(page.form.notes, Qt.Key.Key_Return)
    qtbot.keyClicks(page.form.notes, "second")
    assert page.form.notes.toPlainText() == "first\nsecond"
    assert _saved(window) == []


def test_ctrl_n_focuses_soreness_on_the_diary_and_opens_the_dialog_elsewhere(window, qtbot) -> None:
    page = open_diary(window, qtbot)
    window.activateWindow()
    page.form.notes.setFocus()
    window.log_action.trigger()
    assert page.form.soreness.hasFocus()

    from calfdesk.ui.diary.entry_dialog import EntryDialog

    window.navigate("today")
    window.log_action.trigger()
    dialog = window._log_dialog
    assert isinstance(dialog, EntryDialog) and dialog.isVisible()
    assert dialog.focusWidget() is dialog.form.soreness
    qtbot.keyClick(dialog.form.soreness, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == 0, "Escape cancels"
    assert _saved(window) == []


def test_log_dialog_saves_with_ctrl_enter_and_escape_cancels(window, qtbot) -> None:
    from calfdesk.ui.diary.entry_dialog import EntryDialog

    dialog = EntryDialog(window.context, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.form.soreness.setValue(5)
    dialog.form.notes.setFocus()
    qtbot.keyClick(dialog.form.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.result() == 1 and not dialog.isVisible(), timeout=5000)
    assert [e.soreness for e in _saved(window)] == [5]

    other = EntryDialog(window.context, parent=window)
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other.form.soreness.setValue(9)
    qtbot.keyClick(other.form.soreness, Qt.Key.Key_Escape)
    assert not other.isVisible() and other.result() == 0
    assert [e.soreness for e in _saved(window)] == [5], "nothing saved on Escape"
    assert "Ctrl+Return" in other.save_button.toolTip()


def test_shortcuts_are_listed_in_tooltips_and_in_help(window, qtbot) -> None:
    page = open_diary(window, qtbot)
    assert "Ctrl+Return" in page.save_button.toolTip()
    assert "Ctrl+E" in page.export_button.toolTip()
    assert "Ctrl+N" in window.page("today").log_button.toolTip()
    from calfdesk.ui.shell.shortcuts_dialog import ShortcutsDialog

    assert window.shortcuts_action.text() == "&Keyboard shortcuts"
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    rows = dict(dialog.rows())
    assert rows["Log soreness…"] == "Ctrl+N"
    assert rows["Export CSV…"] == "Ctrl+E"
    assert rows["Preferences…"] == "Ctrl+,"
    assert rows["Save the soreness form"] == "Ctrl+Return"
    assert rows["Close a dialog without saving"] == "Esc"
    assert rows["Keyboard shortcuts"] == "Ctrl+/"
