"""The benchmark suite itself, run small and once (`python -m benchmarks --quick`), so it cannot rot.

Targets are not asserted here (small data on a shared machine says little); the figures must be real."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow

ROWS = {
    "startup",
    "startup_big",
    "first_paint",
    "smoke_vs_bare",
    "cli_log",
    "diary_open",
    "diary_redraw",
    "csv_export",
    "csv_import",
    "csv_import_memory",
    "runs_import",
    "runs_import_block",
    "health_import",
    "health_import_memory",
    "strava_import",
    "strava_fit",
    "gpx_read",
    "import_memory_gpx",
    "import_memory_csv",
}


def test_quick_suite_measures_every_row_against_its_baseline(tmp_path: Path) -> None:
    output = tmp_path / "results.json"
    env = {key: value for key, value in os.environ.items() if key != "CALFDESK_DATA_DIR"}
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--work", str(tmp_path / "work"), "--output", str(output)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "| what | calfdesk | baseline | ratio | target | result |" in result.stdout
    report = json.loads(output.read_text(encoding="utf-8"))
    rows = {row["key"]: row for row in report["rows"]}
    assert set(rows) >= ROWS, f"missing rows: {ROWS - set(rows)}"
    assert set(rows) <= ROWS | {"csv_export_vs_sqlite3"}
    for key, row in rows.items():
        assert row["figure"] > 0 and row["baseline"] > 0, key
        assert math.isclose(row["ratio"], row["figure"] / row["baseline"], rel_tol=0.01, abs_tol=0.01), key
        assert row["samples"]["measured"] and row["samples"]["baseline"], key
        if row["target"] is None:
            assert row["pass"] is None
        else:
            value = row["ratio"] if row["target_kind"] == "ratio" else row["figure"]
            assert row["pass"] == (value <= row["target"]), key
    runs = rows["runs_import"]["details"]
    assert all(added == runs["files"] for added in runs["runs_added"]), "every generated run is imported"
    assert not runs["failed_files"]
    assert all(reports >= runs["files"] for reports in runs["progress_reports"]), "progress is shown per file"
    assert rows["diary_redraw"]["details"]["frames"] >= 40
    assert "added 30 runs in all" in rows["strava_fit"]["details"]["output"], "every row of the FIT export is a run"
    assert rows["csv_import_memory"]["unit"] == "MB"
    painted, smoke = rows["first_paint"], rows["smoke_vs_bare"]
    assert painted["baseline"] == smoke["baseline"], "first paint and --smoke against the same bare window"
    assert painted["figure"] < smoke["figure"], "the window paints before it has loaded"
    machine = report["machine"]
    assert machine["cpus"] and machine["python"] and machine["pyside6"]
    assert report["settings"]["quick"] is True
