"""Diary use cases: log, edit, delete, list, export and import entries."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

from calfdesk.domain.diary import DiaryEntry
from calfdesk.errors import InvalidInput
from calfdesk.storage import diary_store
from calfdesk.storage.database import Database

if TYPE_CHECKING:
    # The CSV format loads when a file is exported or imported, not at start.
    from calfdesk.domain.diary_csv import RowProblem


def log_entry(db: Database, entry: DiaryEntry) -> DiaryEntry:
    """Save a new entry at once; returns it with its id."""
    return diary_store.add_entry(db, entry)


def edit_entry(db: Database, entry: DiaryEntry) -> DiaryEntry:
    """Save changed values; returns the version before the edit, for undo."""
    return diary_store.update_entry(db, entry)


def delete_entry(db: Database, entry_id: int) -> DiaryEntry:
    """Delete; returns the removed entry so `restore_entry` can undo it."""
    return diary_store.delete_entry(db, entry_id)


def restore_entry(db: Database, entry: DiaryEntry) -> DiaryEntry:
    """Put a deleted entry back under its old id."""
    return diary_store.add_entry(db, entry)


def list_entries(
    db: Database, start: dt.date | None = None, end: dt.date | None = None, *, newest_first: bool = False
) -> list[DiaryEntry]:
    return diary_store.list_entries(db, start, end, newest_first=newest_first)


def entry_as_json(entry: DiaryEntry) -> dict[str, object]:
    """The `entries --json` object: `id` plus the CSV columns (CONTRACTS.md)."""
    return {
        "id": entry.id,
        "date": entry.local_date.isoformat(),
        "time": entry.local_time.strftime("%H:%M"),
        "context": entry.context,
        "soreness": entry.soreness,
        "location": entry.location,
        "side": entry.side,
        "stiffness_min": entry.stiffness_min,
        "notes": entry.notes,
        "utc_offset_min": entry.utc_offset_min,
    }


def export_csv(db: Database, stream: IO[str], start: dt.date | None = None, end: dt.date | None = None) -> int:
    """Write the diary CSV to an open text stream (opened with newline=''); returns the row count."""
    from calfdesk.domain.diary_csv import COLUMNS

    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    with diary_store.export_rows(db, start, end) as (count, rows):
        writer.writerows(rows)
    return count


@dataclass(slots=True)
class ImportPreview:
    """What an import would do: rows to add, duplicates to skip, and problems that block it."""

    to_add: list[tuple[int, DiaryEntry]] = field(default_factory=list)
    duplicates: list[tuple[int, DiaryEntry]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    problem_count: int = 0

    @property
    def can_import(self) -> bool:
        return self.problem_count == 0

    def first_problem(self) -> str:
        return str(self.problems[0]) if self.problems else ""


def preview_import(db: Database, data: bytes) -> ImportPreview:
    """Read a diary CSV and sort its rows into new, duplicate and invalid. Writes nothing.

    Raises InvalidInput when the file as a whole cannot be read.
    """
    from calfdesk.domain.diary_csv import read_diary_csv

    parsed = read_diary_csv(data)
    preview = ImportPreview(problems=parsed.problems, problem_count=parsed.problem_count)
    keyed = [(line, entry, entry.duplicate_key) for line, entry in parsed.entries]
    stored = diary_store.stored_duplicate_keys(db, {key for _, _, key in keyed})
    seen: set[tuple[str, str, str, str, str]] = set()
    for line, entry, key in keyed:
        if key in stored or key in seen:
            preview.duplicates.append((line, entry))
        else:
            seen.add(key)
            preview.to_add.append((line, entry))
    return preview


def apply_import(db: Database, preview: ImportPreview) -> int:
    """Add a preview's new rows in one transaction; refuses a preview that has problems."""
    if not preview.can_import:
        raise InvalidInput(f"nothing was imported: {preview.first_problem()}", row=preview.problems[0].line)
    return diary_store.add_entries_bulk(db, [entry for _, entry in preview.to_add])


def import_csv(db: Database, data: bytes, *, dry_run: bool = False) -> ImportPreview:
    """Preview, then (unless dry_run) import all new rows or nothing."""
    preview = preview_import(db, data)
    if not preview.can_import:
        raise InvalidInput(f"nothing was imported: {preview.first_problem()}", row=preview.problems[0].line)
    if not dry_run:
        apply_import(db, preview)
    return preview


def daily_worst(db: Database, start: dt.date | None = None, end: dt.date | None = None) -> list[tuple[dt.date, int]]:
    """The worst soreness of each logged day in the range, oldest first."""
    return [(dt.date.fromisoformat(day), worst) for day, worst in diary_store.daily_maximum_rows(db, start, end)]


def chart_rows(
    db: Database, start: dt.date | None = None, end: dt.date | None = None
) -> list[tuple[int, str, str, int, str, str, str, int | None, str]]:
    """Compact rows for tables and charts, oldest first:
    id, date, time, soreness, context, location, side, stiffness_min, notes."""
    return diary_store.chart_points(db, start, end)


def chart_points(
    db: Database, start: dt.date | None = None, end: dt.date | None = None
) -> AbstractContextManager[Iterable[tuple[int, float, int, str]]]:
    """`with chart_points(db) as points:` id, wall-clock seconds (date and time read as UTC), soreness and
    context of each entry, oldest first, streamed for building chart arrays without an object per entry."""
    return diary_store.chart_point_cursor(db, start, end)


def entry_ids(
    db: Database,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    order: str = "moment",
    descending: bool = True,
) -> list[int]:
    """Ids of the entries in the range in a table's order: `order` is one of diary_store.SORT_KEYS."""
    return diary_store.entry_ids(db, start, end, order=order, descending=descending)


def rows_by_ids(db: Database, ids: Sequence[int]) -> dict[int, tuple[Any, ...]]:
    """Compact rows (as `chart_rows`) of these entries by id; ids no longer stored are left out."""
    return diary_store.rows_by_ids(db, ids)


def get_entry(db: Database, entry_id: int) -> DiaryEntry | None:
    return diary_store.get_entry(db, entry_id)


def import_entries(db: Database, entries: list[DiaryEntry]) -> int:
    """Add already-validated entries in one transaction (sample data, benchmarks)."""
    return diary_store.add_entries_bulk(db, entries)
