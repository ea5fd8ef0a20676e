"""Diary use cases: log, edit, delete, list, export and import entries."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass, field
from typing import IO

from calfdesk.domain.diary import DiaryEntry
from calfdesk.domain.diary_csv import COLUMNS, RowProblem, guard_cell, read_diary_csv
from calfdesk.errors import InvalidInput
from calfdesk.storage import diary_store
from calfdesk.storage.database import Database


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
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    notes_index = COLUMNS.index("notes")
    for row in diary_store.iter_export_rows(db, start, end):
        values = list(row)
        notes = values[notes_index]
        if notes:
            values[notes_index] = guard_cell(notes)
        writer.writerow(values)
        count += 1
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
    parsed = read_diary_csv(data)
    preview = ImportPreview(problems=parsed.problems, problem_count=parsed.problem_count)
    stored = diary_store.existing_duplicate_keys(db, (entry for _, entry in parsed.entries))
    seen: set[tuple[str, str, str, str, str]] = set()
    for line, entry in parsed.entries:
        key = entry.duplicate_key
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


def get_entry(db: Database, entry_id: int) -> DiaryEntry | None:
    return diary_store.get_entry(db, entry_id)


def import_entries(db: Database, entries: list[DiaryEntry]) -> int:
    """Add already-validated entries in one transaction (sample data, benchmarks)."""
    return diary_store.add_entries_bulk(db, entries)
