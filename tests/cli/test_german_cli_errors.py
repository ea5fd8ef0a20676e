"""`CALFDESK_LANG=de`: what the command line says on stderr when it refuses (a damaged data file, a shoe that
does not exist, a distance out of range, an answers file that is not answers) is German, on one line, with the
exit status of the contract; the data file and the runner's own words are named as they are."""

from __future__ import annotations

import io
import json
import os
import stat
import sys

import pytest

from tests.cli.conftest import Runner, run_process


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CALFDESK_LANG", "de")


def test_a_damaged_data_file_is_reported_in_german_with_exit_3(german, cli: Runner, data_dir) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    damaged = data_dir / "calfdesk.sqlite3"
    damaged.write_bytes(b"this is no database, just some text a runner saved here" * 40)
    code, out, err = cli("entries")
    assert code == 3 and out == ""
    assert err == (
        f"calfdesk: {damaged} ist beschädigt und kann nicht gelesen werden. Stelle eine Sicherung wieder her oder "
        "wähle einen anderen Ordner. (keine SQLite-Datei)\n"
    )
    assert damaged.read_bytes().startswith(b"this is no database"), "the file is left as it was"


def test_refusals_of_what_the_runner_typed_are_german_with_exit_2(german, cli: Runner) -> None:
    code, out, err = cli("shoes", "retire", "999")
    assert (code, out) == (2, "")
    assert err == "calfdesk: shoe: Es gibt keinen Schuh 999; siehe `calfdesk shoes list`\n"

    code, _, err = cli("plan", "check", "2026-03-02:heel_raise:morning")
    assert code == 2 and err.startswith("calfdesk: plan: Kein Plan läuft; starte einen mit")

    # The limit is written with the German decimal comma, as the runner would type it in the window.
    code, _, err = cli("ready", "--planned-km", "1000.5")
    assert code == 2
    assert err == ("calfdesk: planned_km: 1000,5 ist keine Strecke zum Laufen; gib Kilometer über 0 und bis 1000 ein\n")

    code, _, err = cli("log", "--soreness", "viel")
    assert code == 2 and err == "calfdesk: soreness: 'viel' ist keine ganze Zahl\n"


def test_an_overlong_number_in_the_answers_is_refused_in_either_language(
    german, cli: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refusal is built from the number's length, not from the wording of another error."""
    answers = '{"pain_now": ' + "7" * 500 + "}"
    monkeypatch.setattr(sys, "stdin", io.StringIO(answers))
    code, out, err = cli("assess", "--answers", "-")
    assert (code, out) == (2, "")
    assert err == ("calfdesk: stdin: Eine Zahl mit 500 Stellen ist keine Antwort; Antworten sind kleine Zahlen\n")
    monkeypatch.setenv("CALFDESK_LANG", "en")
    monkeypatch.setattr(sys, "stdin", io.StringIO(answers))
    code, _, err = cli("assess", "--answers", "-")
    assert code == 2 and err == "calfdesk: stdin: a number of 500 digits is not an answer; answers are small numbers\n"


def test_a_diary_file_with_a_bad_row_names_the_line_in_german(german, cli: Runner, tmp_path) -> None:
    source = tmp_path / "tagebuch.csv"
    source.write_text("date,soreness\n2026-03-01,3\n2026-03-02,elf\n", encoding="utf-8")
    code, out, err = cli("import", "--csv", str(source))
    assert (code, out) == (2, "")
    assert err.startswith("calfdesk: nichts wurde importiert: Zeile 3: ")


def test_the_privacy_warning_is_german(data_dir, tmp_path) -> None:
    """In a separate process, as a runner starts it, on a data folder other users of the computer can open."""
    answers = tmp_path / "answers.json"
    answers.write_text(json.dumps({"pain_now": 2}), encoding="utf-8")
    env = {**os.environ, "CALFDESK_LANG": "de"}
    assert run_process("--data-dir", str(data_dir), "entries", env=env).returncode == 0
    data_dir.chmod(stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    result = run_process("--data-dir", str(data_dir), "assess", "--answers", str(answers), env=env)
    assert result.returncode == 0
    assert result.stderr.decode() == (
        f"calfdesk: Warnung: {data_dir} kann von anderen Benutzern dieses Computers geöffnet werden (Modus 0755); "
        f"damit deine Gesundheitsdaten privat bleiben, führe aus: chmod 700 '{data_dir}'\n"
    )


def test_a_plan_files_changes_are_listed_in_german(german, cli: Runner, tmp_path) -> None:
    """`plan import --dry-run`: the phase, the change and "as in the catalogue" are German; the exercise id, the
    field and the values stay as the file writes them."""
    path = tmp_path / "wade.toml"
    assert cli("plan", "start", "calf_strain", "--side", "left", "--date", "2026-03-02")[0] == 0
    assert cli("plan", "export", str(path), "--clinician", "Dr. Anna Weber")[0] == 0
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            'exercise = "isometric_calf_hold"\nloaded = true',
            'exercise = "isometric_calf_hold"\nloaded = true\nsets = 4',
        ),
        encoding="utf-8",
    )
    code, out, err = cli("plan", "import", str(path), "--dry-run", "--side", "left", "--date", "2026-03-02")
    assert code == 0, err
    assert "  Phase calm, isometric_calf_hold: sets wie im Katalog -> 4\n" in out
    assert "as in the catalogue" not in out


def test_a_commands_help_is_german(german, cli: Runner) -> None:
    """The language is chosen before the command line is parsed, so `--help` reads German too (argparse's own
    headings stay Python's)."""
    code, out, _ = cli("log", "--help")
    assert code == 0
    assert "0 (keine) bis 10 (schlimmste vorstellbare)" in out and "Standard: heute" in out
    assert "worst imaginable" not in out and "default: today" not in out


def test_argparse_speaks_german_in_its_help_and_its_refusals(german, cli: Runner) -> None:
    code, out, err = cli("log")
    assert (code, out) == (2, "")
    assert err == "calfdesk: diese Argumente fehlen: --soreness\n"

    code, _, err = cli("frobnicate")
    assert code == 2 and err.startswith("calfdesk: Argument COMMAND: ungültige Wahl: 'frobnicate' (wähle aus 'log',")

    code, out, _ = cli("--help")
    assert code == 0
    assert out.startswith("Aufruf: calfdesk ") and "\nOptionen:\n" in out and "diese Hilfe zeigen und beenden" in out
    assert "usage:" not in out and "options:" not in out and "show this help" not in out


def test_argparse_keeps_its_english_words_in_english(cli: Runner) -> None:
    code, _, err = cli("log")
    assert code == 2 and err == "calfdesk: the following arguments are required: --soreness\n"


def test_why_a_file_cannot_be_read_is_german_not_the_systems_english(german, cli: Runner, tmp_path) -> None:
    missing = tmp_path / "verloren.gpx"
    code, _, err = cli("runs", "import", str(missing))
    assert code == 2
    assert f"calfdesk: {missing}: die Datei kann nicht gelesen werden (sie existiert nicht)\n" in err
    assert "No such file" not in err

    cut = tmp_path / "abgebrochen.gpx"
    cut.write_text('<gpx><trk><trkseg><trkpt lat="1" lon="2"></trkseg></gpx>', encoding="utf-8")
    code, _, err = cli("runs", "import", str(cut))
    assert code == 2
    assert "kein gültiges XML (Zeile 1, Spalte 44); die Datei ist vielleicht abgeschnitten" in err
    assert "mismatched tag" not in err
