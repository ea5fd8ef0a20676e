"""Headless sub-commands of `calfdesk`. Modules here import neither Qt nor heavy libraries at import."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from calfdesk.storage.database import Database


@contextmanager
def opened_database(data_dir: Path) -> Iterator[Database]:
    """The data file for one command, closed (and its files made private again) when the block ends."""
    from calfdesk.storage.database import open_database

    db = open_database(data_dir)
    try:
        yield db
    finally:
        db.close()
