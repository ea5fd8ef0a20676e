"""A German runner's mistakes are told in German on stderr (exit 2, nothing written): the diary's, the shoes', the
PSFS's and a plan file's checks; the field or line they name stays as the command line and the file spell it."""

from __future__ import annotations

from pathlib import Path

import pytest

from calfdesk.cli import main
from calfdesk.domain import rehab

CALF = rehab.plan_file_text(rehab.with_variant(rehab.load_catalog().plans["calf_strain"], None), "Dr Ana Ruiz")


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALFDESK_LANG", "de")


def refused(data_dir: Path, capsys: pytest.CaptureFixture[str], *arguments: str) -> str:
    """The one line on stderr of a command refused as invalid input."""
    assert main(["--data-dir", str(data_dir), *arguments]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1, captured.err
    return lines[0]


def test_a_soreness_off_the_scale_is_refused_in_german_and_nothing_is_saved(
    german, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = refused(data_dir, capsys, "log", "--soreness", "11")
    assert line == (
        "calfdesk: soreness: 11 liegt außerhalb der Skala; gib eine ganze Zahl von 0 (keine) bis 10 (schlimmste) ein"
    )
    assert main(["--data-dir", str(data_dir), "entries", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"


def test_an_impossible_date_names_its_option_and_the_format_in_german(
    german, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = refused(data_dir, capsys, "log", "--soreness", "3", "--date", "2026-02-30")
    assert line == "calfdesk: date: '2026-02-30' ist kein gültiges Datum; nutze JJJJ-MM-TT, zum Beispiel 2026-03-14"


def test_a_shoe_distance_is_refused_with_a_german_decimal_comma(
    german, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = refused(data_dir, capsys, "shoes", "add", "Pegasus", "--start-km", "100000.5")
    assert line == "calfdesk: start_km: 100000,5 ist keine mögliche Anfangsstrecke in km"


def test_too_few_psfs_activities_are_refused_in_german(
    german, data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    line = refused(data_dir, capsys, "measure", "psfs", "set", "Treppen steigen", "Laufen")
    assert "activities: 2 angegeben; nenne 3 bis 5 Aktivitäten" in line


@pytest.mark.parametrize(
    ("change", "needle", "field", "german_problem"),
    [
        # A dose the plan's own checks refuse (read from the structured error, not from its English words).
        (
            ("sets = 3\nreps = 10", "sets = 9\nreps = 10"),
            "sets = 9",
            "phases[2].items[3].sets",
            "muss eine ganze Zahl von 1 bis 5 sein",
        ),
        (
            ('exercise = "ice"', 'exercise = "ice_bath"'),
            "ice_bath",
            "phases[1].items[2].exercise",
            "'ice_bath' ist nicht im Übungskatalog",
        ),
        (('max_load = "more_reps"\n', ""), "[[phases]]", "phases[1].max_load", "fehlt"),
        (("format_version = 1", "format_version = 2"), "format_version = 2", "format_version", "neueres calfdesk"),
    ],
)
def test_a_plan_file_problem_names_its_line_and_field_in_german(
    german,
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    change: tuple[str, str],
    needle: str,
    field: str,
    german_problem: str,
) -> None:
    text = CALF.replace(*change, 1)
    path = tmp_path / "plan.toml"
    path.write_text(text, encoding="utf-8")
    number = next(number for number, row in enumerate(text.splitlines(), start=1) if needle in row)
    line = refused(data_dir, capsys, "plan", "import", str(path), "--dry-run")
    assert line.startswith(f"calfdesk: Plandatei: Zeile {number}, {field}: "), line
    assert german_problem in line
    assert "must" not in line and "line" not in line


def test_a_diary_csv_without_its_soreness_column_is_refused_in_german(
    german, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "tagebuch.csv"
    path.write_text("date,time\n2026-03-14,07:30\n", encoding="utf-8")
    line = refused(data_dir, capsys, "import", "--csv", str(path))
    assert line == (
        "calfdesk: die Kopfzeile hat keine Spalte 'soreness'; die erste Zeile muss die Spalten nennen, zum Beispiel: "
        "date,time,context,soreness,location,side,stiffness_min,notes"
    )


def test_an_assessment_answer_off_the_scale_is_refused_in_german(
    german, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "antworten.json"
    path.write_text('{"pain_now": 12}', encoding="utf-8")
    line = refused(data_dir, capsys, "assess", "--answers", str(path))
    assert line == "calfdesk: pain_now: 12 liegt außerhalb der Skala 0-10"


def test_why_the_latest_assessment_stands_against_a_plan_is_said_in_german(
    german, data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "antworten.json"
    path.write_text('{"pain_now": 6, "onset": "gradual"}', encoding="utf-8")
    assert main(["--data-dir", str(data_dir), "assess", "--answers", str(path), "--save"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "plan", "start", "prevention"]) == 2
    err = capsys.readouterr().err
    assert "der Vorbeugungsplan ist für wenig oder keinen Schmerz gedacht, und du hast 6/10 in Ruhe angegeben" in err
    assert "you said" not in err
