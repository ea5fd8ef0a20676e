"""A data file holds data, never code: its schema objects must be exactly the ones this version makes.

Every table, column, index, trigger and view of a file (its whole `sqlite_master`, with the SQL that defines
each object) is compared with those of a freshly made file at the head revision. A trigger, a view, an extra
index or a changed definition someone added outside calfdesk would run, or answer, on the runner's data, so
such a file is refused: at a restore, when a data file is opened, and when the window switches folders.

The usual case is cheap: a digest of the file's objects equal to `HEAD_SCHEMA_DIGEST` (one query, no Alembic).
Only a different digest builds the fresh reference (Alembic, in memory) to say what differs; a digest that is
merely out of date therefore costs time, never a wrong refusal (a test keeps it current).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Final, cast

from calfdesk import paths
from calfdesk.i18n import Texts
from calfdesk.leftovers import registered
from calfdesk.storage.backup import copy_database
from calfdesk.storage.errors import os_problem, storage_error
from calfdesk.storage.file_checks import BUSY_TIMEOUT_MS, read_only_uri
from calfdesk.storage.schema import HEAD_REVISIONS

_tr = Texts(__name__)

# sha256 of `_canonical(objects)` for a freshly made file at HEAD_REVISIONS (tests/storage/test_schema_check.py).
HEAD_SCHEMA_DIGEST: Final = "3fc825a1c29b419ad3304a92ac7e1f542a7ab2dfae54df156339786c71945ae8"

_OBJECTS_QUERY: Final = (
    "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
    "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"
)


@dataclass(frozen=True, slots=True, order=True)
class SchemaObject:
    """One row of `sqlite_master` (SQLite's own internal objects left out) and, for a table, its columns."""

    type: str
    name: str
    table: str
    sql: str
    columns: tuple[str, ...]


def objects_of(connection: sqlite3.Connection) -> frozenset[SchemaObject]:
    """Every schema object of the database behind `connection`."""
    objects = set()
    for kind, name, table, sql in connection.execute(_OBJECTS_QUERY).fetchall():
        columns: tuple[str, ...] = ()
        if kind == "table":
            quoted = '"' + str(name).replace('"', '""') + '"'
            columns = tuple(str(row[1]) for row in connection.execute(f"PRAGMA table_info({quoted})"))
        objects.add(SchemaObject(str(kind), str(name), str(table), str(sql), columns))
    return frozenset(objects)


def objects_digest(objects: Iterable[SchemaObject]) -> str:
    canonical = "\x1e".join("\x1f".join((o.type, o.name, o.table, o.sql, *o.columns)) for o in sorted(objects))
    return hashlib.sha256(canonical.encode("utf-8", "surrogatepass")).hexdigest()


@functools.cache
def fresh_objects() -> frozenset[SchemaObject]:
    """The schema objects of a file made now by this version (every migration run on an empty database)."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from calfdesk.storage.schema import alembic_config

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "heads")
            return objects_of(cast(sqlite3.Connection, connection.connection.dbapi_connection))
    finally:
        engine.dispose()


def file_objects(path: Path) -> frozenset[SchemaObject]:
    """The schema objects of the file at `path`, read without writing."""
    connection = sqlite3.connect(read_only_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        return objects_of(connection)
    finally:
        connection.close()


def schema_difference(path: Path) -> str:
    """How the schema objects of a file at the head revision differ from a fresh file's; empty if they do not.

    The first three differences, worded for the runner ("an unknown trigger wipe", "diary_entry lacks notes").
    """
    found = file_objects(path)
    if objects_digest(found) == HEAD_SCHEMA_DIGEST:
        return ""
    return describe_difference(fresh_objects(), found)


def schema_problem(path: Path, revisions: frozenset[str], *, scratch: Path | None) -> str:
    """How the schema objects of the file at `path` (of schema `revisions`, all known) differ from a fresh
    file's once at the head revision; empty when they do not.

    A file of an older revision is copied into `scratch` (a data folder, whose starts remove a copy left by an
    interrupted check once it is an hour old; a private temporary folder when None) and the copy is upgraded
    and compared; the file itself is only ever read.
    """
    if revisions == HEAD_REVISIONS:
        return schema_difference(path)
    return _upgraded_difference(path, scratch)


@contextmanager
def _check_copy(backup: Path, scratch: Path | None) -> Iterator[Path]:
    """A private copy of `backup` to upgrade for the check, removed afterwards (with its journal)."""
    with contextlib.ExitStack() as stack:
        if scratch is None or not scratch.is_dir():
            scratch = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="calfdesk-check-")))
            stack.enter_context(registered(scratch))
        # A start an hour later removes it (and its journal) if this process is ended meanwhile.
        copy = scratch / f".{paths.DATABASE_NAME}.checking-{os.getpid()}"
        stack.enter_context(registered(copy))
        for leftover in (copy, copy.with_name(copy.name + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        try:
            copy_database(backup, copy, source_uri=read_only_uri(backup))
        except OSError as error:
            raise storage_error(os_problem(error), scratch) from error
        try:
            yield copy
        finally:
            for leftover in (copy, copy.with_name(copy.name + "-journal")):
                with contextlib.suppress(OSError):
                    leftover.unlink()


def _upgraded_difference(backup: Path, scratch: Path | None) -> str:
    """How an older file's schema objects, upgraded (on a copy) to the head revision, differ from a fresh file's."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from calfdesk.storage.schema import alembic_config

    with _check_copy(backup, scratch) as copy:
        # A plain engine: the copy stays in rollback-journal mode, so no -wal or -shm is made beside it.
        engine = create_engine(f"sqlite:///{copy}", poolclass=NullPool)
        try:
            config = alembic_config()
            with engine.begin() as connection:
                config.attributes["connection"] = connection
                command.upgrade(config, "heads")
        except Exception as error:  # an altered table can make any step of any migration fail
            original = getattr(error, "orig", None) or error
            reason = " ".join(str(original).split())[:120]
            return _tr("it cannot be upgraded to this version: {reason}").format(reason=reason)
        finally:
            engine.dispose()
        return schema_difference(copy)


def describe_difference(expected: frozenset[SchemaObject], found: frozenset[SchemaObject]) -> str:
    by_key = {(o.type, o.name): o for o in found}
    wanted = {(o.type, o.name): o for o in expected}
    # `kind` is SQLite's own word for a schema object (table, index, trigger, view), as the file names it.
    problems = [
        _tr("no {kind} {name}").format(kind=kind, name=name) for kind, name in sorted(wanted.keys() - by_key.keys())
    ]
    problems += [
        _tr("an unknown {kind} {name}").format(kind=kind, name=name)
        for kind, name in sorted(by_key.keys() - wanted.keys())
    ]
    for key in sorted(wanted.keys() & by_key.keys()):
        want, have = wanted[key], by_key[key]
        if want == have:
            continue
        missing = [column for column in want.columns if column not in have.columns]
        extra = [column for column in have.columns if column not in want.columns]
        problems += [_tr("{table} lacks {column}").format(table=want.name, column=column) for column in missing]
        problems += [
            _tr("{table} has an unknown column {column}").format(table=want.name, column=column) for column in extra
        ]
        if not missing and not extra:
            problems.append(_tr("the {kind} {name} is defined differently").format(kind=want.type, name=want.name))
    return "; ".join(problems[:3])
