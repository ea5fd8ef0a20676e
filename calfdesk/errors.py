"""Errors a front end shows to the runner.

`InvalidInput` is a mistake in what the runner gave us (CLI exit 2); `StorageError` is a problem with the
data file or folder (CLI exit 3). Anything else is a bug and is not caught by the front ends.
"""

from __future__ import annotations

import enum
import errno
from collections.abc import Callable
from pathlib import Path
from typing import Final

from calfdesk.i18n import Texts

_tr = Texts(__name__)


class InvalidInput(ValueError):
    """A value the runner entered or a file they chose is not acceptable.

    `field` names the form field, CSV column or answer key; `row` is a 1-based data row where it applies.
    """

    def __init__(self, message: str, *, field: str | None = None, row: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.row = row

    def __str__(self) -> str:
        return self.message


class StorageProblem(enum.Enum):
    CORRUPT = "corrupt"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    TOO_NEW = "too_new"
    DISK_FULL = "disk_full"
    UNAVAILABLE = "unavailable"


class StorageError(Exception):
    """The data file or folder cannot be used as it is; the file has not been modified."""

    def __init__(self, problem: StorageProblem, path: Path, message: str) -> None:
        super().__init__(message)
        self.problem = problem
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return self.message


# Why the system refused a file operation, by the error's number, in the runner's language (the system's own
# words, `strerror`, come from the C library in English whatever the language calfdesk speaks).
_SYSTEM_REASONS: Final[dict[int, Callable[[], str]]] = {
    errno.ENOENT: lambda: _tr("it does not exist"),
    errno.EACCES: lambda: _tr("permission denied"),
    errno.EPERM: lambda: _tr("permission denied"),
    errno.EISDIR: lambda: _tr("it is a folder"),
    errno.ENOTDIR: lambda: _tr("a part of its path is not a folder"),
    errno.ENOSPC: lambda: _tr("the disk is full"),
    errno.EDQUOT: lambda: _tr("the disk quota is used up"),
    errno.EROFS: lambda: _tr("the disk is read-only"),
    errno.EIO: lambda: _tr("the disk could not be read or written; it may be failing or disconnected"),
    errno.ENAMETOOLONG: lambda: _tr("its name is too long"),
    errno.ELOOP: lambda: _tr("its path has too many symbolic links"),
    errno.EMFILE: lambda: _tr("too many files are open"),
    errno.ENFILE: lambda: _tr("too many files are open"),
    errno.EBUSY: lambda: _tr("it is in use"),
    errno.ETXTBSY: lambda: _tr("it is in use"),
    errno.EEXIST: lambda: _tr("it exists already"),
    errno.ENOTEMPTY: lambda: _tr("the folder is not empty"),
    errno.EXDEV: lambda: _tr("it is on another disk"),
    errno.ENXIO: lambda: _tr("the device is not connected"),
    errno.ENODEV: lambda: _tr("the device is not connected"),
}


def system_reason(error: OSError) -> str:
    """Why a file operation failed, in the runner's language: the usual causes by the error's number, the
    system's own words for a rare one."""
    reason = _SYSTEM_REASONS.get(error.errno) if error.errno is not None else None
    if reason is not None:
        return reason()
    return error.strerror or str(error) or type(error).__name__
