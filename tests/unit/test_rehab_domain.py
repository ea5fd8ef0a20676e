"""Rehab plans: content, checklist generation, phase gates, the pain-monitoring model and adherence."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from calfdesk.assets import resource
from calfdesk.domain import rehab
from calfdesk.domain.rehab import (
    Enrolment,
    HeelRaiseTest,
    PlanChange,
    SessionPain,
)
from calfdesk.errors import InvalidInput
from calfdesk.words.rehab import dose_words, gate_need_words

CATALOG = rehab.load_catalog()
MONDAY = dt.date(2026, 3, 2)


def day(offset: int) -> dt.date:
    return MONDAY + dt.timedelta(days=offset)


def enrolment(plan_id: str, side: str = "left", variant: str | None = None, *changes: PlanChange) -> Enrolment:
    started = rehab.start_enrolment(CATALOG, plan_id, side, MONDAY, variant)
    return replace(started, changes=started.changes + changes)


def session(offset: int, pain: int, slot: str = "day", recorded: str | None = None) -> SessionPain:
    return SessionPain(day(offset), slot, pain, recorded or f"{day(offset).isoformat()}T{SLOT_HOUR[slot]}:00:00Z")


SLOT_HOUR = {"morning": "07", "day": "12", "before_run": "16", "after_run": "17", "evening": "19"}


# ---------------------------------------------------------------- content


def test_content_has_no_broken_references() -> None:
    assert rehab.content_problems(CATALOG, rehab.illustration_available) == []


def test_a_missing_illustration_or_exercise_is_reported() -> None:
    plan = CATALOG.plans["cramp"]
    phase = replace(plan.phases[0], items=(*plan.phases[0].items, rehab.PlanItem("moon_walk")))
    broken = replace(CATALOG, plans={"cramp": replace(plan, phases=(phase, *plan.phases[1:]))})
    problems = rehab.content_problems(broken, lambda name: name != "ice.svg")
    assert "exercise ice: illustration ice.svg is missing" in problems
    assert "plan cramp phases[1].items[6]: 'exercise' 'moon_walk' is not in the exercise catalogue" in problems


def test_plan_ids_match_the_assessment_results() -> None:
    assert set(CATALOG.plans) == {"calf_strain", "achilles_tendinopathy", "cramp", "prevention"}
    assert set(CATALOG.no_plan_pages) == {"compartment_syndrome"}
    assert CATALOG.plans["achilles_tendinopathy"].weeks == 12
    assert set(CATALOG.plans["achilles_tendinopathy"].variants) == {"insertional"}


def test_the_catalog_holds_every_exercise_the_plans_are_built_from() -> None:
    assert {
        "warm_up",
        "gastrocnemius_wall_stretch",
        "soleus_wall_stretch",
        "heel_raise_two_legs",
        "heel_raise_one_leg",
        "heel_drop_straight_knee",
        "heel_drop_bent_knee",
        "heel_drop_straight_knee_floor",
        "heel_drop_bent_knee_floor",
        "isometric_calf_hold",
        "seated_soleus_raise",
        "ice",
        "hydration_check",
        "heel_raise_test",
    } <= set(CATALOG.exercises)
    for exercise in CATALOG.exercises.values():
        assert len(exercise.steps) >= 3, exercise.id
        assert exercise.stop_signs, exercise.id


@pytest.mark.parametrize("name", sorted(exercise.illustration for exercise in CATALOG.exercises.values()))
def test_illustrations_scale_and_follow_the_palette(name: str) -> None:
    root = ET.fromstring(resource("illustrations", name).read_text(encoding="utf-8"))
    assert root.get("viewBox") == "0 0 240 240"
    assert root.find("{http://www.w3.org/2000/svg}title") is not None
    strokes = {element.get("stroke") for element in root.iter()}
    assert "currentColor" in strokes
    assert not {"#000", "#000000", "black", "#fff", "#ffffff", "white"} & strokes


def test_compartment_syndrome_page_says_what_to_log() -> None:
    page = CATALOG.no_plan_pages["compartment_syndrome"]
    text = " ".join(page.log_for_clinician).lower()
    assert "minute" in text and "distance" in text and "ease" in text


@pytest.mark.parametrize(
    ("plan_id", "side", "variant", "field"),
    [
        ("running_fast", "left", None, "plan"),
        ("compartment_syndrome", "left", None, "plan"),
        ("calf_strain", "middle", None, "side"),
        ("calf_strain", "left", "insertional", "variant"),
        ("achilles_tendinopathy", "left", "midportion", "variant"),
    ],
)
def test_starting_a_plan_refuses_bad_choices(plan_id: str, side: str, variant: str | None, field: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        rehab.start_enrolment(CATALOG, plan_id, side, MONDAY, variant)
    assert caught.value.field == field


# ---------------------------------------------------------------- checklist


def test_achilles_plan_gives_morning_and_evening_drops_with_stable_ids() -> None:
    items = rehab.checklist(CATALOG, enrolment("achilles_tendinopathy"), MONDAY)
    ids = [item.id for item in items]
    assert ids == [
        "2026-03-02:heel_drop_straight_knee:morning",
        "2026-03-02:heel_drop_bent_knee:morning",
        "2026-03-02:gastrocnemius_wall_stretch:day",
        "2026-03-02:soleus_wall_stretch:day",
        "2026-03-02:heel_drop_straight_knee:evening",
        "2026-03-02:heel_drop_bent_knee:evening",
    ]
    assert ids == [item.id for item in rehab.checklist(CATALOG, enrolment("achilles_tendinopathy"), MONDAY)]
    assert dose(items[0]) == "3 × 15, left leg"
    assert dose(items[2]) == "2 × 20 s hold, each leg"


def test_insertional_variant_swaps_in_the_step_level_drops() -> None:
    items = rehab.checklist(CATALOG, enrolment("achilles_tendinopathy", "right", "insertional"), MONDAY)
    exercises = {item.exercise.id for item in items}
    assert {"heel_drop_straight_knee_floor", "heel_drop_bent_knee_floor"} <= exercises
    assert not {"heel_drop_straight_knee", "heel_drop_bent_knee"} & exercises
    assert dose(items[0]) == "3 × 15, right leg"


@pytest.mark.parametrize(
    ("plan_id", "phase_id", "offset", "expected"),
    [
        ("calf_strain", "calm", 0, {"isometric_calf_hold:day", "ice:morning", "ice:evening", "easy_walk:day"}),
        ("calf_strain", "strengthen", 0, {"heel_raise_two_legs:day", "heel_raise_test:day", "seated_soleus_raise:day"}),
        ("calf_strain", "strengthen", 1, {"heel_raise_one_leg:day", "gastrocnemius_wall_stretch:day"}),
        ("calf_strain", "return_to_running", 3, {"walk_run:day", "warm_up:day"}),
        ("cramp", "routine", 0, {"warm_up:before_run", "soleus_wall_stretch:after_run", "hydration_check:day"}),
        ("prevention", "foundation", 0, {"heel_raise_one_leg:day", "gastrocnemius_wall_stretch:after_run"}),
    ],
)
def test_each_phase_produces_its_exercises(plan_id: str, phase_id: str, offset: int, expected: set[str]) -> None:
    plan = CATALOG.plans[plan_id]
    runner = enrolment(plan_id, "both", None, PlanChange(MONDAY, phase_id, plan.start_load_level))
    ids = {item.id.split(":", 1)[1] for item in rehab.checklist(CATALOG, runner, day(offset))}
    assert expected <= ids


@pytest.mark.parametrize(
    ("offset", "runs"),
    [(0, True), (1, False), (2, False), (3, True), (4, False), (6, False), (7, True), (10, True)],
)
def test_running_twice_a_week_is_never_on_consecutive_days(offset: int, runs: bool) -> None:
    plan = CATALOG.plans["calf_strain"]
    runner = enrolment("calf_strain", "left", None, PlanChange(MONDAY, "return_to_running", plan.start_load_level))
    ids = {item.exercise.id for item in rehab.checklist(CATALOG, runner, day(offset))}
    assert ("walk_run" in ids) is runs


def test_items_follow_the_phase_in_force_on_each_day() -> None:
    plan = CATALOG.plans["calf_strain"]
    runner = enrolment("calf_strain", "left", None, PlanChange(day(6), "strengthen", plan.start_load_level))
    before = {item.exercise.id for item in rehab.checklist(CATALOG, runner, day(5))}
    after = {item.exercise.id for item in rehab.checklist(CATALOG, runner, day(6))}
    assert "isometric_calf_hold" in before and "isometric_calf_hold" not in after
    assert "heel_raise_two_legs" in after
    assert runner.phase_started(day(9)) == day(6)
    assert runner.phase_started(day(2)) == MONDAY


def test_no_items_before_the_start_or_after_the_end() -> None:
    runner = replace(enrolment("cramp"), status="finished", ended=day(3))
    assert rehab.checklist(CATALOG, runner, day(-1)) == []
    assert rehab.checklist(CATALOG, runner, day(4)) == []
    assert rehab.checklist(CATALOG, runner, day(3))


def test_done_ids_tick_the_matching_items() -> None:
    items = rehab.checklist(
        CATALOG, enrolment("achilles_tendinopathy"), MONDAY, {"2026-03-02:heel_drop_bent_knee:evening"}
    )
    assert [item.slot for item in items if item.done] == ["evening"]


@pytest.mark.parametrize(
    ("level_id", "straight", "seated"),
    [
        ("lighter", "2 × 15, left leg", None),
        ("body_weight", "3 × 15, left leg", None),
        ("plus_10kg", "3 × 15, left leg, +10 kg", None),
    ],
)
def test_load_levels_change_the_dose_of_loaded_items_only(level_id: str, straight: str, seated: None) -> None:
    plan = CATALOG.plans["achilles_tendinopathy"]
    level = [level.id for level in plan.load_levels].index(level_id)
    runner = enrolment("achilles_tendinopathy", "left", None, PlanChange(MONDAY, "load", level))
    items = {item.id.split(":", 1)[1]: item for item in rehab.checklist(CATALOG, runner, MONDAY)}
    assert dose(items["heel_drop_straight_knee:morning"]) == straight
    assert dose(items["gastrocnemius_wall_stretch:day"]) == "2 × 20 s hold, each leg"


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("2026-03-02:heel_drop_straight_knee:morning", True),
        ("2026-03-02:warm_up:before_run", True),
        ("2026-03-02:warm_up:night", False),
        ("yesterday:warm_up:day", False),
        ("warm_up", False),
    ],
)
def test_item_ids_parse_or_are_refused(text: str, ok: bool) -> None:
    if ok:
        assert rehab.item_id(*rehab.parse_item_id(text)) == text
    else:
        with pytest.raises(InvalidInput):
            rehab.parse_item_id(text)


# ---------------------------------------------------------------- heel-raise test and gates


@pytest.mark.parametrize(
    ("left", "right", "side", "index"),
    [
        (20, 25, "left", 80.0),
        (20, 25, "right", 125.0),
        (30, 24, "both", 80.0),
        (0, 10, "right", None),
        (0, 22, "left", 0.0),
    ],
)
def test_limb_symmetry_index_is_injured_over_uninjured(left: int, right: int, side: str, index: float | None) -> None:
    assert rehab.make_heel_raise_test(MONDAY, left, right).symmetry_index(side) == index


@pytest.mark.parametrize(("left", "right"), [(-1, 20), (20, 301), (True, 20)])
def test_heel_raise_counts_must_be_plausible(left: int, right: int) -> None:
    with pytest.raises(InvalidInput):
        rehab.make_heel_raise_test(MONDAY, left, right)


@pytest.mark.parametrize(
    ("days_in", "test", "met", "missing"),
    [
        (9, HeelRaiseTest(MONDAY, 30, 30), False, "1 more day in the current phase"),
        (10, None, False, "a heel-raise test"),
        (10, HeelRaiseTest(MONDAY, 22, 24), False, "25 heel raises on the sore leg (last test: 22)"),
        (10, HeelRaiseTest(MONDAY, 26, 30), False, "the sore leg within 10% of the other (last test: 87%)"),
        (10, HeelRaiseTest(MONDAY, 27, 30), True, ""),
        (12, HeelRaiseTest(MONDAY, 30, 28), True, ""),
    ],
)
def test_return_to_running_gate(days_in: int, test: HeelRaiseTest | None, met: bool, missing: str) -> None:
    plan = CATALOG.plans["calf_strain"]
    runner = enrolment("calf_strain", "left", None, PlanChange(MONDAY, "strengthen", 1))
    status = rehab.gate_status(plan, runner, plan.phase("return_to_running"), day(days_in), test)
    assert status.met is met
    assert (gate_need_words(status.missing[0]) if status.missing else "") == missing


# ---------------------------------------------------------------- measurements


def test_morning_check_in_validation() -> None:
    assert rehab.make_morning_check_in(MONDAY, 3, None).stiffness_min is None
    with pytest.raises(InvalidInput):
        rehab.make_morning_check_in(MONDAY, 11, 5)
    with pytest.raises(InvalidInput):
        rehab.make_morning_check_in(MONDAY, 2, -5)
    with pytest.raises(InvalidInput):
        rehab.make_session_pain(MONDAY, "night", 2)


# ---------------------------------------------------------------- adherence


def _all_ids(runner: Enrolment, offsets: range) -> set[str]:
    return {item.id for offset in offsets for item in rehab.checklist(CATALOG, runner, day(offset))}


def test_adherence_counts_items_per_day_weekly_percent_and_streak() -> None:
    runner = enrolment("achilles_tendinopathy")
    done = _all_ids(runner, range(2, 6))
    partial_today = {item.id for item in rehab.checklist(CATALOG, runner, day(6))[:2]}
    days = rehab.adherence_days(CATALOG, runner, day(-3), day(6), done | partial_today)
    assert days[0].day == MONDAY
    assert [(entry.done, entry.total) for entry in days] == [(0, 6), (0, 6), (6, 6), (6, 6), (6, 6), (6, 6), (2, 6)]
    assert rehab.weekly_percent(days, day(6)) == round(100 * 26 / 42, 1)
    assert rehab.current_streak(days, day(6)) == 4
    assert rehab.current_streak(days, day(5)) == 4
    assert rehab.current_streak(days, day(1)) == 0


def test_a_completed_today_extends_the_streak_and_a_gap_breaks_it() -> None:
    runner = enrolment("cramp")
    done = _all_ids(runner, range(3)) | _all_ids(runner, range(4, 7))
    days = rehab.adherence_days(CATALOG, runner, MONDAY, day(6), done)
    assert rehab.current_streak(days, day(6)) == 3
    assert rehab.weekly_percent([], day(6)) is None


@pytest.mark.parametrize(
    ("exercise_id", "side", "first_steps", "seconds"),
    [
        ("ice", "left", [("work", 0, 0, "")], 900),
        (
            "isometric_calf_hold",
            "right",
            [("work", 1, 5, "right"), ("rest", 2, 5, "right"), ("work", 2, 5, "right"), ("rest", 3, 5, "right")],
            30 * 5 + 60 * 4,
        ),
        (
            "soleus_wall_stretch",
            "both",
            [("work", 1, 3, "left"), ("switch", 1, 3, "right"), ("work", 1, 3, "right"), ("rest", 2, 3, "left")],
            6 * 30 + 3 * 5 + 2 * 15,
        ),
    ],
)
def test_timer_steps_through_every_set_leg_and_rest(
    exercise_id: str, side: str, first_steps: list[tuple[str, int, int, str]], seconds: int
) -> None:
    exercise = CATALOG.exercises[exercise_id]
    steps = rehab.timer_steps(exercise, exercise.dose, side)
    assert [(step.kind, step.number, step.sets, step.leg) for step in steps[: len(first_steps)]] == first_steps
    assert sum(step.seconds for step in steps) == seconds
    assert steps[-1].kind == "work"


def test_heel_drops_are_counted_rep_by_rep_with_the_slow_lowering_and_rests() -> None:
    exercise = CATALOG.exercises["heel_drop_straight_knee"]
    dose = rehab.item_dose(exercise, rehab.PlanItem(exercise.id, loaded=True), None)
    assert exercise.has_timer and dose.lower_s == 3
    steps = rehab.timer_steps(exercise, dose, "left")
    assert [(step.kind, step.seconds, step.rep, step.leg) for step in steps[:4]] == [
        ("rise", rehab.RISE_S, 1, "left"),
        ("lower", 3, 1, "left"),
        ("rise", rehab.RISE_S, 2, "left"),
        ("lower", 3, 2, "left"),
    ]
    assert [step.kind for step in steps].count("lower") == 3 * 15
    rests = [step for step in steps if step.kind == "rest"]
    assert [(step.number, step.seconds) for step in rests] == [(2, 60), (3, 60)]
    both = rehab.timer_steps(exercise, dose, "both")
    assert [step.leg for step in both if step.kind == "switch"] == ["right", "right", "right"]
    assert not CATALOG.exercises["heel_raise_two_legs"].has_timer, "reps without a set tempo get no timer"


def dose(item: rehab.ChecklistItem) -> str:
    return dose_words(item.exercise, item.dose, item.plan_side)
