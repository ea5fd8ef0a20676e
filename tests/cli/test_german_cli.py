"""`CALFDESK_LANG=de calfdesk assess …` words its text in German; `--json` keys, ids and triage words stay the
contract's English."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys

import pytest

from calfdesk.cli import main
from tests.cli.conftest import Runner, run_process
from tests.cli.test_ready_cli import add_runs
from tests.cli.test_report_cli import END, START, needs_poppler, pdf_text, report, seed
from tests.conftest import clear_content_caches

EMERGENCY = {"tense_severe_pain": True, "breathless_or_chest_pain": "not_sure"}


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALFDESK_LANG", "de")


def _assess(monkeypatch: pytest.MonkeyPatch, data_dir, *extra: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(EMERGENCY)))
    return main(["--data-dir", str(data_dir), "assess", "--answers", "-", *extra])


def test_the_text_output_speaks_german(german, monkeypatch, data_dir, capsys: pytest.CaptureFixture[str]) -> None:
    assert _assess(monkeypatch, data_dir) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[1] == "EINSTUFUNG: HOL DIR SOFORT NOTFALLHILFE"
    assert lines[3] == "Wann: sofort anrufen"
    assert "Starke Schmerzen mit einer gespannten oder harten Wade brauchen" in out
    assert "Warum das wichtig ist:" in out
    assert "Weil du angegeben hast: die Schmerzen sind stark" in out
    assert "akutes Kompartmentsyndrom" in out
    assert "Diese Selbsteinschätzung dient nur der Information." in out
    for english in ("TRIAGE", "When:", "Why it matters", "Because you said", "education only", "No exercise plan"):
        assert english not in out


def test_json_keys_and_ids_stay_english(german, monkeypatch, data_dir, capsys: pytest.CaptureFixture[str]) -> None:
    assert _assess(monkeypatch, data_dir, "--json") == 0
    german_result = json.loads(capsys.readouterr().out)
    monkeypatch.setenv("CALFDESK_LANG", "en")
    clear_content_caches()  # the content was read in German, once for the process
    assert _assess(monkeypatch, data_dir, "--json") == 0
    english_result = json.loads(capsys.readouterr().out)

    def shape(value: object) -> object:
        if isinstance(value, dict):
            return {key: shape(item) for key, item in value.items()}
        if isinstance(value, list):
            return [shape(item) for item in value]
        return type(value).__name__

    assert shape(german_result) == shape(english_result)
    assert german_result["triage"] == english_result["triage"] == "emergency"
    assert german_result["when"] == "now"
    assert [flag["id"] for flag in german_result["red_flags"]] == [flag["id"] for flag in english_result["red_flags"]]
    assert german_result["disclaimer"].startswith("Diese Selbsteinschätzung")
    assert english_result["disclaimer"].startswith("This self-assessment")


def test_the_language_of_the_settings_and_of_the_desktop(data_dir, tmp_path) -> None:
    """In a separate process, as a runner starts it: the desktop's German locale, then the setting."""
    import os

    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps(EMERGENCY), encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key not in ("CALFDESK_LANG", "LC_ALL", "LC_MESSAGES")}
    desktop = run_process(
        "--data-dir", str(data_dir), "assess", "--answers", str(answers), env={**env, "LANG": "de_DE.UTF-8"}
    )
    assert desktop.returncode == 0, desktop.stderr
    assert "EINSTUFUNG" in desktop.stdout.decode()
    english = run_process(
        "--data-dir", str(data_dir), "assess", "--answers", str(answers), env={**env, "LANG": "C.UTF-8"}
    )
    assert "TRIAGE: GET EMERGENCY HELP NOW" in english.stdout.decode()
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "settings.json").write_text(json.dumps({"language": "de"}), encoding="utf-8")
    chosen = run_process(
        "--data-dir", str(data_dir), "assess", "--answers", str(answers), env={**env, "LANG": "C.UTF-8"}
    )
    assert "EINSTUFUNG: HOL DIR SOFORT NOTFALLHILFE" in chosen.stdout.decode()


def test_ready_speaks_german_and_its_json_keeps_the_contract(
    german, cli: Runner, data_dir, capsys: pytest.CaptureFixture[str]
) -> None:
    """A planned run 20% over the longest recent one: the text is German, the JSON's ids and statuses English."""
    today = dt.date.today()
    add_runs(data_dir, (today - dt.timedelta(days=10), 10.0), (today - dt.timedelta(days=3), 8.0))

    code, out, err = cli("ready", "--planned-km", "12")
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"Bereit zum Laufen am {today}? Heute nicht"
    assert "  [rot] Der heutige Lauf: " in out
    assert "damit es grün wird: " in out and "Quelle: " in out
    for english in ("Ready to run", "[red]", "Today's run", "to make it green", "source:", "A better answer"):
        assert english not in out

    code, out, _ = cli("ready", "--planned-km", "12", "--json")
    data = json.loads(out)
    planned = next(item for item in data["items"] if item["id"] == "planned_run")
    assert code == 0 and data["answer"] == "not_today" and planned["status"] == "red"


def test_numbers_take_a_decimal_comma_in_the_german_text_never_in_json_or_csv(
    german, data_dir, tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_runs(data_dir, (dt.date(2026, 11, 30), 10.2))
    root = ["--data-dir", str(data_dir)]
    assert main([*root, "runs", "list"]) == 0
    listed = capsys.readouterr().out
    assert "10,20 km" in listed and "10.20" not in listed
    assert main([*root, "measure", "psfs", "set", "Laufen", "Treppen", "Springen"]) == 0
    assert main([*root, "measure", "psfs", "add", "4", "5", "5", "--date", "2026-11-30"]) == 0
    assert "PSFS vom 2026-11-30: Mittel 4,7/10" in capsys.readouterr().out
    assert main([*root, "runs", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["distance_km"] == 10.2
    target = tmp_path / "diary.csv"
    assert main([*root, "export", "--csv", str(target), "--from", "2026-11-01"]) == 0
    assert "1 Messwert nach" in capsys.readouterr().out
    measures = (tmp_path / "diary-measures.csv").read_text(encoding="utf-8")
    assert ",4.7," in measures and "4,7" not in measures


@needs_poppler
@pytest.mark.slow
def test_the_german_report_reads_german_with_decimal_commas(german, data_dir, tmp_path) -> None:
    from calfdesk import i18n

    i18n.set_language("de")  # a German runner's assessment is saved in German
    seed(data_dir)
    target = tmp_path / "bericht.pdf"
    result = report(data_dir, "--from", START.isoformat(), "--to", END.isoformat(), "--pdf", str(target))
    assert result.returncode == 0, result.stderr
    text = pdf_text(target).replace("Hill repeats, tight after", "")  # the runner's own note stays as written
    assert "(läuft)" in text and "(active)" not in text
    assert re.search(r"\b\d+,0 km\b", text) and not re.search(r"\b\d+\.\d km\b", text)
    english = re.findall(r"\b(the|and|of|with|your|you|session|sessions|load|morning|after|before|started)\b", text)
    assert english == []


def test_a_german_day_with_a_plan_on_the_command_line(german, data_dir, capsys: pytest.CaptureFixture[str]) -> None:
    """`plan today`, `plan pain` and `plan status` word the dose, the session and the pain model's suggestion in
    German; the JSON keeps its keys, ids and actions."""
    root = ["--data-dir", str(data_dir)]
    day = ["--date", "2026-03-02"]
    assert main([*root, "plan", "start", "achilles_tendinopathy", "--side", "left", *day]) == 0
    capsys.readouterr()
    assert main([*root, "plan", "today", *day]) == 0
    today = capsys.readouterr().out
    assert "erledigt)" in today and "linkes Bein" in today and "left leg" not in today
    assert main([*root, "plan", "pain", "7", "--slot", "after_run", *day]) == 0
    assert "Schmerz 7/10 für die Einheit (nach dem Lauf) gespeichert" in capsys.readouterr().out
    assert main([*root, "plan", "status", *day]) == 0
    status = capsys.readouterr().out
    assert "Vorschlag (reduce): Regel (a), keine Einheit über 5/10" in status and "02.03.2026" in status
    for english in ("since", "phase:", "last 7 days", "Rule", "session"):
        assert english not in status
    assert main([*root, "plan", "status", "--json", *day]) == 0
    suggestion = json.loads(capsys.readouterr().out)["suggestion"]
    assert suggestion["action"] == "reduce" and suggestion["reason"].startswith("Regel (a)")


def test_the_german_training_lines(german, data_dir, capsys: pytest.CaptureFixture[str]) -> None:
    add_runs(data_dir, (dt.date(2026, 11, 23), 8.0), (dt.date(2026, 11, 30), 10.2))
    assert main(["--data-dir", str(data_dir), "load", "--week-start", "monday"]) == 0
    weeks = capsys.readouterr().out
    assert "10,2 km" in weeks and "1 Lauf" in weeks and "% gegenüber der Vorwoche" in weeks
    assert "runs" not in weeks and "on the week before" not in weeks
