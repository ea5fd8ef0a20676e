"""The assessment's safety rules as a runner meets them, driven from the keyboard where a runner would use it:
the warning signs cannot be skipped, "not sure" ends at a clinician with the checks to make, a pop ends
without a plan, an unanswered sign qualifies self-care, and starting a plan against the advice asks first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard
from pytestqt.qtbot import QtBot

from calfdesk.services import assessment, rehab
from calfdesk.settings import Settings
from calfdesk.storage.database import Database, open_database
from calfdesk.ui.assessment.page import AssessmentPage
from calfdesk.ui.assessment.question_inputs import ChoiceInput, NumberInput, TickInput
from calfdesk.ui.assessment.wizard import AssessmentWizard, QuestionPage
from calfdesk.ui.context import AppContext, AppEvents
from calfdesk.ui.rehab.clearance import ClearanceQuestion

WARNING_SIGNS = (
    "breathless_or_chest_pain",
    "tense_severe_pain",
    "swollen_warm_red",
    "fever",
    "cold_pale_foot",
    "dark_urine",
    "saddle_or_bladder",
)


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "data")
    yield db
    db.close()


@pytest.fixture
def page(qtbot: QtBot, database: Database, tmp_path: Path) -> AssessmentPage:
    context = AppContext(
        db=database,
        settings=Settings(tmp_path / "config"),
        events=AppEvents(),
        undo_stack=QUndoStack(),
        navigate=lambda _key, **_kwargs: None,
    )
    widget = AssessmentPage(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    with qtbot.waitSignal(widget.history_loaded):
        widget.show()
    return widget


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(qtbot: QtBot, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), which, modifier)


def current(wizard: AssessmentWizard) -> QuestionPage:
    page = wizard.currentPage()
    assert isinstance(page, QuestionPage)
    return page


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 40) -> None:
    """Press Tab until `target` has the focus, as a keyboard user would."""
    for _ in range(limit):
        if focused() is target:
            return
        key(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target.accessibleName()}")


def answer_by_keyboard(qtbot: QtBot, wizard: AssessmentWizard, question: str, value: object) -> None:
    """Tab to the question's first choice, then arrow to the wanted one (arrows move and choose)."""
    widget = current(wizard).inputs[question]
    assert isinstance(widget, ChoiceInput)
    buttons = list(widget.buttons.values())
    tab_to(qtbot, widget.group.checkedButton() or buttons[0])
    # Yes / No / Not sure sit in a row (right arrow), the options of other questions in a column; an arrow
    # moves the focus (and the choice, once one is made), Space chooses.
    arrow = Qt.Key.Key_Right if widget.question.kind == "bool" else Qt.Key.Key_Down
    for _ in buttons:
        if focused() is widget.buttons[value]:
            break
        key(qtbot, arrow)
    key(qtbot, Qt.Key.Key_Space)
    assert widget.buttons[value].isChecked() and focused() is widget.buttons[value]


def tick_by_keyboard(qtbot: QtBot, wizard: AssessmentWizard, question: str, box_label: str) -> None:
    widget = current(wizard).inputs[question]
    assert isinstance(widget, TickInput)
    boxes = [*widget.boxes.values(), *([widget.none_box] if widget.none_box else [])]
    box = next(item for item in boxes if item.text() == box_label)
    tab_to(qtbot, box)
    key(qtbot, Qt.Key.Key_Space)
    assert box.isChecked()


def next_by_keyboard(qtbot: QtBot) -> None:
    """Return presses the wizard's default button, Next."""
    key(qtbot, Qt.Key.Key_Return)


def start_by_keyboard(qtbot: QtBot, page: AssessmentPage) -> AssessmentWizard:
    page.start_button.setFocus()
    key(qtbot, Qt.Key.Key_Space)
    assert page.wizard is not None
    return page.wizard


def finish_by_keyboard(qtbot: QtBot, page: AssessmentPage, wizard: AssessmentWizard) -> None:
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    with qtbot.waitSignal(page.saved):
        tab_to(qtbot, finish)
        key(qtbot, Qt.Key.Key_Space)


def label_texts(widget: QWidget) -> list[str]:
    return [item.text() for item in widget.findChildren(QLabel) if item.isVisibleTo(widget)]


def test_next_is_refused_on_an_unanswered_warning_page(qtbot: QtBot, page: AssessmentPage) -> None:
    wizard = start_by_keyboard(qtbot, page)
    next_by_keyboard(qtbot)
    warning = current(wizard)
    assert warning.spec.id == "warning_signs"
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    assert not next_button.isEnabled()
    for refused in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        key(qtbot, refused)
    assert current(wizard) is warning, "the warning signs cannot be skipped"
    assert warning.pending.isVisible()
    assert "Answer every warning sign" in warning.pending.text() and "Still open: 8 of 8." in warning.pending.text()
    assert next_button.toolTip().startswith(warning.pending.text())
    assert "a cold, pale or blue foot" in next_button.toolTip()

    # The line under the questions keeps its height while the count goes down: nothing moves under the pointer.
    height = warning.pending.height()
    first_question = warning.inputs["breathless_or_chest_pain"].mapTo(
        warning, warning.inputs["breathless_or_chest_pain"].rect().topLeft()
    )
    for index, question in enumerate(WARNING_SIGNS):
        answer_by_keyboard(qtbot, wizard, question, False)
        assert not next_button.isEnabled()
        assert f"Still open: {7 - index} of 8." in warning.pending.text()
        assert warning.pending.height() == height
    tick_by_keyboard(qtbot, wizard, "clot_risk", "None of these")
    assert next_button.isEnabled()
    assert warning.pending.isVisible() and warning.pending.height() == height
    assert "Every warning sign has an answer" in warning.pending.text() and next_button.toolTip() == ""
    warning.questions_area.verticalScrollBar().setValue(0)
    assert (
        warning.inputs["breathless_or_chest_pain"].mapTo(
            warning, warning.inputs["breathless_or_chest_pain"].rect().topLeft()
        )
        == first_question
    )

    tick_by_keyboard(qtbot, wizard, "clot_risk", "Cancer or cancer treatment")
    assert current(wizard).inputs["clot_risk"].value() == ("cancer",)
    next_by_keyboard(qtbot)
    assert current(wizard).spec.id == "onset"
    assert wizard.answers["clot_risk"] == ("cancer",) and wizard.answers["fever"] is False
    # the other pages can be skipped
    for _ in range(4):
        next_by_keyboard(qtbot)
    assert current(wizard).spec.id == "now"


def test_all_not_sure_ends_at_a_clinician_with_the_checks_to_make(qtbot: QtBot, page: AssessmentPage) -> None:
    wizard = start_by_keyboard(qtbot, page)
    next_by_keyboard(qtbot)
    for question in WARNING_SIGNS:
        answer_by_keyboard(qtbot, wizard, question, "not_sure")
    tick_by_keyboard(qtbot, wizard, "clot_risk", "None of these")
    next_by_keyboard(qtbot)
    answer_by_keyboard(qtbot, wizard, "pop_at_onset", "not_sure")
    while current(wizard).spec.id != "now":
        next_by_keyboard(qtbot)
    finish_by_keyboard(qtbot, page, wizard)

    view = page.result_view
    assert view.result is not None and view.result.triage == "see_clinician"
    assert view.banner is not None and view.banner.property("role") == "triage-see_clinician"
    assert view.banner.checks is not None
    checks = view.banner.checks.text()
    for words in ("measure around the widest part", "temperature", "press gently", "shortness of breath", "pop"):
        assert words in checks
    assert "do not start calf exercises" in view.banner.what_to_do.text()
    assert "Self-care is fine" not in view.banner.what_to_do.text()
    assert view.plan_button is None
    assert view.result.plan_note in view.banner.what_to_do.text(), "why there is no plan, said once"
    assert view.plan_note is None


def test_a_pop_ends_without_a_plan(qtbot: QtBot, page: AssessmentPage) -> None:
    wizard = start_by_keyboard(qtbot, page)
    answer_by_keyboard(qtbot, wizard, "location", "achilles")
    next_by_keyboard(qtbot)
    for question in WARNING_SIGNS:
        answer_by_keyboard(qtbot, wizard, question, False)
    tick_by_keyboard(qtbot, wizard, "clot_risk", "None of these")
    next_by_keyboard(qtbot)
    answer_by_keyboard(qtbot, wizard, "onset", "sudden")
    answer_by_keyboard(qtbot, wizard, "pop_at_onset", True)
    next_by_keyboard(qtbot)
    next_by_keyboard(qtbot)
    function = current(wizard)
    assert function.spec.id == "function"
    heel_raise = function.inputs["heel_raise"]
    assert isinstance(heel_raise, ChoiceInput)
    not_tried = heel_raise.buttons[None]
    assert not_tried.text() == "I did not try it"
    assert any("Do not try it if you felt a pop" in text for text in label_texts(heel_raise))
    answer_by_keyboard(qtbot, wizard, "heel_raise", None)
    while current(wizard).spec.id != "now":
        next_by_keyboard(qtbot)
    finish_by_keyboard(qtbot, page, wizard)

    view = page.result_view
    assert view.result is not None and view.result.triage == "urgent"
    assert {flag.id for flag in view.result.red_flags} >= {"possible_rupture", "pop_at_onset"}
    assert view.plan_button is None
    assert "See a doctor today" in view.banner.headline.text()  # type: ignore[union-attr]


def test_an_unanswered_pop_qualifies_the_self_care_banner(qtbot: QtBot, page: AssessmentPage) -> None:
    wizard = start_by_keyboard(qtbot, page)
    next_by_keyboard(qtbot)
    for question in WARNING_SIGNS:
        answer_by_keyboard(qtbot, wizard, question, False)
    tick_by_keyboard(qtbot, wizard, "clot_risk", "None of these")
    while current(wizard).spec.id != "now":
        next_by_keyboard(qtbot)
    pain_now = current(wizard).inputs["pain_now"]
    assert isinstance(pain_now, NumberInput)
    tab_to(qtbot, pain_now.spin)
    key(qtbot, Qt.Key.Key_Up)
    assert pain_now.value() == 0
    finish_by_keyboard(qtbot, page, wizard)

    view = page.result_view
    assert view.result is not None and view.result.triage == "self_care"
    assert view.result.unscreened == ("pop_at_onset",)
    assert view.banner is not None and view.banner.property("role") == "triage-incomplete"
    assert "You can start with self-care" not in view.banner.headline.text()
    assert "a pop or snap when it started" in view.banner.what_to_do.text()
    assert view.banner.checks is not None and "pop" in view.banner.checks.text()


def test_a_reopened_old_result_with_open_signs_is_qualified_too(qtbot: QtBot, page: AssessmentPage) -> None:
    saved = assessment.save_assessment(page.context.db, {"location": "calf_belly", "pain_now": 1})
    old = saved.result.to_json()
    old.update(unscreened=[], check_now=[], triage_headline="You can start with self-care")
    from calfdesk.domain.assessment_result import AssessmentResult

    page.result_view.show_result(AssessmentResult.from_json(old), saved.answers, read_only=True)
    banner = page.result_view.banner
    assert banner is not None and banner.property("role") == "triage-incomplete"
    assert "You can start with self-care" not in banner.headline.text()


def test_scores_read_as_fit_never_as_percentages(qtbot: QtBot, page: AssessmentPage, database: Database) -> None:
    answers = {"location": "achilles", "onset": "gradual", "pain_pattern": ["push_off", "morning_stiffness"]}
    assessment.save_assessment(database, answers)
    with qtbot.waitSignal(page.history_loaded):
        page.refresh()
    assert "%" not in page.history_list.item(0).text()
    assert "fits" in page.history_list.item(0).text()
    page.open_selected()
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.result_view)
    view = page.result_view
    assert view.cards[0].fit.text() in ("fits well", "fits in part")
    assert view.cards[0].bar.accessibleDescription() == view.cards[0].fit.text()
    assert not [text for text in label_texts(view) if "%" in text]


def test_the_start_page_no_longer_invites_skipping_the_warning_signs(page: AssessmentPage) -> None:
    texts = " ".join(label_texts(page.home))
    assert "Skip any question you are not sure about" not in texts
    assert "answer each of them" in texts


def answer_next_dialog(qtbot: QtBot, pick: str, seen: list[dict[str, Any]]) -> None:
    """When the clearance question opens, record what it says and answer it."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, ClearanceQuestion):
            QTimer.singleShot(20, poll)
            return
        seen.append({"title": box.windowTitle(), "text": box.text(), "more": box.informativeText()})
        (box.cleared_button if pick == "yes" else box.not_cleared_button).click()

    QTimer.singleShot(0, poll)


def test_starting_a_plan_after_an_urgent_result_asks_first(make_window: Any, qtbot: QtBot) -> None:
    window = make_window()
    db = window.context.db
    taken = dt.datetime.now().astimezone().replace(microsecond=0)
    assessment.save_assessment(db, {"pop_at_onset": True, "heel_raise": "unable"}, taken_at=taken)
    rehab_page = window.navigate("rehab")
    rehab_page.chooser.plan_radios["calf_strain"].setChecked(True)

    seen: list[dict[str, Any]] = []
    answer_next_dialog(qtbot, "no", seen)
    rehab_page.chooser.start_button.click()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0]["title"] == "Has a clinician cleared you?"
    assert f"{taken.day} {taken:%b %Y}" in seen[0]["text"] and "See a doctor today" in seen[0]["text"]
    assert "Has a clinician cleared you?" in seen[0]["more"]
    assert rehab.active_plan(db) is None
    assert rehab_page.chooser.isVisible()

    answer_next_dialog(qtbot, "yes", seen)
    rehab_page.chooser.start_button.click()
    qtbot.waitUntil(lambda: rehab.active_plan(db) is not None)
    active = rehab.active_plan(db)
    assert active is not None and active.plan_id == "calf_strain"
    assert active.cleared is not None and active.cleared.assessment_date == taken.date()
    assert "See a doctor today" in active.cleared.advice


def test_a_plan_that_fits_the_advice_starts_without_the_question(make_window: Any, qtbot: QtBot) -> None:
    window = make_window()
    db = window.context.db
    assessment.save_assessment(
        db, {"location": "calf_belly", "onset": "sudden", "pop_at_onset": False, "heel_raise": "painful"}
    )
    window.navigate("assessment").start_plan_requested.emit("calf_strain")
    qtbot.waitUntil(lambda: rehab.active_plan(db) is not None)
    active = rehab.active_plan(db)
    assert active is not None and active.cleared is None
