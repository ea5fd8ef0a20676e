"""The one data file: opening it safely, migrating it, and handing out connections.

calfdesk reads and writes the file through Python's `sqlite3` and plain SQL; SQLAlchemy (with sqlmodel's
table classes, `calfdesk.storage.all_tables`) describes the schema for Alembic and is imported only when a
file must be upgraded or its schema compared, so opening the window never pays for it.

Opening never changes a file it cannot use: the header is checked and the schema revision is read over a
read-only connection first, and a damaged, unknown or newer file is refused before any pragma is written.
The checks at start are cheap (the 100-byte header and the file size); a full `quick_check` runs only
when a query fails for a reason that is not already known, and in the window's background check.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from calfdesk import paths
from calfdesk.errors import StorageError, StorageProblem, system_reason
from calfdesk.i18n import Texts
from calfdesk.leftovers import remove_stale
from calfdesk.storage.connection import connect
from calfdesk.storage.errors import os_problem, storage_error, translated_errors
from calfdesk.storage.file_access import OpenHold, hold_open
from calfdesk.storage.file_checks import COMPANION_SUFFIXES, file_is_sound, read_revisions
from calfdesk.storage.instants import utc_now_text
from calfdesk.storage.schema import HEAD_REVISIONS, known_revisions

_tr = Texts(__name__)

if TYPE_CHECKING:
    from calfdesk.storage.backup import BackupInfo


def utc_now_iso() -> str:
    return utc_now_text()


class Database:
    """An open calfdesk data file. Use short blocks: `raw()` to read, `raw(write=True)` to write.

    Each block has a connection of its own, closed when the block ends. Reads run in a deferred transaction
    and never wait for, or take, the write lock (WAL lets them run beside another process's write). The first
    writing block of each day first takes the daily backup (see `ensure_daily_backup`).
    """

    def __init__(self, data_dir: Path, *, auto_backup: bool = True, hold: OpenHold | None = None) -> None:
        self.data_dir = data_dir
        # While this is held no restore can swap the file (see file_access).
        self._hold = hold
        self.path = paths.database_path(data_dir)
        self.auto_backup = auto_backup
        self._backup_lock = threading.Lock()
        self._backup_checked_on: dt.date | None = None

    @contextmanager
    def raw(self, *, write: bool = False) -> Iterator[sqlite3.Connection]:
        """A connection inside one transaction, for reads and writes through SQL. A read (the default) is a
        deferred transaction (plain BEGIN, never BEGIN IMMEDIATE) that neither takes nor waits for the write
        lock and never starts the daily backup; it sees one consistent snapshot and is rolled back when the
        block ends. A write (BEGIN IMMEDIATE, after the daily backup) is committed when the block ends
        without error."""
        if write:
            self._before_write()
        with self._guarded(), self._connection() as connection:
            connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            try:
                yield connection
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT" if write else "ROLLBACK")

    @contextmanager
    def staging(self) -> Iterator[sqlite3.Connection]:
        """A connection of its own, outside any transaction, for bulk work that first stages rows in TEMP
        tables and then reads or writes the data file in one short `transaction` on the same connection.

        TEMP tables live in a temporary file (opened private and deleted at once by SQLite) beyond a small
        page cache, so staging any number of rows holds memory bounded; no write lock is held while staging.
        """
        with self._guarded(), self._connection() as connection:
            connection.execute("PRAGMA temp_store = FILE")
            yield connection

    @contextmanager
    def transaction(self, connection: sqlite3.Connection, *, write: bool) -> Iterator[None]:
        """One transaction on a `staging` connection: a writer (BEGIN IMMEDIATE, after the daily backup) is
        committed when the block ends without error; a reader (BEGIN) is always rolled back."""
        if write:
            self._before_write()
        connection.execute("BEGIN IMMEDIATE" if write else "BEGIN")
        try:
            yield
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT" if write else "ROLLBACK")

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        connection = connect(self.path)
        try:
            yield connection
        finally:
            connection.close()

    def close(self) -> None:
        self.protect_files()
        if self._hold is not None:
            self._hold.release()

    def protect_files(self) -> None:
        for suffix in ("", *COMPANION_SUFFIXES):
            paths.make_private_file(self.path.with_name(self.path.name + suffix))

    def quick_check(self) -> bool:
        """True when SQLite's `quick_check` finds the file sound (reads every page; run it off the GUI thread)."""
        return file_is_sound(self.path, full=False)

    def mark_backed_up_today(self) -> None:
        self._backup_checked_on = dt.date.today()

    def ensure_daily_backup(self) -> BackupInfo | None:
        """Take today's backup unless one exists already; returns it, or None when none was needed.

        Cheap when not due (one folder listing, then remembered for the day). Raises StorageError CORRUPT
        when the copy shows the data file is damaged; other backup failures do not block the runner's work.
        """
        today = dt.date.today()
        if self._backup_checked_on == today:
            return None
        with self._backup_lock:
            if self._backup_checked_on == today:
                return None
            from calfdesk.storage.backup import daily_backup

            try:
                info = daily_backup(self.path)
            except StorageError as error:
                if error.problem is StorageProblem.CORRUPT:
                    raise
                info = None
            self._backup_checked_on = today
            return info

    def _before_write(self) -> None:
        if self.auto_backup:
            self.ensure_daily_backup()

    @contextmanager
    def _guarded(self) -> Iterator[None]:
        """Translate known failures; an unexplained SQLite failure is checked against damage first."""
        try:
            with translated_errors(self.path, os_errors=False):
                yield
        except sqlite3.DatabaseError as error:
            if not file_is_sound(self.path, full=False):
                raise storage_error(StorageProblem.CORRUPT, self.path) from error
            raise


def _create_private_file(db_path: Path) -> None:
    """Create the empty data file as 0600 so SQLite's -wal and -shm files inherit that mode."""
    with contextlib.suppress(FileExistsError):
        descriptor = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, paths.FILE_MODE)
        os.close(descriptor)


def _refuse_foreign_schema(db_path: Path, revisions: frozenset[str]) -> None:
    """Refuse a file whose schema objects are not exactly those calfdesk makes (a trigger, a view or a changed
    table someone added would act on the runner's data): StorageError CORRUPT, the file untouched."""
    from calfdesk.storage.schema_check import schema_problem

    difference = schema_problem(db_path, revisions, scratch=db_path.parent)
    if difference:
        raise StorageError(
            StorageProblem.CORRUPT,
            db_path,
            _tr(
                "{path} was changed outside calfdesk and was not opened: its schema is not calfdesk's "
                "({difference}). Restore a backup or choose another folder."
            ).format(path=db_path, difference=difference),
        )


def open_database(data_dir: Path, *, migrate: bool = True, auto_backup: bool = True) -> Database:
    """Open (creating if needed) the data file in `data_dir`, upgrading its schema when it is older.

    Raises StorageError when the folder or file cannot be used; the file is then left as it was.
    With `auto_backup`, the first writing session of each day takes the daily backup first; the window also
    calls `Database.ensure_daily_backup` off the GUI thread after its first paint, so a save rarely waits.
    """
    db_path = paths.database_path(data_dir)
    try:
        paths.ensure_private_dir(data_dir)
    except OSError as error:
        problem = os_problem(error)
        detail = system_reason(error) if problem is StorageProblem.UNAVAILABLE else None
        raise storage_error(problem, data_dir, detail) from error

    existed = db_path.exists()
    revisions = read_revisions(db_path) if existed else None
    if revisions is not None and not revisions <= known_revisions():
        raise storage_error(StorageProblem.TOO_NEW, db_path)
    if not os.access(data_dir, os.W_OK) or (existed and not os.access(db_path, os.W_OK)):
        raise storage_error(StorageProblem.READ_ONLY, db_path)

    hold = hold_open(data_dir)
    try:
        _create_private_file(db_path)
    except OSError as error:
        hold.release()
        raise storage_error(os_problem(error), db_path) from error
    # Held open, so no restore is under way: what interrupted writes registered and left is removed.
    remove_stale()
    database = Database(data_dir, auto_backup=auto_backup, hold=hold)
    if revisions is None:
        # A new file holds nothing worth a backup yet.
        database.mark_backed_up_today()
    try:
        if revisions is not None:
            _refuse_foreign_schema(db_path, revisions)
        if revisions != HEAD_REVISIONS:
            if not migrate:
                raise storage_error(StorageProblem.TOO_NEW, db_path, _tr("the schema needs an upgrade"))
            from calfdesk.storage.migrate import upgrade_to_head

            if upgrade_to_head(db_path, backup_first=revisions is not None):
                database.mark_backed_up_today()
        database.protect_files()
    except BaseException:
        hold.release()
        raise
    return database
