"""`calfdesk plan ...` per CONTRACTS.md: JSON shapes, exit codes and what gets written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from calfdesk.cli import main

DAY = "2026-03-02"


def run(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data_dir), *args])
    except SystemExit as stop:
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def run_json(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> object:
    code, out, err = run(capsys, data_dir, *args)
    assert code == 0, err
    return json.loads(out)


def test_plan_list_json(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    plans = run_json(capsys, data_dir, "plan", "list", "--json")
    assert isinstance(plans, list)
    assert {plan["id"] for plan in plans} == {"calf_strain", "achilles_tendinopathy", "cramp", "prevention"}
    for plan in plans:
        assert {"id", "name", "for_condition", "weeks"} <= set(plan)
        assert isinstance(plan["weeks"], int)
    achilles = next(plan for plan in plans if plan["id"] == "achilles_tendinopathy")
    assert achilles["weeks"] == 12 and achilles["variants"] == ["insertional"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("plan", "start", "compartment_syndrome"), "no exercise plan"),
        (("plan", "start", "ice_bath"), "'ice_bath' is not a plan"),
        (("plan", "start", "calf_strain", "--side", "middle"), "invalid choice"),
        (("plan", "start", "calf_strain", "--variant", "insertional"), "no variant 'insertional'"),
        (("plan", "start", "calf_strain", "--date", "2026-02-30"), "not a real date"),
    ],
)
def test_plan_start_refuses_with_exit_2_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: tuple[str, ...], message: str
) -> None:
    code, _out, err = run(capsys, data_dir, *args)
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
    assert not (data_dir / "calfdesk.sqlite3").exists()


def test_a_day_with_the_achilles_plan(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = run(capsys, data_dir, "plan", "start", "achilles_tendinopathy", "--side", "right", "--date", DAY)
    assert code == 0 and "started achilles_tendinopathy" in out

    today = run_json(capsys, data_dir, "plan", "today", "--json", "--date", DAY)
    assert isinstance(today, dict)
    assert today["plan"] == "achilles_tendinopathy"
    assert set(today["phase"]) == {"id", "name", "goal"}
    items = today["items"]
    assert all(set(item) == {"id", "exercise", "name", "dose", "slot", "done"} for item in items)
    slots = {item["slot"] for item in items if item["exercise"] == "heel_drop_straight_knee"}
    assert slots == {"morning", "evening"}

    first = items[0]["id"]
    assert run(capsys, data_dir, "plan", "check", first, "--date", DAY)[0] == 0
    after = run_json(capsys, data_dir, "plan", "today", "--json", "--date", DAY)
    assert [item["id"] for item in after["items"] if item["done"]] == [first]  # type: ignore[index]
    assert run(capsys, data_dir, "plan", "uncheck", first, "--date", DAY)[0] == 0
    undone = run_json(capsys, data_dir, "plan", "today", "--json", "--date", DAY)
    assert not any(item["done"] for item in undone["items"])  # type: ignore[index]

    code, _, err = run(capsys, data_dir, "plan", "check", "2026-03-02:walk_run:day", "--date", DAY)
    assert code == 2 and "not on the checklist" in err

    status = run_json(capsys, data_dir, "plan", "status", "--json", "--date", DAY)
    assert isinstance(status, dict)
    assert {"plan", "phase", "started", "adherence_7d", "suggestion"} <= set(status)
    assert status["started"] == DAY and status["suggestion"] is None and status["adherence_7d"] == 0.0


def test_pain_drives_the_suggestion(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    run(capsys, data_dir, "plan", "start", "achilles_tendinopathy", "--side", "left", "--date", DAY)
    assert run(capsys, data_dir, "plan", "pain", "7", "--slot", "morning", "--date", DAY)[0] == 0
    status = run_json(capsys, data_dir, "plan", "status", "--json", "--date", DAY)
    assert status["suggestion"]["action"] == "reduce"  # type: ignore[index]
    assert "7/10" in status["suggestion"]["reason"]  # type: ignore[index]
    code, out, _ = run(capsys, data_dir, "plan", "decline", "--date", DAY)
    assert code == 0 and "declined: reduce" in out
    assert run_json(capsys, data_dir, "plan", "status", "--json", "--date", DAY)["suggestion"] is None  # type: ignore[index]

    assert run(capsys, data_dir, "plan", "pain", "11", "--date", DAY)[0] == 2
    assert run(capsys, data_dir, "plan", "morning", "--pain", "2", "--stiffness-min", "x", "--date", DAY)[0] == 2
    assert run(capsys, data_dir, "plan", "heel-raise", "--left", "20", "--right", "25", "--date", DAY)[0] == 0
    status = run_json(capsys, data_dir, "plan", "status", "--json", "--date", DAY)
    assert status["heel_raise_test"]["symmetry_pct"] == 80.0  # type: ignore[index]


def test_without_a_plan(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    assert run_json(capsys, data_dir, "plan", "today", "--json") is None
    assert run_json(capsys, data_dir, "plan", "status", "--json") is None
    code, _, err = run(capsys, data_dir, "plan", "check", f"{DAY}:warm_up:day", "--date", DAY)
    assert code == 2 and "no plan is active" in err


def test_start_while_active_needs_replace(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    run(capsys, data_dir, "plan", "start", "cramp", "--date", DAY)
    code, _, err = run(capsys, data_dir, "plan", "start", "prevention", "--date", DAY)
    assert code == 2 and "already active" in err
    assert run(capsys, data_dir, "plan", "start", "prevention", "--replace", "--date", DAY)[0] == 0
    assert run_json(capsys, data_dir, "plan", "status", "--json", "--date", DAY)["plan"] == "prevention"  # type: ignore[index]
    assert run(capsys, data_dir, "plan", "finish", "--date", DAY)[0] == 0
    assert run_json(capsys, data_dir, "plan", "status", "--json", "--date", DAY) is None
