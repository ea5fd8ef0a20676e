"""The measures CSV, written beside the diary CSV: one row per item of each reading (a reading without items
is one row), so every measure fits the same columns. UTF-8, RFC 4180, header first; the item, a runner's own
words for a PSFS activity, is guarded against formula injection like the diary's notes."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Final

from calfdesk.domain.diary_csv import guard_cell
from calfdesk.domain.measures.base import Reading

COLUMNS: Final = ("date", "measure", "reading_id", "score", "item", "item_value")
SUFFIX: Final = "-measures.csv"


def beside(diary_path: Path) -> Path:
    """Where the measures CSV goes for a diary CSV at `diary_path`: diary.csv gives diary-measures.csv."""
    return diary_path.with_name(diary_path.stem + SUFFIX)


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def write_measures_csv(stream: IO[str], readings: Iterable[Reading]) -> int:
    """Write the header and the rows of `readings` to a text stream opened with newline=''; returns how many
    readings were written."""
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    count = 0
    for reading in readings:
        count += 1
        start = [reading.day.isoformat(), reading.kind, "" if reading.id is None else str(reading.id)]
        score = _number(reading.score)
        if not reading.items:
            writer.writerow([*start, score, "", ""])
        for item in reading.items:
            writer.writerow([*start, score, guard_cell(item.name), _number(item.value)])
    return count
