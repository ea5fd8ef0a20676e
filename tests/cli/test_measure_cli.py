"""`calfdesk measure psfs set/add` and `measure list --json`, as CONTRACTS.md describes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.conftest import Runner


def test_psfs_set_add_and_list_json(cli: Runner) -> None:
    code, out, err = cli("measure", "psfs", "set", "running 10 km", "stairs in the morning", "hopping")
    assert (code, err) == (0, "")
    assert "2. stairs in the morning" in out
    assert cli("measure", "psfs", "add", "3", "5", "2", "--date", "2026-03-02")[0] == 0
    assert cli("measure", "psfs", "add", "6", "7", "5", "--date", "2026-03-09")[0] == 0
    assert cli("plan", "heel-raise", "--left", "18", "--right", "25", "--date", "2026-03-03")[0] == 0
    code, out, _err = cli("measure", "list", "--json")
    assert code == 0
    readings = json.loads(out)
    assert [(item["kind"], item["date"]) for item in readings] == [
        ("heel_raise", "2026-03-03"),
        ("psfs", "2026-03-02"),
        ("psfs", "2026-03-09"),
    ]
    for reading in readings:
        assert set(reading) == {"id", "kind", "date", "score", "items"}
    assert readings[1]["score"] == pytest.approx(3.3)
    assert readings[1]["items"][0] == {"name": "running 10 km", "score": 3}
    assert {item["name"]: item["score"] for item in readings[0]["items"]}["ratio"] == 72.0
    code, out, _err = cli("measure", "list", "--kind", "psfs", "--json")
    assert [item["kind"] for item in json.loads(out)] == ["psfs", "psfs"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("measure", "psfs", "set", "stairs", "hop"), "activities: 2 given"),
        (("measure", "psfs", "add", "3", "4", "5"), "name your activities first"),
        (("measure", "list", "--kind", "grip"), "--kind: 'grip' is not a measure"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(cli: Runner, args: tuple[str, ...], message: str) -> None:
    code, _out, err = cli(*args)
    assert code == 2
    assert message in err and err.count("\n") == 1
    assert json.loads(cli("measure", "list", "--json")[1]) == []


@pytest.mark.parametrize(
    ("scores", "message"),
    [(("3", "4"), "2 given for 3"), (("3", "4", "11"), "score 3: 11"), (("3", "x", "4"), "score 2")],
)
def test_bad_scores_exit_2_and_keep_nothing(cli: Runner, scores: tuple[str, ...], message: str) -> None:
    cli("measure", "psfs", "set", "run", "stairs", "hop")
    code, _out, err = cli("measure", "psfs", "add", *scores)
    assert code == 2 and message in err and err.count("\n") == 1
    assert json.loads(cli("measure", "list", "--json")[1]) == []


def test_export_writes_the_measures_csv_beside_the_diary_csv(cli: Runner, tmp_path) -> None:
    import csv

    from calfdesk.domain.diary_csv import COLUMNS as DIARY_COLUMNS

    cli("log", "--soreness", "3", "--date", "2026-03-02")
    cli("measure", "psfs", "set", "=running 10 km", "stairs", "hopping")
    cli("measure", "psfs", "add", "3", "5", "2", "--date", "2026-03-02")
    cli("plan", "heel-raise", "--left", "18", "--right", "25", "--date", "2026-03-03")
    cli("measure", "psfs", "add", "9", "9", "9", "--date", "2026-04-20")
    target = tmp_path / "diary.csv"
    code, out, err = cli("export", "--csv", str(target), "--to", "2026-03-31")
    assert (code, err) == (0, "")
    assert f"exported 2 measures to {tmp_path / 'diary-measures.csv'}" in out
    with target.open(newline="", encoding="utf-8") as stream:
        assert tuple(next(csv.reader(stream))) == DIARY_COLUMNS, "the diary CSV's columns never change"
    with (tmp_path / "diary-measures.csv").open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert list(rows[0]) == ["date", "measure", "reading_id", "score", "item", "item_value"]
    psfs = [row for row in rows if row["measure"] == "psfs"]
    assert [(row["date"], row["score"], row["item"], row["item_value"]) for row in psfs] == [
        ("2026-03-02", "3.3", "'=running 10 km", "3"),
        ("2026-03-02", "3.3", "stairs", "5"),
        ("2026-03-02", "3.3", "hopping", "2"),
    ]
    heel = {row["item"]: row["item_value"] for row in rows if row["measure"] == "heel_raise"}
    assert heel == {"left": "18", "right": "25", "ratio": "72", "hop_pain": ""}


def test_export_without_measures_writes_no_second_file(cli: Runner, tmp_path) -> None:
    cli("log", "--soreness", "3", "--date", "2026-03-02")
    code, out, _err = cli("export", "--csv", str(tmp_path / "diary.csv"))
    assert code == 0 and "exported 0 measures" not in out and out.count("exported") == 1
    assert not (tmp_path / "diary-measures.csv").exists()


PACK = Path(__file__).resolve().parents[1] / "data" / "made_up_pack.toml"


def test_a_pack_is_added_listed_answered_and_kept_with_the_measures(cli: Runner) -> None:
    code, out, err = cli("measure", "pack", "add", str(PACK))
    assert (code, err) == (0, "")
    assert "3 questions, licensed to Dr. Ada Example" in out
    code, out, _err = cli("measure", "pack", "list", "--json")
    (pack,) = json.loads(out)
    assert pack["id"] == "made_up_tendon" and pack["items"][0]["text"] == "How easily do you climb <i>stairs</i>?"
    assert cli("measure", "pack", "answer", "made_up_tendon", "5", "4", "5", "--date", "2026-03-02")[0] == 0
    code, _out, err = cli("measure", "pack", "answer", "made_up_tendon", "5", "4", "4")
    assert code == 2 and "answer 3: 4 is not one of the answers" in err
    code, out, _err = cli("measure", "list", "--kind", "made_up_tendon", "--json")
    (reading,) = json.loads(out)
    assert reading["score"] == 46.7
    assert [item["name"] for item in reading["items"]] == ["stairs", "run_minutes", "morning_pain"]


def test_a_hostile_pack_exits_2_with_its_reason_and_keeps_nothing(cli: Runner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(PACK.read_text(encoding="utf-8").replace("min = 0\nmax = 10", "min = 10\nmax = 0"))
    code, _out, err = cli("measure", "pack", "add", str(bad))
    assert code == 2 and err.count("\n") == 1
    assert "scales.zero_to_ten: min 10 must be below max 0" in err
    assert json.loads(cli("measure", "pack", "list", "--json")[1]) == []
    code, _out, err = cli("measure", "pack", "add", str(tmp_path / "missing.toml"))
    assert code == 2 and err.count("\n") == 1
    code, _out, err = cli("measure", "pack", "answer", "nothing_here", "1")
    assert code == 2 and "no questionnaire pack 'nothing_here'" in err
