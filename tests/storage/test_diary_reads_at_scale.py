"""The diary reads that keep the Diary page fast with years of entries give the same answers as reading
every entry and sorting in Python would."""

from __future__ import annotations

import csv
import datetime as dt
import io
import random

import pytest

from calfdesk.domain.diary import make_entry
from calfdesk.domain.diary_csv import guard_cell
from calfdesk.services import diary
from calfdesk.storage import diary_store
from calfdesk.ui.diary.soreness_chart import wall_clock_seconds

NOTES = ("", "Easy run", "=SUM(A1)", "'=already guarded", "@home", "éclair", "Zebra", "apple", "-5 felt ok", "\ttab")


def fill(db, count: int = 120, seed: int = 5):
    rng = random.Random(seed)
    entries = [
        make_entry(
            local_date=dt.date(2025, 12, 1) + dt.timedelta(days=rng.randrange(60)),
            local_time=dt.time(rng.randrange(24), rng.randrange(60)),
            soreness=rng.randrange(11),
            context=rng.choice(("morning", "during_run", "after_run", "other")),
            location=rng.choice(("calf", "achilles", "both", "other")),
            side=rng.choice(("left", "right", "both")),
            stiffness_min=rng.choice((None, 0, 5, 30)),
            notes=rng.choice(NOTES),
            utc_offset_min=60,
        )
        for _ in range(count)
    ]
    diary_store.add_entries_bulk(db, entries)
    return diary_store.list_entries(db)


def newest_first(entries):
    return sorted(entries, key=lambda e: (e.local_date, e.local_time, e.id), reverse=True)


PYTHON_KEYS = {
    "moment": lambda e: (e.local_date, e.local_time),
    "context": lambda e: e.context,
    "soreness": lambda e: e.soreness,
    "location": lambda e: e.location,
    "side": lambda e: e.side,
    "stiffness": lambda e: -1 if e.stiffness_min is None else e.stiffness_min,
    "notes": lambda e: e.notes.lower(),
}


@pytest.mark.parametrize("order", sorted(PYTHON_KEYS))
@pytest.mark.parametrize("descending", [False, True])
def test_entry_ids_sort_like_the_table_did_ties_newest_first(db, order: str, descending: bool) -> None:
    entries = fill(db)
    # A stable sort of the newest-first list is what the table's sort proxy did.
    expected = sorted(newest_first(entries), key=PYTHON_KEYS[order], reverse=descending)
    assert diary_store.entry_ids(db, order=order, descending=descending) == [e.id for e in expected]


def test_entry_ids_keep_to_the_date_range(db) -> None:
    entries = fill(db)
    start, end = dt.date(2025, 12, 10), dt.date(2025, 12, 20)
    expected = [e.id for e in newest_first(entries) if start <= e.local_date <= end]
    assert diary_store.entry_ids(db, start, end) == expected


def test_chart_points_are_every_entry_oldest_first_at_its_wall_clock_second(db) -> None:
    entries = fill(db)
    with diary_store.chart_points(db) as points:
        got = list(points)
    oldest_first = sorted(entries, key=lambda e: (e.local_date, e.local_time, e.id))
    assert [row[0] for row in got] == [e.id for e in oldest_first]
    for (_id, x, soreness, context), entry in zip(got, oldest_first, strict=True):
        assert x == wall_clock_seconds(entry.local_date.isoformat(), f"{entry.local_time:%H:%M}")
        assert (soreness, context) == (entry.soreness, entry.context)


def test_rows_by_ids_match_the_entries_and_skip_missing_ids(db) -> None:
    entries = fill(db, count=30)
    rows = diary_store.rows_by_ids(db, [e.id for e in entries] + [10_000])
    assert set(rows) == {e.id for e in entries}
    for entry in entries:
        assert rows[entry.id] == (
            entry.id,
            entry.local_date.isoformat(),
            f"{entry.local_time:%H:%M}",
            entry.soreness,
            entry.context,
            entry.location,
            entry.side,
            entry.stiffness_min,
            entry.notes,
        )


def test_export_guards_exactly_the_notes_a_spreadsheet_could_run(db) -> None:
    entries = fill(db)
    stream = io.StringIO(newline="")
    assert diary.export_csv(db, stream) == len(entries)
    exported = stream.getvalue().splitlines()[1:]
    oldest_first = sorted(entries, key=lambda e: (e.local_date, e.local_time, e.id))
    for row, entry in zip(csv.reader(exported), oldest_first, strict=True):
        assert row[7] == guard_cell(entry.notes)
