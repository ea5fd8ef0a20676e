"""Backup use cases: back up now, list, restore a chosen backup or the latest sound one."""

from __future__ import annotations

import os
from pathlib import Path

from calfdesk import paths
from calfdesk.errors import InvalidInput, StorageError, StorageProblem
from calfdesk.i18n import Texts
from calfdesk.settings import Settings, load_settings
from calfdesk.storage import backup as store
from calfdesk.storage import restore
from calfdesk.storage.backup import BackupInfo, Retention
from calfdesk.storage.database import open_database
from calfdesk.storage.errors import storage_error
from calfdesk.storage.restore import RestoreResult

_tr = Texts(__name__)


def back_up_now(data_dir: Path) -> BackupInfo:
    """A manual backup of the data file (created first if there is none yet); rotation never removes it."""
    db = open_database(data_dir, auto_backup=False)
    try:
        return store.create_backup(db.path, reason="manual")
    finally:
        db.close()


def apply_retention(settings: Settings) -> Retention:
    """Rotate backups as the runner chose in Preferences (daily and weekly backups to keep)."""
    retention = Retention(daily=settings.backup_keep_daily, weekly=settings.backup_keep_weekly)
    store.set_retention(retention)
    return retention


def apply_retention_for(data_dir: Path, *, overridden: bool) -> Retention:
    """Apply the retention from the settings that go with `data_dir` (the command line does this)."""
    return apply_retention(load_settings(data_dir, overridden=overridden))


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup, newest first."""
    return store.list_backups(data_dir)


def backup_as_json(info: BackupInfo) -> dict[str, object]:
    """The `backup list --json` object."""
    return {
        "name": info.name,
        "path": str(info.path),
        "created": info.created.isoformat(),
        "reason": info.reason,
        "size_bytes": info.size_bytes,
    }


def find_backup(data_dir: Path, name_or_path: str) -> Path:
    """A backup named as `backup list` shows it, or any path to a backup file."""
    candidate = paths.backup_dir(data_dir) / name_or_path
    if os.sep not in name_or_path and candidate.is_file():
        return candidate
    path = Path(name_or_path).expanduser()
    if path.is_file():
        return path.absolute()
    raise InvalidInput(
        _tr("backup: '{name}' is neither a backup name from 'calfdesk backup list' nor a file").format(
            name=name_or_path
        ),
        field="backup",
    )


def window_pid(data_dir: Path) -> int | None:
    """The process id of a calfdesk window that has this data folder open, if one is running."""
    try:
        first_line = paths.window_lock_path(data_dir).read_text(encoding="utf-8").splitlines()[0]
        pid = int(first_line.strip())
    except (OSError, ValueError, IndexError, UnicodeDecodeError):
        return None
    if pid <= 0 or pid == os.getpid():
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    return pid


def _refuse_while_window_open(data_dir: Path) -> None:
    pid = window_pid(data_dir)
    if pid is not None:
        raise storage_error(
            StorageProblem.LOCKED,
            paths.database_path(data_dir),
            _tr(
                "the calfdesk window (process {pid}) has it open; use File > Restore... there or close it first"
            ).format(pid=pid),
        )


def restore_backup(data_dir: Path, name_or_path: str | Path) -> RestoreResult:
    """Verify a backup with integrity_check and write a new data file from it, keeping the current one."""
    backup = name_or_path if isinstance(name_or_path, Path) else find_backup(data_dir, name_or_path)
    _refuse_while_window_open(data_dir)
    return restore.restore_backup(data_dir, backup)


def restore_latest_backup(data_dir: Path) -> RestoreResult:
    """Restore the newest backup that passes the integrity check; the current file is kept renamed beside it.

    Raises StorageError when there is no usable backup.
    """
    _refuse_while_window_open(data_dir)
    for info in store.list_backups(data_dir):
        try:
            restore.verify_backup(info.path, scratch=data_dir)
        except StorageError:
            continue
        return restore.restore_backup(data_dir, info.path)
    folder = paths.backup_dir(data_dir)
    raise StorageError(
        StorageProblem.UNAVAILABLE,
        folder,
        _tr(
            "{folder} holds no backup that passes the integrity check. Choose another data folder or a backup file."
        ).format(folder=folder),
    )
