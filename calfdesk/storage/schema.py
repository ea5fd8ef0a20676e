"""Schema revisions this version of calfdesk knows, checked without importing Alembic.

`HEAD_REVISIONS` must equal Alembic's heads (a test checks it): a file stamped with exactly these needs
no migration, so start-up never pays for loading Alembic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

VERSIONS_DIR: Final = Path(__file__).resolve().parent / "migrations" / "versions"

HEAD_REVISIONS: Final = frozenset({"0007_plan_safety"})


def known_revisions() -> frozenset[str]:
    """Every revision shipped with this version; revision ids equal their file names."""
    return frozenset(path.stem for path in VERSIONS_DIR.glob("*.py") if not path.stem.startswith("_"))
