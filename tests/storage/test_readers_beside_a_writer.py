"""Reads are reads: while another process holds the write lock, the reading commands answer at once (WAL lets
them), they never take the daily backup, and a write that has to wait says that another calfdesk is writing."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from calfdesk import paths
from calfdesk.errors import StorageError, StorageProblem
from calfdesk.storage.database import open_database
from calfdesk.storage.errors import classify
from tests.reliability import another_process_writing, make_diary, run_cli
from tests.training_files import gpx_text

# An entry the other process has written but not committed: no read may see it.
_UNCOMMITTED = (
    "INSERT INTO diary_entry (local_date, local_time, utc_offset_min, soreness, context, location, side, notes, "
    "created_utc) VALUES ('2026-03-09', '08:00', 0, 9, 'other', 'calf', 'both', 'not yet committed', "
    "'2026-03-09T08:00:00Z')"
)


@pytest.fixture
def filled(data_dir: Path, tmp_path: Path) -> Path:
    make_diary(data_dir, 20)
    run = tmp_path / "run.gpx"
    run.write_text(gpx_text())
    for args in (("runs", "import", str(run)), ("plan", "start", "calf_strain")):
        result = run_cli(data_dir, *args)
        assert result.returncode == 0, result.stderr
    return data_dir


@pytest.fixture
def writer(filled: Path) -> Iterator[None]:
    with another_process_writing(filled, _UNCOMMITTED):
        yield


READS = [
    ("entries", "--json"),
    ("runs", "list", "--json"),
    ("load", "--json"),
    ("plan", "status", "--json"),
    ("plan", "today", "--json"),
    ("shoes", "list", "--json"),
    ("backup", "list", "--json"),
]


@pytest.mark.parametrize("args", READS, ids=[" ".join(args[:2]) for args in READS])
def test_reading_commands_answer_at_once_while_another_process_writes(
    filled: Path, writer: None, args: tuple[str, ...]
) -> None:
    backups_before = sorted(paths.backup_dir(filled).glob("*"))
    started = time.monotonic()
    result = run_cli(filled, *args)
    took = time.monotonic() - started
    assert result.returncode == 0, result.stderr
    json.loads(result.stdout)
    # A read waiting for the lock would wait busy_timeout (5 s) and then fail.
    assert took < 4.0, f"{args} took {took:.1f} s"
    assert "not yet committed" not in result.stdout
    assert sorted(paths.backup_dir(filled).glob("*")) == backups_before


def test_a_write_that_cannot_get_the_lock_says_another_calfdesk_is_writing(filled: Path, writer: None) -> None:
    result = run_cli(filled, "log", "--soreness", "2")
    assert result.returncode == 3
    (line,) = result.stderr.strip().splitlines()
    assert "another calfdesk" in line and str(paths.database_path(filled)) in line


def test_database_read_never_takes_the_write_lock(filled: Path, writer: None) -> None:
    db = open_database(filled)
    try:
        started = time.monotonic()
        with db.raw() as connection:
            count = connection.execute("SELECT COUNT(*) FROM diary_entry").fetchone()[0]
        with db.staging() as connection, db.transaction(connection, write=False):
            assert connection.execute("SELECT COUNT(*) FROM diary_entry").fetchone()[0] == count
        assert count == 20
        assert time.monotonic() - started < 2.0
        with pytest.raises(StorageError) as info, db.raw(write=True) as connection:
            connection.execute("SELECT 1")
        assert info.value.problem is StorageProblem.LOCKED
    finally:
        db.close()


def test_errors_are_classified_by_sqlites_code_not_by_the_wording_of_the_message(tmp_path: Path) -> None:
    def error_with(code: int, message: str) -> sqlite3.DatabaseError:
        error = sqlite3.OperationalError(message)
        error.sqlite_errorcode = code
        return error

    # Messages in another wording (as a translated or changed SQLite build would write them).
    assert classify(error_with(sqlite3.SQLITE_BUSY, "base occupée")) is StorageProblem.LOCKED
    assert classify(error_with(sqlite3.SQLITE_FULL, "plus de place")) is StorageProblem.DISK_FULL
    assert classify(error_with(sqlite3.SQLITE_CORRUPT_INDEX, "kaputt")) is StorageProblem.CORRUPT
    assert classify(error_with(sqlite3.SQLITE_READONLY_DIRECTORY, "lecture seule")) is StorageProblem.READ_ONLY
    # ...and a message that sounds like a problem but carries no such code is a bug, not the environment.
    assert classify(error_with(sqlite3.SQLITE_ERROR, "database is locked")) is None
    # Real errors from SQLite itself.
    not_a_database = tmp_path / "not.sqlite3"
    not_a_database.write_bytes(b"x" * 4096)
    with pytest.raises(sqlite3.DatabaseError) as raised:
        sqlite3.connect(not_a_database).execute("SELECT * FROM sqlite_master")
    assert classify(raised.value) is StorageProblem.CORRUPT
