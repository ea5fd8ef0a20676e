"""Temporary files of a write ended by a signal are removed at the next start, on the command line and when
the window opens: an export's (and a report's) `.part` beside its target, a data folder copy's `.moving`.
Only calfdesk's own names are removed, and never while the process writing them is alive."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability import REPO_ROOT, cli_env, make_diary, run_cli

# An export through the product's own writer that stops half-way (as a slow disk would) until it is killed.
HALF_EXPORT = """
import sys, time
from pathlib import Path
from calfdesk.services.files import write_text_atomically

with write_text_atomically(Path(sys.argv[1])) as stream:
    stream.write("date,time,context,soreness\\r\\n2026-03-01,07:00,morning,3\\r\\n")
    stream.flush()
    print("writing", flush=True)
    time.sleep(120)
"""

# A data folder copy that stops half-way through copying the data file until it is killed.
HALF_MOVE = """
import sys, time
from pathlib import Path
from calfdesk.services import data_folder
from calfdesk.storage.database import open_database

def slow_copy(db, target):
    target.write_bytes(b"half a data file")
    target.with_name(target.name + "-journal").write_bytes(b"its journal")
    print("copying", flush=True)
    time.sleep(120)

data_folder.copy_verified = slow_copy
db = open_database(Path(sys.argv[1]))
data_folder.copy_data_folder(db, Path(sys.argv[2]))
"""


# A runs import that stops at its first file (its scratch folder for nested archives made) until it is killed.
HALF_IMPORT = """
import sys, tempfile, time
from pathlib import Path
from calfdesk.services import training
from calfdesk.storage.database import open_database

def stop(done, total, label):
    [scratch] = [path for path in Path(tempfile.gettempdir()).glob("calfdesk-import-*")]
    print("importing", scratch, flush=True)
    time.sleep(120)

db = open_database(Path(sys.argv[1]))
training.import_files(db, [Path(sys.argv[2])], progress=stop)
"""


def start_half_done(script: str, *args: Path) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-c", script, *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=cli_env(),
        cwd=REPO_ROOT,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.split(" ")[0].strip() in ("writing", "copying", "importing"), (
        process.stderr.read() if process.stderr else ""
    )
    return process, line.strip()


def kill(process: subprocess.Popen[str]) -> None:
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    for stream in (process.stdout, process.stderr):
        if stream is not None:
            stream.close()


def parts(folder: Path) -> list[Path]:
    return sorted(path for path in folder.iterdir() if path.name.endswith(".part"))


def test_an_exports_part_file_is_kept_while_its_writer_lives_and_removed_at_the_next_start(
    data_dir: Path, tmp_path: Path
) -> None:
    make_diary(data_dir, 3)
    out = tmp_path / "exports"
    out.mkdir()
    (out / "diary.csv").write_bytes(b"the previous export\r\n")
    # Files calfdesk did not write, or did not register, are never touched.
    strangers = [out / ".diary.csv.part", out / "notes.part", out / ".diary.csv.calfdesk-abcdefgh.part"]
    for path in strangers:
        path.write_text("someone else's", encoding="utf-8")

    writer, _ = start_half_done(HALF_EXPORT, out / "diary.csv")
    try:
        [temporary] = [path for path in parts(out) if path not in strangers]
        assert temporary.name.startswith(".diary.csv.calfdesk-")
        from calfdesk.leftovers import ledger_dir

        # The record names a file the runner chose: it and its folders are the owner's only.
        [record] = ledger_dir().iterdir()
        assert record.read_bytes() == os.fsencode(str(temporary))
        for path in (record, ledger_dir(), ledger_dir().parent):
            assert path.stat().st_mode & 0o077 == 0, path
        # Another start while the export is still being written leaves it alone.
        assert run_cli(data_dir, "entries").returncode == 0
        assert temporary.exists()
    finally:
        kill(writer)
    assert temporary.exists(), "SIGKILL leaves the half-written file"

    result = run_cli(data_dir, "entries")

    assert result.returncode == 0, result.stderr
    assert not temporary.exists()
    assert parts(out) == sorted(strangers)
    assert (out / "diary.csv").read_bytes() == b"the previous export\r\n"


def test_the_window_start_removes_a_killed_exports_part_file(data_dir: Path, tmp_path: Path) -> None:
    make_diary(data_dir, 3)
    writer, _ = start_half_done(HALF_EXPORT, tmp_path / "report.csv")
    [temporary] = parts(tmp_path)
    kill(writer)

    window = subprocess.run(
        [sys.executable, "-m", "calfdesk", "--data-dir", str(data_dir), "--smoke"],
        capture_output=True,
        text=True,
        env=cli_env(QT_QPA_PLATFORM="offscreen"),
        timeout=120,
        check=False,
    )

    assert window.returncode == 0, window.stderr
    assert not temporary.exists()


def test_a_killed_data_folder_copy_is_removed_at_the_next_start_and_the_move_can_be_tried_again(
    data_dir: Path, tmp_path: Path
) -> None:
    make_diary(data_dir, 3)
    new_home = tmp_path / "new-home"
    mover, _ = start_half_done(HALF_MOVE, data_dir, new_home)
    moving = new_home / ".calfdesk.sqlite3.moving"
    assert moving.exists()
    kill(mover)
    assert moving.exists() and moving.with_name(moving.name + "-journal").exists()

    assert run_cli(data_dir, "entries").returncode == 0

    assert sorted(new_home.iterdir()) == []
    from calfdesk.services.data_folder import copy_data_folder
    from calfdesk.storage.database import open_database

    db = open_database(data_dir)
    try:
        copied = copy_data_folder(db, new_home)
    finally:
        db.close()
    assert copied.rows["diary_entry"] == 3


@pytest.mark.skipif(sys.platform == "win32", reason="flock")
def test_a_record_naming_a_file_calfdesk_does_not_make_removes_nothing(tmp_path: Path) -> None:
    from calfdesk.leftovers import ledger_dir, remove_stale

    victim = tmp_path / "precious.csv"
    victim.write_text("keep me", encoding="utf-8")
    folder = ledger_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{os.getpid()}-0.pending").write_bytes(os.fsencode(str(victim)))

    assert remove_stale() == []
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert list(folder.iterdir()) == []


def test_a_killed_imports_scratch_folder_is_removed_at_the_next_start(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A system temporary folder of this test's own, so other imports on this computer are not in the way.
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))
    make_diary(data_dir, 3)
    run_file = tmp_path / "run.gpx"
    run_file.write_text("<gpx></gpx>", encoding="utf-8")
    importer, said = start_half_done(HALF_IMPORT, data_dir, run_file)
    scratch = Path(said.split(" ", 1)[1])
    (scratch / "nested.zip").write_bytes(b"a copy of a nested archive")
    kill(importer)
    assert scratch.is_dir() and scratch.parent == temporary

    assert run_cli(data_dir, "entries", TMPDIR=str(temporary)).returncode == 0

    assert not scratch.exists()
    assert list(temporary.iterdir()) == []
