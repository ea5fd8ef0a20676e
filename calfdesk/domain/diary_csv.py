"""The diary CSV format of CONTRACTS.md, whole: its columns, the formula-injection guard, the writer and the
reader. Storage hands over rows with the fields of `COLUMN_FIELDS`, in that order; nothing else spells them.

Reading is all or nothing: `read_diary_csv` returns every parsed entry or raises `InvalidInput` for the
first problem of the file as a whole; per-row problems are collected so a preview can list them all.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, Final

from calfdesk.domain.diary import (
    DiaryEntry,
    make_entry,
    parse_date,
    parse_int,
    parse_time,
)
from calfdesk.errors import InvalidInput

# Each column and the DiaryEntry field (also the stored column) it holds, in the file's fixed order.
# `utc_offset_min` is an appended extension (CONTRACTS.md allows columns appended at the end).
COLUMN_FIELDS: Final = {
    "date": "local_date",
    "time": "local_time",
    "context": "context",
    "soreness": "soreness",
    "location": "location",
    "side": "side",
    "stiffness_min": "stiffness_min",
    "notes": "notes",
    "utc_offset_min": "utc_offset_min",
}
COLUMNS: Final = tuple(COLUMN_FIELDS)
CONTRACT_COLUMNS: Final = COLUMNS[: COLUMNS.index("notes") + 1]
REQUIRED_COLUMNS: Final = ("date", "soreness")
DEFAULT_TIME: Final = dt.time(12, 0)

FORMULA_TRIGGERS: Final = ("=", "+", "-", "@", "\t", "\r", "\n")
GUARD: Final = "'"
_FIRST_CHARACTERS_TO_CHECK: Final = frozenset((*FORMULA_TRIGGERS, GUARD))
MAX_FILE_BYTES: Final = 64 * 1024 * 1024
MAX_LINE_CHARS: Final = 64 * 1024
MAX_PROBLEMS_LISTED: Final = 200
# The diary has nine columns and later versions append a few; thousands of columns are not a diary.
MAX_COLUMNS: Final = 200


def needs_guard(text: str) -> bool:
    """A cell a spreadsheet could run as a formula (or one that already looks guarded)."""
    if not text:
        return False
    if text[0] in FORMULA_TRIGGERS:
        return True
    return text[0] == GUARD and needs_guard(text[1:])


def guard_cell(text: str) -> str:
    return GUARD + text if needs_guard(text) else text


def unguard_cell(text: str) -> str:
    if text.startswith(GUARD) and needs_guard(text[1:]):
        return text[1:]
    return text


_NOTES: Final = COLUMNS.index("notes")


def _guarded(rows: Iterable[Sequence[Any]]) -> Iterator[Sequence[Any]]:
    # Only the free-text column can hold a formula; dates and numbers are never altered.
    for row in rows:
        notes = row[_NOTES]
        if notes and notes[0] in _FIRST_CHARACTERS_TO_CHECK:
            yield (*row[:_NOTES], guard_cell(notes), *row[_NOTES + 1 :])
        else:
            yield row


def write_diary_csv(stream: IO[str], rows: Iterable[Sequence[Any]]) -> None:
    """Write the header and `rows` (stored values in `COLUMNS` order, times as HH:MM) to a text stream opened
    with newline=''; notes a spreadsheet could run as a formula are guarded on the way."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows(_guarded(rows))


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass(slots=True)
class ParsedCsv:
    """Entries read from a file (with the file line each came from) and the problems found."""

    entries: list[tuple[int, DiaryEntry]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    problem_count: int = 0

    def add_problem(self, line: int, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS_LISTED:
            self.problems.append(RowProblem(line, message))


def _check_csv_bytes(data: bytes) -> None:
    if not data.strip():
        raise InvalidInput("the file is empty; choose a diary CSV exported by calfdesk or a spreadsheet")
    if len(data) > MAX_FILE_BYTES:
        raise InvalidInput("the file is larger than 64 MB; this is not a diary CSV")
    if b"\x00" in data:
        raise InvalidInput("the file is not a CSV text file (it contains binary data)")


def _split_lines_checked(data: bytes) -> Iterator[str]:
    """The file's lines, decoded as they are read: the file is never held as text besides its bytes."""
    _check_csv_bytes(data)
    lines = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8-sig", newline="")
    number = 0
    try:
        for line in lines:
            number += 1
            if len(line) > MAX_LINE_CHARS:
                raise InvalidInput(f"line {number} is longer than {MAX_LINE_CHARS} characters; is this a diary CSV?")
            yield line
    except UnicodeDecodeError:
        raise InvalidInput(f"line {number + 1} is not UTF-8 text; save the file as 'CSV UTF-8' and try again") from None


def read_diary_csv(data: bytes) -> ParsedCsv:
    """Parse a diary CSV. File-level problems raise `InvalidInput`; row problems are listed by line."""
    reader = csv.reader(_split_lines_checked(data), strict=True)
    try:
        header = next(reader)
    except StopIteration:
        raise InvalidInput("the file is empty; choose a diary CSV exported by calfdesk") from None
    except csv.Error as exc:
        raise InvalidInput(f"line 1 is not valid CSV ({exc}); is this a diary CSV?") from None
    if len(header) > MAX_COLUMNS:
        raise InvalidInput(f"the header has {len(header)} columns; a diary CSV has {len(COLUMNS)}, is this one?")
    names = [name.strip().lower() for name in header]
    index: dict[str, int] = {}
    for position, name in enumerate(names):
        index.setdefault(name, position)
    missing = [column for column in REQUIRED_COLUMNS if column not in index]
    if missing:
        raise InvalidInput(
            f"the header has no {' or '.join(repr(c) for c in missing)} column; the first line must name "
            f"the columns, for example: {','.join(CONTRACT_COLUMNS)}",
            field=missing[0],
        )
    result = ParsedCsv()
    width = len(names)
    positions = tuple(index.get(name, width) for name in COLUMNS)
    try:
        for row in reader:
            line = reader.line_num
            if not row or all(not cell.strip() for cell in row):
                continue
            # A cell past the row's end (a short row, or a column the header lacks) reads as empty.
            length = min(len(row), width)
            try:
                entry = _row_to_entry([row[position] if position < length else "" for position in positions])
            except InvalidInput as exc:
                result.add_problem(line, exc.message)
                continue
            result.entries.append((line, entry))
    except csv.Error as exc:
        raise InvalidInput(f"line {reader.line_num + 1} is not valid CSV ({exc}); nothing was imported") from None
    if not result.entries and not result.problem_count:
        raise InvalidInput("the file has a header but no diary rows; nothing to import")
    return result


def _row_to_entry(cells: list[str]) -> DiaryEntry:
    """An entry from the cells of `COLUMNS`, in that order."""
    date_text, time_text, context, soreness_text, location, side, stiffness_text, notes, offset_text = cells
    local_date = parse_date(date_text.strip())
    time_text = time_text.strip()
    local_time = parse_time(time_text) if time_text else DEFAULT_TIME
    soreness_text = soreness_text.strip()
    if not soreness_text:
        raise InvalidInput("soreness is empty; enter a whole number from 0 to 10", field="soreness")
    soreness = parse_int(soreness_text, "soreness")
    stiffness_text = stiffness_text.strip()
    stiffness = parse_int(stiffness_text, "stiffness_min") if stiffness_text else None
    offset_text = offset_text.strip()
    offset = parse_int(offset_text, "utc_offset_min") if offset_text else None
    return make_entry(
        local_date=local_date,
        local_time=local_time,
        soreness=soreness,
        context=context.strip() or "other",
        location=location.strip() or "calf",
        side=side.strip() or "both",
        stiffness_min=stiffness,
        notes=unguard_cell(notes),
        utc_offset_min=offset,
    )
