"""Reading and writing measures taken on a date. Everything returns domain objects, never ORM rows."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from calfdesk.domain.measures import Item, Reading
from calfdesk.storage.database import Database
from calfdesk.storage.rehab_store import utc_now_precise
from calfdesk.storage.sql import insert, replacing, upsert


def _items_json(items: Sequence[Item]) -> str:
    return json.dumps([[item.name, item.value] for item in items], ensure_ascii=False)


def _items(text: str) -> tuple[Item, ...]:
    return tuple(Item(str(name), value) for name, value in json.loads(text))


def add_reading(db: Database, reading: Reading) -> Reading:
    values = {
        "kind": reading.kind,
        "local_date": reading.day.isoformat(),
        "score": reading.score,
        "items_json": _items_json(reading.items),
        "recorded_utc": utc_now_precise(),
    }
    with db.raw(write=True) as connection:
        reading_id = insert(connection, "measure_reading", values)
    return Reading(reading.kind, reading.day, reading.score, reading.items, id=reading_id)


def list_readings(
    db: Database, kind: str | None = None, start: dt.date | None = None, end: dt.date | None = None
) -> list[Reading]:
    """Readings oldest first (same-day readings in the order they were recorded), of one kind or of all."""
    sql = "SELECT id, kind, local_date, score, items_json FROM measure_reading WHERE local_date BETWEEN ? AND ?"
    params: list[str] = [start.isoformat() if start else "0000-01-01", end.isoformat() if end else "9999-12-31"]
    if kind is not None:
        sql += " AND kind = ?"
        params.append(kind)
    with db.raw() as connection:
        rows = connection.execute(sql + " ORDER BY local_date, id", params).fetchall()
    return [Reading(row[1], dt.date.fromisoformat(row[2]), row[3], _items(row[4]), id=row[0]) for row in rows]


def last_reading_day(db: Database, kind: str) -> dt.date | None:
    with db.raw() as connection:
        row = connection.execute("SELECT max(local_date) FROM measure_reading WHERE kind = ?", (kind,)).fetchone()
    return dt.date.fromisoformat(row[0]) if row and row[0] else None


def set_choice(db: Database, kind: str, names: Sequence[str]) -> None:
    """The items the runner chose for `kind`; choosing again replaces them (earlier readings keep their own)."""
    values = {"kind": kind, "items_json": json.dumps(list(names), ensure_ascii=False), "chosen_utc": utc_now_precise()}
    with db.raw(write=True) as connection:
        upsert(connection, "measure_choice", values, replacing(("kind",), ("items_json", "chosen_utc")))


def get_choice(db: Database, kind: str) -> tuple[str, ...]:
    with db.raw() as connection:
        row = connection.execute("SELECT items_json FROM measure_choice WHERE kind = ?", (kind,)).fetchone()
    return tuple(str(name) for name in json.loads(row[0])) if row else ()


def save_pack(db: Database, kind: str, text: str) -> None:
    """Keep a questionnaire pack's file text; a pack of the same id replaces the earlier one."""
    values = {"kind": kind, "pack_text": text, "added_utc": utc_now_precise()}
    with db.raw(write=True) as connection:
        upsert(connection, "measure_pack", values, replacing(("kind",), ("pack_text", "added_utc")))


def list_packs(db: Database) -> list[tuple[str, str]]:
    """(id, file text) of every kept pack, in the order they were added."""
    with db.raw() as connection:
        rows = connection.execute("SELECT kind, pack_text FROM measure_pack ORDER BY added_utc").fetchall()
    return [(str(row[0]), str(row[1])) for row in rows]
