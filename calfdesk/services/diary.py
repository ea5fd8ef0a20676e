"""Diary use cases beyond one storage call: where a new entry starts (the runner's known injury), the CLI's
JSON form, CSV export, and the all-or-nothing import, read as a stream with memory bounded whatever the size of
the file.

Saving, listing and reading entries for the table are single calls into `storage.diary_store`."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final

from calfdesk.domain.diary import DiaryEntry
from calfdesk.errors import InvalidInput, system_reason
from calfdesk.i18n import Texts
from calfdesk.storage import diary_store
from calfdesk.storage.database import Database

_tr = Texts(__name__)

if TYPE_CHECKING:
    # The CSV format loads when a file is exported or imported, not at start.
    from calfdesk.domain.diary_csv import DiaryCsvReader, RowProblem


@dataclass(frozen=True, slots=True)
class UsualPlace:
    """Where (`location`) and which side a new entry starts from, and what said so (`source`): "plan" (the
    running rehab plan's condition and side), "last_entry" (the latest entry), or "none" (an empty diary
    without a plan: the entry's own defaults)."""

    location: str
    side: str
    source: str


_FRESH: Final = DiaryEntry(dt.date.min, dt.time.min, 0)
NO_USUAL_PLACE: Final = UsualPlace(_FRESH.location, _FRESH.side, "none")


def usual_place(db: Database) -> UsualPlace:
    """The runner's known injury, so a new entry starts where it usually hurts: the running plan's condition and
    side first (it is what the runner is treating), else the latest entry's place and side."""
    from calfdesk.services import rehab

    enrolment = rehab.active_plan(db)
    if enrolment is not None:
        place = rehab.plan_place(enrolment)
        if place is not None:
            return UsualPlace(*place, "plan")
    latest = diary_store.latest_entry(db)
    if latest is not None:
        return UsualPlace(latest.location, latest.side, "last_entry")
    return NO_USUAL_PLACE


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


# Rows of each kind a preview shows; the counts cover the whole file.
PREVIEW_ROWS: Final = 2000
_CHANGED: Final = "{name}: the file changed after it was checked; nothing was imported, import it again"


@dataclass(frozen=True, slots=True)
class ImportSource:
    """A diary CSV to import: a file the runner chose (read again, and checked to be unchanged, when an import
    follows its preview), bytes already in memory, or a stream read once (standard input)."""

    name: str
    path: Path | None = None
    data: bytes | None = None
    stream: IO[bytes] | None = None

    @classmethod
    def of(cls, source: ImportSource | Path | bytes | IO[bytes], name: str | None = None) -> ImportSource:
        if isinstance(source, ImportSource):
            return source
        if isinstance(source, Path):
            return cls(name or source.name, path=source)
        if isinstance(source, bytes):
            return cls(name or "the file", data=source)
        return cls(name or "the input", stream=source)

    def stat(self) -> tuple[int, int] | None:
        """Size and modification time of a file source (None for bytes and streams)."""
        if self.path is None:
            return None
        try:
            status = self.path.stat()
        except OSError as error:
            raise InvalidInput(
                _tr("{name}: cannot read the file ({reason})").format(name=self.name, reason=system_reason(error))
            ) from None
        return status.st_size, status.st_mtime_ns

    @contextmanager
    def opened(self) -> Iterator[IO[bytes]]:
        if self.path is not None:
            from calfdesk.domain.diary_csv import MAX_FILE_BYTES
            from calfdesk.importers.common import open_input_file

            # A regular file only, its size checked before reading (a pipe or a device never blocks).
            with open_input_file(self.path, limit=MAX_FILE_BYTES, name=self.name) as stream:
                yield stream
        elif self.data is not None:
            yield io.BytesIO(self.data)
        else:
            assert self.stream is not None
            yield self.stream


@dataclass(slots=True)
class ImportPreview:
    """What an import would do: how many rows it adds and skips as duplicates (the first `PREVIEW_ROWS` of each
    with their file lines), and the problems that block it (the first few, and their count)."""

    new_count: int = 0
    duplicate_count: int = 0
    to_add: list[tuple[int, DiaryEntry]] = field(default_factory=list)
    duplicates: list[tuple[int, DiaryEntry]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    problem_count: int = 0
    source: ImportSource | None = None
    # Size, modification time and SHA-256 of the file the preview read.
    fingerprint: tuple[int, int, str] | None = None

    @property
    def can_import(self) -> bool:
        return self.problem_count == 0

    def refuse(self) -> InvalidInput:
        first = self.problems[0]
        return InvalidInput(
            _tr("nothing was imported: line {line}: {problem}").format(line=first.line, problem=first.message),
            row=first.line,
        )


def _staged(connection: sqlite3.Connection, source: ImportSource, *, digest: bool) -> DiaryCsvReader:
    """Read the whole file once, staging its valid rows on `connection`; the reader holds the problems."""
    from calfdesk.domain.diary_csv import read_diary_csv

    with source.opened() as stream:
        reader = read_diary_csv(stream, digest=digest)
        diary_store.stage_import(connection, reader)
    return reader


def _fill(preview: ImportPreview, connection: sqlite3.Connection) -> None:
    preview.new_count, preview.duplicate_count = diary_store.staged_counts(connection)
    preview.to_add = diary_store.staged_sample(connection, new=True, limit=PREVIEW_ROWS)
    preview.duplicates = diary_store.staged_sample(connection, new=False, limit=PREVIEW_ROWS)


def preview_import(
    db: Database, source: ImportSource | Path | bytes | IO[bytes], *, name: str | None = None
) -> ImportPreview:
    """Read a diary CSV and count its rows as new, duplicate and invalid. Writes nothing; memory stays bounded
    whatever the file's size (rows are staged in a temporary table, see `Database.staging`).

    Raises InvalidInput when the file as a whole cannot be read.
    """
    source = ImportSource.of(source, name)
    status = source.stat()
    with db.staging() as connection:
        reader = _staged(connection, source, digest=status is not None)
        preview = ImportPreview(problems=reader.problems, problem_count=reader.problem_count, source=source)
        if status is not None:
            preview.fingerprint = (*status, reader.digest)
        with db.transaction(connection, write=False):
            _fill(preview, connection)
    return preview


def apply_import(db: Database, preview: ImportPreview) -> int:
    """Import a preview's file: read it again (refused unless it is the same bytes the preview read) and add
    its new rows in one transaction; refuses a preview that has problems. Returns how many were added."""
    if not preview.can_import:
        raise preview.refuse()
    source = preview.source
    if source is None or source.stream is not None:
        raise ValueError("a preview of a stream cannot be imported afterwards; use import_csv")
    if preview.fingerprint is not None and source.stat() != preview.fingerprint[:2]:
        raise InvalidInput(_tr(_CHANGED).format(name=source.name))
    with db.staging() as connection:
        reader = _staged(connection, source, digest=preview.fingerprint is not None)
        if reader.problem_count or (preview.fingerprint is not None and reader.digest != preview.fingerprint[2]):
            raise InvalidInput(_tr(_CHANGED).format(name=source.name))
        with db.transaction(connection, write=True):
            return diary_store.insert_staged(connection)


def import_csv(
    db: Database, source: ImportSource | Path | bytes | IO[bytes], *, dry_run: bool = False, name: str | None = None
) -> ImportPreview:
    """Read the file once and (unless dry_run) import all its new rows or nothing: a file with any problem
    writes nothing. Memory stays bounded whatever the file's size."""
    source = ImportSource.of(source, name)
    with db.staging() as connection:
        reader = _staged(connection, source, digest=False)
        preview = ImportPreview(problems=reader.problems, problem_count=reader.problem_count, source=source)
        if not preview.can_import:
            raise preview.refuse()
        with db.transaction(connection, write=not dry_run):
            _fill(preview, connection)
            if not dry_run:
                added = diary_store.insert_staged(connection)
                assert added == preview.new_count
    return preview
