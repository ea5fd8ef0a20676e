import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from calfdesk import __version__


def test_version(cli) -> None:
    code, out, _ = cli("--version")
    assert code == 0
    assert out.strip() == f"calfdesk {__version__}"


def test_log_prints_the_new_id_and_entries_lists_it(cli) -> None:
    code, out, err = cli(
        "log",
        "--soreness",
        "4",
        "--date",
        "2026-03-14",
        "--time",
        "07:30",
        "--context",
        "morning",
        "--location",
        "achilles",
        "--side",
        "left",
        "--stiffness-min",
        "20",
        "--note",
        "stiff stairs",
    )
    assert (code, err) == (0, "")
    new_id = int(out)
    code, out, _ = cli("entries", "--json")
    assert code == 0
    [item] = json.loads(out)
    assert item == {
        "id": new_id,
        "date": "2026-03-14",
        "time": "07:30",
        "context": "morning",
        "soreness": 4,
        "location": "achilles",
        "side": "left",
        "stiffness_min": 20,
        "notes": "stiff stairs",
        "utc_offset_min": item["utc_offset_min"],
    }


def test_entries_are_oldest_first_and_filtered(cli) -> None:
    for day in ("2026-03-03", "2026-03-01", "2026-03-02"):
        cli("log", "--soreness", "2", "--date", day, "--time", "08:00")
    _, out, _ = cli("entries", "--json", "--from", "2026-03-02")
    assert [item["date"] for item in json.loads(out)] == ["2026-03-02", "2026-03-03"]


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--soreness", "11"], "soreness"),
        (["--soreness", "three"], "soreness"),
        (["--soreness", "3", "--date", "2026-02-30"], "date"),
        (["--soreness", "3", "--time", "25:00"], "time"),
        (["--soreness", "3", "--context", "evening"], "context"),
        (["--soreness", "3", "--location", "knee"], "location"),
        (["--soreness", "3", "--side", "middle"], "side"),
        (["--soreness", "3", "--stiffness-min", "-4"], "stiffness_min"),
    ],
)
def test_bad_log_values_exit_2_with_one_line_and_write_nothing(
    cli, data_dir: Path, args: list[str], field: str
) -> None:
    code, out, err = cli("log", *args)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and field in err
    assert "Traceback" not in err
    assert not (data_dir / "calfdesk.sqlite3").exists()


def test_export_to_file_and_stdout_match(cli, tmp_path: Path) -> None:
    cli("log", "--soreness", "3", "--date", "2026-03-01", "--time", "07:00", "--note", "-2 km walk")
    target = tmp_path / "diary.csv"
    code, out, _ = cli("export", "--csv", str(target))
    assert code == 0 and "1 entry" in out
    assert target.stat().st_mode & 0o777 == 0o600
    code, out, _ = cli("export", "--csv", "-")
    assert out.replace("\r\n", "\n") == target.read_text(encoding="utf-8").replace("\r\n", "\n")
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert rows[0]["notes"] == "'-2 km walk"


def test_export_range_is_checked(cli) -> None:
    code, _, err = cli("export", "--csv", "-", "--from", "2026-03-05", "--to", "2026-03-01")
    assert code == 2 and "--from" in err


def test_import_reports_added_and_duplicates_and_dry_run_writes_nothing(cli, tmp_path: Path) -> None:
    source = tmp_path / "in.csv"
    source.write_text("date,time,context,soreness\n2026-03-01,07:00,morning,3\n2026-03-02,07:00,morning,2\n")
    code, out, _ = cli("import", "--csv", str(source), "--dry-run")
    assert (code, out.strip()) == (0, "would add 2, skipped 0 duplicates")
    assert json.loads(cli("entries", "--json")[1]) == []
    code, out, _ = cli("import", "--csv", str(source))
    assert out.strip() == "added 2, skipped 0 duplicates"
    code, out, _ = cli("import", "--csv", str(source))
    assert out.strip() == "added 0, skipped 2 duplicates"


def test_import_of_a_bad_file_exits_2_naming_the_line(cli, tmp_path: Path) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("date,soreness\n2026-03-01,3\n2026-03-02,12\n")
    code, _out, err = cli("import", "--csv", str(source))
    assert code == 2 and "line 3" in err and "soreness" in err
    assert json.loads(cli("entries", "--json")[1]) == []


def test_import_of_a_missing_file_exits_2(cli, tmp_path: Path) -> None:
    code, _, err = cli("import", "--csv", str(tmp_path / "nope.csv"))
    assert code == 2 and "nope.csv" in err


def test_unknown_subcommand_or_missing_argument_exits_2(cli) -> None:
    assert cli("log")[0] == 2
    assert cli("frobnicate")[0] == 2


def test_data_dir_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.cli.conftest import run_process

    folder = tmp_path / "env-data"
    import os

    env = {**os.environ, "CALFDESK_DATA_DIR": str(folder)}
    result = run_process("log", "--soreness", "2", env=env)
    assert result.returncode == 0, result.stderr
    assert (folder / "calfdesk.sqlite3").exists()


def test_too_new_file_exits_3_naming_the_file(cli, data_dir: Path) -> None:
    import sqlite3

    cli("log", "--soreness", "2")
    with sqlite3.connect(data_dir / "calfdesk.sqlite3") as connection:
        connection.execute("INSERT INTO alembic_version (version_num) VALUES ('9999_future')")
    connection.close()
    code, _, err = cli("entries", "--json")
    assert code == 3 and "calfdesk.sqlite3" in err and err.count("\n") == 1


COMMANDS_WITHOUT_QT = [
    ["--version"],
    ["log", "--soreness", "3"],
    ["log", "--soreness", "99"],
    ["entries", "--json"],
    ["export", "--csv", "-"],
    ["import", "--csv", "-", "--dry-run"],
    ["backup", "create"],
    ["backup", "list", "--json"],
    ["assess", "--answers", "-", "--json"],
    ["runs", "import", "missing.gpx"],
    ["runs", "list", "--json"],
    ["load", "--json"],
    ["shoes", "list", "--json"],
    ["plan", "start", "cramp"],
    ["plan", "status", "--json"],
    ["ready", "--planned-km", "8", "--json"],
    ["measure", "list", "--json"],
]


# The report is laid out by Qt's own PDF writer (QTextDocument, QPdfWriter, QPainter), so `report` is the one
# sub-command that loads Qt by nature; it may load QtCore and QtGui (headless), never QtWidgets or pyqtgraph.
COMMANDS_WITH_QTGUI = [["report", "--pdf", "report.pdf"]]
QT_MODULES_ALLOWED = frozenset({"PySide6.QtCore", "PySide6.QtGui"})


def _modules_loaded_by(commands: list[list[str]], data_dir: Path, cwd: Path) -> list[str]:
    """Run the commands in a fresh interpreter; returns the Qt and pyqtgraph modules they imported."""
    script = (
        "import sys, io, json\n"
        "from calfdesk.cli import main\n"
        "sys.stdin = io.TextIOWrapper(io.BytesIO(b'date,soreness\\n2026-03-01,3\\n'))\n"
        "for args in json.loads(sys.argv[1]):\n"
        "    try:\n"
        "        main(['--data-dir', sys.argv[2], *args])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph'))\n"
        "sys.stderr.write('QT-MODULES:' + ','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, json.dumps(commands), str(data_dir)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )
    loaded = result.stderr.rsplit("QT-MODULES:", 1)[1]
    return loaded.split(",") if loaded else []


def test_no_subcommand_imports_qt(tmp_path: Path) -> None:
    """Every sub-command (from the real parser) runs without PySide6 or pyqtgraph being imported."""
    from calfdesk.cli import build_parser

    choices = build_parser()._subparsers._group_actions[0].choices  # type: ignore[union-attr]
    tested = {args[0] for args in COMMANDS_WITHOUT_QT + COMMANDS_WITH_QTGUI if not args[0].startswith("-")}
    assert set(choices) == tested, "add an example of every sub-command to COMMANDS_WITHOUT_QT"
    assert _modules_loaded_by(COMMANDS_WITHOUT_QT, tmp_path / "data", tmp_path) == []


def test_the_report_command_loads_qtgui_but_never_widgets(tmp_path: Path) -> None:
    loaded = _modules_loaded_by(COMMANDS_WITH_QTGUI, tmp_path / "data", tmp_path)
    assert (tmp_path / "report.pdf").exists(), "the example really made a report"
    assert "PySide6.QtGui" in loaded
    qt_modules = {name for name in loaded if name.startswith("PySide6.Qt")}
    assert qt_modules <= QT_MODULES_ALLOWED, sorted(qt_modules - QT_MODULES_ALLOWED)
    assert not [name for name in loaded if name.startswith("pyqtgraph")]
