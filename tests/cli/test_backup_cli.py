"""`calfdesk backup create | list --json | restore BACKUP`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from calfdesk import paths
from tests.reliability import digest, entry_ids, folder_state, garble_middle_pages, make_diary, run_cli


def test_create_then_list_as_json(data_dir: Path) -> None:
    make_diary(data_dir, 12)
    created = run_cli(data_dir, "backup", "create")
    assert created.returncode == 0, created.stderr
    name = created.stdout.strip()

    listed = run_cli(data_dir, "backup", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    items = json.loads(listed.stdout)
    assert [item["name"] for item in items] == [name]
    item = items[0]
    assert set(item) == {"name", "path", "created", "reason", "size_bytes"}
    assert item["reason"] == "manual"
    assert Path(item["path"]) == paths.backup_dir(data_dir) / name
    assert item["size_bytes"] == Path(item["path"]).stat().st_size > 0
    assert item["created"][:4] == name[9:13]


def test_list_of_a_folder_without_backups_is_an_empty_array(data_dir: Path) -> None:
    result = run_cli(data_dir, "backup", "list", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout) == []


def test_restore_by_name_keeps_the_current_file_beside_it(data_dir: Path) -> None:
    ids = make_diary(data_dir, 12)
    name = run_cli(data_dir, "backup", "create").stdout.strip()
    assert run_cli(data_dir, "log", "--soreness", "7").returncode == 0
    db_path = paths.database_path(data_dir)
    current = digest(db_path)

    result = run_cli(data_dir, "backup", "restore", name)

    assert result.returncode == 0, result.stderr
    kept = [path for path in data_dir.iterdir() if path.name.startswith("calfdesk.sqlite3.replaced-")]
    assert len(kept) == 1 and digest(kept[0]) == current
    assert (kept[0].stat().st_mode & 0o777) == paths.FILE_MODE
    assert entry_ids(db_path) == ids
    listed = json.loads(run_cli(data_dir, "entries", "--json").stdout)
    assert len(listed) == 12


def test_restore_by_path(data_dir: Path, tmp_path: Path) -> None:
    make_diary(data_dir, 4)
    other = tmp_path / "elsewhere"
    make_diary(other, 9)
    name = run_cli(other, "backup", "create").stdout.strip()
    source = paths.backup_dir(other) / name
    result = run_cli(data_dir, "backup", "restore", str(source))
    assert result.returncode == 0, result.stderr
    assert len(entry_ids(paths.database_path(data_dir))) == 9


def test_a_damaged_backup_is_refused_and_nothing_changes(data_dir: Path) -> None:
    make_diary(data_dir, 300)
    name = run_cli(data_dir, "backup", "create").stdout.strip()
    garble_middle_pages(paths.backup_dir(data_dir) / name)
    before = folder_state(data_dir)

    result = run_cli(data_dir, "backup", "restore", name)

    assert result.returncode == 3
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0]
    assert folder_state(data_dir) == before


def test_an_unknown_backup_is_invalid_input(data_dir: Path) -> None:
    make_diary(data_dir, 3)
    result = run_cli(data_dir, "backup", "restore", "calfdesk-19990101-000000-daily.sqlite3")
    assert result.returncode == 2
    assert "backup" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_restore_is_refused_while_the_window_has_the_folder_open(data_dir: Path) -> None:
    make_diary(data_dir, 3)
    name = run_cli(data_dir, "backup", "create").stdout.strip()
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as window:
        try:
            paths.window_lock_path(data_dir).write_text(f"{window.pid}\ncalfdesk\n{os.uname().nodename}\n")
            before = folder_state(data_dir)
            result = run_cli(data_dir, "backup", "restore", name)
        finally:
            window.kill()
    assert result.returncode == 3
    assert "window" in result.stderr
    assert folder_state(data_dir) == before
