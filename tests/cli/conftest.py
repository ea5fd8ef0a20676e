from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from calfdesk.cli import main

Runner = Callable[..., tuple[int, str, str]]


@pytest.fixture
def cli(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    """Run `calfdesk --data-dir DATA ARGS...` in-process; returns (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        try:
            code = main(["--data-dir", str(data_dir), *args])
        except SystemExit as exit_:
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def run_process(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "calfdesk", *args], input=stdin, capture_output=True, env=env, timeout=120
    )
