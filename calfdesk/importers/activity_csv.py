"""Reading export spreadsheets: headers with duplicate names or stray HTML, and cells by column name."""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from calfdesk.importers.common import decode_text, file_error

MAX_LINE_CHARS: Final = 1024 * 1024
# Strava's export has about a hundred columns; a header with thousands is not an activity export.
MAX_COLUMNS: Final = 1000
_TAG: Final = re.compile(r"<[^>]*>")


def clean_header(text: str) -> str:
    """`<span class="translation_missing" ...>Start Time</span>` (a real Strava export bug) -> `start time`."""
    return " ".join(_TAG.sub("", html.unescape(text)).split()).casefold()


@dataclass(frozen=True, slots=True)
class Table:
    """A CSV's rows and, for each cleaned header name, every column position that carries it."""

    columns: dict[str, list[int]]
    rows: list[tuple[int, list[str]]]

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

    def column(self, name: str, occurrence: int = 0) -> list[str]:
        return [self.cell(row, name, occurrence) for _, row in self.rows]


def _lines(name: str, text: str) -> Iterator[str]:
    for number, line in enumerate(io.StringIO(text, newline=""), start=1):
        if len(line) > MAX_LINE_CHARS:
            raise file_error(name, f"line {number} is longer than 1 MB; this is not an activity export")
        yield line


def read_table(name: str, data: bytes) -> Table:
    text = decode_text(name, data)
    reader = csv.reader(_lines(name, text), strict=True)
    try:
        header = next(reader)
        if len(header) > MAX_COLUMNS:
            raise file_error(name, f"the header has {len(header)} columns; an activity export has far fewer")
        columns: dict[str, list[int]] = {}
        for position, title in enumerate(header):
            columns.setdefault(clean_header(title), []).append(position)
        rows = [(reader.line_num, row) for row in reader if any(cell.strip() for cell in row)]
    except StopIteration:
        raise file_error(name, "the file is empty") from None
    except csv.Error as error:
        raise file_error(
            name, f"line {reader.line_num + 1} is not valid CSV ({error}); is the file complete?"
        ) from None
    return Table(columns, rows)
