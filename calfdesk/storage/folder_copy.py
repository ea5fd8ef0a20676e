"""Copying the open data file into another folder, and proving the copy complete before it is used."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from calfdesk import paths
from calfdesk.errors import StorageError, StorageProblem
from calfdesk.i18n import Texts
from calfdesk.storage.database import Database
from calfdesk.storage.errors import storage_error, translated_errors

_tr = Texts(__name__)


def table_counts(connection: sqlite3.Connection) -> dict[str, int]:
    """Rows in every table of the file (SQLite's own tables aside), by table name."""
    names = [
        name
        for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {name: connection.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}


def verify_copy(target: Path, expected: dict[str, int]) -> None:
    """Raise StorageError unless `target` passes integrity_check and holds `expected` rows in every table."""
    with translated_errors(target), contextlib.closing(sqlite3.connect(target)) as connection:
        if connection.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            raise storage_error(StorageProblem.CORRUPT, target, _tr("the copy fails the integrity check"))
        found = table_counts(connection)
    if found != expected:
        differing = sorted(name for name in expected.keys() | found.keys() if expected.get(name) != found.get(name))
        raise StorageError(
            StorageProblem.CORRUPT,
            target,
            _tr(
                "the copy in {folder} does not hold the same rows as your data file (tables {tables}); "
                "your data was not moved"
            ).format(folder=target.parent, tables=", ".join(differing)),
        )


def copy_verified(db: Database, target: Path) -> dict[str, int]:
    """Copy the open data file into the new file `target` (0600) with SQLite's backup API and verify it.

    The row counts are taken in the same read transaction as the copy, so they describe exactly what was
    copied. Returns them; `target` is removed on any failure.
    """
    try:
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.FILE_MODE)
    except FileExistsError as error:
        raise storage_error(StorageProblem.UNAVAILABLE, target, _tr("a file of that name is in the way")) from error
    except OSError as error:
        problem = StorageProblem.DISK_FULL if error.errno == 28 else StorageProblem.READ_ONLY
        raise storage_error(problem, target.parent) from error
    os.close(descriptor)
    try:
        with db.raw() as source:
            expected = table_counts(source)
            with translated_errors(target), contextlib.closing(sqlite3.connect(target)) as writer:
                source.backup(writer)
                writer.execute("PRAGMA journal_mode = DELETE")
        verify_copy(target, expected)
        with target.open("rb") as handle:
            os.fsync(handle.fileno())
    except OSError as error:
        with contextlib.suppress(OSError):
            target.unlink()
        problem = StorageProblem.DISK_FULL if error.errno == 28 else StorageProblem.READ_ONLY
        raise storage_error(problem, target.parent) from error
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise
    return expected
