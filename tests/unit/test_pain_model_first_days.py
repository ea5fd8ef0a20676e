"""The pain model in the first days (CLINICAL_NOTES.md section 4b), one test per rule, each named after it.

The first two tests reproduce what a runner with a fresh calf strain saw before these rules: "progress" on
day 1 after three pain-free sessions logged on one day, and a backpack on day 3 of a phase of pain-free holds.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any, Final

import pytest

from calfdesk.domain import rehab
from calfdesk.domain.rehab import ContentError, Enrolment, MorningCheckIn, PlanChange, SessionPain, Suggestion
from calfdesk.words.rehab import suggestion_words

CATALOG = rehab.load_catalog()
START = dt.date(2026, 3, 2)
SLOT_HOUR: Final = {"morning": "07", "day": "12", "before_run": "16", "after_run": "17", "evening": "19"}
RESOURCES: Final = Path(__file__).resolve().parents[2] / "resources"


def day(offset: int) -> dt.date:
    return START + dt.timedelta(days=offset)


def session(offset: int, pain: int, slot: str = "evening") -> SessionPain:
    return SessionPain(day(offset), slot, pain, f"{day(offset).isoformat()}T{SLOT_HOUR[slot]}:00:00.000000Z")


def three_a_day(offset: int, pain: int = 0) -> list[SessionPain]:
    return [session(offset, pain, slot) for slot in ("morning", "day", "evening")]


def enrolled(plan_id: str, phase: str, level: int | None = None, started: int = 0) -> Enrolment:
    plan = CATALOG.plans[plan_id]
    chosen = plan.start_load_level if level is None else level
    return Enrolment(plan_id, "left", day(started), (PlanChange(day(started), phase, chosen),))


def accept(enrolment: Enrolment, suggestion: Suggestion, offset: int, hour: str = "23") -> tuple[Enrolment, str]:
    """The enrolment after accepting `suggestion` on day `offset` at `hour`, and the time of the change."""
    plan = CATALOG.plans[enrolment.plan_id]
    change = rehab.apply_suggestion(plan, enrolment, suggestion, day(offset))
    return replace(enrolment, changes=(*enrolment.changes, change)), f"{day(offset).isoformat()}T{hour}:00:00.000000Z"


def follow_the_model(plan_id: str, days: int, pain: int = 0) -> list[tuple[int, Suggestion, Enrolment]]:
    """A runner who logs each morning at 0, reads the suggestion and accepts it when it changes the plan, then
    logs three sessions at `pain`; returns (day, suggestion, enrolment after it) for each day from the second."""
    plan = CATALOG.plans[plan_id]
    enrolment = enrolled(plan_id, plan.phases[0].id)
    sessions: list[SessionPain] = []
    mornings: list[MorningCheckIn] = []
    since = ""
    history: list[tuple[int, Suggestion, Enrolment]] = []
    for offset in range(days):
        mornings.append(MorningCheckIn(day(offset), 0, 0))
        suggestion = rehab.suggest(plan, enrolment, day(offset), sessions, mornings, None, since, since)
        if suggestion is not None:
            if suggestion.changes_plan and suggestion.action != "stop":
                enrolment, since = accept(enrolment, suggestion, offset, hour="06")
            history.append((offset, suggestion, enrolment))
        sessions.extend(three_a_day(offset, pain))
    return history


def test_day_one_of_a_calf_strain_with_three_sessions_logged_on_one_day_does_not_progress() -> None:
    plan = CATALOG.plans["calf_strain"]
    result = rehab.suggest(
        plan,
        enrolled("calf_strain", "calm"),
        day(1),
        three_a_day(0),
        [MorningCheckIn(day(0), 0, 0), MorningCheckIn(day(1), 0, 0)],
        None,
    )
    assert result is not None and result.action == "continue", suggestion_words(result)


def test_day_three_of_a_calf_strains_calm_phase_never_reaches_the_backpack() -> None:
    plan = CATALOG.plans["calf_strain"]
    for offset, suggestion, enrolment in follow_the_model("calf_strain", 4):
        level = plan.load_levels[enrolment.current.load_level]
        assert level.extra_kg == 0 and "backpack" not in level.label, (offset, suggestion_words(suggestion))
        assert suggestion.action not in ("progress", "next_phase"), (offset, suggestion_words(suggestion))


def test_three_sessions_are_three_different_days() -> None:
    plan = CATALOG.plans["achilles_tendinopathy"]
    runner = enrolled(plan.id, "load", started=-20)
    settled = [MorningCheckIn(day(offset), 1, 5) for offset in range(-7, 4)]
    two_days = [*three_a_day(1, 1), *three_a_day(2, 1)]
    held = rehab.suggest(plan, runner, day(3), two_days, settled, None)
    assert held is not None and held.action == "continue", suggestion_words(held)
    three_days = [session(0, 1), *two_days]
    moved = rehab.suggest(plan, runner, day(3), three_days, settled, None)
    assert moved is not None and moved.action == "progress", suggestion_words(moved)
    assert "on three different days" in suggestion_words(moved)
    one_sore_session = [session(0, 1), *two_days[:-1], session(2, 3)]
    broken = rehab.suggest(plan, runner, day(3), one_sore_session, settled, None)
    assert broken is not None and broken.action == "continue", suggestion_words(broken)


def test_no_progression_in_a_plans_first_seven_days() -> None:
    plan = CATALOG.plans["achilles_tendinopathy"]
    settled = [MorningCheckIn(day(offset), 1, 5) for offset in range(10)]
    easy = [session(offset, 1) for offset in range(10)]
    for today in range(2, 7):
        runner = enrolled(plan.id, "load")
        held = rehab.suggest(plan, runner, day(today), easy[: today + 1], settled[: today + 1], None)
        assert held is not None and held.action == "continue", suggestion_words(held)
        assert f"day {today + 1} of the plan" in suggestion_words(held) and "rule (d)" in suggestion_words(held)
    eighth = rehab.suggest(plan, enrolled(plan.id, "load"), day(7), easy[:8], settled[:8], None)
    assert eighth is not None and eighth.action == "progress", suggestion_words(eighth)


@pytest.mark.parametrize("plan_id", sorted(CATALOG.plans))
def test_no_progression_in_a_plans_first_seven_days_for_every_plan(plan_id: str) -> None:
    history = follow_the_model(plan_id, 7)
    assert len(history) == 6
    assert all(item[1].action == "continue" for item in history), [suggestion_words(item[1]) for item in history]


@pytest.mark.parametrize("plan_id", sorted(CATALOG.plans))
def test_each_phase_names_its_heaviest_load_and_suggestions_never_pass_it(plan_id: str) -> None:
    plan = CATALOG.plans[plan_id]
    assert all(phase.max_load is not None for phase in plan.phases)
    history = follow_the_model(plan_id, 60)
    assert any(item[1].action == "progress" for item in history), "the model must still progress"
    for offset, suggestion, enrolment in history:
        phase = plan.phase(enrolment.current.phase_id)
        assert enrolment.current.load_level <= plan.max_load_index(phase), (offset, suggestion_words(suggestion))


def test_an_early_calf_strains_calm_phase_is_pain_free_holds_without_a_backpack() -> None:
    plan = CATALOG.plans["calf_strain"]
    calm = plan.phase("calm")
    assert calm.pain_free and plan.load_levels[plan.max_load_index(calm)].extra_kg == 0
    top = enrolled(plan.id, "calm", level=len(plan.load_levels) - 1, started=-10)
    items = rehab.checklist(CATALOG, top, day(0))
    assert items and all(item.dose.extra_kg == 0 for item in items)
    settled = [MorningCheckIn(day(offset), 0, 0) for offset in range(-8, 4)]
    at_max = enrolled(plan.id, "calm", level=plan.max_load_index(calm), started=-20)
    result = rehab.suggest(plan, at_max, day(3), [session(0, 0), session(1, 0), session(2, 0)], settled, None)
    assert result is not None and result.action == "next_phase" and result.to_phase == "strengthen", suggestion_words(
        result
    )
    assert result.to_load_level == plan.start_load_level


def test_a_phases_heaviest_load_holds_until_the_next_phases_gate_is_met() -> None:
    plan = CATALOG.plans["achilles_tendinopathy"]
    learn = plan.phase("learn")
    at_max = enrolled(plan.id, "learn", level=plan.max_load_index(learn), started=-10)
    settled = [MorningCheckIn(day(offset), 0, 0) for offset in range(-8, 4)]
    result = rehab.suggest(plan, at_max, day(3), [session(0, 0), session(1, 0), session(2, 0)], settled, None)
    assert result is not None and result.action == "continue", suggestion_words(result)
    assert "'Body weight' is the heaviest load of 'Learn the drops'" in suggestion_words(result)
    assert "1 more day in the current phase" in suggestion_words(result)


def test_every_phase_must_name_its_heaviest_load() -> None:
    data: dict[str, Any] = tomllib.loads((RESOURCES / "plans" / "calf_strain.toml").read_text(encoding="utf-8"))
    del data["phases"][0]["max_load"]
    with pytest.raises(ContentError, match=re.escape("phases[1]: 'max_load' is missing")):
        rehab.parse_plan(data, "calf_strain.toml")


@pytest.mark.parametrize("pain", [3, 4, 5])
def test_a_pain_free_phase_holds_the_load_above_two(pain: int) -> None:
    plan = CATALOG.plans["calf_strain"]
    settled = [MorningCheckIn(day(offset), 0, 0) for offset in range(-8, 4)]
    sessions = [session(0, 0), session(1, 0), session(2, pain)]
    result = rehab.suggest(plan, enrolled(plan.id, "strengthen", started=-20), day(2), sessions, settled, None)
    assert result is not None and result.action == "continue", suggestion_words(result)
    assert f"{pain}/10, above the 2/10 this phase allows" in suggestion_words(
        result
    ) and "hold the load" in suggestion_words(result)
    assert "acceptable" not in suggestion_words(result)
    tendon = CATALOG.plans["achilles_tendinopathy"]
    allowed = rehab.suggest(tendon, enrolled(tendon.id, "load", started=-20), day(2), sessions, settled, None)
    assert allowed is not None and allowed.action == "continue" and "acceptable range" in suggestion_words(allowed)


@pytest.mark.parametrize(
    ("plan_id", "phase", "pain"), [("achilles_tendinopathy", "load", 7), ("calf_strain", "calm", 4)]
)
def test_the_same_reduce_advice_does_not_repeat_and_a_third_painful_session_ends_loading(
    plan_id: str, phase: str, pain: int
) -> None:
    plan = CATALOG.plans[plan_id]
    runner = enrolled(plan_id, phase, level=0, started=-20)
    sessions: list[SessionPain] = []
    since = ""
    reasons: list[str] = []
    for offset in range(2):
        sessions.append(session(offset, pain))
        result = rehab.suggest(plan, runner, day(offset), sessions, [], None, since, since)
        assert result is not None
        if result.action == "reduce":
            runner, since = accept(runner, result, offset)
        reasons.append(suggestion_words(result))
    assert reasons[0] != reasons[1], "the advice at the lightest load must not repeat word for word"
    assert "see a clinician" not in reasons[0]
    sessions.append(session(2, pain))
    stop = rehab.suggest(plan, runner, day(2), sessions, [], None, since, since)
    assert stop is not None and stop.action == "stop" and stop.ends_loading, suggestion_words(stop)
    assert "see a clinician" in suggestion_words(stop) and f"{pain}/10" in suggestion_words(stop)


def test_painful_sessions_at_a_heavier_load_do_not_count_towards_stopping() -> None:
    plan = CATALOG.plans["achilles_tendinopathy"]
    start = day(-20)
    runner = Enrolment(plan.id, "left", start, (PlanChange(start, "load", 2), PlanChange(day(1), "load", 0)))
    sessions = [session(0, 7), session(1, 7), session(2, 7)]
    assert [item.day for item in rehab.painful_sessions_in_a_row(plan, runner, sessions)] == [day(1), day(2)]
    result = rehab.suggest(plan, runner, day(2), sessions, [], None)
    assert result is not None and result.action == "reduce", suggestion_words(result)


def _content_texts(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _content_texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in _content_texts(item)]
    return []


def test_potassium_rich_food_advice_carries_its_caveat_wherever_it_appears() -> None:
    advice = re.compile(r"potassium-rich|food|snack|drink|banana", re.IGNORECASE)
    found = 0
    for path in sorted(RESOURCES.rglob("*.toml")):
        for text in _content_texts(tomllib.loads(path.read_text(encoding="utf-8"))):
            flat = " ".join(text.split())
            if "potassium" in flat.lower() and advice.search(flat):
                found += 1
                assert "kidney disease" in flat and "medicine that raises potassium" in flat, f"{path.name}: {flat}"
    assert found >= 2, "the hydration check and the hydration factor both advise on potassium"


def test_reduce_advice_for_worse_mornings_at_the_lightest_load_does_not_repeat_either() -> None:
    plan = CATALOG.plans["achilles_tendinopathy"]
    runner = enrolled(plan.id, "load", level=0, started=-20)
    mornings = [MorningCheckIn(day(offset), 1, 5) for offset in range(-8, 0)]
    sessions: list[SessionPain] = []
    since = ""
    seen: list[Suggestion] = []
    for offset in range(3):
        sessions.append(session(offset, 2))
        mornings.append(MorningCheckIn(day(offset + 1), 1 + 2 * (offset + 1), 5))  # each next morning 2 worse
        result = rehab.suggest(plan, runner, day(offset + 1), sessions, mornings, None, since, since)
        assert result is not None
        seen.append(result)
        if result.action == "reduce":
            runner, since = accept(runner, result, offset + 1, hour="07")
    assert [item.action for item in seen] == ["reduce", "reduce", "stop"], [suggestion_words(item) for item in seen]
    assert len({suggestion_words(item).split(": ", 1)[-1] for item in seen}) == 3
    assert rehab.lightest_load_restarts(plan, runner) == 2
    assert "Rule (c)" in suggestion_words(seen[2]) and "see a clinician" in suggestion_words(seen[2])
