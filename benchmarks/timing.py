"""Timing whole processes: wall time and peak memory of one child, and measured/baseline pairs run in turn."""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path


class ChildFailed(RuntimeError):
    """A timed command exited with an error; the message carries the end of its stderr."""


@dataclass(frozen=True, slots=True)
class ChildRun:
    seconds: float
    max_rss_mb: float
    stdout: str


def run_child(
    command: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    stdout_path: Path | None = None,
    cwd: Path | None = None,
) -> ChildRun:
    """Run `command` to the end; its wall time and its own peak resident memory (wait4's ru_maxrss).

    Output goes to files rather than pipes, so a chatty child never blocks and never costs the parent time.
    """
    log_dir = Path(os.environ.get("TMPDIR", "/tmp"))
    out_path = stdout_path or log_dir / f"calfdesk-bench-{os.getpid()}.out"
    err_path = log_dir / f"calfdesk-bench-{os.getpid()}.err"
    with out_path.open("wb") as out, err_path.open("wb") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=env, cwd=cwd)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    error_text = err_path.read_text(encoding="utf-8", errors="replace")
    err_path.unlink(missing_ok=True)
    output = "" if stdout_path is not None else out_path.read_text(encoding="utf-8", errors="replace")
    if stdout_path is None:
        out_path.unlink(missing_ok=True)
    if process.returncode != 0:
        tail = "\n".join(error_text.strip().splitlines()[-15:])
        raise ChildFailed(f"{' '.join(command)} exited with {process.returncode}:\n{tail}")
    # Linux reports ru_maxrss in kilobytes.
    return ChildRun(seconds, usage.ru_maxrss / 1024.0, output)


@dataclass(slots=True)
class Pair:
    """Samples of a measured command and its baseline, taken in turn in the same run."""

    measured: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    measured_rss_mb: list[float] = field(default_factory=list)
    baseline_rss_mb: list[float] = field(default_factory=list)

    @property
    def figure(self) -> float:
        return statistics.median(self.measured)

    @property
    def base(self) -> float:
        return statistics.median(self.baseline)


def alternate(
    measured: Callable[[], ChildRun],
    baseline: Callable[[], ChildRun],
    repeats: int,
    *,
    warmup: int = 1,
) -> Pair:
    """Run measured and baseline `repeats` times each, in turn, swapping which goes first every round so
    neither always follows the other; `warmup` untimed rounds first (page cache, daily backup)."""
    for _ in range(warmup):
        measured()
        baseline()
    pair = Pair()
    for round_number in range(repeats):
        order = ((measured, True), (baseline, False))
        if round_number % 2:
            order = (order[1], order[0])
        for run, is_measured in order:
            result = run()
            if is_measured:
                pair.measured.append(result.seconds)
                pair.measured_rss_mb.append(result.max_rss_mb)
            else:
                pair.baseline.append(result.seconds)
                pair.baseline_rss_mb.append(result.max_rss_mb)
    return pair
