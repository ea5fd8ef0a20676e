"""The settings registry: typed values with defaults, reminder times, ranges, and files edited by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from calfdesk.settings import REGISTRY, Settings, optional_time, parse_time


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("", True),
        ("07:30", True),
        ("23:59", True),
        ("00:00", True),
        ("7:30", False),
        ("24:00", False),
        ("07:30:10", False),
        ("noon", False),
    ],
)
def test_reminder_times_are_hh_mm_or_off(text: str, accepted: bool) -> None:
    assert optional_time(text) is accepted
    assert REGISTRY["reminder_log_time"].accepts(text) is accepted


def test_parse_time_gives_the_time_or_none_when_off() -> None:
    assert parse_time("20:15") == dt.time(20, 15)
    assert parse_time("") is None


@pytest.mark.parametrize(
    ("key", "value", "accepted"),
    [
        ("backup_keep_daily", 7, True),
        ("backup_keep_daily", 0, False),
        ("backup_keep_daily", 91, False),
        ("backup_keep_weekly", 0, True),
        ("backup_keep_weekly", 104, True),
        ("backup_keep_weekly", "4", False),
        ("units", "mi", True),
        ("units", "miles", False),
        ("week_start", "sunday", True),
        ("theme", "dark", True),
        ("theme", "blue", False),
        ("data_dir", "/srv/calf", True),
        ("data_dir", "relative/folder", False),
        ("disclaimer_acknowledged", True, True),
        ("disclaimer_acknowledged", 1, False),
    ],
)
def test_registry_accepts_only_sensible_values(key: str, value: object, accepted: bool) -> None:
    assert REGISTRY[key].accepts(value) is accepted


def test_values_are_saved_and_read_back(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    settings.set("reminder_evening_time", "19:45")
    settings.set("backup_keep_daily", 14)
    again = Settings(tmp_path)
    assert again.get("reminder_evening_time") == "19:45"
    assert again.get("backup_keep_daily") == 14
    assert again.get("reminder_morning_time") == "", "an unset reminder is off"
    assert (tmp_path / "settings.json").stat().st_mode & 0o777 == 0o600


def test_setting_a_bad_value_is_refused_and_nothing_is_saved(tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    with pytest.raises(ValueError, match="reminder_log_time"):
        settings.set("reminder_log_time", "25:00")
    assert not (tmp_path / "settings.json").exists()


def test_a_hand_edited_file_with_bad_values_falls_back_to_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps({"reminder_log_time": "8 pm", "backup_keep_weekly": -3, "units": "mi", "unknown": 1}),
        encoding="utf-8",
    )
    settings = Settings(tmp_path)
    assert settings.get("reminder_log_time") == ""
    assert settings.get("backup_keep_weekly") == 4
    assert settings.get("units") == "mi"


def test_typed_values_read_as_attributes_the_way_the_file_holds_them(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        json.dumps({"units": "mi", "week_start": "sunday", "reminder_morning_time": "07:15", "backup_keep_weekly": 9}),
        encoding="utf-8",
    )
    settings = Settings(tmp_path)
    assert settings.units == "mi"
    assert settings.week_start == "sunday" and settings.first_weekday == 6
    assert settings.reminder_time("morning") == dt.time(7, 15)
    assert settings.reminder_time("evening") is None, "an unset reminder is off"
    assert settings.backup_keep_weekly == 9
    assert settings.theme == "system", "a missing value reads as its default"
    settings.set("week_start", "monday")
    assert settings.first_weekday == 0


def test_the_settings_file_name_is_declared_once(tmp_path: Path) -> None:
    from calfdesk import paths

    Settings(tmp_path).set("units", "mi")
    assert [path.name for path in tmp_path.iterdir()] == [paths.SETTINGS_NAME]
