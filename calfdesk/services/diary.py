"""Diary use cases beyond one storage call: the CLI's JSON form, CSV export, and the all-or-nothing import.

Saving, listing and reading entries for the table are single calls into `storage.diary_store`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING

from calfdesk.domain.diary import DiaryEntry
from calfdesk.errors import InvalidInput
from calfdesk.storage import diary_store
from calfdesk.storage.database import Database

if TYPE_CHECKING:
    # The CSV format loads when a file is exported or imported, not at start.
    from calfdesk.domain.diary_csv import RowProblem


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
    from calfdesk.domain import diary_csv

    with diary_store.export_rows(db, tuple(diary_csv.COLUMN_FIELDS.values()), start, end) as (count, rows):
        diary_csv.write_diary_csv(stream, rows)
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
