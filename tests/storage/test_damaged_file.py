"""A damaged or newer data file is refused with exit 3 and one line naming it, and is never changed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from calfdesk import paths
from calfdesk.errors import StorageError, StorageProblem
from calfdesk.services import backups
from calfdesk.storage import diary_store
from calfdesk.storage.database import open_database
from calfdesk.storage.file_access import OPEN_LOCK_NAME
from calfdesk.storage.file_checks import check_header
from tests.reliability import (
    digest,
    entry_ids,
    folder_state,
    garble_middle_pages,
    integrity,
    make_diary,
    overwrite_header,
    run_cli,
    stamp_revision,
    truncate_file,
)

DAMAGES: dict[str, Callable[[Path], None]] = {
    "truncated_at_page": lambda path: truncate_file(path),
    "truncated_mid_page": lambda path: truncate_file(path, mid_page=True),
    "header_overwritten": overwrite_header,
    "garbage_in_middle_pages": garble_middle_pages,
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_cli_refuses_a_damaged_file_with_exit_3_and_leaves_it_byte_identical(data_dir: Path, damage: str) -> None:
    make_diary(data_dir)
    db_path = paths.database_path(data_dir)
    DAMAGES[damage](db_path)
    before = digest(db_path)

    result = run_cli(data_dir, "entries", "--json")

    assert result.returncode == 3, result.stderr
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(db_path) in lines[0] and "damaged" in lines[0]
    assert "Traceback" not in result.stderr
    assert digest(db_path) == before
    # Nothing but the data file (and the open-lock its earlier, successful opening left).
    assert [p.name for p in data_dir.rglob("*") if p.is_file() and p.name != OPEN_LOCK_NAME] == ["calfdesk.sqlite3"]


@pytest.mark.parametrize("damage", ["truncated_at_page", "header_overwritten", "garbage_in_middle_pages"])
def test_logging_into_a_damaged_file_is_refused_and_writes_nothing(data_dir: Path, damage: str) -> None:
    make_diary(data_dir)
    db_path = paths.database_path(data_dir)
    DAMAGES[damage](db_path)
    before = digest(db_path)

    result = run_cli(data_dir, "log", "--soreness", "4", "--note", "after the long run")

    assert result.returncode == 3, result.stderr
    assert result.stdout == ""
    assert str(db_path) in result.stderr
    assert digest(db_path) == before
    assert not any(path.name.endswith((".sqlite3-wal", ".sqlite3-shm")) for path in data_dir.iterdir())
    # The damaged copy was never kept as a backup.
    assert backups.list_backups(data_dir) == []


@pytest.mark.parametrize("damage", ["truncated_at_page", "truncated_mid_page", "header_overwritten"])
def test_start_up_check_reads_only_the_header_and_size(data_dir: Path, damage: str) -> None:
    make_diary(data_dir)
    db_path = paths.database_path(data_dir)
    DAMAGES[damage](db_path)
    with pytest.raises(StorageError) as caught:
        check_header(db_path)
    assert caught.value.problem is StorageProblem.CORRUPT


def test_start_up_check_accepts_a_sound_file_and_a_new_empty_one(data_dir: Path) -> None:
    make_diary(data_dir, 20)
    assert check_header(paths.database_path(data_dir)) is True
    empty = data_dir / "empty.sqlite3"
    empty.touch()
    assert check_header(empty) is False


def test_garbage_found_by_a_later_query_is_reported_as_corrupt(data_dir: Path) -> None:
    make_diary(data_dir)
    db = open_database(data_dir, auto_backup=False)
    try:
        garble_middle_pages(db.path)
        with pytest.raises(StorageError) as caught:
            diary_store.list_entries(db)
        assert caught.value.problem is StorageProblem.CORRUPT
        assert caught.value.path == db.path
        assert db.quick_check() is False
    finally:
        db.close()


@pytest.mark.parametrize("damage", DAMAGES)
def test_restore_latest_backup_writes_a_new_file_and_keeps_the_damaged_one(data_dir: Path, damage: str) -> None:
    ids = make_diary(data_dir)
    db_path = paths.database_path(data_dir)
    backups.back_up_now(data_dir)
    DAMAGES[damage](db_path)
    damaged_digest = digest(db_path)

    result = backups.restore_latest_backup(data_dir)

    assert result.kept is not None
    assert result.kept.name.startswith("calfdesk.sqlite3.damaged-")
    assert result.kept.parent == data_dir
    assert digest(result.kept) == damaged_digest
    assert integrity(db_path) == [("ok",)]
    assert entry_ids(db_path) == ids
    assert (db_path.stat().st_mode & 0o777) == paths.FILE_MODE
    db = open_database(data_dir)
    db.close()


def test_restore_latest_skips_a_damaged_backup(data_dir: Path) -> None:
    ids = make_diary(data_dir, 30)
    older = backups.back_up_now(data_dir)
    newest = backups.back_up_now(data_dir)
    garble_middle_pages_or_truncate(newest.path)
    overwrite_header(paths.database_path(data_dir))

    result = backups.restore_latest_backup(data_dir)

    assert result.backup == older.path
    assert entry_ids(paths.database_path(data_dir)) == ids


def garble_middle_pages_or_truncate(path: Path) -> None:
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def test_restore_latest_without_any_backup_is_a_clear_storage_error(data_dir: Path) -> None:
    make_diary(data_dir, 10)
    with pytest.raises(StorageError, match="no backup that passes"):
        backups.restore_latest_backup(data_dir)


def test_a_newer_schema_is_refused_on_the_cli_and_the_file_is_untouched(data_dir: Path) -> None:
    make_diary(data_dir, 20)
    db_path = paths.database_path(data_dir)
    stamp_revision(db_path, "9999_from_the_future")
    before = folder_state(data_dir)

    for args in (["entries", "--json"], ["log", "--soreness", "2"], ["backup", "create"], ["export", "--csv", "-"]):
        result = run_cli(data_dir, *args)
        assert result.returncode == 3, (args, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and str(db_path) in lines[0] and "newer version" in lines[0]

    assert folder_state(data_dir) == before
    assert sorted(p.name for p in data_dir.iterdir() if p.name != OPEN_LOCK_NAME) == ["calfdesk.sqlite3"]


def test_a_newer_schema_is_refused_in_process_without_creating_wal_files(data_dir: Path) -> None:
    make_diary(data_dir, 5)
    db_path = paths.database_path(data_dir)
    stamp_revision(db_path, "9999_from_the_future")
    before = digest(db_path)
    with pytest.raises(StorageError) as caught:
        open_database(data_dir)
    assert caught.value.problem is StorageProblem.TOO_NEW
    assert digest(db_path) == before
    assert not db_path.with_name("calfdesk.sqlite3-wal").exists()
    assert not db_path.with_name("calfdesk.sqlite3-shm").exists()


def test_a_foreign_sqlite_file_is_refused_untouched(data_dir: Path) -> None:
    paths.ensure_private_dir(data_dir)
    db_path = paths.database_path(data_dir)
    connection = sqlite3.connect(db_path)
    connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.commit()
    connection.close()
    before = digest(db_path)
    result = run_cli(data_dir, "entries")
    assert result.returncode == 3
    assert "damaged" in result.stderr and str(db_path) in result.stderr
    assert digest(db_path) == before
