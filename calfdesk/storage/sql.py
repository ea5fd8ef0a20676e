"""Small pieces of SQL the stores share: inserting one row (with its new id), and inserting or updating one on
a conflict of a unique key (an upsert, which reports no id)."""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping, Sequence
from typing import Any


def _insert_sql(table: str, values: Mapping[str, Any]) -> str:
    return f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})"


def insert(connection: sqlite3.Connection, table: str, values: Mapping[str, Any]) -> int:
    """Insert one row of `values` (column: value) into `table`; returns its id."""
    cursor = connection.execute(_insert_sql(table, values), tuple(values.values()))
    assert cursor.lastrowid is not None  # a plain INSERT that succeeded always has one
    return cursor.lastrowid


def upsert(connection: sqlite3.Connection, table: str, values: Mapping[str, Any], conflict: str) -> None:
    """Insert one row of `values`, or do what `conflict` says when it meets a row on a unique key: "ON CONFLICT
    (columns) DO NOTHING", or `replacing(...)`. Returns nothing: SQLite reports no id for the row met."""
    connection.execute(f"{_insert_sql(table, values)} {conflict}", tuple(values.values()))


def replacing(conflict: Sequence[str], columns: Sequence[str]) -> str:
    """The conflict clause of an insert that replaces `columns` of the row it meets on the `conflict` key."""
    updates = ", ".join(f"{name} = excluded.{name}" for name in columns)
    return f"ON CONFLICT ({', '.join(conflict)}) DO UPDATE SET {updates}"
