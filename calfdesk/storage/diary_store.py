"""Reading and writing diary entries. Bulk paths go through SQL; everything returns domain objects."""

from __future__ import annotations

import datetime as dt
import itertools
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, Final, NamedTuple

from calfdesk.domain.diary import DiaryEntry, format_time
from calfdesk.storage.database import Database, utc_now_iso
from calfdesk.storage.instants import stored_date, stored_offset, stored_time
from calfdesk.storage.sql import insert

# The date and time read as UTC: exact whole seconds on a chart axis that shows the runner's wall clock.
CHART_POINTS_SQL: Final = (
    "SELECT id, (julianday(local_date) - 2440587.5) * 86400.0 + substr(local_time, 1, 2) * 3600 "
    "+ substr(local_time, 4, 2) * 60, soreness, context "
    "FROM diary_entry WHERE local_date BETWEEN ? AND ? "
    # Only rows whose day and time SQLite can read are drawn (a garbled row is listed, not plotted).
    "AND julianday(local_date || ' ' || local_time) IS NOT NULL ORDER BY local_date, local_time, id"
)
# Table orders by what each column shows; ties stay newest first.
SORT_KEYS: Final = {
    "moment": "local_date {0}, local_time {0}",
    "context": "context {0}",
    "soreness": "soreness {0}",
    "location": "location {0}",
    "side": "side {0}",
    "stiffness": "COALESCE(stiffness_min, -1) {0}",
    "notes": "lowercase(notes) {0}",
}
# The columns of the diary table (storage.tables.DiaryEntryRow declares them for the schema).
DIARY_COLUMNS: Final = (
    "id",
    "local_date",
    "local_time",
    "utc_offset_min",
    "context",
    "soreness",
    "location",
    "side",
    "stiffness_min",
    "notes",
    "created_utc",
)
# What an entry is read from, in the order `_to_entry` takes it.
_ENTRY_COLUMNS: Final = ", ".join(DIARY_COLUMNS[:-1])
_OLDEST_FIRST: Final = "local_date, local_time, id"
_NEWEST_FIRST: Final = "local_date DESC, local_time DESC, id DESC"
# Without bounds every row is in range, one whose date another program garbled too (text sorts between these),
# so it is listed and can be deleted.
_FAR_PAST: Final = ""
_FAR_FUTURE: Final = "\U0010ffff"


class DiaryRow(NamedTuple):
    """One entry as the diary table shows it, read in blocks straight from SQL (dates and times as stored)."""

    id: int
    local_date: str
    local_time: str
    soreness: int
    context: str
    location: str
    side: str
    stiffness_min: int | None
    notes: str


class DayWorst(NamedTuple):
    """The worst soreness logged on one day."""

    day: dt.date
    worst: int


ROW_COLUMNS: Final = ", ".join(DiaryRow._fields)


def _to_values(entry: DiaryEntry) -> dict[str, Any]:
    return {
        "local_date": entry.local_date.isoformat(),
        "local_time": format_time(entry.local_time),
        "utc_offset_min": entry.utc_offset_min,
        "context": entry.context,
        "soreness": entry.soreness,
        "location": entry.location,
        "side": entry.side,
        "stiffness_min": entry.stiffness_min,
        "notes": entry.notes,
    }


def _to_entry(row: Sequence[Any]) -> DiaryEntry:
    """An entry as stored (a row of `_ENTRY_COLUMNS`); a date, time or offset another program garbled is read as
    the nearest harmless value (storage.instants), so the entry is still listed and can be deleted."""
    entry_id, local_date, local_time, utc_offset_min, context, soreness, location, side, stiffness_min, notes = row
    return DiaryEntry(
        local_date=stored_date(local_date),
        local_time=stored_time(local_time),
        soreness=soreness,
        context=context,
        location=location,
        side=side,
        stiffness_min=stiffness_min,
        notes=notes,
        utc_offset_min=stored_offset(utc_offset_min),
        id=entry_id,
    )


def _read_entry(connection: sqlite3.Connection, entry_id: int) -> DiaryEntry | None:
    row = connection.execute(f"SELECT {_ENTRY_COLUMNS} FROM diary_entry WHERE id = ?", (entry_id,)).fetchone()
    return _to_entry(row) if row is not None else None


def date_bounds(start: dt.date | None, end: dt.date | None) -> tuple[str, str]:
    return (start.isoformat() if start else _FAR_PAST, end.isoformat() if end else _FAR_FUTURE)


def add_entry(db: Database, entry: DiaryEntry) -> DiaryEntry:
    """Insert and commit one entry; returns it with its id."""
    values = {**_to_values(entry), "created_utc": utc_now_iso()}
    if entry.id is not None:
        values = {"id": entry.id, **values}
    with db.raw(write=True) as connection:
        return entry.with_id(insert(connection, "diary_entry", values))


def get_entry(db: Database, entry_id: int) -> DiaryEntry | None:
    with db.raw() as connection:
        return _read_entry(connection, entry_id)


def update_entry(db: Database, entry: DiaryEntry) -> DiaryEntry:
    """Replace an entry's values; returns the previous version (for undo)."""
    assert entry.id is not None
    with db.raw(write=True) as connection:
        previous = _read_entry(connection, entry.id)
        if previous is None:
            raise LookupError(f"diary entry {entry.id} does not exist")
        values = _to_values(entry)
        connection.execute(
            f"UPDATE diary_entry SET {', '.join(f'{name} = ?' for name in values)} WHERE id = ?",
            (*values.values(), entry.id),
        )
        return previous


def delete_entry(db: Database, entry_id: int) -> DiaryEntry:
    """Delete an entry; returns it so it can be restored with the same id."""
    with db.raw(write=True) as connection:
        removed = _read_entry(connection, entry_id)
        if removed is None:
            raise LookupError(f"diary entry {entry_id} does not exist")
        connection.execute("DELETE FROM diary_entry WHERE id = ?", (entry_id,))
        return removed


def list_entries(
    db: Database, start: dt.date | None = None, end: dt.date | None = None, *, newest_first: bool = False
) -> list[DiaryEntry]:
    low, high = date_bounds(start, end)
    order = _NEWEST_FIRST if newest_first else _OLDEST_FIRST
    with db.raw() as connection:
        rows = connection.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM diary_entry WHERE local_date BETWEEN ? AND ? ORDER BY {order}", (low, high)
        ).fetchall()
    return [_to_entry(row) for row in rows]


def latest_entry(db: Database) -> DiaryEntry | None:
    """The entry with the latest date and time, or None in an empty diary."""
    with db.raw() as connection:
        row = connection.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM diary_entry ORDER BY {_NEWEST_FIRST} LIMIT 1"
        ).fetchone()
    return _to_entry(row) if row is not None else None


@contextmanager
def chart_points(
    db: Database, start: dt.date | None = None, end: dt.date | None = None
) -> Iterator[Iterable[tuple[int, float, int, str]]]:
    """Within the block: id, wall-clock seconds, soreness and context of each entry, oldest first, read
    straight from the cursor so a consumer such as numpy.fromiter pays nothing per row on top."""
    low, high = date_bounds(start, end)
    with db.raw() as connection:
        yield connection.execute(CHART_POINTS_SQL, (low, high))


def entry_ids(
    db: Database,
    start: dt.date | None = None,
    end: dt.date | None = None,
    *,
    order: str = "moment",
    descending: bool = True,
) -> list[int]:
    """Ids of the entries in the range, ordered by `order` (a key of SORT_KEYS); ties newest first."""
    low, high = date_bounds(start, end)
    key = SORT_KEYS[order].format("DESC" if descending else "ASC")
    with db.raw() as connection:
        # SQLite's lower() folds ASCII only; notes sort like Python folds them.
        connection.create_function("lowercase", 1, str.lower, deterministic=True)
        cursor = connection.execute(
            f"SELECT id FROM diary_entry WHERE local_date BETWEEN ? AND ? ORDER BY {key}, {_NEWEST_FIRST}",
            (low, high),
        )
        return [row[0] for row in cursor]


def rows_by_ids(db: Database, ids: Sequence[int]) -> dict[int, DiaryRow]:
    """The table rows of these entries by id (ids no longer stored are left out)."""
    found: dict[int, DiaryRow] = {}
    with db.raw() as connection:
        for offset in range(0, len(ids), 500):
            chunk = ids[offset : offset + 500]
            placeholders = ",".join("?" * len(chunk))
            for values in connection.execute(
                f"SELECT {ROW_COLUMNS} FROM diary_entry WHERE id IN ({placeholders})", chunk
            ):
                row = DiaryRow._make(values)
                found[row.id] = row
    return found


def daily_worst(db: Database, start: dt.date | None = None, end: dt.date | None = None) -> list[DayWorst]:
    """The worst soreness of each logged day in the range, oldest first, aggregated in SQL."""
    low, high = date_bounds(start, end)
    with db.raw() as connection:
        rows = connection.execute(
            "SELECT local_date, MAX(soreness) FROM diary_entry WHERE local_date BETWEEN ? AND ? "
            "GROUP BY local_date ORDER BY local_date",
            (low, high),
        ).fetchall()
    return [DayWorst(stored_date(day), worst) for day, worst in rows]


def stored_duplicate_keys(
    db: Database, wanted: set[tuple[str, str, str, str, str]]
) -> set[tuple[str, str, str, str, str]]:
    """Which of these duplicate keys (DiaryEntry.duplicate_key) are already stored."""
    if not wanted:
        return set()
    dates = sorted({key[0] for key in wanted})
    found: set[tuple[str, str, str, str, str]] = set()
    with db.raw() as connection:
        for offset in range(0, len(dates), 500):
            chunk = dates[offset : offset + 500]
            placeholders = ",".join("?" * len(chunk))
            for row in connection.execute(
                "SELECT local_date, local_time, context, location, side FROM diary_entry "
                f"WHERE local_date IN ({placeholders})",
                chunk,
            ):
                key = (row[0], row[1], row[2], row[3], row[4])
                if key in wanted:
                    found.add(key)
    return found


def add_entries_bulk(db: Database, entries: Sequence[DiaryEntry]) -> int:
    """Insert many entries in one transaction with one executemany; all or nothing. Rows are made one at a
    time as SQLite takes them, so a large import holds no second copy of its entries."""
    if not entries:
        return 0
    created = utc_now_iso()
    names = (*_to_values(entries[0]), "created_utc")
    rows = ((*_to_values(entry).values(), created) for entry in entries)
    with db.raw(write=True) as connection:
        connection.executemany(
            f"INSERT INTO diary_entry ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})", rows
        )
    return len(entries)


# An import's rows are staged in a TEMP table of the import's own connection (see Database.staging) while the
# file is read, so nothing is held in Python; the new ones are then copied into the diary in one statement.
_STAGED_FIELDS: Final = (
    "local_date",
    "local_time",
    "utc_offset_min",
    "context",
    "soreness",
    "location",
    "side",
    "stiffness_min",
    "notes",
)
_STAGE_BATCH: Final = 5000
# A staged row is new unless the diary holds its duplicate key or an earlier line of the file has it.
_KEY_MATCH: Final = " AND ".join(
    f"{{0}}.{name} = s.{name}" for name in ("local_date", "local_time", "context", "location", "side")
)
_IS_NEW: Final = (
    f"NOT EXISTS (SELECT 1 FROM main.diary_entry AS d WHERE {_KEY_MATCH.format('d')}) "
    f"AND NOT EXISTS (SELECT 1 FROM temp.import_row AS t WHERE {_KEY_MATCH.format('t')} AND t.line < s.line)"
)


def stage_import(connection: sqlite3.Connection, entries: Iterable[tuple[int, DiaryEntry]]) -> int:
    """Stage every (file line, entry) in a new TEMP table of this connection (outside any transaction on the
    data file, in batches, so memory follows one batch); returns how many were staged."""
    connection.execute("CREATE TEMP TABLE import_row (line INTEGER PRIMARY KEY, " + ", ".join(_STAGED_FIELDS) + ")")
    insert = f"INSERT INTO temp.import_row VALUES ({', '.join('?' * (len(_STAGED_FIELDS) + 1))})"
    rows = ((line, *_to_values(entry).values()) for line, entry in entries)
    staged = 0
    while batch := list(itertools.islice(rows, _STAGE_BATCH)):
        connection.executemany(insert, batch)
        staged += len(batch)
    connection.execute(
        "CREATE INDEX temp.import_row_key ON import_row (local_date, local_time, context, location, side, line)"
    )
    return staged


def staged_counts(connection: sqlite3.Connection) -> tuple[int, int]:
    """How many staged rows are new and how many duplicate an entry or an earlier row (inside a transaction)."""
    total, new = connection.execute(
        f"SELECT COUNT(*), COALESCE(SUM({_IS_NEW}), 0) FROM temp.import_row AS s"
    ).fetchone()
    return int(new), int(total) - int(new)


def staged_sample(connection: sqlite3.Connection, *, new: bool, limit: int) -> list[tuple[int, DiaryEntry]]:
    """The first `limit` new (or duplicate) staged rows by file line, as entries."""
    condition = _IS_NEW if new else f"NOT ({_IS_NEW})"
    cursor = connection.execute(
        f"SELECT line, {', '.join(_STAGED_FIELDS)} FROM temp.import_row AS s WHERE {condition} ORDER BY line LIMIT ?",
        (limit,),
    )
    sample = []
    for line, day, time, offset, context, soreness, location, side, stiffness, notes in cursor:
        entry = DiaryEntry(
            local_date=dt.date.fromisoformat(day),
            local_time=dt.time.fromisoformat(time),
            soreness=soreness,
            context=context,
            location=location,
            side=side,
            stiffness_min=stiffness,
            notes=notes,
            utc_offset_min=offset,
        )
        sample.append((line, entry))
    return sample


def insert_staged(connection: sqlite3.Connection) -> int:
    """Copy the new staged rows into the diary in file order (inside a writing transaction); returns the count."""
    names = ", ".join(_STAGED_FIELDS)
    cursor = connection.execute(
        f"INSERT INTO main.diary_entry ({names}, created_utc) SELECT {names}, ? FROM temp.import_row AS s "
        f"WHERE {_IS_NEW} ORDER BY line",
        (utc_now_iso(),),
    )
    return int(cursor.rowcount)


@contextmanager
def export_rows(
    db: Database, fields: Sequence[str], start: dt.date | None = None, end: dt.date | None = None
) -> Iterator[tuple[int, Iterable[tuple[Any, ...]]]]:
    """Within the block: the row count and the stored values of `fields` (column names of the diary table, in
    the caller's order) for every entry in the range, oldest first, streamed from one read transaction so
    both agree."""
    unknown = set(fields) - set(DIARY_COLUMNS)
    if unknown:
        raise ValueError(f"not diary columns: {sorted(unknown)}")
    low, high = date_bounds(start, end)
    with db.raw() as connection:
        count = connection.execute(
            "SELECT COUNT(*) FROM diary_entry WHERE local_date BETWEEN ? AND ?", (low, high)
        ).fetchone()[0]
        yield (
            int(count),
            connection.execute(
                f"SELECT {', '.join(fields)} FROM diary_entry WHERE local_date BETWEEN ? AND ? "
                f"ORDER BY {_OLDEST_FIRST}",
                (low, high),
            ),
        )
