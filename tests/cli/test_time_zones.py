"""Entries keep the runner's wall-clock date and time across daylight-saving changes and when the computer's
time zone changes; the UTC offset stored beside them is the one the wall clock had (see docs/RELIABILITY.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability import cli_env, run_cli

BERLIN_ENTRIES = [
    ("2026-07-01", "07:30", 120),  # summer time
    ("2026-12-01", "21:00", 60),  # winter time
    ("2026-03-29", "01:59", 60),  # just before clocks jump from 02:00 to 03:00
    ("2026-03-29", "02:30", 60),  # a time that does not exist that day: kept as typed, offset before the jump
    ("2026-03-29", "03:00", 120),
    ("2026-10-25", "01:59", 120),
    ("2026-10-25", "02:30", 120),  # happens twice that day: the first (summer-time) one
    ("2026-10-25", "03:00", 60),
]

TZSET_SCRIPT = r"""
import datetime as dt, json, os, sys, time
from pathlib import Path
from calfdesk.domain.diary import make_entry
from calfdesk.services import diary
from calfdesk.storage import diary_store
from calfdesk.storage.database import open_database

def use(zone):
    os.environ["TZ"] = zone
    time.tzset()

db = open_database(Path(sys.argv[1]))
report = {}
use("Europe/Berlin")
DAY, AT = dt.date(2026, 3, 29), dt.time(2, 30)
diary_store.add_entry(db, make_entry(local_date=DAY, local_time=AT, soreness=4, notes="berlin"))
report["berlin_now_offset"] = dt.datetime.now().astimezone().utcoffset().total_seconds() // 60
for zone in ("America/New_York", "Asia/Kathmandu", "UTC", "Australia/Lord_Howe"):
    use(zone)
    diary_store.add_entry(db, make_entry(local_date=DAY, local_time=AT, soreness=4, notes=zone))
    report[zone] = [diary.entry_as_json(entry) for entry in diary_store.list_entries(db)]
db.close()
print(json.dumps(report))
"""


def log_in(zone: str, data_dir: Path, date: str, time: str) -> None:
    result = run_cli(data_dir, "log", "--soreness", "3", "--date", date, "--time", time, TZ=zone)
    assert result.returncode == 0, result.stderr


def listed_in(zone: str, data_dir: Path) -> list[dict[str, object]]:
    result = run_cli(data_dir, "entries", "--json", TZ=zone)
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout))


@pytest.mark.slow
def test_daylight_saving_boundaries_in_berlin(data_dir: Path) -> None:
    for date, time, _offset in BERLIN_ENTRIES:
        log_in("Europe/Berlin", data_dir, date, time)
    listed = listed_in("Europe/Berlin", data_dir)
    stored = {(item["date"], item["time"]): item["utc_offset_min"] for item in listed}
    assert stored == {(date, time): offset for date, time, offset in BERLIN_ENTRIES}
    # Listed by wall clock: the repeated 02:30 sits between 01:59 and 03:00 of its day.
    october = [item["time"] for item in listed if item["date"] == "2026-10-25"]
    assert october == ["01:59", "02:30", "03:00"]


@pytest.mark.slow
def test_wall_clock_is_kept_when_the_computer_changes_time_zone(data_dir: Path) -> None:
    for date, time, _offset in BERLIN_ENTRIES[:2]:
        log_in("Europe/Berlin", data_dir, date, time)
    in_berlin = listed_in("Europe/Berlin", data_dir)
    exported_in_berlin = run_cli(data_dir, "export", "--csv", "-", TZ="Europe/Berlin").stdout
    for zone in ("America/New_York", "Asia/Kathmandu", "UTC", "Pacific/Kiritimati"):
        assert listed_in(zone, data_dir) == in_berlin, zone
        assert run_cli(data_dir, "export", "--csv", "-", TZ=zone).stdout == exported_in_berlin, zone
    log_in("America/New_York", data_dir, "2026-07-02", "06:00")
    after = {(item["date"], item["time"]): item["utc_offset_min"] for item in listed_in("Asia/Kathmandu", data_dir)}
    assert after == {("2026-07-01", "07:30"): 120, ("2026-12-01", "21:00"): 60, ("2026-07-02", "06:00"): -240}


def test_entries_stay_put_when_the_time_zone_changes_while_calfdesk_runs(data_dir: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", TZSET_SCRIPT, str(data_dir)],
        capture_output=True,
        text=True,
        env=cli_env(),
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    offsets = {}
    for zone in ("America/New_York", "Asia/Kathmandu", "UTC", "Australia/Lord_Howe"):
        entries = report[zone]
        # Earlier entries never move: same date, time and offset whatever the zone is now.
        assert [(e["date"], e["time"]) for e in entries] == [("2026-03-29", "02:30")] * len(entries)
        offsets[zone] = entries[-1]["utc_offset_min"]
        assert entries[0]["utc_offset_min"] == 60 and entries[0]["notes"] == "berlin"
    assert offsets == {"America/New_York": -240, "Asia/Kathmandu": 345, "UTC": 0, "Australia/Lord_Howe": 660}
