"""The pain-monitoring model, rule by rule (CLINICAL_NOTES.md section 2, rules (a)-(d)).

Every scenario runs on every plan phase that can progress, and each rule has scenarios that must progress,
so the model cannot pass these tests by never progressing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

import pytest

from calfdesk.domain import rehab
from calfdesk.domain.rehab import Enrolment, HeelRaiseTest, MorningCheckIn, PlanChange, SessionPain
from calfdesk.words.rehab import suggestion_words

CATALOG = rehab.load_catalog()
MONDAY = dt.date(2026, 3, 2)
SLOT_HOUR: Final = {"morning": "07", "day": "12", "before_run": "16", "after_run": "17", "evening": "19"}
# (plan, phase) pairs whose load can still rise: the same rules hold for each of them.
PROGRESSING: Final = [
    ("achilles_tendinopathy", "load"),
    ("achilles_tendinopathy", "return_to_running"),
    ("calf_strain", "strengthen"),
    ("calf_strain", "return_to_running"),
    ("cramp", "routine"),
    ("prevention", "foundation"),
]
PROGRESS: Final = ("progress", "next_phase")


def day(offset: int) -> dt.date:
    return MONDAY + dt.timedelta(days=offset)


def session(offset: int, pain: int, slot: str = "evening") -> SessionPain:
    return SessionPain(day(offset), slot, pain, f"{day(offset).isoformat()}T{SLOT_HOUR[slot]}:00:00.000000Z")


def morning(offset: int, pain: int, stiffness: int | None = None) -> MorningCheckIn:
    return MorningCheckIn(day(offset), pain, stiffness)


def mornings(first: int, pains: list[int], stiffness: list[int] | None = None) -> list[MorningCheckIn]:
    return [morning(first + index, pain, stiffness[index] if stiffness else None) for index, pain in enumerate(pains)]


def easy_days(first: int, last: int, pain: int = 1) -> list[SessionPain]:
    return [session(offset, pain) for offset in range(first, last + 1)]


@dataclass(frozen=True)
class Scenario:
    name: str
    sessions: list[SessionPain]
    check_ins: list[MorningCheckIn]
    today: int
    action: str | tuple[str, ...]
    says: tuple[str, ...] = ()


def after_three_easy_days(
    name: str, pains: list[int], stiffness: list[int] | None, action: str | tuple[str, ...], *says: str
) -> Scenario:
    """Easy sessions on days 0-2, then the runner's mornings of days 0-3, judged on day 3."""
    return Scenario(name, easy_days(0, 2), mornings(0, pains, stiffness), 3, action, says)


def after_two_weeks(
    name: str, pains: list[int], stiffness: list[int] | None, action: str | tuple[str, ...], *says: str
) -> Scenario:
    """Two weeks of mornings (days 0-13), easy sessions on days 11-13, judged on day 13 (rule (d))."""
    return Scenario(name, easy_days(11, 13), mornings(0, pains, stiffness), 13, action, says)


SCENARIOS: Final = [
    # rule (a): any session above 5/10 since the last change means reduce
    Scenario(
        "a 7/10 session followed by easy ones still reduces",
        [session(0, 7), *easy_days(1, 3)],
        mornings(0, [1, 1, 1, 1]),
        3,
        "reduce",
        ("Rule (a)", "7/10", str(day(0))),
    ),
    Scenario("a 6/10 session reduces", [session(2, 6)], mornings(2, [1]), 2, "reduce", ("Rule (a)", "6/10")),
    Scenario(
        "5/10 is not a reason to reduce (acceptable for a tendon, a hold in a pain-free phase)",
        [session(2, 5)],
        mornings(2, [1]),
        2,
        "continue",
        ("5/10",),
    ),
    Scenario(
        "easy sessions with settled mornings progress (rule a satisfied)",
        easy_days(0, 3),
        mornings(0, [1, 1, 1, 1], [5, 5, 5, 5]),
        3,
        PROGRESS,
        ("Three sessions in a row on three different days", "1, 1, 1"),
    ),
    # rule (b): no morning report, no progression; each next morning no worse than the baseline
    Scenario(
        "three easy sessions without any morning report hold",
        easy_days(0, 2),
        [],
        3,
        "continue",
        ("rule (b)", str(day(1))),
    ),
    Scenario(
        "a missing next morning holds even when others are in",
        easy_days(0, 2),
        [morning(0, 1), morning(1, 1), morning(3, 1)],
        3,
        "continue",
        ("rule (b)", f"morning report of {day(2)}"),
    ),
    Scenario(
        "three sessions on one day are not three sessions in a row",
        [session(3, 1, "morning"), session(3, 1, "day"), session(3, 0, "evening")],
        [morning(3, 1)],
        3,
        "continue",
        ("safe range",),
    ),
    Scenario(
        "a next morning worse than the baseline holds although the latest recovered",
        easy_days(0, 2),
        [morning(0, 1), morning(1, 2), morning(2, 1), morning(3, 1)],
        3,
        "continue",
        ("rule (b)", "2/10", "1/10"),
    ),
    after_three_easy_days(
        "every next morning reported and no worse progresses (rule b satisfied)",
        [2, 2, 2, 2],
        [10, 10, 9, 10],
        PROGRESS,
        "no worse",
    ),
    Scenario(
        "today's easy session does not hide yesterday's settled mornings",
        [session(1, 1), session(2, 1), session(3, 0, "morning")],
        mornings(0, [1, 1, 1, 1]),
        3,
        PROGRESS,
    ),
    # rule (c): worse is pain +1, or stiffness clearly longer (5 min more or half as long again)
    after_three_easy_days(
        "morning pain 1 point higher reduces", [2, 2, 2, 3], None, "reduce", "Rule (c)", "3/10", "2/10"
    ),
    Scenario(
        "stiffness creeping from 5 to 20 minutes is worse than the baseline",
        easy_days(0, 5),
        mornings(0, [1, 1, 1, 1, 1, 1], [5, 8, 11, 14, 17, 20]),
        5,
        "reduce",
        ("Rule (c)", "20 min", "5 min"),
    ),
    after_three_easy_days(
        "stiffness half as long again reduces", [1, 1, 1, 1], [4, 4, 4, 6], "reduce", "Rule (c)", "6 min", "4 min"
    ),
    after_three_easy_days(
        "stiffness five minutes longer reduces",
        [1, 1, 1, 1],
        [30, 30, 30, 35],
        "reduce",
        "Rule (c)",
        "35 min",
        "30 min",
    ),
    after_three_easy_days(
        "stiffness a little longer is no worse and progresses", [1, 1, 1, 1], [10, 11, 12, 11], PROGRESS
    ),
    after_three_easy_days("morning pain lower than the baseline progresses", [3, 2, 2, 2], None, PROGRESS),
    # rule (d): the weekly mean of morning pain and stiffness must not rise
    after_two_weeks(
        "a slow week-on-week rise of a full point reduces",
        [1] * 7 + [2] * 7,
        None,
        "reduce",
        "Rule (d)",
        "2.0/10",
        "1.0/10",
    ),
    after_two_weeks(
        "a smaller weekly rise holds the load",
        [1] * 7 + [2, 1, 1, 2, 2, 2, 2],
        None,
        "continue",
        "rule (d)",
        "1.7/10",
        "1.0/10",
    ),
    after_two_weeks(
        "weekly stiffness clearly longer reduces",
        [1] * 14,
        [5] * 7 + [12] * 7,
        "reduce",
        "Rule (d)",
        "stiffness 12 min",
        "5 min",
    ),
    after_two_weeks("weekly means falling progress", [3] * 7 + [2] * 7, [15] * 7 + [10] * 7, PROGRESS),
    after_two_weeks("weekly means level progress", [1] * 14, [5] * 14, PROGRESS),
    # the streak itself
    Scenario("nothing recorded yet gives no suggestion", [], mornings(0, [1, 1]), 1, ""),
    Scenario(
        "two easy sessions are not yet three",
        easy_days(1, 2),
        mornings(0, [1, 1, 1]),
        2,
        "continue",
        ("safe range",),
    ),
    Scenario(
        "a 3/10 session breaks the streak",
        [session(0, 1), session(1, 3), session(2, 1), session(3, 1)],
        mornings(0, [1, 1, 1, 1]),
        3,
        "continue",
        ("safe range",),
    ),
]


def runner(plan_id: str, phase: str, level: int | None = None) -> Enrolment:
    plan = CATALOG.plans[plan_id]
    start = day(-20)
    chosen = plan.start_load_level if level is None else level
    return Enrolment(plan_id, "left", start, (PlanChange(start, phase, chosen),))


def test_scenario_table_covers_every_rule_with_a_case_that_progresses() -> None:
    for rule in ("a", "b", "c", "d"):
        assert any(f"rule {rule}" in item.name.lower() or f"({rule})" in " ".join(item.says) for item in SCENARIOS)
    assert sum(item.action == PROGRESS for item in SCENARIOS) >= 6
    assert len(SCENARIOS) >= 20


@pytest.mark.parametrize(("plan_id", "phase"), PROGRESSING)
@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda item: item.name)
def test_pain_model_scenario(plan_id: str, phase: str, scenario: Scenario) -> None:
    plan = CATALOG.plans[plan_id]
    enrolled = runner(plan_id, phase)
    result = rehab.suggest(plan, enrolled, day(scenario.today), scenario.sessions, scenario.check_ins, None)
    if not scenario.action:
        assert result is None
        return
    assert result is not None
    expected = scenario.action if isinstance(scenario.action, tuple) else (scenario.action,)
    assert result.action in expected, suggestion_words(result)
    for text in scenario.says:
        assert text in suggestion_words(result), suggestion_words(result)
    if result.action == "reduce":
        assert result.to_load_level == plan.start_load_level - 1
    if result.action == "progress":
        assert result.to_load_level == plan.start_load_level + 1


def test_a_session_above_five_before_the_last_change_no_longer_counts() -> None:
    plan = CATALOG.plans["achilles_tendinopathy"]
    enrolled = runner(plan.id, "load")
    history = [session(0, 7), *easy_days(1, 3)]
    changed = f"{day(0).isoformat()}T20:00:00.000000Z"
    result = rehab.suggest(plan, enrolled, day(3), history, mornings(0, [1] * 4), None, changed, changed)
    assert result is not None and result.action == "progress", suggestion_words(result)


def test_a_declined_reduce_is_suggested_again_after_new_sessions() -> None:
    plan = CATALOG.plans["achilles_tendinopathy"]
    enrolled = runner(plan.id, "load")
    declined = f"{day(1).isoformat()}T20:00:00.000000Z"
    history = [session(1, 7), *easy_days(2, 4)]
    assert rehab.suggest(plan, enrolled, day(1), history[:1], [], None, declined) is None
    again = rehab.suggest(plan, enrolled, day(4), history, mornings(1, [1] * 4), None, declined)
    assert again is not None and again.action == "reduce" and "7/10" in suggestion_words(again)


def test_reduce_at_the_lightest_load_says_to_rest() -> None:
    plan = CATALOG.plans["achilles_tendinopathy"]
    result = rehab.suggest(plan, runner(plan.id, "load", 0), day(0), [session(0, 8)], [], None)
    assert result is not None and result.action == "reduce" and result.to_load_level == 0
    assert "already the lightest load" in suggestion_words(result)


def test_learn_phase_stays_at_body_weight_until_its_gate_opens() -> None:
    plan = CATALOG.plans["achilles_tendinopathy"]
    start = day(-5)
    enrolled = Enrolment(plan.id, "left", start, (PlanChange(start, "learn", plan.start_load_level),))
    result = rehab.suggest(plan, enrolled, day(3), easy_days(0, 2), mornings(0, [1] * 4), None)
    assert result is not None and result.action == "continue"
    assert "more days in the current phase" in suggestion_words(result)
    later = Enrolment(plan.id, "left", day(-20), (PlanChange(day(-20), "learn", plan.start_load_level),))
    moved = rehab.suggest(plan, later, day(3), easy_days(0, 2), mornings(0, [1] * 4), None)
    assert moved is not None and moved.action == "next_phase" and moved.to_phase == "load"


def test_next_phase_when_the_heel_raise_and_hopping_gate_is_met() -> None:
    plan = CATALOG.plans["achilles_tendinopathy"]
    top = len(plan.load_levels) - 1
    enrolled = Enrolment(plan.id, "left", day(-30), (PlanChange(day(-30), "load", top),))
    easy, settled = easy_days(0, 2), mornings(0, [1] * 4)
    weak = rehab.suggest(plan, enrolled, day(3), easy, settled, HeelRaiseTest(day(0), 20, 28, hop_pain=1))
    assert weak is not None and weak.action == "continue"
    assert "25 heel raises on the sore leg (last test: 20)" in suggestion_words(weak)
    no_hop = rehab.suggest(plan, enrolled, day(3), easy, settled, HeelRaiseTest(day(0), 27, 28))
    assert no_hop is not None and no_hop.action == "continue" and "hopping" in suggestion_words(no_hop)
    hop_hurts = rehab.suggest(plan, enrolled, day(3), easy, settled, HeelRaiseTest(day(0), 27, 28, hop_pain=4))
    assert hop_hurts is not None and hop_hurts.action == "continue" and "4/10" in suggestion_words(hop_hurts)
    strong = rehab.suggest(plan, enrolled, day(3), easy, settled, HeelRaiseTest(day(0), 27, 28, hop_pain=2))
    assert strong is not None and strong.action == "next_phase" and strong.to_phase == "return_to_running"
    assert rehab.apply_suggestion(plan, enrolled, strong, day(3)) == PlanChange(
        day(3), "return_to_running", plan.start_load_level
    )


def test_calf_strain_return_to_running_needs_no_hop_test() -> None:
    plan = CATALOG.plans["calf_strain"]
    enrolled = runner(plan.id, "strengthen", len(plan.load_levels) - 1)
    result = rehab.suggest(plan, enrolled, day(3), easy_days(0, 2), mornings(0, [1] * 4), HeelRaiseTest(day(0), 27, 28))
    assert result is not None and result.action == "next_phase", suggestion_words(result)


@pytest.mark.parametrize(
    ("before", "after", "worse"),
    [(5, 10, True), (5, 9, True), (4, 6, True), (10, 14, False), (10, 15, True), (0, 1, False), (0, 2, True)],
)
def test_stiffness_clearly_longer(before: int, after: int, worse: bool) -> None:
    assert rehab.stiffness_worse(before, after) is worse
