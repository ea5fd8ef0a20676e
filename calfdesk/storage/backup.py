"""Backups with SQLite's online backup API, so a copy is consistent even while the file is in use."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from calfdesk import paths
from calfdesk.storage.errors import translated_errors

BACKUP_SUFFIX = ".sqlite3"


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    created: dt.datetime
    reason: str
    size_bytes: int


def backup_name(moment: dt.datetime, reason: str) -> str:
    return f"calfdesk-{moment.strftime('%Y%m%d-%H%M%S')}-{reason}{BACKUP_SUFFIX}"


def create_backup(db_path: Path, *, reason: str = "manual") -> BackupInfo:
    """Copy the data file into `backups/` beside it; the copy is 0600 like the original."""
    folder = paths.backup_dir(db_path.parent)
    paths.ensure_private_dir(folder)
    moment = dt.datetime.now().replace(microsecond=0)
    target = folder / backup_name(moment, reason)
    counter = 1
    while target.exists():
        counter += 1
        target = folder / backup_name(moment, f"{reason}-{counter}")
    uri = db_path.absolute().as_uri() + "?mode=ro"
    with translated_errors(db_path):
        target.touch(mode=paths.FILE_MODE, exist_ok=False)
        source = sqlite3.connect(uri, uri=True)
        try:
            destination = sqlite3.connect(target)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
    paths.make_private_file(target)
    return BackupInfo(target, moment, reason, target.stat().st_size)
