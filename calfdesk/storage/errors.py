"""Translation of SQLite failures into `StorageError`s the runner can act on."""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from calfdesk.errors import StorageError, StorageProblem
from calfdesk.i18n import Texts

_tr = Texts(__name__)

# What the runner reads for each problem, in their language (`detail`, worded by the caller, adds the cause).
_MESSAGES = {
    StorageProblem.CORRUPT: "{path} is damaged and cannot be read. Restore a backup or choose another folder.",
    StorageProblem.LOCKED: "{path} is busy: another calfdesk (a window or a command) is writing to it. "
    "Try again when it has finished.",
    StorageProblem.READ_ONLY: "{path} cannot be written (read-only file or folder). Check its permissions "
    "or choose another data folder.",
    StorageProblem.DISK_FULL: "The disk holding {path} is full. Free some space and try again; nothing was saved.",
    StorageProblem.UNAVAILABLE: "{path} cannot be opened. Check that the folder exists and is yours.",
    StorageProblem.TOO_NEW: "{path} was written by a newer version of calfdesk. Update calfdesk to open it; "
    "the file was not changed.",
}


def storage_error(problem: StorageProblem, path: Path, detail: str | None = None) -> StorageError:
    message = _tr(_MESSAGES[problem]).format(path=path)
    if detail:
        message = f"{message} ({detail})"
    return StorageError(problem, path, message)


def os_problem(error: OSError) -> StorageProblem:
    """Which problem a failed file operation on the data folder reports."""
    if error.errno == errno.ENOSPC or error.errno == errno.EDQUOT:
        return StorageProblem.DISK_FULL
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return StorageProblem.READ_ONLY
    return StorageProblem.UNAVAILABLE


def _writable(path: Path) -> bool:
    folder = path.parent
    return not folder.is_dir() or (os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK)))


def sqlite_temp_folder() -> Path:
    """The folder SQLite keeps its temporary files in (its own order of choice on Unix)."""
    for candidate in (os.environ.get("SQLITE_TMPDIR"), os.environ.get("TMPDIR"), "/var/tmp", "/usr/tmp", "/tmp"):
        if candidate and Path(candidate).is_dir() and os.access(candidate, os.W_OK | os.X_OK):
            return Path(candidate)
    return Path.cwd()


def _disk_full(path: Path) -> bool:
    """Whether the file system holding `path` has (almost) no room left for the runner."""
    try:
        stats = os.statvfs(path.parent if path.parent.is_dir() else path)
    except OSError:
        return False
    return stats.f_bavail * stats.f_frsize < 64 * 1024


# SQLite's primary result codes (https://sqlite.org/rescode.html); extended codes carry them in the low byte.
_PROBLEMS_BY_CODE: Final = {
    sqlite3.SQLITE_BUSY: StorageProblem.LOCKED,
    sqlite3.SQLITE_LOCKED: StorageProblem.LOCKED,
    sqlite3.SQLITE_READONLY: StorageProblem.READ_ONLY,
    sqlite3.SQLITE_PERM: StorageProblem.READ_ONLY,
    sqlite3.SQLITE_FULL: StorageProblem.DISK_FULL,
    sqlite3.SQLITE_CORRUPT: StorageProblem.CORRUPT,
    sqlite3.SQLITE_NOTADB: StorageProblem.CORRUPT,
    sqlite3.SQLITE_CANTOPEN: StorageProblem.UNAVAILABLE,
    sqlite3.SQLITE_IOERR: StorageProblem.UNAVAILABLE,
}


def sqlite_error(error: BaseException) -> sqlite3.DatabaseError | None:
    """The SQLite error behind `error`: itself, or the one SQLAlchemy wrapped (a migration runs through it)."""
    if isinstance(error, sqlite3.DatabaseError):
        return error
    original = getattr(error, "orig", None)
    return original if isinstance(original, sqlite3.DatabaseError) else None


def classify(error: BaseException) -> StorageProblem | None:
    """Which environment problem a SQLite error reports (by SQLite's result code, whatever the wording of
    its message), or None when it is a bug or no SQLite error."""
    original = sqlite_error(error)
    if original is None:
        return None
    code = getattr(original, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    return _PROBLEMS_BY_CODE.get(code & 0xFF)


@contextmanager
def translated_errors(path: Path, *, os_errors: bool = True) -> Iterator[None]:
    """Turn environment failures inside the block into `StorageError`; let bugs through unchanged.

    With `os_errors=False` a failed file operation inside the block is not blamed on `path` (the block may
    write elsewhere, such as an export streamed from a query, whose own error names its own file).
    """
    try:
        yield
    except OSError as error:
        if not os_errors:
            raise
        raise storage_error(os_problem(error), path) from error
    except Exception as error:
        problem = classify(error)
        if problem is None:
            raise
        if problem is StorageProblem.UNAVAILABLE and not _writable(path):
            # SQLite cannot create its -wal or -shm file in a folder that became read-only.
            problem = StorageProblem.READ_ONLY
        elif problem is StorageProblem.UNAVAILABLE and _disk_full(path):
            # Nor when the disk has no room for them; SQLite then reports an I/O error.
            problem = StorageProblem.DISK_FULL
        if problem in (StorageProblem.DISK_FULL, StorageProblem.UNAVAILABLE) and not _disk_full(path):
            temporary = sqlite_temp_folder()
            if _disk_full(temporary / "-"):
                # SQLite's temporary files (an import's staged rows, a large sort) filled another disk.
                raise StorageError(
                    StorageProblem.DISK_FULL,
                    temporary,
                    _tr(
                        "The disk holding the temporary folder {folder} is full (calfdesk needs room there while it "
                        "imports). Free some space there and try again; nothing was saved."
                    ).format(folder=temporary),
                ) from error
        raise storage_error(problem, path) from error
