"""A restore never races a writer: it takes the data file exclusively (refused while another calfdesk process has
it open, and new ones wait for it), folds the log into the file it sets aside, checks the backup's tables, and
what interrupted operations left behind is removed at the next start."""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from calfdesk import paths
from calfdesk.errors import StorageError, StorageProblem
from calfdesk.storage.backup import BackupInfo, backups_to_delete, create_backup
from calfdesk.storage.file_access import exclusive_access
from calfdesk.storage.restore import restore_backup
from tests.reliability import cli_env, make_diary, run_cli

# Opens the data file the way every command does and keeps it open until its standard input closes.
_HOLDER = """
import sys
from pathlib import Path
from calfdesk.storage.database import open_database
db = open_database(Path(sys.argv[1]))
print("open", flush=True)
sys.stdin.read()
db.close()
"""


def standalone_notes(db_path: Path) -> set[str]:
    """The notes a data file holds on its own, without its write-ahead log."""
    connection = sqlite3.connect(db_path.absolute().as_uri() + "?mode=ro&immutable=1", uri=True)
    try:
        return {row[0] for row in connection.execute("SELECT notes FROM diary_entry")}
    finally:
        connection.close()


@pytest.fixture
def with_backup(data_dir: Path) -> BackupInfo:
    make_diary(data_dir, 5)
    return create_backup(paths.database_path(data_dir), reason="manual")


def test_restore_is_refused_while_another_calfdesk_process_has_the_file_open(
    data_dir: Path, with_backup: BackupInfo
) -> None:
    with subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
    ) as holder:
        assert holder.stdout is not None and holder.stdin is not None
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StorageError) as info:
            restore_backup(data_dir, with_backup.path)
        assert info.value.problem is StorageProblem.LOCKED and "another calfdesk" in str(info.value)
        result = run_cli(data_dir, "backup", "restore", with_backup.name)
        assert result.returncode == 3
        (line,) = result.stderr.strip().splitlines()
        assert "another calfdesk" in line
        holder.stdin.close()
        holder.wait(timeout=30)
    assert not list(data_dir.glob("calfdesk.sqlite3.replaced-*"))
    restore_backup(data_dir, with_backup.path)  # and once it has closed the file, the restore goes ahead


def test_a_command_waits_for_a_restore_and_says_so_when_it_takes_too_long(
    data_dir: Path, with_backup: BackupInfo
) -> None:
    assert with_backup.path.exists()
    with exclusive_access(data_dir):
        started = time.monotonic()
        result = run_cli(data_dir, "log", "--soreness", "4")
        assert time.monotonic() - started >= 4.5
    assert result.returncode == 3
    assert "being restored" in result.stderr.strip()

    holding = threading.Event()

    def hold_for_a_moment() -> None:
        with exclusive_access(data_dir):
            holding.set()
            time.sleep(1.5)

    holder = threading.Thread(target=hold_for_a_moment)
    holder.start()
    holding.wait(10)
    started = time.monotonic()
    assert run_cli(data_dir, "log", "--soreness", "4").returncode == 0
    assert time.monotonic() - started >= 1.0  # it waited for the restore to end
    holder.join()


def test_the_file_set_aside_holds_the_log_a_killed_writer_left(data_dir: Path, with_backup: BackupInfo) -> None:
    # A writer killed after committing leaves its rows in the -wal only.
    script = (
        "import os, sys, sqlite3\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('PRAGMA journal_mode=WAL')\n"
        'c.execute("INSERT INTO diary_entry (local_date, local_time, utc_offset_min, soreness, context, location, '
        "side, notes, created_utc) VALUES ('2026-03-09','08:00',0,5,'other','calf','both','only in the log',"
        "'2026-03-09T08:00:00Z')\")\n"
        "os.kill(os.getpid(), 9)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(paths.database_path(data_dir))], check=False, timeout=30)
    wal = paths.database_path(data_dir).with_name("calfdesk.sqlite3-wal")
    assert wal.exists() and wal.stat().st_size > 0
    assert "only in the log" not in standalone_notes(paths.database_path(data_dir))

    result = restore_backup(data_dir, with_backup.path)

    assert result.kept is not None
    assert "only in the log" in standalone_notes(result.kept)
    assert "only in the log" not in standalone_notes(paths.database_path(data_dir))


def test_a_backup_with_the_right_revision_but_altered_tables_is_refused(data_dir: Path, tmp_path: Path) -> None:
    make_diary(data_dir, 3)
    for alteration, says in (
        ("ALTER TABLE diary_entry DROP COLUMN notes", "diary_entry lacks notes"),
        ("ALTER TABLE run ADD COLUMN payload TEXT", "run has an unknown column payload"),
        ("CREATE TABLE extra (x)", "an unknown table extra"),
        ("DROP TABLE shoe_alert", ""),
    ):
        altered = tmp_path / f"altered-{abs(hash(alteration))}.sqlite3"
        altered.write_bytes(paths.database_path(data_dir).read_bytes())
        with sqlite3.connect(altered) as connection:
            try:
                connection.execute(alteration)
            except sqlite3.OperationalError:
                continue  # a table this version does not have
        connection.close()
        before = paths.database_path(data_dir).read_bytes()
        with pytest.raises(StorageError) as info:
            restore_backup(data_dir, altered)
        assert "schema is not calfdesk's" in str(info.value) and says in str(info.value)
        assert paths.database_path(data_dir).read_bytes() == before
        result = run_cli(data_dir, "backup", "restore", str(altered))
        assert result.returncode == 3 and "schema is not calfdesk's" in result.stderr


def test_leftovers_of_interrupted_restores_and_backups_are_removed_at_the_next_start(
    data_dir: Path, tmp_path: Path
) -> None:
    from tests.storage.test_leftovers_register import HALF_BACKUP, killed_half_way

    make_diary(data_dir, 3)
    backup = tmp_path / "backup.sqlite3"
    backup.write_bytes(paths.database_path(data_dir).read_bytes())
    said = killed_half_way(HALF_RESTORE, data_dir, backup)
    incoming = Path(said.split(" ", 1)[1])
    partial = Path(killed_half_way(HALF_BACKUP, paths.database_path(data_dir)).split(" ", 1)[1])
    leftovers = [incoming, incoming.with_name(incoming.name + "-journal"), partial]
    assert all(path.exists() for path in leftovers)

    assert run_cli(data_dir, "entries", "--json").returncode == 0

    assert not [path for path in leftovers if path.exists()]


# A restore through the product's own code that stops half-way through copying the backup in until it is killed.
HALF_RESTORE = """
import sys, time
from pathlib import Path
from calfdesk.storage import restore

def slow_copy(source, target, **_kwargs):
    target.write_bytes(b"half a restored file")
    target.with_name(target.name + "-journal").write_bytes(b"its journal")
    print("copying", target, flush=True)
    time.sleep(120)

restore.copy_database = slow_copy
restore.restore_backup(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def _daily(folder: Path, moment: dt.datetime) -> BackupInfo:
    return BackupInfo(folder / moment.strftime("calfdesk-%Y%m%d-%H%M%S-daily.sqlite3"), moment, "daily", 1)


def test_a_backup_dated_in_the_future_takes_no_rotation_slot(tmp_path: Path) -> None:
    now = dt.datetime(2026, 3, 20, 9, 0)
    present = [_daily(tmp_path, now - dt.timedelta(days=days)) for days in range(12)]
    future = _daily(tmp_path, dt.datetime(2099, 1, 1, 9, 0))

    deleted = backups_to_delete([*present, future], now=now)

    assert future in deleted
    kept_days = {info.created.date() for info in present if info not in deleted}
    # The seven most recent days keep their backups, as they would without the misdated one.
    assert {(now - dt.timedelta(days=days)).date() for days in range(7)} <= kept_days
    assert present[0] not in deleted


@dataclass
class Outcome:
    kind: str
    started: float
    ended: float
    code: int
    out: str
    note: str = ""


@pytest.mark.slow
def test_restores_against_concurrent_logs_and_imports_lose_no_acknowledged_write(
    data_dir: Path, with_backup: BackupInfo, tmp_path: Path
) -> None:
    """Every write a command acknowledged is in the file that was live when it committed: the live file, or a
    file a later restore set aside, read on its own without any log."""
    from tests.training_files import gpx_text

    outcomes: list[Outcome] = []
    lock = threading.Lock()
    stop = time.monotonic() + 20
    rng = random.Random(7)

    def run(kind: str, args: list[str], note: str = "") -> None:
        started = time.time()
        result = subprocess.run(
            [sys.executable, "-m", "calfdesk", "--data-dir", str(data_dir), *args],
            capture_output=True,
            text=True,
            env=cli_env(),
            timeout=120,
            check=False,
        )
        with lock:
            outcomes.append(Outcome(kind, started, time.time(), result.returncode, result.stdout, note))

    def logger(number: int) -> None:
        count = 0
        while time.monotonic() < stop:
            count += 1
            note = f"stress-{number}-{count}"
            run("log", ["log", "--soreness", "3", "--note", note], note)

    def restorer() -> None:
        while time.monotonic() < stop:
            time.sleep(rng.uniform(0.2, 1.5))
            run("restore", ["backup", "restore", str(with_backup.path)])

    def importer() -> None:
        count = 0
        while time.monotonic() < stop:
            count += 1
            run_file = tmp_path / f"run-{count}.gpx"
            start = dt.datetime(2026, 1, 1, 7, tzinfo=dt.UTC) + dt.timedelta(days=count)
            run_file.write_text(gpx_text(start=start))
            run("import", ["runs", "import", str(run_file)])

    threads = [threading.Thread(target=logger, args=(n,)) for n in range(2)]
    threads += [threading.Thread(target=restorer), threading.Thread(target=importer)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    restores = sorted((o for o in outcomes if o.kind == "restore" and o.code == 0), key=lambda o: o.started)
    logs = [o for o in outcomes if o.kind == "log" and o.code == 0]
    assert restores and logs, "the stress run needs successful restores and logs"
    assert all(o.code in (0, 2, 3) for o in outcomes), [o for o in outcomes if o.code not in (0, 2, 3)]
    kept = sorted(
        path for path in data_dir.glob("calfdesk.sqlite3.replaced-*") if not path.name.endswith(("-wal", "-shm"))
    )
    assert len(kept) == len(restores)
    files = [standalone_notes(path) for path in kept] + [standalone_notes(paths.database_path(data_dir))]
    for log in logs:
        # Its entry went into the file that was live when it committed: the one set aside by a restore that had
        # not ended when the command started, up to the first restore that began after it ended, or the live one.
        first = next((index for index, restore in enumerate(restores) if restore.ended > log.started), len(restores))
        last = next((index for index, restore in enumerate(restores) if restore.started > log.ended), len(restores))
        candidates = files[first : last + 1]
        assert any(log.note in notes for notes in candidates), f"{log.note} was acknowledged but is not in its file"
