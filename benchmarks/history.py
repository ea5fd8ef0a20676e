"""Benchmark rows for whole-history imports: an Apple Health export.xml of 1 GB and a Strava bulk export of
2,000 activities, each against its floor measured in the same run. Their data sets are built in a child
process when the row runs (so the suite's other rows do not pay for them) and removed with the work folder.
Two lighter rows measure reading alone: a Strava export of 3,000 runs with FIT files against unpacking it, and
GPX reading against ElementTree.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import random
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from benchmarks.datasets import SEED, copy_folder, gpx_text
from benchmarks.timing import run_child

if TYPE_CHECKING:
    from benchmarks.suite import Context, Result

FLOORS = Path(__file__).resolve().parent / "floors"


@dataclass(frozen=True, slots=True)
class HistorySizes:
    health_megabytes: float
    health_runs: int
    strava_activities: int
    strava_seconds: int


FULL = HistorySizes(health_megabytes=1024, health_runs=2000, strava_activities=2000, strava_seconds=900)
QUICK = HistorySizes(health_megabytes=4, health_runs=20, strava_activities=20, strava_seconds=300)
# The export with FIT files: runs of 15 minutes, three in five a FIT file.
STRAVA_FIT_RUNS: Final = 3000
STRAVA_FIT_RUNS_QUICK: Final = 30

STRAVA_HEADER = [
    "Activity ID",
    "Activity Date",
    "Activity Name",
    "Activity Type",
    "Activity Description",
    "Elapsed Time",
    "Distance",
    "Max Heart Rate",
    "Relative Effort",
    "Commute",
    "Activity Private Note",
    "Activity Gear",
    "Filename",
    "Athlete Weight",
    "Bike Weight",
    "Elapsed Time",
    "Moving Time",
    "Distance",
    "Max Speed",
    "Average Speed",
    "Elevation Gain",
]


def fit_run(start: dt.datetime, seconds: int, seed: int) -> bytes:
    """A FIT activity with a record every second and a session, as a watch writes it."""
    from tests.training_files import _fit_time, _FitWriter

    rng = random.Random(seed)
    writer = _FitWriter()
    begin = _fit_time(start)
    writer.message(0, [(0, "enum", 4), (1, "uint16", 1), (4, "uint32", begin)])
    metres = 0.0
    lat, lon = 52.0 + rng.uniform(-0.2, 0.2), 4.3
    for second in range(seconds):
        metres += rng.uniform(2.6, 3.2)
        lat += 2.9 / 111_320
        writer.message(
            20,
            [
                (253, "uint32", begin + second),
                (0, "sint32", round(lat * 2**31 / 180)),
                (1, "sint32", round(lon * 2**31 / 180)),
                (5, "uint32", round(metres * 100)),
                (2, "uint16", round((12 + second % 30 + 500) * 5)),
            ],
        )
    end = begin + seconds
    writer.message(
        18,
        [
            (253, "uint32", end),
            (2, "uint32", begin),
            (7, "uint32", seconds * 1000),
            (8, "uint32", seconds * 1000),
            (9, "uint32", round(metres * 100)),
            (5, "enum", 1),
            (6, "enum", 0),
            (22, "uint16", 40),
        ],
    )
    writer.message(34, [(253, "uint32", end), (5, "uint32", end + 3600), (1, "uint16", 1)])
    return writer.finish()


def strava_archive(path: Path, folder: Path | None, activities: int, seconds: int) -> None:
    """A Strava bulk export of `activities` runs, one a day up to a week ago (three in five FIT, the rest GPX;
    most packed as .gz), written as the zip and, unless `folder` is None, unpacked into it for the floor."""
    rng = random.Random(SEED)
    rows = []
    members: dict[str, bytes] = {}
    first_day = min(dt.date(2020, 1, 1), dt.date.today() - dt.timedelta(days=activities + 7))
    start = dt.datetime.combine(first_day, dt.time(6, 30), tzinfo=dt.UTC)
    for index in range(activities):
        moment = start + dt.timedelta(days=index, minutes=rng.randrange(600))
        if index % 5 < 3:
            name, data = f"activities/{1000 + index}.fit.gz", gzip.compress(fit_run(moment, seconds, index), 1)
        else:
            text = gpx_text(moment, seconds, SEED + index).encode()
            name, data = (
                (f"activities/{1000 + index}.gpx.gz", gzip.compress(text, 1))
                if index % 5 == 3
                else (f"activities/{1000 + index}.gpx", text)
            )
        members[name] = data
        km = seconds * 2.9 / 1000
        date = moment.strftime("%b %-d, %Y, %-I:%M:%S %p")
        rows.append(
            [1000 + index, date, "Morning Run", "Run", "", seconds, f"{km:.2f}", "", "", "false", "", "Daily trainer",
             name, "", "", seconds, seconds, f"{km * 1000:.1f}", "", "", f"{20 + index % 50}"]
        )  # fmt: skip
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow(STRAVA_HEADER)
    writer.writerows(rows)
    members = {"activities.csv": text.getvalue().encode(), **members}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in members.items():
            bundle.writestr(name, data)
    for name, data in members.items() if folder is not None else ():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def build(work: Path, sizes: HistorySizes) -> dict[str, str]:
    """Both data sets under `work`; returns what was built (for the report)."""
    from benchmarks import apple_health_data

    work.mkdir(parents=True, exist_ok=True)
    with (work / "export.xml").open("w", encoding="utf-8") as out:
        runs, km = apple_health_data.write(out, sizes.health_megabytes, sizes.health_runs)
    strava_archive(work / "strava.zip", work / "strava", sizes.strava_activities, sizes.strava_seconds)
    info = {"health_runs": str(runs), "health_km": f"{km:.3f}"}
    (work / "built.json").write_text(json.dumps(info), encoding="utf-8")
    return info


def ensure_built(ctx: Context) -> tuple[Path, dict[str, str]]:
    work = ctx.work / "history"
    built = work / "built.json"
    if not built.exists():
        quick = ["--quick"] if ctx.data.sizes.gpx_files < 10 else []
        subprocess.run([sys.executable, "-m", "benchmarks.history", str(work), *quick], check=True)
    return work, json.loads(built.read_text(encoding="utf-8"))


def _imports(
    ctx: Context, source: Path, floor: list[str], rounds: int | None = None
) -> tuple[list[float], list[float], list[float], str]:
    """Import `source` into a fresh data folder and run `floor`, in turn (`rounds` times, a third of the
    suite's repeats by default); seconds, peak MB and the last output."""
    target = ctx.work / "history-target"
    env = ctx.env()
    measured: list[float] = []
    memory: list[float] = []
    baseline: list[float] = []
    output = ""
    for round_number in range(rounds or max(1, ctx.repeats // 3)):
        for is_measured in (True, False) if round_number % 2 == 0 else (False, True):
            if is_measured:
                copy_folder(ctx.data.empty, target)
                command = ctx.calfdesk("--data-dir", str(target), "runs", "import", str(source))
                run = run_child(command, env=env, own_memory=True)
                measured.append(run.seconds)
                memory.append(run.max_rss_mb)
                output = run.stdout
            else:
                baseline.append(run_child(floor, env=env).seconds)
    return measured, baseline, memory, output


def apple_health(ctx: Context) -> list[Result]:
    import statistics

    from benchmarks.suite import Result

    work, info = ensure_built(ctx)
    export = work / "export.xml"
    floor = [ctx.python, str(FLOORS / "health_iterparse.py"), str(export)]
    measured, baseline, memory, output = _imports(ctx, export, floor)
    megabytes = export.stat().st_size / 1024 / 1024
    details = {"megabytes": round(megabytes), "running_workouts": info["health_runs"], "output": output[-300:]}
    return [
        Result(
            "health_import",
            f"Apple Health export.xml of {megabytes:,.0f} MB, {info['health_runs']} runs",
            statistics.median(measured),
            statistics.median(baseline),
            "s",
            1.5,
            "ratio",
            "xml.etree.ElementTree.iterparse counting Workout elements",
            {"measured": measured, "baseline": baseline},
            details,
        ),
        Result(
            "health_import_memory",
            "Apple Health import peak memory",
            max(memory),
            megabytes,
            "MB",
            250.0,
            "max",
            "the size of export.xml",
            {"measured": memory, "baseline": [megabytes]},
        ),
    ]


def strava(ctx: Context) -> list[Result]:
    import statistics

    from benchmarks.suite import Result

    work, _ = ensure_built(ctx)
    floor = [ctx.python, str(FLOORS / "strava_files.py"), str(work / "strava")]
    measured, baseline, _memory, output = _imports(ctx, work / "strava.zip", floor)
    activities = QUICK.strava_activities if ctx.data.sizes.gpx_files < 10 else FULL.strava_activities
    return [
        Result(
            "strava_import",
            f"Strava export of {activities:,} activities with files",
            statistics.median(measured),
            statistics.median(baseline),
            "s",
            2.0,
            "ratio",
            "the same files, unpacked, each read with the existing importers",
            {"measured": measured, "baseline": baseline},
            {"output": output[-300:]},
        )
    ]


def strava_fit(ctx: Context) -> list[Result]:
    """`calfdesk runs import` of a Strava export of 3,000 runs, 1,800 of them FIT files, whose rows carry their
    climb (so each FIT file is read for its wall-clock offset only), against reading its CSV and unpacking
    every member once."""
    import statistics

    from benchmarks.suite import Result

    quick = ctx.data.sizes.gpx_files < 10
    runs = STRAVA_FIT_RUNS_QUICK if quick else STRAVA_FIT_RUNS
    export = ctx.work / "strava-fit" / "strava.zip"
    if not export.exists():
        export.parent.mkdir(parents=True, exist_ok=True)
        strava_archive(export, None, runs, FULL.strava_seconds)
    floor = [ctx.python, str(FLOORS / "strava_unpack.py"), str(export)]
    measured, baseline, _memory, output = _imports(ctx, export, floor, rounds=ctx.repeats)
    return [
        Result(
            "strava_fit",
            f"Strava export of {runs:,} runs with FIT files, read",
            statistics.median(measured),
            statistics.median(baseline),
            "s",
            2.0,
            "ratio",
            "activities.csv read and every member of the zip read and unpacked once",
            {"measured": measured, "baseline": baseline},
            {"output": output[-300:]},
        )
    ]


def gpx_read(ctx: Context) -> list[Result]:
    """Every GPX file of the runs-import data set read by calfdesk's importer against ElementTree's floor."""
    import statistics

    from benchmarks.suite import Result

    folder = str(ctx.data.gpx_dir)
    env = ctx.env()
    measured: list[float] = []
    baseline: list[float] = []
    reader = [ctx.python, "-m", "benchmarks.gpx_read", folder]
    floor = [ctx.python, str(FLOORS / "gpx_read.py"), folder]
    for round_number in range(ctx.repeats):
        for command in (reader, floor) if round_number % 2 == 0 else (floor, reader):
            (measured if command is reader else baseline).append(run_child(command, env=env).seconds)
    files, minutes = ctx.data.sizes.gpx_files, ctx.data.sizes.gpx_seconds // 60
    return [
        Result(
            "gpx_read",
            f"GPX reading, {files} files of {minutes} min",
            statistics.median(measured),
            statistics.median(baseline),
            "s",
            2.0,
            "ratio",
            "every point's position, height and time read with ElementTree",
            {"measured": measured, "baseline": baseline},
        )
    ]


if __name__ == "__main__":
    build(Path(sys.argv[1]), QUICK if "--quick" in sys.argv[2:] else FULL)
