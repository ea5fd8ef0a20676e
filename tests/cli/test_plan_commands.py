"""`calfdesk plan ...` per CONTRACTS.md: JSON shapes, exit codes and what gets written."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from calfdesk import paths
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


def _save_assessment(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, answers: object) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    assert run(capsys, data_dir, "assess", "--answers", str(path), "--save")[0] == 0


def test_start_against_an_urgent_assessment_needs_cleared(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    _save_assessment(capsys, data_dir, tmp_path, {"pop_at_onset": True, "heel_raise": "unable"})
    today = dt.date.today().isoformat()
    code, out, err = run(capsys, data_dir, "plan", "start", "calf_strain", "--side", "left")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"assessment of {today}" in err and "See a doctor today" in err and "--cleared" in err
    assert run_json(capsys, data_dir, "plan", "status", "--json") is None

    code, out, err = run(capsys, data_dir, "plan", "start", "calf_strain", "--side", "left", "--cleared")
    assert code == 0, err
    assert "a clinician has cleared you" in out
    status = run_json(capsys, data_dir, "plan", "status", "--json")
    assert isinstance(status, dict)
    assert status["cleared_by_clinician"]["assessment_date"] == today
    assert "See a doctor today" in status["cleared_by_clinician"]["advice"]


@pytest.mark.parametrize(
    ("answers", "plan", "refused", "says"),
    [
        ({"pop_at_onset": True, "heel_raise": "pain_free"}, "calf_strain", True, "no exercise plan until examined"),
        ({"swollen_warm_red": "not_sure", "pain_now": 1}, "cramp", True, "not sure about a warning sign"),
        (
            {"onset": "sudden", "heel_raise": "unable"},
            "achilles_tendinopathy",
            True,
            "possible tear through the Achilles",
        ),
        ({"breathless_or_chest_pain": True}, "prevention", True, "Get emergency help now"),
        ({"pain_now": 6, "onset": "gradual"}, "prevention", True, "you said 6/10"),
        ({"pain_now": 6, "location": "calf_belly"}, "calf_strain", True, "a tear was not ruled out"),
        ({"pain_now": 6, "location": "calf_belly", "pop_at_onset": False}, "calf_strain", False, ""),
        ({"pain_now": 1, "onset": "gradual"}, "prevention", False, ""),
        ({"duration": "over_12_weeks", "onset": "gradual"}, "achilles_tendinopathy", False, ""),
    ],
)
def test_which_plans_the_latest_assessment_advises_against(
    capsys: pytest.CaptureFixture[str],
    data_dir: Path,
    tmp_path: Path,
    answers: dict[str, object],
    plan: str,
    refused: bool,
    says: str,
) -> None:
    _save_assessment(capsys, data_dir, tmp_path, answers)
    code, _out, err = run(capsys, data_dir, "plan", "start", plan)
    assert (code == 2) is refused, err
    assert says in err


def test_an_assessment_older_than_six_weeks_no_longer_stands_in_the_way(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    _save_assessment(capsys, data_dir, tmp_path, {"swollen_warm_red": True})
    # The assessment was taken 43 days ago (a day given on the command line is never later than tomorrow).
    with sqlite3.connect(paths.database_path(data_dir)) as connection:
        (taken_at,) = connection.execute("SELECT taken_at FROM assessment").fetchone()
        earlier = dt.datetime.fromisoformat(taken_at) - dt.timedelta(days=43)
        connection.execute("UPDATE assessment SET taken_at = ?", (earlier.isoformat(),))
    connection.close()
    today = dt.date.today().isoformat()
    assert run(capsys, data_dir, "plan", "start", "cramp", "--date", today)[0] == 0
    status = run_json(capsys, data_dir, "plan", "status", "--json", "--date", today)
    assert status["cleared_by_clinician"] is None  # type: ignore[index]


def test_hopping_pain_is_recorded_with_the_heel_raise_test(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    run(capsys, data_dir, "plan", "start", "achilles_tendinopathy", "--side", "left", "--date", DAY)
    args = ("plan", "heel-raise", "--left", "26", "--right", "28", "--date", DAY)
    assert run(capsys, data_dir, *args, "--hop-pain", "11")[0] == 2
    assert run(capsys, data_dir, *args, "--hop-pain", "2")[0] == 0
    status = run_json(capsys, data_dir, "plan", "status", "--json", "--date", DAY)
    assert status["heel_raise_test"]["hop_pain"] == 2  # type: ignore[index]


def test_a_third_painful_session_at_the_lightest_load_ends_loading(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    """CLINICAL_NOTES.md 4b: the same reduce advice does not repeat; the third painful session in a row at the
    lightest load ends the loading, and that advice cannot be declined. The load lowered on the first day
    counts from that day on."""
    run(capsys, data_dir, "plan", "start", "calf_strain", "--side", "left", "--date", DAY)
    reasons = []
    for offset in range(2):
        day = (dt.date.fromisoformat(DAY) + dt.timedelta(days=offset)).isoformat()
        assert run(capsys, data_dir, "plan", "pain", "6", "--date", day)[0] == 0
        status = run_json(capsys, data_dir, "plan", "status", "--json", "--date", day)
        assert status["suggestion"]["action"] == "reduce"  # type: ignore[index]
        reasons.append(status["suggestion"]["reason"])  # type: ignore[index]
        assert run(capsys, data_dir, "plan", "accept", "--date", day)[0] == 0
    assert len(set(reasons)) == 2 and "lightest load" in reasons[1]
    last = (dt.date.fromisoformat(DAY) + dt.timedelta(days=2)).isoformat()
    run(capsys, data_dir, "plan", "pain", "6", "--date", last)
    status = run_json(capsys, data_dir, "plan", "status", "--json", "--date", last)
    assert status["suggestion"]["action"] == "stop"  # type: ignore[index]
    assert "see a clinician" in status["suggestion"]["reason"]  # type: ignore[index]
    code, out, err = run(capsys, data_dir, "plan", "decline", "--date", last)
    assert code == 2 and out == "" and "cannot be declined" in err and len(err.strip().splitlines()) == 1
    code, out, _err = run(capsys, data_dir, "plan", "accept", "--date", last)
    assert code == 0 and "see a clinician" in out
    assert run_json(capsys, data_dir, "plan", "status", "--json", "--date", last) is None

    # Loading starts again only once a clinician has cleared the runner (for six weeks, any plan).
    code, out, err = run(capsys, data_dir, "plan", "start", "cramp", "--date", last)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert f"the plan that ended on {last} advised to stop loading and see a clinician" in err and "--cleared" in err
    assert run(capsys, data_dir, "plan", "start", "calf_strain", "--side", "left", "--cleared", "--date", last)[0] == 0
    status = run_json(capsys, data_dir, "plan", "status", "--json", "--date", last)
    assert status["cleared_by_clinician"]["assessment_date"] == last  # type: ignore[index]
    assert status["cleared_by_clinician"]["advice"].startswith("Stop loading and see a clinician: ")  # type: ignore[index]
    assert run(capsys, data_dir, "plan", "abandon", "--date", last)[0] == 0
    later = (dt.date.fromisoformat(last) + dt.timedelta(days=1)).isoformat()
    assert run(capsys, data_dir, "plan", "start", "cramp", "--date", later)[0] == 0, "the stop was answered"
