"""Schema revisions this version of calfdesk knows, checked without importing Alembic.

`HEAD_REVISIONS` must equal Alembic's heads (a test checks it): a file stamped with exactly these needs
no migration, so start-up never pays for loading Alembic.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from alembic.config import Config

VERSIONS_DIR: Final = Path(__file__).resolve().parent / "migrations" / "versions"

HEAD_REVISIONS: Final = frozenset({"0011_source_from_registry"})


def known_revisions() -> frozenset[str]:
    """Every revision shipped with this version; revision ids equal their file names."""
    return frozenset(path.stem for path in VERSIONS_DIR.glob("*.py") if not path.stem.startswith("_"))


def alembic_config() -> Config:
    """Alembic's configuration for calfdesk's migrations (Alembic is imported only when this is called)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(VERSIONS_DIR.parent))
    return config
