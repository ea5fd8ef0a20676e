"""Helpers for the reliability tests: populated data folders, damaged files and CLI runs in a subprocess."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any

import pytest

from calfdesk import paths
from calfdesk.domain.diary import make_entry

REPO_ROOT = Path(__file__).resolve().parent.parent


def make_diary(data_dir: Path, count: int = 300, *, note: str = "calf tight after hills") -> set[int]:
    """A closed data file holding `count` entries (no -wal left behind); returns their ids."""
    from calfdesk.storage import diary_store
    from calfdesk.storage.database import open_database

    # Three a day from 2026-01-01, or earlier when that many days would reach past today (no diary day is).
    first = min(dt.date(2026, 1, 1), dt.date.today() - dt.timedelta(days=count // 3))
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


def _connect(db_path: Path) -> sqlite3.Connection:
    """Read a closed file without creating -wal or -shm; a file in use through an ordinary connection."""
    if any(db_path.with_name(db_path.name + suffix).exists() for suffix in ("-wal", "-shm")):
        return sqlite3.connect(db_path)
    return sqlite3.connect(db_path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)


def integrity(db_path: Path) -> list[tuple[str]]:
    connection = _connect(db_path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchall()
    finally:
        connection.close()


def entry_ids(db_path: Path) -> set[int]:
    connection = _connect(db_path)
    try:
        return {row[0] for row in connection.execute("SELECT id FROM diary_entry")}
    finally:
        connection.close()


def _mount(*args: str) -> bool:
    return subprocess.run(["mount", *args], capture_output=True, check=False).returncode == 0


@contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """Make `folder` read-only for this process: permissions for a normal user, a read-only bind mount for root
    (root ignores permissions). Skips the test when neither is possible."""
    if os.geteuid() != 0:
        mode = folder.stat().st_mode & 0o777
        folder.chmod(0o500)
        try:
            yield
        finally:
            folder.chmod(mode)
        return
    if not shutil.which("mount") or not _mount("--bind", str(folder), str(folder)):
        pytest.skip("running as root without permission to mount, so a read-only folder cannot be simulated")
    try:
        if not _mount("-o", "remount,ro,bind", str(folder)):
            pytest.skip("cannot remount a bind mount read-only here")
        yield
    finally:
        subprocess.run(["umount", str(folder)], check=True)


# Holds the write lock (BEGIN IMMEDIATE, then argv[2] run and not committed) until its standard input closes.
_WRITER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
connection.execute(sys.argv[2])
print("locked", flush=True)
sys.stdin.read()
connection.rollback()
"""


@contextmanager
def other_process(script: str, *args: str, ready: str) -> Iterator[None]:
    """Run the Python `script` with `args` in another process for the block. The script prints `ready` once it
    holds what it holds (the file open, the write lock), keeps it until its standard input closes, then lets go."""
    with subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
    ) as process:
        assert process.stdout is not None and process.stdin is not None
        assert process.stdout.readline().strip() == ready
        try:
            yield
        finally:
            process.stdin.close()
            process.wait(timeout=30)


def another_process_writing(data_dir: Path, change: str) -> AbstractContextManager[None]:
    """Another process holds the data file's write lock for the block, having made `change` (one SQL statement)
    that it never commits, as a long `calfdesk import` in a terminal would."""
    return other_process(_WRITER, str(paths.database_path(data_dir)), change, ready="locked")


@contextmanager
def tiny_disk(folder: Path, size_kib: int = 512) -> Iterator[Path]:
    """A real, small file system mounted on `folder` (root only; skips otherwise)."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("a real full disk needs root to mount a small tmpfs; the max_page_count tests cover the rest")
    if not _mount("-t", "tmpfs", "-o", f"size={size_kib}k,mode=0700", "tmpfs", str(folder)):
        pytest.skip("cannot mount a small tmpfs here")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def fill_disk(folder: Path) -> Path:
    """Fill the file system holding `folder` with one filler file; returns it (delete it to free the space)."""
    filler = folder / "filler.bin"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while True:
            os.write(descriptor, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(descriptor)
    return filler


def limit_pages(monkeypatch: Any, extra_pages: int = 0) -> Callable[[], None]:
    """Simulate a full disk: each new connection to a data file may grow it by at most `extra_pages` pages.

    Returns a function that frees the "disk" again (new connections are unlimited).
    """
    from calfdesk.storage import database

    real_connect = database.connect
    limited = True

    def connect(db_path: Path) -> sqlite3.Connection:
        connection = real_connect(db_path)
        if limited:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {pages + extra_pages}")
        return connection

    monkeypatch.setattr(database, "connect", connect)

    def free() -> None:
        nonlocal limited
        limited = False

    return free


def garble_old_entries(db_path: Path) -> None:
    """Damage one leaf page of the diary table that holds old entries only, so that queries for recent days
    still work while a full check (or reading everything) finds the damage."""
    connection = _connect(db_path)
    try:
        leaves = [
            row[0]
            for row in connection.execute(
                "SELECT pageno FROM dbstat WHERE name = 'diary_entry' AND pagetype = 'leaf' ORDER BY path"
            )
        ]
    finally:
        connection.close()
    assert len(leaves) >= 3, "the diary is too small to damage one of its pages"
    size_page = page_size(db_path)
    with db_path.open("r+b") as handle:
        handle.seek((leaves[len(leaves) // 2] - 1) * size_page)
        handle.write((b"\xde\xad\xbe\xef" * (size_page // 4))[:size_page])


def file_at_revision(data_dir: Path, revision: str) -> Path:
    """A data file created by an older calfdesk, whose schema stops at `revision`."""
    from alembic import command

    from calfdesk.storage.connection import make_engine
    from calfdesk.storage.migrate import alembic_config

    data_dir.mkdir(mode=0o700)
    db_path = data_dir / "calfdesk.sqlite3"
    engine = make_engine(db_path)
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()
    return db_path
