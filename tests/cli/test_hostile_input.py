"""Hostile input on the command line: special files, huge files, huge headers, deep JSON, one bad file among
good ones, and text that would steer a terminal. Every case ends in exit 0 or 2 with one line per problem,
promptly, and writes nothing when refused."""

from __future__ import annotations

import datetime as dt
import os
import time
from pathlib import Path

import pytest

from calfdesk import paths
from tests.cli.conftest import Runner
from tests.reliability import digest, make_diary, run_cli
from tests.training_files import START, fit_bytes, gpx_text

SPECIAL_FILES = ["/dev/zero", "/dev/urandom", "/dev/null"]


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    path = tmp_path / "run.gpx"
    os.mkfifo(path)
    return path


@pytest.mark.parametrize("special", SPECIAL_FILES)
def test_devices_are_refused_before_anything_is_read(cli: Runner, special: str) -> None:
    if not Path(special).exists():
        pytest.skip(f"{special} does not exist here")
    started = time.monotonic()
    for args in (("runs", "import", special), ("import", "--csv", special), ("assess", "--answers", special)):
        code, _out, err = cli(*args)
        assert code == 2, (args, err)
        assert "not a regular file" in one_line(err)
    assert time.monotonic() - started < 10


def test_a_pipe_is_refused_at_once_instead_of_waiting_for_a_writer(fifo: Path, data_dir: Path) -> None:
    # In a child process: were the pipe opened for reading, the command would wait for a writer for ever.
    for args in (("runs", "import", str(fifo)), ("import", "--csv", str(fifo)), ("assess", "--answers", str(fifo))):
        result = run_cli(data_dir, *args)
        assert result.returncode == 2, result.stderr
        assert "not a regular file" in one_line(result.stderr)


def test_a_file_too_large_is_refused_by_its_size_before_it_is_read(cli: Runner, tmp_path: Path) -> None:
    huge = tmp_path / "huge.gpx"
    with huge.open("wb") as handle:
        handle.truncate(3 * 1024**3)  # sparse: 3 GB that take no room; reading them would take seconds
    diary = tmp_path / "diary.csv"
    with diary.open("wb") as handle:
        handle.truncate(100 * 1024**2)
    answers = tmp_path / "answers.json"
    with answers.open("wb") as handle:
        handle.truncate(2 * 1024**2)
    started = time.monotonic()
    code, _out, err = cli("runs", "import", str(huge))
    assert code == 2 and "larger than 256 MB" in one_line(err)
    code, _out, err = cli("import", "--csv", str(diary))
    assert code == 2 and "larger than 64 MB" in one_line(err)
    code, _out, err = cli("assess", "--answers", str(answers))
    assert code == 2 and "larger than 1 MB" in one_line(err)
    assert time.monotonic() - started < 5


def test_a_diary_header_with_sixty_thousand_columns_is_refused_at_once(
    cli: Runner, data_dir: Path, tmp_path: Path
) -> None:
    make_diary(data_dir, 5)
    before = digest(paths.database_path(data_dir))
    wide = tmp_path / "wide.csv"
    # Empty column names keep the header under the line limit: 60,000 columns on a 60 kB line.
    header = "date,soreness" + "," * 60_000
    wide.write_text(header + "\n" + '"2026-03-02","3"\n' * 20_000)
    started = time.monotonic()
    code, _out, err = cli("import", "--csv", str(wide))
    assert code == 2 and "columns" in one_line(err)
    assert time.monotonic() - started < 10
    assert digest(paths.database_path(data_dir)) == before


def test_short_rows_under_a_wide_header_cost_no_more_than_narrow_ones(cli: Runner, tmp_path: Path) -> None:
    wide = tmp_path / "wide.csv"
    header = "date,soreness," + ",".join(f"extra{index}" for index in range(190))
    rows = "".join(f"2025-{1 + index // 28 % 12:02d}-{1 + index % 28:02d},{index % 11}\n" for index in range(50_000))
    wide.write_text(header + "\n" + rows)
    started = time.monotonic()
    code, out, err = cli("import", "--csv", str(wide), "--dry-run")
    assert code == 0, err
    assert out.startswith("would add")
    assert time.monotonic() - started < 20


def test_an_activity_csv_with_thousands_of_columns_is_refused(cli: Runner, tmp_path: Path) -> None:
    wide = tmp_path / "activities.csv"
    wide.write_text("Activity ID,Activity Date,Activity Type," + ",".join(f"c{i}" for i in range(5000)) + "\n1,x,Run\n")
    code, _out, err = cli("runs", "import", str(wide))
    assert code == 2 and "columns" in one_line(err) and "activities.csv" in err


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"location": ' + "[" * 50 + "]" * 50 + "}", "nested too deeply"),
        ('{"pain_now": ' + "7" * 5000 + "}", "digits"),
        ('{"pain_now": -' + "7" * 5000 + "}", "digits"),
    ],
    ids=["100000 brackets", "50 levels", "5000 digits", "5000 digits negative"],
)
def test_deep_or_huge_json_answers_are_refused_in_one_line(
    cli: Runner, data_dir: Path, tmp_path: Path, content: str, says: str
) -> None:
    make_diary(data_dir, 3)
    before = digest(paths.database_path(data_dir))
    answers = tmp_path / "answers.json"
    answers.write_text(content)
    code, out, err = cli("assess", "--answers", str(answers), "--save")
    assert code == 2 and says in one_line(err)
    assert out == ""
    assert digest(paths.database_path(data_dir)) == before


def test_deep_json_on_standard_input_is_refused_too(data_dir: Path) -> None:
    result = run_cli(data_dir, "assess", "--answers", "-", stdin=b"[" * 200_000)
    assert result.returncode == 2 and "nested too deeply" in one_line(result.stderr)
    result = run_cli(data_dir, "assess", "--answers", "-", stdin=b" " * (2 * 1024 * 1024))
    assert result.returncode == 2 and "larger than 1 MB" in one_line(result.stderr)


def test_one_bad_file_among_good_ones_is_that_files_error_and_the_report_says_what_was_saved(
    cli: Runner, tmp_path: Path
) -> None:
    first = tmp_path / "first.gpx"
    first.write_text(gpx_text())
    # A FIT file whose local time is a day away from UTC: read in this computer's zone instead of failing.
    far = tmp_path / "far.fit"
    far.write_bytes(fit_bytes(local_offset_min=24 * 60, start=START + dt.timedelta(days=1)))
    broken = tmp_path / "broken.fit"
    broken.write_bytes(fit_bytes(start=START + dt.timedelta(days=2))[:-9])
    last = tmp_path / "last.fit"
    last.write_bytes(fit_bytes(start=START + dt.timedelta(days=3)))

    code, out, err = cli("runs", "import", str(first), str(far), str(broken), str(last))

    assert code == 2
    assert f"calfdesk: {broken}: " in one_line(err)
    for path in (first, far, last):
        assert f"{path}: added 1 run" in out, out
    assert "added 3 runs in all" in out and "3 of 4 files read" in out
    code, out, _err = cli("runs", "list", "--json")
    assert out.count('"source"') == 3


def test_file_names_and_notes_that_would_steer_a_terminal_are_printed_escaped(cli: Runner, tmp_path: Path) -> None:
    note = "calf\x1b[2J\x1b]0;owned\x07 tight\nsecond line\u202eevil"
    code, out, err = cli("log", "--soreness", "3", "--note", note)
    assert code == 0, err
    code, out, _err = cli("entries")
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    (line,) = out.strip().splitlines()
    assert "calf\\x1b[2J\\x1b]0;owned\\x07 tight\\nsecond line\\u202eevil" in line

    weird = tmp_path / "run\n\x1b[31mred.gpx"
    weird.write_text(gpx_text())
    code, out, err = cli("runs", "import", str(weird))
    assert code == 0, err
    assert "\x1b" not in out
    assert "run\\n\\x1b[31mred.gpx: added 1 run" in out

    bad = tmp_path / "bad\n\x07.gpx"
    bad.write_text("not a run")
    code, out, err = cli("runs", "import", str(bad))
    assert code == 2
    assert "\x07" not in err and "bad\\n\\x07.gpx" in one_line(err)

    code, out, err = cli("shoes", "add", "Pegasus\x1b[8m hidden")
    code, out, err = cli("shoes", "list")
    assert "\x1b" not in out and "Pegasus\\x1b[8m hidden" in out


def test_ctrl_c_stops_a_command_promptly_with_one_line_and_exit_130(data_dir: Path) -> None:
    import signal
    import subprocess
    import sys

    from tests.reliability import cli_env

    make_diary(data_dir, 3)
    # Another process holds the write lock, so `log` waits in SQLite (up to 5 s) where Python cannot stop it.
    holder = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "print('locked', flush=True)\n"
        "sys.stdin.read()\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", holder, str(paths.database_path(data_dir))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as lock:
        assert lock.stdout is not None and lock.stdin is not None
        assert lock.stdout.readline().strip() == "locked"
        with subprocess.Popen(
            [sys.executable, "-m", "calfdesk", "--data-dir", str(data_dir), "log", "--soreness", "5"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=cli_env(),
        ) as command:
            time.sleep(2.0)  # well inside SQLite's wait for the lock
            sent = time.monotonic()
            command.send_signal(signal.SIGINT)
            _out, err = command.communicate(timeout=30)
            took = time.monotonic() - sent
        lock.stdin.close()
        lock.wait(timeout=30)
    assert command.returncode == 130
    assert "interrupted" in one_line(err)
    assert took < 1.5, f"stopped {took:.1f} s after Ctrl-C"


def test_an_existing_folder_is_never_changed_and_a_readable_one_is_warned_about(cli: Runner, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o1777)
    code, _out, err = cli("--data-dir", str(shared), "entries")
    assert code == 0, err
    assert shared.stat().st_mode & 0o7777 == 0o1777
    assert "warning" in one_line(err) and "other users" in err and "chmod 700" in err
    assert paths.database_path(shared).stat().st_mode & 0o777 == 0o600
    fresh = tmp_path / "fresh" / "calfdesk"
    code, _out, err = cli("--data-dir", str(fresh), "entries")
    assert code == 0 and err == ""
    assert fresh.stat().st_mode & 0o777 == 0o700
