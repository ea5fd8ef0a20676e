"""What the PDF report for a clinician shows, for a chosen period: the latest assessment with its reasons, the
soreness by day and week, the heel-raise trend, plan adherence by week, training load and shoes, and notes.

`gather_report` reads it all; `calfdesk.ui.report.pdf` lays it out on pages.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Final

from calfdesk.domain import report as tables
from calfdesk.domain.assessment_result import SavedAssessment
from calfdesk.domain.diary import DiaryEntry
from calfdesk.domain.rehab import Clearance, PlanDifference, PlanFile, adherence_days, load_catalog
from calfdesk.domain.report import DailySoreness, HeelRaiseRow, WeekAdherence, WeekSoreness
from calfdesk.domain.shoes import Shoe
from calfdesk.domain.units import DistanceUnit
from calfdesk.domain.weekly_load import WeekLoad
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.services import assessment, measures, readiness, rehab, training
from calfdesk.services.measures import MeasureSummary
from calfdesk.services.readiness import SpikeRun
from calfdesk.storage import diary_store, rehab_store
from calfdesk.storage.database import Database

_tr = Texts(__name__)

# Notes calfdesk writes itself (the morning check-in's diary entry); they say nothing new to a clinician.
GENERATED_NOTES: Final = frozenset({"Morning check-in"})


@dataclass(frozen=True, slots=True)
class PlanWeeks:
    plan_name: str
    started: dt.date
    status: str
    weeks: list[WeekAdherence]
    cleared: Clearance | None = None
    # A plan started from a clinician's plan file: the file, whose it is, what it changed in the built-in plan.
    plan_file: PlanFile | None = None
    built_in_name: str = ""
    changes: tuple[PlanDifference, ...] = ()
    # When the pain model ended the plan with the advice to stop loading and see a clinician: when and why.
    ended: dt.date | None = None
    ended_reason: str | None = None


@dataclass(frozen=True, slots=True)
class ReportData:
    start: dt.date
    end: dt.date
    made_on: dt.date
    unit: DistanceUnit
    assessment: SavedAssessment | None
    entries: list[DiaryEntry]
    daily: list[DailySoreness]
    weeks: list[WeekSoreness]
    heel_raises: list[HeelRaiseRow]
    heel_raise_side: str
    plans: list[PlanWeeks]
    load: list[WeekLoad]
    shoes: list[Shoe]
    page_size: str = "a4"
    # Runs of the period much longer than the longest of the 30 days before each (Frandsen 2025).
    spikes: list[SpikeRun] = field(default_factory=list)
    # Each measure with readings in the period (calfdesk.domain.measures), with its trends.
    measures: list[MeasureSummary] = field(default_factory=list)

    @property
    def notes(self) -> list[DiaryEntry]:
        return [entry for entry in self.entries if entry.notes.strip() and entry.notes not in GENERATED_NOTES]


def check_period(start: dt.date, end: dt.date) -> None:
    if start > end:
        raise InvalidInput(
            _tr("from: {start} is after --to {end}; swap them").format(start=start, end=end), field="from"
        )


def _latest_assessment(db: Database, end: dt.date) -> SavedAssessment | None:
    for summary in assessment.list_history(db):
        if summary.taken_at.date() <= end:
            return assessment.get_assessment(db, summary.id)
    return None


def _plans(db: Database, start: dt.date, end: dt.date, first_weekday: int) -> list[PlanWeeks]:
    catalog = load_catalog()
    found = []
    for enrolment in reversed(rehab.plan_history(db)):
        if enrolment.id is None or enrolment.started > end or (enrolment.ended and enrolment.ended < start):
            continue
        first, last = max(start, enrolment.started), min(end, enrolment.ended or end)
        runs = rehab.plan_catalog(enrolment) if enrolment.plan_id in catalog.plans else catalog
        days = adherence_days(runs, enrolment, first, last, rehab_store.done_ids(db, enrolment.id, first, last))
        plan, built_in = runs.plans.get(enrolment.plan_id), catalog.plans.get(enrolment.plan_id)
        plan_file = rehab.plan_file_of(enrolment)
        found.append(
            PlanWeeks(
                plan.name if plan is not None else enrolment.plan_id,
                enrolment.started,
                enrolment.status,
                tables.weekly_adherence(((day.day, day.done, day.total) for day in days), first_weekday),
                enrolment.cleared,
                plan_file,
                built_in.name if built_in is not None else enrolment.plan_id,
                tuple(rehab.plan_file_differences(plan_file)) if plan_file is not None else (),
                enrolment.ended,
                enrolment.ended_reason,
            )
        )
    return found


def gather_report(
    db: Database,
    start: dt.date,
    end: dt.date,
    *,
    unit: DistanceUnit = "km",
    first_weekday: int = 0,
    made_on: dt.date | None = None,
) -> ReportData:
    """Everything the report shows for the period `start`..`end` (both included)."""
    check_period(start, end)
    entries = diary_store.list_entries(db, start, end)
    tests = [test for test in rehab.heel_raise_tests(db) if start <= test.day <= end]
    history = rehab.plan_history(db)
    side = history[0].side if history else "both"
    load = [
        week
        for week in training.training_load(db, first_weekday, end)
        if week.week_start <= end and week.week_start + dt.timedelta(days=6) >= start
    ]
    return ReportData(
        start=start,
        end=end,
        made_on=made_on or dt.date.today(),
        unit=unit,
        assessment=_latest_assessment(db, end),
        entries=entries,
        daily=tables.daily_soreness(entries),
        weeks=tables.weekly_soreness(entries, first_weekday),
        heel_raises=tables.heel_raise_trend(tests, side),
        heel_raise_side=side,
        plans=_plans(db, start, end, first_weekday),
        load=load,
        shoes=training.list_shoes(db),
        spikes=readiness.spikes_between(db, start, end),
        measures=measures.summaries(db, start, end),
    )
