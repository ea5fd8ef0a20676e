"""No command ever opens a network connection (audit hook on every socket use, in a fresh interpreter)."""

from __future__ import annotations

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
]


def guarded_run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = cli_env()
    env["PYTHONPATH"] = os.pathsep.join([str(GUARD), env["PYTHONPATH"]])
    return subprocess.run(
        [sys.executable, "-m", "calfdesk", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def test_the_guard_catches_a_connection() -> None:
    env = cli_env()
    env["PYTHONPATH"] = os.pathsep.join([str(GUARD), env["PYTHONPATH"]])
    code = "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 97
    assert "NETWORK-ATTEMPT" in result.stderr


def test_every_command_runs_without_touching_the_network(data_dir: Path, tmp_path: Path) -> None:
    from calfdesk.cli import build_parser

    parser = build_parser()
    choices = parser._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    covered = {args[0] for args in EXAMPLES if not args[0].startswith("-")}
    assert set(choices) <= covered, f"add an example of {sorted(set(choices) - covered)} to EXAMPLES"

    make_diary(data_dir, 5)
    (tmp_path / "in.csv").write_bytes(CSV)
    backup_name = ""
    for example in EXAMPLES:
        args = [arg.format(tmp=tmp_path, backup=backup_name) for arg in example]
        result = guarded_run(args, data_dir)
        assert "NETWORK-ATTEMPT" not in result.stderr, (args, result.stderr)
        assert result.returncode == 0, (args, result.stderr)
        if args[:2] == ["backup", "create"]:
            backup_name = result.stdout.strip()


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
