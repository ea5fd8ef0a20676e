"""Moving the data folder: copy with the backup API, verify, never touch the old folder; the next start
finds the new folder unless --data-dir or CALFDESK_DATA_DIR say otherwise; the runner's backup retention."""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path

import platformdirs
import pytest

from calfdesk import paths
from calfdesk.errors import InvalidInput, StorageError
from calfdesk.services import backups, data_folder
from calfdesk.settings import Settings, resolve_data_dir
from calfdesk.storage import backup as backup_store
from calfdesk.storage import diary_store, folder_copy
from calfdesk.storage.database import open_database
from tests.reliability import make_diary


def _rows(db_path: Path) -> int:
    with contextlib.closing(sqlite3.connect(db_path)) as connection:
        return int(connection.execute("SELECT count(*) FROM diary_entry").fetchone()[0])


def test_the_copy_holds_every_entry_and_backup_and_the_old_folder_is_untouched(data_dir: Path, tmp_path: Path) -> None:
    make_diary(data_dir, 120)
    db = open_database(data_dir)
    try:
        backup_store.create_backup(db.path, reason="manual")
        before = paths.database_path(data_dir).read_bytes()
        target = tmp_path / "elsewhere" / "calfdesk"
        seen: list[tuple[int, int]] = []
        copy = data_folder.copy_data_folder(db, target, lambda done, total, _text: seen.append((done, total)))
        assert paths.database_path(data_dir).read_bytes() == before
    finally:
        db.close()
    assert copy.target == target
    assert copy.rows["diary_entry"] == 120
    assert copy.backups == 1
    assert seen[-1] == (2, 2)
    assert _rows(paths.database_path(target)) == 120
    assert [info.name for info in backup_store.list_backups(target)] == [
        info.name for info in backup_store.list_backups(data_dir)
    ]
    assert target.stat().st_mode & 0o777 == 0o700
    assert paths.database_path(target).stat().st_mode & 0o777 == 0o600
    assert not list(target.glob(".*moving*")), "no partial file is left behind"
    moved = open_database(target)
    try:
        assert len(diary_store.list_entries(moved)) == 120
    finally:
        moved.close()


@pytest.mark.parametrize("where", ["same", "inside", "holds_data", "is_file"])
def test_a_folder_that_cannot_take_the_data_is_refused_before_anything_is_copied(
    data_dir: Path, tmp_path: Path, where: str
) -> None:
    make_diary(data_dir, 3)
    occupied = tmp_path / "occupied"
    make_diary(occupied, 1)
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    chosen = {
        "same": data_dir,
        "inside": data_dir / "sub",
        "holds_data": occupied,
        "is_file": a_file,
    }[where]
    db = open_database(data_dir)
    try:
        with pytest.raises(InvalidInput) as caught:
            data_folder.copy_data_folder(db, chosen)
    finally:
        db.close()
    assert caught.value.field == "folder"
    assert not (data_dir / "sub").exists()
    assert _rows(paths.database_path(occupied)) == 1


def test_a_copy_that_lost_rows_is_rejected_and_removed(data_dir: Path, tmp_path: Path, monkeypatch) -> None:
    make_diary(data_dir, 10)
    real_counts = folder_copy.table_counts
    calls = {"n": 0}

    def counts_that_change(connection: sqlite3.Connection) -> dict[str, int]:
        calls["n"] += 1
        counts = real_counts(connection)
        if calls["n"] == 1:  # what the source holds, as the copy starts
            counts["diary_entry"] += 1
        return counts

    monkeypatch.setattr(folder_copy, "table_counts", counts_that_change)
    db = open_database(data_dir)
    target = tmp_path / "new"
    try:
        with pytest.raises(StorageError, match="diary_entry"):
            data_folder.copy_data_folder(db, target)
    finally:
        db.close()
    assert not paths.database_path(target).exists()
    assert not target.exists(), "the folder the move made is removed with the copy"


def test_a_damaged_copy_fails_the_integrity_check(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    with pytest.raises(StorageError):
        folder_copy.verify_copy(damaged, {"diary_entry": 1})


def _config_settings() -> Settings:
    return Settings(Path(platformdirs.user_config_dir("calfdesk", appauthor=False)))


def test_the_next_start_opens_the_remembered_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV)
    default = Path(platformdirs.user_data_dir("calfdesk", appauthor=False))
    assert resolve_data_dir() == default
    moved = tmp_path / "moved"
    _config_settings().set("data_dir", str(moved))
    assert resolve_data_dir() == default, "a remembered folder that is gone is not recreated empty"
    moved.mkdir()
    assert resolve_data_dir() == moved
    assert resolve_data_dir(str(tmp_path / "given")) == tmp_path / "given", "--data-dir wins"
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "env"))
    assert resolve_data_dir() == tmp_path / "env", "CALFDESK_DATA_DIR wins"


def test_retention_from_preferences_is_used_by_rotation(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(backup_store, "_retention", backup_store.Retention())
    settings = Settings(tmp_path)
    settings.set("backup_keep_daily", 3)
    settings.set("backup_keep_weekly", 0)
    backups.apply_retention(settings)
    now = dt.datetime(2026, 8, 31, 12, 0)
    daily = [backup_store.BackupInfo(Path(f"b{days}"), now - dt.timedelta(days=days), "daily", 1) for days in range(30)]
    kept = set(daily) - set(backup_store.backups_to_delete(daily, now=now))
    assert sorted((now - info.created).days for info in kept) == [0, 1, 2]


def test_the_command_line_uses_the_retention_of_its_settings(data_dir: Path, monkeypatch) -> None:
    monkeypatch.setattr(backup_store, "_retention", backup_store.Retention())
    Settings(data_dir).set("backup_keep_daily", 2)
    from calfdesk.cli import main

    assert main(["--data-dir", str(data_dir), "entries", "--json"]) == 0
    assert backup_store._retention == backup_store.Retention(daily=2, weekly=4)
