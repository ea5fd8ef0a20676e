"""The heel drops' coach: each rep counted, the 3-second lowering counted down, the rest between sets, from the
plan's dose; driven from the keyboard, in type large enough to read from across the room; done, it ticks the
item off."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from calfdesk.services import rehab
from calfdesk.ui.rehab.countdown_dialog import CountdownDialog


def rehab_with_plan(window, qtbot, side: str = "left"):
    rehab.start_plan(window.context.db, "achilles_tendinopathy", side=side, today=dt.date.today())
    page = window.navigate("rehab")
    window.refresh()
    qtbot.waitUntil(lambda: not page.loading and len(page.rows) == 6, timeout=5000)
    button = drops_row(page).timer_button
    qtbot.waitUntil(lambda: button.isVisible() and button.height() >= button.minimumSizeHint().height(), timeout=5000)
    return page


def drops_row(page):
    return next(row for row in page.rows if row.item.exercise.id == "heel_drop_straight_knee")


def test_the_coach_counts_reps_cues_the_lowering_and_rests_between_sets(window, qtbot) -> None:
    page = rehab_with_plan(window, qtbot)
    row = drops_row(page)
    assert row.timer_button.isVisible() and row.timer_button.text() == "Coach"
    now = [100.0]
    dialog = page.make_timer(row.item, clock=lambda: now[0], tick_ms=5)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    assert dialog.step_label.text() == "Set 1 of 3, left leg"
    assert dialog.count_label.text() == "Rep 1 of 15"
    assert dialog.cue_label.text() == "Up onto your toes"
    assert "Pain above 5 out of 10" in dialog.stop_label.text(), "the pain limit stays in sight"
    assert QFontInfo(dialog.count_label.font()).pointSizeF() >= 2.5 * QFontInfo(QApplication.font()).pointSizeF(), (
        "the count reads from across the room"
    )

    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert dialog.running and dialog.start_button.text() == "Pause"
    now[0] += 2.1
    qtbot.waitUntil(lambda: dialog.cue_label.text() == "Lower slowly… 3", timeout=2000)
    assert dialog.next_label.text() == "Then rep 2 of 15"
    now[0] += 1.0
    qtbot.waitUntil(lambda: dialog.cue_label.text() == "Lower slowly… 2", timeout=2000)
    now[0] += 2.0
    qtbot.waitUntil(lambda: dialog.count_label.text() == "Rep 2 of 15", timeout=2000)
    qtbot.keyClick(dialog, Qt.Key.Key_Space)
    assert not dialog.running, "Space pauses"

    while dialog.steps[dialog.index].kind != "rest":
        qtbot.keyClick(dialog, Qt.Key.Key_Right)
    assert dialog.step_label.text() == "Rest before set 2 of 3"
    assert dialog.time_label.isVisible() and dialog.time_label.text() == "1:00"
    assert not dialog.count_label.isVisible()
    assert dialog.next_label.text() == "Next: Set 2 of 3, left leg"

    while not dialog.is_complete:
        qtbot.keyClick(dialog, Qt.Key.Key_Right)
    assert dialog.step_label.text() == "All sets done"
    assert dialog.start_button.text() == "Tick off and close"


def test_the_coach_opened_from_todays_list_ticks_the_drops_when_done(window, qtbot) -> None:
    page = rehab_with_plan(window, qtbot, side="both")
    row = drops_row(page)
    seen: list[str] = []

    def finish() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, CountdownDialog):
            return
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        seen.append(dialog.step_label.text())
        for _ in dialog.steps:
            qtbot.keyClick(dialog, Qt.Key.Key_Right)
            if dialog.is_complete:
                break
            if dialog.steps[dialog.index].kind == "switch" and len(seen) == 1:
                seen.append(dialog.step_label.text())
        if dialog.is_complete:
            qtbot.keyClick(dialog.start_button, Qt.Key.Key_Return)
        else:
            dialog.reject()

    QTimer.singleShot(0, finish)
    qtbot.mouseClick(row.timer_button, Qt.MouseButton.LeftButton)
    assert seen == ["Set 1 of 3, left leg", "Switch to the right leg"]
    assert drops_row(page).check.isChecked()
    qtbot.waitUntil(
        lambda: (
            row.item.id in {item.id for item in rehab.today_plan(window.context.db, dt.date.today()).items if item.done}
        ),
        timeout=5000,
    )
