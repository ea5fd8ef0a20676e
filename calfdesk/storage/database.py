"""The one data file: opening it safely, migrating it, and handing out sessions.

Opening never changes a file it cannot use: the header and schema revision are read first over a
read-only connection, and a damaged, unknown or newer file is refused before any pragma is written.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

from calfdesk import paths
from calfdesk.errors import StorageError, StorageProblem
from calfdesk.storage.errors import storage_error, translated_errors
from calfdesk.storage.schema import HEAD_REVISIONS, known_revisions

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


def utc_now_iso() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Database:
    """An open calfdesk data file. Use short `session()` or `transaction()` blocks."""

    def __init__(self, data_dir: Path, engine: Engine) -> None:
        self.data_dir = data_dir
        self.path = paths.database_path(data_dir)
        self.engine = engine

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A writing session, committed when the block ends without error."""
        bind = self.engine.execution_options(calfdesk_write=True)
        with translated_errors(self.path), Session(bind, expire_on_commit=False) as session:
            yield session
            session.commit()

    @contextmanager
    def raw(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        """The DB-API connection inside one transaction, for bulk reads and writes through SQL."""
        with (
            translated_errors(self.path),
            self.engine.connect() as connection,
            connection.execution_options(calfdesk_write=write).begin(),
        ):
            yield cast(sqlite3.Connection, connection.connection.dbapi_connection)

    def close(self) -> None:
        self.engine.dispose()
        self.protect_files()

    def protect_files(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            paths.make_private_file(self.path.with_name(self.path.name + suffix))


def read_revisions(db_path: Path) -> frozenset[str] | None:
    """The file's schema revisions, read without writing; None for a file with no tables yet.

    Raises StorageError for a file that is not a readable SQLite database.
    """
    try:
        with db_path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as error:
        raise storage_error(StorageProblem.UNAVAILABLE, db_path) from error
    if not header:
        return None
    if header != SQLITE_HEADER:
        raise storage_error(StorageProblem.CORRUPT, db_path, "not an SQLite file")
    # Without a -wal file everything is in the main file: read it as immutable so no -shm/-wal is created.
    wal = db_path.with_name(db_path.name + "-wal")
    uri = db_path.absolute().as_uri() + ("?mode=ro" if wal.exists() else "?mode=ro&immutable=1")
    connection: sqlite3.Connection | None = None
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise storage_error(StorageProblem.CORRUPT, db_path, "not a calfdesk data file")
        return frozenset(row[0] for row in connection.execute("SELECT version_num FROM alembic_version"))
    except sqlite3.DatabaseError as error:
        text = str(error).lower()
        problem = StorageProblem.LOCKED if "locked" in text else StorageProblem.CORRUPT
        if "unable to open" in text:
            problem = StorageProblem.UNAVAILABLE
        raise storage_error(problem, db_path) from error
    finally:
        if connection is not None:
            connection.close()


def _create_private_file(db_path: Path) -> None:
    """Create the empty data file as 0600 so SQLite's -wal and -shm files inherit that mode."""
    with contextlib.suppress(FileExistsError):
        descriptor = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.FILE_MODE)
        os.close(descriptor)


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy's "begin" event issue BEGIN so DDL and savepoints are transactional too.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _on_begin(connection: Any) -> None:
    # Writers take the write lock up front so they wait on busy_timeout instead of failing mid-way.
    write = connection.get_execution_options().get("calfdesk_write", True)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def open_database(data_dir: Path, *, migrate: bool = True) -> Database:
    """Open (creating if needed) the data file in `data_dir`, upgrading its schema when it is older.

    Raises StorageError when the folder or file cannot be used; the file is then left as it was.
    """
    db_path = paths.database_path(data_dir)
    try:
        paths.ensure_private_dir(data_dir)
    except PermissionError as error:
        raise storage_error(StorageProblem.READ_ONLY, data_dir) from error
    except OSError as error:
        raise storage_error(StorageProblem.UNAVAILABLE, data_dir, error.strerror) from error

    existed = db_path.exists()
    revisions = read_revisions(db_path) if existed else None
    if revisions is not None and not revisions <= known_revisions():
        raise storage_error(StorageProblem.TOO_NEW, db_path)
    if not os.access(data_dir, os.W_OK) or (existed and not os.access(db_path, os.W_OK)):
        raise storage_error(StorageProblem.READ_ONLY, db_path)

    try:
        _create_private_file(db_path)
    except PermissionError as error:
        raise storage_error(StorageProblem.READ_ONLY, db_path) from error
    engine = make_engine(db_path)
    database = Database(data_dir, engine)
    try:
        if revisions != HEAD_REVISIONS:
            if not migrate:
                raise storage_error(StorageProblem.TOO_NEW, db_path, "the schema needs an upgrade")
            from calfdesk.storage.migrate import upgrade_to_head

            upgrade_to_head(database, backup_first=revisions is not None)
        database.protect_files()
    except StorageError:
        engine.dispose()
        raise
    except BaseException:
        engine.dispose()
        raise
    return database
