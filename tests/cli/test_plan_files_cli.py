"""`calfdesk plan export PATH` and `calfdesk plan import PATH [--dry-run]`: the round trip, refusals with the
line and field (exit 2, nothing written), and the safety rules of `plan start` applied to a plan file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_plan_commands import DAY, run, run_json


def start_and_export(capsys: pytest.CaptureFixture[str], data_dir: Path, path: Path, *extra: str) -> str:
    assert run(capsys, data_dir, "plan", "start", "calf_strain", "--side", "left", "--date", DAY)[0] == 0
    code, out, err = run(capsys, data_dir, "plan", "export", str(path), *extra)
    assert code == 0, err
    assert str(path) in out
    return path.read_text(encoding="utf-8")


def test_export_edit_import_gives_the_edited_plan(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "calf.toml"
    text = start_and_export(capsys, data_dir, path, "--clinician", "Dr Ana Ruiz", "--note", "Gentle holds first.")
    assert 'name = "Dr Ana Ruiz"' in text and "Gentle holds first." in text
    edited = text.replace(
        'exercise = "isometric_calf_hold"\nloaded = true', 'exercise = "isometric_calf_hold"\nloaded = true\nsets = 4'
    )
    path.write_text(edited, encoding="utf-8")

    code, out, err = run(capsys, data_dir, "plan", "import", str(path), "--side", "left", "--replace", "--date", DAY)
    assert code == 0, err
    assert "by Dr Ana Ruiz, based on calf_strain" in out
    assert "phase calm, isometric_calf_hold: sets as in the catalogue -> 4" in out
    assert "started calf_strain from the plan file" in out

    today = run_json(capsys, data_dir, "plan", "today", "--json", "--date", DAY)
    hold = next(item for item in today["items"] if item["exercise"] == "isometric_calf_hold")  # type: ignore[index]
    assert hold["dose"].startswith("4 × 30 s")
    status = run_json(capsys, data_dir, "plan", "status", "--json", "--date", DAY)
    assert status["plan_file"] == {  # type: ignore[index]
        "file_name": "calf.toml",
        "clinician": "Dr Ana Ruiz",
        "note": "Gentle holds first.",
        "based_on": "calf_strain",
        "format_version": 1,
    }

    again = tmp_path / "again.toml"
    assert run(capsys, data_dir, "plan", "export", str(again))[0] == 0
    assert again.read_text(encoding="utf-8") == edited, "the running plan exports as the file it came from"


def test_dry_run_shows_the_changes_and_starts_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "source"
    path = tmp_path / "plan.toml"
    text = start_and_export(capsys, source, path, "--clinician", "Dr Ana Ruiz")
    path.write_text(text.replace("pain_limit = 2", "pain_limit = 1", 1), encoding="utf-8")
    code, out, err = run(capsys, data_dir, "plan", "import", str(path), "--dry-run", "--json")
    assert code == 0, err
    shown = json.loads(out)
    assert shown["started"] is False and shown["plan_file"]["clinician"] == "Dr Ana Ruiz"
    assert shown["changes"] == [
        {"phase": "calm", "exercise": None, "field": "pain_limit", "built_in": "2", "plan_file": "1"}
    ]
    assert not (data_dir / "calfdesk.sqlite3").exists(), "a dry run writes nothing"


@pytest.mark.parametrize(
    ("old", "new", "line_text", "says"),
    [
        (
            "sets = 3\nreps = 10",
            "sets = 12\nreps = 10",
            "sets = 12",
            "phases[2].items[3].sets: must be a whole number from 1 to 5",
        ),
        (
            'exercise = "ice"',
            'exercise = "cryo_chamber"',
            "cryo_chamber",
            "phases[1].items[2].exercise: 'cryo_chamber' is not",
        ),
        (
            "pain_limit = 2",
            "pain_limit = 8",
            "pain_limit = 8",
            "phases[1].pain_limit: must be a whole number from 0 to 5",
        ),
        ('name = "Dr Ana Ruiz"', 'name = ""', 'name = ""', "clinician.name: write the name of the clinician"),
    ],
)
def test_an_invalid_plan_file_exits_2_naming_the_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, old: str, new: str, line_text: str, says: str
) -> None:
    path = tmp_path / "plan.toml"
    text = start_and_export(capsys, tmp_path / "source", path, "--clinician", "Dr Ana Ruiz").replace(old, new, 1)
    path.write_text(text, encoding="utf-8")
    line = next(number for number, row in enumerate(text.splitlines(), start=1) if line_text in row)
    code, out, err = run(capsys, data_dir, "plan", "import", str(path), "--dry-run")
    assert code == 2 and out == ""
    assert err.startswith(f"calfdesk: plan file: line {line}, {says}")
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not (data_dir / "calfdesk.sqlite3").exists()


def test_unreadable_and_binary_files_exit_2(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    code, _out, err = run(capsys, data_dir, "plan", "import", str(tmp_path / "missing.toml"))
    assert code == 2 and "cannot read the file" in err and len(err.strip().splitlines()) == 1
    binary = tmp_path / "plan.toml"
    binary.write_bytes(b"format_version = 1\n\xff\xfe\x00")
    code, _out, err = run(capsys, data_dir, "plan", "import", str(binary))
    assert code == 2 and "not UTF-8 text" in err
    huge = tmp_path / "huge.toml"
    huge.write_bytes(b"#" * (300 * 1024))
    code, _out, err = run(capsys, data_dir, "plan", "import", str(huge))
    assert code == 2 and "too large for a plan file" in err


def test_a_plan_file_never_bypasses_the_triage(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "plan.toml"
    text = start_and_export(capsys, tmp_path / "source", path, "--clinician", "Dr Ana Ruiz")
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"pop_at_onset": True, "heel_raise": "unable"}), encoding="utf-8")
    assert run(capsys, data_dir, "assess", "--answers", str(answers), "--save")[0] == 0

    # A dry run says, before the runner tries, that starting would need a clinician's clearance.
    code, out, err = run(capsys, data_dir, "plan", "import", str(path), "--side", "left", "--dry-run")
    assert code == 0 and "dry run: nothing was started" in out and "--cleared" in out and "See a doctor today" in out
    code, out, _ = run(capsys, data_dir, "plan", "import", str(path), "--dry-run", "--json")
    assert json.loads(out)["needs_cleared"] is True and json.loads(out)["started"] is False

    code, out, err = run(capsys, data_dir, "plan", "import", str(path), "--side", "left")
    assert code == 2 and out == "" and "--cleared" in err and "See a doctor today" in err
    assert run_json(capsys, data_dir, "plan", "status", "--json") is None

    code, out, err = run(capsys, data_dir, "plan", "import", str(path), "--side", "left", "--cleared")
    assert code == 0, err
    assert "a clinician has cleared you" in out
    status = run_json(capsys, data_dir, "plan", "status", "--json")
    assert status["cleared_by_clinician"] is not None and status["plan_file"]["clinician"] == "Dr Ana Ruiz"  # type: ignore[index]

    pageless = text.replace('based_on = "calf_strain"', 'based_on = "compartment_syndrome"')
    path.write_text(pageless, encoding="utf-8")
    code, _out, err = run(capsys, data_dir, "plan", "import", str(path), "--replace", "--cleared")
    assert code == 2 and "no exercise plan" in err


def test_a_plan_file_starts_only_when_no_plan_runs_unless_replace(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "plan.toml"
    start_and_export(capsys, data_dir, path, "--clinician", "Dr Ana Ruiz")
    code, out, err = run(capsys, data_dir, "plan", "import", str(path), "--date", DAY)
    assert code == 2 and out == "" and "already active" in err
    status = run_json(capsys, data_dir, "plan", "status", "--json", "--date", DAY)
    assert status["plan_file"] is None  # type: ignore[index]


def test_export_without_a_plan_exits_2(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    code, _out, err = run(capsys, data_dir, "plan", "export", str(tmp_path / "plan.toml"))
    assert code == 2 and "no plan is active" in err
    assert not (tmp_path / "plan.toml").exists()
