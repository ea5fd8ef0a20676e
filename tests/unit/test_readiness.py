"""Ready to run today? Each item in each colour, and how the items combine (CLINICAL_NOTES.md section 5a).

Every case starts from a runner whose records make each item green and changes one thing, so a rule that
never fires, or fires on everything, fails here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import Final

import pytest

from calfdesk.domain import long_run_spike, readiness
from calfdesk.domain.readiness import Facts, PlanFacts, RunDistance, RunPain, Screen
from calfdesk.domain.rehab import (
    Clearance,
    Enrolment,
    HeelRaiseTest,
    MorningCheckIn,
    PlanChange,
    SessionPain,
    load_catalog,
)

CATALOG = load_catalog()
TODAY: Final = dt.date(2026, 3, 30)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def enrolment(plan_id: str, phases: tuple[tuple[int, str], ...], *, cleared: Clearance | None = None) -> Enrolment:
    changes = tuple(PlanChange(ago(days), phase, 1) for days, phase in phases)
    return Enrolment(plan_id, "left", changes[0].effective, changes, cleared=cleared)


def plan_facts(plan_id: str, phases: tuple[tuple[int, str], ...], *sessions: SessionPain) -> PlanFacts:
    return PlanFacts(CATALOG.plans[plan_id], enrolment(plan_id, phases), sessions)


RUNNING: Final = ((100, "learn"), (70, "load"), (20, "return_to_running"))
TEST: Final = HeelRaiseTest(ago(3), left_reps=25, right_reps=26, hop_pain=1)
READY: Final = Facts(
    today=TODAY,
    screen=Screen(1, ago(10), "self_care", "Self-care is reasonable"),
    plan=plan_facts("achilles_tendinopathy", RUNNING, SessionPain(ago(1), "evening", 2)),
    mornings=tuple(MorningCheckIn(ago(days), 1, 5) for days in range(5, -1, -1)),
    test=TEST,
    hop_test=TEST,
    runs=(RunDistance(ago(9), 10.0), RunDistance(ago(2), 8.0)),
    planned_km=10.5,
    sex="male",
    birth_year=1990,
)


def with_plan(plan_id: str, phases: tuple[tuple[int, str], ...], *sessions: SessionPain) -> Callable[[Facts], Facts]:
    return lambda facts: dataclasses.replace(facts, plan=plan_facts(plan_id, phases, *sessions))


def change(**values: object) -> Callable[[Facts], Facts]:
    return lambda facts: dataclasses.replace(facts, **values)  # type: ignore[arg-type]


def cleared_plan(triage: str, cleared_assessment: int = 1) -> Callable[[Facts], Facts]:
    clearance = Clearance(cleared_assessment, ago(10), "see a clinician")
    return lambda facts: dataclasses.replace(
        facts,
        screen=Screen(1, ago(10), triage, "See a clinician", ("pop_at_onset",)),
        plan=PlanFacts(
            CATALOG.plans["achilles_tendinopathy"], enrolment("achilles_tendinopathy", RUNNING, cleared=clearance)
        ),
    )


def mornings(*pains_and_stiffness: tuple[int, int | None]) -> tuple[MorningCheckIn, ...]:
    """Mornings ending today, oldest first."""
    count = len(pains_and_stiffness)
    return tuple(
        MorningCheckIn(ago(count - 1 - index), pain, stiffness)
        for index, (pain, stiffness) in enumerate(pains_and_stiffness)
    )


# (case, change to the ready runner, item, status, rule)
CASES: Final = [
    ("screen clear", change(), "red_flags", "green", "red_flags_clear"),
    ("no assessment", change(screen=None), "red_flags", "amber", "red_flags_none"),
    (
        "assessment seven weeks old",
        change(screen=Screen(1, ago(49), "self_care", "Self-care")),
        "red_flags",
        "amber",
        "red_flags_stale",
    ),
    (
        "urgent result",
        change(screen=Screen(1, ago(2), "urgent", "Today", ("calf_swollen",))),
        "red_flags",
        "red",
        "red_flags_open",
    ),
    (
        "see a clinician",
        change(screen=Screen(1, ago(2), "see_clinician", "Within days")),
        "red_flags",
        "red",
        "red_flags_open",
    ),
    (
        "an old urgent result stays red",
        change(screen=Screen(1, ago(90), "urgent", "Today")),
        "red_flags",
        "red",
        "red_flags_open",
    ),
    (
        "unanswered sign",
        change(screen=Screen(1, ago(2), "self_care", "Self-care", (), 2)),
        "red_flags",
        "amber",
        "red_flags_unscreened",
    ),
    ("clinician cleared the plan", cleared_plan("see_clinician"), "red_flags", "amber", "red_flags_cleared"),
    ("clearance never softens urgent", cleared_plan("urgent"), "red_flags", "red", "red_flags_open"),
    (
        "a clearance against an earlier assessment does not count",
        cleared_plan("see_clinician", cleared_assessment=0),
        "red_flags",
        "red",
        "red_flags_open",
    ),
    ("session within 5/10", change(), "pain_monitoring", "green", "pain_ok"),
    (
        "session of 5/10 is still acceptable",
        with_plan("achilles_tendinopathy", RUNNING, SessionPain(ago(1), "evening", 5)),
        "pain_monitoring",
        "green",
        "pain_ok",
    ),
    (
        "rule (a): a session above 5/10 since the change, whatever came after",
        with_plan("achilles_tendinopathy", RUNNING, SessionPain(ago(4), "day", 6), SessionPain(ago(1), "day", 1)),
        "pain_monitoring",
        "red",
        "pain_too_much",
    ),
    (
        "pain-free phase: 3/10 is too much",
        with_plan("calf_strain", ((3, "calm"),), SessionPain(ago(1), "day", 3)),
        "pain_monitoring",
        "red",
        "pain_too_much",
    ),
    (
        "the last run hurt 6/10",
        change(run_pains=(RunPain(ago(0), 6),)),
        "pain_monitoring",
        "red",
        "pain_last_too_much",
    ),
    (
        "a run's pain counts without a plan",
        change(plan=None, run_pains=(RunPain(ago(3), 3),)),
        "pain_monitoring",
        "green",
        "pain_ok",
    ),
    ("no session or run pain", change(plan=None), "pain_monitoring", "amber", "pain_none"),
    (
        "only pain older than 30 days",
        with_plan("achilles_tendinopathy", ((100, "learn"),), SessionPain(ago(45), "day", 1)),
        "pain_monitoring",
        "amber",
        "pain_none",
    ),
    ("morning as usual", change(), "morning", "green", "morning_usual"),
    ("morning not recorded", change(mornings=READY.mornings[:-1]), "morning", "amber", "morning_missing"),
    (
        "morning pain up a point",
        change(mornings=mornings((1, 5), (1, 5), (1, 5), (2, 5))),
        "morning",
        "red",
        "morning_worse_pain",
    ),
    (
        "stiffness half as long again",
        change(mornings=mornings((1, 10), (1, 10), (1, 10), (1, 15))),
        "morning",
        "red",
        "morning_worse_stiffness",
    ),
    (
        "too few mornings to know the usual",
        change(mornings=mornings((1, 5), (0, 5))),
        "morning",
        "amber",
        "morning_no_usual",
    ),
    ("heel raises at the norm, ratio 96%", change(), "heel_raise", "green", "heel_raise_ok"),
    ("no heel-raise test", change(test=None), "heel_raise", "amber", "heel_raise_none"),
    (
        "test 15 days old",
        change(test=dataclasses.replace(TEST, day=ago(15))),
        "heel_raise",
        "amber",
        "heel_raise_stale",
    ),
    ("sore side at 85%", change(test=HeelRaiseTest(ago(3), 22, 26)), "heel_raise", "amber", "heel_raise_ratio_low"),
    ("other leg managed none", change(test=HeelRaiseTest(ago(3), 0, 0)), "heel_raise", "amber", "heel_raise_ratio_low"),
    (
        "below the men's median",
        change(test=HeelRaiseTest(ago(3), 22, 23)),
        "heel_raise",
        "amber",
        "heel_raise_below_norm",
    ),
    (
        "at the women's median",
        change(test=HeelRaiseTest(ago(3), 22, 23), sex="female"),
        "heel_raise",
        "green",
        "heel_raise_ok",
    ),
    (
        "no sex given: ratio only",
        change(test=HeelRaiseTest(ago(3), 22, 23), sex=None),
        "heel_raise",
        "green",
        "heel_raise_ok_ratio_only",
    ),
    (
        "no birth year: ratio only",
        change(test=HeelRaiseTest(ago(3), 22, 23), birth_year=None),
        "heel_raise",
        "green",
        "heel_raise_ok_ratio_only",
    ),
    (
        "60 or older: ratio only",
        change(test=HeelRaiseTest(ago(3), 18, 19), birth_year=1966),
        "heel_raise",
        "green",
        "heel_raise_ok_age",
    ),
    ("hopping at 1/10", change(), "hop", "green", "hop_ok"),
    ("hopping at 2/10", change(hop_test=dataclasses.replace(TEST, hop_pain=2)), "hop", "green", "hop_ok"),
    ("hopping at 3/10", change(hop_test=dataclasses.replace(TEST, hop_pain=3)), "hop", "red", "hop_painful"),
    ("hopping never tried", change(hop_test=None), "hop", "amber", "hop_none"),
    ("hop test 20 days old", change(hop_test=dataclasses.replace(TEST, day=ago(20))), "hop", "amber", "hop_stale"),
    ("in the running phase", change(), "plan", "green", "plan_running"),
    (
        "before the running phase",
        with_plan("achilles_tendinopathy", ((30, "learn"),)),
        "plan",
        "amber",
        "plan_before_running",
    ),
    (
        "a plan without a running phase",
        with_plan("prevention", ((30, "foundation"),)),
        "plan",
        "green",
        "plan_no_running_phase",
    ),
    ("no plan", change(plan=None), "plan", "amber", "plan_none"),
    ("planned 5% over the longest", change(), "planned_run", "green", "planned_run_ok"),
    ("planned exactly 10% over", change(planned_km=11.0), "planned_run", "green", "planned_run_ok"),
    ("planned 15% over the longest", change(planned_km=11.5), "planned_run", "red", "planned_run_spike"),
    ("no planned distance", change(planned_km=None), "planned_run", "amber", "planned_run_unknown"),
    ("no run in 30 days", change(runs=(RunDistance(ago(31), 10.0),)), "planned_run", "amber", "planned_run_no_recent"),
    (
        "early return: ran yesterday",
        lambda facts: dataclasses.replace(
            with_plan("achilles_tendinopathy", ((60, "learn"), (5, "return_to_running")))(facts),
            runs=(RunDistance(ago(1), 3.0),),
            planned_km=3.0,
        ),
        "planned_run",
        "red",
        "planned_run_consecutive",
    ),
    (
        "harder session no longer than the last run",
        change(planned_hard=True, planned_km=8.0),
        "planned_run",
        "green",
        "planned_run_hard_ok",
    ),
    (
        "harder session longer than the last run, later in the return",
        change(planned_hard=True),
        "planned_run",
        "amber",
        "planned_run_hard_longer",
    ),
    (
        "harder session longer than the last run, early in the return",
        lambda facts: dataclasses.replace(
            with_plan("achilles_tendinopathy", ((60, "learn"), (5, "return_to_running")))(facts),
            planned_hard=True,
        ),
        "planned_run",
        "red",
        "planned_run_hard_longer_early",
    ),
    (
        "harder session without a distance",
        change(planned_hard=True, planned_km=None),
        "planned_run",
        "amber",
        "planned_run_hard_unknown",
    ),
    (
        "harder session and a spike: the spike wins",
        change(planned_hard=True, planned_km=11.5),
        "planned_run",
        "red",
        "planned_run_spike",
    ),
    (
        "harder session early in the return after a run yesterday: consecutive days win",
        lambda facts: dataclasses.replace(
            with_plan("achilles_tendinopathy", ((60, "learn"), (5, "return_to_running")))(facts),
            runs=(RunDistance(ago(1), 3.0),),
            planned_km=4.0,
            planned_hard=True,
        ),
        "planned_run",
        "red",
        "planned_run_consecutive",
    ),
    (
        "harder session with no run in 30 days",
        change(planned_hard=True, runs=(RunDistance(ago(31), 10.0),)),
        "planned_run",
        "amber",
        "planned_run_no_recent",
    ),
    (
        "an easy run longer than the last one is fine early in the return",
        with_plan("achilles_tendinopathy", ((60, "learn"), (5, "return_to_running"))),
        "planned_run",
        "green",
        "planned_run_ok",
    ),
    (
        "later in the return, yesterday's run is fine",
        change(runs=(RunDistance(ago(1), 10.0),)),
        "planned_run",
        "green",
        "planned_run_ok",
    ),
]


@pytest.mark.parametrize(("case", "edit", "item_id", "status", "rule"), CASES, ids=[case[0] for case in CASES])
def test_each_item_in_each_colour(
    case: str, edit: Callable[[Facts], Facts], item_id: str, status: str, rule: str
) -> None:
    result = readiness.readiness(edit(READY))
    item = result.item(item_id)
    assert (item.status, item.rule) == (status, rule)
    words = readiness.item_words(item)
    assert words.reason and "{" not in words.reason + words.to_green
    assert item.source
    if status != "green":
        assert words.to_green, "an amber or red item says what would make it green"


def test_every_rule_of_the_content_is_reached_by_a_case() -> None:
    reached = {case[4] for case in CASES}
    assert reached == set(readiness.content()["rules"])


def test_every_item_green_answers_yes() -> None:
    result = readiness.readiness(READY)
    assert [item.id for item in result.items] == list(readiness.ITEM_IDS)
    assert {item.status for item in result.items} == {"green"}
    assert result.answer == "yes"
    assert not result.see_clinician


@pytest.mark.parametrize(("case", "edit", "item_id", "status", "rule"), CASES, ids=[case[0] for case in CASES])
def test_the_worst_item_sets_the_answer(
    case: str, edit: Callable[[Facts], Facts], item_id: str, status: str, rule: str
) -> None:
    answers = {"green": "yes", "amber": "not_yet", "red": "not_today"}
    severity = list(answers)
    result = readiness.readiness(edit(READY))
    worst = max((item.status for item in result.items), key=severity.index)
    assert result.answer == answers[worst]
    assert severity.index(worst) >= severity.index(status)


def test_a_red_flag_beats_everything() -> None:
    urgent = Screen(1, ago(1), "urgent", "Get seen today", ("calf_swollen",))
    for facts in (dataclasses.replace(READY, screen=urgent), Facts(today=TODAY, screen=urgent)):
        result = readiness.readiness(facts)
        assert result.answer == "not_today"
        assert result.see_clinician
        assert result.item("red_flags").status == "red"


def test_red_beats_amber_and_says_which_measurements_help() -> None:
    facts = dataclasses.replace(READY, planned_km=20.0, test=None, hop_test=None)
    result = readiness.readiness(facts)
    assert result.answer == "not_today"
    assert not result.see_clinician
    assert result.better_with == ("heel_raise_test", "hop_test"), "a distance typed is not missing"


def test_no_data_is_never_green() -> None:
    result = readiness.readiness(Facts(today=TODAY))
    assert {item.status for item in result.items} == {"amber"}
    assert result.answer == "not_yet"
    assert set(result.better_with) >= {"assessment", "session_pain", "morning", "heel_raise_test", "hop_test", "plan"}


def test_partial_data_answers_the_items_that_apply() -> None:
    """No plan and no heel-raise test: the screen, the mornings and the planned run are still judged."""
    facts = dataclasses.replace(READY, plan=None, test=None, hop_test=None)
    result = readiness.readiness(facts)
    assert result.item("red_flags").status == "green"
    assert result.item("morning").status == "green"
    assert result.item("planned_run").status == "green"
    assert "heel_raise_test" in result.better_with and "plan" in result.better_with


def test_spike_figures_are_in_the_words() -> None:
    item = readiness.readiness(dataclasses.replace(READY, planned_km=12.0)).item("planned_run")
    assert item.numbers["spike_pct"] == 20
    words = readiness.item_words(item, lambda km: f"{km * 0.621371:.1f} mi")
    assert "20%" in words.reason and "6.2 mi" in words.reason
    assert "6.8 mi" in words.to_green  # at most 11 km


def test_a_harder_session_names_both_distances_and_what_makes_it_green() -> None:
    early = with_plan("achilles_tendinopathy", ((60, "learn"), (5, "return_to_running")))(READY)
    item = readiness.readiness(dataclasses.replace(early, planned_hard=True, planned_km=9.0)).item("planned_run")
    assert item.numbers["last_km"] == 8.0 and item.numbers["planned_km"] == 9.0
    words = readiness.item_words(item)
    assert "9.0 km planned as a harder session is longer than your last run (8.0 km on 2026-03-28)" in words.reason
    assert "day 6 of your return to running" in words.reason
    assert "keep to 8.0 km" in words.to_green and "run 9.0 km at an easy pace" in words.to_green
    assert item.source == "Distance and intensity not raised together in the early runs (Green 2022)"


def test_the_last_run_is_the_latest_not_the_longest() -> None:
    runs = (RunDistance(ago(3), 5.0), RunDistance(ago(2), 4.0), RunDistance(ago(2), 6.0), RunDistance(ago(9), 9.0))
    item = readiness.readiness(dataclasses.replace(READY, runs=runs, planned_km=6.5, planned_hard=True)).item(
        "planned_run"
    )
    assert (item.rule, item.numbers["last_km"], item.numbers["last_day"]) == (
        "planned_run_hard_longer",
        6.0,
        ago(2).isoformat(),
    )
    assert (
        readiness.readiness(dataclasses.replace(READY, runs=runs, planned_km=6.0, planned_hard=True))
        .item("planned_run")
        .status
        == "green"
    )


@pytest.mark.parametrize(
    ("distance", "longest", "pct", "spike"),
    [(11.5, 10.0, 15.0, True), (11.0, 10.0, 10.0, False), (9.0, 10.0, None, False), (5.0, None, None, False)],
)
def test_spike_guard(distance: float, longest: float | None, pct: float | None, spike: bool) -> None:
    found = long_run_spike.spike_pct(distance, longest)
    assert found == pytest.approx(pct) if pct is not None else found is None
    assert long_run_spike.is_spike(found) is spike


def test_json_follows_the_contract() -> None:
    data = readiness.readiness_as_json(readiness.readiness(dataclasses.replace(READY, hop_test=None)))
    assert data["answer"] == "not_yet"
    items = data["items"]
    assert isinstance(items, list)
    assert {"pain_monitoring", "morning", "heel_raise", "hop", "planned_run", "red_flags"} <= {
        item["id"] for item in items
    }
    for item in items:
        assert {"id", "status", "reason", "source"} <= item.keys()
        assert item["status"] in ("green", "amber", "red")


@pytest.mark.parametrize(("planned_km", "said"), [(11.04, "10.4%"), (11.01, "10.1%"), (11.6, "16%")])
def test_a_spike_just_over_the_limit_never_reads_as_the_limit_itself(planned_km: float, said: str) -> None:
    """Red at 10.4% over the longest run, the words never say "10% over" (the allowed figure): whole percents
    unless rounding would show the limit, then one decimal."""
    item = readiness.readiness(dataclasses.replace(READY, planned_km=planned_km)).item("planned_run")
    assert item.status == "red"
    words = readiness.item_words(item)
    assert f"{said} over your longest run" in words.reason and "10% over" not in words.reason


def test_a_painful_session_says_the_load_must_change_before_a_good_session_counts() -> None:
    """Rule (a): a 6/10 session stays red after a later 1/10 session until the plan's load changes; the words
    say so, never promising that one good session is enough."""
    facts = with_plan("achilles_tendinopathy", RUNNING, SessionPain(ago(4), "day", 6), SessionPain(ago(1), "day", 1))(
        READY
    )
    item = readiness.readiness(facts).item("pain_monitoring")
    assert item.status == "red"
    words = readiness.item_words(item)
    assert "once the load has changed, a session within the limit makes this green again" in words.to_green
