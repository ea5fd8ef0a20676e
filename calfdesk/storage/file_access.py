"""Which calfdesk processes have the data file open: each holds a shared lock on `DIR/.calfdesk-open.lock`
for as long as it does (a window, a command), and a restore takes that lock exclusively, so a file is never
swapped under a process that is writing to it.

The lock is `flock`, released by the operating system when a process ends, so a crash never leaves it stale.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from calfdesk import paths
from calfdesk.errors import StorageProblem
from calfdesk.i18n import Texts
from calfdesk.storage.errors import os_problem, storage_error

_tr = Texts(__name__)

if sys.platform != "win32":
    import fcntl

OPEN_LOCK_NAME: Final = ".calfdesk-open.lock"
WAIT_S: Final = 5.0


def open_lock_path(data_dir: Path) -> Path:
    return data_dir / OPEN_LOCK_NAME


def _open_lock_file(data_dir: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0)
    try:
        return os.open(open_lock_path(data_dir), flags, paths.FILE_MODE)
    except OSError as error:
        raise storage_error(os_problem(error), paths.database_path(data_dir)) from error


class OpenHold:
    """This process's shared hold on the data folder's file; `release()` when the file is closed."""

    def __init__(self, descriptor: int | None) -> None:
        self._descriptor = descriptor

    def release(self) -> None:
        if self._descriptor is not None:
            with contextlib.suppress(OSError):
                os.close(self._descriptor)
            self._descriptor = None


def hold_open(data_dir: Path, *, wait_s: float = WAIT_S) -> OpenHold:
    """Take the shared hold; waits up to `wait_s` while a restore holds the file, then raises StorageError."""
    if sys.platform == "win32":  # no flock: only the window's own lock guards restores there
        return OpenHold(None)
    descriptor = _open_lock_file(data_dir)
    deadline = time.monotonic() + wait_s
    while True:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_SH | fcntl.LOCK_NB)
            return OpenHold(descriptor)
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(descriptor)
                raise storage_error(
                    StorageProblem.LOCKED,
                    paths.database_path(data_dir),
                    _tr("a backup is being restored into it; try again in a moment"),
                ) from None
            time.sleep(0.05)


@contextmanager
def exclusive_access(data_dir: Path) -> Iterator[None]:
    """The data file to this process alone (for a restore); raises StorageError LOCKED at once when another
    calfdesk process (a window or a command) has it open."""
    if sys.platform == "win32":
        yield
        return
    descriptor = _open_lock_file(data_dir)
    try:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise storage_error(
                StorageProblem.LOCKED,
                paths.database_path(data_dir),
                _tr("another calfdesk (a window or a command) has it open; let it finish or close it, then try again"),
            ) from None
        yield
    finally:
        os.close(descriptor)
