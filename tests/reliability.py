"""Helpers for the reliability tests: populated data folders, damaged files and CLI runs in a subprocess."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from calfdesk import paths
from calfdesk.domain.diary import make_entry

REPO_ROOT = Path(__file__).resolve().parent.parent


def make_diary(data_dir: Path, count: int = 300, *, note: str = "calf tight after hills") -> set[int]:
    """A closed data file holding `count` entries (no -wal left behind); returns their ids."""
    from calfdesk.storage import diary_store
    from calfdesk.storage.database import open_database

    first = dt.date(2026, 1, 1)
    entries = [
        make_entry(
            local_date=first + dt.timedelta(days=index // 3),
            local_time=dt.time(7 + index % 3 * 5, 15),
            soreness=index % 11,
            notes=f"{note} #{index}",
            utc_offset_min=60,
        )
        for index in range(count)
    ]
    db = open_database(data_dir)
    try:
        diary_store.add_entries_bulk(db, entries)
    finally:
        db.close()
    db_path = paths.database_path(data_dir)
    assert not db_path.with_name(db_path.name + "-wal").exists()
    return entry_ids(db_path)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in the folder (recursively) with its content digest."""
    return {str(path.relative_to(folder)): digest(path) for path in sorted(folder.rglob("*")) if path.is_file()}


def page_size(db_path: Path) -> int:
    with db_path.open("rb") as handle:
        handle.seek(16)
        value = int.from_bytes(handle.read(2), "big")
    return 65536 if value == 1 else value


def truncate_file(db_path: Path, *, keep_fraction: float = 0.5, mid_page: bool = False) -> None:
    size = db_path.stat().st_size
    size_page = page_size(db_path)
    keep = max(size_page, int(size * keep_fraction) // size_page * size_page)
    if mid_page:
        keep += size_page // 3
    with db_path.open("r+b") as handle:
        handle.truncate(keep)


def overwrite_header(db_path: Path) -> None:
    with db_path.open("r+b") as handle:
        handle.write(b"This is not a calfdesk diary at all!" + bytes(64))


def garble_middle_pages(db_path: Path) -> None:
    """Overwrite the middle third of the pages with a fixed garbage pattern."""
    size_page = page_size(db_path)
    pages = db_path.stat().st_size // size_page
    assert pages >= 6, "the diary is too small to damage its middle"
    with db_path.open("r+b") as handle:
        for page in range(pages // 3, 2 * pages // 3):
            handle.seek(page * size_page)
            handle.write((b"\xde\xad\xbe\xef" * (size_page // 4))[:size_page])


def stamp_revision(db_path: Path, revision: str) -> None:
    """Pretend the file was written by a calfdesk with schema revision `revision` (closed cleanly after)."""
    connection = sqlite3.connect(db_path)
    try:
        connection.execute("DELETE FROM alembic_version")
        connection.execute("INSERT INTO alembic_version (version_num) VALUES (?)", (revision,))
        connection.commit()
    finally:
        connection.close()


def cli_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CALFDESK_DATA_DIR", None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT), env.get("PYTHONPATH", "")]))
    env.update(extra)
    return env


def run_cli(data_dir: Path, *args: str, stdin: bytes | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    """`calfdesk --data-dir DATA_DIR ARGS` in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "calfdesk", "--data-dir", str(data_dir), *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        env=cli_env(**env),
        timeout=60,
        check=False,
    )


def integrity(db_path: Path) -> list[tuple[str]]:
    connection = sqlite3.connect(db_path)  # read-write, so closing it removes the -wal and -shm again
    try:
        return connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()


def entry_ids(db_path: Path) -> set[int]:
    connection = sqlite3.connect(db_path)  # read-write, so closing it removes the -wal and -shm again
    try:
        return {row[0] for row in connection.execute("SELECT id FROM diary_entry")}
    finally:
        connection.close()
