"""Enrolment in a plan: which plan, which leg, and the phase and load in force on each day."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from calfdesk.domain.rehab.catalogue import Catalog
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)

PLAN_SIDES: Final = ("left", "right", "both")
STATUSES: Final = ("active", "finished", "abandoned")


@dataclass(frozen=True, slots=True)
class PlanChange:
    """From `effective` on, the plan runs in this phase at this load level (an index into load_levels)."""

    effective: dt.date
    phase_id: str
    load_level: int


@dataclass(frozen=True, slots=True)
class Clearance:
    """The runner's answer when a plan was started against the latest assessment's advice: a clinician has
    cleared them. Kept with the plan and shown in the report."""

    assessment_id: int | None
    assessment_date: dt.date
    advice: str


@dataclass(frozen=True, slots=True)
class PlanFileSource:
    """The clinician's plan file a plan was started from, as it was read (`text`), and its file name."""

    text: str
    file_name: str


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
    cleared: Clearance | None = None
    plan_file: PlanFileSource | None = None
    # Why the plan ended, when the pain model ended it (the advice to stop loading and see a clinician).
    ended_reason: str | None = None

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


def start_enrolment(
    catalog: Catalog,
    plan_id: str,
    side: str,
    day: dt.date,
    variant: str | None = None,
    cleared: Clearance | None = None,
) -> Enrolment:
    """A new enrolment in the plan's first phase at its starting load; InvalidInput for a bad choice."""
    plan = catalog.plan(plan_id)
    if side not in PLAN_SIDES:
        problem = _tr("side: '{side}' is not one of {sides}")
        raise InvalidInput(problem.format(side=side, sides=", ".join(PLAN_SIDES)), field="side")
    if variant is not None and variant not in plan.variants:
        if plan.variants:
            problem = _tr("variant: {plan} has no variant '{variant}' (variants: {variants})")
        else:
            problem = _tr("variant: {plan} has no variant '{variant}' (variants: none)")
        raise InvalidInput(
            problem.format(plan=plan.id, variant=variant, variants=", ".join(plan.variants)), field="variant"
        )
    first = PlanChange(effective=day, phase_id=plan.phases[0].id, load_level=plan.start_load_level)
    return Enrolment(plan_id=plan.id, side=side, started=day, changes=(first,), variant=variant, cleared=cleared)
