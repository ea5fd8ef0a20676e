"""An entry the runner was told is saved survives the process being killed at any moment."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from calfdesk import paths
from calfdesk.storage.database import open_database
from tests.reliability import REPO_ROOT, cli_env, integrity

DRIVER_ROUNDS = 24
CLI_ROUNDS = 4
BATCH_ROWS = 50


def _kill_after(process: subprocess.Popen[str], delay: float) -> list[str]:
    assert process.stdout is not None
    first = process.stdout.readline()
    assert first.strip() == "ready", first
    time.sleep(delay)  # the random moment of the crash
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    lines = process.stdout.read().splitlines()
    process.stdout.close()
    return lines


@pytest.mark.slow
def test_entries_reported_as_saved_survive_sigkill(data_dir: Path) -> None:
    seed = random.randrange(1 << 30)
    chooser = random.Random(seed)
    db_path = paths.database_path(data_dir)
    open_database(data_dir).close()
    reported_ids: set[int] = set()
    reported_batches: set[str] = set()
    started = time.monotonic()

    for round_number in range(DRIVER_ROUNDS):
        process = subprocess.Popen(
            [
                sys.executable,
                str(REPO_ROOT / "tests" / "storage" / "crash_logger.py"),
                str(data_dir),
                str(round_number),
            ],
            stdout=subprocess.PIPE,
            text=True,
            env=cli_env(),
        )
        for line in _kill_after(process, chooser.uniform(0.0, 0.35)):
            kind, _, rest = line.partition(" ")
            if kind == "id":
                reported_ids.add(int(rest))
            elif kind == "batch":
                reported_batches.add(rest.split()[0])

    for _ in range(CLI_ROUNDS):
        # The real command: each `log` prints its id only after the entry is committed.
        command = f"{sys.executable} -m calfdesk --data-dir {data_dir} log --soreness 5 --note cli"
        script = f"while true; do {command} || exit 1; done"
        process = subprocess.Popen(
            ["bash", "-c", f"echo ready; {script}"],
            stdout=subprocess.PIPE,
            text=True,
            env=cli_env(),
            start_new_session=True,
        )
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "ready"
        time.sleep(chooser.uniform(0.5, 2.5))
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
        reported_ids.update(int(line) for line in process.stdout.read().split())
        process.stdout.close()

    elapsed = time.monotonic() - started
    assert integrity(db_path) == [("ok",)], f"seed {seed}"
    connection = sqlite3.connect(db_path)
    try:
        stored_ids = {row[0] for row in connection.execute("SELECT id FROM diary_entry")}
        batch_sizes = dict(
            connection.execute("SELECT notes, COUNT(*) FROM diary_entry WHERE notes LIKE 'batch-%' GROUP BY notes")
        )
    finally:
        connection.close()
    print(f"seed {seed}: {len(reported_ids)} entries and {len(reported_batches)} imports reported saved")
    assert reported_ids, "no entry was saved before the kills; the test proves nothing"
    assert reported_ids <= stored_ids, f"lost {sorted(reported_ids - stored_ids)[:10]} (seed {seed})"
    assert all(size == BATCH_ROWS for size in batch_sizes.values()), f"half an import was kept (seed {seed})"
    assert reported_batches <= set(batch_sizes), f"seed {seed}"
    reopened = open_database(data_dir)
    reopened.close()
    assert elapsed < 60, f"the crash test took {elapsed:.0f} s"
