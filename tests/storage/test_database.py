import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from calfdesk.errors import StorageError, StorageProblem
from calfdesk.storage.database import open_database
from calfdesk.storage.schema import HEAD_REVISIONS, known_revisions
from tests.reliability import file_at_revision


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_is_private_wal_and_at_head(data_dir: Path) -> None:
    db = open_database(data_dir)
    db.close()
    assert data_dir.stat().st_mode & 0o777 == 0o700
    for path in data_dir.iterdir():
        if path.is_file():
            assert path.stat().st_mode & 0o777 == 0o600, path
    with sqlite3.connect(data_dir / "calfdesk.sqlite3") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        revisions = {row[0] for row in connection.execute("SELECT version_num FROM alembic_version")}
    assert revisions == HEAD_REVISIONS


def test_pragmas_are_set_on_every_connection(db) -> None:
    with db.raw() as connection:
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL, see docs/RELIABILITY.md


def test_head_revisions_match_the_migration_scripts() -> None:
    from calfdesk.storage.migrate import script_heads

    assert script_heads() == HEAD_REVISIONS
    assert known_revisions() >= HEAD_REVISIONS


def test_opening_a_current_file_does_not_load_alembic(data_dir: Path) -> None:
    open_database(data_dir).close()
    code = (
        "import sys; from pathlib import Path; from calfdesk.storage.database import open_database; "
        f"open_database(Path({str(data_dir)!r})).close(); "
        "print('alembic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_newer_revision_is_refused_and_the_file_left_untouched(data_dir: Path) -> None:
    open_database(data_dir).close()
    db_path = data_dir / "calfdesk.sqlite3"
    with sqlite3.connect(db_path) as connection:
        connection.execute("INSERT INTO alembic_version (version_num) VALUES ('9999_from_the_future')")
    connection.close()
    before = digest(db_path)
    siblings = sorted(p.name for p in data_dir.iterdir())
    with pytest.raises(StorageError) as caught:
        open_database(data_dir)
    assert caught.value.problem is StorageProblem.TOO_NEW
    assert "newer version" in str(caught.value)
    assert digest(db_path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == siblings


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:50],
        lambda data: b"This is not a database at all" + data[29:],
        lambda data: data[:100] + b"\xff" * (len(data) - 100),
    ],
    ids=["truncated", "overwritten-header", "garbage-pages"],
)
def test_damaged_file_is_refused_and_never_modified(data_dir: Path, damage) -> None:
    open_database(data_dir).close()
    db_path = data_dir / "calfdesk.sqlite3"
    db_path.write_bytes(damage(db_path.read_bytes()))
    before = digest(db_path)
    with pytest.raises(StorageError) as caught:
        db = open_database(data_dir)
        from calfdesk.storage import diary_store

        diary_store.list_entries(db)
    assert caught.value.problem is StorageProblem.CORRUPT
    assert str(db_path) in str(caught.value)
    assert digest(db_path) == before


def test_upgrade_from_the_initial_revision_keeps_data_and_backs_up_first(data_dir: Path) -> None:
    db_path = file_at_revision(data_dir, "0001_diary")
    with sqlite3.connect(db_path) as connection:
        connection.execute(
            "INSERT INTO diary_entry (local_date, local_time, utc_offset_min, context, soreness, location, side, "
            "notes, created_utc) VALUES ('2026-01-05', '07:00', 60, 'morning', 4, 'calf', 'left', 'kept', 'x')"
        )
    connection.close()
    db = open_database(data_dir)
    from calfdesk.storage import diary_store

    [entry] = diary_store.list_entries(db)
    db.close()
    assert entry.notes == "kept"
    if {"0001_diary"} != HEAD_REVISIONS:
        backups = list((data_dir / "backups").glob("*before-upgrade*.sqlite3"))
        assert len(backups) == 1
        assert backups[0].stat().st_mode & 0o777 == 0o600


def test_the_stores_sql_names_the_columns_the_schema_declares(data_dir: Path) -> None:
    """The stores read and write through plain SQL; the diary's column list is the declared table's."""
    from calfdesk.storage import diary_store
    from calfdesk.storage.tables import DiaryEntryRow

    assert set(diary_store.DIARY_COLUMNS) == set(DiaryEntryRow.__table__.c.keys())  # type: ignore[attr-defined]
    db = open_database(data_dir)
    try:
        with db.raw() as connection:
            stored = [row[1] for row in connection.execute("PRAGMA table_info(diary_entry)")]
    finally:
        db.close()
    assert list(diary_store.DIARY_COLUMNS) == stored


def test_a_write_interrupted_by_any_exception_keeps_nothing(data_dir: Path) -> None:
    """A write block left by an exception, even Ctrl+C (KeyboardInterrupt), is rolled back whole."""
    db = open_database(data_dir, auto_backup=False)
    try:
        for interruption in (ValueError("a bug"), KeyboardInterrupt()):
            try:
                with db.raw(write=True) as connection:
                    connection.execute(
                        "INSERT INTO diary_entry (local_date, local_time, utc_offset_min, context, soreness, location, "
                        "side, notes, created_utc) VALUES ('2026-12-06', '07:00', 0, 'morning', 3, 'calf', 'left', '', "
                        "'2026-12-06T07:00:00Z')"
                    )
                    raise interruption
            except (ValueError, KeyboardInterrupt):
                pass
            with db.raw() as connection:
                assert connection.execute("SELECT COUNT(*) FROM diary_entry").fetchone()[0] == 0
    finally:
        db.close()


def test_an_upsert_replaces_the_row_it_meets_and_an_insert_reports_its_own_id(data_dir: Path) -> None:
    from calfdesk.storage.sql import insert, replacing, upsert

    db = open_database(data_dir, auto_backup=False)
    try:
        with db.raw(write=True) as connection:
            values = {"kind": "psfs", "local_date": "2026-12-06", "score": 4.0, "items_json": "[]", "recorded_utc": "x"}
            first = insert(connection, "measure_reading", values)
            second = insert(connection, "measure_reading", values)
            upsert(connection, "measure_choice", {"kind": "psfs", "items_json": '["a"]', "chosen_utc": "1"}, "")
            upsert(
                connection,
                "measure_choice",
                {"kind": "psfs", "items_json": '["b"]', "chosen_utc": "2"},
                replacing(("kind",), ("items_json", "chosen_utc")),
            )
        with db.raw() as connection:
            ids = [row[0] for row in connection.execute("SELECT id FROM measure_reading ORDER BY id")]
            choices = connection.execute("SELECT kind, items_json FROM measure_choice").fetchall()
    finally:
        db.close()
    assert [first, second] == ids and first != second
    assert choices == [("psfs", '["b"]')]
