"""The diary CSV format of CONTRACTS.md, whole: its columns, the formula-injection guard, the writer and the
reader. Storage hands over rows with the fields of `COLUMN_FIELDS`, in that order; nothing else spells them.

Reading streams: `read_diary_csv` checks the header, then gives the valid rows one at a time and counts the
rows with a problem (keeping the first few for a preview), so memory follows one row whatever the file's
size. Whether anything is written is the caller's decision once the whole file was read (all or nothing).
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import IO, Any, Final

from calfdesk.domain.diary import (
    DiaryEntry,
    make_entry,
    parse_date,
    parse_int,
    parse_time,
)
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)

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
        return _tr("line {line}: {problem}").format(line=self.line, problem=self.message)


class _CheckedBytes(io.RawIOBase):
    """The file's bytes as they are read: refused past `MAX_FILE_BYTES` or when they hold a NUL byte (binary
    data), counted, and hashed when asked so a second reading can tell the file did not change."""

    def __init__(self, inner: IO[bytes], *, digest: bool) -> None:
        super().__init__()
        self._inner = inner
        self._hash = hashlib.sha256() if digest else None
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        chunk = self._inner.read(len(buffer))
        if not chunk:
            return 0
        if b"\x00" in chunk:
            raise InvalidInput(_tr("the file is not a CSV text file (it contains binary data)"))
        self.size += len(chunk)
        if self.size > MAX_FILE_BYTES:
            raise InvalidInput(_tr(_TOO_LARGE))
        if self._hash is not None:
            self._hash.update(chunk)
        count = len(chunk)
        buffer[:count] = chunk
        return count

    def hexdigest(self) -> str:
        return self._hash.hexdigest() if self._hash is not None else ""


_EMPTY: Final = "the file is empty; choose a diary CSV exported by calfdesk or a spreadsheet"
_TOO_LARGE: Final = "the file is larger than 64 MB; this is not a diary CSV"


class DiaryCsvReader:
    """A diary CSV read as a stream: iterating gives each valid row's file line and entry, once; rows with a
    problem are counted and the first `MAX_PROBLEMS_LISTED` kept in `problems`. Memory follows one row, not
    the file.

    File-level problems raise `InvalidInput`: a header without the required columns when the reader is made,
    anything else (binary data, text that is not UTF-8, broken quoting, a file with a header and no rows)
    while it is read. Read to the end, `digest` (with `digest=True`) is the SHA-256 of the file's bytes.
    """

    def __init__(self, source: bytes | IO[bytes], *, digest: bool = False) -> None:
        if isinstance(source, bytes | bytearray | memoryview):
            if len(source) > MAX_FILE_BYTES:
                raise InvalidInput(_tr(_TOO_LARGE))
            source = io.BytesIO(source)
        self._bytes = _CheckedBytes(source, digest=digest)
        self._lines = io.TextIOWrapper(io.BufferedReader(self._bytes, 64 * 1024), encoding="utf-8-sig", newline="")
        self._number = 0
        self._reader = csv.reader(self._checked_lines(), strict=True)
        self.problems: list[RowProblem] = []
        self.problem_count = 0
        self.entry_count = 0
        self._read = False
        self._positions = self._read_header()

    @property
    def size(self) -> int:
        """Bytes read so far."""
        return self._bytes.size

    @property
    def digest(self) -> str:
        return self._bytes.hexdigest()

    def add_problem(self, line: int, message: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS_LISTED:
            self.problems.append(RowProblem(line, message))

    def _checked_lines(self) -> Iterator[str]:
        try:
            for line in self._lines:
                self._number += 1
                if len(line) > MAX_LINE_CHARS:
                    problem = _tr("line {line} is longer than {most} characters; is this a diary CSV?")
                    raise InvalidInput(problem.format(line=self._number, most=MAX_LINE_CHARS))
                yield line
        except UnicodeDecodeError:
            problem = _tr("line {line} is not UTF-8 text; save the file as 'CSV UTF-8' and try again")
            raise InvalidInput(problem.format(line=self._number + 1)) from None

    def _read_header(self) -> tuple[int, ...]:
        reader = self._reader
        try:
            header = next(reader)
            if all(not cell.strip() for cell in header):
                # Only blank lines (the whole file, or before a header): empty, or no header at all.
                for row in reader:
                    if any(cell.strip() for cell in row):
                        break
                else:
                    raise InvalidInput(_tr(_EMPTY))
        except StopIteration:
            raise InvalidInput(_tr(_EMPTY)) from None
        except csv.Error as exc:
            raise InvalidInput(
                _tr("line 1 is not valid CSV ({problem}); is this a diary CSV?").format(problem=exc)
            ) from None
        if len(header) > MAX_COLUMNS:
            problem = _tr("the header has {count} columns; a diary CSV has {columns}, is this one?")
            raise InvalidInput(problem.format(count=len(header), columns=len(COLUMNS)))
        names = [name.strip().lower() for name in header]
        index: dict[str, int] = {}
        for position, name in enumerate(names):
            index.setdefault(name, position)
        missing = [column for column in REQUIRED_COLUMNS if column not in index]
        if missing:
            # The required columns are two: one of them missing, or both.
            if len(missing) == 1:
                problem = _tr(
                    "the header has no '{column}' column; the first line must name the columns, for example: {example}"
                )
            else:
                problem = _tr(
                    "the header has no '{column}' or '{other}' column; the first line must name the columns, "
                    "for example: {example}"
                )
            raise InvalidInput(
                problem.format(column=missing[0], other=missing[-1], example=",".join(CONTRACT_COLUMNS)),
                field=missing[0],
            )
        self._width = len(names)
        return tuple(index.get(name, self._width) for name in COLUMNS)

    def __iter__(self) -> Iterator[tuple[int, DiaryEntry]]:
        if self._read:
            raise RuntimeError("a diary CSV is read once")
        self._read = True
        reader, positions, width = self._reader, self._positions, self._width
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
                    self.add_problem(line, exc.message)
                    continue
                self.entry_count += 1
                yield line, entry
        except csv.Error as exc:
            problem = _tr("line {line} is not valid CSV ({problem}); nothing was imported")
            raise InvalidInput(problem.format(line=reader.line_num + 1, problem=exc)) from None
        if not self.entry_count and not self.problem_count:
            raise InvalidInput(_tr("the file has a header but no diary rows; nothing to import"))


def read_diary_csv(source: bytes | IO[bytes], *, digest: bool = False) -> DiaryCsvReader:
    """Start reading a diary CSV (see `DiaryCsvReader`): the header is read and checked now, the rows as the
    result is iterated."""
    return DiaryCsvReader(source, digest=digest)


def _row_to_entry(cells: list[str]) -> DiaryEntry:
    """An entry from the cells of `COLUMNS`, in that order."""
    date_text, time_text, context, soreness_text, location, side, stiffness_text, notes, offset_text = cells
    local_date = parse_date(date_text.strip())
    time_text = time_text.strip()
    local_time = parse_time(time_text) if time_text else DEFAULT_TIME
    soreness_text = soreness_text.strip()
    if not soreness_text:
        raise InvalidInput(_tr("soreness is empty; enter a whole number from 0 to 10"), field="soreness")
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
