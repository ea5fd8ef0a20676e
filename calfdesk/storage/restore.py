"""Checking a backup and restoring it, and removing what interrupted restores and checks left behind.

A backup is restored only once it passes `verify_backup` (sound, not from a newer calfdesk, calfdesk's tables
once upgraded). The restored file arrives by one atomic rename, so there is always a complete data file under
the real name; the file it replaces is kept beside it. See docs/RELIABILITY.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from calfdesk import paths
from calfdesk.errors import StorageError, StorageProblem
from calfdesk.i18n import Texts
from calfdesk.leftovers import registered
from calfdesk.storage.backup import copy_database, fsync_folder
from calfdesk.storage.errors import os_problem, storage_error
from calfdesk.storage.file_checks import check_header, file_is_sound, read_revisions
from calfdesk.storage.schema import known_revisions
from calfdesk.storage.schema_check import schema_problem

_tr = Texts(__name__)


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """A restore: which backup was copied in, and where the file it replaced was kept (None if there was none)."""

    backup: Path
    kept: Path | None


def verify_backup(path: Path, *, scratch: Path | None = None) -> None:
    """Refuse a backup that is damaged, from a newer calfdesk, or whose schema objects (tables, columns,
    indexes, triggers, views), once at the head revision, differ from a fresh file's: StorageError naming
    the backup. See `schema_check.schema_problem`; the backup itself is only ever read.
    """
    revisions = read_revisions(path)
    if revisions is None:
        raise storage_error(StorageProblem.CORRUPT, path, _tr("the backup holds no calfdesk data"))
    if not revisions <= known_revisions():
        raise storage_error(StorageProblem.TOO_NEW, path)
    if not file_is_sound(path, full=True):
        raise storage_error(StorageProblem.CORRUPT, path, _tr("the backup fails the integrity check"))
    difference = schema_problem(path, revisions, scratch=scratch)
    if difference:
        raise StorageError(
            StorageProblem.CORRUPT,
            path,
            _tr(
                "{path} cannot be restored: its schema is not calfdesk's ({difference}). A backup holds data only; "
                "your data file was not changed. Choose another backup."
            ).format(path=path, difference=difference),
        )


def data_file_is_sound(db_path: Path) -> bool:
    try:
        return check_header(db_path) and file_is_sound(db_path, full=False)
    except StorageError:
        return False


def _checkpoint(db_path: Path) -> None:
    """Fold the write-ahead log into the data file, so the file set aside is complete on its own."""
    with contextlib.suppress(sqlite3.Error):
        connection = sqlite3.connect(db_path, timeout=5)
        try:
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            connection.close()


def _keep_current(db_path: Path, kept: Path) -> None:
    """Give the current file its kept name, its -wal moving along so the pair stays readable.

    The file is hard-linked (renamed where links are not supported) so the real name never disappears; its
    -wal and -shm must leave before the restored file arrives, or SQLite would replay them into it.
    """
    try:
        os.link(db_path, kept)
    except OSError:
        shutil.copy2(db_path, kept)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            companion.replace(kept.with_name(kept.name + suffix))


def restore_backup(data_dir: Path, backup: Path, *, now: dt.datetime | None = None) -> RestoreResult:
    """Write a NEW data file from `backup`; the current file (and its -wal) is kept renamed beside it.

    The current file is renamed `calfdesk.sqlite3.damaged-YYYYmmdd-HHMMSS` when it is damaged and
    `.replaced-...` otherwise; its log is first folded into it, and its bytes are not changed otherwise. The
    file is held exclusively meanwhile: refused (StorageError LOCKED) while another calfdesk has it open.
    """
    from calfdesk.storage.file_access import exclusive_access

    verify_backup(backup, scratch=data_dir)
    db_path = paths.database_path(data_dir)
    try:
        paths.ensure_private_dir(data_dir)
    except OSError as error:
        raise storage_error(os_problem(error), data_dir) from error
    with exclusive_access(data_dir):
        return _restore_held(data_dir, db_path, backup, now)


def _restore_held(data_dir: Path, db_path: Path, backup: Path, now: dt.datetime | None) -> RestoreResult:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    incoming = data_dir / f".{db_path.name}.restoring-{os.getpid()}"
    backup_uri = backup.absolute().as_uri() + "?mode=ro&immutable=1"
    # Registered while it exists: a restore ended by a signal leaves nothing at the next start.
    with registered(incoming):
        return _restore_into(data_dir, db_path, backup, backup_uri, incoming, stamp)


def _restore_into(
    data_dir: Path, db_path: Path, backup: Path, backup_uri: str, incoming: Path, stamp: str
) -> RestoreResult:
    try:
        with contextlib.suppress(FileNotFoundError):
            incoming.unlink()
        copy_database(backup, incoming, source_uri=backup_uri)
    except OSError as error:
        raise storage_error(os_problem(error), data_dir) from error
    kept: Path | None = None
    try:
        if db_path.exists():
            sound = data_file_is_sound(db_path)
            if sound:
                _checkpoint(db_path)
            label = "replaced" if sound else "damaged"
            kept = db_path.with_name(f"{db_path.name}.{label}-{stamp}")
            counter = 1
            while kept.exists():
                counter += 1
                kept = db_path.with_name(f"{db_path.name}.{label}-{stamp}-{counter}")
            _keep_current(db_path, kept)
        # One atomic rename: at every moment there is a complete data file under the real name.
        incoming.replace(db_path)
    except OSError as error:
        with contextlib.suppress(OSError):
            incoming.unlink()
        raise storage_error(os_problem(error), db_path) from error
    fsync_folder(data_dir)
    return RestoreResult(backup, kept)
