"""The rehab catalogue: exercises and plans as read from `resources/exercises/*.toml` and
`resources/plans/*.toml`, checked on load (docs/REHAB.md describes the format)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
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
    hop_pain_max: int | None = None


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
        hop_pain_max=_optional_int(gate_data, "hop_pain_max", source),
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
