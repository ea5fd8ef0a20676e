"""A diary CSV import holds memory bounded by the format, not the file: ten times the rows cost (almost) no
more memory, on the command line (peak resident memory of a fresh process) and in the window's preview and
import (Python's own allocations, traced). All or nothing still holds for a large file."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability import REPO_ROOT, cli_env

pytestmark = pytest.mark.slow

HEADER = "date,time,context,soreness,location,side,stiffness_min,notes\r\n"
FIRST_DAY = dt.date(1980, 1, 1)


def write_csv(path: Path, rows: int, *, last_line: str | None = None) -> Path:
    """`rows` distinct diary rows (twenty a day from 1980, so that a million rows end before today), each with a
    note, then `last_line` if given."""
    contexts = ("morning", "during_run", "after_run", "other")
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        for index in range(rows):
            day = FIRST_DAY + dt.timedelta(days=index // 20)
            hour = 4 + index % 20
            handle.write(
                f"{day.isoformat()},{hour:02d}:15,{contexts[index % 4]},{index % 11},calf,left,{index % 30},"
                f"tight after the hills on day {index}\r\n"
            )
        if last_line is not None:
            handle.write(last_line)
    return path


def stored_count(data_dir: Path) -> int:
    connection = sqlite3.connect(data_dir / "calfdesk.sqlite3")
    try:
        return int(connection.execute("SELECT COUNT(*) FROM diary_entry").fetchone()[0])
    finally:
        connection.close()


def peak_rss_of(command: list[str]) -> tuple[float, int, str, str]:
    """Run `command`, reaping it with wait4 to read its own peak resident memory (MB)."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env())
    assert process.stdout is not None and process.stderr is not None
    # The outputs are a line or two; read them to the end, then reap the child ourselves.
    with process.stdout, process.stderr:
        out = process.stdout.read().decode()
        err = process.stderr.read().decode()
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_maxrss / 1024, process.returncode, out, err


def cli_import(data_dir: Path, csv_path: Path) -> tuple[float, int, str, str]:
    return peak_rss_of(
        [sys.executable, "-m", "calfdesk", "--data-dir", str(data_dir), "import", "--csv", str(csv_path)]
    )


def test_a_command_line_import_of_ten_times_the_rows_needs_no_more_memory(tmp_path: Path) -> None:
    small = write_csv(tmp_path / "small.csv", 20_000)
    large = write_csv(tmp_path / "large.csv", 200_000)
    peak_small, code, out, err = cli_import(tmp_path / "a", small)
    assert (code, err) == (0, ""), err
    assert out.strip() == "added 20000, skipped 0 duplicates"
    peak_large, code, out, err = cli_import(tmp_path / "b", large)
    assert (code, err) == (0, ""), err
    assert out.strip() == "added 200000, skipped 0 duplicates"
    assert stored_count(tmp_path / "b") == 200_000
    # Holding the rows would cost about 1 KB each: 180 MB more for the large file. Streamed, the difference
    # is SQLite's page cache and allocator noise.
    grown = peak_large - peak_small
    file_mb = large.stat().st_size / (1024 * 1024)
    assert grown < 20, f"peak {peak_small:.0f} MB for 20k rows, {peak_large:.0f} MB for 200k ({file_mb:.0f} MB)"


def test_a_problem_on_the_last_line_of_a_large_file_imports_nothing(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    good = write_csv(tmp_path / "good.csv", 1_000)
    assert cli_import(data_dir, good)[1] == 0
    bad = write_csv(tmp_path / "bad.csv", 100_000, last_line="2026-03-01,07:00,morning,eleven,calf,left,,\r\n")
    before = (data_dir / "calfdesk.sqlite3").read_bytes()
    _peak, code, out, err = cli_import(data_dir, bad)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "line 100002" in err and "soreness" in err, err
    assert stored_count(data_dir) == 1_000
    assert (data_dir / "calfdesk.sqlite3").read_bytes() == before


WINDOW_IMPORT = """
import sys, tracemalloc
from pathlib import Path
from calfdesk.services import diary
from calfdesk.storage.database import open_database

db = open_database(Path(sys.argv[1]))
tracemalloc.start()
preview = diary.preview_import(db, Path(sys.argv[2]))
added = diary.apply_import(db, preview)
_current, peak = tracemalloc.get_traced_memory()
print(preview.new_count, len(preview.to_add), added, peak)
db.close()
"""


def window_import(data_dir: Path, csv_path: Path) -> tuple[int, int, int, int]:
    result = subprocess.run(
        [sys.executable, "-c", WINDOW_IMPORT, str(data_dir), str(csv_path)],
        capture_output=True,
        text=True,
        env=cli_env(),
        cwd=REPO_ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    new, shown, added, peak = (int(part) for part in result.stdout.split())
    return new, shown, added, peak


def test_the_windows_preview_and_import_trace_the_same_memory_for_ten_times_the_rows(tmp_path: Path) -> None:
    new, shown, added, peak_small = window_import(tmp_path / "a", write_csv(tmp_path / "small.csv", 20_000))
    assert (new, shown, added) == (20_000, 2_000, 20_000)
    new, shown, added, peak_large = window_import(tmp_path / "b", write_csv(tmp_path / "large.csv", 200_000))
    assert (new, shown, added) == (200_000, 2_000, 200_000)
    assert stored_count(tmp_path / "b") == 200_000
    # The preview keeps its first rows to show (the same number for both files) and nothing per row beyond.
    assert peak_large < peak_small * 1.5 + 2_000_000, (
        f"traced peak {peak_small} B for 20k rows, {peak_large} B for 200k"
    )


def test_a_file_changed_between_preview_and_import_imports_nothing(tmp_path: Path) -> None:
    from calfdesk.errors import InvalidInput
    from calfdesk.services import diary
    from calfdesk.storage.database import open_database

    source = write_csv(tmp_path / "diary.csv", 500)
    db = open_database(tmp_path / "data")
    try:
        preview = diary.preview_import(db, source)
        assert preview.can_import and preview.new_count == 500
        # Same size, one soreness changed: only the bytes tell.
        text = source.read_text(encoding="utf-8")
        source.write_text(text.replace(",0,calf,left", ",1,calf,left", 1), encoding="utf-8", newline="")
        os.utime(source, ns=(preview.fingerprint[1], preview.fingerprint[1]) if preview.fingerprint else None)
        with pytest.raises(InvalidInput, match="changed"):
            diary.apply_import(db, preview)
        source.write_text(text + "2026-03-01,07:00,morning,4,calf,left,,\r\n", encoding="utf-8", newline="")
        with pytest.raises(InvalidInput, match="changed"):
            diary.apply_import(db, preview)
        assert stored_count(tmp_path / "data") == 0
        source.write_text(text, encoding="utf-8", newline="")
        assert diary.apply_import(db, diary.preview_import(db, source)) == 500
    finally:
        db.close()
    assert stored_count(tmp_path / "data") == 500


ACTIVITY_READ = """
import sys, tracemalloc
from pathlib import Path
from calfdesk.importers import read_activity_path

tracemalloc.start()
parsed = read_activity_path(Path(sys.argv[1]))
_current, peak = tracemalloc.get_traced_memory()
print(parsed.format, len(parsed.runs), parsed.skipped_count, peak)
"""


def write_activities(path: Path, rows: int, *, garmin: bool) -> Path:
    """An activity export of `rows` rides and ten runs: Strava's activities.csv or Garmin Connect's CSV."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        if garmin:
            handle.write("Activity Type,Date,Title,Distance,Time,Total Ascent\r\n")
        else:
            handle.write(
                "Activity ID,Activity Date,Activity Name,Activity Type,Elapsed Time,Distance,Moving Time,"
                "Elevation Gain,Activity Gear\r\n"
            )
        for index in range(rows + 10):
            moment = dt.datetime(1990, 1, 1, 7) + dt.timedelta(hours=6 * index)
            kind = "Running" if index % (rows // 10 + 1) == 0 else "Cycling"
            if garmin:
                handle.write(f"{kind},{moment:%Y-%m-%d %H:%M:%S},Loop {index},12.5,00:45:00,80\r\n")
            else:
                handle.write(
                    f'{index},"{moment:%b %d, %Y, %I:%M:%S %p}",Loop {index},{kind.replace("ning", "")},'
                    f"2700,12.5,2600,80,Trail shoes\r\n"
                )
    return path


def read_activities(path: Path) -> tuple[str, int, int, int]:
    result = subprocess.run(
        [sys.executable, "-c", ACTIVITY_READ, str(path)],
        capture_output=True,
        text=True,
        env=cli_env(),
        cwd=REPO_ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    kind, runs, skipped, peak = result.stdout.split()
    return kind, int(runs), int(skipped), int(peak)


@pytest.mark.parametrize("garmin", [False, True], ids=["strava", "garmin"])
def test_an_activity_export_of_ten_times_the_rows_traces_the_same_memory(tmp_path: Path, garmin: bool) -> None:
    kind, runs, skipped, peak_small = read_activities(write_activities(tmp_path / "small.csv", 5_000, garmin=garmin))
    assert (kind, runs, skipped) == ("garmin" if garmin else "strava", 10, 5_000)
    kind, runs, skipped, peak_large = read_activities(write_activities(tmp_path / "large.csv", 50_000, garmin=garmin))
    assert (runs, skipped) == (10, 50_000)
    # Held whole, the large file's rows cost tens of megabytes; streamed, one row at a time.
    traced = f"traced peak {peak_small} B for 5k rows, {peak_large} B for 50k"
    assert peak_large < peak_small * 1.5 + 1_000_000, traced
