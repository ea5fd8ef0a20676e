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
from typing import Any, Final, Generic, Literal, TypeVar, cast, overload

from calfdesk import i18n, paths
from calfdesk.domain.units import DistanceUnit
from calfdesk.leftovers import registered, remove_stale

T = TypeVar("T")
# A save writes `.settings.XXXXXXXX` beside settings.json, registered while it exists (calfdesk.leftovers).
TEMP_PREFIX: Final = ".settings."
Theme = Literal["system", "light", "dark"]
WeekStart = Literal["monday", "sunday"]
CloseToTray = Literal["ask", "tray", "quit"]
ReminderKind = Literal["log", "morning", "evening"]
Sex = Literal["", "female", "male"]
# Birth years the heel-raise norm can use: 0 (not given) or a year a runner may have been born in.
BIRTH_YEAR_RANGE: Final = (1900, 2100)


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One preference: its key in the file, type (that of the default), allowed values and label.

    Declared as an attribute of `Settings`, it reads as the typed value: `settings.units` is a DistanceUnit.
    """

    key: str
    default: T
    choices: tuple[T, ...] | None = None
    label: str = ""
    check: Callable[[T], bool] | None = None
    # The lowest and highest allowed value of a whole-number setting.
    bounds: tuple[int, int] | None = None

    def accepts(self, value: object) -> bool:
        if type(value) is not type(self.default):
            return False
        if self.check is not None and not self.check(value):
            return False
        if self.bounds is not None and not (isinstance(value, int) and self.bounds[0] <= value <= self.bounds[1]):
            return False
        return self.choices is None or value in self.choices

    @overload
    def __get__(self, settings: None, owner: type[Settings]) -> Setting[T]: ...

    @overload
    def __get__(self, settings: Settings, owner: type[Settings]) -> T: ...

    def __get__(self, settings: Settings | None, owner: type[Settings]) -> Setting[T] | T:
        if settings is None:
            return self
        return settings.value(self)


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


def _birth_year(value: int) -> bool:
    return value == 0 or BIRTH_YEAR_RANGE[0] <= value <= BIRTH_YEAR_RANGE[1]


def _language(value: str) -> bool:
    """ "" (follow the desktop) or a language code; a language this version does not ship is passed over."""
    return value == "" or i18n.is_language_code(value)


def _absolute_or_empty(value: str) -> bool:
    return value == "" or Path(value).is_absolute()


class Settings:
    """The runner's preferences: read one as a typed attribute (`settings.units`); `set` saves at once."""

    FILE_NAME: Final = paths.SETTINGS_NAME

    theme: Setting[Theme] = Setting("theme", "system", ("system", "light", "dark"), "Theme")
    units: Setting[DistanceUnit] = Setting("units", "km", ("km", "mi"), "Distance units")
    week_start: Setting[WeekStart] = Setting("week_start", "monday", ("monday", "sunday"), "First day of the week")
    reminder_log_time = Setting("reminder_log_time", "", label="Reminder to log soreness", check=optional_time)
    reminder_morning_time = Setting(
        "reminder_morning_time", "", label="Reminder for the morning rehab items", check=optional_time
    )
    reminder_evening_time = Setting(
        "reminder_evening_time", "", label="Reminder for the evening rehab items", check=optional_time
    )
    backup_keep_daily = Setting("backup_keep_daily", 7, label="Daily backups to keep", bounds=(1, 90))
    backup_keep_weekly = Setting("backup_keep_weekly", 4, label="Weekly backups to keep", bounds=(0, 104))
    # Only read from the settings folder of the platform (see `resolve_data_dir`).
    data_dir = Setting("data_dir", "", label="Data folder", check=_absolute_or_empty)
    # The language of the window and the command line's text; "" follows the desktop (calfdesk.i18n).
    language = Setting("language", "", label="Language", check=_language)
    disclaimer_acknowledged = Setting("disclaimer_acknowledged", False, label="Medical disclaimer acknowledged")
    # What closing the window does while reminders are on: ask the first time, then keep to the answer.
    close_to_tray: Setting[CloseToTray] = Setting(
        "close_to_tray", "ask", ("ask", "tray", "quit"), "Closing the window with reminders on"
    )

    # Optional, for the heel-raise norm of "Ready to run today?": empty and 0 mean not given.
    sex: Setting[Sex] = Setting("sex", "", ("", "female", "male"), "Sex (for the heel-raise norm)")
    birth_year = Setting("birth_year", 0, label="Birth year (for the heel-raise norm)", check=_birth_year)
    # The diary chart as the runner left it: the range button (days; 0 for all) and the weekly distance bars.
    diary_chart_days = Setting("diary_chart_days", 90, (30, 90, 365, 0), "Days the diary chart shows")
    diary_weekly_distance = Setting("diary_weekly_distance", False, label="Weekly distance on the diary chart")

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.path = folder / self.FILE_NAME
        self._values: dict[str, object] = {}
        with contextlib.suppress(OSError, ValueError):
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
            if isinstance(loaded, dict):
                self._values = {
                    key: value for key, value in loaded.items() if key in REGISTRY and REGISTRY[key].accepts(value)
                }
        # The temporary file of a save that was interrupted is registered, and removed at the next start
        # (calfdesk.leftovers), like every other.
        remove_stale()

    @property
    def first_weekday(self) -> int:
        """0 when weeks start on Monday, 6 on Sunday (Python's weekday numbers)."""
        return WEEKDAY_NUMBERS[self.week_start]

    def reminder_time(self, kind: ReminderKind) -> dt.time | None:
        """When to remind of `kind` (log, morning or evening), None when that reminder is off."""
        return parse_time(self.value(REMINDER_SETTINGS[kind]))

    def value(self, setting: Setting[T]) -> T:
        """The value of a setting handed around as an object (the preferences dialog's rows)."""
        return cast(T, self._values.get(setting.key, setting.default))

    def get(self, key: str) -> object:
        """A value by key, for code that compares every setting alike; typed reads use the attributes."""
        return self.value(REGISTRY[key])

    def set(self, key: str, value: object) -> None:
        setting = REGISTRY[key]
        if not setting.accepts(value):
            raise ValueError(f"{key}: {value!r} is not an accepted value")
        self._values[key] = value
        self._save()

    def _save(self) -> None:
        paths.ensure_private_dir(self.folder)
        descriptor, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=self.folder)
        try:
            with registered(Path(temp_name)), os.fdopen(descriptor, "w", encoding="utf-8") as stream:
                json.dump(self._values, stream, indent=2, sort_keys=True)
                stream.flush()
                os.chmod(temp_name, paths.FILE_MODE)
                Path(temp_name).replace(self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                Path(temp_name).unlink()
            raise


REGISTRY: Final[dict[str, Setting[Any]]] = {
    setting.key: setting for setting in vars(Settings).values() if isinstance(setting, Setting)
}
REMINDER_SETTINGS: Final[dict[ReminderKind, Setting[str]]] = {
    "log": Settings.reminder_log_time,
    "morning": Settings.reminder_morning_time,
    "evening": Settings.reminder_evening_time,
}
WEEKDAY_NUMBERS: Final[dict[WeekStart, int]] = {"monday": 0, "sunday": 6}


def load_settings(data_dir: Path, *, overridden: bool) -> Settings:
    """The settings that go with this data folder (beside it when it was chosen explicitly)."""
    return Settings(paths.config_dir(data_dir, overridden=overridden))


def speak(settings: Settings) -> str:
    """Speak the runner's language from now on (CALFDESK_LANG, this setting, the desktop's locale, English:
    calfdesk.i18n.choose_language) and return it. Texts are read from its catalogue until a window installs
    Qt's translators."""
    from calfdesk.assets import available_languages, read_catalogue

    code = i18n.choose_language(settings.language, available_languages())
    i18n.set_language(code)
    i18n.read_translations_with(read_catalogue)
    return code


def resolve_data_dir(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: `--data-dir`, else `CALFDESK_DATA_DIR`, else the folder the runner moved their data
    to (Preferences), else the platform's user data folder."""
    if cli_value:
        return Path(cli_value).expanduser().absolute()
    env_value = os.environ.get(paths.DATA_DIR_ENV)
    if env_value:
        return Path(env_value).expanduser().absolute()
    remembered = Settings(paths.platform_config_dir()).data_dir
    # A moved folder that is gone (an unplugged drive) is not recreated empty: the old folder still has the data.
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return paths.platform_data_dir()
