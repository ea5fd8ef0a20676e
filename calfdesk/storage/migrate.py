"""Alembic upgrades, loaded only when a file is not already at the current schema."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from calfdesk.storage.backup import create_backup
from calfdesk.storage.errors import translated_errors

if TYPE_CHECKING:
    from calfdesk.storage.database import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script_heads() -> frozenset[str]:
    return frozenset(ScriptDirectory.from_config(alembic_config()).get_heads())


def upgrade_to_head(database: Database, *, backup_first: bool) -> None:
    """Upgrade in one transaction; an existing file is backed up (and the copy checked) first.

    A failed backup stops the upgrade, so a file is never migrated without a copy of its previous state.
    """
    if backup_first:
        create_backup(database.path, reason="before-upgrade")
        database.mark_backed_up_today()
    config = alembic_config()
    with translated_errors(database.path), database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")
