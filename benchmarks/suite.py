"""The rows of the performance table: each measures calfdesk against its baseline in the same run."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from benchmarks import history
from benchmarks.datasets import DataSets, copy_folder
from benchmarks.timing import ChildRun, Pair, alternate, run_child
from calfdesk import paths

FLOORS = Path(__file__).resolve().parent / "floors"
EXPORT_SQL = (
    "SELECT local_date, local_time, context, soreness, location, side, stiffness_min, notes, utc_offset_min "
    "FROM diary_entry ORDER BY local_date, local_time, id"
)


@dataclass(slots=True)
class Result:
    """One row. `pass_` compares `ratio` with `target` (kind "ratio") or `figure` with it (kind "max")."""

    key: str
    what: str
    figure: float
    baseline: float
    unit: str
    target: float | None
    target_kind: str
    baseline_is: str
    samples: dict[str, list[float]] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.figure / self.baseline if self.baseline else float("inf")

    @property
    def passed(self) -> bool | None:
        if self.target is None:
            return None
        value = self.ratio if self.target_kind == "ratio" else self.figure
        return value <= self.target

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["ratio"] = round(self.ratio, 3)
        data["pass"] = self.passed
        data["figure"] = round(self.figure, 4)
        data["baseline"] = round(self.baseline, 4)
        return data


@dataclass(slots=True)
class Context:
    data: DataSets
    work: Path
    repeats: int
    warmup: int
    python: str = sys.executable

    def env(self) -> dict[str, str]:
        env = dict(os.environ)
        env["QT_QPA_PLATFORM"] = "offscreen"
        env["HOME"] = str(self.work / "home")
        env["XDG_CONFIG_HOME"] = str(self.work / "home" / ".config")
        env["XDG_DATA_HOME"] = str(self.work / "home" / ".local" / "share")
        env.pop(paths.DATA_DIR_ENV, None)
        return env

    def calfdesk(self, *args: str) -> list[str]:
        """The installed `calfdesk` command, as a runner types it (else `python -m calfdesk`)."""
        script = Path(self.python).with_name("calfdesk")
        prefix = [str(script)] if script.exists() else [self.python, "-m", "calfdesk"]
        return [*prefix, *args]

    def runner(self, command: list[str], *, before: Callable[[], None] | None = None) -> Callable[[], ChildRun]:
        env = self.env()

        def run() -> ChildRun:
            if before is not None:
                before()
            return run_child(command, env=env)

        return run

    def pair(
        self,
        measured: Callable[[], ChildRun],
        baseline: Callable[[], ChildRun],
    ) -> Pair:
        return alternate(measured, baseline, self.repeats, warmup=self.warmup)


def _samples(pair: Pair) -> dict[str, list[float]]:
    return {"measured": [round(v, 4) for v in pair.measured], "baseline": [round(v, 4) for v in pair.baseline]}


def startup(ctx: Context, key: str, folder: Path, what: str) -> Result:
    db_file = str(paths.database_path(folder))
    pair = ctx.pair(
        ctx.runner(ctx.calfdesk("--data-dir", str(folder), "--smoke")),
        ctx.runner([ctx.python, str(FLOORS / "startup.py"), db_file]),
    )
    return Result(
        key,
        what,
        pair.figure,
        pair.base,
        "s",
        1.4,
        "ratio",
        "import PySide6 and sqlmodel, show a QMainWindow, one SQLite query",
        _samples(pair),
    )


def first_paint(ctx: Context) -> list[Result]:
    """The window's first paint and `--smoke` (painted and today's data loaded), each against a bare Qt window of
    the same size, all in turn in the same run."""
    folder = ctx.data.small
    paint = ctx.runner([ctx.python, "-m", "benchmarks.first_paint", str(folder)])
    width, height = paint().stdout.split()[:2]  # the size calfdesk opens at on this screen
    bare = ctx.runner([ctx.python, str(FLOORS / "bare_window.py"), width, height])
    smoke = ctx.runner(ctx.calfdesk("--data-dir", str(folder), "--smoke"))
    for _ in range(ctx.warmup):
        paint(), bare(), smoke()
    painted, bare_times, smoked = [], [], []
    for round_number in range(ctx.repeats):
        order = [(paint, painted), (bare, bare_times), (smoke, smoked)]
        if round_number % 2:
            order.reverse()
        for run, samples in order:
            samples.append(run().seconds)
    base = statistics.median(bare_times)
    baseline_is = f"import PySide6's widgets, show an empty QMainWindow of {width}x{height}, exit at its first paint"
    rows = []
    for key, what, samples, target in (
        ("first_paint", "First paint of the window", painted, 2.0),
        ("smoke_vs_bare", "Start-up (`calfdesk --smoke`) against a bare window", smoked, 3.0),
    ):
        figures = {"measured": [round(v, 4) for v in samples], "baseline": [round(v, 4) for v in bare_times]}
        rows.append(Result(key, what, statistics.median(samples), base, "s", target, "ratio", baseline_is, figures))
    return rows


def cli_log(ctx: Context) -> Result:
    pair = ctx.pair(
        ctx.runner(ctx.calfdesk("--data-dir", str(ctx.data.small), "log", "--soreness", "3")),
        ctx.runner([ctx.python, "-c", "import sqlite3, sqlmodel"]),
    )
    return Result(
        "cli_log",
        "CLI log (`calfdesk log --soreness 3`)",
        pair.figure,
        pair.base,
        "s",
        1.3,
        "ratio",
        'python -c "import sqlite3, sqlmodel"',
        _samples(pair),
    )


def csv_export(ctx: Context) -> list[Result]:
    out = ctx.work / "export.csv"
    floor_out = ctx.work / "export-floor.csv"
    big_db = paths.database_path(ctx.data.big)
    pair = ctx.pair(
        ctx.runner(ctx.calfdesk("--data-dir", str(ctx.data.big), "export", "--csv", str(out))),
        ctx.runner([ctx.python, str(FLOORS / "export.py"), str(big_db), str(floor_out)]),
    )
    entries = ctx.data.sizes.entries
    rows = [
        Result(
            "csv_export",
            f"CSV export of {entries:,} entries",
            pair.figure,
            pair.base,
            "s",
            1.5,
            "ratio",
            "import sqlmodel, read the table with sqlite3, write it with csv",
            _samples(pair),
        )
    ]
    sqlite3_binary = shutil.which("sqlite3")
    if sqlite3_binary is not None:
        limit_out = ctx.work / "export-sqlite3.csv"
        env = ctx.env()
        command = [sqlite3_binary, "-readonly", "-csv", "-header", str(big_db), EXPORT_SQL]

        def limit() -> ChildRun:
            return run_child(command, env=env, stdout_path=limit_out)

        limit_pair = ctx.pair(
            ctx.runner(ctx.calfdesk("--data-dir", str(ctx.data.big), "export", "--csv", str(out))), limit
        )
        rows.append(
            Result(
                "csv_export_vs_sqlite3",
                "CSV export vs `sqlite3 -csv` (the limit)",
                limit_pair.figure,
                limit_pair.base,
                "s",
                None,
                "ratio",
                "sqlite3 -csv of the same query",
                _samples(limit_pair),
            )
        )
    return rows


def csv_import(ctx: Context) -> list[Result]:
    target = ctx.work / "import-target"
    fresh_db = paths.database_path(target)

    def fresh() -> None:
        copy_folder(ctx.data.empty, target)

    pair = ctx.pair(
        ctx.runner(ctx.calfdesk("--data-dir", str(target), "import", "--csv", str(ctx.data.csv_file)), before=fresh),
        ctx.runner([ctx.python, str(FLOORS / "csv_import.py"), str(fresh_db), str(ctx.data.csv_file)], before=fresh),
    )
    entries = ctx.data.sizes.entries
    # Peak memory through the launcher: a child started straight from this suite inherits its high-water mark.
    measured_peaks: list[float] = []
    baseline_peaks: list[float] = []
    for _ in range(min(ctx.repeats, 3)):
        fresh()
        measured_peaks.append(
            peak_rss_mb(ctx, ctx.calfdesk("--data-dir", str(target), "import", "--csv", str(ctx.data.csv_file)))
        )
        fresh()
        baseline_peaks.append(
            peak_rss_mb(ctx, [ctx.python, str(FLOORS / "csv_import.py"), str(fresh_db), str(ctx.data.csv_file)])
        )
    return [
        Result(
            "csv_import",
            f"CSV import of {entries:,} entries",
            pair.figure,
            pair.base,
            "s",
            3.0,
            "ratio",
            "import sqlmodel, csv reader, one executemany in one transaction",
            _samples(pair),
        ),
        Result(
            "csv_import_memory",
            "CSV import peak memory",
            max(measured_peaks),
            max(baseline_peaks),
            "MB",
            300.0,
            "max",
            "the floor script's peak memory",
            {"measured": measured_peaks, "baseline": baseline_peaks},
        ),
    ]


def probe(ctx: Context, *args: str) -> dict[str, Any]:
    run = run_child([ctx.python, "-m", "benchmarks.probes", *args], env=ctx.env(), cwd=Path(__file__).parent.parent)
    result: dict[str, Any] = json.loads(run.stdout.strip().splitlines()[-1])
    return result


def diary_page(ctx: Context) -> list[Result]:
    big = str(ctx.data.big)
    opened: list[float] = []
    floor: list[float] = []
    for _ in range(ctx.warmup):
        probe(ctx, "diary-open", big)
    for round_number in range(ctx.repeats):
        order = [("diary-open", opened), ("diary-open-floor", floor)]
        if round_number % 2:
            order.reverse()
        for name, into in order:
            into.append(probe(ctx, name, big)["ms"])
    # Clicked within half a second of start, before the idle preload: pyqtgraph's import is felt then.
    cold = [probe(ctx, "diary-open-cold", big)["ms"] for _ in range(max(1, ctx.repeats // 2))]
    frames = probe(ctx, "redraw", big, str(max(1, ctx.repeats // 2)))
    entries = ctx.data.sizes.entries
    return [
        Result(
            "diary_open",
            f"Diary page open, {entries:,} entries",
            statistics.median(opened),
            statistics.median(floor),
            "ms",
            400.0,
            "max",
            "import pyqtgraph, read dates and soreness with sqlite3, one scatter plot and a table",
            {"measured": opened, "baseline": floor},
            {"cold_ms": statistics.median(cold), "cold_samples": cold},
        ),
        Result(
            "diary_redraw",
            "Diary chart redraw while panning and zooming (median)",
            statistics.median(frames["measured_ms"]),
            statistics.median(frames["baseline_ms"]),
            "ms",
            16.0,
            "max",
            "a bare pyqtgraph scatter plot of the same points, same moves",
            {"measured": frames["measured_ms"], "baseline": frames["baseline_ms"]},
            {"frames": len(frames["measured_ms"]), "max_ms": max(frames["measured_ms"])},
        ),
    ]


def runs_import(ctx: Context) -> list[Result]:
    target = ctx.work / "runs-target"
    gpx_dir = str(ctx.data.gpx_dir)
    imports: list[dict[str, Any]] = []
    floor: list[float] = []
    env = ctx.env()
    floor_command = [ctx.python, str(FLOORS / "gpx_read.py"), gpx_dir]
    for round_number in range(ctx.repeats):
        for measured in (True, False) if round_number % 2 == 0 else (False, True):
            if measured:
                copy_folder(ctx.data.empty, target)
                imports.append(probe(ctx, "runs-import", str(target), gpx_dir))
            else:
                floor.append(run_child(floor_command, env=env).seconds)
    files = ctx.data.sizes.gpx_files
    minutes = ctx.data.sizes.gpx_seconds // 60
    seconds = [item["seconds"] for item in imports]
    blocks = [item["max_block_ms"] for item in imports]
    details = {
        "files": files,
        "runs_added": [item["added"] for item in imports],
        "failed_files": imports[-1]["failed"],
        "progress_reports": [item["progress_reports"] for item in imports],
    }
    return [
        Result(
            "runs_import",
            f"Runs import, {files} GPX files of {minutes} min",
            statistics.median(seconds),
            statistics.median(floor),
            "s",
            30.0,
            "max",
            "read every point of the same files with ElementTree",
            {"measured": seconds, "baseline": floor},
            details,
        ),
        Result(
            "runs_import_block",
            "Longest GUI event-loop block during the runs import",
            max(blocks),
            max(item["idle_max_block_ms"] for item in imports),
            "ms",
            100.0,
            "max",
            "the same 10 ms heartbeat on an idle window",
            {"measured": blocks, "baseline": [item["idle_max_block_ms"] for item in imports]},
            {"longest_blocks_ms_at_s": [item["longest_blocks"] for item in imports]},
        ),
    ]


def peak_rss_mb(ctx: Context, command: list[str]) -> float:
    """The peak resident memory (MB) of `command` alone, whatever the size of this process."""
    return run_child(command, env=ctx.env(), own_memory=True).max_rss_mb


def import_memory(ctx: Context) -> list[Result]:
    """Peak memory of importing one large GPX and one large diary CSV, against the size of the file."""
    import datetime as dt

    from benchmarks.datasets import large_diary_csv, large_gpx

    today = dt.date.today()
    files = ctx.work / "memory-files"
    files.mkdir(parents=True, exist_ok=True)
    rows = []
    for key, what, make, command in (
        ("import_memory_gpx", "GPX", large_gpx, ("runs", "import")),
        ("import_memory_csv", "diary CSV", large_diary_csv, ("import", "--csv")),
    ):
        megabytes = ctx.data.sizes.memory_gpx_mb if key.endswith("gpx") else ctx.data.sizes.memory_csv_mb
        source = make(files / ("large.gpx" if key.endswith("gpx") else "large.csv"), megabytes, today=today)
        size_mb = source.stat().st_size / (1024 * 1024)
        target = ctx.work / "memory-target"
        peaks = []
        for _ in range(max(1, ctx.repeats // 3)):
            copy_folder(ctx.data.empty, target)
            peaks.append(peak_rss_mb(ctx, ctx.calfdesk("--data-dir", str(target), *command, str(source))))
        source.unlink()
        rows.append(
            Result(
                key,
                f"Import peak memory, one {size_mb:.0f} MB {what} file",
                max(peaks),
                size_mb,
                "MB",
                None,
                "ratio",
                "the size of the file",
                {"measured": peaks, "baseline": [size_mb]},
            )
        )
    shutil.rmtree(files, ignore_errors=True)
    return rows


ROWS: dict[str, Callable[[Context], list[Result]]] = {
    "startup": lambda ctx: [startup(ctx, "startup", ctx.data.small, "Start-up (`calfdesk --smoke`)")],
    "startup_big": lambda ctx: [
        startup(
            ctx,
            "startup_big",
            ctx.data.big,
            f"Start-up, {ctx.data.sizes.entries:,} entries and {ctx.data.sizes.runs:,} runs",
        )
    ],
    "first_paint": first_paint,
    "cli_log": lambda ctx: [cli_log(ctx)],
    "diary_page": diary_page,
    "csv_export": csv_export,
    "csv_import": csv_import,
    "runs_import": runs_import,
    "health_import": lambda ctx: history.apple_health(ctx),
    "strava_import": lambda ctx: history.strava(ctx),
    "strava_fit": lambda ctx: history.strava_fit(ctx),
    "gpx_read": lambda ctx: history.gpx_read(ctx),
    "import_memory": import_memory,
}


def scratch_dir() -> Path:
    return Path(tempfile.mkdtemp(prefix="calfdesk-bench-"))
