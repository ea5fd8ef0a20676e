"""`calfdesk ready [--date D] [--planned-km K] [--planned-hard] --json` and the spike guard of `runs list --json`, as
CONTRACTS.md describes them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from calfdesk.domain.runs import Run
from calfdesk.storage.database import open_database
from tests.cli.conftest import Runner

TODAY = dt.date.today()
CONTRACT_ITEMS = {"pain_monitoring", "morning", "heel_raise", "hop", "planned_run", "red_flags"}
NO_WARNING_SIGNS = {
    "breathless_or_chest_pain": False,
    "tense_severe_pain": False,
    "swollen_warm_red": False,
    "fever": False,
    "pop_at_onset": False,
    "cold_pale_foot": False,
    "dark_urine": False,
    "saddle_or_bladder": False,
    "pain_now": 1,
    "onset": "gradual",
    "location": "achilles",
}


def add_runs(data_dir: Path, *runs: tuple[dt.date, float]) -> None:
    db = open_database(data_dir)
    try:
        from calfdesk.services import training

        for day, km in runs:
            start = dt.datetime.combine(day, dt.time(7, 30), tzinfo=dt.UTC)
            training.add_run(db, Run(start=start, duration_s=km * 330, distance_km=km))
    finally:
        db.close()


def ready_json(cli: Runner, *args: str) -> dict[str, object]:
    code, out, err = cli("ready", "--json", *args)
    assert code == 0, err
    data = json.loads(out)
    assert isinstance(data, dict)
    return data


def items_by_id(data: dict[str, object]) -> dict[str, dict[str, object]]:
    items = data["items"]
    assert isinstance(items, list)
    return {item["id"]: item for item in items}


def save_assessment(cli: Runner, tmp_path: Path, answers: dict[str, object]) -> None:
    path = tmp_path / "answers.json"
    path.write_text(json.dumps(answers), encoding="utf-8")
    code, _, err = cli("assess", "--answers", str(path), "--save")
    assert code == 0, err


def test_a_new_data_folder_answers_not_yet_with_every_item(cli: Runner) -> None:
    data = ready_json(cli)
    assert data["answer"] == "not_yet"
    items = items_by_id(data)
    assert items.keys() >= CONTRACT_ITEMS
    for item in items.values():
        assert item["status"] == "amber", "no data is never green"
        assert isinstance(item["reason"], str) and item["reason"]
        assert isinstance(item["source"], str) and item["source"]
        assert item["to_green"]
    assert "heel_raise_test" in data["better_with"]  # type: ignore[operator]


def test_a_warning_sign_answers_not_today_see_a_clinician(cli: Runner, tmp_path: Path) -> None:
    save_assessment(cli, tmp_path, {**NO_WARNING_SIGNS, "swollen_warm_red": True})
    data = ready_json(cli, "--planned-km", "5")
    assert data["answer"] == "not_today" and data["see_clinician"] is True
    red_flags = items_by_id(data)["red_flags"]
    assert red_flags["status"] == "red" and TODAY.isoformat() in str(red_flags["reason"])
    assert "See a doctor today. A swollen, warm or red calf should be checked by a doctor today." in str(
        red_flags["reason"]
    ), "the item says which sign, and when to act"

    code, out, err = cli("ready")
    assert code == 0 and err == ""
    assert out.splitlines()[0] == f"Ready to run on {TODAY}? Not today: see a clinician"
    assert "[red] Warning signs:" in out and "clinician's advice comes first" in out


def test_the_planned_distance_is_checked_against_the_longest_recent_run(
    cli: Runner, data_dir: Path, tmp_path: Path
) -> None:
    save_assessment(cli, tmp_path, NO_WARNING_SIGNS)
    add_runs(data_dir, (TODAY - dt.timedelta(days=10), 10.0), (TODAY - dt.timedelta(days=3), 8.0))

    assert items_by_id(ready_json(cli))["planned_run"]["status"] == "amber"
    within = items_by_id(ready_json(cli, "--planned-km", "10.5"))
    assert within["planned_run"]["status"] == "green"
    assert within["red_flags"]["status"] == "green"

    spike = ready_json(cli, "--planned-km", "12")
    planned = items_by_id(spike)["planned_run"]
    assert spike["answer"] == "not_today" and spike["see_clinician"] is False
    assert planned["status"] == "red" and "Frandsen 2025" in str(planned["source"])
    assert "20%" in str(planned["reason"]) and "10.0 km" in str(planned["reason"])
    assert "11.0 km" in str(planned["to_green"])

    code, out, _ = cli("ready", "--planned-km", "12")
    assert code == 0 and "[red] Today's run: 12.0 km planned is 20% over" in out


def test_a_harder_session_is_checked_against_the_last_run(cli: Runner, data_dir: Path, tmp_path: Path) -> None:
    save_assessment(cli, tmp_path, NO_WARNING_SIGNS)
    add_runs(data_dir, (TODAY - dt.timedelta(days=10), 10.0), (TODAY - dt.timedelta(days=3), 8.0))

    easy = ready_json(cli, "--planned-km", "9")
    hard = ready_json(cli, "--planned-km", "9", "--planned-hard")
    assert hard.keys() == easy.keys(), "the JSON keys do not change"
    assert items_by_id(easy)["planned_run"]["status"] == "green"
    planned = items_by_id(hard)["planned_run"]
    assert (planned["status"], planned["rule"]) == ("amber", "planned_run_hard_longer")
    assert "Green 2022" in str(planned["source"])
    assert planned["numbers"] == {
        "planned_km": 9.0,
        "longest_km": 10.0,
        "limit_km": 11.0,
        "days": 30,
        "last_km": 8.0,
        "last_day": (TODAY - dt.timedelta(days=3)).isoformat(),
    }
    assert "keep to 8.0 km" in str(planned["to_green"]) and "run 9.0 km at an easy pace" in str(planned["to_green"])

    assert items_by_id(ready_json(cli, "--planned-km", "8", "--planned-hard"))["planned_run"]["status"] == "green"
    unknown = items_by_id(ready_json(cli, "--planned-hard"))["planned_run"]
    assert (unknown["status"], unknown["rule"]) == ("amber", "planned_run_hard_unknown")
    spike = items_by_id(ready_json(cli, "--planned-km", "12", "--planned-hard"))["planned_run"]
    assert (spike["status"], spike["rule"]) == ("red", "planned_run_spike")

    code, out, _ = cli("ready", "--planned-km", "9", "--planned-hard")
    assert code == 0 and "[amber] Today's run: 9.0 km planned as a harder session is longer than your last run" in out


def test_the_date_option_looks_back_from_that_day(cli: Runner, data_dir: Path) -> None:
    add_runs(data_dir, (dt.date(2026, 3, 1), 10.0))
    on_time = items_by_id(ready_json(cli, "--date", "2026-03-20", "--planned-km", "12"))
    assert on_time["planned_run"]["status"] == "red"
    later = items_by_id(ready_json(cli, "--date", "2026-04-05", "--planned-km", "12"))
    assert later["planned_run"]["rule"] == "planned_run_no_recent"


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (("--planned-km", "far"), "--planned-km"),
        (("--planned-km", "0"), "planned_km"),
        (("--planned-km", "-5"), "planned_km"),
        (("--planned-km", "nan"), "planned_km"),
        (("--date", "tomorrow"), "--date"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_writes_nothing(
    cli: Runner, data_dir: Path, args: tuple[str, ...], names: str
) -> None:
    code, out, err = cli("ready", "--json", *args)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and names in err and "Traceback" not in err
    assert not (data_dir / "calfdesk.sqlite3").exists()


def test_runs_list_marks_runs_much_longer_than_the_30_days_before(cli: Runner, data_dir: Path) -> None:
    first = dt.date(2026, 1, 5)
    add_runs(
        data_dir,
        (first, 10.0),
        (first + dt.timedelta(days=5), 12.0),  # 20% over the 10 km
        (first + dt.timedelta(days=6), 12.5),  # 4.2% over the 12 km
        (first + dt.timedelta(days=7), 5.0),  # shorter: null
        (first + dt.timedelta(days=45), 6.0),  # nothing in the 30 days before: null
    )
    code, out, err = cli("runs", "list", "--json")
    assert code == 0, err
    spikes = [run["long_run_spike_pct"] for run in json.loads(out)]
    assert spikes == [None, 20.0, 4.2, None, None]

    code, out, _ = cli("runs", "list")
    lines = out.splitlines()
    assert "20% over the longest of 30 days" in lines[1]
    assert "over the longest" not in lines[2]


def test_ready_reads_beside_another_process_writing(cli: Runner, data_dir: Path) -> None:
    """Reads are reads: the checklist answers at once while another process holds the write lock."""
    import time

    from tests.reliability import another_process_writing

    add_runs(data_dir, (TODAY - dt.timedelta(days=5), 10.0))
    with another_process_writing(data_dir, "DELETE FROM run"):
        started = time.monotonic()
        data = ready_json(cli, "--planned-km", "12")
        took = time.monotonic() - started
    # A read waiting for the lock would wait busy_timeout (5 s).
    assert took < 4.5, f"ready took {took:.1f} s beside a writer"
    assert items_by_id(data)["planned_run"]["status"] == "red", "the committed run is seen, the uncommitted delete not"
