"""Reading the rehab catalogue from `resources/exercises/*.toml` and `resources/plans/*.toml`: each table is
checked as it is read (a ContentError names the file and the key), then every reference between them
(`content_problems`). docs/REHAB.md describes the format."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any

from calfdesk.domain.content_tables import ContentError, choice, optional_count, paragraph, refused, required, texts
from calfdesk.domain.rehab.catalogue import (
    EXERCISE_SIDES,
    ITEM_DOSE_RANGES,
    KINDS,
    LOAD_LEVEL_RANGES,
    PAIN_FREE_MAX,
    PHASE_PAIN_LIMIT_MAX,
    SLOTS,
    STRETCH_HOLD_RANGE_S,
    WEEK_PATTERNS,
    Catalog,
    Dose,
    Exercise,
    Gate,
    LoadLevel,
    NoPlanPage,
    Phase,
    Plan,
    PlanItem,
    Variant,
)
from calfdesk.domain.rehab.measurements import HEEL_RAISE_MAX_REPS
from calfdesk.i18n import Texts

_tr = Texts(__name__)


def parse_dose(data: Mapping[str, Any], source: str) -> Dose:
    values = {name: optional_count(data, name, source) for name in Dose.__dataclass_fields__}
    dose = Dose(**{name: value for name, value in values.items() if value is not None})
    if dose.days_per_week not in WEEK_PATTERNS or dose.times_per_day not in (1, 2):
        raise ContentError(f"{source}: dose needs 1-7 days a week and 1 or 2 times a day")
    return dose


def parse_exercise(data: Mapping[str, Any], source: str) -> Exercise:
    exercise = Exercise(
        id=required(data, "id", str, source),
        name=required(data, "name", str, source),
        kind=choice(data, "kind", KINDS, source),
        purpose=paragraph(data, "purpose", source),
        side=choice(data, "side", EXERCISE_SIDES, source),
        illustration=required(data, "illustration", str, source),
        steps=texts(data, "steps", source),
        stop_signs=texts(data, "stop_signs", source),
        dose=parse_dose(required(data, "dose", dict, source), f"{source} [dose]"),
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


def _in_range(data: Mapping[str, Any], key: str, limits: tuple[int, int], source: str) -> int | None:
    """A whole number within `limits`, or None when the key is absent."""
    value = data.get(key)
    if value is None:
        return None
    low, high = limits
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise refused(source, _tr("must be a whole number from {low} to {high}").format(low=low, high=high), key)
    return value


def _required_in_range(data: Mapping[str, Any], key: str, limits: tuple[int, int], source: str) -> int:
    required(data, key, int, source)
    value = _in_range(data, key, limits, source)
    assert value is not None
    return value


def _parse_item(data: Mapping[str, Any], source: str) -> PlanItem:
    slots = data.get("slots")
    if slots is not None and (not isinstance(slots, list) or not slots or any(slot not in SLOTS for slot in slots)):
        raise refused(source, _tr("must list some of {slots}").format(slots=", ".join(SLOTS)), "slots")
    doses = {key: _in_range(data, key, limits, source) for key, limits in ITEM_DOSE_RANGES.items()}
    loaded = data.get("loaded", False)
    if not isinstance(loaded, bool):
        raise refused(source, _tr("must be true or false"), "loaded")
    return PlanItem(exercise=required(data, "exercise", str, source), loaded=loaded, slots=_slots(slots), **doses)


def _slots(slots: list[str] | None) -> tuple[str, ...] | None:
    return tuple(slots) if slots is not None else None


def _parse_gate(data: Mapping[str, Any], source: str) -> Gate:
    if not isinstance(data, dict):
        raise refused(source, _tr("must be a table"), "gate")
    lsi = data.get("heel_raise_min_lsi")
    if lsi is not None and (isinstance(lsi, bool) or not isinstance(lsi, int | float) or not 0 <= lsi <= 100):
        raise refused(source, _tr("must be a percentage from 0 to 100"), "heel_raise_min_lsi")
    return Gate(
        min_days_in_previous=_in_range(data, "min_days_in_previous", (0, 365), source) or 0,
        heel_raise_min_reps=_in_range(data, "heel_raise_min_reps", (0, HEEL_RAISE_MAX_REPS), source),
        heel_raise_min_lsi=float(lsi) if lsi is not None else None,
        hop_pain_max=_in_range(data, "hop_pain_max", (0, PAIN_FREE_MAX), source),
    )


def _parse_phase(data: Mapping[str, Any], source: str) -> Phase:
    items = tuple(
        _parse_item(item, f"{source}.items[{number}]")
        for number, item in enumerate(required(data, "items", list, source), start=1)
    )
    if not items:
        raise refused(source, _tr("needs at least one item"), "items")
    pain_limit = _in_range(data, "pain_limit", (0, PHASE_PAIN_LIMIT_MAX), source)
    return Phase(
        id=required(data, "id", str, source),
        name=required(data, "name", str, source),
        goal=paragraph(data, "goal", source),
        entry=paragraph(data, "entry", source),
        min_days=_in_range(data, "min_days", (0, 365), source) or 0,
        gate=_parse_gate(data.get("gate", {}), f"{source}.gate"),
        items=items,
        max_load=required(data, "max_load", str, source),
        pain_limit=PHASE_PAIN_LIMIT_MAX if pain_limit is None else pain_limit,
    )


def _parse_level(data: Mapping[str, Any], source: str) -> LoadLevel:
    deltas = {key: _in_range(data, key, limits, source) or 0 for key, limits in LOAD_LEVEL_RANGES.items()}
    return LoadLevel(id=required(data, "id", str, source), label=required(data, "label", str, source), **deltas)


def parse_plan(data: Mapping[str, Any], source: str) -> Plan:
    """A plan from its TOML table. Every problem is a ContentError naming the table (`phases[2].items[3]`) and
    the key, so the same checks serve the built-in plans and the plan files a clinician writes."""
    levels = tuple(
        _parse_level(level, f"{source} load_levels[{number}]")
        for number, level in enumerate(_tables(data, "load_levels", source), start=1)
    )
    level_ids = [level.id for level in levels]
    if not levels or len(set(level_ids)) != len(level_ids):
        raise refused(source, _tr("needs at least one level, each with its own id"), "load_levels")
    start_level = required(data, "start_load_level", str, source)
    if start_level not in level_ids:
        raise refused(
            source, _tr("'{level}' is not one of the load levels").format(level=start_level), "start_load_level"
        )
    phases = tuple(
        _parse_phase(phase, f"{source} phases[{number}]")
        for number, phase in enumerate(_tables(data, "phases", source), start=1)
    )
    if not phases or len({phase.id for phase in phases}) != len(phases):
        raise refused(source, _tr("needs at least one phase, each with its own id"), "phases")
    for number, phase in enumerate(phases, start=1):
        if phase.max_load not in level_ids:
            raise refused(
                f"{source} phases[{number}]",
                _tr("'{level}' is not a load level").format(level=phase.max_load),
                "max_load",
            )
        if level_ids.index(start_level) > level_ids.index(phase.max_load):
            problem = _tr("'{level}' is lighter than the starting load '{start}'")
            raise refused(
                f"{source} phases[{number}]", problem.format(level=phase.max_load, start=start_level), "max_load"
            )
    variants = {
        variant_id: Variant(
            id=variant_id,
            name=required(variant, "name", str, source),
            description=paragraph(variant, "description", source),
            replace=dict(variant.get("replace", {})),
        )
        for variant_id, variant in data.get("variants", {}).items()
    }
    return Plan(
        id=required(data, "id", str, source),
        name=required(data, "name", str, source),
        for_condition=required(data, "for_condition", str, source),
        weeks=_required_in_range(data, "weeks", (1, 52), source),
        summary=paragraph(data, "summary", source),
        phases=phases,
        load_levels=levels,
        start_load_level=level_ids.index(start_level),
        variants=variants,
    )


def _tables(data: Mapping[str, Any], key: str, source: str) -> list[Mapping[str, Any]]:
    values: list[Mapping[str, Any]] = required(data, key, list, source)
    if not all(isinstance(value, dict) for value in values):
        raise refused(source, _tr("must be a list of tables ([[{key}]])").format(key=key), key)
    return values


def parse_no_plan_page(data: Mapping[str, Any], source: str) -> NoPlanPage:
    return NoPlanPage(
        id=required(data, "id", str, source),
        name=required(data, "name", str, source),
        for_condition=required(data, "for_condition", str, source),
        why=paragraph(data, "why", source),
        see_clinician=paragraph(data, "see_clinician", source),
        log_for_clinician=texts(data, "log_for_clinician", source),
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
    from calfdesk.assets import list_toml, load_toml

    def read(folder: str) -> list[tuple[str, dict[str, Any]]]:
        # In the language being spoken: its overlay's texts over the English (calfdesk.assets.overlay).
        return [(f"{folder}/{item.name}", load_toml(folder, item.name)) for item in list_toml(folder)]

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
        problems.extend(f"plan {plan.id} {problem}" for problem in plan_problems(plan, catalog.exercises))
    return problems


def plan_problems(plan: Plan, exercises: Mapping[str, Exercise]) -> list[ContentError]:
    """What in `plan` does not fit the exercise catalogue, each naming its table and key (`phases[2].items[3]:
    'exercise' ...`): unknown exercises, stretches held outside 10-30 s, variants replacing what is not there."""
    problems: list[ContentError] = []
    low, high = STRETCH_HOLD_RANGE_S
    for phase_number, phase in enumerate(plan.phases, start=1):
        for item_number, item in enumerate(phase.items, start=1):
            where = f"phases[{phase_number}].items[{item_number}]"
            exercise = exercises.get(item.exercise)
            if exercise is None:
                problem = _tr("'{exercise}' is not in the exercise catalogue").format(exercise=item.exercise)
                problems.append(refused(where, problem, "exercise"))
            elif exercise.kind == "stretch" and item.hold_s is not None and not low <= item.hold_s <= high:
                problem = _tr("of a stretch must be from {low} to {high} seconds, to a mild pull")
                problems.append(refused(where, problem.format(low=low, high=high), "hold_s"))
    for variant in plan.variants.values():
        where = f"variants.{variant.id}"
        for old, new in variant.replace.items():
            if new not in exercises:
                problem = _tr("names an unknown exercise '{exercise}'").format(exercise=new)
                problems.append(refused(where, problem, "replace"))
            if not any(item.exercise == old for phase in plan.phases for item in phase.items):
                problem = _tr("names '{exercise}', which is not in the plan").format(exercise=old)
                problems.append(refused(where, problem, "replace"))
    return problems
