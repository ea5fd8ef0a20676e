"""Today's checklist of a running plan, the dose of each item, the countdown of timed items, and adherence over
the days. The window and the command line word a dose (calfdesk.words.rehab)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from calfdesk.domain.rehab.catalogue import SLOTS, WEEK_PATTERNS, Catalog, Dose, Exercise, LoadLevel, PlanItem
from calfdesk.domain.rehab.plans import Enrolment
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    id: str
    day: dt.date
    exercise: Exercise
    slot: str
    dose: Dose
    # The plan's sore leg ("left", "right", "both"), for the words of an item done on the affected leg.
    plan_side: str
    done: bool = False

    @property
    def name(self) -> str:
        return self.exercise.name


def item_id(day: dt.date, exercise_id: str, slot: str) -> str:
    """Stable per day: the same exercise in the same slot on the same date always has this id."""
    return f"{day.isoformat()}:{exercise_id}:{slot}"


def parse_item_id(text: str) -> tuple[dt.date, str, str]:
    parts = text.split(":")
    if len(parts) != 3 or parts[2] not in SLOTS:
        problem = _tr("item: '{text}' is not a checklist item id (DATE:EXERCISE:SLOT)")
        raise InvalidInput(problem.format(text=text), field="item")
    try:
        day = dt.date.fromisoformat(parts[0])
    except ValueError:
        problem = _tr("item: '{text}' does not start with a YYYY-MM-DD date")
        raise InvalidInput(problem.format(text=text), field="item") from None
    return day, parts[1], parts[2]


def item_dose(exercise: Exercise, item: PlanItem, level: LoadLevel | None) -> Dose:
    """The catalog dose, with the plan's overrides, then the load level for loaded items."""
    base = exercise.dose
    dose = replace(
        base,
        sets=item.sets if item.sets is not None else base.sets,
        reps=item.reps if item.reps is not None else base.reps,
        hold_s=item.hold_s if item.hold_s is not None else base.hold_s,
        minutes=item.minutes if item.minutes is not None else base.minutes,
        days_per_week=item.days_per_week if item.days_per_week is not None else base.days_per_week,
    )
    if item.loaded and level is not None:
        dose = replace(
            dose,
            sets=max(1, dose.sets + level.sets_delta) if dose.sets else 0,
            reps=max(1, dose.reps + level.reps_delta) if dose.reps else 0,
            hold_s=max(5, dose.hold_s + level.hold_delta_s) if dose.hold_s else 0,
            extra_kg=level.extra_kg,
        )
    return dose


def _exercise_for(catalog: Catalog, enrolment: Enrolment, exercise_id: str) -> Exercise:
    if enrolment.variant is not None:
        plan = catalog.plans[enrolment.plan_id]
        exercise_id = plan.variants[enrolment.variant].replace.get(exercise_id, exercise_id)
    return catalog.exercises[exercise_id]


def item_slots(item: PlanItem, dose: Dose) -> tuple[str, ...]:
    if item.slots is not None:
        return item.slots
    return ("morning", "evening") if dose.times_per_day == 2 else ("day",)


def checklist(
    catalog: Catalog, enrolment: Enrolment, day: dt.date, done_ids: Iterable[str] = ()
) -> list[ChecklistItem]:
    """The items due on `day` in slot order (morning first, evening last), ticked where in `done_ids`."""
    if not enrolment.is_running_on(day):
        return []
    plan = catalog.plans[enrolment.plan_id]
    change = enrolment.change_on(day)
    phase = plan.phase(change.phase_id)
    level = plan.load_levels[plan.load_in_phase(phase, change.load_level)]
    cycle_day = (day - enrolment.phase_started(day)).days % 7
    done = set(done_ids)
    items: list[ChecklistItem] = []
    for plan_item in phase.items:
        exercise = _exercise_for(catalog, enrolment, plan_item.exercise)
        dose = item_dose(exercise, plan_item, level)
        if cycle_day not in WEEK_PATTERNS[dose.days_per_week]:
            continue
        for slot in item_slots(plan_item, dose):
            identifier = item_id(day, exercise.id, slot)
            items.append(ChecklistItem(identifier, day, exercise, slot, dose, enrolment.side, identifier in done))
    order = {slot: index for index, slot in enumerate(SLOTS)}
    return sorted(items, key=lambda item: order[item.slot])


@dataclass(frozen=True, slots=True)
class TimerStep:
    """One stretch of a timer: a hold or a timed activity (`work`), the rise and the slow lowering of one rep
    (`rise`, `lower`), a rest before the next set (`rest`) or a pause to change to the other leg (`switch`).

    Where it falls in the dose, for the window to word: set `number` of `sets` (the coming set for a rest),
    `leg` ("left", "right", or "" when both legs work together; the coming leg for a switch), and `rep` of
    `reps` for a rep. A timed activity has no sets (`sets` is 0)."""

    kind: str
    seconds: int
    number: int = 0
    sets: int = 0
    leg: str = ""
    rep: int = 0
    reps: int = 0


SWITCH_LEGS_S: Final = 5
# Rising onto the toes (with the good leg, in a heel drop) takes no set time; this leaves room to get up.
RISE_S: Final = 2


def timer_steps(exercise: Exercise, dose: Dose, plan_side: str) -> list[TimerStep]:
    """The timer of a stretch, hold or timed exercise (every set, each leg in turn, rests between sets), or of a
    reps exercise with a lowering time (`Exercise.has_timer`): each rep's rise and slow lowering, set by set."""
    if exercise.kind == "timed":
        return [TimerStep("work", dose.minutes * 60)]
    if exercise.side == "each_leg" or (exercise.side == "affected_leg" and plan_side == "both"):
        legs = ["left", "right"]
    elif exercise.side == "affected_leg":
        legs = [plan_side]
    else:
        legs = [""]
    coached = exercise.kind == "reps"
    steps: list[TimerStep] = []
    for number in range(1, dose.sets + 1):
        if number > 1 and dose.rest_s:
            steps.append(TimerStep("rest", dose.rest_s, number, dose.sets, legs[0]))
        for index, leg in enumerate(legs):
            if index:
                steps.append(TimerStep("switch", SWITCH_LEGS_S, number, dose.sets, leg))
            if not coached:
                steps.append(TimerStep("work", dose.hold_s, number, dose.sets, leg))
                continue
            for rep in range(1, dose.reps + 1):
                steps.append(TimerStep("rise", RISE_S, number, dose.sets, leg, rep, dose.reps))
                steps.append(TimerStep("lower", dose.lower_s, number, dose.sets, leg, rep, dose.reps))
    return steps


@dataclass(frozen=True, slots=True)
class DayAdherence:
    day: dt.date
    done: int
    total: int

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.done >= self.total


def adherence_days(
    catalog: Catalog,
    enrolment: Enrolment,
    start: dt.date,
    end: dt.date,
    done_ids: Iterable[str],
) -> list[DayAdherence]:
    """Completed and scheduled items for each day from `start` to `end` while the plan ran."""
    done = set(done_ids)
    days: list[DayAdherence] = []
    day = max(start, enrolment.started)
    last = min(end, enrolment.ended) if enrolment.ended else end
    while day <= last:
        items = checklist(catalog, enrolment, day, done)
        days.append(DayAdherence(day, sum(item.done for item in items), len(items)))
        day += dt.timedelta(days=1)
    return days


def weekly_percent(days: Sequence[DayAdherence], today: dt.date) -> float | None:
    """Completed / scheduled items over the 7 days ending today, as a percentage; None if nothing was due."""
    week = [day for day in days if today - dt.timedelta(days=6) <= day.day <= today]
    total = sum(day.total for day in week)
    if not total:
        return None
    return round(100 * sum(day.done for day in week) / total, 1)


def current_streak(days: Sequence[DayAdherence], today: dt.date) -> int:
    """Days in a row with every item done, ending today (or yesterday while today is still in progress)."""
    by_day = {day.day: day for day in days}
    cursor = today
    today_entry = by_day.get(today)
    if today_entry is None or not today_entry.complete:
        cursor = today - dt.timedelta(days=1)
    streak = 0
    while (entry := by_day.get(cursor)) is not None:
        if entry.total:
            if not entry.complete:
                break
            streak += 1
        cursor -= dt.timedelta(days=1)
    return streak
