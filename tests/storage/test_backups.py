"""Backups: consistent copies through SQLite's backup API, daily at most once, before upgrades, rotated."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from calfdesk import paths
from calfdesk.domain.diary import make_entry
from calfdesk.storage import backup as store
from calfdesk.storage import database as database_module
from calfdesk.storage import diary_store
from calfdesk.storage.backup import BackupInfo, backups_to_delete
from calfdesk.storage.database import open_database
from tests.reliability import entry_ids, integrity, make_diary


def _entry(note: str = "") -> object:
    return make_entry(local_date=dt.date(2026, 5, 4), local_time=dt.time(8, 0), soreness=3, notes=note)


def test_a_backup_is_a_checked_private_copy_that_ignores_an_unfinished_write(data_dir: Path) -> None:
    ids = make_diary(data_dir, 50)
    db_path = paths.database_path(data_dir)
    writer = sqlite3.connect(db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("DELETE FROM diary_entry")
    try:
        info = store.create_backup(db_path, reason="manual")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert info.path.parent == paths.backup_dir(data_dir)
    assert (info.path.stat().st_mode & 0o777) == paths.FILE_MODE
    assert (info.path.parent.stat().st_mode & 0o777) == paths.FOLDER_MODE
    assert integrity(info.path) == [("ok",)]
    assert entry_ids(info.path) == ids
    assert info.size_bytes == info.path.stat().st_size
    assert not list(info.path.parent.glob("*.partial"))


def test_the_first_write_of_a_day_takes_the_daily_backup_once(data_dir: Path) -> None:
    make_diary(data_dir, 5)
    db = open_database(data_dir)
    try:
        diary_store.add_entry(db, _entry("one"))
        diary_store.add_entry(db, _entry("two"))
    finally:
        db.close()
    db = open_database(data_dir)
    try:
        diary_store.add_entry(db, _entry("three"))
    finally:
        db.close()
    daily = [info for info in store.list_backups(data_dir) if info.reason == "daily"]
    assert len(daily) == 1
    # The backup holds the diary as it was before the day's first write.
    assert len(entry_ids(daily[0].path)) == 5


def test_daily_backup_is_due_again_the_next_day(data_dir: Path) -> None:
    make_diary(data_dir, 5)
    db_path = paths.database_path(data_dir)
    monday = dt.datetime(2026, 6, 1, 9, 0)
    assert store.daily_backup(db_path, now=monday) is not None
    assert store.daily_backup(db_path, now=monday.replace(hour=22)) is None
    assert store.daily_backup(db_path, now=monday + dt.timedelta(days=1)) is not None
    assert len(store.list_backups(data_dir)) == 2


def test_a_new_empty_file_is_not_backed_up(data_dir: Path) -> None:
    db = open_database(data_dir)
    try:
        diary_store.add_entry(db, _entry())
    finally:
        db.close()
    assert store.list_backups(data_dir) == []


def test_an_upgrade_takes_a_backup_first(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = make_diary(data_dir, 10)
    # Pretend this calfdesk has a newer head, so the file counts as older and gets upgraded.
    monkeypatch.setattr(database_module, "HEAD_REVISIONS", frozenset({"0002_future_feature"}))
    db = open_database(data_dir)
    db.close()
    upgrades = [info for info in store.list_backups(data_dir) if info.reason == "before-upgrade"]
    assert len(upgrades) == 1
    assert entry_ids(upgrades[0].path) == ids


def test_a_failed_backup_stops_the_upgrade(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    make_diary(data_dir, 10)
    monkeypatch.setattr(database_module, "HEAD_REVISIONS", frozenset({"0002_future_feature"}))

    def no_space(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store, "copy_database", no_space)
    from calfdesk.errors import StorageError, StorageProblem

    with pytest.raises(StorageError) as caught:
        open_database(data_dir)
    assert caught.value.problem is StorageProblem.DISK_FULL
    assert not list(paths.backup_dir(data_dir).glob("*.sqlite3"))


def _info(moment: dt.datetime, reason: str = "daily") -> BackupInfo:
    return BackupInfo(Path(store.backup_name(moment, reason)), moment, reason, 1)


def test_rotation_keeps_seven_daily_and_four_weekly() -> None:
    now = dt.datetime(2026, 8, 31, 12, 0)
    backups = [_info(now - dt.timedelta(days=days)) for days in range(60)]
    kept = set(backups) - set(backups_to_delete(backups, now=now))
    kept_days = sorted((now - info.created).days for info in kept)
    # The last 7 days, plus the newest backup of each of the 4 newest ISO weeks.
    assert kept_days[:7] == [0, 1, 2, 3, 4, 5, 6]
    weeks = {info.created.isocalendar()[:2] for info in kept}
    assert len(weeks) == 4
    assert len(kept) <= 7 + 4


def test_rotation_keeps_only_the_newest_backup_of_a_day() -> None:
    now = dt.datetime(2026, 8, 31, 20, 0)
    morning, evening = _info(now.replace(hour=7)), _info(now.replace(hour=19))
    assert backups_to_delete([morning, evening], now=now) == [morning]


def test_rotation_never_deletes_manual_the_newest_or_young_upgrade_backups() -> None:
    now = dt.datetime(2026, 8, 31, 12, 0)
    old_manual = _info(now - dt.timedelta(days=300), "manual")
    young_upgrade = _info(now - dt.timedelta(days=29), "before-upgrade")
    old_upgrade = _info(now - dt.timedelta(days=200), "before-upgrade")
    dailies = [_info(now - dt.timedelta(days=days, hours=1)) for days in range(1, 60)]
    newest = _info(now, "before-restore")
    deleted = set(backups_to_delete([old_manual, young_upgrade, old_upgrade, newest, *dailies], now=now))
    assert old_manual not in deleted
    assert young_upgrade not in deleted
    assert newest not in deleted
    assert old_upgrade in deleted
    lonely_old_daily = _info(now - dt.timedelta(days=400))
    assert backups_to_delete([lonely_old_daily], now=now) == []


def test_daily_backups_rotate_on_disk(data_dir: Path) -> None:
    make_diary(data_dir, 3)
    db_path = paths.database_path(data_dir)
    first = dt.datetime(2026, 1, 1, 8, 0)
    for day in range(40):
        store.daily_backup(db_path, now=first + dt.timedelta(days=day))
    remaining = store.list_backups(data_dir)
    assert 7 <= len(remaining) <= 11
    assert remaining[0].created == first + dt.timedelta(days=39)


def test_interrupted_backup_leftovers_are_never_listed(data_dir: Path) -> None:
    make_diary(data_dir, 3)
    folder = paths.backup_dir(data_dir)
    paths.ensure_private_dir(folder)
    leftover = folder / ".calfdesk-20260101-080000-daily.sqlite3.999.partial"
    leftover.write_bytes(b"half a copy")
    assert store.list_backups(data_dir) == []
    info = store.create_backup(paths.database_path(data_dir))
    assert store.list_backups(data_dir) == [info]
    # Removing a killed backup's copy is the leftovers register's (tests/storage/test_leftovers_register.py).


def test_restore_folds_a_left_over_log_into_the_kept_file(data_dir: Path) -> None:
    import subprocess
    import sys

    from calfdesk.services import backups

    ids = make_diary(data_dir, 5)
    backups.back_up_now(data_dir)
    db_path = paths.database_path(data_dir)
    # A process that committed 3 entries into the write-ahead log and then died without closing the file.
    crash = (
        "import os, sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "c.execute('PRAGMA journal_mode = WAL')\n"
        'c.executemany("INSERT INTO diary_entry (local_date, local_time, utc_offset_min, context, soreness, location,'
        " side, notes, created_utc) VALUES ('2026-05-01', '07:00', 0, 'other', ?, 'calf', 'both', '', '')\","
        " [(1,), (2,), (3,)])\n"
        "c.commit(); os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(db_path)], check=True)
    assert db_path.with_name("calfdesk.sqlite3-wal").stat().st_size > 0

    result = backups.restore_latest_backup(data_dir)

    assert result.kept is not None
    # The log was folded into the kept file first: it stands alone, with the 3 entries.
    assert not result.kept.with_name(result.kept.name + "-wal").exists()
    assert not db_path.with_name("calfdesk.sqlite3-wal").exists()
    assert entry_ids(db_path) == ids
    assert integrity(db_path) == [("ok",)]
    assert len(entry_ids(result.kept)) == len(ids) + 3
