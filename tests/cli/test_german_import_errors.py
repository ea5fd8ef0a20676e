"""`CALFDESK_LANG=de calfdesk runs import …` says why a file cannot be read in German, and what the importers
decide from an error (a FIT file that holds no activity, an Apple Health workout without a usable duration)
does not depend on the English words of its message."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.cli.conftest import Runner
from tests.cli.test_history_import import write
from tests.export_archives import health_export, health_workout, health_xml
from tests.training_files import _fit_time, _FitWriter, gpx_text

MORNING = dt.datetime(2026, 3, 5, 7, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALFDESK_LANG", "de")


def settings_fit() -> bytes:
    """A FIT file a watch keeps beside its activities: its file_id names `settings` (2), not an activity."""
    writer = _FitWriter()
    writer.message(0, [(0, "enum", 2), (1, "uint16", 1), (4, "uint32", _fit_time(MORNING))])
    return writer.finish()


@pytest.mark.usefixtures("german")
def test_a_file_of_no_format_calfdesk_reads_is_refused_in_german(cli: Runner, tmp_path: Path) -> None:
    code, _, err = cli("runs", "import", str(write(tmp_path, "notes.txt", b"just some text")))
    assert code == 2
    (line,) = err.splitlines()
    assert line.startswith(f"calfdesk: {tmp_path / 'notes.txt'}: keine Aktivitätsdatei im Format GPX, TCX, FIT")
    assert line.endswith(", Suunto JSON oder RunningAHEAD XML")
    assert "not a" not in line and " or " not in line


@pytest.mark.usefixtures("german")
def test_a_csv_of_neither_export_is_described_in_german(cli: Runner, tmp_path: Path) -> None:
    code, _, err = cli("runs", "import", str(write(tmp_path, "diary.csv", b"date,soreness\n2026-03-02,3\n")))
    assert code == 2
    assert (
        "diary.csv: eine CSV-Datei, die weder die activities.csv von Strava noch die Activities.csv von Garmin "
        "Connect ist (ihr Inhalt passt zu keinem von beiden)"
    ) in err


@pytest.mark.usefixtures("german")
def test_a_damaged_packed_file_names_its_damage_in_german(cli: Runner, tmp_path: Path) -> None:
    code, _, err = cli("runs", "import", str(write(tmp_path, "run.gpx.gz", b"\x1f\x8b\x08\x00broken")))
    assert code == 2
    assert "run.gpx.gz: die gepackte Datei (.gz) ist abgeschnitten" in err and "truncated" not in err


@pytest.mark.usefixtures("german")
def test_a_note_on_a_file_read_around_is_german(cli: Runner, tmp_path: Path) -> None:
    # One point with a time but no position, after the track's own points.
    point = "<trkpt><time>2026-03-05T09:00:00Z</time></trkpt>"
    unplaced = gpx_text(start=MORNING).replace("</trkseg>", point + "</trkseg>", 1)
    code, out, err = cli("runs", "import", str(write(tmp_path, "run.gpx", unplaced.encode())))
    assert code == 0, err
    assert "Trackpunkte ohne Position übergangen: 1" in out
    assert "passed over" not in out


def test_a_watch_settings_file_in_a_folder_is_not_an_activity_file_in_either_language(
    cli: Runner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not a failed file: the folder's other runs are read and the settings file is counted as not an activity
    file, whatever language the messages are in."""
    folder = tmp_path / "watch"
    write(folder, "settings.fit", settings_fit())
    write(folder, "run.gpx", gpx_text(start=MORNING).encode())
    code, out, err = cli("runs", "import", str(folder))
    assert code == 0, err
    assert "1 other file is not an activity file and was not read" in out
    assert "settings.fit" not in out + err

    monkeypatch.setenv("CALFDESK_LANG", "de")
    write(folder, "run.gpx", gpx_text(start=MORNING + dt.timedelta(days=1)).encode())
    code, out, err = cli("runs", "import", str(folder))
    assert code == 0, err
    assert "1 weitere Datei ist keine Aktivitätsdatei und wurde nicht gelesen" in out
    assert "settings.fit" not in out + err


@pytest.mark.usefixtures("german")
def test_a_named_settings_file_is_refused_in_german(cli: Runner, tmp_path: Path) -> None:
    code, _, err = cli("runs", "import", str(write(tmp_path, "settings.fit", settings_fit())))
    assert code == 2
    assert "settings.fit: diese FIT-Datei enthält 'settings', keine aufgezeichnete Aktivität" in err


@pytest.mark.usefixtures("german")
def test_an_apple_health_workout_without_a_usable_duration_is_left_out_in_german(cli: Runner, tmp_path: Path) -> None:
    workouts = [health_workout(MORNING, 30.0, km=5.0), health_workout(MORNING + dt.timedelta(days=1), 0.0, km=4.0)]
    path = write(tmp_path, "export.zip", health_export(health_xml(workouts)))
    code, out, err = cli("runs", "import", str(path))
    assert code == 0, err
    assert "1 Lauftraining ohne brauchbare Dauer" in out, out
    assert "duration" not in out
