"""Reading the rehab catalogue from `resources/exercises/*.toml` and `resources/plans/*.toml`: each table is
checked as it is read (a ContentError names the file and the key), then every reference between them
(`content_problems`). docs/REHAB.md describes the format."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import cache
from typing import Any

from calfdesk.domain.content_tables import ContentError, choice, optional_count, paragraph, required, texts
from calfdesk.domain.rehab.catalogue import (
    EXERCISE_SIDES,
    KINDS,
    SLOTS,
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


def _parse_item(data: Mapping[str, Any], source: str) -> PlanItem:
    slots = data.get("slots")
    if slots is not None and (not isinstance(slots, list) or not slots or any(slot not in SLOTS for slot in slots)):
        raise ContentError(f"{source}: 'slots' must list some of {', '.join(SLOTS)}")
    days = optional_count(data, "days_per_week", source)
    if days is not None and days not in WEEK_PATTERNS:
        raise ContentError(f"{source}: 'days_per_week' must be 1-7")
    return PlanItem(
        exercise=required(data, "exercise", str, source),
        loaded=bool(data.get("loaded", False)),
        slots=tuple(slots) if slots is not None else None,
        sets=optional_count(data, "sets", source),
        reps=optional_count(data, "reps", source),
        hold_s=optional_count(data, "hold_s", source),
        minutes=optional_count(data, "minutes", source),
        days_per_week=days,
    )


def _parse_phase(data: Mapping[str, Any], source: str) -> Phase:
    gate_data = data.get("gate", {})
    lsi = gate_data.get("heel_raise_min_lsi")
    gate = Gate(
        min_days_in_previous=optional_count(gate_data, "min_days_in_previous", source) or 0,
        heel_raise_min_reps=optional_count(gate_data, "heel_raise_min_reps", source),
        heel_raise_min_lsi=float(lsi) if lsi is not None else None,
        hop_pain_max=optional_count(gate_data, "hop_pain_max", source),
    )
    items = tuple(
        _parse_item(item, f"{source} item {number}")
        for number, item in enumerate(required(data, "items", list, source), start=1)
    )
    if not items:
        raise ContentError(f"{source}: a phase needs at least one item")
    return Phase(
        id=required(data, "id", str, source),
        name=required(data, "name", str, source),
        goal=paragraph(data, "goal", source),
        entry=paragraph(data, "entry", source),
        min_days=optional_count(data, "min_days", source) or 0,
        gate=gate,
        items=items,
        max_load=data.get("max_load"),
    )


def parse_plan(data: Mapping[str, Any], source: str) -> Plan:
    levels = tuple(
        LoadLevel(
            id=required(level, "id", str, source),
            label=required(level, "label", str, source),
            sets_delta=int(level.get("sets_delta", 0)),
            reps_delta=int(level.get("reps_delta", 0)),
            hold_delta_s=int(level.get("hold_delta_s", 0)),
            extra_kg=int(level.get("extra_kg", 0)),
        )
        for level in required(data, "load_levels", list, source)
    )
    level_ids = [level.id for level in levels]
    start_level = required(data, "start_load_level", str, source)
    if start_level not in level_ids:
        raise ContentError(f"{source}: start_load_level '{start_level}' is not one of the load levels")
    phases = tuple(
        _parse_phase(phase, f"{source} phase {number}")
        for number, phase in enumerate(required(data, "phases", list, source), start=1)
    )
    for phase in phases:
        if phase.max_load is not None and phase.max_load not in level_ids:
            raise ContentError(f"{source}: phase {phase.id} max_load '{phase.max_load}' is not a load level")
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
        weeks=required(data, "weeks", int, source),
        summary=paragraph(data, "summary", source),
        phases=phases,
        load_levels=levels,
        start_load_level=level_ids.index(start_level),
        variants=variants,
    )


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
