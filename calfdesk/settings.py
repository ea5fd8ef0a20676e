"""The runner's preferences, declared once with their types and defaults.

Stored as JSON in the settings folder. Unknown keys are ignored and bad values fall back to the default,
so a hand-edited or older settings file never stops the app from starting.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
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

    def accepts(self, value: Any) -> bool:
        if type(value) is not type(self.default):
            return False
        return self.choices is None or value in self.choices


REGISTRY: Final[dict[str, Setting]] = {
    setting.key: setting
    for setting in (
        Setting("theme", "system", ("system", "light", "dark"), "Theme"),
        Setting("units", "km", ("km", "mi"), "Distance units"),
        Setting("week_start", "monday", ("monday", "sunday"), "First day of the week"),
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
            raise ValueError(f"{key}: {value!r} is not one of {setting.choices}")
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
