"""Connections to the data file, made one way: for calfdesk's own reads and writes (`connect`, plain sqlite3)
and for Alembic's migrations (`make_engine`, which imports SQLAlchemy and so is used only to upgrade a file)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calfdesk.storage.file_checks import BUSY_TIMEOUT_MS

if TYPE_CHECKING:
    from sqlalchemy import Engine


def connect(db_path: Path) -> sqlite3.Connection:
    """A connection to the data file as calfdesk uses every one: transactions begun explicitly (so DDL and
    savepoints are transactional too), waiting for a busy file, the write-ahead log, and foreign keys."""
    connection = sqlite3.connect(db_path, isolation_level=None)
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        connection.execute("PRAGMA journal_mode = WAL")
        # FULL syncs the log at every commit: an entry reported as saved survives a crash and a power cut.
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
    except BaseException:
        connection.close()
        raise
    return connection


def make_engine(db_path: Path) -> Engine:
    """A SQLAlchemy engine whose connections are made as `connect` makes them, for Alembic's migrations and
    schema comparisons (imports SQLAlchemy)."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    engine = create_engine(f"sqlite:///{db_path}", poolclass=NullPool, creator=lambda: connect(db_path))

    def begin(connection: Any) -> None:
        # Migrations write: they take the write lock up front and wait on busy_timeout instead of failing mid-way.
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "begin", begin)
    return engine
