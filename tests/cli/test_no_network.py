"""No command ever opens a network connection (audit hook on every socket use, in a fresh interpreter)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability import REPO_ROOT, cli_env, make_diary

GUARD = REPO_ROOT / "tests" / "network_guard"
CSV = b"date,time,soreness,notes\n2026-03-01,07:30,3,easy jog\n2026-03-02,07:30,4,hills\n"

# One or more examples of every sub-command; a new sub-command must add one (the test checks).
EXAMPLES: list[list[str]] = [
    ["--version"],
    ["log", "--soreness", "3", "--note", "network guard"],
    ["entries", "--json"],
    ["export", "--csv", "-"],
    ["export", "--csv", "{tmp}/export.csv"],
    ["import", "--csv", "{tmp}/in.csv", "--dry-run"],
    ["import", "--csv", "{tmp}/in.csv"],
    ["backup", "create"],
    ["backup", "list", "--json"],
    ["backup", "restore", "{backup}"],
    ["assess", "--answers", "{tmp}/answers.json", "--json", "--save"],
    ["runs", "import", "{tmp}/run.gpx"],
    ["runs", "list", "--json"],
    ["load", "--json"],
    ["shoes", "add", "Trail shoe", "--default"],
    ["shoes", "list", "--json"],
    ["shoes", "retire", "1"],
    ["plan", "list", "--json"],
    ["plan", "start", "calf_strain", "--cleared"],
    ["plan", "today", "--json"],
    ["plan", "morning", "--pain", "2"],
    ["plan", "status", "--json"],
    ["report", "--pdf", "{tmp}/report.pdf"],
    ["ready", "--planned-km", "8", "--json"],
    ["measure", "psfs", "set", "running", "stairs", "hopping"],
    ["measure", "psfs", "add", "3", "5", "2"],
    ["measure", "list", "--json"],
]

# Runs every example through calfdesk.cli.main in one interpreter that has the guard loaded.
DRIVER = """
import contextlib, io, json, sys
from calfdesk.cli import main
statuses = []
backup = ""
for example in json.loads(sys.argv[1]):
    args = [arg.replace("{backup}", backup) for arg in example]
    out, err = io.TextIOWrapper(io.BytesIO(), encoding="utf-8"), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(["--data-dir", sys.argv[2], *args])
        except SystemExit as stop:
            status = stop.code
    out.flush()
    if args[:2] == ["backup", "create"]:
        backup = out.buffer.getvalue().decode().strip()
    statuses.append([args, status, err.getvalue()])
print(json.dumps(statuses))
"""


def guarded_env() -> dict[str, str]:
    env = cli_env()
    env["PYTHONPATH"] = os.pathsep.join([str(GUARD), env["PYTHONPATH"]])
    return env


def test_the_guard_catches_a_connection() -> None:
    env = guarded_env()
    code = "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 97
    assert "NETWORK-ATTEMPT" in result.stderr


def test_every_command_runs_without_touching_the_network(data_dir: Path, tmp_path: Path) -> None:
    from calfdesk.cli import build_parser
    from tests.training_files import gpx_text

    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    covered = {args[0] for args in EXAMPLES if not args[0].startswith("-")}
    assert set(choices) <= covered, f"add an example of {sorted(set(choices) - covered)} to EXAMPLES"

    make_diary(data_dir, 5)
    (tmp_path / "in.csv").write_bytes(CSV)
    (tmp_path / "answers.json").write_text('{"location": "calf_belly", "onset": "sudden", "pop_at_onset": true}')
    (tmp_path / "run.gpx").write_text(gpx_text())
    examples = [[arg.replace("{tmp}", str(tmp_path)) for arg in example] for example in EXAMPLES]
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, json.dumps(examples), str(data_dir)],
        capture_output=True,
        text=True,
        env=guarded_env(),
        timeout=300,
        check=False,
    )
    assert "NETWORK-ATTEMPT" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    for args, status, err in json.loads(result.stdout.splitlines()[-1]):
        assert status == 0, (args, err)


@pytest.mark.slow
def test_the_window_makes_no_connection_but_its_own_local_socket(tmp_path: Path) -> None:
    """The whole GUI start under strace: no connect() other than to calfdesk's single-instance socket."""
    if shutil.which("strace") is None:
        pytest.skip("strace is not installed (the .ci/run package list installs it)")
    trace = tmp_path / "trace.txt"
    env = {**cli_env(), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "calfdesk", "--data-dir", str(tmp_path / "data"), "--smoke"]
    result = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg", "-o", str(trace), *command],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    if result.returncode != 0 and "ptrace" in result.stderr:
        pytest.skip(f"strace cannot trace here: {result.stderr.strip()}")
    assert result.returncode == 0, result.stderr
    calls = [line for line in trace.read_text().splitlines() if "connect(" in line or "send" in line]
    unexpected = [line for line in calls if "AF_UNIX" not in line or "calfdesk-" not in line]
    assert not unexpected, unexpected
    assert not any("AF_INET" in line for line in trace.read_text().splitlines())
