"""Measures taken on a date, shared by the window and the command line: the PSFS activities and scores, the
heel-raise tests read as a measure, every reading with its trends, and whether this week's PSFS is due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from calfdesk.domain import measures as registry
from calfdesk.domain.measures import (
    SCORE,
    Item,
    Measure,
    Reading,
    Trend,
    heel_raise,
    item_names,
    measures_csv,
    packs,
    psfs,
    trend,
)
from calfdesk.domain.reminders import weekly_measure_due
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts, counted
from calfdesk.services import rehab
from calfdesk.storage import measure_store, rehab_store, training_store
from calfdesk.storage.database import Database

_tr = Texts(__name__)


@dataclass(frozen=True, slots=True)
class MeasureSummary:
    """One measure's readings (oldest first) with the trend of its score and of each item."""

    measure: Measure
    readings: tuple[Reading, ...]
    trends: tuple[Trend, ...]

    @property
    def score_trend(self) -> Trend | None:
        return next((item for item in self.trends if item.series == SCORE), None)


@dataclass(frozen=True, slots=True)
class PhaseSpan:
    """A phase of a plan, from the day it began to the day before the next change (None: still running)."""

    plan_id: str
    phase_id: str
    name: str
    start: dt.date
    end: dt.date | None


@dataclass(frozen=True, slots=True)
class Progress:
    """What the Progress view and the report show: each measure with readings, the plans' phases, the km run
    each day over the same weeks, the PSFS activities and the heel-raise norm for the runner (None: unknown)."""

    summaries: tuple[MeasureSummary, ...]
    phases: tuple[PhaseSpan, ...]
    runs: tuple[tuple[dt.date, float], ...]
    activities: tuple[str, ...]
    heel_raise_norm: int | None
    packs: tuple[packs.Pack, ...] = ()


def _plan_side(db: Database) -> str:
    enrolment = rehab_store.active_enrolment(db)
    return enrolment.side if enrolment is not None else "both"


def heel_raise_readings(db: Database, start: dt.date | None = None, end: dt.date | None = None) -> list[Reading]:
    side = _plan_side(db)
    return [
        heel_raise.reading_of(test, side)
        for test in rehab_store.list_heel_raise_tests(db)
        if (start is None or test.day >= start) and (end is None or test.day <= end)
    ]


def list_readings(
    db: Database, kind: str | None = None, start: dt.date | None = None, end: dt.date | None = None
) -> list[Reading]:
    """Every reading of `kind` (or of every measure), oldest first; heel-raise tests first among the kinds."""
    found = heel_raise_readings(db, start, end) if kind in (None, heel_raise.ID) else []
    if kind != heel_raise.ID:
        found += measure_store.list_readings(db, kind, start, end)
    return found


def add_reading(db: Database, kind: str, day: dt.date, items: Sequence[Item]) -> Reading:
    """Score and keep a reading of a registered measure that has no table of its own."""
    measure = registry.measure(kind)
    if measure is None or kind == heel_raise.ID:
        raise InvalidInput(
            _tr("measure: '{kind}' is not a measure calfdesk keeps readings of").format(kind=kind), field="measure"
        )
    return measure_store.add_reading(db, Reading(kind, day, measure.score(items), tuple(items)))


def set_psfs_activities(db: Database, names: Sequence[str]) -> tuple[str, ...]:
    activities = psfs.make_activities(names)
    measure_store.set_choice(db, psfs.ID, activities)
    return activities


def psfs_activities(db: Database) -> tuple[str, ...]:
    return measure_store.get_choice(db, psfs.ID)


def add_psfs(db: Database, day: dt.date, scores: Sequence[int]) -> Reading:
    """This week's PSFS scores, one per chosen activity in order."""
    reading = psfs.make_reading(day, psfs_activities(db), scores)
    return measure_store.add_reading(db, reading)


def summarise(measure: Measure, readings: Sequence[Reading]) -> MeasureSummary:
    series = [SCORE, *item_names(readings)]
    trends = tuple(found for name in series if (found := trend(measure, readings, name)) is not None)
    return MeasureSummary(measure, tuple(readings), trends)


def list_packs(db: Database) -> list[packs.Pack]:
    """The questionnaire packs kept in the data file, each validated again as it is read; a pack a later
    version's validator refuses is left out (its readings stay in `list_readings`), never trusted."""
    found = []
    for _kind, text in measure_store.list_packs(db):
        try:
            found.append(packs.parse_pack(text))
        except InvalidInput:
            continue
    return found


def read_pack_file(path: Path) -> bytes:
    """A pack file the runner chose: only a regular file, at most packs.MAX_FILE_BYTES (InvalidInput otherwise)."""
    from calfdesk.importers.common import open_input_file

    with open_input_file(path, limit=packs.MAX_FILE_BYTES, name=str(path)) as stream:
        return stream.read()


def add_pack(db: Database, text: str | bytes) -> packs.Pack:
    """Validate a questionnaire pack and keep it (a pack of the same id replaces the earlier one)."""
    pack = packs.parse_pack(text)
    measure_store.save_pack(db, pack.id, text.decode("utf-8") if isinstance(text, bytes) else text)
    return pack


def answer_pack(db: Database, pack_id: str, day: dt.date, answers: Sequence[int]) -> Reading:
    """The runner's answers to a pack's questions, one per item in order, scored and kept."""
    pack = next((item for item in list_packs(db) if item.id == pack_id), None)
    if pack is None:
        raise InvalidInput(
            _tr("pack: no questionnaire pack '{pack}'; add it first (measure pack add)").format(pack=pack_id),
            field="pack",
        )
    if len(answers) != len(pack.items):
        raise InvalidInput(
            _tr("answers: {given} given for {questions}; answer each question once, in order").format(
                given=len(answers), questions=counted("%n questions", len(pack.items))
            ),
            field="answers",
        )
    items = tuple(Item(item.id, value) for item, value in zip(pack.items, answers, strict=True))
    return measure_store.add_reading(db, Reading(pack.id, day, pack.score(items), items))


def known_measures(db: Database) -> list[Measure]:
    """The registered measures, then the questionnaire packs of this data file."""
    found = list(registry.measures())
    return found + [pack.measure() for pack in list_packs(db) if registry.measure(pack.id) is None]


def summaries(db: Database, start: dt.date | None = None, end: dt.date | None = None) -> list[MeasureSummary]:
    """Each known measure that has readings in [start, end], in registration order, then the packs."""
    readings = list_readings(db, start=start, end=end)
    result = []
    for measure in known_measures(db):
        own = [reading for reading in readings if reading.kind == measure.id]
        if own:
            result.append(summarise(measure, own))
    return result


def psfs_due(db: Database, day: dt.date) -> bool:
    """This week's PSFS is due: a plan runs and no PSFS was scored in the seven days up to `day`."""
    return weekly_measure_due(
        day, plan_running=rehab_store.active_enrolment(db) is not None, last=measure_store.last_reading_day(db, psfs.ID)
    )


def plan_phases(db: Database) -> list[PhaseSpan]:
    """Every phase of every plan, oldest first; a phase that only changed its load is one span."""
    plans = rehab.catalog().plans
    spans: list[PhaseSpan] = []
    for enrolment in reversed(rehab_store.list_enrolments(db)):
        plan = plans.get(enrolment.plan_id)
        changes = [
            change for change in enrolment.changes if enrolment.ended is None or change.effective <= enrolment.ended
        ]
        for index, change in enumerate(changes):
            if index and change.phase_id == changes[index - 1].phase_id:
                continue
            later = [item.effective for item in changes[index + 1 :] if item.phase_id != change.phase_id]
            end = later[0] - dt.timedelta(days=1) if later else enrolment.ended
            name = change.phase_id
            if plan is not None and any(phase.id == change.phase_id for phase in plan.phases):
                name = plan.phase(change.phase_id).name
            spans.append(PhaseSpan(enrolment.plan_id, change.phase_id, name, change.effective, end))
    return spans


def progress(
    db: Database,
    today: dt.date,
    *,
    sex: str | None = None,
    birth_year: int | None = None,
    start: dt.date | None = None,
) -> Progress:
    """Everything the Progress view shows, from `start` (default: the first reading) up to `today`."""
    found = summaries(db, start, today)
    days = [reading.day for summary in found for reading in summary.readings]
    first = start or (min(days) if days else today)
    return Progress(
        summaries=tuple(found),
        phases=tuple(plan_phases(db)),
        runs=tuple(training_store.daily_distance(db, first, today)),
        activities=psfs_activities(db),
        heel_raise_norm=heel_raise.norm_for(sex, birth_year, today),
        packs=tuple(list_packs(db)),
    )


def export_beside(db: Database, diary_path: Path, start: dt.date | None = None, end: dt.date | None = None) -> int:
    """Write the measures CSV of [start, end] beside the diary CSV at `diary_path` (measures_csv.beside), when
    there is any reading; returns how many readings were written (0: no file)."""
    from calfdesk.services.files import write_text_atomically

    readings = list_readings(db, start=start, end=end)
    if not readings:
        return 0
    with write_text_atomically(measures_csv.beside(diary_path)) as stream:
        return measures_csv.write_measures_csv(stream, readings)
