"""Training use cases: import run files, add and edit runs, manage shoes, and read the weekly load."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import IO, TYPE_CHECKING

from calfdesk.domain.load_warnings import LoadWarning, load_warnings
from calfdesk.domain.plausibility import NotARun, faster_than_running, not_a_run
from calfdesk.domain.runs import Run
from calfdesk.domain.shoes import Shoe
from calfdesk.domain.units import DistanceUnit
from calfdesk.domain.weekly_load import DEFAULT_FIRST_WEEKDAY, WeekLoad, weekly_load
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.storage import run_import_store, training_store
from calfdesk.storage.database import Database

_tr = Texts(__name__)

if TYPE_CHECKING:
    # The readers load when runs are imported, not with the pages that only show the load.
    from calfdesk.importers.common import ImportedFile, UnitAssumption

# done files, all files, the file about to be read (empty when finished)
ProgressCallback = Callable[[int, int, str], None]
# called with each file's report as soon as that file is saved or refused
FileDoneCallback = Callable[["FileReport"], None]


@dataclass(frozen=True, slots=True)
class NotTaken:
    """An activity that was not imported because it does not look like a run, with the reason."""

    file: str
    run: Run
    reason: NotARun


@dataclass(slots=True)
class FileReport:
    """What happened to one file: runs added, runs already there, runs merged with the same run from another
    source, activities left out (other sports by type, and those that do not move like a run), or why the
    file failed."""

    name: str
    added: int = 0
    duplicates: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    new_shoes: list[str] = field(default_factory=list)
    error: str | None = None
    merged: int = 0
    not_taken: list[NotTaken] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # For a file that does not name its unit (Garmin's CSV): the unit its distances were read in, and why.
    distance_unit: UnitAssumption | None = None

    @property
    def skipped_count(self) -> int:
        return sum(self.skipped.values())


@dataclass(slots=True)
class ImportReport:
    files: list[FileReport] = field(default_factory=list)
    cancelled: bool = False
    not_started: list[str] = field(default_factory=list)
    # Files in folders and archives that are not activity files (photos, settings, other data).
    ignored: int = 0

    @property
    def added(self) -> int:
        return sum(report.added for report in self.files)

    @property
    def duplicates(self) -> int:
        return sum(report.duplicates for report in self.files)

    @property
    def merged(self) -> int:
        return sum(report.merged for report in self.files)

    @property
    def not_taken(self) -> list[NotTaken]:
        return [item for report in self.files for item in report.not_taken]

    @property
    def failed(self) -> list[FileReport]:
        return [report for report in self.files if report.error is not None]


def store_parsed(db: Database, parsed: ImportedFile, name: str, *, include_not_runs: bool = False) -> FileReport:
    """Store one file's runs, all or nothing. Runs without a declared sport are taken only when they move like
    a run (or when `include_not_runs`); the same run from another source is merged, not added twice."""
    report = FileReport(name, skipped=parsed.skipped, distance_unit=parsed.distance_unit, notes=list(parsed.notes))
    candidates: list[Run] = []
    for index, run in enumerate(parsed.runs):
        movement = parsed.undeclared.get(index)
        reason = faster_than_running(run) if movement is None else not_a_run(run, movement)
        if reason is not None and not include_not_runs:
            report.not_taken.append(NotTaken(name, run, reason))
        else:
            candidates.append(run)
    result = run_import_store.merge_imported_runs(db, candidates)
    report.added, report.duplicates, report.merged = result.added, result.already_there, result.merged
    report.new_shoes = result.new_shoes
    return report


def import_data(
    db: Database,
    name: str,
    data: bytes | IO[bytes] | Path,
    *,
    csv_unit: DistanceUnit = "km",
    include_not_runs: bool = False,
) -> FileReport:
    """Import one file's runs (its bytes, an open binary stream or its path), all or nothing; runs already
    stored (or repeated in the file) are skipped, the same run from another source is merged.

    Raises InvalidInput naming the file when it cannot be read.
    """
    from calfdesk.importers import read_activity_file, read_activity_path

    if isinstance(data, Path):
        parsed = read_activity_path(data, csv_unit=csv_unit, name=name)
    else:
        parsed = read_activity_file(name, data, csv_unit=csv_unit)
    return store_parsed(db, parsed, name, include_not_runs=include_not_runs)


def include_anyway(db: Database, items: Sequence[NotTaken]) -> FileReport:
    """Store activities that were not taken as runs, after the runner said they are runs."""
    from calfdesk.importers.common import ImportedFile

    parsed = ImportedFile("", "", runs=[item.run for item in items])
    return store_parsed(db, parsed, ", ".join(sorted({item.file for item in items})), include_not_runs=True)


def import_runs(db: Database, runs: Sequence[Run]) -> int:
    """Add already-validated runs in one transaction (sample data, benchmarks); shoes as on import."""
    return run_import_store.add_imported_runs(db, runs).added


def import_files(
    db: Database,
    paths: Sequence[Path],
    *,
    progress: ProgressCallback | None = None,
    cancelled: Callable[[], bool] | None = None,
    csv_unit: DistanceUnit = "km",
    include_not_runs: bool = False,
    labels: Sequence[str] | None = None,
    file_done: FileDoneCallback | None = None,
) -> ImportReport:
    """Import run files, archives and folders one file at a time, each file all or nothing.

    A bad file is reported with its reason and the others go on; cancelling stops before the next file,
    keeping the files already imported. `progress` is told (paths done, paths, the file being read);
    `labels` name the paths in the report (default: their file names). `file_done` hears of each file as
    soon as it is saved or refused, so what was saved is known even when a later file meets a data-file
    problem (a StorageError, which stops the import).
    """
    from calfdesk.importers.archive import scratch_folder
    from calfdesk.importers.reading import Cancelled, ReadOptions
    from calfdesk.importers.sources import read_path
    from calfdesk.leftovers import registered

    report = ImportReport()
    total = len(paths)
    names = list(labels) if labels is not None else [path.name or str(path) for path in paths]
    index = 0

    def reading(label: str) -> None:
        if progress is not None:
            progress(index, total, label)

    def done(file_report: FileReport) -> None:
        report.files.append(file_report)
        if file_done is not None:
            file_done(file_report)

    options = ReadOptions(csv_unit=csv_unit, cancelled=cancelled, reading=reading)
    # Registered, so a start after this process was killed removes the copies it held (calfdesk.leftovers).
    with scratch_folder() as scratch, registered(scratch):
        for index, path in enumerate(paths):
            if cancelled is not None and cancelled():
                report.cancelled = True
                report.not_started = names[index:]
                break
            try:
                options.announce(names[index])
                for item in read_path(path, names[index], options, scratch):
                    if item.ignored:
                        report.ignored += 1
                    elif item.parsed is None:
                        done(FileReport(item.label, error=item.error, notes=item.notes))
                    else:
                        stored = store_parsed(db, item.parsed, item.label, include_not_runs=include_not_runs)
                        stored.notes.extend(item.notes)
                        done(stored)
            except Cancelled:
                report.cancelled = True
                report.not_started = names[index + 1 :]
                break
    if progress is not None:
        progress(total if not report.cancelled else index, total, "")
    return report


# Runs -------------------------------------------------------------------------------------------------


def default_shoe(db: Database) -> Shoe | None:
    return next((shoe for shoe in training_store.list_shoes(db) if shoe.is_default), None)


def add_run(db: Database, run: Run, *, use_default_shoe: bool = True) -> Run:
    """Save a run entered by hand; without a shoe it goes on the default shoe."""
    if run.shoe_id is None and use_default_shoe:
        shoe = default_shoe(db)
        if shoe is not None and shoe.id is not None:
            run = replace(run, shoe_id=shoe.id)
    return training_store.add_run(db, run)


def edit_run(db: Database, run: Run) -> Run:
    """Save changed values of a stored run; returns the version before, for undo."""
    return training_store.update_run(db, run)


def delete_run(db: Database, run_id: int) -> Run:
    return training_store.delete_run(db, run_id)


def list_runs(
    db: Database, start: dt.date | None = None, end: dt.date | None = None, *, newest_first: bool = False
) -> list[Run]:
    return training_store.list_runs(db, start, end, newest_first=newest_first)


def run_days(db: Database, end: dt.date) -> list[tuple[dt.date, bool, int | None]]:
    """(local date, hill session, shoe id) of every run up to `end`, oldest first: enough for patterns over
    years."""
    return training_store.run_days(db, end)


def run_as_json(run: Run) -> dict[str, object]:
    """The `runs list --json` object (CONTRACTS.md), with extra fields after the contract's."""
    return {
        "id": run.id,
        "start": run.start.isoformat(),
        "distance_km": round(run.distance_km, 3),
        "duration_s": round(run.duration_s, 1),
        "elevation_gain_m": None if run.elevation_gain_m is None else round(run.elevation_gain_m, 1),
        "shoe": run.shoe_name,
        "source": run.source,
        "shoe_id": run.shoe_id,
        "title": run.title,
        "pace_s_per_km": None if run.pace_s_per_km is None else round(run.pace_s_per_km, 1),
        "hill": run.hill_session,
        "speed": run.speed,
        "notes": run.notes,
    }


# Shoes ------------------------------------------------------------------------------------------------


def add_shoe(db: Database, shoe: Shoe) -> Shoe:
    return training_store.add_shoe(db, shoe)


def list_shoes(db: Database, *, include_retired: bool = True) -> list[Shoe]:
    return training_store.list_shoes(db, include_retired=include_retired)


def _shoe(db: Database, shoe_id: int) -> Shoe:
    shoe = training_store.get_shoe(db, shoe_id)
    if shoe is None:
        raise InvalidInput(
            _tr("shoe: there is no shoe {id}; see `calfdesk shoes list`").format(id=shoe_id), field="shoe"
        )
    return shoe


def retire_shoe(db: Database, shoe_id: int, *, retired: bool = True) -> Shoe:
    """Retire a shoe (it stops being the default) or bring it back; returns the shoe as it is now."""
    shoe = _shoe(db, shoe_id)
    training_store.update_shoe(db, replace(shoe, retired=retired, is_default=shoe.is_default and not retired))
    return _shoe(db, shoe_id)


def set_default_shoe(db: Database, shoe_id: int | None) -> None:
    """Make a shoe the one new runs go on (None: no default)."""
    if shoe_id is None:
        current = default_shoe(db)
        if current is not None:
            training_store.update_shoe(db, replace(current, is_default=False))
        return
    shoe = _shoe(db, shoe_id)
    if shoe.retired:
        raise InvalidInput(
            _tr("shoe: {name} is retired; bring it back before making it the default").format(name=shoe.name),
            field="shoe",
        )
    training_store.update_shoe(db, replace(shoe, is_default=True))


def shoe_as_json(shoe: Shoe) -> dict[str, object]:
    """The `shoes list --json` object (CONTRACTS.md), with extra fields after the contract's."""
    return {
        "id": shoe.id,
        "name": shoe.name,
        "distance_km": round(shoe.distance_km, 3),
        "alert_km": shoe.alert_km,
        "retired": shoe.retired,
        "default": shoe.is_default,
        "start_km": shoe.start_km,
        "runs": shoe.run_count,
        "past_alert": shoe.past_alert,
    }


# Load -------------------------------------------------------------------------------------------------


def training_load(
    db: Database, first_weekday: int = DEFAULT_FIRST_WEEKDAY, today: dt.date | None = None
) -> list[WeekLoad]:
    """Every week from the first run to this week, with changes, ratio and push-offs."""
    return weekly_load(training_store.weekly_totals(db, first_weekday), first_weekday, today or dt.date.today())


def today_warnings(
    db: Database,
    first_weekday: int = DEFAULT_FIRST_WEEKDAY,
    today: dt.date | None = None,
    unit: DistanceUnit = "km",
) -> list[LoadWarning]:
    """Warnings for the Today page: a fast ramp, a lot of climbing or speed work, shoes past their alert."""
    weeks = training_load(db, first_weekday, today)
    return load_warnings(weeks, list_shoes(db, include_retired=False), unit)


def week_as_json(week: WeekLoad) -> dict[str, object]:
    """The `load --json` week object (CONTRACTS.md), with extra fields after the contract's."""

    def rounded(value: float | None, digits: int) -> float | None:
        return None if value is None else round(value, digits)

    return {
        "week_start": week.week_start.isoformat(),
        "distance_km": round(week.distance_km, 3),
        "elevation_gain_m": round(week.elevation_gain_m, 1),
        "change_pct": rounded(week.change_pct, 1),
        "acwr": rounded(week.acwr, 2),
        "two_week_change_pct": rounded(week.two_week_change_pct, 1),
        "ramp_flag": week.ramp_flag,
        "runs": week.runs,
        "hill_runs": week.hill_runs,
        "speed_runs": week.speed_runs,
        "push_offs_per_leg": week.push_offs_per_leg,
    }
