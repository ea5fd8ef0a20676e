"""Today guides a new runner to the assessment and, while a plan runs, shows today's checklist with its ticks
and the next item to do, ticked the same way as on the Rehab page, so the daily routine needs one page."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from calfdesk.services import rehab
from calfdesk.ui.today.assessment_invite import AssessmentInvite
from calfdesk.ui.today.rehab_checklist import TodayChecklist


def shown(checklist) -> bool:
    """Today's checklist is on screen, laid out, with the six items of the Achilles plan's first day."""
    return (
        checklist.isVisible()
        and len(checklist.rows) == 6
        and all(
            widget.isVisible() and widget.height() >= widget.minimumSizeHint().height()
            for row in checklist.rows
            for widget in (row.check, row.show_button)
        )
    )


def today_page(window, qtbot):
    page = window.navigate("today")
    invite = page.findChild(AssessmentInvite)
    checklist = page.findChild(TodayChecklist)
    return page, invite, checklist


def test_a_new_runner_is_invited_to_the_assessment_and_told_what_it_takes(window, qtbot) -> None:
    _page, invite, checklist = today_page(window, qtbot)
    qtbot.waitUntil(invite.isVisible, timeout=5000)
    assert not checklist.isVisible(), "no plan, no checklist"
    words = " ".join(label.text() for label in invite.findChildren(QLabel) if label.isVisible())
    assert "About five minutes" in words and "warning signs" in words
    qtbot.mouseClick(invite.start_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "assessment"
    assessment = window.page("assessment")
    assert assessment.wizard is not None and assessment.wizard.isVisible(), "the assessment is open at its start"


def test_while_a_plan_runs_today_shows_the_checklist_and_the_next_item(window, qtbot) -> None:
    _page, invite, checklist = today_page(window, qtbot)
    qtbot.waitUntil(invite.isVisible, timeout=5000)
    rehab.start_plan(window.context.db, "achilles_tendinopathy", side="left", today=dt.date.today())
    window.refresh()
    qtbot.waitUntil(lambda: shown(checklist), timeout=5000)
    assert not invite.isVisible(), "a runner with a plan is past the first step"
    first, second = checklist.rows[0], checklist.rows[1]
    assert checklist.next_label.text().startswith(f"Next: {first.item.name} (Morning), 3 × 15, left leg")
    assert checklist.progress_label.text() == "0 of 6 done"

    rows_before = list(checklist.rows)
    qtbot.mouseClick(first.check, Qt.MouseButton.LeftButton, pos=first.check.rect().center())
    assert first.check.isChecked()
    assert checklist.next_label.text().startswith(f"Next: {second.item.name}")
    qtbot.waitUntil(lambda: rehab.today_plan(window.context.db, dt.date.today()).done_count == 1, timeout=5000)
    assert checklist.rows == rows_before, "the rows stay put under the pointer"

    rehab_page = window.navigate("rehab")
    qtbot.waitUntil(lambda: not rehab_page.loading and shown(rehab_page.checklist), timeout=5000)
    assert rehab_page.rows[0].check.isChecked(), "the Rehab page shows the tick given on Today"
    qtbot.mouseClick(rehab_page.rows[1].check, Qt.MouseButton.LeftButton, pos=rehab_page.rows[1].check.rect().center())
    window.navigate("today")
    qtbot.waitUntil(lambda: checklist.rows[1].check.isChecked(), timeout=5000)
    assert checklist.progress_label.text() == "2 of 6 done"


def test_all_done_says_so(window, qtbot) -> None:
    rehab.start_plan(window.context.db, "achilles_tendinopathy", side="right", today=dt.date.today())
    _page, _invite, checklist = today_page(window, qtbot)
    window.refresh()
    qtbot.waitUntil(lambda: shown(checklist), timeout=5000)
    for row in checklist.rows:
        row.check.click()
    assert checklist.next_label.text() == "All done for today. Well done."
    qtbot.waitUntil(lambda: rehab.today_plan(window.context.db, dt.date.today()).done_count == 6, timeout=5000)


def test_how_shows_the_exercise_on_the_rehab_page(window, qtbot) -> None:
    rehab.start_plan(window.context.db, "achilles_tendinopathy", side="left", today=dt.date.today())
    _page, _invite, checklist = today_page(window, qtbot)
    window.refresh()
    qtbot.waitUntil(lambda: shown(checklist), timeout=5000)
    stretch = next(row for row in checklist.rows if row.item.exercise.kind == "stretch")
    qtbot.mouseClick(stretch.show_button, Qt.MouseButton.LeftButton)
    assert window.current_key() == "rehab"
    rehab_page = window.page("rehab")
    qtbot.waitUntil(lambda: not rehab_page.loading, timeout=5000)
    assert rehab_page.exercise_card.name_label.text() == stretch.item.name
