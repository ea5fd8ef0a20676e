"""Timing whole processes: wall time and peak memory of one child, and measured/baseline pairs run in turn."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
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


# Runs a command and prints, as its last line of output, that command's own peak resident memory. A child of
# the suite starts with the suite's resident memory as its peak (Linux carries the high-water mark through
# fork and exec: `/bin/true` reported 222 MB after the suite had written a 60 MB file), so a command whose
# memory counts is started from this small launcher instead, and only its own peak is read.
PEAK_OF_CHILD = """
import os, subprocess, sys
child = subprocess.Popen(sys.argv[1:])
_pid, status, usage = os.wait4(child.pid, 0)
print(f"peak-rss-kb {usage.ru_maxrss}", flush=True)
sys.exit(os.waitstatus_to_exitcode(status))
"""
PEAK_LINE = "peak-rss-kb "


def run_child(
    command: Sequence[str],
    *,
    env: dict[str, str] | None = None,
    stdout_path: Path | None = None,
    cwd: Path | None = None,
    own_memory: bool = False,
) -> ChildRun:
    """Run `command` to the end; its wall time and its peak resident memory (wait4's ru_maxrss). With
    `own_memory` the command runs under PEAK_OF_CHILD, so the peak is its own and not the suite's inherited one
    (the launcher adds a Python start-up, about 20 ms, to the time).

    Output goes to files rather than pipes, so a chatty child never blocks and never costs the parent time.
    """
    if own_memory:
        command = [sys.executable, "-c", PEAK_OF_CHILD, *command]
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
    peak_kb = usage.ru_maxrss
    if own_memory:
        text = output if stdout_path is None else stdout_path.read_text(encoding="utf-8", errors="replace")
        lines = text.splitlines()
        if not lines or not lines[-1].startswith(PEAK_LINE):
            raise ChildFailed(f"{' '.join(command)} reported no peak memory")
        peak_kb = int(lines[-1].removeprefix(PEAK_LINE))
        if stdout_path is None:
            output = "".join(line + "\n" for line in lines[:-1])
    return ChildRun(seconds, peak_kb / 1024.0, output)


@dataclass(slots=True)
class Pair:
    """Samples of a measured command and its baseline, taken in turn in the same run."""

    measured: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)

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
            else:
                pair.baseline.append(result.seconds)
    return pair
