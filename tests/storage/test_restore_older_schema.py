"""A backup of an older schema revision is checked like one at the head: a copy is upgraded (never the backup)
and its tables and columns compared with this version's. An altered one is refused, on the command line with
exit 3 and one line, and the live file and the backup are left byte-identical."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from calfdesk import paths
from calfdesk.errors import StorageError, StorageProblem
from calfdesk.storage.restore import restore_backup, verify_backup
from tests.reliability import digest, entry_ids, file_at_revision, folder_state, make_diary, run_cli


def older_backup(tmp_path: Path, revision: str, *alterations: str) -> Path:
    """A backup file written by an older calfdesk at `revision`, holding one diary entry, then altered."""
    db_path = file_at_revision(tmp_path / f"old-{revision}-{abs(hash(alterations))}", revision)
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO diary_entry (local_date, local_time, utc_offset_min, soreness, context, location, side, "
            "notes, created_utc) VALUES ('2025-06-01', '07:30', 120, 4, 'morning', 'calf', 'left', "
            "'from an older calfdesk', '2025-06-01T05:30:00Z')"
        )
        for alteration in alterations:
            connection.execute(alteration)
    connection.close()
    return db_path


def test_an_unaltered_backup_of_an_older_revision_is_restored_and_upgraded(data_dir: Path, tmp_path: Path) -> None:
    make_diary(data_dir, 5)
    backup = older_backup(tmp_path, "0001_diary")
    before = digest(backup)

    result = restore_backup(data_dir, backup)

    assert result.kept is not None
    assert digest(backup) == before, "the backup itself is never upgraded"
    listed = run_cli(data_dir, "entries", "--json")
    assert listed.returncode == 0, listed.stderr
    assert "from an older calfdesk" in listed.stdout
    assert not list(data_dir.glob(".calfdesk.sqlite3.checking-*"))


@pytest.mark.parametrize(
    ("revision", "alteration", "says"),
    [
        ("0001_diary", "ALTER TABLE diary_entry ADD COLUMN payload TEXT", "diary_entry has an unknown column payload"),
        ("0003_training", "CREATE TABLE extra (x)", "an unknown table extra"),
        ("0005_one_history", "ALTER TABLE diary_entry DROP COLUMN notes", "diary_entry lacks notes"),
        ("0003_training", "DROP TABLE run", "cannot be upgraded to this version"),
    ],
)
def test_an_altered_backup_of_an_older_revision_is_refused_and_nothing_changes(
    data_dir: Path, tmp_path: Path, revision: str, alteration: str, says: str
) -> None:
    ids = make_diary(data_dir, 5)
    backup = older_backup(tmp_path, revision, alteration)
    backup_before = digest(backup)
    folder_before = folder_state(data_dir)

    with pytest.raises(StorageError) as info:
        verify_backup(backup, scratch=data_dir)
    assert info.value.problem is StorageProblem.CORRUPT
    assert "schema is not calfdesk's" in str(info.value) and says in str(info.value)

    result = run_cli(data_dir, "backup", "restore", str(backup))

    assert result.returncode == 3
    assert result.stderr.count("\n") == 1 and says in result.stderr, result.stderr
    assert digest(backup) == backup_before
    assert folder_state(data_dir) == folder_before
    assert entry_ids(paths.database_path(data_dir)) == ids


def test_an_older_backup_is_checked_even_without_a_data_folder(tmp_path: Path) -> None:
    backup = older_backup(tmp_path, "0002_assessment", "ALTER TABLE diary_entry ADD COLUMN payload TEXT")
    with pytest.raises(StorageError, match="unknown column payload"):
        verify_backup(backup)
    verify_backup(older_backup(tmp_path, "0002_assessment"))


def test_a_check_copy_left_by_an_interrupted_check_is_removed_at_the_next_start(data_dir: Path, tmp_path: Path) -> None:
    from tests.storage.test_leftovers_register import killed_half_way

    make_diary(data_dir, 3)
    backup = older_backup(tmp_path, "0003_training")
    copy = Path(killed_half_way(HALF_CHECK, backup, data_dir).split(" ", 1)[1])
    assert copy.exists()
    other = data_dir / ".calfdesk.sqlite3.checking-4243"
    other.write_bytes(b"not recorded by calfdesk: a file of the runner's")

    assert run_cli(data_dir, "entries").returncode == 0

    assert not copy.exists() and not copy.with_name(copy.name + "-journal").exists()
    assert other.exists(), "a name alone is never enough to remove a file"


# A check of an older backup that stops half-way through copying it until it is killed.
HALF_CHECK = """
import sys, time
from pathlib import Path
from calfdesk.storage import restore, schema_check

def slow_copy(source, target, **_kwargs):
    target.write_bytes(b"half a copy")
    target.with_name(target.name + "-journal").write_bytes(b"its journal")
    print("copying", target, flush=True)
    time.sleep(120)

schema_check.copy_database = slow_copy
restore.verify_backup(Path(sys.argv[1]), scratch=Path(sys.argv[2]))
"""
