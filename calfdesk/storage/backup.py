"""Backups with SQLite's online backup API, so a copy is consistent even while the file is in use.

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
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from calfdesk import paths
from calfdesk.errors import StorageError, StorageProblem
from calfdesk.storage.errors import os_problem, storage_error, translated_errors
from calfdesk.storage.file_checks import check_header, file_is_sound, read_revisions
from calfdesk.storage.schema import HEAD_REVISIONS, known_revisions

BACKUP_SUFFIX: Final = ".sqlite3"
PARTIAL_SUFFIX: Final = ".partial"
REASONS: Final = ("daily", "manual", "before-upgrade", "before-restore")
KEEP_DAILY: Final = 7
KEEP_WEEKLY: Final = 4
KEEP_UPGRADE_DAYS: Final = 30
STALE_PARTIAL_S: Final = 3600
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
        raise storage_error(StorageProblem.UNAVAILABLE, folder, error.strerror) from error
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


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _remove_stale_partials(folder: Path, pattern: str = f".*{PARTIAL_SUFFIX}*") -> None:
    """Drop temporary copies left by a backup (or a check) that was interrupted, with their journals (older than
    an hour, so never a live one)."""
    cutoff = time.time() - STALE_PARTIAL_S
    for path in folder.glob(pattern):
        with contextlib.suppress(OSError):
            if path.stat().st_mtime < cutoff:
                path.unlink()


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
            raise storage_error(StorageProblem.CORRUPT, source, "its backup copy fails the integrity check")
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
    _remove_stale_partials(folder)
    moment = (now or dt.datetime.now()).replace(microsecond=0)
    target = _unused_target(folder, moment, reason)
    partial = target.with_name(f".{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    try:
        copy_database(db_path, partial)
        partial.replace(target)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise storage_error(os_problem(error), folder) from error
    _fsync_folder(folder)
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


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """A restore: which backup was copied in, and where the file it replaced was kept (None if there was none)."""

    backup: Path
    kept: Path | None


def verify_backup(path: Path, *, scratch: Path | None = None) -> None:
    """Refuse a backup that is damaged, from a newer calfdesk, or whose tables and columns, once at the head
    revision, differ from this version's: StorageError naming the backup.

    A backup of an older revision is copied into `scratch` (a data folder, whose starts remove a copy left by
    an interrupted check once it is an hour old; a private temporary folder when None) and the copy is
    upgraded and compared; the backup itself is only ever read.
    """
    revisions = read_revisions(path)
    if revisions is None:
        raise storage_error(StorageProblem.CORRUPT, path, "the backup holds no calfdesk data")
    if not revisions <= known_revisions():
        raise storage_error(StorageProblem.TOO_NEW, path)
    if not file_is_sound(path, full=True):
        raise storage_error(StorageProblem.CORRUPT, path, "the backup fails the integrity check")
    difference = schema_difference(path) if revisions == HEAD_REVISIONS else _upgraded_difference(path, scratch)
    if difference:
        raise StorageError(
            StorageProblem.CORRUPT,
            path,
            f"{path} cannot be restored: its tables are not calfdesk's ({difference}). Your data file was not "
            "changed; choose another backup.",
        )


@contextmanager
def _check_copy(backup: Path, scratch: Path | None) -> Iterator[Path]:
    """A private copy of `backup` to upgrade for the check, removed afterwards (with its journal)."""
    with contextlib.ExitStack() as stack:
        if scratch is None or not scratch.is_dir():
            from calfdesk.storage.pending import registered

            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="calfdesk-check-")))
            stack.enter_context(registered(scratch))
        # A start an hour later removes it (and its journal) if this process is ended meanwhile.
        copy = scratch / f".{paths.DATABASE_NAME}.checking-{os.getpid()}"
        for leftover in (copy, copy.with_name(copy.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        try:
            copy_database(backup, copy, source_uri=backup.absolute().as_uri() + "?mode=ro&immutable=1")
        except OSError as error:
            raise storage_error(os_problem(error), scratch) from error
        try:
            yield copy
        finally:
            for leftover in (copy, copy.with_name(copy.name + "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()


def _upgraded_difference(backup: Path, scratch: Path | None) -> str:
    """How an older backup's tables and columns, upgraded to the head revision, differ from this version's."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from calfdesk.storage.schema import alembic_config

    with _check_copy(backup, scratch) as copy:
        # A plain engine: the copy stays in rollback-journal mode, so no -wal or -shm is made beside it.
        engine = create_engine(f"sqlite:///{copy}", poolclass=NullPool)
        try:
            config = alembic_config()
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "heads")
        except Exception as error:  # an altered table can make any step of any migration fail
            original = getattr(error, "orig", None) or error
            return f"it cannot be upgraded to this version: {' '.join(str(original).split())[:120]}"
        finally:
            engine.dispose()
        return schema_difference(copy)


def schema_difference(path: Path) -> str:
    """How the tables and columns of a file at the head revision differ from this version's; empty if not."""
    from calfdesk.storage.all_tables import metadata

    expected = {name: {column.name for column in table.columns} for name, table in metadata.tables.items()}
    uri = path.absolute().as_uri() + "?mode=ro&immutable=1"
    connection = sqlite3.connect(uri, uri=True)
    try:
        names = [
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not row[0].startswith("sqlite_") and row[0] != "alembic_version"
        ]
        found = {name: {row[1] for row in connection.execute(f'PRAGMA table_info("{name}")')} for name in names}
    finally:
        connection.close()
    problems = [f"no table {name}" for name in sorted(expected.keys() - found.keys())]
    problems += [f"an unknown table {name}" for name in sorted(found.keys() - expected.keys())]
    for name in sorted(expected.keys() & found.keys()):
        missing, extra = expected[name] - found[name], found[name] - expected[name]
        problems += [f"{name} lacks {column}" for column in sorted(missing)]
        problems += [f"{name} has an unknown column {column}" for column in sorted(extra)]
    return "; ".join(problems[:3])


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


def remove_leftovers(data_dir: Path) -> None:
    """Drop what interrupted operations left: incoming copies of restores (with their journals), stale
    partial backups, and the temporary files of exports, reports and data folder copies whose process ended
    (`storage.pending`). Called with the file held open (see file_access), when no restore can be under way."""
    from calfdesk.storage.pending import remove_stale

    remove_stale()
    for path in data_dir.glob(f".{paths.DATABASE_NAME}.restoring-*"):
        with contextlib.suppress(OSError):
            path.unlink()
    # Copies of older backups upgraded to check their tables (see verify_backup), made before a restore
    # holds the file: only stale ones, never the copy a check is using right now.
    _remove_stale_partials(data_dir, f".{paths.DATABASE_NAME}.checking-*")
    backups = paths.backup_dir(data_dir)
    if backups.is_dir():
        _remove_stale_partials(backups)


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
    _fsync_folder(data_dir)
    return RestoreResult(backup, kept)
