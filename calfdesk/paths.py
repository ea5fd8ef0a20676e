"""Where calfdesk keeps the runner's data and settings.

`--data-dir DIR` or `CALFDESK_DATA_DIR` overrides both the data and the settings folder, so tests and
portable installs never touch the real user folders.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from calfdesk.i18n import Texts

_tr = Texts(__name__)

DATA_DIR_ENV = "CALFDESK_DATA_DIR"
DATABASE_NAME = "calfdesk.sqlite3"
BACKUP_DIR_NAME = "backups"
SETTINGS_NAME = "settings.json"
# The window holds this QLockFile while it has the data folder open (one writing window per folder).
WINDOW_LOCK_NAME = ".calfdesk-window.lock"

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def platform_config_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("calfdesk", appauthor=False))


def platform_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("calfdesk", appauthor=False))


def config_dir(data_dir: Path, *, overridden: bool) -> Path:
    """Settings live beside the data when the data folder was chosen explicitly."""
    return data_dir if overridden else platform_config_dir()


def data_dir_overridden(cli_value: str | os.PathLike[str] | None) -> bool:
    return bool(cli_value) or bool(os.environ.get(DATA_DIR_ENV))


def database_path(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR_NAME


def window_lock_path(data_dir: Path) -> Path:
    return data_dir / WINDOW_LOCK_NAME


def ensure_private_dir(path: Path) -> None:
    """Create `path` (and parents) readable by its owner only: this is health data.

    A folder that exists already is never changed (it may be shared on purpose, like /tmp, or belong to a
    mount); `exposure_warning` says when it lets others read.
    """
    if path.is_dir():
        return
    try:
        path.mkdir(parents=True, mode=FOLDER_MODE)
    except FileExistsError:
        if path.is_dir():
            return
        raise
    path.chmod(FOLDER_MODE)


def open_to_others(path: Path) -> int | None:
    """The folder's permission bits when they let other users of the computer in; None when private (or gone)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    return mode & 0o7777 if mode & 0o077 else None


def exposure_warning(path: Path) -> str | None:
    """A warning when the folder holding the runner's health data lets other users of the computer in."""
    mode = open_to_others(path)
    if mode is None:
        return None
    return _tr(
        "{path} can be opened by other users of this computer (mode {mode}); "
        "to keep your health data private, run: chmod 700 '{path}'"
    ).format(path=path, mode=f"{mode:04o}")


def make_private_file(path: Path) -> None:
    """Restrict an existing file to its owner, quietly skipping files that vanished meanwhile."""
    with contextlib.suppress(FileNotFoundError):
        if (path.stat().st_mode & 0o777) != FILE_MODE:
            path.chmod(FILE_MODE)
