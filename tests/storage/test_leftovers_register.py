"""Clean-up removes only what calfdesk itself made: a temporary file is removed at a later start only when the
leftovers register names it (its writer ended mid-write), never by its name alone, and never through a link
that leads out of the folder it was written in. The runner's own files with similar names stay."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from calfdesk import paths
from calfdesk.settings import Settings
from tests.reliability import REPO_ROOT, cli_env, make_diary, run_cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="flock")

# A backup through the product's own code that stops half-way through its copy until it is killed.
HALF_BACKUP = """
import sys, time
from pathlib import Path
from calfdesk.storage import backup

def slow_copy(source, target, **_kwargs):
    target.write_bytes(b"half a backup")
    target.with_name(target.name + "-journal").write_bytes(b"its journal")
    print("copying", target, flush=True)
    time.sleep(120)

backup.copy_database = slow_copy
backup.create_backup(Path(sys.argv[1]), reason="manual")
"""

# A settings save through the product's own code that stops half-way until it is killed.
HALF_SAVE = """
import json, sys, time
from pathlib import Path
from calfdesk.settings import Settings

def slow_dump(values, stream, **_kwargs):
    stream.write("{")
    stream.flush()
    print("saving", flush=True)
    time.sleep(120)

json.dump = slow_dump
Settings(Path(sys.argv[1])).set("units", "mi")
"""


def killed_half_way(script: str, *args: Path) -> str:
    """Run `script` until it says it is half-way, then kill it with SIGKILL; returns what it said."""
    process = subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
        cwd=REPO_ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    line = process.stdout.readline().strip()
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    error = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    assert line, error
    return line


def runners_own_files(data_dir: Path) -> list[Path]:
    """Files a runner may keep in a folder given with --data-dir, whose names look like calfdesk's."""
    backups = paths.backup_dir(data_dir)
    backups.mkdir(exist_ok=True)
    planted = [
        data_dir / ".settings.bak",
        data_dir / ".settings.old.json",
        data_dir / ".settings.abcd1234",
        data_dir / ".calfdesk.sqlite3.restoring-4242",
        data_dir / ".calfdesk.sqlite3.checking-4242",
        backups / ".notes.partial.txt",
        backups / ".calfdesk-20260301-080000-daily.sqlite3.4242.partial",
    ]
    two_days_ago = data_dir.stat().st_mtime - 2 * 86400
    for path in planted:
        path.write_text("the runner's own", encoding="utf-8")
        os.utime(path, (two_days_ago, two_days_ago))
    return planted


def test_the_runners_own_files_in_the_data_folder_survive_every_start(data_dir: Path) -> None:
    make_diary(data_dir, 3)
    planted = runners_own_files(data_dir)

    for _ in range(2):
        assert run_cli(data_dir, "entries").returncode == 0
        Settings(data_dir)

    assert [path for path in planted if not path.exists()] == []
    assert all(path.read_text(encoding="utf-8") == "the runner's own" for path in planted)


def test_a_backup_killed_half_way_is_removed_at_the_next_start_and_nothing_else(data_dir: Path) -> None:
    make_diary(data_dir, 3)
    planted = runners_own_files(data_dir)
    said = killed_half_way(HALF_BACKUP, paths.database_path(data_dir))
    partial = Path(said.split(" ", 1)[1])
    assert partial.exists() and partial.with_name(partial.name + "-journal").exists()

    assert run_cli(data_dir, "entries").returncode == 0

    assert not partial.exists() and not partial.with_name(partial.name + "-journal").exists()
    assert [path for path in planted if not path.exists()] == []


def test_a_settings_save_killed_half_way_is_removed_at_the_next_start(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    Settings(folder).set("units", "km")
    own = folder / ".settings.bak"
    own.write_text("my notes", encoding="utf-8")
    killed_half_way(HALF_SAVE, folder)
    [temporary] = [path for path in folder.iterdir() if path.name.startswith(".settings.") and path != own]

    settings = Settings(folder)

    assert not temporary.exists()
    assert own.read_text(encoding="utf-8") == "my notes"
    assert settings.get("units") == "km"


def test_a_leftover_behind_a_folder_turned_into_a_link_is_not_followed(data_dir: Path, tmp_path: Path) -> None:
    make_diary(data_dir, 3)
    said = killed_half_way(HALF_BACKUP, paths.database_path(data_dir))
    partial = Path(said.split(" ", 1)[1])
    # Someone swaps backups/ for a link to a folder elsewhere holding a file of the same name.
    elsewhere = tmp_path / "elsewhere"
    paths.backup_dir(data_dir).rename(elsewhere)
    paths.backup_dir(data_dir).symlink_to(elsewhere, target_is_directory=True)

    assert run_cli(data_dir, "entries").returncode == 0

    assert (elsewhere / partial.name).exists(), "nothing is removed through the link"


def test_a_leftover_that_is_itself_a_link_is_not_followed(data_dir: Path, tmp_path: Path) -> None:
    make_diary(data_dir, 3)
    said = killed_half_way(HALF_BACKUP, paths.database_path(data_dir))
    partial = Path(said.split(" ", 1)[1])
    target = tmp_path / "precious.sqlite3"
    target.write_text("keep", encoding="utf-8")
    partial.unlink()
    partial.symlink_to(target)

    assert run_cli(data_dir, "entries").returncode == 0

    assert target.read_text(encoding="utf-8") == "keep"
