"""The data the benchmarks run on, built from a seed: data folders, a diary CSV and GPX files.

Data goes in through SQL bulk inserts (one executemany per table) into a file that `open_database` created
at the current schema, so building 100,000 entries takes seconds and never depends on the code measured.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
import random
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from calfdesk import paths

SEED = 2024
SHOES = (("Daily trainer", 650.0), ("Race flats", 400.0), ("Trail shoes", 800.0))
RUN_COLUMNS = (
    "start_utc",
    "utc_offset_min",
    "local_date",
    "duration_s",
    "distance_m",
    "elevation_gain_m",
    "source",
    "source_file",
    "title",
    "shoe_id",
    "hill",
    "speed",
    "notes",
    "created_utc",
)


@dataclass(frozen=True, slots=True)
class Sizes:
    """How big the data sets are: the issue's sizes, or small ones for the quick check."""

    entries: int = 100_000
    runs: int = 8_000
    small_entries: int = 300
    gpx_files: int = 500
    gpx_seconds: int = 3600
    entries_per_day: int = 10
    # One large file of each kind for the peak-memory rows (made by the row itself, then removed).
    memory_gpx_mb: int = 200
    memory_csv_mb: int = 60


FULL = Sizes()
QUICK = Sizes(entries=3_000, runs=200, small_entries=60, gpx_files=4, gpx_seconds=600, memory_gpx_mb=4, memory_csv_mb=2)


def _insert(db_dir: Path, table: str, columns: tuple[str, ...], rows: list[tuple[object, ...]]) -> None:
    from calfdesk.storage.database import open_database

    database = open_database(db_dir, auto_backup=False)
    try:
        with database.raw(write=True) as connection:
            connection.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows
            )
    finally:
        database.close()


def empty_folder(folder: Path) -> Path:
    """A data folder holding a data file at the current schema and nothing else."""
    from calfdesk.storage.database import open_database

    if folder.exists():
        shutil.rmtree(folder)
    open_database(folder, auto_backup=False).close()
    return folder


def copy_folder(template: Path, folder: Path) -> Path:
    """A fresh copy of a data folder (the data file only, no backups)."""
    if folder.exists():
        shutil.rmtree(folder)
    paths.ensure_private_dir(folder)
    shutil.copy2(paths.database_path(template), paths.database_path(folder))
    return folder


def diary_folder(folder: Path, entries: int, *, per_day: int, today: dt.date) -> Path:
    from tools.sample_data import DIARY_ROW_COLUMNS, diary_rows

    empty_folder(folder)
    rows = diary_rows(entries, end=today, per_day=per_day, seed=SEED)
    _insert(folder, "diary_entry", DIARY_ROW_COLUMNS, list(rows))
    return folder


def run_rows(count: int, *, end: dt.date, seed: int = SEED) -> list[tuple[object, ...]]:
    """`count` runs, one every day or two up to `end`, spread over the shoes."""
    rng = random.Random(seed)
    rows: list[tuple[object, ...]] = []
    day = end - dt.timedelta(days=int(count * 1.4))
    created = f"{end.isoformat()}T20:00:00Z"
    for index in range(count):
        day += dt.timedelta(days=rng.choice((1, 1, 2)))
        start = dt.datetime.combine(day, dt.time(6, 30)) + dt.timedelta(minutes=rng.randrange(720))
        distance_m = rng.uniform(4_000, 22_000)
        pace = rng.uniform(270, 390)
        hill = rng.random() < 0.15
        rows.append(
            (
                (start - dt.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                60,
                day.isoformat(),
                round(distance_m / 1000 * pace, 1),
                round(distance_m, 1),
                round(rng.uniform(10, 400 if hill else 120), 1),
                "gpx",
                f"run-{index:05d}.gpx",
                "Morning run" if start.hour < 12 else "Evening run",
                1 + index % len(SHOES),
                hill,
                rng.random() < 0.2,
                "",
                created,
            )
        )
    return rows


def big_folder(folder: Path, sizes: Sizes, *, today: dt.date) -> Path:
    """The years-of-data folder: `sizes.entries` diary entries and `sizes.runs` runs on three shoes."""
    diary_folder(folder, sizes.entries, per_day=sizes.entries_per_day, today=today)
    created = f"{today.isoformat()}T20:00:00Z"
    shoes = [(name, 0.0, alert, False, index == 0, created) for index, (name, alert) in enumerate(SHOES)]
    _insert(folder, "shoe", ("name", "start_km", "alert_km", "retired", "is_default", "created_utc"), shoes)
    _insert(folder, "run", RUN_COLUMNS, run_rows(sizes.runs, end=today))
    return folder


def diary_csv(path: Path, entries: int, *, per_day: int, today: dt.date) -> Path:
    """A diary CSV in the export format (CONTRACTS.md) with `entries` rows, for the import benchmark."""
    from tools.sample_data import diary_rows

    rows = diary_rows(entries, end=today, per_day=per_day, seed=SEED + 1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(
            ("date", "time", "context", "soreness", "location", "side", "stiffness_min", "notes", "utc_offset_min")
        )
        writer.writerows((r[0], r[1], r[3], r[4], r[5], r[6], r[7], r[8], r[2]) for r in rows)
    return path


def gpx_text(start: dt.datetime, seconds: int, seed: int) -> str:
    """A recorded run: one point a second at easy pace along a wandering line, with gentle hills."""
    rng = random.Random(seed)
    lat, lon = 52.0 + rng.uniform(-0.2, 0.2), 4.3 + rng.uniform(-0.2, 0.2)
    heading = rng.uniform(0, 2 * math.pi)
    points = []
    for second in range(seconds):
        heading += rng.uniform(-0.05, 0.05)
        step_m = rng.uniform(2.6, 3.2)
        lat += step_m * math.cos(heading) / 111_320
        lon += step_m * math.sin(heading) / (111_320 * math.cos(math.radians(lat)))
        elevation = 12 + 8 * math.sin(second / 420) + rng.uniform(-0.4, 0.4)
        moment = (start + dt.timedelta(seconds=second)).strftime("%Y-%m-%dT%H:%M:%SZ")
        points.append(f'<trkpt lat="{lat:.7f}" lon="{lon:.7f}"><ele>{elevation:.1f}</ele><time>{moment}</time></trkpt>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx version="1.1" creator="calfdesk benchmarks" xmlns="http://www.topografix.com/GPX/1/1">\n'
        f"<metadata><time>{start:%Y-%m-%dT%H:%M:%SZ}</time></metadata>\n"
        "<trk><name>Easy run</name><type>running</type><trkseg>\n" + "\n".join(points) + "\n</trkseg></trk></gpx>\n"
    )


def large_gpx(path: Path, megabytes: int, *, today: dt.date) -> Path:
    """One GPX file of about `megabytes`: a run a day, each a track of an hour at one point a second."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        handle.write('<gpx version="1.1" creator="calfdesk benchmarks" xmlns="http://www.topografix.com/GPX/1/1">\n')
        day = 0
        while handle.tell() < megabytes * 1024 * 1024:
            day += 1
            start = dt.datetime.combine(today - dt.timedelta(days=day), dt.time(6, 45), tzinfo=dt.UTC)
            text = gpx_text(start, 3600, SEED + day)
            handle.write(text[text.index("<trk>") : text.index("</gpx>")])
        handle.write("</gpx>\n")
    return path


def large_diary_csv(path: Path, megabytes: int, *, today: dt.date) -> Path:
    """A diary CSV in the export format of about `megabytes`."""
    sample = diary_csv(path, 10_000, per_day=10, today=today)
    per_row = sample.stat().st_size / 10_000
    return diary_csv(path, int(megabytes * 1024 * 1024 / per_row), per_day=10, today=today)


def gpx_folder(folder: Path, count: int, seconds: int, *, today: dt.date) -> list[Path]:
    """`count` GPX files of `seconds` each, one run a day up to yesterday."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    files = []
    for index in range(count):
        day = today - dt.timedelta(days=count - index)
        start = dt.datetime.combine(day, dt.time(6, 45), tzinfo=dt.UTC)
        path = folder / f"{day.isoformat()}-run.gpx"
        path.write_text(gpx_text(start, seconds, SEED + index), encoding="utf-8")
        files.append(path)
    return files


@dataclass(frozen=True, slots=True)
class DataSets:
    small: Path
    big: Path
    empty: Path
    csv_file: Path
    gpx_dir: Path
    sizes: Sizes


def layout(work: Path, sizes: Sizes) -> DataSets:
    return DataSets(work / "small", work / "big", work / "empty", work / "diary.csv", work / "gpx", sizes)


def build_here(work: Path, sizes: Sizes, *, today: dt.date | None = None) -> DataSets:
    """Every data set of the suite under `work` (rebuilt from the seed each time)."""
    day = today or dt.date.today()
    data = layout(work, sizes)
    work.mkdir(parents=True, exist_ok=True)
    diary_folder(data.small, sizes.small_entries, per_day=2, today=day)
    big_folder(data.big, sizes, today=day)
    empty_folder(data.empty)
    diary_csv(data.csv_file, sizes.entries, per_day=sizes.entries_per_day, today=day)
    gpx_folder(data.gpx_dir, sizes.gpx_files, sizes.gpx_seconds, today=day)
    return data


def build(work: Path, sizes: Sizes) -> DataSets:
    """Build the data sets in a child process, so this process stays small: a child started from it
    inherits its memory high-water mark, which would blur the peak-memory figures."""
    quick = ["--quick"] if sizes == QUICK else []
    subprocess.run([sys.executable, "-m", "benchmarks.datasets", str(work), *quick], check=True)
    return layout(work, sizes)


if __name__ == "__main__":
    build_here(Path(sys.argv[1]), QUICK if "--quick" in sys.argv[2:] else FULL)
