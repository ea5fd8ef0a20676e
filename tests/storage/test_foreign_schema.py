"""A backup is data, never code. A file carrying a trigger, a view, an extra index or a changed definition is
refused wherever it could come in: a restored backup (of this or an older revision), the data file opened by a
command or the window, and a folder switched to; the live file stays byte-identical and the runner's entries
stay where they are."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from calfdesk import paths
from calfdesk.errors import StorageError, StorageProblem
from calfdesk.storage.database import open_database
from calfdesk.storage.schema_check import HEAD_SCHEMA_DIGEST, file_objects, fresh_objects, objects_digest
from tests.reliability import digest, entry_ids, file_at_revision, folder_state, make_diary, run_cli

# What the reported attack planted: a trigger that empties the diary on every insert, a view and a second trigger.
WIPE_ON_INSERT = (
    "CREATE TRIGGER wipe AFTER INSERT ON diary_entry BEGIN DELETE FROM diary_entry; END",
    "CREATE VIEW everything AS SELECT * FROM diary_entry",
    "CREATE TRIGGER keep_quiet AFTER UPDATE ON run BEGIN UPDATE run SET distance_m = 0; END",
)

ALTERATIONS = [
    (WIPE_ON_INSERT, "an unknown trigger keep_quiet"),
    (("CREATE VIEW v AS SELECT 1",), "an unknown view v"),
    (("CREATE INDEX ix_spy ON diary_entry (notes)",), "an unknown index ix_spy"),
    (("DROP INDEX ix_diary_entry_moment",), "no index ix_diary_entry_moment"),
    (
        (
            "DROP INDEX ix_diary_entry_moment",
            "CREATE INDEX ix_diary_entry_moment ON diary_entry (local_date, local_time) WHERE soreness > 3",
        ),
        "the index ix_diary_entry_moment is defined differently",
    ),
]


def altered_copy(source: Path, target: Path, statements: tuple[str, ...]) -> Path:
    shutil.copyfile(source, target)
    connection = sqlite3.connect(target)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return target


def test_the_recorded_schema_digest_is_that_of_a_freshly_made_file(data_dir: Path) -> None:
    open_database(data_dir).close()
    made = file_objects(paths.database_path(data_dir))
    assert made == fresh_objects()
    assert objects_digest(made) == HEAD_SCHEMA_DIGEST, f"update HEAD_SCHEMA_DIGEST to {objects_digest(made)}"


@pytest.mark.parametrize(("statements", "says"), ALTERATIONS)
def test_a_backup_carrying_schema_objects_calfdesk_does_not_make_is_not_restored(
    data_dir: Path, tmp_path: Path, statements: tuple[str, ...], says: str
) -> None:
    ids = make_diary(data_dir, 5)
    backup = altered_copy(paths.database_path(data_dir), tmp_path / "backup.sqlite3", statements)
    backup_before, folder_before = digest(backup), folder_state(data_dir)

    result = run_cli(data_dir, "backup", "restore", str(backup))

    assert result.returncode == 3, result.stdout
    assert result.stderr.count("\n") == 1 and "schema is not calfdesk's" in result.stderr and says in result.stderr
    assert "Traceback" not in result.stderr
    assert folder_state(data_dir) == folder_before
    assert digest(backup) == backup_before
    assert entry_ids(paths.database_path(data_dir)) == ids


def test_the_reported_attack_no_longer_loses_a_logged_entry(data_dir: Path, tmp_path: Path) -> None:
    make_diary(data_dir, 3)
    backup = altered_copy(paths.database_path(data_dir), tmp_path / "b.sqlite3", WIPE_ON_INSERT)
    assert run_cli(data_dir, "backup", "restore", str(backup)).returncode == 3

    logged = run_cli(data_dir, "log", "--soreness", "4", "--note", "after the restore attempt")

    assert logged.returncode == 0, logged.stderr
    listed = run_cli(data_dir, "entries", "--json")
    assert "after the restore attempt" in listed.stdout


def test_an_older_backup_carrying_a_trigger_is_refused_after_its_copy_is_upgraded(
    data_dir: Path, tmp_path: Path
) -> None:
    ids = make_diary(data_dir, 3)
    old = file_at_revision(tmp_path / "old", "0003_training")
    with sqlite3.connect(old) as connection:
        connection.execute(WIPE_ON_INSERT[0])
    connection.close()
    before = digest(old)

    result = run_cli(data_dir, "backup", "restore", str(old))

    assert result.returncode == 3 and "an unknown trigger wipe" in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1
    assert digest(old) == before
    assert entry_ids(paths.database_path(data_dir)) == ids
    assert not list(data_dir.glob(".calfdesk.sqlite3.checking-*"))


@pytest.mark.parametrize(("statements", "says"), ALTERATIONS[:3])
def test_a_data_file_altered_by_someone_else_is_not_opened_by_any_command(
    data_dir: Path, statements: tuple[str, ...], says: str
) -> None:
    make_diary(data_dir, 5)
    db_path = paths.database_path(data_dir)
    altered = altered_copy(db_path, db_path.with_name("altered"), statements)
    altered.replace(db_path)
    before = folder_state(data_dir)

    for command in (("log", "--soreness", "3"), ("entries",), ("runs", "list")):
        result = run_cli(data_dir, *command)
        assert result.returncode == 3, (command, result.stdout)
        assert result.stderr.count("\n") == 1 and "was changed outside calfdesk" in result.stderr
        assert says in result.stderr
    assert folder_state(data_dir) == before


def test_an_altered_data_file_of_an_older_revision_is_refused_before_it_is_upgraded(data_dir: Path) -> None:
    db_path = file_at_revision(data_dir, "0005_one_history")
    with sqlite3.connect(db_path) as connection:
        connection.execute(WIPE_ON_INSERT[0])
    connection.close()
    before = folder_state(data_dir)

    with pytest.raises(StorageError) as info:
        open_database(data_dir)

    assert info.value.problem is StorageProblem.CORRUPT and "an unknown trigger wipe" in str(info.value)
    after = folder_state(data_dir)
    after.pop(".calfdesk-open.lock")
    assert after == before, "no upgrade, no before-upgrade backup, no check copy left"


def test_an_unaltered_older_data_file_is_still_upgraded(data_dir: Path) -> None:
    file_at_revision(data_dir, "0003_training")
    open_database(data_dir).close()
    assert file_objects(paths.database_path(data_dir)) == fresh_objects()
