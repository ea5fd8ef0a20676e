"""Errors a front end shows to the runner.

`InvalidInput` is a mistake in what the runner gave us (CLI exit 2); `StorageError` is a problem with the
data file or folder (CLI exit 3). Anything else is a bug and is not caught by the front ends.
"""

from __future__ import annotations

import enum
from pathlib import Path


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
