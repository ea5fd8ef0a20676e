"""What a clinician also asks (CLINICAL_NOTES.md section 4a), as a runner meets it from the keyboard: the new
warning signs, follow-ups that appear only where they matter, the squeeze test with its picture, and a result
that says plainly when the answers point away from the four common causes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar
from pytestqt.qtbot import QtBot

from calfdesk.domain.assessment import assess
from calfdesk.ui.assessment.page import AssessmentPage
from calfdesk.ui.rehab.illustration import Illustration
from tests.ui.test_assessment_safety import (
    WARNING_SIGNS,
    answer_by_keyboard,
    current,
    database,
    finish_by_keyboard,
    label_texts,
    next_by_keyboard,
    page,
    start_by_keyboard,
    tick_by_keyboard,
)

__all__ = ["database", "page"]  # the fixtures this module shares
FOUR_NAMES = ("calf strain", "achilles tendinopathy", "compartment syndrome", "calf cramp")


def _warning_signs_all_no(qtbot: QtBot, page: AssessmentPage) -> None:
    wizard = page.wizard
    assert wizard is not None and current(wizard).spec.id == "warning_signs"
    for question in WARNING_SIGNS:
        answer_by_keyboard(qtbot, wizard, question, False)
    tick_by_keyboard(qtbot, wizard, "clot_risk", "None of these")
    next_by_keyboard(qtbot)


def test_the_new_warning_signs_are_answered_from_the_keyboard(qtbot: QtBot, page: AssessmentPage) -> None:
    wizard = start_by_keyboard(qtbot, page)
    next_by_keyboard(qtbot)
    warning = current(wizard)
    for question in ("cold_pale_foot", "dark_urine", "saddle_or_bladder"):
        assert question in warning.inputs and not warning.inputs[question].isHidden()
    for question in WARNING_SIGNS:
        answer_by_keyboard(qtbot, wizard, question, "not_sure" if question == "cold_pale_foot" else False)
    tick_by_keyboard(qtbot, wizard, "clot_risk", "None of these")
    next_by_keyboard(qtbot)
    answer_by_keyboard(qtbot, wizard, "pop_at_onset", False)
    while current(wizard).spec.id != "now":
        next_by_keyboard(qtbot)
    finish_by_keyboard(qtbot, page, wizard)

    view = page.result_view
    assert view.result is not None and view.result.triage == "see_clinician"
    assert view.result.unscreened == ("cold_pale_foot",)
    assert view.banner is not None and view.banner.checks is not None
    assert "compare both feet" in view.banner.checks.text()
    assert "within a few days, at most a week" in view.banner.what_to_do.text()
    assert view.plan_button is None


def test_the_squeeze_test_is_asked_after_a_sudden_achilles_start_with_its_picture(
    qtbot: QtBot, page: AssessmentPage
) -> None:
    wizard = start_by_keyboard(qtbot, page)
    answer_by_keyboard(qtbot, wizard, "location", "achilles")
    where = current(wizard)
    assert where.inputs["behind_knee_swelling"].isHidden(), "a swelling behind the knee cannot change this result"
    assert not where.inputs["age_band"].isHidden()
    answer_by_keyboard(qtbot, wizard, "age_band", "40_to_59")
    next_by_keyboard(qtbot)
    _warning_signs_all_no(qtbot, page)

    onset = current(wizard)
    assert onset.inputs["onset_event"].isHidden(), "asked only after a sudden start"
    answer_by_keyboard(qtbot, wizard, "onset", "sudden")
    assert not onset.inputs["onset_event"].isHidden()
    assert "many people feel no pop" in " ".join(label_texts(onset.inputs["onset_event"]))
    answer_by_keyboard(qtbot, wizard, "onset_event", "push_off_or_jump")
    answer_by_keyboard(qtbot, wizard, "pop_at_onset", False)
    next_by_keyboard(qtbot)
    next_by_keyboard(qtbot)

    function = current(wizard)
    assert function.spec.id == "function"
    squeeze = function.inputs["squeeze_test"]
    assert not squeeze.isHidden() and not function.inputs["tendon_gap"].isHidden()
    steps = " ".join(label_texts(squeeze))
    assert "face down" in steps and "feet hanging over the edge" in steps and "does not rule out a tear" in steps
    picture = squeeze.findChild(Illustration)
    assert picture is not None and picture.name == "squeeze_test.svg"
    assert "face down" in picture.accessibleName()
    answer_by_keyboard(qtbot, wizard, "squeeze_test", "foot_moved")
    while current(wizard).spec.id != "now":
        next_by_keyboard(qtbot)
    finish_by_keyboard(qtbot, page, wizard)

    # A normal squeeze test by a helper does not lift the push-off rule.
    view = page.result_view
    assert view.result is not None and view.result.triage == "urgent" and view.result.when == "today"
    assert view.result.outside_the_four == ("rupture",)
    assert view.answers["squeeze_test"] == "foot_moved"
    assert view.outside is not None and view.cards == [] and view.plan_button is None
    # The history names no best fit for it either.
    qtbot.waitUntil(lambda: page.history_list.count() == 1)
    line = page.history_list.item(0).text()
    assert "none of the four common causes" in line and "best fit" not in line


def test_a_follow_up_that_no_longer_matters_keeps_no_answer(qtbot: QtBot, page: AssessmentPage) -> None:
    wizard = start_by_keyboard(qtbot, page)
    next_by_keyboard(qtbot)
    _warning_signs_all_no(qtbot, page)
    onset = current(wizard)
    answer_by_keyboard(qtbot, wizard, "onset", "sudden")
    answer_by_keyboard(qtbot, wizard, "onset_event", "direct_blow")
    answer_by_keyboard(qtbot, wizard, "onset", "gradual")
    assert onset.inputs["onset_event"].isHidden()
    # Tab went round past the wizard's buttons to reach "Suddenly": Return still means Next.
    next_by_keyboard(qtbot)
    assert current(wizard).spec.id == "pain"
    assert "onset_event" not in wizard.answers, wizard.answers
    assert wizard.answers["onset"] == "gradual"
    pain = current(wizard)
    assert pain.inputs["vascular_risk"].isHidden()
    tick_by_keyboard(
        qtbot, wizard, "pain_pattern", "Walking a certain distance brings it on, and standing still makes it go"
    )
    assert not pain.inputs["vascular_risk"].isHidden(), "artery risks matter with walking pain"


def test_an_outside_the_four_result_shows_no_fit_and_no_plan(qtbot: QtBot, page: AssessmentPage) -> None:
    """An older smoker whose calf hurts on walking and stops when standing: the arteries, never the
    compartment-syndrome text, no "fits well" against the calf, no plan."""
    answers = {
        "location": "calf_belly",
        "side": "right",
        "onset": "gradual",
        "pain_pattern": ("walking_eases_standing_still", "builds_during_run_eases_after_stop"),
        "vascular_risk": ("smoker",),
        "age_band": "60_or_over",
        "clot_risk": (),
        "pain_now": 0,
    }
    view = page.result_view
    view.show_result(assess(answers), answers)
    page.stack.setCurrentWidget(view)
    assert view.outside is not None and view.outside.isVisibleTo(view)
    assert "does not look like one of the four common causes" in view.outside.headline.text()
    assert "narrowed leg arteries" in view.outside.looks.text()
    assert view.cards == [] and view.plan_button is None
    assert not [bar for bar in view.findChildren(QProgressBar) if bar.property("role") == "score"]
    shown = " ".join(label.text() for label in view.findChildren(QLabel) if label.isVisibleTo(view)).lower()
    assert "fits well" not in shown
    for name in FOUR_NAMES:
        assert name not in shown, name
    assert "none of the clot risks applies" in shown, '"None of these" is quoted, never a blank'


def test_the_alarm_appears_under_the_questions_and_the_count_stays_true(qtbot: QtBot, page: AssessmentPage) -> None:
    wizard = start_by_keyboard(qtbot, page)
    next_by_keyboard(qtbot)
    warning = current(wizard)
    first = warning.inputs["breathless_or_chest_pain"]
    where = first.mapTo(warning, first.rect().topLeft())
    answer_by_keyboard(qtbot, wizard, "breathless_or_chest_pain", True)
    assert warning.alarm.isVisible() and "Get emergency help now" in warning.alarm.text()
    assert warning.alarm.y() > warning.questions_area.y(), "the alarm sits under the questions"
    assert first.mapTo(warning, first.rect().topLeft()) == where, "the answers did not move"
    assert "Still open: 7 of 8." in warning.pending.text(), "finishing early does not pretend all is answered"


def test_a_screen_reader_reads_the_alarm_and_what_is_still_open_in_their_own_words(
    qtbot: QtBot, page: AssessmentPage
) -> None:
    """The emergency alarm and the line of answers still open are read as they show, their caption only a
    description: a caption given as their name would hide the words that send a runner to a doctor."""
    from tests.ui.test_accessibility import a11y_faults, plain

    wizard = start_by_keyboard(qtbot, page)
    next_by_keyboard(qtbot)
    warning = current(wizard)
    answer_by_keyboard(qtbot, wizard, "breathless_or_chest_pain", True)
    for shown in (warning.alarm, warning.pending):
        assert shown.isVisible() and shown.text().strip()
        assert shown.accessibleName() == "", "its words are its name"
        assert shown.accessibleDescription().strip(), "its caption is a description"
    assert "emergency" in plain(warning.alarm.text()) and "still open" in plain(warning.pending.text())
    assert a11y_faults(warning) == []


def test_each_warning_sign_and_clot_risk_is_read_with_its_question_and_why(qtbot: QtBot, page: AssessmentPage) -> None:
    """A panel of controls is named by its question and described by why it matters; a tick box of a list
    is read with the question ("Does any of this apply to you? Cancer or cancer treatment")."""
    from PySide6.QtWidgets import QCheckBox

    wizard = start_by_keyboard(qtbot, page)
    next_by_keyboard(qtbot)
    warning = current(wizard)
    for question in (*WARNING_SIGNS, "clot_risk"):
        panel = warning.inputs[question]
        assert panel.accessibleName() == panel.question.wording
        assert panel.accessibleDescription().startswith("Why it matters: "), question
    boxes = warning.inputs["clot_risk"].findChildren(QCheckBox)
    assert boxes
    for box in boxes:
        wording = warning.inputs["clot_risk"].question.wording
        assert box.accessibleName() == f"{wording} {box.text()}"
        assert box.accessibleDescription().startswith("Why it matters: ")


def _label(question: str, value: str) -> str:
    from calfdesk.domain.assessment_content import load_content

    return next(option.label for option in load_content().questions[question].options if option.value == value)


def test_the_swelling_behind_the_knee_spine_bone_and_medicine_follow_ups_are_answered_from_the_keyboard(
    qtbot: QtBot, page: AssessmentPage
) -> None:
    """Calf-belly pain at rest: the swelling behind the knee, the spine's and the bone's signs and the
    medicines each appear where they can change the result, each answered from the keyboard, and each speaks
    in the result."""
    wizard = start_by_keyboard(qtbot, page)
    where = current(wizard)
    assert where.inputs["behind_knee_swelling"].isHidden() is False, "asked while the place is not given"
    answer_by_keyboard(qtbot, wizard, "location", "calf_belly")
    answer_by_keyboard(qtbot, wizard, "behind_knee_swelling", True)
    next_by_keyboard(qtbot)
    _warning_signs_all_no(qtbot, page)
    answer_by_keyboard(qtbot, wizard, "onset", "gradual")
    next_by_keyboard(qtbot)

    pain = current(wizard)
    assert pain.spec.id == "pain" and pain.inputs["bone_signs"].isHidden(), "calf-belly pain not yet at rest"
    tick_by_keyboard(qtbot, wizard, "pain_pattern", _label("pain_pattern", "at_rest"))
    assert not pain.inputs["bone_signs"].isHidden() and not pain.inputs["spine_signs"].isHidden()
    tick_by_keyboard(qtbot, wizard, "spine_signs", _label("spine_signs", "back_or_buttock_pain"))
    tick_by_keyboard(qtbot, wizard, "bone_signs", _label("bone_signs", "night_pain"))
    while current(wizard).spec.id != "now":
        next_by_keyboard(qtbot)
    tick_by_keyboard(qtbot, wizard, "medicines", _label("medicines", "statin"))
    finish_by_keyboard(qtbot, page, wizard)

    view = page.result_view
    assert view.result is not None
    assert view.answers["behind_knee_swelling"] is True
    assert view.answers["spine_signs"] == ("back_or_buttock_pain",)
    assert view.answers["bone_signs"] == ("night_pain",)
    assert view.answers["medicines"] == ("statin",)
    flags = {flag.id for flag in view.result.red_flags}
    assert {"behind_the_knee", "spine_referred", "bone_stress"} <= flags, flags
    assert view.result.plan is None and view.plan_button is None and view.result.triage != "self_care"


def test_a_gap_in_the_tendon_is_answered_from_the_keyboard_and_means_today(qtbot: QtBot, page: AssessmentPage) -> None:
    wizard = start_by_keyboard(qtbot, page)
    answer_by_keyboard(qtbot, wizard, "location", "achilles")
    next_by_keyboard(qtbot)
    _warning_signs_all_no(qtbot, page)
    answer_by_keyboard(qtbot, wizard, "onset", "sudden")
    answer_by_keyboard(qtbot, wizard, "onset_event", "none_of_these")
    answer_by_keyboard(qtbot, wizard, "pop_at_onset", False)
    while current(wizard).spec.id != "function":
        next_by_keyboard(qtbot)
    function = current(wizard)
    assert not function.inputs["tendon_gap"].isHidden()
    answer_by_keyboard(qtbot, wizard, "tendon_gap", True)
    while current(wizard).spec.id != "now":
        next_by_keyboard(qtbot)
    finish_by_keyboard(qtbot, page, wizard)

    view = page.result_view
    assert view.result is not None and view.answers["tendon_gap"] is True
    assert view.result.triage == "urgent" and view.result.when == "today" and view.result.plan is None
