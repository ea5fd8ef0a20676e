"""Clicking through the assessment like a runner: wizard, result, plan button and history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QRadioButton, QWizard
from pytestqt.qtbot import QtBot

from calfdesk.services import assessment
from calfdesk.settings import Settings
from calfdesk.storage.database import Database, open_database
from calfdesk.ui.assessment.page import AssessmentPage
from calfdesk.ui.assessment.question_inputs import ChoiceInput, NumberInput, TickInput
from calfdesk.ui.assessment.wizard import AssessmentWizard
from calfdesk.ui.context import AppContext, AppEvents


class Navigation:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []

    def __call__(self, key: str, **kwargs: Any) -> None:
        self.calls.append((key, kwargs))


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "data")
    yield db
    db.close()


@pytest.fixture
def navigation() -> Navigation:
    return Navigation()


@pytest.fixture
def page(qtbot: QtBot, database: Database, navigation: Navigation, tmp_path: Path) -> AssessmentPage:
    events = AppEvents()
    context = AppContext(
        db=database,
        settings=Settings(tmp_path / "config"),
        events=events,
        undo_stack=QUndoStack(),
        navigate=navigation,
    )
    widget = AssessmentPage(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    with qtbot.waitSignal(widget.history_loaded):
        widget.show()
    return widget


WARNING_SIGNS = (
    "breathless_or_chest_pain",
    "tense_severe_pain",
    "swollen_warm_red",
    "fever",
    "cold_pale_foot",
    "dark_urine",
    "saddle_or_bladder",
)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click where a runner would: on the indicator of a radio button or check box, mid-button otherwise."""
    assert button.isVisible() and button.isEnabled(), button.text()
    if isinstance(button, QRadioButton | QCheckBox):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def current_inputs(wizard: AssessmentWizard) -> dict[str, Any]:
    page = wizard.currentPage()
    return page.inputs  # type: ignore[attr-defined,no-any-return]


def choose(qtbot: QtBot, wizard: AssessmentWizard, question: str, value: object) -> None:
    widget = current_inputs(wizard)[question]
    assert isinstance(widget, ChoiceInput)
    click(qtbot, widget.buttons[value])


def tick(qtbot: QtBot, wizard: AssessmentWizard, question: str, *values: str) -> None:
    widget = current_inputs(wizard)[question]
    assert isinstance(widget, TickInput)
    for value in values:
        click(qtbot, widget.boxes[value])


def next_page(qtbot: QtBot, wizard: AssessmentWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def start(qtbot: QtBot, page: AssessmentPage) -> AssessmentWizard:
    click(qtbot, page.start_button)
    assert page.wizard is not None
    return page.wizard


def finish(qtbot: QtBot, page: AssessmentPage, wizard: AssessmentWizard) -> int:
    """Finish the wizard; returns the saved assessment's id once the history shows it."""
    with qtbot.waitSignal(page.history_loaded), qtbot.waitSignal(page.saved) as saved:
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert saved.args is not None
    return int(saved.args[0])


def test_achilles_picture_click_through_offers_the_tendon_plan(
    qtbot: QtBot, page: AssessmentPage, navigation: Navigation, database: Database
) -> None:
    wizard = start(qtbot, page)
    assert wizard.steps.counter.text() == "Step 1 of 7"
    choose(qtbot, wizard, "location", "achilles")
    choose(qtbot, wizard, "side", "right")
    next_page(qtbot, wizard)

    assert wizard.currentPage().spec.id == "warning_signs"  # type: ignore[attr-defined]
    for question in WARNING_SIGNS:
        choose(qtbot, wizard, question, False)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled(), "the clot risks are still open"
    click(qtbot, current_inputs(wizard)["clot_risk"].none_box)
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    next_page(qtbot, wizard)

    choose(qtbot, wizard, "onset", "gradual")
    choose(qtbot, wizard, "pop_at_onset", False)
    next_page(qtbot, wizard)
    tick(qtbot, wizard, "pain_pattern", "push_off", "morning_stiffness")
    choose(qtbot, wizard, "numbness", "none")
    next_page(qtbot, wizard)
    choose(qtbot, wizard, "heel_raise", "painful")
    choose(qtbot, wizard, "tendon_thickening", True)
    next_page(qtbot, wizard)
    tick(qtbot, wizard, "training_changes", "more_hills", "mileage_jump")
    next_page(qtbot, wizard)
    choose(qtbot, wizard, "duration", "6_to_12_weeks")
    pain_now = current_inputs(wizard)["pain_now"]
    assert isinstance(pain_now, NumberInput)
    pain_now.spin.setValue(2)
    assert wizard.steps.counter.text() == "Step 7 of 7"
    saved_id = finish(qtbot, page, wizard)

    view = page.result_view
    assert page.stack.currentWidget() is view
    assert view.banner is not None
    assert view.banner.property("role") == "triage-self_care"
    assert view.cards[0].match.id == "achilles_tendinopathy"
    assert view.cards[0].bar.value() == 100
    assert view.cards[0].match.reasons[0].startswith("You said")
    assert view.plan_button is not None
    click(qtbot, view.plan_button)
    assert navigation.calls == [("rehab", {"plan_id": "achilles_tendinopathy", "side": "right"})]

    stored = assessment.get_assessment(database, saved_id)
    assert stored is not None
    assert stored.answers["pain_pattern"] == ("push_off", "morning_stiffness")
    assert stored.answers["pain_now"] == 2
    assert "pain_running" not in stored.answers


def test_red_flag_picture_shows_the_emergency_banner_and_no_plan(
    qtbot: QtBot, page: AssessmentPage, navigation: Navigation
) -> None:
    wizard = start(qtbot, page)
    choose(qtbot, wizard, "location", "calf_belly")
    next_page(qtbot, wizard)
    warning_page = wizard.currentPage()
    choose(qtbot, wizard, "breathless_or_chest_pain", True)
    alarm = warning_page.alarm  # type: ignore[attr-defined]
    assert alarm.isVisible()
    assert "Get emergency help now" in alarm.text()
    choose(qtbot, wizard, "swollen_warm_red", True)
    tick(qtbot, wizard, "clot_risk", "long_travel")
    finish(qtbot, page, wizard)

    view = page.result_view
    assert view.banner is not None
    assert view.banner.property("role") == "triage-emergency"
    assert "Get emergency help now" in view.banner.headline.text()
    assert "emergency number" in view.banner.what_to_do.text()
    assert view.plan_button is None
    assert navigation.calls == []
    assert page.history_list.count() == 1
    assert page.history[0].triage == "emergency"
    assert page.history[0].plan is None


def test_answering_no_after_yes_clears_the_alarm(qtbot: QtBot, page: AssessmentPage) -> None:
    wizard = start(qtbot, page)
    next_page(qtbot, wizard)
    choose(qtbot, wizard, "fever", True)
    assert wizard.currentPage().alarm.isVisible()  # type: ignore[attr-defined]
    assert "See a doctor today" in wizard.currentPage().alarm.text()  # type: ignore[attr-defined]
    choose(qtbot, wizard, "fever", False)
    assert not wizard.currentPage().alarm.isVisible()  # type: ignore[attr-defined]
    assert not wizard.button(QWizard.WizardButton.FinishButton).isVisible()


def test_back_and_next_keep_answers_including_not_sure(qtbot: QtBot, page: AssessmentPage) -> None:
    wizard = start(qtbot, page)
    choose(qtbot, wizard, "location", "shin")
    choose(qtbot, wizard, "side", None)
    next_page(qtbot, wizard)
    choose(qtbot, wizard, "fever", False)
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    inputs = current_inputs(wizard)
    assert inputs["location"].value() == "shin"
    assert inputs["side"].buttons[None].isChecked()
    next_page(qtbot, wizard)
    assert current_inputs(wizard)["fever"].value() is False
    assert wizard.answers == {"location": "shin", "fever": False}
    assert wizard.steps.counter.text() == "Step 2 of 7"


def test_wizard_is_keyboard_operable(qtbot: QtBot, page: AssessmentPage) -> None:
    wizard = start(qtbot, page)
    location = current_inputs(wizard)["location"]
    first = location.buttons["calf_belly"]
    assert page.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Space)
    assert first.isChecked()
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert location.value() == "achilles"
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    assert wizard.currentPage().spec.id == "warning_signs"  # type: ignore[attr-defined]
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.focusPolicy() & Qt.FocusPolicy.TabFocus
    back.setFocus()
    qtbot.keyClick(back, Qt.Key.Key_Space)
    assert wizard.currentPage().spec.id == "where"  # type: ignore[attr-defined]
    assert location.value() == "achilles"
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Escape)
    assert page.stack.currentWidget() is page.home


def test_history_reopens_read_only_and_repeats_with_answers(
    qtbot: QtBot, page: AssessmentPage, database: Database
) -> None:
    assessment.save_assessment(
        database, {"location": "calf_belly", "onset": "sudden", "pop_at_onset": False, "heel_raise": "painful"}
    )
    with qtbot.waitSignal(page.history_loaded):
        page.refresh()
    assert page.history_list.count() == 1
    assert "Calf strain" in page.history_list.item(0).text()

    click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.result_view)
    view = page.result_view
    assert view.cards[0].match.id == "calf_strain"
    assert view.plan_button is not None

    click(qtbot, view.repeat_button)
    wizard = page.wizard
    assert wizard is not None
    assert current_inputs(wizard)["location"].value() == "calf_belly"
    next_page(qtbot, wizard)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled(), "repeating still asks the warning signs"
    for question in WARNING_SIGNS:
        choose(qtbot, wizard, question, False)
    click(qtbot, current_inputs(wizard)["clot_risk"].none_box)
    next_page(qtbot, wizard)
    assert current_inputs(wizard)["onset"].value() == "sudden"


def test_cancel_returns_to_the_start_view(qtbot: QtBot, page: AssessmentPage) -> None:
    wizard = start(qtbot, page)
    click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
    assert page.stack.currentWidget() is page.home
    assert page.wizard is None


def test_main_window_routes_the_plan_button_to_the_rehab_page(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    from calfdesk.ui.shell.main_window import MainWindow

    window = MainWindow(database, Settings(tmp_path / "config"), tmp_path / "config")
    qtbot.addWidget(window)
    page = window.navigate("assessment")
    assert isinstance(page, AssessmentPage)
    with qtbot.waitSignal(page.history_loaded):
        window.show()
    page.start({"location": "calf_belly", "onset": "sudden", "pop_at_onset": False, "heel_raise": "painful"}).accept()
    plan_button = page.result_view.plan_button
    assert plan_button is not None
    with qtbot.waitSignal(page.saved):
        pass
    click(qtbot, plan_button)
    assert window.current_key() == "rehab"
    from calfdesk.services import rehab

    qtbot.waitUntil(lambda: rehab.active_plan(database) is not None, timeout=5000)
    active = rehab.active_plan(database)
    assert active is not None
    assert active.plan_id == "calf_strain"
