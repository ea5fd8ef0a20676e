"""`calfdesk assess --answers FILE|- [--json] [--save]`."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from calfdesk.cli import main

ACHILLES = {
    "location": "achilles",
    "onset": "gradual",
    "pain_pattern": ["push_off", "morning_stiffness"],
    "tendon_thickening": True,
    "training_changes": ["more_hills"],
}


def _write(tmp_path: Path, answers: object) -> Path:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    return path


def test_json_result_follows_the_contract(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--data-dir", str(data_dir), "assess", "--answers", str(_write(tmp_path, ACHILLES)), "--json"])
    assert code == 0
    result = json.loads(capsys.readouterr().out)
    assert result["triage"] == "self_care"
    assert result["conditions"][0]["id"] == "achilles_tendinopathy"
    assert result["conditions"][0]["reasons"]
    assert result["plan"] == "achilles_tendinopathy"
    assert result["contributing_factors"][0]["id"] == "hills_and_sprints"
    assert result["disclaimer"]


def test_answers_from_stdin_with_readable_text(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"breathless_or_chest_pain": True})))
    assert main(["--data-dir", str(data_dir), "assess", "--answers", "-"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1] == "TRIAGE: GET EMERGENCY HELP NOW"
    assert "Breathlessness or chest pain" in out
    assert "No exercise plan is offered" in out
    assert "education only" in out


def test_text_leads_with_the_triage_and_what_to_check_when_not_sure(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = dict.fromkeys(("breathless_or_chest_pain", "tense_severe_pain", "swollen_warm_red"), "not_sure")
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({**answers, "fever": False, "pop_at_onset": False})))
    assert main(["--data-dir", str(data_dir), "assess", "--answers", "-"]) == 0
    out = capsys.readouterr().out
    head = out.split("How well your answers fit")[0]
    assert head.splitlines()[1] == "TRIAGE: SEE A CLINICIAN WITHIN A FEW DAYS"
    assert "Check now" in head and "measure around the widest part" in head
    assert "do not start calf exercises" in head
    assert "%" not in out
    assert "Self-care is fine" not in out


def test_json_reports_unscreened_signs_and_fit_words(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({"fever": "not_sure", "location": "achilles"})))
    assert main(["--data-dir", str(data_dir), "assess", "--answers", "-", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["triage"] == "see_clinician"
    assert result["unscreened"] == [
        "breathless_or_chest_pain",
        "tense_severe_pain",
        "swollen_warm_red",
        "fever",
        "cold_pale_foot",
        "dark_urine",
        "saddle_or_bladder",
        "pop_at_onset",
    ]
    assert result["plan"] is None
    assert result["conditions"][0]["fit"] == "fits a little"


def test_nothing_is_written_without_save(tmp_path: Path, data_dir: Path) -> None:
    assert main(["--data-dir", str(data_dir), "assess", "--answers", str(_write(tmp_path, ACHILLES))]) == 0
    assert not data_dir.exists()


def test_save_adds_to_the_history(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, ACHILLES)
    assert main(["--data-dir", str(data_dir), "assess", "--answers", str(path), "--save"]) == 0
    from calfdesk.services import assessment
    from calfdesk.storage.database import open_database

    db = open_database(data_dir)
    try:
        (saved,) = assessment.list_history(db)
    finally:
        db.close()
    assert saved.top_condition == "achilles_tendinopathy"


@pytest.mark.parametrize(
    ("answers", "named"),
    [
        ({"location": "knee"}, "knee"),
        ({"heel_rise": "painful"}, "heel_rise"),
        ({"pain_now": 12}, "pain_now"),
        ([1, 2], "JSON object"),
    ],
)
def test_bad_answers_exit_2_naming_them(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str], answers: object, named: str
) -> None:
    path = _write(tmp_path, answers)
    assert main(["--data-dir", str(data_dir), "assess", "--answers", str(path), "--save"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert named in captured.err
    assert not data_dir.exists()


def test_bad_json_exits_2_with_the_position(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "answers.json"
    path.write_text('{"location": "shin",\n}', encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "assess", "--answers", str(path)]) == 2
    err = capsys.readouterr().err
    assert "not valid JSON (line 2" in err
    assert err.count("\n") == 1


def test_missing_file_exits_2(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(data_dir), "assess", "--answers", str(tmp_path / "nope.json")]) == 2
    assert "nope.json: cannot read the file" in capsys.readouterr().err


def test_assess_never_imports_qt(tmp_path: Path) -> None:
    path = _write(tmp_path, ACHILLES)
    code = (
        "import sys\nfrom calfdesk.cli import main\n"
        f"rc = main(['assess', '--answers', {str(path)!r}, '--json'])\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'alembic'))], 'heavy import'\n"
        "sys.exit(rc)\n"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert completed.returncode == 0, completed.stderr


@pytest.mark.parametrize(
    ("answers", "when", "outside"),
    [
        (ACHILLES, None, []),
        ({"breathless_or_chest_pain": True}, "now", ["clot"]),
        ({"location": "achilles", "onset": "sudden", "onset_event": "push_off_or_jump"}, "today", ["rupture"]),
        (
            {"location": "shin", "bone_signs": ["tender_spot_on_bone"], "pop_at_onset": False},
            "within_days",
            ["bone_stress"],
        ),
        ({**ACHILLES, "pain_pattern": ["builds_during_run_eases_after_stop"]}, "within_days", []),
    ],
)
def test_json_reports_when_and_outside_the_four_for_every_result(
    tmp_path: Path,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    answers: dict[str, object],
    when: str | None,
    outside: list[str],
) -> None:
    assert main(["--data-dir", str(data_dir), "assess", "--answers", str(_write(tmp_path, answers)), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["when"] == when
    assert result["outside_the_four"] == outside
    if outside:
        assert result["plan"] is None


def test_text_outside_the_four_shows_no_fit_and_no_condition_name(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The textbook missed rupture: sudden Achilles pain at push-off, no pop, the heel raise weak but possible."""
    answers = {
        "location": "achilles",
        "onset": "sudden",
        "onset_event": "push_off_or_jump",
        "pop_at_onset": False,
        "heel_raise": "painful",
        "pain_pattern": ["push_off"],
    }
    assert main(["--data-dir", str(data_dir), "assess", "--answers", str(_write(tmp_path, answers))]) == 0
    out = capsys.readouterr().out
    assert "When: today" in out
    assert "This does not look like one of the four common causes of calf pain in runners." in out
    assert "a tear through the Achilles tendon" in out
    assert "fits well" not in out and "How well your answers fit" not in out
    for name in ("Calf strain", "Achilles tendinopathy", "compartment syndrome", "Calf cramp"):
        assert name.lower() not in out.lower()
    assert "in the coming days" not in out


def test_a_clinician_visit_says_within_a_few_days_at_most_a_week(
    tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = {**ACHILLES, "duration": "over_12_weeks", "pop_at_onset": False}
    assert main(["--data-dir", str(data_dir), "assess", "--answers", str(_write(tmp_path, answers))]) == 0
    out = capsys.readouterr().out
    assert "When: within a few days, at most a week" in out
    assert "within a few days, at most a week." in out


def test_an_assessment_saved_before_section_4a_still_opens(data_dir: Path) -> None:
    """A row written by the earlier content (the merged pregnancy-or-hormones answer, no `when`, no
    `outside_the_four`, five warning signs) opens, lists in the history, and shows its route's timing."""
    from calfdesk.services import assessment
    from calfdesk.storage.database import open_database

    db = open_database(data_dir)
    try:
        saved = assessment.save_assessment(db, {**ACHILLES, "swollen_warm_red": True, "clot_risk": ["hormones"]})
        assert saved.id is not None
        old_result = saved.result.to_json()
        for key in ("when", "outside_the_four"):
            old_result.pop(key)
        old_answers = {**ACHILLES, "swollen_warm_red": True, "clot_risk": ["pregnancy_or_hormones"]}
        with db.raw(write=True) as connection:
            connection.execute(
                "UPDATE assessment SET answers_json = ?, result_json = ?, content_version = '2026.2' WHERE id = ?",
                (json.dumps(old_answers), json.dumps(old_result), saved.id),
            )
        (summary,) = assessment.list_history(db)
        reopened = assessment.get_assessment(db, saved.id)
    finally:
        db.close()
    assert summary.triage == "urgent" and not summary.outside_the_four
    assert reopened is not None
    assert reopened.answers["clot_risk"] == ("pregnancy_or_postpartum", "hormones")
    assert reopened.result.when == "today" and reopened.result.outside_the_four == ()
