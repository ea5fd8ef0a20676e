"""A plan file's changes against the built-in plan in words, one row each (where, what, built-in, file): the
same rows in the import dialog and in the PDF report."""

from __future__ import annotations

from typing import Final

from calfdesk.domain.rehab import Catalog, PlanDifference, PlanFile
from calfdesk.i18n import Texts

# What each field of a plan file is called on screen (translated where shown).
FIELD_WORDS: Final = {
    "name": "Name",
    "weeks": "Weeks",
    "summary": "Summary",
    "start_load_level": "Starting load",
    "load_levels": "Load levels",
    "goal": "Goal",
    "entry": "When to start it",
    "min_days": "Days at least",
    "max_load": "Heaviest load",
    "pain_limit": "Pain limit (0-10)",
    "min_days_in_previous": "Days in the phase before",
    "heel_raise_min_reps": "Heel raises needed",
    "heel_raise_min_lsi": "Side-to-side ratio needed (%)",
    "hop_pain_max": "Hopping pain at most",
    "loaded": "Load added",
    "slots": "Sessions",
    "sets": "Sets",
    "reps": "Repetitions",
    "hold_s": "Hold (seconds)",
    "minutes": "Minutes",
    "days_per_week": "Days a week",
    "exercise": "Exercise",
    "phase": "Phase",
}


DOSE_FIELDS: Final = frozenset({"sets", "reps", "hold_s", "minutes", "days_per_week"})


_tr = Texts(__name__)


def change_headers() -> list[str]:
    return [_tr("Where"), _tr("What"), _tr("Built-in plan"), _tr("Plan file")]


def change_cells(change: PlanDifference, plan_file: PlanFile, catalog: Catalog) -> list[str]:
    """Where (the plan, or a phase and exercise by name), what (the field in words), and both values."""
    phases = {phase.id: phase.name for phase in catalog.plans[plan_file.based_on].phases}
    phases |= {phase.id: phase.name for phase in plan_file.plan.phases}

    def exercise_name(exercise_id: str | None) -> str:
        found = catalog.exercises.get(exercise_id or "")
        return found.name if found is not None else str(exercise_id)

    if change.phase is None:
        where = _tr("Plan")
    else:
        where = _tr("Phase “{name}”").format(name=phases.get(change.phase, change.phase))
    if change.exercise and change.field != "exercise":
        where += " · " + exercise_name(change.exercise)
    what = _tr(FIELD_WORDS.get(change.field, change.field))
    absent = _tr("as in the exercise") if change.exercise and change.field != "exercise" else "—"
    exercise = catalog.exercises.get(change.exercise or "")
    if exercise is not None and change.field in DOSE_FIELDS:
        # An item without its own dose does the exercise's: show that number.
        absent = str(getattr(exercise.dose, change.field))
    before, after = change.built_in, change.plan_file
    if change.field == "exercise":
        before, after = (exercise_name(before) if before else None), (exercise_name(after) if after else None)
    return [where, what, before if before is not None else absent, after if after is not None else absent]
