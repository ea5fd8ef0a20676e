"""Reading export spreadsheets: headers with duplicate names or stray HTML, and cells by column name.

A table is read as a stream, as often as its reader needs (a first pass over one column decides the date
order or the decimal mark, the next builds the runs): only the header and one row at a time are held, so
memory follows the runs read, not the size of the file.
"""

from __future__ import annotations

import codecs
import csv
import html
import io
import re
from collections.abc import Callable, Generator, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import IO, TYPE_CHECKING, Any, Final, Protocol

from calfdesk.i18n import Texts
from calfdesk.importers.common import file_error

_tr = Texts(__name__)

MAX_LINE_CHARS: Final = 1024 * 1024
# Strava's export has about a hundred columns; a header with thousands is not an activity export.
MAX_COLUMNS: Final = 1000
_TAG: Final = re.compile(r"<[^>]*>")
_HEAD_BYTES: Final = 4096


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


if TYPE_CHECKING:
    # Opens the file from its start, once per pass.
    Opener = Callable[[], AbstractContextManager[_Readable, bool | None]]


def clean_header(text: str) -> str:
    """`<span class="translation_missing" ...>Start Time</span>` (a real Strava export bug) -> `start time`."""
    return " ".join(_TAG.sub("", html.unescape(text)).split()).casefold()


class _Raw(io.RawIOBase):
    """Any stream with `read` as a raw stream, so it can be buffered and decoded as it is read."""

    def __init__(self, inner: _Readable) -> None:
        super().__init__()
        self._inner = inner

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._inner.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class Table:
    """A CSV's header (for each cleaned header name, every column position that carries it) and its rows,
    read again from the file each time they are asked for."""

    def __init__(self, name: str, opener: Opener) -> None:
        self.name = name
        self._opener = opener
        self.columns: dict[str, list[int]] = {}
        # Records before the header: a title line some exports write above it ("Aktivitäten").
        self._above_header = 0
        records = self._records()
        try:
            first = next(records, None)
            if first is None:
                raise file_error(name, _tr("the file is empty"))
            header = first[1]
            if _filled(header) == 1:
                second = next(records, None)
                if second is not None and _filled(second[1]) > 1:
                    header = second[1]
                    self._above_header = 1
        finally:
            records.close()
        if len(header) > MAX_COLUMNS:
            raise file_error(
                name,
                _tr("the header has {count} columns; an activity export has far fewer").format(count=len(header)),
            )
        for position, title in enumerate(header):
            self.columns.setdefault(clean_header(title), []).append(position)

    def alias(self, names: dict[str, str]) -> None:
        """Also find each column under another name (an export's own language -> the name readers ask for)."""
        for own, other in names.items():
            if own in self.columns and other not in self.columns:
                self.columns[other] = self.columns[own]

    def has(self, *names: str) -> bool:
        return all(name in self.columns for name in names)

    def cell(self, row: list[str], name: str, occurrence: int = 0) -> str:
        """The cell under the `occurrence`-th column of that name (-1: the last), empty when absent."""
        positions = self.columns.get(name)
        if not positions:
            return ""
        try:
            index = positions[occurrence]
        except IndexError:
            return ""
        return row[index].strip() if index < len(row) else ""

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """Each row that is not blank, with its line number, read from the file's start."""
        records = self._records()
        for _ in range(self._above_header + 1):
            next(records, None)
        for line, row in records:
            if any(cell.strip() for cell in row):
                yield line, row

    def column(self, name: str, occurrence: int = 0) -> Iterator[str]:
        for _, row in self.rows():
            yield self.cell(row, name, occurrence)

    def _records(self) -> Generator[tuple[int, list[str]], None, None]:
        with self._opener() as stream:
            lines = self._lines(stream)
            reader = csv.reader(lines, strict=True)
            try:
                for row in reader:
                    yield reader.line_num, row
            except csv.Error as error:
                raise file_error(
                    self.name,
                    _tr("line {line} is not valid CSV ({problem}); is the file complete?").format(
                        line=reader.line_num + 1, problem=error
                    ),
                ) from None

    def _lines(self, stream: _Readable) -> Iterator[str]:
        """The file's lines, decoded as they are read: UTF-8 (with or without byte-order mark) or UTF-16 with a
        byte-order mark; binary data (a NUL byte in plain text, or NUL characters after decoding) is refused."""
        buffered = io.BufferedReader(_Raw(stream), 64 * 1024)
        head = buffered.peek(_HEAD_BYTES)[:_HEAD_BYTES]
        utf16 = head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        if b"\x00" in head and not utf16:
            raise file_error(self.name, _tr("the file is not text (it contains binary data)"))
        text = io.TextIOWrapper(buffered, encoding="utf-16" if utf16 else "utf-8-sig", newline="")
        number = 0
        try:
            for line in text:
                number += 1
                if len(line) > MAX_LINE_CHARS:
                    raise file_error(
                        self.name,
                        _tr("line {line} is longer than 1 MB; this is not an activity export").format(line=number),
                    )
                if "\x00" in line:
                    raise file_error(self.name, _tr("the file is not text (it contains NUL characters)"))
                yield line
        except UnicodeDecodeError:
            raise file_error(
                self.name, _tr("the file is not UTF-8 text (line {line})").format(line=number + 1)
            ) from None


def _filled(record: list[str]) -> int:
    return sum(1 for cell in record if cell.strip())


def rewound(stream: IO[bytes]) -> Opener:
    """An opener for a seekable stream: each pass starts again from its first byte."""

    @contextmanager
    def opened() -> Iterator[_Readable]:
        stream.seek(0)
        yield stream

    return opened


def read_table(name: str, source: bytes | IO[bytes] | Opener) -> Table:
    """The table of a CSV given as bytes, a seekable stream or an opener of its stream; its header is read now."""
    if isinstance(source, bytes):
        source = io.BytesIO(source)
    if not callable(source):
        source = rewound(source)
    return Table(name, source)
