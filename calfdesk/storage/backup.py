"""Making backups with SQLite's online backup API, so a copy is consistent even while the file is in use,
and naming, listing and rotating them; checking and restoring one is in `storage.restore`.

Backups live in `DIR/backups/` as `calfdesk-YYYYmmdd-HHMMSS[-N]-REASON.sqlite3` (local time). Each copy is
written under a temporary name, checked with `quick_check` and only then renamed, so a crash or a full
disk never leaves half a backup with a real name. Rotation (`rotate_backups`) is described in
docs/RELIABILITY.md.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from calfdesk import paths
from calfdesk.errors import StorageError, StorageProblem, system_reason
from calfdesk.i18n import Texts
from calfdesk.leftovers import registered
from calfdesk.storage.errors import os_problem, storage_error, translated_errors

_tr = Texts(__name__)

BACKUP_SUFFIX: Final = ".sqlite3"
PARTIAL_SUFFIX: Final = ".partial"
REASONS: Final = ("daily", "manual", "before-upgrade", "before-restore")
KEEP_DAILY: Final = 7
KEEP_WEEKLY: Final = 4
KEEP_UPGRADE_DAYS: Final = 30
# A backup named more than a day after now was taken while the clock was wrong: it takes no rotation slot.
FUTURE_TOLERANCE: Final = dt.timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Retention:
    """How many daily and weekly backups rotation keeps (the runner sets them in Preferences)."""

    daily: int = KEEP_DAILY
    weekly: int = KEEP_WEEKLY


_retention = Retention()


def set_retention(retention: Retention) -> None:
    """Use the runner's retention for every rotation in this process from now on."""
    global _retention
    _retention = retention


_NAME = re.compile(r"^calfdesk-(\d{8}-\d{6})(?:-(\d+))?-(" + "|".join(REASONS) + r")\.sqlite3$")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size_bytes: int

    @property
    def name(self) -> str:
        return self.path.name


def backup_name(moment: dt.datetime, reason: str, counter: int = 1) -> str:
    number = f"-{counter}" if counter > 1 else ""
    return f"calfdesk-{moment.strftime('%Y%m%d-%H%M%S')}{number}-{reason}{BACKUP_SUFFIX}"


def parse_backup_name(path: Path) -> BackupInfo | None:
    """The backup a file name describes, or None for any other file."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        created = dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupInfo(path, created, match.group(3), size)


def list_backups(data_dir: Path) -> list[BackupInfo]:
    """Every backup in `DIR/backups/`, newest first."""
    folder = paths.backup_dir(data_dir)
    try:
        entries = list(folder.iterdir())
    except FileNotFoundError:
        return []
    except OSError as error:
        raise storage_error(StorageProblem.UNAVAILABLE, folder, system_reason(error)) from error
    found = [info for entry in entries if (info := parse_backup_name(entry)) is not None]
    return sorted(found, key=lambda info: (info.created, info.name), reverse=True)


def backed_up_on(data_dir: Path, day: dt.date) -> bool:
    """Whether any backup was taken on `day` (local), judged by file names only."""
    prefix = f"calfdesk-{day.strftime('%Y%m%d')}-"
    try:
        entries = list(paths.backup_dir(data_dir).iterdir())
    except OSError:
        return False
    return any(entry.name.startswith(prefix) and _NAME.match(entry.name) for entry in entries)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` last through a power cut, where the system allows it."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _unused_target(folder: Path, moment: dt.datetime, reason: str) -> Path:
    counter = 1
    target = folder / backup_name(moment, reason)
    while target.exists():
        counter += 1
        target = folder / backup_name(moment, reason, counter)
    return target


def copy_database(source: Path, target: Path, *, source_uri: str | None = None) -> None:
    """Copy `source` into the new file `target` (0600) with the online backup API and check the copy.

    The copy is a single self-contained file (rollback journal mode). Raises StorageError CORRUPT when the
    copy fails `quick_check`, which means the source is damaged; `target` is removed on any failure.
    """
    # A plain connection: as the last one to close it removes the -wal and -shm files a read-only one leaves.
    uri = source_uri or source.absolute().as_uri()
    descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.FILE_MODE)
    os.close(descriptor)
    try:
        with translated_errors(source):
            reader = sqlite3.connect(uri, uri=True, timeout=5)
            try:
                writer = sqlite3.connect(target)
                try:
                    reader.backup(writer)
                    writer.execute("PRAGMA journal_mode = DELETE")
                    sound = writer.execute("PRAGMA quick_check").fetchall() == [("ok",)]
                finally:
                    writer.close()
            finally:
                reader.close()
        if not sound:
            raise storage_error(StorageProblem.CORRUPT, source, _tr("its backup copy fails the integrity check"))
        with target.open("rb") as handle:
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise


def create_backup(db_path: Path, *, reason: str = "manual", now: dt.datetime | None = None) -> BackupInfo:
    """Copy the data file into `backups/` beside it; the copy is 0600 like the original, and checked."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    folder = paths.backup_dir(db_path.parent)
    try:
        paths.ensure_private_dir(folder)
    except OSError as error:
        raise storage_error(os_problem(error), folder) from error
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    target = _unused_target(folder, moment, reason)
    partial = target.with_name(f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    try:
        # Registered while it exists: a copy ended by a signal is removed at the next start (calfdesk.leftovers).
        with registered(partial):
            copy_database(db_path, partial)
            partial.replace(target)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise storage_error(os_problem(error), folder) from error
    fsync_folder(folder)
    return BackupInfo(target, moment, reason, target.stat().st_size)


def daily_backup(db_path: Path, *, now: dt.datetime | None = None) -> BackupInfo | None:
    """Take the daily backup and rotate, unless a backup was already taken today."""
    moment = now or dt.datetime.now()
    if backed_up_on(db_path.parent, moment.date()):
        return None
    info = create_backup(db_path, reason="daily", now=moment)
    with contextlib.suppress(StorageError):
        rotate_backups(db_path.parent, now=moment)
    return info


def backups_to_delete(
    backups: list[BackupInfo], *, now: dt.datetime, retention: Retention | None = None
) -> list[BackupInfo]:
    """Which backups rotation removes: see docs/RELIABILITY.md.

    Only `daily` backups, and `before-upgrade` backups older than KEEP_UPGRADE_DAYS, take part. Of those,
    the newest of each of the last `retention.daily` days and of each of the last `retention.weekly` ISO
    weeks stay (set_retention, default KEEP_DAILY and KEEP_WEEKLY). The newest backup of all and every
    manual or before-restore backup always stay.
    """
    keep_days, keep_weeks = (retention or _retention).daily, (retention or _retention).weekly
    if not backups:
        return []
    # A backup named in the future (the clock was wrong) would hold the newest, a day and a week slot for ever.
    future = {info.path for info in backups if info.created > now + FUTURE_TOLERANCE}
    present = [info for info in backups if info.path not in future] or backups
    newest = max(present, key=lambda info: (info.created, info.name))
    upgrade_cutoff = now - dt.timedelta(days=KEEP_UPGRADE_DAYS)
    candidates = sorted(
        (
            info
            for info in backups
            if info.reason == "daily" or (info.reason == "before-upgrade" and info.created < upgrade_cutoff)
        ),
        key=lambda info: (info.created, info.name),
        reverse=True,
    )
    keep: set[Path] = {newest.path}
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for info in candidates:
        if info.path in future:
            continue
        day = info.created.date()
        if day not in days and len(days) < keep_days:
            days.append(day)
            keep.add(info.path)
        iso = day.isocalendar()
        week = (iso.year, iso.week)
        if week not in weeks and len(weeks) < keep_weeks:
            weeks.append(week)
            keep.add(info.path)
    return [info for info in candidates if info.path not in keep]


def rotate_backups(data_dir: Path, *, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups rotation no longer keeps; returns their paths."""
    removed: list[Path] = []
    for info in backups_to_delete(list_backups(data_dir), now=now or dt.datetime.now()):
        with contextlib.suppress(FileNotFoundError):
            info.path.unlink()
            removed.append(info.path)
    return removed
