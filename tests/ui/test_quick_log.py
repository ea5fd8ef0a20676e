"""Logging in ten seconds without saving the wrong thing: the score is one click or one key, nothing is saved
before it is chosen, where and which side start from the runner's known injury, and each field is one Tab
stop; the same in the Diary form, the Log soreness dialog and the dialog a reminder opens."""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from calfdesk.domain.diary import make_entry
from calfdesk.services import rehab
from calfdesk.storage import diary_store


def _saved(window) -> list:
    return diary_store.list_entries(window.context.db)


def open_diary(window, qtbot):
    page = window.navigate("diary")
    qtbot.waitUntil(lambda: not page._loading, timeout=5000)
    return page


def open_log_dialog(window, qtbot):
    window.navigate("today")
    window.log_action.trigger()
    dialog = window._log_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.form.soreness.hasFocus(), timeout=5000)
    return dialog


def closed(dialog) -> bool:
    """The dialog (deleted once closed) is gone from the screen."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def place(form) -> tuple[str, str]:
    return form.location_combo.currentText(), form.side_combo.currentText()


def test_enter_before_a_score_is_chosen_saves_nothing_and_says_what_is_missing(window, qtbot) -> None:
    page = open_diary(window, qtbot)
    form = page.form
    assert not any(button.isChecked() for button in form.soreness.buttons), "no score until one is chosen"
    form.notes.setPlainText("easy 5 km")
    for field in (form.date_edit, form.context_combo, form.side_combo):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus, timeout=2000)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        error = form.errors["soreness"]
        assert error.isVisible() and "Choose how sore it is" in error.text()
        assert form.soreness.hasFocus(), "the focus goes to what is missing"
    assert _saved(window) == []
    assert form.notes.toPlainText() == "easy 5 km", "what was typed stays"

    qtbot.keyClick(form.soreness, Qt.Key.Key_7)
    assert form.soreness.buttons[7].isChecked() and not form.errors["soreness"].isVisible()
    qtbot.keyClick(form.soreness, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_saved(window)) == 1, timeout=5000)
    assert [(e.soreness, e.notes) for e in _saved(window)] == [(7, "easy 5 km")]
    qtbot.waitUntil(lambda: form.notes.toPlainText() == "", timeout=5000)
    assert form.soreness.value() is None, "the next entry starts without a score again"


def test_one_click_chooses_the_score_and_one_key_chooses_ten(window, qtbot) -> None:
    dialog = open_log_dialog(window, qtbot)
    picker = dialog.form.soreness
    qtbot.mouseClick(picker.buttons[7], Qt.MouseButton.LeftButton)
    assert picker.value() == 7 and picker.buttons[7].isChecked()
    assert picker.hasFocus(), "the keys keep working after a click"
    qtbot.keyClick(picker, Qt.Key.Key_1)
    qtbot.keyClick(picker, Qt.Key.Key_0)
    assert picker.value() == 10
    qtbot.keyClick(picker, Qt.Key.Key_Left)
    assert picker.value() == 9
    qtbot.keyClick(picker, Qt.Key.Key_Home)
    assert picker.value() == 0
    qtbot.keyClick(picker, Qt.Key.Key_End)
    assert picker.value() == 10
    assert [button.isChecked() for button in picker.buttons].count(True) == 1
    qtbot.keyClick(picker, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
    assert [e.soreness for e in _saved(window)] == [10]


def test_the_dialog_starts_at_the_running_plans_side(window, qtbot) -> None:
    rehab.start_plan(window.context.db, "achilles_tendinopathy", side="left", today=dt.date.today())
    diary_store.add_entry(
        window.context.db,
        make_entry(local_date=dt.date.today(), local_time=dt.time(6), soreness=2, location="calf", side="right"),
    )
    dialog = open_log_dialog(window, qtbot)
    qtbot.waitUntil(lambda: place(dialog.form) == ("Achilles", "Left"), timeout=5000)
    qtbot.keyClick(dialog.form.soreness, Qt.Key.Key_3)
    qtbot.keyClick(dialog.form.soreness, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_saved(window)) == 2, timeout=5000)
    logged = max(_saved(window), key=lambda entry: entry.id)
    assert (logged.soreness, logged.location, logged.side) == (3, "achilles", "left")


def test_without_a_plan_the_form_starts_where_the_last_entry_was(window, qtbot) -> None:
    page = open_diary(window, qtbot)
    assert place(page.form) == ("Calf", "Both"), "an empty diary starts at the entry's own defaults"
    page.form.soreness.choose(4)
    page.form.location_combo.setCurrentIndex(page.form.location_combo.findData("achilles"))
    page.form.side_combo.setCurrentIndex(page.form.side_combo.findData("right"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_saved(window)) == 1, timeout=5000)
    qtbot.waitUntil(lambda: place(page.form) == ("Achilles", "Right"), timeout=5000)

    dialog = open_log_dialog(window, qtbot)
    qtbot.waitUntil(lambda: place(dialog.form) == ("Achilles", "Right"), timeout=5000)


def test_each_field_takes_one_tab(window, qtbot) -> None:
    page = open_diary(window, qtbot)
    form = page.form
    form.date_edit.setFocus()
    qtbot.waitUntil(form.date_edit.hasFocus, timeout=2000)
    order = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [form.time_edit, form.context_combo, form.soreness, form.location_combo, form.side_combo]


def test_typing_the_time_then_one_tab_moves_on(window, qtbot) -> None:
    page = open_diary(window, qtbot)
    form = page.form
    form.date_edit.setFocus()
    qtbot.waitUntil(form.date_edit.hasFocus, timeout=2000)
    qtbot.keyClick(form.date_edit, Qt.Key.Key_Tab)
    assert form.time_edit.hasFocus()
    qtbot.keyClicks(form.time_edit, "0730")
    qtbot.keyClick(form.time_edit, Qt.Key.Key_Tab)
    assert form.time_edit.time().toString("HH:mm") == "07:30"
    assert form.context_combo.hasFocus()


def test_every_form_field_has_a_visible_label_tied_to_it(window, qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    page = open_diary(window, qtbot)
    buddies = {label.buddy(): label.text() for label in page.form.findChildren(QLabel) if label.buddy() is not None}
    assert buddies[page.form.soreness] == "&Soreness (0 to 10)"
    assert page.form.soreness.accessibleName().startswith("How sore"), "the question, not the value"


def test_the_log_a_reminder_opens_waits_for_a_score(window, qtbot) -> None:
    window.context.settings.set("reminder_log_time", "20:00")
    window.reminders.clock = lambda: dt.datetime.combine(dt.date.today(), dt.time(20, 1))
    with qtbot.waitSignal(window.reminders.checked, timeout=5000):
        window.reminders.check()
    window.tray.desktop.clicked.emit("log")  # the runner clicks the desktop's notification
    dialog = window._log_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.form.soreness.hasFocus(), timeout=5000)
    qtbot.keyClick(dialog.form.soreness, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.form.errors["soreness"].isVisible()
    assert _saved(window) == []
    qtbot.mouseClick(dialog.form.soreness.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=5000)
    assert [e.soreness for e in _saved(window)] == [2]


def test_alt_s_jumps_to_the_score_from_anywhere_in_the_form(window, qtbot) -> None:
    page = open_diary(window, qtbot)
    window.activateWindow()
    page.form.notes.setFocus()
    qtbot.waitUntil(page.form.notes.hasFocus, timeout=2000)
    qtbot.keyClick(page.form.notes, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert page.form.soreness.hasFocus()
    qtbot.keyClick(page.form.soreness, Qt.Key.Key_5)
    assert page.form.soreness.value() == 5


def test_a_refused_score_is_shown_beside_its_field_without_the_fields_key(window, qtbot) -> None:
    """The command line says "soreness: 12 is outside the scale"; beside the soreness buttons the key is not
    repeated, in any language."""
    from calfdesk.errors import InvalidInput
    from calfdesk.ui.widgets.messages import beside_field

    page = open_diary(window, qtbot)
    error = InvalidInput("soreness: 12 is outside the scale", field="soreness")
    page.form.show_error(error.field or "notes", beside_field(error))
    assert page.form.errors["soreness"].text() == "12 is outside the scale"
    assert beside_field(InvalidInput("a problem without a field")) == "a problem without a field"
