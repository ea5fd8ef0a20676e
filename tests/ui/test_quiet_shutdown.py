"""Shutdown is quiet: background work that finishes after its window (and relay) is gone says nothing, reads
still running at the end of the application are stopped, and every write queued or running when the window
closes is in the data file afterwards. Raced many times."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
import shiboken6

from calfdesk.ui import tasks
from tests.reliability import cli_env

QUIET_TEXTS = ("Signal source has been deleted", "Error calling Python override", "Traceback")


@pytest.mark.parametrize("ending", ["succeeds", "fails", "reports progress"])
def test_work_finishing_after_its_relay_is_gone_says_nothing(qtbot, capfd: pytest.CaptureFixture[str], ending: str):
    for _ in range(40):
        gate = threading.Event()
        finished = threading.Event()

        def work(context: tasks.TaskContext, gate: threading.Event = gate, finished: threading.Event = finished) -> int:
            gate.wait(5)
            try:
                if ending == "fails":
                    raise ValueError("the file went away")
                if ending == "reports progress":
                    context.progress(1, 2, "half-way")
                return 1
            finally:
                finished.set()

        handle = tasks.run_task(work, lambda _result: None, lambda _error: None)
        shiboken6.delete(handle.relay)  # the window that asked, and its relay, are gone
        gate.set()
        assert finished.wait(5)
        tasks.wait_for_all()
    _out, err = capfd.readouterr()
    assert not any(text in err for text in QUIET_TEXTS), err


# Reads and writes through the product's task runner, the application quit at a random moment among them, then
# the same end as the window's (tasks.shutdown, then the data file closed). Prints how many writes were queued.
RACE = """
import datetime as dt, random, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from calfdesk.domain.diary import make_entry
from calfdesk.storage import diary_store
from calfdesk.storage.database import open_database
from calfdesk.ui import tasks

rng = random.Random(int(sys.argv[2]))
app = QApplication([])
db = open_database(Path(sys.argv[1]))
queued = 0

def read(_context):
    time.sleep(rng.random() / 50)
    return len(diary_store.list_entries(db))

def write(number):
    def work(_context):
        time.sleep(rng.random() / 100)
        return diary_store.add_entry(db, make_entry(
            local_date=dt.date(2026, 3, 1), local_time=dt.time(7), soreness=number % 11,
            notes=f"write {sys.argv[2]}-{number}")).id
    return work

def start_some():
    global queued
    for _ in range(rng.randrange(1, 6)):
        tasks.run_task(read, lambda _r: None, lambda e: print("read failed", e, file=sys.stderr))
    tasks.run_task(write(queued), lambda _r: None, lambda e: print("write failed", e, file=sys.stderr), writes=True)
    queued += 1

timer = QTimer()
timer.timeout.connect(start_some)
timer.start(1)
QTimer.singleShot(rng.randrange(5, 120), app.quit)
app.exec()
timer.stop()
tasks.shutdown()
db.close()
print(queued, flush=True)
"""


@pytest.mark.slow
def test_shutdown_raced_against_reads_and_writes_is_quiet_and_loses_no_write(tmp_path: Path) -> None:
    import sqlite3

    data_dir = tmp_path / "data"
    expected: set[str] = set()
    for round_number in range(12):
        result = subprocess.run(
            [sys.executable, "-c", RACE, str(data_dir), str(round_number)],
            capture_output=True,
            text=True,
            env={**cli_env(), "QT_QPA_PLATFORM": "offscreen"},
            timeout=120,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        assert not result.stderr.strip(), result.stderr
        expected |= {f"write {round_number}-{number}" for number in range(int(result.stdout.split()[-1]))}
    connection = sqlite3.connect(data_dir / "calfdesk.sqlite3")
    try:
        stored = {row[0] for row in connection.execute("SELECT notes FROM diary_entry")}
    finally:
        connection.close()
    assert expected and expected <= stored, sorted(expected - stored)[:5]


@pytest.mark.slow
def test_the_window_start_and_end_print_nothing_time_after_time(tmp_path: Path) -> None:
    """The reported symptom: about one `calfdesk --smoke` in six printed a relay error as the window closed with
    its first background work (the daily check, the pages' loads) still running."""
    from tests.reliability import make_diary

    data_dir = tmp_path / "data"
    make_diary(data_dir, 300)
    for _ in range(8):
        result = subprocess.run(
            [sys.executable, "-m", "calfdesk", "--data-dir", str(data_dir), "--smoke"],
            capture_output=True,
            text=True,
            env={**cli_env(), "QT_QPA_PLATFORM": "offscreen"},
            timeout=120,
            check=False,
        )
        assert result.returncode == 0 and not result.stderr.strip(), result.stderr
