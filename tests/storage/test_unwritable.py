"""A read-only data folder and a full disk: a clear error, nothing half-written, and a retry works."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from calfdesk import cli, paths
from calfdesk.domain.diary import make_entry
from calfdesk.errors import StorageError, StorageProblem
from calfdesk.services import diary
from calfdesk.storage import diary_store
from calfdesk.storage.database import open_database
from tests.reliability import (
    digest,
    entry_ids,
    fill_disk,
    integrity,
    limit_pages,
    make_diary,
    read_only_folder,
    run_cli,
    tiny_disk,
)


def _entry(note: str = "tight after intervals") -> object:
    return make_entry(local_date=dt.date(2026, 4, 2), local_time=dt.time(18, 30), soreness=6, notes=note)


def _big_csv(rows: int) -> bytes:
    lines = ["date,time,soreness,notes"]
    first = dt.date(2020, 1, 1)
    lines += [f"{first + dt.timedelta(days=row)},07:00,{row % 11},{'long note ' * 40}" for row in range(rows)]
    return "\n".join(lines).encode()


def test_cli_in_a_read_only_folder_exits_3_naming_the_file(data_dir: Path) -> None:
    make_diary(data_dir, 10)
    db_path = paths.database_path(data_dir)
    before = digest(db_path)
    with read_only_folder(data_dir):
        result = run_cli(data_dir, "log", "--soreness", "3")
    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(db_path) in lines[0] and "cannot be written" in lines[0]
    assert digest(db_path) == before


def test_cli_cannot_create_a_data_folder_inside_a_read_only_one(tmp_path: Path) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    with read_only_folder(parent):
        result = run_cli(parent / "data", "log", "--soreness", "3")
    assert result.returncode == 3
    assert str(parent / "data") in result.stderr and "cannot be written" in result.stderr


def test_folder_turning_read_only_while_open_gives_a_clear_error_then_retry_works(data_dir: Path) -> None:
    ids = make_diary(data_dir, 10)
    db = open_database(data_dir, auto_backup=False)
    try:
        with read_only_folder(data_dir), pytest.raises(StorageError) as caught:
            diary_store.add_entry(db, _entry())
        assert caught.value.problem is StorageProblem.READ_ONLY
        assert "cannot be written" in str(caught.value)
        assert entry_ids(db.path) == ids
        saved = diary_store.add_entry(db, _entry())
        assert entry_ids(db.path) == ids | {saved.id}
    finally:
        db.close()


def test_full_disk_during_an_import_keeps_nothing_of_it(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = make_diary(data_dir, 10)
    db = open_database(data_dir, auto_backup=False)
    limit_pages(monkeypatch, extra_pages=3)
    try:
        with pytest.raises(StorageError) as caught:
            diary.import_csv(db, _big_csv(400))
        assert caught.value.problem is StorageProblem.DISK_FULL
        assert "full" in str(caught.value) and "nothing was saved" in str(caught.value)
    finally:
        db.close()
    assert entry_ids(paths.database_path(data_dir)) == ids
    assert integrity(paths.database_path(data_dir)) == [("ok",)]


def test_full_disk_for_a_single_entry_then_retry_after_space_is_freed(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = make_diary(data_dir, 10)
    db = open_database(data_dir, auto_backup=False)
    free_disk = limit_pages(monkeypatch, extra_pages=0)
    with pytest.raises(StorageError) as caught:
        # A long note needs a new page the "disk" does not have.
        diary_store.add_entry(db, _entry("x" * 4900))
    assert caught.value.problem is StorageProblem.DISK_FULL
    db.close()
    assert entry_ids(paths.database_path(data_dir)) == ids
    free_disk()
    db = open_database(data_dir, auto_backup=False)
    try:
        saved = diary_store.add_entry(db, _entry("x" * 4900))
    finally:
        db.close()
    assert entry_ids(paths.database_path(data_dir)) == ids | {saved.id}


def test_cli_on_a_full_disk_exits_3(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = make_diary(data_dir, 10)
    limit_pages(monkeypatch, extra_pages=2)
    csv_file = data_dir.parent / "many.csv"
    csv_file.write_bytes(_big_csv(300))
    status = cli.main(["--data-dir", str(data_dir), "import", "--csv", str(csv_file)])
    err = capsys.readouterr().err
    assert status == 3
    assert len(err.strip().splitlines()) == 1 and "full" in err
    assert entry_ids(paths.database_path(data_dir)) == ids


@pytest.mark.slow
def test_a_real_full_disk(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk", size_kib=1024) as disk:
        data_dir = disk / "data"
        ids = make_diary(data_dir, 20)
        filler = fill_disk(disk)
        result = run_cli(data_dir, "import", "--csv", "-", stdin=_big_csv(200))
        assert result.returncode == 3, result.stderr
        assert "full" in result.stderr
        filler.unlink()
        assert entry_ids(paths.database_path(data_dir)) == ids
        assert integrity(paths.database_path(data_dir)) == [("ok",)]
        retry = run_cli(data_dir, "log", "--soreness", "2")
        assert retry.returncode == 0, retry.stderr
        assert len(entry_ids(paths.database_path(data_dir))) == 21
