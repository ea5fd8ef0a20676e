"""Translation of SQLite failures into `StorageError`s the runner can act on."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exc as sa_exc

from calfdesk.errors import StorageError, StorageProblem

_MESSAGES = {
    StorageProblem.CORRUPT: "{path} is damaged and cannot be read. Restore a backup or choose another folder.",
    StorageProblem.LOCKED: "{path} is busy in another program. Close it there and try again.",
    StorageProblem.READ_ONLY: "{path} cannot be written (read-only file or folder). Check its permissions "
    "or choose another data folder.",
    StorageProblem.DISK_FULL: "The disk holding {path} is full. Free some space and try again; nothing was saved.",
    StorageProblem.UNAVAILABLE: "{path} cannot be opened. Check that the folder exists and is yours.",
    StorageProblem.TOO_NEW: "{path} was written by a newer version of calfdesk. Update calfdesk to open it; "
    "the file was not changed.",
}


def storage_error(problem: StorageProblem, path: Path, detail: str | None = None) -> StorageError:
    message = _MESSAGES[problem].format(path=path)
    if detail:
        message = f"{message} ({detail})"
    return StorageError(problem, path, message)


def classify(error: BaseException) -> StorageProblem | None:
    """Which environment problem a SQLite error reports, or None when it is a bug."""
    original = error.orig if isinstance(error, sa_exc.DBAPIError) else error
    if not isinstance(original, sqlite3.DatabaseError):
        return None
    text = str(original).lower()
    if "locked" in text or "busy" in text:
        return StorageProblem.LOCKED
    if "readonly" in text or "read-only" in text:
        return StorageProblem.READ_ONLY
    if "disk is full" in text or "database or disk is full" in text:
        return StorageProblem.DISK_FULL
    if "not a database" in text or "malformed" in text or "disk image" in text:
        return StorageProblem.CORRUPT
    if "unable to open" in text or "disk i/o error" in text:
        return StorageProblem.UNAVAILABLE
    return None


@contextmanager
def translated_errors(path: Path) -> Iterator[None]:
    """Turn environment failures inside the block into `StorageError`; let bugs through unchanged."""
    try:
        yield
    except (sqlite3.DatabaseError, sa_exc.DBAPIError) as error:
        problem = classify(error)
        if problem is None:
            raise
        raise storage_error(problem, path) from error
    except PermissionError as error:
        raise storage_error(StorageProblem.READ_ONLY, path) from error
