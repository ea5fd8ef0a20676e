"""Moving the data folder: copy the data file and its backups, verify the copy, then the window switches.

The old folder is left as it was, so nothing is lost if anything goes wrong; the runner deletes it when
they are satisfied.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from calfdesk import paths
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts, counted
from calfdesk.leftovers import registered
from calfdesk.storage import backup as backup_store
from calfdesk.storage.database import Database
from calfdesk.storage.errors import os_problem, storage_error
from calfdesk.storage.folder_copy import copy_verified

_tr = Texts(__name__)

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class FolderCopy:
    source: Path
    target: Path
    rows: dict[str, int]
    backups: int

    @property
    def total_rows(self) -> int:
        return sum(self.rows.values())


def check_new_folder(current: Path, chosen: Path) -> Path:
    """The chosen folder as an absolute path; InvalidInput when it cannot take the data."""
    target = chosen.expanduser().absolute()
    # Links resolved: a link that leads back into the current folder is that folder.
    real_target, here = target.resolve(), current.resolve()
    if real_target == here:
        raise InvalidInput(_tr("folder: that is already your data folder; choose another one"), field="folder")
    if real_target.is_relative_to(here):
        raise InvalidInput(
            _tr("folder: {folder} is inside your current data folder; choose another one").format(folder=target),
            field="folder",
        )
    if paths.database_path(target).exists():
        raise InvalidInput(
            _tr(
                "folder: {folder} already holds calfdesk data; choose an empty folder, or start calfdesk with "
                "--data-dir to use that data"
            ).format(folder=target),
            field="folder",
        )
    if target.exists() and not target.is_dir():
        raise InvalidInput(_tr("folder: {folder} is a file, not a folder").format(folder=target), field="folder")
    return target


def _check_backups_fit(target: Path, backups: list[backup_store.BackupInfo]) -> None:
    """InvalidInput when the target's backups/ already holds a file of a backup's name: it is the runner's,
    and is never overwritten."""
    folder = paths.backup_dir(target)
    taken = [info.name for info in backups if os.path.lexists(folder / info.name)]
    if taken:
        refusal = (
            _tr(
                "folder: {folder} already holds {name}; calfdesk does not overwrite files it did not make there. "
                "Choose another folder, or move them first"
            )
            if len(taken) == 1
            else _tr(
                "folder: {folder} already holds {name} and {more}; calfdesk does not overwrite files it did not make "
                "there. Choose another folder, or move them first"
            )
        )
        more = counted("%n more files", len(taken) - 1)
        raise InvalidInput(refusal.format(folder=folder, name=taken[0], more=more), field="folder")


def copy_data_folder(db: Database, chosen: Path, progress: Progress | None = None) -> FolderCopy:
    """Copy the open data file (SQLite backup API) and every backup into `chosen`, then verify the copy
    (integrity_check and the row count of every table). The current folder is not changed."""
    target = check_new_folder(db.data_dir, chosen)
    backups = backup_store.list_backups(db.data_dir)
    _check_backups_fit(target, backups)
    total = 1 + len(backups)
    report = progress or (lambda _done, _total, _text: None)
    made_target = not target.exists()
    try:
        paths.ensure_private_dir(target)
    except OSError as error:
        raise storage_error(os_problem(error), target) from error
    report(0, total, _tr("Copying your data file"))
    partial = target / f".{paths.DATABASE_NAME}.moving"
    # Registered while it exists: a copy ended by a signal is removed at the next start (calfdesk.leftovers).
    try:
        with registered(partial):
            rows = copy_verified(db, partial)
            final = paths.database_path(target)
            partial.replace(final)
    except BaseException:
        if made_target:
            with contextlib.suppress(OSError):
                target.rmdir()
        raise
    folder = paths.backup_dir(target)
    made_folder = not folder.exists()
    copied: list[Path] = []
    try:
        for number, info in enumerate(reversed(backups), start=1):
            report(number, total, _tr("Copying backup {number} of {count}").format(number=number, count=len(backups)))
            paths.ensure_private_dir(folder)
            destination = folder / info.name
            # Created anew ("x"): a file that appeared there meanwhile is the runner's and is never overwritten.
            with info.path.open("rb") as source, destination.open("xb") as copy:
                copied.append(destination)
                shutil.copyfileobj(source, copy)
            os.chmod(destination, paths.FILE_MODE)
    except OSError as error:
        # Without its backups the copy would be a poorer home: undo it (and the folders it made) and keep the
        # current folder.
        for path in (final, *copied):
            with contextlib.suppress(OSError):
                path.unlink()
        for made, path in ((made_folder, folder), (made_target, target)):
            if made:
                with contextlib.suppress(OSError):
                    path.rmdir()
        if isinstance(error, FileExistsError):
            raise InvalidInput(
                _tr("folder: {name} appeared while the data was copied; nothing was moved. Try again").format(
                    name=error.filename
                ),
                field="folder",
            ) from None
        raise storage_error(os_problem(error), target) from error
    report(total, total, _tr("Copied and checked"))
    return FolderCopy(db.data_dir, target, rows, len(copied))
