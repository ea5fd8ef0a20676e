"""The JSON objects of the `plan` sub-commands (CONTRACTS.md: `plan list`, `plan today`, `plan status`), and
the words for a plan file's differences from the built-in plan (`plan import`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from calfdesk.i18n import Texts
from calfdesk.words.rehab import dose_words, suggestion_words

_tr = Texts(__name__)

if TYPE_CHECKING:
    from calfdesk.domain.rehab import Phase, Plan, PlanDifference, PlanFile
    from calfdesk.services.rehab import PlanStatus, TodayPlan


def plan_as_json(plan: Plan) -> dict[str, object]:
    """A `plan list --json` object (CONTRACTS.md), plus the plan's variants."""
    return {
        "id": plan.id,
        "name": plan.name,
        "for_condition": plan.for_condition,
        "weeks": plan.weeks,
        "variants": sorted(plan.variants),
    }


def phase_as_json(phase: Phase) -> dict[str, object]:
    return {"id": phase.id, "name": phase.name, "goal": phase.goal}


def today_as_json(today: TodayPlan) -> dict[str, object]:
    """The `plan today --json` object (CONTRACTS.md)."""
    return {
        "plan": today.plan.id,
        "date": today.day.isoformat(),
        "phase": phase_as_json(today.phase),
        "items": [
            {
                "id": item.id,
                "exercise": item.exercise.id,
                "name": item.name,
                "dose": dose_words(item.exercise, item.dose, item.plan_side),
                "slot": item.slot,
                "done": item.done,
            }
            for item in today.items
        ],
    }


def status_as_json(status: PlanStatus) -> dict[str, object]:
    """The `plan status --json` object (CONTRACTS.md), plus side, load, streak and the latest test."""
    test = status.latest_test
    today_entry = status.adherence[-1] if status.adherence else None
    return {
        "plan": status.plan.id,
        "variant": status.enrolment.variant,
        "side": status.enrolment.side,
        "phase": phase_as_json(status.phase),
        "started": status.enrolment.started.isoformat(),
        "cleared_by_clinician": (
            {
                "assessment_date": status.enrolment.cleared.assessment_date.isoformat(),
                "advice": status.enrolment.cleared.advice,
            }
            if status.enrolment.cleared
            else None
        ),
        "load": status.load_label,
        "plan_file": plan_file_as_json(status.plan_file),
        "adherence_7d": status.weekly_percent,
        "streak_days": status.streak,
        "today": {"done": today_entry.done, "total": today_entry.total} if today_entry else None,
        "heel_raise_test": (
            {
                "date": test.day.isoformat(),
                "left": test.left_reps,
                "right": test.right_reps,
                "symmetry_pct": test.symmetry_index(status.enrolment.side),
                "hop_pain": test.hop_pain,
            }
            if test
            else None
        ),
        "suggestion": (
            {"action": status.suggestion.action, "reason": suggestion_words(status.suggestion)}
            if status.suggestion
            else None
        ),
    }


def plan_file_as_json(plan_file: PlanFile | None) -> dict[str, object] | None:
    if plan_file is None:
        return None
    return {
        "file_name": plan_file.file_name,
        "clinician": plan_file.clinician,
        "note": plan_file.note,
        "based_on": plan_file.based_on,
        "format_version": plan_file.format_version,
    }


def difference_text(difference: PlanDifference) -> str:
    """One line: where, what, and the built-in value against the file's."""
    where = _tr("phase {phase}").format(phase=difference.phase) if difference.phase else _tr("plan")
    if difference.field == "phase":
        added = difference.built_in is None
        return (_tr("adds phase {phase}") if added else _tr("drops phase {phase}")).format(phase=difference.phase)
    if difference.field == "exercise":
        added = difference.built_in is None
        change = _tr("adds exercise {exercise}") if added else _tr("drops exercise {exercise}")
        return f"{where}: {change.format(exercise=difference.exercise)}"
    if difference.exercise:
        where += f", {difference.exercise}"

    def value(text: str | None) -> str:
        if text is None and difference.exercise:
            return _tr("as in the catalogue")
        return text or _tr("none")

    return f"{where}: {difference.field} {value(difference.built_in)} -> {value(difference.plan_file)}"


def difference_as_json(difference: PlanDifference) -> dict[str, object]:
    return {
        "phase": difference.phase,
        "exercise": difference.exercise,
        "field": difference.field,
        "built_in": difference.built_in,
        "plan_file": difference.plan_file,
    }
