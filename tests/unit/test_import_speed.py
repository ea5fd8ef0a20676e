"""Strava exports with FIT files read each file once, and only as far as needed: the wall-clock offset of a
FIT file without a full read, and an archive's files for a bounded time, with progress."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from calfdesk.importers import read_activity_file, strava_export
from calfdesk.importers.fit import wall_clock_offset
from calfdesk.services import training
from tests.conftest import SHARED_RUNS
from tests.export_archives import StravaActivity
from tests.export_archives import strava_export as strava_zip
from tests.training_files import START, fit_bytes

DATA = Path(__file__).resolve().parents[1] / "data"


def test_the_offset_walk_agrees_with_the_full_reading_on_real_files() -> None:
    files = [DATA / "fit" / "activity-settings.fit"]
    if SHARED_RUNS.is_dir():
        files += [SHARED_RUNS / "fitdecode_fenix2_run.fit", SHARED_RUNS / "runpandas_fr645m_run.fit"]
    for path in files:
        data = path.read_bytes()
        [run] = read_activity_file(path.name, data).runs
        assert wall_clock_offset(data) == run.start.utcoffset(), path.name
    # A FIT file that records no offset, and files that are not FIT at all.
    assert wall_clock_offset((DATA / "fit" / "compressed-speed-distance.fit").read_bytes()) is None
    assert wall_clock_offset(b"<gpx/>") is None
    assert wall_clock_offset(fit_bytes()[:30]) is None


def _export(tmp_path: Path, rows: int) -> Path:
    # Every row names the same FIT file (a crafted export), which records a wall clock at UTC+1.
    recorded = fit_bytes(distance_m=5000.0, local_offset_min=60)
    activities = [
        StravaActivity(100 + index, "Mar 2, 2026, 7:00:00 AM", "Run", 5.0, file_name="same.fit", file_data=recorded)
        for index in range(rows)
    ]
    path = tmp_path / "export_1.zip"
    path.write_bytes(strava_zip(activities))
    return path


def test_a_file_named_by_many_rows_is_read_once_and_gives_its_offset(db, tmp_path: Path) -> None:
    told: list[str] = []
    report = training.import_files(
        db, [_export(tmp_path, 40)], progress=lambda _done, _total, label: told.append(label)
    )
    assert sum(label.endswith("same.fit.gz") for label in told) == 1
    runs = training.list_runs(db)
    # The 40 rows are one run (the same start and distance) at the file's wall clock.
    assert report.added == 1 and report.duplicates == 39
    assert runs[0].start.utcoffset() == dt.timedelta(hours=1)
    assert runs[0].start == START


def test_an_archive_whose_files_take_too_long_keeps_its_rows_from_the_csv(
    db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(strava_export, "LINKED_FILES_BUDGET_S", -1)
    report = training.import_files(db, [_export(tmp_path, 3)])
    [item] = report.files
    assert item.added == 1
    assert "3 runs were taken from the CSV alone: reading their files would have taken more than" in item.notes[0]
    assert training.list_runs(db)[0].start.utcoffset() == dt.timedelta(0)
