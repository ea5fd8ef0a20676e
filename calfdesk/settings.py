"""The runner's preferences, declared once with their types and defaults.

Stored as JSON in the settings folder. Unknown keys are ignored and bad values fall back to the default,
so a hand-edited or older settings file never stops the app from starting.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from calfdesk import paths


@dataclass(frozen=True, slots=True)
class Setting:
    key: str
    default: Any
    choices: tuple[Any, ...] | None = None
    label: str = ""
    check: Callable[[Any], bool] | None = None

    def accepts(self, value: Any) -> bool:
        if type(value) is not type(self.default):
            return False
        if self.check is not None and not self.check(value):
            return False
        return self.choices is None or value in self.choices


def optional_time(value: str) -> bool:
    """A reminder time: `HH:MM` (24 h), or empty for no reminder."""
    if value == "":
        return True
    try:
        parsed = dt.time.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 5 and parsed.second == 0


def parse_time(value: str) -> dt.time | None:
    """The time of an `optional_time` setting, None when it is off."""
    return dt.time.fromisoformat(value) if value and optional_time(value) else None


def _between(low: int, high: int) -> Callable[[int], bool]:
    return lambda value: low <= value <= high


def _absolute_or_empty(value: str) -> bool:
    return value == "" or Path(value).is_absolute()


REGISTRY: Final[dict[str, Setting]] = {
    setting.key: setting
    for setting in (
        Setting("theme", "system", ("system", "light", "dark"), "Theme"),
        Setting("units", "km", ("km", "mi"), "Distance units"),
        Setting("week_start", "monday", ("monday", "sunday"), "First day of the week"),
        Setting("reminder_log_time", "", label="Reminder to log soreness", check=optional_time),
        Setting("reminder_morning_time", "", label="Reminder for the morning rehab items", check=optional_time),
        Setting("reminder_evening_time", "", label="Reminder for the evening rehab items", check=optional_time),
        Setting("backup_keep_daily", 7, label="Daily backups to keep", check=_between(1, 90)),
        Setting("backup_keep_weekly", 4, label="Weekly backups to keep", check=_between(0, 104)),
        # Only read from the settings folder of the platform (see paths.resolve_data_dir).
        Setting("data_dir", "", label="Data folder", check=_absolute_or_empty),
        Setting("disclaimer_acknowledged", False, label="Medical disclaimer acknowledged"),
        # What closing the window does while reminders are on: ask the first time, then keep to the answer.
        Setting("close_to_tray", "ask", ("ask", "tray", "quit"), "Closing the window with reminders on"),
    )
}


class Settings:
    """Typed access to the registry's values; `set` saves at once."""

    FILE_NAME: Final = "settings.json"

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / self.FILE_NAME
        self._values: dict[str, Any] = {}
        with contextlib.suppress(OSError, ValueError):
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._values = {
                    key: value for key, value in loaded.items() if key in REGISTRY and REGISTRY[key].accepts(value)
                }

    def get(self, key: str) -> Any:
        return self._values.get(key, REGISTRY[key].default)

    def set(self, key: str, value: Any) -> None:
        setting = REGISTRY[key]
        if not setting.accepts(value):
            raise ValueError(f"{key}: {value!r} is not an accepted value")
        self._values[key] = value
        self._save()

    def _save(self) -> None:
        paths.ensure_private_dir(self.folder)
        descriptor, temp_name = tempfile.mkstemp(prefix=".settings.", dir=self.folder)
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                json.dump(self._values, stream, indent=2, sort_keys=True)
            os.chmod(temp_name, paths.FILE_MODE)
            Path(temp_name).replace(self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(temp_name).unlink()
            raise
