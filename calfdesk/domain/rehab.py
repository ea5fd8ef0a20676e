"""Rehab plans: the exercise catalog, plan phases, today's checklist, pain-monitoring suggestions, the
heel-raise test and adherence.

Pure rules over plain values: no Qt, no SQL. Content comes from `resources/exercises/*.toml` and
`resources/plans/*.toml`; see docs/REHAB.md for their format and CLINICAL_NOTES.md for the figures.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Final

from calfdesk.errors import InvalidInput

SLOTS: Final = ("morning", "day", "before_run", "after_run", "evening")
SLOT_LABELS: Final = {
    "morning": "Morning",
    "day": "Any time today",
    "before_run": "Before your run",
    "after_run": "After your run",
    "evening": "Evening",
}
KINDS: Final = ("stretch", "hold", "reps", "timed", "check", "test")
TIMER_KINDS: Final = frozenset({"stretch", "hold", "timed"})
EXERCISE_SIDES: Final = ("each_leg", "both_legs", "affected_leg", "none")
PLAN_SIDES: Final = ("left", "right", "both")
STATUSES: Final = ("active", "finished", "abandoned")
ACTIONS: Final = ("continue", "progress", "next_phase", "reduce")

# Pain-monitoring model (Silbernagel 2007): 0-2 safe, 3-5 acceptable, above 5 too much.
PAIN_SAFE_MAX: Final = 2
PAIN_ACCEPTABLE_MAX: Final = 5
EASY_SESSIONS_TO_PROGRESS: Final = 3
# Minutes of extra morning stiffness we still read as "no worse": a clock reading is not that precise.
STIFFNESS_TOLERANCE_MIN: Final = 5
HEEL_RAISE_MAX_REPS: Final = 300
STIFFNESS_MAX_MIN: Final = 24 * 60

# Which days of each 7-day cycle (counted from the phase's first day) an item with N days a week falls on;
# spread out so that running twice or three times a week is never on consecutive days.
WEEK_PATTERNS: Final[Mapping[int, tuple[int, ...]]] = {
    1: (0,),
    2: (0, 3),
    3: (0, 2, 4),
    4: (0, 2, 4, 6),
    5: (0, 1, 2, 4, 5),
    6: (0, 1, 2, 3, 4, 5),
    7: (0, 1, 2, 3, 4, 5, 6),
}


class ContentError(ValueError):
    """A resource file breaks the content format; a bug in the shipped content, not the runner's input."""


# ---------------------------------------------------------------- catalog


@dataclass(frozen=True, slots=True)
class Dose:
    sets: int = 0
    reps: int = 0
    hold_s: int = 0
    rest_s: int = 0
    minutes: int = 0
    times_per_day: int = 1
    days_per_week: int = 7
    extra_kg: int = 0


@dataclass(frozen=True, slots=True)
class Exercise:
    id: str
    name: str
    kind: str
    purpose: str
    side: str
    illustration: str
    steps: tuple[str, ...]
    stop_signs: tuple[str, ...]
    dose: Dose

    @property
    def has_timer(self) -> bool:
        """Stretches, holds and timed activities open a countdown timer."""
        return self.kind in TIMER_KINDS


@dataclass(frozen=True, slots=True)
class LoadLevel:
    id: str
    label: str
    sets_delta: int = 0
    reps_delta: int = 0
    hold_delta_s: int = 0
    extra_kg: int = 0


@dataclass(frozen=True, slots=True)
class Gate:
    """What must be true to enter a phase (besides three easy sessions in a row)."""

    min_days_in_previous: int = 0
    heel_raise_min_reps: int | None = None
    heel_raise_min_lsi: float | None = None


@dataclass(frozen=True, slots=True)
class PlanItem:
    exercise: str
    loaded: bool = False
    slots: tuple[str, ...] | None = None
    sets: int | None = None
    reps: int | None = None
    hold_s: int | None = None
    minutes: int | None = None
    days_per_week: int | None = None


@dataclass(frozen=True, slots=True)
class Phase:
    id: str
    name: str
    goal: str
    entry: str
    min_days: int
    gate: Gate
    items: tuple[PlanItem, ...]
    max_load: str | None = None


@dataclass(frozen=True, slots=True)
class Variant:
    id: str
    name: str
    description: str
    replace: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Plan:
    id: str
    name: str
    for_condition: str
    weeks: int
    summary: str
    phases: tuple[Phase, ...]
    load_levels: tuple[LoadLevel, ...]
    start_load_level: int
    variants: Mapping[str, Variant]

    def phase(self, phase_id: str) -> Phase:
        for phase in self.phases:
            if phase.id == phase_id:
                return phase
        raise KeyError(f"plan {self.id} has no phase {phase_id}")

    def phase_index(self, phase_id: str) -> int:
        return [phase.id for phase in self.phases].index(phase_id)

    def next_phase(self, phase_id: str) -> Phase | None:
        index = self.phase_index(phase_id) + 1
        return self.phases[index] if index < len(self.phases) else None

    def max_load_index(self, phase: Phase) -> int:
        if phase.max_load is None:
            return len(self.load_levels) - 1
        return [level.id for level in self.load_levels].index(phase.max_load)


@dataclass(frozen=True, slots=True)
class NoPlanPage:
    """A condition that gets an explanation and a logging guide instead of exercises."""

    id: str
    name: str
    for_condition: str
    why: str
    see_clinician: str
    log_for_clinician: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Catalog:
    exercises: Mapping[str, Exercise]
    plans: Mapping[str, Plan]
    no_plan_pages: Mapping[str, NoPlanPage]

    def plan(self, plan_id: str) -> Plan:
        """The plan, or InvalidInput naming why it cannot be started."""
        if plan_id in self.no_plan_pages:
            raise InvalidInput(
                f"plan: {plan_id} has no exercise plan; see a clinician and log when the pain starts and eases",
                field="plan",
            )
        if plan_id not in self.plans:
            raise InvalidInput(f"plan: '{plan_id}' is not a plan; choose one of {', '.join(self.plans)}", field="plan")
        return self.plans[plan_id]


def _require(data: Mapping[str, Any], key: str, kind: type, source: str) -> Any:
    if key not in data:
        raise ContentError(f"{source}: '{key}' is missing")
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ContentError(f"{source}: '{key}' must be a {kind.__name__}")
    return value


def _optional_int(data: Mapping[str, Any], key: str, source: str) -> int | None:
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ContentError(f"{source}: '{key}' must be a whole number of at least 0")
    return value


def _strings(data: Mapping[str, Any], key: str, source: str) -> tuple[str, ...]:
    values = _require(data, key, list, source)
    if not values or not all(isinstance(value, str) and value.strip() for value in values):
        raise ContentError(f"{source}: '{key}' must be a non-empty list of texts")
    return tuple(values)


def _choice(data: Mapping[str, Any], key: str, choices: Sequence[str], source: str) -> str:
    value = _require(data, key, str, source)
    if value not in choices:
        raise ContentError(f"{source}: '{key}' is '{value}', expected one of {', '.join(choices)}")
    return str(value)


def parse_dose(data: Mapping[str, Any], source: str) -> Dose:
    values = {name: _optional_int(data, name, source) for name in Dose.__dataclass_fields__}
    dose = Dose(**{name: value for name, value in values.items() if value is not None})
    if dose.days_per_week not in WEEK_PATTERNS or dose.times_per_day not in (1, 2):
        raise ContentError(f"{source}: dose needs 1-7 days a week and 1 or 2 times a day")
    return dose


def parse_exercise(data: Mapping[str, Any], source: str) -> Exercise:
    exercise = Exercise(
        id=_require(data, "id", str, source),
        name=_require(data, "name", str, source),
        kind=_choice(data, "kind", KINDS, source),
        purpose=" ".join(_require(data, "purpose", str, source).split()),
        side=_choice(data, "side", EXERCISE_SIDES, source),
        illustration=_require(data, "illustration", str, source),
        steps=_strings(data, "steps", source),
        stop_signs=_strings(data, "stop_signs", source),
        dose=parse_dose(_require(data, "dose", dict, source), f"{source} [dose]"),
    )
    dose = exercise.dose
    needs = {
        "stretch": dose.sets and dose.hold_s,
        "hold": dose.sets and dose.hold_s,
        "reps": dose.sets and dose.reps,
        "timed": dose.minutes,
        "check": True,
        "test": True,
    }
    if not needs[exercise.kind]:
        raise ContentError(f"{source}: a {exercise.kind} exercise needs its dose (sets with reps, hold_s or minutes)")
    return exercise


def _parse_item(data: Mapping[str, Any], source: str) -> PlanItem:
    slots = data.get("slots")
    if slots is not None and (not isinstance(slots, list) or not slots or any(slot not in SLOTS for slot in slots)):
        raise ContentError(f"{source}: 'slots' must list some of {', '.join(SLOTS)}")
    days = _optional_int(data, "days_per_week", source)
    if days is not None and days not in WEEK_PATTERNS:
        raise ContentError(f"{source}: 'days_per_week' must be 1-7")
    return PlanItem(
        exercise=_require(data, "exercise", str, source),
        loaded=bool(data.get("loaded", False)),
        slots=tuple(slots) if slots is not None else None,
        sets=_optional_int(data, "sets", source),
        reps=_optional_int(data, "reps", source),
        hold_s=_optional_int(data, "hold_s", source),
        minutes=_optional_int(data, "minutes", source),
        days_per_week=days,
    )


def _parse_phase(data: Mapping[str, Any], source: str) -> Phase:
    gate_data = data.get("gate", {})
    lsi = gate_data.get("heel_raise_min_lsi")
    gate = Gate(
        min_days_in_previous=_optional_int(gate_data, "min_days_in_previous", source) or 0,
        heel_raise_min_reps=_optional_int(gate_data, "heel_raise_min_reps", source),
        heel_raise_min_lsi=float(lsi) if lsi is not None else None,
    )
    items = tuple(
        _parse_item(item, f"{source} item {number}")
        for number, item in enumerate(_require(data, "items", list, source), start=1)
    )
    if not items:
        raise ContentError(f"{source}: a phase needs at least one item")
    return Phase(
        id=_require(data, "id", str, source),
        name=_require(data, "name", str, source),
        goal=" ".join(_require(data, "goal", str, source).split()),
        entry=" ".join(_require(data, "entry", str, source).split()),
        min_days=_optional_int(data, "min_days", source) or 0,
        gate=gate,
        items=items,
        max_load=data.get("max_load"),
    )


def parse_plan(data: Mapping[str, Any], source: str) -> Plan:
    levels = tuple(
        LoadLevel(
            id=_require(level, "id", str, source),
            label=_require(level, "label", str, source),
            sets_delta=int(level.get("sets_delta", 0)),
            reps_delta=int(level.get("reps_delta", 0)),
            hold_delta_s=int(level.get("hold_delta_s", 0)),
            extra_kg=int(level.get("extra_kg", 0)),
        )
        for level in _require(data, "load_levels", list, source)
    )
    level_ids = [level.id for level in levels]
    start_level = _require(data, "start_load_level", str, source)
    if start_level not in level_ids:
        raise ContentError(f"{source}: start_load_level '{start_level}' is not one of the load levels")
    phases = tuple(
        _parse_phase(phase, f"{source} phase {number}")
        for number, phase in enumerate(_require(data, "phases", list, source), start=1)
    )
    for phase in phases:
        if phase.max_load is not None and phase.max_load not in level_ids:
            raise ContentError(f"{source}: phase {phase.id} max_load '{phase.max_load}' is not a load level")
    variants = {
        variant_id: Variant(
            id=variant_id,
            name=_require(variant, "name", str, source),
            description=" ".join(_require(variant, "description", str, source).split()),
            replace=dict(variant.get("replace", {})),
        )
        for variant_id, variant in data.get("variants", {}).items()
    }
    return Plan(
        id=_require(data, "id", str, source),
        name=_require(data, "name", str, source),
        for_condition=_require(data, "for_condition", str, source),
        weeks=_require(data, "weeks", int, source),
        summary=" ".join(_require(data, "summary", str, source).split()),
        phases=phases,
        load_levels=levels,
        start_load_level=level_ids.index(start_level),
        variants=variants,
    )


def parse_no_plan_page(data: Mapping[str, Any], source: str) -> NoPlanPage:
    return NoPlanPage(
        id=_require(data, "id", str, source),
        name=_require(data, "name", str, source),
        for_condition=_require(data, "for_condition", str, source),
        why=" ".join(_require(data, "why", str, source).split()),
        see_clinician=" ".join(_require(data, "see_clinician", str, source).split()),
        log_for_clinician=_strings(data, "log_for_clinician", source),
    )


def build_catalog(
    exercise_files: Iterable[tuple[str, Mapping[str, Any]]], plan_files: Iterable[tuple[str, Mapping[str, Any]]]
) -> Catalog:
    """A catalog from already-read TOML tables, each with the file name it came from."""
    exercises: dict[str, Exercise] = {}
    for source, data in exercise_files:
        exercise = parse_exercise(data, source)
        if f"{exercise.id}.toml" != source.rsplit("/", 1)[-1]:
            raise ContentError(f"{source}: id '{exercise.id}' must match the file name")
        exercises[exercise.id] = exercise
    plans: dict[str, Plan] = {}
    pages: dict[str, NoPlanPage] = {}
    for source, data in plan_files:
        if data.get("exercise_plan", True):
            plan = parse_plan(data, source)
            plans[plan.id] = plan
        else:
            page = parse_no_plan_page(data, source)
            pages[page.id] = page
    return Catalog(exercises=exercises, plans=plans, no_plan_pages=pages)


@cache
def load_catalog() -> Catalog:
    """The bundled catalog, read once per process."""
    import tomllib

    from calfdesk.assets import list_toml

    def read(folder: str) -> list[tuple[str, dict[str, Any]]]:
        return [
            (f"{folder}/{item.name}", tomllib.loads(item.read_text(encoding="utf-8"))) for item in list_toml(folder)
        ]

    return build_catalog(read("exercises"), read("plans"))


def illustration_available(name: str) -> bool:
    from calfdesk.assets import resource

    return resource("illustrations", name).is_file()


def content_problems(catalog: Catalog, illustration_exists: Callable[[str], bool]) -> list[str]:
    """Every broken reference in the content: unknown exercises, missing illustrations, bad variants."""
    problems: list[str] = []
    for exercise in catalog.exercises.values():
        if not illustration_exists(exercise.illustration):
            problems.append(f"exercise {exercise.id}: illustration {exercise.illustration} is missing")
    for plan in catalog.plans.values():
        if not plan.phases:
            problems.append(f"plan {plan.id}: has no phases")
        if len({phase.id for phase in plan.phases}) != len(plan.phases):
            problems.append(f"plan {plan.id}: phase ids repeat")
        for phase in plan.phases:
            for item in phase.items:
                if item.exercise not in catalog.exercises:
                    problems.append(f"plan {plan.id} phase {phase.id}: unknown exercise {item.exercise}")
        for variant in plan.variants.values():
            for old, new in variant.replace.items():
                if new not in catalog.exercises:
                    problems.append(f"plan {plan.id} variant {variant.id}: unknown exercise {new}")
                if not any(item.exercise == old for phase in plan.phases for item in phase.items):
                    problems.append(f"plan {plan.id} variant {variant.id}: {old} is not in the plan")
    return problems


# ---------------------------------------------------------------- enrolment and checklist


@dataclass(frozen=True, slots=True)
class PlanChange:
    """From `effective` on, the plan runs in this phase at this load level (an index into load_levels)."""

    effective: dt.date
    phase_id: str
    load_level: int


@dataclass(frozen=True, slots=True)
class Enrolment:
    plan_id: str
    side: str
    started: dt.date
    changes: tuple[PlanChange, ...]
    variant: str | None = None
    status: str = "active"
    ended: dt.date | None = None
    id: int | None = None

    @property
    def current(self) -> PlanChange:
        return self.changes[-1]

    def change_on(self, day: dt.date) -> PlanChange:
        """The phase and load in force on `day` (the last change made on or before it)."""
        chosen = self.changes[0]
        for change in self.changes:
            if change.effective <= day:
                chosen = change
        return chosen

    def phase_started(self, day: dt.date) -> dt.date:
        """First day of the phase in force on `day` (load changes within a phase do not restart it)."""
        in_force = [change for change in self.changes if change.effective <= day] or [self.changes[0]]
        phase_id = in_force[-1].phase_id
        start = in_force[-1].effective
        for change in reversed(in_force):
            if change.phase_id != phase_id:
                break
            start = change.effective
        return start

    def is_running_on(self, day: dt.date) -> bool:
        if day < self.started:
            return False
        return self.ended is None or day <= self.ended


def start_enrolment(catalog: Catalog, plan_id: str, side: str, day: dt.date, variant: str | None = None) -> Enrolment:
    """A new enrolment in the plan's first phase at its starting load; InvalidInput for a bad choice."""
    plan = catalog.plan(plan_id)
    if side not in PLAN_SIDES:
        raise InvalidInput(f"side: '{side}' is not one of {', '.join(PLAN_SIDES)}", field="side")
    if variant is not None and variant not in plan.variants:
        known = ", ".join(plan.variants) or "none"
        raise InvalidInput(f"variant: {plan.id} has no variant '{variant}' (variants: {known})", field="variant")
    first = PlanChange(effective=day, phase_id=plan.phases[0].id, load_level=plan.start_load_level)
    return Enrolment(plan_id=plan.id, side=side, started=day, changes=(first,), variant=variant)


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    id: str
    day: dt.date
    exercise: Exercise
    slot: str
    dose: Dose
    dose_text: str
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
        raise InvalidInput(f"item: '{text}' is not a checklist item id (DATE:EXERCISE:SLOT)", field="item")
    try:
        day = dt.date.fromisoformat(parts[0])
    except ValueError:
        raise InvalidInput(f"item: '{text}' does not start with a YYYY-MM-DD date", field="item") from None
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


def side_text(exercise_side: str, plan_side: str) -> str:
    if exercise_side == "each_leg":
        return "each leg"
    if exercise_side == "both_legs":
        return "both legs"
    if exercise_side == "affected_leg":
        return f"{plan_side} leg" if plan_side in ("left", "right") else "each sore leg"
    return ""


def dose_text(exercise: Exercise, dose: Dose, plan_side: str) -> str:
    """What to do, in a few words: '3 × 15, left leg, +5 kg'."""
    if exercise.kind in ("stretch", "hold"):
        parts = [f"{dose.sets} × {dose.hold_s} s hold"]
    elif exercise.kind == "reps":
        parts = [f"{dose.sets} × {dose.reps}"]
    elif exercise.kind == "timed":
        parts = [f"{dose.minutes} min"]
    elif exercise.kind == "test":
        parts = ["to fatigue, then record"]
    else:
        parts = ["once"]
    sides = side_text(exercise.side, plan_side)
    if sides:
        parts.append(sides)
    if dose.extra_kg:
        parts.append(f"+{dose.extra_kg} kg")
    return ", ".join(parts)


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
    level = plan.load_levels[change.load_level]
    cycle_day = (day - enrolment.phase_started(day)).days % 7
    done = set(done_ids)
    items: list[ChecklistItem] = []
    for plan_item in phase.items:
        exercise = _exercise_for(catalog, enrolment, plan_item.exercise)
        dose = item_dose(exercise, plan_item, level)
        if cycle_day not in WEEK_PATTERNS[dose.days_per_week]:
            continue
        text = dose_text(exercise, dose, enrolment.side)
        for slot in item_slots(plan_item, dose):
            identifier = item_id(day, exercise.id, slot)
            items.append(ChecklistItem(identifier, day, exercise, slot, dose, text, identifier in done))
    order = {slot: index for index, slot in enumerate(SLOTS)}
    return sorted(items, key=lambda item: order[item.slot])


@dataclass(frozen=True, slots=True)
class TimerStep:
    """One stretch of the countdown: a hold (`work`), a rest between sets, or a pause to switch legs."""

    label: str
    seconds: int
    kind: str


SWITCH_LEGS_S: Final = 5


def timer_steps(exercise: Exercise, dose: Dose, plan_side: str) -> list[TimerStep]:
    """The countdown for a stretch, hold or timed exercise: every set (each leg in turn), rests between sets."""
    if exercise.kind == "timed":
        return [TimerStep(exercise.name, dose.minutes * 60, "work")]
    if exercise.side == "each_leg" or (exercise.side == "affected_leg" and plan_side == "both"):
        legs = ["left leg", "right leg"]
    elif exercise.side == "affected_leg":
        legs = [f"{plan_side} leg"]
    else:
        legs = [""]
    steps: list[TimerStep] = []
    for number in range(1, dose.sets + 1):
        for index, leg in enumerate(legs):
            where = f", {leg}" if leg else ""
            steps.append(TimerStep(f"Hold: set {number} of {dose.sets}{where}", dose.hold_s, "work"))
            if index < len(legs) - 1:
                steps.append(TimerStep("Switch legs", SWITCH_LEGS_S, "switch"))
        if number < dose.sets and dose.rest_s:
            steps.append(TimerStep("Rest", dose.rest_s, "rest"))
    return steps


# ---------------------------------------------------------------- measurements


def check_pain(value: int, field_name: str = "pain") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise InvalidInput(
            f"{field_name}: {value!r} is outside the scale; enter 0 (none) to 10 (worst)", field=field_name
        )
    return value


@dataclass(frozen=True, slots=True)
class SessionPain:
    """Pain during one exercise session, 0-10. `recorded_utc` orders sessions against decisions."""

    day: dt.date
    slot: str
    pain: int
    recorded_utc: str = ""


@dataclass(frozen=True, slots=True)
class MorningCheckIn:
    day: dt.date
    pain: int
    stiffness_min: int | None = None


def make_session_pain(day: dt.date, slot: str, pain: int, recorded_utc: str = "") -> SessionPain:
    check_pain(pain)
    if slot not in SLOTS:
        raise InvalidInput(f"slot: '{slot}' is not one of {', '.join(SLOTS)}", field="slot")
    return SessionPain(day, slot, pain, recorded_utc)


def make_morning_check_in(day: dt.date, pain: int, stiffness_min: int | None) -> MorningCheckIn:
    check_pain(pain, "morning_pain")
    if stiffness_min is not None and (isinstance(stiffness_min, bool) or not 0 <= stiffness_min <= STIFFNESS_MAX_MIN):
        raise InvalidInput(
            f"stiffness_min: {stiffness_min!r} minutes is not possible; enter 0 to {STIFFNESS_MAX_MIN}",
            field="stiffness_min",
        )
    return MorningCheckIn(day, pain, stiffness_min)


@dataclass(frozen=True, slots=True)
class HeelRaiseTest:
    """Single-leg heel raises to fatigue, each leg."""

    day: dt.date
    left_reps: int
    right_reps: int
    id: int | None = field(default=None, compare=False)

    def sore_and_other(self, plan_side: str) -> tuple[int, int]:
        """(reps of the injured leg, reps of the other leg); with both legs sore, the weaker one counts."""
        if plan_side == "left":
            return self.left_reps, self.right_reps
        if plan_side == "right":
            return self.right_reps, self.left_reps
        return min(self.left_reps, self.right_reps), max(self.left_reps, self.right_reps)

    def symmetry_index(self, plan_side: str) -> float | None:
        """Limb symmetry index: injured / uninjured x 100; None when the other leg managed none."""
        sore, other = self.sore_and_other(plan_side)
        return round(sore / other * 100, 1) if other else None


def make_heel_raise_test(day: dt.date, left_reps: int, right_reps: int) -> HeelRaiseTest:
    for name, value in (("left_reps", left_reps), ("right_reps", right_reps)):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= HEEL_RAISE_MAX_REPS:
            raise InvalidInput(
                f"{name}: {value!r} is not a count of heel raises; enter 0 to {HEEL_RAISE_MAX_REPS}", field=name
            )
    return HeelRaiseTest(day, left_reps, right_reps)


# ---------------------------------------------------------------- phase gates and suggestions


@dataclass(frozen=True, slots=True)
class GateStatus:
    met: bool
    missing: tuple[str, ...]


def gate_status(
    plan: Plan, enrolment: Enrolment, phase: Phase, today: dt.date, test: HeelRaiseTest | None
) -> GateStatus:
    """Whether the runner may enter `phase` now, and what is still missing in words."""
    gate = phase.gate
    missing: list[str] = []
    days_in = (today - enrolment.phase_started(today)).days
    if days_in < gate.min_days_in_previous:
        left = gate.min_days_in_previous - days_in
        missing.append(f"{left} more day{'s' if left != 1 else ''} in the current phase")
    if gate.heel_raise_min_reps is not None or gate.heel_raise_min_lsi is not None:
        if test is None:
            missing.append("a heel-raise test")
        else:
            sore, _other = test.sore_and_other(enrolment.side)
            if gate.heel_raise_min_reps is not None and sore < gate.heel_raise_min_reps:
                missing.append(f"{gate.heel_raise_min_reps} heel raises on the sore leg (last test: {sore})")
            index = test.symmetry_index(enrolment.side)
            if gate.heel_raise_min_lsi is not None and (index is None or index < gate.heel_raise_min_lsi):
                shown = "n/a" if index is None else f"{index:.0f}%"
                missing.append(
                    f"the sore leg within {100 - gate.heel_raise_min_lsi:.0f}% of the other (last test: {shown})"
                )
    return GateStatus(met=not missing, missing=tuple(missing))


@dataclass(frozen=True, slots=True)
class Suggestion:
    action: str
    reason: str
    to_phase: str | None = None
    to_load_level: int | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "action": self.action,
            "reason": self.reason,
            "to_phase": self.to_phase,
            "to_load_level": self.to_load_level,
        }

    @property
    def changes_plan(self) -> bool:
        return self.action != "continue"


def _morning_verdict(check_ins: Sequence[MorningCheckIn], after: dt.date) -> tuple[str, MorningCheckIn | None]:
    """'worse', 'no_worse' or 'unknown' for the latest check-in after `after`, compared with the one before."""
    ordered = sorted(check_ins, key=lambda item: item.day)
    later = [item for item in ordered if item.day > after]
    if not later:
        return "unknown", None
    latest = later[-1]
    earlier = [item for item in ordered if item.day < latest.day]
    if not earlier:
        return "unknown", latest
    previous = earlier[-1]
    if latest.pain > previous.pain:
        return "worse", latest
    if (
        latest.stiffness_min is not None
        and previous.stiffness_min is not None
        and latest.stiffness_min > previous.stiffness_min + STIFFNESS_TOLERANCE_MIN
    ):
        return "worse", latest
    return "no_worse", latest


def _morning_worse_reason(check_ins: Sequence[MorningCheckIn], latest: MorningCheckIn) -> str:
    previous = max((item for item in check_ins if item.day < latest.day), key=lambda item: item.day)
    if latest.pain > previous.pain:
        return f"morning pain rose to {latest.pain}/10 from {previous.pain}/10"
    return f"morning stiffness rose to {latest.stiffness_min} min from {previous.stiffness_min} min"


def suggest(
    plan: Plan,
    enrolment: Enrolment,
    today: dt.date,
    sessions: Sequence[SessionPain],
    check_ins: Sequence[MorningCheckIn],
    test: HeelRaiseTest | None,
    since_utc: str = "",
) -> Suggestion | None:
    """The pain-monitoring model's advice, from the sessions recorded after the last decision (`since_utc`).

    None until a session's pain has been recorded. Pain above 5 or a worse morning: reduce. Three sessions
    in a row at 2 or less: the next phase when its gate is met, else more load, else continue. Otherwise
    continue.
    """
    order = {slot: index for index, slot in enumerate(SLOTS)}
    recent = sorted(
        (session for session in sessions if session.recorded_utc > since_utc),
        key=lambda session: (session.day, order[session.slot], session.recorded_utc),
    )
    if not recent:
        return None
    change = enrolment.current
    phase = plan.phase(change.phase_id)
    lower = max(change.load_level - 1, 0)
    ease = (
        f"ease off to '{plan.load_levels[lower].label}'"
        if lower < change.load_level
        else "this is already the lightest load, so rest a day and see a clinician if it keeps happening"
    )
    last = recent[-1]
    if last.pain > PAIN_ACCEPTABLE_MAX:
        return Suggestion(
            "reduce",
            f"Pain during the last session was {last.pain}/10, above the {PAIN_ACCEPTABLE_MAX}/10 limit: {ease}.",
            to_load_level=lower,
        )
    verdict, morning = _morning_verdict(check_ins, recent[0].day)
    if verdict == "worse" and morning is not None:
        return Suggestion(
            "reduce",
            f"The next morning was worse ({_morning_worse_reason(check_ins, morning)}): the pain had not "
            f"settled, so {ease}.",
            to_load_level=lower,
        )
    morning_note = " and the next morning was no worse" if verdict == "no_worse" else ""
    ask_morning = " Record tomorrow morning's pain and stiffness." if verdict == "unknown" else ""
    easy = recent[-EASY_SESSIONS_TO_PROGRESS:]
    if len(easy) == EASY_SESSIONS_TO_PROGRESS and all(session.pain <= PAIN_SAFE_MAX for session in easy):
        pains = ", ".join(f"{session.pain}" for session in easy)
        streak = f"Three sessions in a row at {PAIN_SAFE_MAX}/10 or less ({pains})"
        following = plan.next_phase(phase.id)
        gate = gate_status(plan, enrolment, following, today, test) if following is not None else None
        if following is not None and gate is not None and gate.met:
            return Suggestion(
                "next_phase",
                f"{streak} and the entry criteria of '{following.name}' are met: move on to it.",
                to_phase=following.id,
                to_load_level=plan.start_load_level,
            )
        if change.load_level < plan.max_load_index(phase):
            higher = change.load_level + 1
            return Suggestion(
                "progress",
                f"{streak}{morning_note}: add load, '{plan.load_levels[higher].label}'.{ask_morning}",
                to_load_level=higher,
            )
        if following is not None and gate is not None:
            return Suggestion(
                "continue",
                f"{streak}, but '{following.name}' still needs {', '.join(gate.missing)}. Keep this load.",
            )
        return Suggestion("continue", f"{streak} at the plan's top load: keep going and finish the plan.")
    band = "safe" if last.pain <= PAIN_SAFE_MAX else "acceptable"
    return Suggestion(
        "continue",
        f"Pain during the last session was {last.pain}/10, in the {band} range{morning_note}: keep the same load."
        f"{ask_morning}",
    )


def apply_suggestion(plan: Plan, enrolment: Enrolment, suggestion: Suggestion, day: dt.date) -> PlanChange:
    """The plan change that accepting `suggestion` makes, effective from `day`."""
    current = enrolment.current
    phase_id = suggestion.to_phase or current.phase_id
    level = suggestion.to_load_level if suggestion.to_load_level is not None else current.load_level
    if not 0 <= level < len(plan.load_levels):
        raise ValueError(f"load level {level} is outside plan {plan.id}")
    plan.phase(phase_id)
    return PlanChange(effective=day, phase_id=phase_id, load_level=level)


# ---------------------------------------------------------------- adherence


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
