"""Alembic upgrades, loaded only when a file is not already at the current schema."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory

from calfdesk.storage.backup import create_backup
from calfdesk.storage.connection import make_engine
from calfdesk.storage.errors import translated_errors
from calfdesk.storage.schema import alembic_config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

__all__ = ["MIGRATIONS_DIR", "alembic_config", "script_heads", "upgrade_to_head"]


def script_heads() -> frozenset[str]:
    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def upgrade_to_head(db_path: Path, *, backup_first: bool) -> bool:
    """Upgrade in one transaction; an existing file is backed up (and the copy checked) first. Returns
    whether a backup was taken (it counts as the day's backup).

    A failed backup stops the upgrade, so a file is never migrated without a copy of its previous state.
    """
    if backup_first:
        create_backup(db_path, reason="before-upgrade")
    config = alembic_config()
    engine = make_engine(db_path)
    try:
        with translated_errors(db_path), engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "heads")
    finally:
        engine.dispose()
    return backup_first
