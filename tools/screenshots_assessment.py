"""The assessment's views for `make screenshots`: every wizard step, the warning-sign page waiting for its
answers, the warning-sign alarm, one result per triage level, the result of an incomplete screen, and the
"cleared by a clinician?" question asked before a plan starts against the advice."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from calfdesk.ui.shell.main_window import MainWindow

Shot = tuple[str, Callable[["MainWindow"], QWidget | None]]

ACHILLES: Mapping[str, Any] = {
    "location": "achilles",
    "side": "right",
    "breathless_or_chest_pain": False,
    "tense_severe_pain": False,
    "swollen_warm_red": False,
    "fever": False,
    "cold_pale_foot": False,
    "dark_urine": False,
    "saddle_or_bladder": False,
    "clot_risk": (),
    "age_band": "40_to_59",
    "onset": "gradual",
    "pop_at_onset": False,
    "pain_pattern": ("push_off", "morning_stiffness"),
    "numbness": "none",
    "heel_raise": "painful",
    "tendon_thickening": True,
    "training_changes": ("more_hills", "mileage_jump"),
    "recurring": False,
    "duration": "6_to_12_weeks",
    "pain_now": 2,
    "pain_running": 4,
}
RESULTS: Mapping[str, Mapping[str, Any]] = {
    "self_care": ACHILLES,
    "see_clinician": {
        "location": "calf_belly",
        "side": "both",
        "onset": "gradual",
        "pain_pattern": ("builds_during_run_eases_after_stop",),
        "numbness": "during_runs",
        "heel_raise": "pain_free",
        "duration": "6_to_12_weeks",
    },
    "urgent": {**ACHILLES, "swollen_warm_red": True, "clot_risk": ("long_travel",)},
    "emergency": {**ACHILLES, "breathless_or_chest_pain": True},
    # the pop question skipped: self-care only if none of the open signs applies
    "incomplete": {key: value for key, value in ACHILLES.items() if key != "pop_at_onset"},
    "not_sure": {
        **ACHILLES,
        "swollen_warm_red": "not_sure",
        "breathless_or_chest_pain": "not_sure",
        "fever": "not_sure",
    },
}
URGENT_POP: Mapping[str, Any] = {**ACHILLES, "onset": "sudden", "pop_at_onset": True, "heel_raise": "unable"}
# Sudden Achilles pain at push-off, no pop, heel raise possible: a suspected rupture, none of the four causes.
PUSH_OFF: Mapping[str, Any] = {
    **ACHILLES,
    "onset": "sudden",
    "onset_event": "push_off_or_jump",
    "pop_at_onset": False,
    "pain_pattern": ("push_off",),
    "duration": "under_2_weeks",
    "age_band": "40_to_59",
}


def _page(window: MainWindow) -> Any:
    from tools.screenshots import settle

    page = window.navigate("assessment")
    settle()
    return page


def _wizard_step(step: int, changes: Mapping[str, Any] | None = None) -> Callable[[MainWindow], QWidget | None]:
    def show(window: MainWindow) -> QWidget | None:
        from tools.screenshots import settle

        wizard = _page(window).start(ACHILLES)
        for _ in range(step - 1):
            wizard.next()
        for question, value in (changes or {}).items():
            wizard.currentPage().inputs[question].choose(value)
        settle()
        return window

    return show


def _result(answers: Mapping[str, Any]) -> Callable[[MainWindow], QWidget | None]:
    def show(window: MainWindow) -> QWidget | None:
        from tools.screenshots import settle

        _page(window).start(answers).accept()
        settle()
        return window

    return show


def _unanswered_warning_signs(window: MainWindow) -> QWidget | None:
    from tools.screenshots import settle

    wizard = _page(window).start({"location": "achilles", "side": "right"})
    wizard.next()
    wizard.currentPage().inputs["breathless_or_chest_pain"].choose(False)
    settle()
    return window


def _scrolled_to(answers: dict[str, object], page_id: str, question: str) -> Callable[[MainWindow], QWidget | None]:
    """The wizard started on `answers`, on the page `page_id`, scrolled to `question`."""

    def show(window: MainWindow) -> QWidget | None:
        from tools.screenshots import settle

        wizard = _page(window).start(answers)
        while wizard.currentPage().spec.id != page_id:
            wizard.next()
        page = wizard.currentPage()
        settle()
        page.questions_area.ensureWidgetVisible(page.inputs[question], 0, 0)
        settle()
        return window

    return show


# The warning signs section 4a added (a cold or pale foot, dark urine, bladder or saddle changes), below the first.
_new_warning_signs = _scrolled_to({"location": "achilles", "side": "right"}, "warning_signs", "saddle_or_bladder")
# The squeeze test and the tendon gap, asked after a sudden start at the Achilles, with the picture.
_squeeze_test_help = _scrolled_to(
    {key: value for key, value in PUSH_OFF.items() if key not in ("squeeze_test", "tendon_gap")},
    "function",
    "squeeze_test",
)


def _clearance_question(window: MainWindow) -> QWidget | None:
    """The question before starting a plan the latest assessment advises against (saved here: a pop with a
    heel raise that is impossible)."""
    import datetime as dt

    from calfdesk.services import assessment, rehab
    from calfdesk.ui.rehab.clearance import ClearanceQuestion
    from tools.screenshots import settle

    db = window.context.db
    assessment.save_assessment(db, dict(URGENT_POP))
    advice = rehab.advice_against(db, "calf_strain", dt.date.today())
    if advice is None:
        return None
    question = ClearanceQuestion(window, advice, rehab.catalog().plans["calf_strain"].name)
    question.show()
    settle()
    return question


def _history(window: MainWindow) -> QWidget | None:
    from tools.screenshots import settle

    page = _page(window)
    page.show_home()
    page.refresh()
    settle()
    return window


def assessment_shots() -> list[Shot]:
    from calfdesk.domain.assessment_content import load_content

    pages = load_content().pages
    shots: list[Shot] = [
        (f"assessment-step-{number}-{spec.id}", _wizard_step(number)) for number, spec in enumerate(pages, start=1)
    ]
    shots.append(("assessment-step-2-unanswered", _unanswered_warning_signs))
    shots.append(("assessment-step-2-alarm", _wizard_step(2, {"breathless_or_chest_pain": True})))
    shots.append(("assessment-step-2-new-signs", _new_warning_signs))
    shots.append(("assessment-squeeze-test-help", _squeeze_test_help))
    shots.append(("assessment-result-outside-the-four", _result(PUSH_OFF)))
    shots += [(f"assessment-result-{triage}", _result(answers)) for triage, answers in RESULTS.items()]
    shots.append(("assessment-history", _history))
    shots.append(("rehab-clearance-question", _clearance_question))
    return shots
