"""The rehab catalogue: its exercises, plans (phases, items, gates, load levels, variants) and the conditions
that get a page instead of a plan, as plain records. `catalogue_files` reads them from `resources/exercises/*.toml`
and `resources/plans/*.toml` (docs/REHAB.md describes the format)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)

SLOTS: Final = ("morning", "day", "before_run", "after_run", "evening")
SLOT_LABELS: Final = {
    "morning": "Morning",
    "day": "Any time today",
    "before_run": "Before your run",
    "after_run": "After your run",
    "evening": "Evening",
}
# The highest pain during a session that a phase may allow (CLINICAL_NOTES.md section 2: above 5/10 is too
# much); a phase allowing 2/10 or less is a pain-free phase (section 4b: the 0-5 range is for tendons).
PHASE_PAIN_LIMIT_MAX: Final = 5
PAIN_FREE_MAX: Final = 2
# What a plan may ask for (CLINICAL_NOTES.md section 2: heel raises and drops 3 x 15, holds 30-45 s, stretches
# held 10-30 s, loads added in steps up to a 20 kg backpack), checked for the built-in plans and plan files alike:
# a plan item's dose, and a load level's change to it.
ITEM_DOSE_RANGES: Final[Mapping[str, tuple[int, int]]] = {
    "sets": (1, 5),
    "reps": (1, 30),
    "hold_s": (5, 60),
    "minutes": (1, 60),
    "days_per_week": (1, 7),
}
STRETCH_HOLD_RANGE_S: Final = (10, 30)
LOAD_LEVEL_RANGES: Final[Mapping[str, tuple[int, int]]] = {
    "sets_delta": (-2, 2),
    "reps_delta": (-10, 10),
    "hold_delta_s": (-20, 15),
    "extra_kg": (0, 20),
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
    # Seconds to lower the heel in each rep (the eccentric part); 0 where the exercise sets no tempo.
    lower_s: int = 0


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
        """Stretches, holds and timed activities open a countdown timer; reps with a lowering time (heel drops)
        the same timer, counting each rep."""
        return self.kind in TIMER_KINDS or (self.kind == "reps" and self.dose.lower_s > 0)


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
    pain_limit: int = PHASE_PAIN_LIMIT_MAX

    @property
    def pain_free(self) -> bool:
        """A phase whose sessions should not hurt (2/10 at most), such as an early strain's calm phase."""
        return self.pain_limit <= PAIN_FREE_MAX


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
        """The heaviest load level `phase` allows before the next phase's gate is met."""
        if phase.max_load is None:
            return len(self.load_levels) - 1
        return [level.id for level in self.load_levels].index(phase.max_load)

    def load_in_phase(self, phase: Phase, load_level: int) -> int:
        """`load_level`, held down to the phase's heaviest load (a level saved above it never applies)."""
        return min(load_level, self.max_load_index(phase))


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
            problem = _tr("plan: {plan} has no exercise plan; see a clinician and log when the pain starts and eases")
            raise InvalidInput(problem.format(plan=plan_id), field="plan")
        if plan_id not in self.plans:
            problem = _tr("plan: '{plan}' is not a plan; choose one of {plans}")
            raise InvalidInput(problem.format(plan=plan_id, plans=", ".join(self.plans)), field="plan")
        return self.plans[plan_id]
