"""Small pieces of SQL the stores share: inserting one row, and replacing one on a conflict."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any


def insert(connection: sqlite3.Connection, table: str, values: Mapping[str, Any], *, upsert: str = "") -> int:
    """Insert one row of `values` (column: value) into `table`; returns its id. `upsert` is the conflict
    clause: "ON CONFLICT (columns) DO NOTHING" or "... DO UPDATE SET ..."."""
    cursor = connection.execute(
        f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))}) {upsert}",
        tuple(values.values()),
    )
    return int(cursor.lastrowid or 0)


def replacing(conflict: Sequence[str], columns: Sequence[str]) -> str:
    """The conflict clause of an insert that replaces `columns` of the row it meets on the `conflict` key."""
    updates = ", ".join(f"{name} = excluded.{name}" for name in columns)
    return f"ON CONFLICT ({', '.join(conflict)}) DO UPDATE SET {updates}"
