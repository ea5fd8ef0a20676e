"""Rehab plan use cases shared by the window and the command line: start a plan, today's checklist, ticks,
pain after a session, the morning check-in, heel-raise tests, suggestions and the runner's decisions."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from calfdesk.domain import rehab
from calfdesk.domain.days import check_believable_day
from calfdesk.domain.rehab import (
    Catalog,
    ChecklistItem,
    Clearance,
    DayAdherence,
    Enrolment,
    GateStatus,
    HeelRaiseTest,
    MorningCheckIn,
    Phase,
    Plan,
    PlanDifference,
    PlanFile,
    PlanFileError,
    PlanFileSource,
    SessionPain,
    Suggestion,
)
from calfdesk.errors import InvalidInput, system_reason
from calfdesk.i18n import Texts
from calfdesk.storage import rehab_store
from calfdesk.storage.database import Database

_tr = Texts(__name__)

ADHERENCE_HISTORY_DAYS = 12 * 7
MORNING_CHECK_IN_TIME = dt.time(8, 0)
# A saved assessment older than this no longer stands in the way of starting a plan.
ADVICE_WINDOW_DAYS = 6 * 7


class AdviceAgainstPlan(InvalidInput):
    """Starting this plan goes against the latest assessment's advice, or follows a plan the pain model ended
    with the advice to see a clinician, and no clinician's clearance was given."""

    def __init__(self, advice: AdviceAgainst, plan_id: str) -> None:
        if advice.assessment_id is None:
            message = _tr(
                "plan: the plan that ended on {day} advised to stop loading and see a clinician ({reason}); "
                "start {plan} only once a clinician has cleared you, then add --cleared"
            )
        else:
            message = _tr(
                "plan: the assessment of {day} advised '{headline}' and against starting {plan} ({reason}); "
                "start it only once a clinician has cleared you, then add --cleared"
            )
        words = message.format(day=advice.taken_on, reason=advice.reason, plan=plan_id, headline=advice.headline)
        super().__init__(words, field="plan")
        self.advice = advice


@dataclass(frozen=True, slots=True)
class AdviceAgainst:
    """Why starting a plan needs a clinician's clearance: the latest saved assessment (of the last six weeks)
    advises against it, or (`assessment_id` None) a plan ended in that time on the pain model's advice to stop
    loading and see a clinician."""

    assessment_id: int | None
    taken_on: dt.date
    headline: str
    reason: str

    def clearance(self) -> Clearance:
        return Clearance(self.assessment_id, self.taken_on, f"{self.headline}: {self.reason}")


STOP_HEADLINE = "Stop loading and see a clinician"


def advice_against(db: Database, plan_id: str, today: dt.date) -> AdviceAgainst | None:
    """Why starting `plan_id` today needs a clinician's clearance, or None: a plan the pain model ended with the
    advice to see a clinician in the last six weeks, or the latest saved assessment's objection (judged by
    today's rules on its answers as well as by what it said then) when it is not older than six weeks."""
    stopped = _recent_stop(db, today)
    if stopped is not None:
        return stopped
    return _assessment_against(db, plan_id, today)


def _recent_stop(db: Database, today: dt.date) -> AdviceAgainst | None:
    """The latest plan, when the pain model ended it in the last six weeks with the advice to see a clinician."""
    history = rehab_store.list_enrolments(db)
    latest = history[0] if history else None
    if latest is None or latest.ended is None or not latest.ended_reason:
        return None
    if (today - latest.ended).days > ADVICE_WINDOW_DAYS:
        return None
    return AdviceAgainst(None, latest.ended, _tr(STOP_HEADLINE), latest.ended_reason.rstrip("."))


def _assessment_against(db: Database, plan_id: str, today: dt.date) -> AdviceAgainst | None:
    from calfdesk.domain.assessment import advice_against_plan, assess, fallback_against
    from calfdesk.services import assessment

    history = assessment.list_history(db)
    if not history or (today - history[0].taken_at.date()).days > ADVICE_WINDOW_DAYS:
        return None
    saved = assessment.get_assessment(db, history[0].id)
    if saved is None or saved.id is None:
        return None
    reason = (
        advice_against_plan(saved.result, plan_id)
        or advice_against_plan(assess(dict(saved.answers)), plan_id)
        or fallback_against(saved.answers, plan_id)
    )
    if not reason:
        return None
    return AdviceAgainst(saved.id, saved.taken_at.date(), saved.result.headline, reason)


def catalog() -> Catalog:
    return rehab.load_catalog()


def list_plans() -> list[Plan]:
    return list(catalog().plans.values())


@functools.lru_cache(maxsize=8)
def _plan_from_file(text: str) -> PlanFile:
    return rehab.read_plan_file(text, catalog())


def plan_catalog(enrolment: Enrolment) -> Catalog:
    """The catalogue as `enrolment` runs it: a plan started from a plan file in place of the built-in plan."""
    if enrolment.plan_file is None:
        return catalog()
    built_in = catalog()
    plan = _plan_from_file(enrolment.plan_file.text).plan
    return dataclasses.replace(built_in, plans={**built_in.plans, enrolment.plan_id: plan})


def plan_file_of(enrolment: Enrolment) -> PlanFile | None:
    """The clinician's plan file `enrolment` was started from, as read then (None for a built-in plan)."""
    if enrolment.plan_file is None:
        return None
    return dataclasses.replace(_plan_from_file(enrolment.plan_file.text), file_name=enrolment.plan_file.file_name)


def read_plan_file(path: Path) -> PlanFile:
    """The plan file at `path`, checked (PlanFileError naming the line and field; InvalidInput if unreadable)."""
    try:
        with path.open("rb") as stream:
            data = stream.read(rehab.MAX_PLAN_FILE_BYTES + 1)
    except OSError as error:
        raise InvalidInput(
            _tr("{path}: cannot read the file ({reason})").format(path=path, reason=system_reason(error)),
            field="path",
        ) from None
    if len(data) > rehab.MAX_PLAN_FILE_BYTES:
        raise PlanFileError(None, "file", _tr("larger than 256 KB, too large for a plan file"))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PlanFileError(None, "file", _tr("is not UTF-8 text (byte {byte})").format(byte=error.start + 1)) from None
    return dataclasses.replace(rehab.read_plan_file(text, catalog()), file_name=path.name)


def plan_file_differences(plan_file: PlanFile) -> list[PlanDifference]:
    """What the plan file changes against the built-in plan it is based on."""
    return rehab.plan_differences(catalog().plans[plan_file.based_on], plan_file.plan)


def running_plan_file(db: Database, *, clinician: str | None = None, note: str | None = None) -> str:
    """The active plan as a plan file (its variant applied). The clinician's name and note default to those of
    the plan file it was started from, if any."""
    enrolment = _require_active(db)
    plan = rehab.with_variant(plan_catalog(enrolment).plans[enrolment.plan_id], enrolment.variant)
    source = plan_file_of(enrolment)
    return rehab.plan_file_text(
        plan,
        clinician if clinician is not None else (source.clinician if source else ""),
        note if note is not None else (source.note if source else ""),
    )


def export_plan(db: Database, path: Path, *, clinician: str | None = None, note: str | None = None) -> Enrolment:
    """Write the active plan as a plan file at `path` (whole or not at all)."""
    from calfdesk.services.files import write_text_atomically

    text = running_plan_file(db, clinician=clinician, note=note)
    with write_text_atomically(path) as stream:
        stream.write(text)
    return _require_active(db)


def _require_active(db: Database) -> Enrolment:
    enrolment = rehab_store.active_enrolment(db)
    if enrolment is None:
        raise InvalidInput(_tr("plan: no plan is active; start one with 'calfdesk plan start PLAN_ID'"), field="plan")
    return enrolment


def active_plan(db: Database) -> Enrolment | None:
    return rehab_store.active_enrolment(db)


def check_plan_choice(
    plan_id: str, *, side: str, variant: str | None, today: dt.date, plan_file: PlanFile | None = None
) -> Enrolment:
    """The enrolment a start would create, without touching the data file; InvalidInput for a bad choice. With
    `plan_file`, the plan is the file's (it has no variants) and `plan_id` must be the plan it is based on."""
    check_believable_day(today, "date")
    if plan_file is None:
        return rehab.start_enrolment(catalog(), plan_id, side, today, variant)
    if plan_id != plan_file.based_on:
        raise InvalidInput(
            _tr("plan: the plan file is based on {based_on}, not {plan}").format(
                based_on=plan_file.based_on, plan=plan_id
            ),
            field="plan",
        )
    built_in = catalog()
    with_file = dataclasses.replace(built_in, plans={**built_in.plans, plan_id: plan_file.plan})
    enrolment = rehab.start_enrolment(with_file, plan_id, side, today, variant)
    return dataclasses.replace(enrolment, plan_file=PlanFileSource(plan_file.text, plan_file.file_name))


def start_plan(
    db: Database,
    plan_id: str,
    *,
    side: str = "both",
    variant: str | None = None,
    today: dt.date,
    replace: bool = False,
    cleared: bool = False,
    plan_file: PlanFile | None = None,
) -> Enrolment:
    """Start a plan from its first phase. A plan already active is kept unless `replace` (then abandoned).

    When the latest assessment advises against the plan it starts only with `cleared` (the runner says a
    clinician has cleared them), and that answer is kept with the plan; else AdviceAgainstPlan. A plan from a
    clinician's `plan_file` goes through the same rules as the built-in plan it is based on, and the file is
    kept with the plan.
    """
    enrolment = check_plan_choice(plan_id, side=side, variant=variant, today=today, plan_file=plan_file)
    active = rehab_store.active_enrolment(db)
    if active is not None and not replace:
        raise InvalidInput(
            _tr("plan: {plan} is already active since {started}; finish or abandon it first").format(
                plan=active.plan_id, started=active.started
            ),
            field="plan",
        )
    advice = advice_against(db, plan_id, today)
    if advice is not None:
        if not cleared:
            raise AdviceAgainstPlan(advice, plan_id)
        enrolment = dataclasses.replace(enrolment, cleared=advice.clearance())
    return rehab_store.add_enrolment(db, enrolment, end_active_as="abandoned" if active is not None else None)


def end_plan(db: Database, *, today: dt.date, finished: bool) -> Enrolment:
    """Finish or abandon the active plan; its history stays."""
    enrolment = _require_active(db)
    assert enrolment.id is not None
    rehab_store.end_enrolment(db, enrolment.id, "finished" if finished else "abandoned", today)
    return enrolment


def plan_history(db: Database) -> list[Enrolment]:
    return rehab_store.list_enrolments(db)


@dataclass(frozen=True, slots=True)
class TodayPlan:
    enrolment: Enrolment
    plan: Plan
    phase: Phase
    day: dt.date
    items: list[ChecklistItem]

    @property
    def done_count(self) -> int:
        return sum(item.done for item in self.items)


def _plan_and_phase(enrolment: Enrolment, day: dt.date) -> tuple[Plan, Phase]:
    plan = plan_catalog(enrolment).plans[enrolment.plan_id]
    return plan, plan.phase(enrolment.change_on(day).phase_id)


def today_plan(db: Database, day: dt.date) -> TodayPlan | None:
    """Today's checklist of the active plan, or None when no plan is active."""
    enrolment = rehab_store.active_enrolment(db)
    if enrolment is None:
        return None
    assert enrolment.id is not None
    plan, phase = _plan_and_phase(enrolment, day)
    done = rehab_store.done_ids(db, enrolment.id, day, day)
    return TodayPlan(enrolment, plan, phase, day, rehab.checklist(plan_catalog(enrolment), enrolment, day, done))


def set_item_done(db: Database, item_id: str, *, today: dt.date, done: bool = True) -> ChecklistItem:
    """Tick (or untick) one checklist item of today or an earlier day of the active plan; saved at once."""
    day, _exercise, _slot = rehab.parse_item_id(item_id)
    if day > today:
        raise InvalidInput(
            _tr("item: {item} is in the future; tick it on {day}").format(item=item_id, day=day), field="item"
        )
    enrolment = _require_active(db)
    assert enrolment.id is not None
    items = {item.id: item for item in rehab.checklist(plan_catalog(enrolment), enrolment, day)}
    if item_id not in items:
        raise InvalidInput(
            _tr("item: {item} is not on the checklist of {day}").format(item=item_id, day=day), field="item"
        )
    if done:
        rehab_store.tick(db, enrolment.id, items[item_id])
    else:
        rehab_store.untick(db, enrolment.id, item_id)
    return items[item_id]


def record_session_pain(db: Database, pain: int, *, slot: str, day: dt.date) -> SessionPain:
    """Pain during the exercises of one session (0-10); the same day and slot again replaces it."""
    value = rehab.make_session_pain(day, slot, pain)
    enrolment = _require_active(db)
    assert enrolment.id is not None
    return rehab_store.save_session_pain(db, enrolment.id, value)


def morning_check_in(db: Database, day: dt.date) -> MorningCheckIn | None:
    stored = rehab_store.get_check_in(db, day)
    return stored.check_in if stored is not None else None


def morning_check_in_due(db: Database, day: dt.date) -> bool:
    """True on a morning after the plan's first day when today's check-in has not been given yet."""
    enrolment = rehab_store.active_enrolment(db)
    return enrolment is not None and enrolment.started < day and rehab_store.get_check_in(db, day) is None


# The place on the leg a plan's condition names; a plan for any other condition works the calf.
PLAN_LOCATIONS: Final = {"achilles_tendinopathy": "achilles"}


def plan_place(enrolment: Enrolment) -> tuple[str, str] | None:
    """Where (diary location) and which side the plan as started treats; None for a plan no longer known."""
    plan = plan_catalog(enrolment).plans.get(enrolment.plan_id)
    if plan is None:
        return None
    return PLAN_LOCATIONS.get(plan.for_condition, "calf"), enrolment.side


def record_morning_check_in(
    db: Database, day: dt.date, pain: int, stiffness_min: int | None, *, at: dt.time | None = None
) -> MorningCheckIn:
    """Save the morning's pain and stiffness, and the matching morning entry in the soreness diary."""
    from calfdesk.domain.diary import make_entry
    from calfdesk.storage import diary_store

    check_in = rehab.make_morning_check_in(day, pain, stiffness_min)
    enrolment = rehab_store.active_enrolment(db)
    location, side = (enrolment and plan_place(enrolment)) or ("calf", "both")
    entry = make_entry(
        local_date=day,
        local_time=at or MORNING_CHECK_IN_TIME,
        soreness=pain,
        context="morning",
        location=location,
        side=side,
        stiffness_min=stiffness_min,
        notes="Morning check-in",
    )
    previous = rehab_store.get_check_in(db, day)
    if previous is not None and previous.diary_entry_id is not None:
        existing = diary_store.list_entries(db, day, day)
        if any(item.id == previous.diary_entry_id for item in existing):
            diary_store.update_entry(db, entry.with_id(previous.diary_entry_id))
            rehab_store.save_check_in(db, check_in, previous.diary_entry_id)
            return check_in
    saved = diary_store.add_entry(db, entry)
    rehab_store.save_check_in(db, check_in, saved.id)
    return check_in


def record_heel_raise_test(
    db: Database, day: dt.date, left_reps: int, right_reps: int, hop_pain: int | None = None
) -> HeelRaiseTest:
    test = rehab.make_heel_raise_test(day, left_reps, right_reps, hop_pain)
    enrolment = rehab_store.active_enrolment(db)
    return rehab_store.add_heel_raise_test(db, test, enrolment.id if enrolment is not None else None)


def heel_raise_tests(db: Database) -> list[HeelRaiseTest]:
    return rehab_store.list_heel_raise_tests(db)


@dataclass(frozen=True, slots=True)
class PlanStatus:
    enrolment: Enrolment
    plan: Plan
    phase: Phase
    day: dt.date
    adherence: list[DayAdherence]
    weekly_percent: float | None
    streak: int
    suggestion: Suggestion | None
    tests: list[HeelRaiseTest]
    next_phase_gate: GateStatus | None
    sessions: list[SessionPain]
    plan_file: PlanFile | None = None

    @property
    def latest_test(self) -> HeelRaiseTest | None:
        return self.tests[-1] if self.tests else None

    @property
    def load_label(self) -> str:
        return self.plan.load_levels[self.enrolment.current.load_level].label


def plan_status(db: Database, day: dt.date) -> PlanStatus | None:
    """Phase, adherence, heel-raise tests and the current suggestion of the active plan."""
    enrolment = rehab_store.active_enrolment(db)
    if enrolment is None:
        return None
    assert enrolment.id is not None
    plan, phase = _plan_and_phase(enrolment, day)
    start = max(enrolment.started, day - dt.timedelta(days=ADHERENCE_HISTORY_DAYS - 1))
    adherence = rehab.adherence_days(
        plan_catalog(enrolment), enrolment, start, day, rehab_store.done_ids(db, enrolment.id, start, day)
    )
    tests = rehab_store.list_heel_raise_tests(db)
    sessions = rehab_store.list_session_pains(db, enrolment.id)
    latest_test = tests[-1] if tests else None
    suggestion = rehab.suggest(
        plan,
        enrolment,
        day,
        sessions,
        rehab_store.list_check_ins(db, enrolment.started - dt.timedelta(days=7)),
        latest_test,
        since_utc=_last_decision_utc(db, enrolment.id),
        since_change_utc=_last_decision_utc(db, enrolment.id, accepted_only=True),
    )
    following = plan.next_phase(phase.id)
    gate = rehab.gate_status(plan, enrolment, following, day, latest_test) if following is not None else None
    return PlanStatus(
        enrolment=enrolment,
        plan=plan,
        phase=phase,
        day=day,
        adherence=adherence,
        weekly_percent=rehab.weekly_percent(adherence, day),
        streak=rehab.current_streak(adherence, day),
        suggestion=suggestion,
        tests=tests,
        next_phase_gate=gate,
        sessions=sessions,
        plan_file=plan_file_of(enrolment),
    )


def _last_decision_utc(db: Database, enrolment_id: int, *, accepted_only: bool = False) -> str:
    """When the runner last decided on a suggestion (or last accepted one: the last change to the plan)."""
    decisions = [
        decision for decision in rehab_store.list_decisions(db, enrolment_id) if decision.accepted or not accepted_only
    ]
    return decisions[-1].decided_utc if decisions else ""


def decide(db: Database, *, accepted: bool, day: dt.date, words: Callable[[Suggestion], str]) -> Suggestion:
    """Accept or decline the current suggestion; both are recorded, with the suggestion in the `words` the runner
    read (calfdesk.words.rehab.suggestion_words), and accepting changes the plan. The advice to stop loading
    cannot be declined: accepting it ends the plan."""
    status = plan_status(db, day)
    if status is None:
        raise InvalidInput(_tr("plan: no plan is active"), field="plan")
    suggestion = status.suggestion
    if suggestion is None or not suggestion.changes_plan:
        raise InvalidInput(_tr("suggestion: there is no change to accept or decline right now"), field="suggestion")
    enrolment_id = status.enrolment.id
    assert enrolment_id is not None
    if suggestion.ends_loading:
        if not accepted:
            raise InvalidInput(
                _tr(
                    "suggestion: the advice to stop loading and see a clinician cannot be declined; accept it to end "
                    "the plan (its history is kept)"
                ),
                field="suggestion",
            )
        rehab_store.end_enrolment(db, enrolment_id, "abandoned", day, reason=words(suggestion))
        return suggestion
    decision = rehab_store.make_decision(enrolment_id, day, suggestion, words(suggestion), accepted=accepted)
    if accepted:
        change = rehab.apply_suggestion(status.plan, status.enrolment, suggestion, day)
        rehab_store.add_change(db, enrolment_id, change, decision)
    else:
        rehab_store.add_decision(db, decision)
    return suggestion
