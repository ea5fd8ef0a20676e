"""Ready to run today? The facts the checklist reads, gathered from the data file with reads only (never the
write lock), and the checklist itself (calfdesk.domain.readiness)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from calfdesk.domain import long_run_spike
from calfdesk.domain import readiness as rules
from calfdesk.domain.readiness import Facts, PlanFacts, Readiness, RunDistance, RunPain, Screen
from calfdesk.domain.rehab import MorningCheckIn
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts, short_number
from calfdesk.services import assessment, rehab
from calfdesk.storage import diary_store, rehab_store, training_store
from calfdesk.storage.database import Database

_tr = Texts(__name__)

# A planned distance beyond this is a typing slip, not a run.
PLANNED_KM_MAX = 1000.0


def check_planned_km(value: float | None) -> float | None:
    if value is not None and not 0 < value <= PLANNED_KM_MAX:
        raise InvalidInput(
            _tr("planned_km: {value} is not a distance to run; enter kilometres above 0 and up to {most}").format(
                value=short_number(value), most=short_number(PLANNED_KM_MAX)
            ),
            field="planned_km",
        )
    return value


def ready_to_run(
    db: Database,
    day: dt.date,
    *,
    planned_km: float | None = None,
    planned_hard: bool = False,
    sex: str | None = None,
    birth_year: int | None = None,
) -> Readiness:
    """The checklist for `day`; `planned_hard` marks today's run as a harder session (faster, intervals or
    hills); `sex` and `birth_year` are the runner's optional Preferences."""
    check_planned_km(planned_km)
    run_pains, mornings = _diary_facts(db, day)
    tests = [test for test in rehab_store.list_heel_raise_tests(db) if test.day <= day]
    hopped = [test for test in tests if test.hop_pain is not None]
    return rules.readiness(
        Facts(
            today=day,
            screen=_latest_screen(db),
            plan=_plan_facts(db, day),
            run_pains=run_pains,
            mornings=mornings,
            test=tests[-1] if tests else None,
            hop_test=hopped[-1] if hopped else None,
            runs=_recent_runs(db, day),
            planned_km=planned_km,
            planned_hard=planned_hard,
            sex=sex,
            birth_year=birth_year,
        )
    )


def _latest_screen(db: Database) -> Screen | None:
    history = assessment.list_history(db)
    saved = assessment.get_assessment(db, history[0].id) if history else None
    if saved is None or saved.id is None:
        return None
    result = saved.result
    return Screen(
        assessment_id=saved.id,
        taken_on=saved.taken_at.date(),
        triage=result.triage,
        headline=result.headline,
        flags=tuple(flag.id for flag in result.red_flags if flag.route != rules.SELF_CARE),
        unscreened=len(result.unscreened),
        signs=tuple(flag.message for flag in result.red_flags if flag.route != rules.SELF_CARE),
    )


def _plan_facts(db: Database, day: dt.date) -> PlanFacts | None:
    enrolment = rehab_store.active_enrolment(db)
    if enrolment is None or enrolment.id is None:
        return None
    since = enrolment.change_on(day).effective
    sessions = tuple(session for session in rehab_store.list_session_pains(db, enrolment.id) if session.day >= since)
    return PlanFacts(rehab.plan_catalog(enrolment).plans[enrolment.plan_id], enrolment, sessions)


def _diary_facts(db: Database, day: dt.date) -> tuple[tuple[RunPain, ...], tuple[MorningCheckIn, ...]]:
    """The worst pain logged during a run on each day, and each morning's worst pain and longest stiffness."""
    start = day - dt.timedelta(days=max(rules.PAIN_WINDOW_DAYS, rules.USUAL_MORNING_DAYS))
    run_pains: dict[dt.date, int] = {}
    mornings: dict[dt.date, MorningCheckIn] = {}
    for entry in diary_store.list_entries(db, start, day):
        if entry.context == "during_run":
            run_pains[entry.local_date] = max(entry.soreness, run_pains.get(entry.local_date, 0))
        elif entry.context == "morning":
            known = mornings.get(entry.local_date)
            earlier = known.stiffness_min if known is not None else None
            stiffness = [value for value in (entry.stiffness_min, earlier) if value is not None]
            mornings[entry.local_date] = MorningCheckIn(
                entry.local_date,
                max(entry.soreness, known.pain if known else 0),
                max(stiffness) if stiffness else None,
            )
    return (
        tuple(RunPain(when, pain) for when, pain in sorted(run_pains.items())),
        tuple(mornings[when] for when in sorted(mornings)),
    )


def _recent_runs(db: Database, day: dt.date) -> tuple[RunDistance, ...]:
    start = day - dt.timedelta(days=long_run_spike.WINDOW_DAYS)
    return tuple(
        RunDistance(run.local_date, run.distance_km)
        for run in training_store.list_runs(db, start, day - dt.timedelta(days=1))
    )


def long_run_spikes(db: Database, start: dt.date | None = None, end: dt.date | None = None) -> dict[int, float]:
    """By run id, how far each run of [start, end] was over the longest run of the 30 days before it, in
    percent, for the runs that were longer (one query)."""
    found: dict[int, float] = {}
    for run_id, distance_km, longest_km in training_store.longest_before(db, long_run_spike.WINDOW_DAYS, start, end):
        pct = long_run_spike.spike_pct(distance_km, longest_km)
        if pct is not None:
            found[run_id] = pct
    return found


@dataclass(frozen=True, slots=True)
class SpikeRun:
    """A run much longer than the 30 days before it (Frandsen 2025)."""

    run_id: int
    day: dt.date
    distance_km: float
    pct: float


def spikes_between(db: Database, start: dt.date | None = None, end: dt.date | None = None) -> list[SpikeRun]:
    """The runs of [start, end] more than about 10% over the longest run of the 30 days before each, oldest first."""
    runs = {run.id: run for run in training_store.list_runs(db, start, end)}
    return [
        SpikeRun(run_id, runs[run_id].local_date, runs[run_id].distance_km, pct)
        for run_id, pct in long_run_spikes(db, start, end).items()
        if long_run_spike.is_spike(pct) and run_id in runs
    ]


@dataclass(frozen=True, slots=True)
class TodayReadiness:
    """What the Today card shows: the checklist, and yesterday's run when it was a spike."""

    readiness: Readiness
    yesterday_spike: SpikeRun | None


def today_readiness(
    db: Database,
    day: dt.date,
    *,
    planned_km: float | None = None,
    planned_hard: bool = False,
    sex: str | None = None,
    birth_year: int | None = None,
) -> TodayReadiness:
    yesterday = day - dt.timedelta(days=1)
    spikes = spikes_between(db, yesterday, yesterday)
    return TodayReadiness(
        ready_to_run(db, day, planned_km=planned_km, planned_hard=planned_hard, sex=sex, birth_year=birth_year),
        max(spikes, key=lambda spike: spike.pct) if spikes else None,
    )
