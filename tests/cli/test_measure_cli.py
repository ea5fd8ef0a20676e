"""`calfdesk measure psfs set/add` and `measure list --json`, as CONTRACTS.md describes them."""

from __future__ import annotations

import json

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
