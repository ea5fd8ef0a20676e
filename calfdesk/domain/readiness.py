"""Ready to run today? A checklist from the runner's own records, never a verdict (CLINICAL_NOTES.md 5a).

Pure rules over plain facts: the latest assessment, the pain of sessions and runs, the mornings, the latest
heel-raise and hop tests, the plan's phase, the runs of the last 30 days and today's planned distance (and
whether it is a harder session). Each
item is green, amber or red with the rule that decided it, its numbers and what would make it green. Any red
item makes the answer "not_today", any amber one "not_yet"; missing data is amber, never green. Thresholds
and every word live in resources/knowledge/readiness.toml; `item_words` fills them in.
"""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Final, Literal

from calfdesk.assets import load_toml
from calfdesk.domain import long_run_spike
from calfdesk.domain.content_tables import ContentError, paragraph, required
from calfdesk.domain.rehab.catalogue import SLOTS, Plan
from calfdesk.domain.rehab.measurements import HeelRaiseTest, MorningCheckIn, SessionPain
from calfdesk.domain.rehab.monitoring import (
    MORNING_PAIN_WORSE,
    PAIN_ACCEPTABLE_MAX,
    morning_worse,
    stiffness_worse,
)
from calfdesk.domain.rehab.plans import Enrolment
from calfdesk.i18n import number, short_number

Status = Literal["green", "amber", "red"]
Answer = Literal["yes", "not_yet", "not_today"]
STATUSES: Final[tuple[Status, ...]] = ("green", "amber", "red")
ITEM_IDS: Final = ("red_flags", "pain_monitoring", "morning", "heel_raise", "hop", "plan", "planned_run")
SEXES: Final = ("female", "male")
RUNNING_PHASE: Final = "return_to_running"
SELF_CARE: Final = "self_care"
# Routes a clinician's clearance of the plan can soften to amber; emergency and urgent never.
CLEARABLE_ROUTE: Final = "see_clinician"
Number = int | float | str | None
# A test older than two weeks is amber; hopping may hurt at most 2/10 before the first runs (notes 3, 5a).
STALE_TEST_DAYS: Final = 14
HOP_PAIN_MAX: Final = 2
# The sore side at least 90% of the other (Green 2022); the sex medians hold for adults under 60.
HEEL_RAISE_MIN_RATIO: Final = 90.0
NORM_BELOW_AGE: Final = 60
# "Early runs" are the first two weeks of the return-to-running phase.
EARLY_RETURN_DAYS: Final = 14
# Like a plan start, an assessment older than six weeks no longer speaks for today.
SCREEN_WINDOW_DAYS: Final = 6 * 7
# The usual morning: the median of at least 3 mornings of the two weeks before today.
USUAL_MORNING_DAYS: Final = 14
USUAL_MORNING_MIN: Final = 3
# How far back the last session's pain is looked for.
PAIN_WINDOW_DAYS: Final = 30


@cache
def content() -> dict[str, Any]:
    data = load_toml("knowledge", "readiness.toml")
    for rule_id, rule in required(data, "rules", dict, "readiness.toml").items():
        source = f"readiness.toml [rules.{rule_id}]"
        if rule.get("item") not in ITEM_IDS or rule.get("status") not in STATUSES:
            raise ContentError(f"{source}: 'item' and 'status' must be known ids")
        if rule.get("source") not in data["sources"] or rule.get("measure", "") not in ("", *data["measures"]):
            raise ContentError(f"{source}: 'source' and 'measure' must be keys of [sources] and [measures]")
    return data


def caveat() -> str:
    return paragraph(content(), "caveat", "readiness.toml")


# Facts -------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Screen:
    """The latest saved assessment, as far as running goes."""

    assessment_id: int
    taken_on: dt.date
    triage: str
    headline: str
    flags: tuple[str, ...] = ()
    unscreened: int = 0
    # What the assessment said of each warning sign, in its own words.
    signs: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PlanFacts:
    """The active plan, and the pain of its sessions since its last change (phase or load)."""

    plan: Plan
    enrolment: Enrolment
    sessions: tuple[SessionPain, ...] = ()


@dataclass(frozen=True, slots=True)
class RunPain:
    """The worst soreness logged during (or right after) a run on `day`."""

    day: dt.date
    pain: int


@dataclass(frozen=True, slots=True)
class RunDistance:
    day: dt.date
    distance_km: float


@dataclass(frozen=True, slots=True)
class Facts:
    """What the checklist reads, gathered by the service. `runs` are those before `today` (up to 30 days),
    `mornings` one per day (the worst morning entry), `run_pains` one per day."""

    today: dt.date
    screen: Screen | None = None
    plan: PlanFacts | None = None
    run_pains: tuple[RunPain, ...] = ()
    mornings: tuple[MorningCheckIn, ...] = ()
    test: HeelRaiseTest | None = None
    hop_test: HeelRaiseTest | None = None
    runs: tuple[RunDistance, ...] = ()
    planned_km: float | None = None
    # Today's run is a harder session: faster running, intervals or hills.
    planned_hard: bool = False
    sex: str | None = None
    birth_year: int | None = None


# Results -----------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Item:
    """One checklist line: `rule` names its words in readiness.toml, `numbers` fill them in."""

    id: str
    status: Status
    rule: str
    numbers: Mapping[str, Number] = field(default_factory=dict)

    @property
    def source(self) -> str:
        return str(content()["sources"][content()["rules"][self.rule]["source"]])

    @property
    def measure(self) -> str | None:
        """The measurement that would make this item better, or None."""
        return str(content()["rules"][self.rule].get("measure", "")) or None


@dataclass(frozen=True, slots=True)
class Readiness:
    day: dt.date
    planned_km: float | None
    items: tuple[Item, ...]

    @property
    def answer(self) -> Answer:
        statuses = {item.status for item in self.items}
        if "red" in statuses:
            return "not_today"
        return "not_yet" if "amber" in statuses else "yes"

    @property
    def see_clinician(self) -> bool:
        """The red-flag item is red: the answer is "not today: see a clinician"."""
        return self.item("red_flags").status == "red"

    def item(self, item_id: str) -> Item:
        return next(item for item in self.items if item.id == item_id)

    @property
    def better_with(self) -> tuple[str, ...]:
        """Measurements that would make the answer better (an amber or red item, or a green one judged on part
        of what it could use), without repeats, in checklist order."""
        found: list[str] = []
        for item in self.items:
            if item.measure is not None and item.measure not in found:
                found.append(item.measure)
        return tuple(found)


@dataclass(frozen=True, slots=True)
class ItemWords:
    reason: str
    to_green: str


def item_words(
    item: Item, distance: Callable[[float], str] | None = None, day: Callable[[dt.date], str] | None = None
) -> ItemWords:
    """The item's reason and what would make it green, from readiness.toml; a number named *_km is shown
    with `distance` (default: kilometres with one decimal), a date (*_day, *_on) with `day` (default: ISO)."""
    show_distance = distance or (lambda km: f"{number(km, 1)} km")
    show_day = day or dt.date.isoformat
    values = {key: _shown(key, value, show_distance, show_day) for key, value in item.numbers.items()}
    rule = content()["rules"][item.rule]
    return ItemWords(
        reason=" ".join(str(rule["reason"]).format(**values).split()),
        to_green=" ".join(str(rule["to_green"]).format(**values).split()),
    )


def _shown(key: str, value: Number, distance: Callable[[float], str], day: Callable[[dt.date], str]) -> str:
    if value is None:
        return ""
    if key.endswith("_km") and isinstance(value, int | float):
        return distance(float(value))
    if key.endswith(("_day", "_on")) and isinstance(value, str):
        return day(dt.date.fromisoformat(value))
    if key.endswith("_pct") and isinstance(value, float):
        return short_number(value)
    if isinstance(value, float):
        return f"{value:.0f}"
    return str(value)


def measure_words(measure: str) -> str:
    return str(content()["measures"][measure])


# The rules ---------------------------------------------------------------------------------------------


def readiness(facts: Facts) -> Readiness:
    items = (
        red_flags_item(facts),
        pain_item(facts),
        morning_item(facts),
        heel_raise_item(facts),
        hop_item(facts),
        plan_item(facts),
        planned_run_item(facts),
    )
    return Readiness(facts.today, facts.planned_km, items)


def _item(rule: str, **numbers: Number) -> Item:
    data = content()["rules"][rule]
    return Item(id=data["item"], status=data["status"], rule=rule, numbers=numbers)


def red_flags_item(facts: Facts) -> Item:
    """Any warning sign, or a result other than self-care, is red whatever its age; a clinician's clearance of
    the plan softens only a "see a clinician" result of that same assessment, and only to amber."""
    screen = facts.screen
    if screen is None:
        return _item("red_flags_none")
    age = (facts.today - screen.taken_on).days
    taken_on = screen.taken_on.isoformat()
    if screen.triage != SELF_CARE or screen.flags:
        clearance = facts.plan.enrolment.cleared if facts.plan is not None else None
        if (
            clearance is not None
            and screen.triage == CLEARABLE_ROUTE
            and clearance.assessment_id == screen.assessment_id
        ):
            return _item("red_flags_cleared", taken_on=taken_on)
        return _item(
            "red_flags_open",
            taken_on=taken_on,
            headline=screen.headline,
            signs=" ".join(screen.signs),
            triage=screen.triage,
            flags=len(screen.flags),
        )
    if screen.unscreened:
        return _item("red_flags_unscreened", taken_on=taken_on, unscreened=screen.unscreened)
    if age > SCREEN_WINDOW_DAYS:
        return _item("red_flags_stale", taken_on=taken_on, days=age)
    return _item("red_flags_clear", taken_on=taken_on)


def pain_limit(facts: Facts) -> int:
    """The running phase's own pain limit (at most 5/10, 0-5 being for tendons; at most 2/10 where the phase is
    pain-free), else 5/10."""
    if facts.plan is not None:
        phase = facts.plan.plan.phase(facts.plan.enrolment.change_on(facts.today).phase_id)
        return min(phase.pain_limit, PAIN_ACCEPTABLE_MAX)
    return PAIN_ACCEPTABLE_MAX


def pain_item(facts: Facts) -> Item:
    """Rule (a): any session above the limit since the plan last changed is red; else the last session or run
    with a pain score decides."""
    limit = pain_limit(facts)
    window = PAIN_WINDOW_DAYS
    earliest = facts.today - dt.timedelta(days=window)
    sessions = facts.plan.sessions if facts.plan is not None else ()
    too_much = [session for session in sessions if session.pain > limit and session.day <= facts.today]
    if too_much:
        worst = max(too_much, key=lambda session: (session.pain, session.day))
        return _item("pain_too_much", worst_pain=worst.pain, worst_day=worst.day.isoformat(), limit=limit)
    order = {slot: index for index, slot in enumerate(SLOTS)}
    scored: list[tuple[dt.date, int, int]] = [
        (session.day, order[session.slot], session.pain) for session in sessions if earliest <= session.day
    ]
    scored += [(run.day, len(SLOTS), run.pain) for run in facts.run_pains if earliest <= run.day]
    scored = [entry for entry in scored if entry[0] <= facts.today]
    if not scored:
        return _item("pain_none", days=window)
    last_day, _slot, last_pain = max(scored)
    rule = "pain_ok" if last_pain <= limit else "pain_last_too_much"
    return _item(rule, last_day=last_day.isoformat(), last_pain=last_pain, limit=limit)


def usual_morning(mornings: Sequence[MorningCheckIn], today: dt.date) -> MorningCheckIn | None:
    """The runner's usual morning: the median pain and stiffness of the mornings of the last two weeks before
    today; None with fewer than `usual_morning_min` of them."""
    start = today - dt.timedelta(days=USUAL_MORNING_DAYS)
    earlier = [item for item in mornings if start <= item.day < today]
    if len(earlier) < USUAL_MORNING_MIN:
        return None
    stiffness = [item.stiffness_min for item in earlier if item.stiffness_min is not None]
    return MorningCheckIn(
        day=earlier[-1].day,
        pain=round(statistics.median(item.pain for item in earlier)),
        stiffness_min=round(statistics.median(stiffness)) if stiffness else None,
    )


def morning_item(facts: Facts) -> Item:
    """This morning against the runner's usual, with the pain model's rule (c) for "worse"."""
    mornings = sorted(facts.mornings, key=lambda item: item.day)
    todays = next((item for item in mornings if item.day == facts.today), None)
    if todays is None:
        return _item("morning_missing")
    usual = usual_morning(mornings, facts.today)
    if usual is None:
        return _item(
            "morning_no_usual",
            pain=todays.pain,
            needed=USUAL_MORNING_MIN,
            days=USUAL_MORNING_DAYS,
        )
    numbers: dict[str, Number] = {
        "pain": todays.pain,
        "usual_pain": usual.pain,
        "stiffness_min": todays.stiffness_min,
        "usual_stiffness_min": usual.stiffness_min,
    }
    if morning_worse(usual, todays) is not None:
        worse_stiffness = stiffness_worse(usual.stiffness_min, todays.stiffness_min)
        pain_rose = todays.pain - usual.pain >= MORNING_PAIN_WORSE
        return _item(
            "morning_worse_stiffness" if worse_stiffness and not pain_rose else "morning_worse_pain", **numbers
        )
    return _item("morning_usual", **numbers)


def _age(facts: Facts) -> int | None:
    return facts.today.year - facts.birth_year if facts.birth_year is not None else None


def heel_raise_norm(sex: str | None, age: int | None) -> int | None:
    """The median single-leg heel raises for `sex` (Hebert-Losier 2017); None when sex or age is unknown or the
    runner is 60 or older, where the medians do not hold."""
    if sex not in SEXES or age is None or age >= NORM_BELOW_AGE:
        return None
    return int(content()["heel_raise_norm"][str(sex)])


def heel_raise_item(facts: Facts) -> Item:
    """The sore side at least 90% of the other (Green 2022) and, with sex and age known, reps at the median for
    the runner's sex (Hebert-Losier 2017); a test older than two weeks is amber."""
    test = facts.test
    if test is None:
        return _item("heel_raise_none")
    days = (facts.today - test.day).days
    max_days = STALE_TEST_DAYS
    if days > max_days:
        return _item("heel_raise_stale", test_day=test.day.isoformat(), days=days, max_days=max_days)
    side = facts.plan.enrolment.side if facts.plan is not None else "both"
    sore, other = test.sore_and_other(side)
    ratio = test.symmetry_index(side)
    min_ratio = HEEL_RAISE_MIN_RATIO
    numbers: dict[str, Number] = {
        "test_day": test.day.isoformat(),
        "sore_reps": sore,
        "other_reps": other,
        "ratio": ratio,
        "min_ratio": min_ratio,
    }
    if ratio is None or ratio < min_ratio:
        return _item("heel_raise_ratio_low", **numbers)
    age = _age(facts)
    below_age = NORM_BELOW_AGE
    if facts.sex not in SEXES or age is None:
        note = str(content()["notes"]["norm_unknown"])
        return _item("heel_raise_ok_ratio_only", norm_note=note, **numbers)
    if age >= below_age:
        note = str(content()["notes"]["norm_age"]).format(below_age=below_age)
        return _item("heel_raise_ok_age", norm_note=note, age=age, **numbers)
    norm = heel_raise_norm(facts.sex, age)
    assert norm is not None
    return _item("heel_raise_ok" if sore >= norm else "heel_raise_below_norm", norm=norm, age=age, **numbers)


def hop_item(facts: Facts) -> Item:
    """Ten hops on the sore leg hurt at most 2/10 before the first runs; a test older than two weeks is amber."""
    test = facts.hop_test
    if test is None or test.hop_pain is None:
        return _item("hop_none")
    days = (facts.today - test.day).days
    max_pain = HOP_PAIN_MAX
    if test.hop_pain > max_pain:
        return _item("hop_painful", hop_pain=test.hop_pain, test_day=test.day.isoformat(), max_pain=max_pain)
    if days > STALE_TEST_DAYS:
        return _item("hop_stale", test_day=test.day.isoformat(), days=days)
    return _item("hop_ok", hop_pain=test.hop_pain, test_day=test.day.isoformat(), max_pain=max_pain)


def plan_item(facts: Facts) -> Item:
    """Running waits for the plan's return-to-running phase; a plan without one does not hold it back."""
    if facts.plan is None:
        return _item("plan_none")
    plan = facts.plan.plan
    phase = plan.phase(facts.plan.enrolment.change_on(facts.today).phase_id)
    ids = [item.id for item in plan.phases]
    if RUNNING_PHASE not in ids:
        return _item("plan_no_running_phase", plan=plan.name)
    if ids.index(phase.id) >= ids.index(RUNNING_PHASE):
        return _item("plan_running", phase=phase.name)
    running = plan.phase(RUNNING_PHASE)
    return _item("plan_before_running", phase=phase.name, running_phase=running.name, entry=running.entry)


def early_return_day(facts: Facts) -> int | None:
    """Which day (1, 2, ...) of the return-to-running phase today is, within its first two weeks; else None."""
    if facts.plan is None:
        return None
    enrolment = facts.plan.enrolment
    if enrolment.change_on(facts.today).phase_id != RUNNING_PHASE:
        return None
    day = (facts.today - enrolment.phase_started(facts.today)).days + 1
    return day if day <= EARLY_RETURN_DAYS else None


def longest_recent_km(runs: Sequence[RunDistance], today: dt.date) -> float | None:
    """The longest run of the 30 days before `today` (today's own runs do not count)."""
    start = today - dt.timedelta(days=long_run_spike.WINDOW_DAYS)
    recent = [run.distance_km for run in runs if start <= run.day < today]
    return max(recent) if recent else None


def last_run(runs: Sequence[RunDistance], today: dt.date) -> RunDistance | None:
    """The latest run of the 30 days before `today` (the longest of that day when there were several)."""
    start = today - dt.timedelta(days=long_run_spike.WINDOW_DAYS)
    recent = [run for run in runs if start <= run.day < today]
    return max(recent, key=lambda run: (run.day, run.distance_km)) if recent else None


def planned_run_item(facts: Facts) -> Item:
    """Early in a return no run the day after a run (Green 2022); the planned distance at most about 10% over
    the longest run of the last 30 days (Frandsen 2025); a harder session no longer than the last run, as
    distance and intensity are not raised together (Green 2022: red in the early runs, amber after)."""
    window = long_run_spike.WINDOW_DAYS
    yesterday = [run.distance_km for run in facts.runs if run.day == facts.today - dt.timedelta(days=1)]
    return_day = early_return_day(facts)
    if return_day is not None and yesterday:
        return _item("planned_run_consecutive", yesterday_km=max(yesterday), return_day=return_day)
    longest = longest_recent_km(facts.runs, facts.today)
    if longest is None:
        return _item("planned_run_no_recent", days=window)
    limit = round(long_run_spike.limit_km(longest), 1)
    last = last_run(facts.runs, facts.today)
    assert last is not None  # a longest run means a last one
    last_numbers: dict[str, Number] = {"last_km": last.distance_km, "last_day": last.day.isoformat()}
    if facts.planned_km is None:
        if facts.planned_hard:
            return _item("planned_run_hard_unknown", days=window, longest_km=longest, limit_km=limit, **last_numbers)
        return _item("planned_run_unknown", days=window, longest_km=longest, limit_km=limit)
    pct = long_run_spike.spike_pct(facts.planned_km, longest)
    numbers: dict[str, Number] = {
        "planned_km": facts.planned_km,
        "longest_km": longest,
        "limit_km": limit,
        "days": window,
    }
    if long_run_spike.is_spike(pct):
        assert pct is not None
        # Whole percents, unless rounding would show the limit itself ("10% over" for 10.3%): then its decimal.
        shown_pct = round(pct) if round(pct) > long_run_spike.SPIKE_PCT else pct
        return _item("planned_run_spike", spike_pct=shown_pct, **numbers)
    if not facts.planned_hard:
        return _item("planned_run_ok", **numbers)
    if facts.planned_km <= last.distance_km:
        return _item("planned_run_hard_ok", **numbers, **last_numbers)
    if return_day is not None:
        return _item("planned_run_hard_longer_early", return_day=return_day, **numbers, **last_numbers)
    return _item("planned_run_hard_longer", **numbers, **last_numbers)


def item_as_json(item: Item, words: ItemWords) -> dict[str, object]:
    return {
        "id": item.id,
        "status": item.status,
        "reason": words.reason,
        "source": item.source,
        "rule": item.rule,
        "to_green": words.to_green or None,
        "measure": item.measure,
        "numbers": dict(item.numbers),
    }


def readiness_as_json(result: Readiness) -> dict[str, object]:
    """The `ready --json` object (CONTRACTS.md), with extra fields after the contract's."""
    return {
        "answer": result.answer,
        "items": [item_as_json(item, item_words(item)) for item in result.items],
        "date": result.day.isoformat(),
        "planned_km": result.planned_km,
        "see_clinician": result.see_clinician,
        "better_with": list(result.better_with),
        "caveat": caveat(),
    }
