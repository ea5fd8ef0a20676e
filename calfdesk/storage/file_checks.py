"""Looking at a data file without opening it for writing: its header, its schema revisions and its soundness.

Shared by opening (`database`) and by backups, which check their copies the same way.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from calfdesk.errors import StorageProblem, system_reason
from calfdesk.i18n import Texts
from calfdesk.storage.errors import classify, storage_error

_tr = Texts(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
BUSY_TIMEOUT_MS = 5000
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def companions_in_use(db_path: Path) -> bool:
    """True when a -wal, -shm or rollback journal exists beside the file (another program may be using it)."""
    return any(db_path.with_name(db_path.name + suffix).exists() for suffix in COMPANION_SUFFIXES)


def check_header(db_path: Path) -> bool:
    """Cheap sanity check of the 100-byte header and the file size; False for an empty (new) file.

    Raises StorageError CORRUPT for a file that is not SQLite, has an impossible header, or is shorter
    than its header says (truncated).
    """
    try:
        size = db_path.stat().st_size
        with db_path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except PermissionError as error:
        raise storage_error(StorageProblem.UNAVAILABLE, db_path) from error
    except OSError as error:
        raise storage_error(StorageProblem.UNAVAILABLE, db_path, system_reason(error)) from error
    if size == 0:
        return False
    if len(header) < HEADER_SIZE or header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise storage_error(StorageProblem.CORRUPT, db_path, _tr("not an SQLite file"))
    raw_page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise storage_error(StorageProblem.CORRUPT, db_path, _tr("impossible page size"))
    if header[18] not in (1, 2) or header[19] not in (1, 2) or header[21:24] != b"\x40\x20\x20":
        raise storage_error(StorageProblem.CORRUPT, db_path, _tr("damaged header"))
    if size % page_size:
        raise storage_error(StorageProblem.CORRUPT, db_path, _tr("the file is cut off"))
    page_count = int.from_bytes(header[28:32], "big")
    count_is_valid = header[24:28] == header[92:96] and page_count > 0
    # Pages may still sit in the write-ahead log, so the size only proves truncation without one.
    wal = db_path.with_name(db_path.name + "-wal")
    wal_has_pages = wal.exists() and wal.stat().st_size > 0
    journal = db_path.with_name(db_path.name + "-journal")
    if count_is_valid and not wal_has_pages and not journal.exists() and size < page_count * page_size:
        raise storage_error(StorageProblem.CORRUPT, db_path, _tr("the file is cut off"))
    return True


def read_only_uri(db_path: Path) -> str:
    """A read-only URI; `immutable` when no other program uses the file, so no -wal or -shm is created."""
    uri = db_path.absolute().as_uri() + "?mode=ro"
    return uri if companions_in_use(db_path) else uri + "&immutable=1"


def file_is_sound(db_path: Path, *, full: bool) -> bool:
    """Run `quick_check` (or `integrity_check` when `full`) over a read-only connection."""
    pragma = "integrity_check" if full else "quick_check"
    connection: sqlite3.Connection | None = None
    try:
        connection = sqlite3.connect(read_only_uri(db_path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        return rows == [("ok",)]
    except sqlite3.DatabaseError as error:
        # A file that is busy or cannot be opened right now is not known to be damaged.
        return classify(error) in (StorageProblem.LOCKED, StorageProblem.UNAVAILABLE)
    finally:
        if connection is not None:
            connection.close()


def read_revisions(db_path: Path) -> frozenset[str] | None:
    """The file's schema revisions, read without writing; None for a file with no tables yet.

    Raises StorageError for a file that is not a readable SQLite database.
    """
    if not check_header(db_path):
        return None
    connection: sqlite3.Connection | None = None
    try:
        connection = sqlite3.connect(read_only_uri(db_path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables:
            raise storage_error(StorageProblem.CORRUPT, db_path, _tr("not a calfdesk data file"))
        return frozenset(row[0] for row in connection.execute("SELECT version_num FROM alembic_version"))
    except sqlite3.DatabaseError as error:
        problem = classify(error)
        if problem not in (StorageProblem.LOCKED, StorageProblem.UNAVAILABLE):
            problem = StorageProblem.CORRUPT
        raise storage_error(problem, db_path) from error
    finally:
        if connection is not None:
            connection.close()
