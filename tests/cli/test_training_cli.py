"""`calfdesk runs`, `load` and `shoes` as CONTRACTS.md describes them."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from calfdesk.cli import main
from tests.conftest import SHARED_RUNS
from tests.training_files import START, fit_bytes, gpx_text, tcx_text


def run_cli(capsys: pytest.CaptureFixture[str], data_dir: Path, *args: str) -> tuple[int, str, str]:
    try:
        code = main(["--data-dir", str(data_dir), *args])
    except SystemExit as stop:  # argparse's own usage errors
        code = int(stop.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def write(folder: Path, name: str, data: bytes) -> str:
    path = folder / name
    path.write_bytes(data)
    return str(path)


def test_shoes_add_list_and_retire(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, _ = run_cli(capsys, data_dir, "shoes", "add", "Pegasus 40", "--start-km", "120.5", "--default")
    assert code == 0 and out.strip() == "1"
    assert run_cli(capsys, data_dir, "shoes", "add", "Trail", "--alert-km", "500")[1].strip() == "2"
    code, out, _ = run_cli(capsys, data_dir, "shoes", "list", "--json")
    shoes = json.loads(out)
    assert [set(shoe) >= {"id", "name", "distance_km", "alert_km", "retired", "default"} for shoe in shoes] == [
        True
    ] * 2
    by_name = {shoe["name"]: shoe for shoe in shoes}
    assert by_name["Pegasus 40"]["distance_km"] == 120.5 and by_name["Pegasus 40"]["alert_km"] == 800
    assert by_name["Pegasus 40"]["default"] is True and by_name["Trail"]["alert_km"] == 500
    code, out, _ = run_cli(capsys, data_dir, "shoes", "retire", "1")
    assert code == 0 and "Pegasus 40" in out
    shoes = {shoe["id"]: shoe for shoe in json.loads(run_cli(capsys, data_dir, "shoes", "list", "--json")[1])}
    assert shoes[1]["retired"] is True and shoes[1]["default"] is False


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("shoes", "retire", "7"), "no shoe 7"),
        (("shoes", "retire", "seven"), "not a shoe id"),
        (("shoes", "add", "  "), "name"),
        (("shoes", "add", "X", "--alert-km", "many"), "--alert-km"),
        (("shoes", "add", "X", "--start-km", "-3"), "start_km"),
        (("load", "--week-start", "someday"), "week_start"),
        (("runs", "list", "--from", "yesterday"), "--from"),
        (("runs",), "required"),
    ],
)
def test_invalid_input_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], data_dir: Path, args: tuple[str, ...], message: str
) -> None:
    code, _, err = run_cli(capsys, data_dir, *args)
    assert code == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_runs_import_reports_each_file_and_imports_the_good_ones(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    run_cli(capsys, data_dir, "shoes", "add", "Daily", "--default")
    good = write(tmp_path, "a.gpx", gpx_text().encode())
    broken = write(tmp_path, "broken.fit", fit_bytes()[:-30])
    other = write(tmp_path, "b.tcx", tcx_text(start=START + dt.timedelta(days=1)).encode())
    code, out, err = run_cli(capsys, data_dir, "runs", "import", good, broken, other)
    assert code == 2
    assert err.strip() == f"calfdesk: {broken}: the FIT file is truncated (it ends in the middle of a message)"
    assert f"{good}: added 1 run, skipped 0 duplicates" in out
    assert "added 2 runs in all" in out and "2 of 3 files read" in out

    code, out, _ = run_cli(capsys, data_dir, "runs", "import", good)
    assert code == 0 and "skipped 1 duplicate" in out

    runs = json.loads(run_cli(capsys, data_dir, "runs", "list", "--json")[1])
    assert [list(run)[:7] for run in runs] == [
        ["id", "start", "distance_km", "duration_s", "elevation_gain_m", "shoe", "source"]
    ] * 2
    assert runs[0]["start"] == "2026-03-02T07:00:00+00:00" or dt.datetime.fromisoformat(runs[0]["start"]) == START
    assert runs[0]["distance_km"] == pytest.approx(5.004, abs=0.001)
    assert runs[0]["duration_s"] == 1500 and runs[0]["shoe"] == "Daily" and runs[0]["source"] == "gpx"
    assert runs[1]["distance_km"] == 5.0 and runs[1]["source"] == "tcx"


def test_load_json_weeks(capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path) -> None:
    files = [
        write(
            tmp_path,
            f"{index}.fit",
            fit_bytes(start=START + dt.timedelta(weeks=index), distance_m=km * 1000, timer_s=km * 360),
        )
        for index, km in enumerate([10, 10, 10, 10, 14, 16])
    ]
    assert run_cli(capsys, data_dir, "runs", "import", *files)[0] == 0
    code, out, _ = run_cli(capsys, data_dir, "load", "--json")
    assert code == 0
    weeks = json.loads(out)["weeks"]
    assert list(weeks[0])[:5] == ["week_start", "distance_km", "elevation_gain_m", "change_pct", "acwr"]
    assert weeks[0]["week_start"] == "2026-03-02"
    assert [week["distance_km"] for week in weeks[:6]] == [10, 10, 10, 10, 14, 16]
    assert [week["change_pct"] for week in weeks[:6]] == [None, 0.0, 0.0, 0.0, 40.0, 14.3]
    assert [week["acwr"] for week in weeks[:6]] == [None, None, None, 1.0, 1.27, 1.28]
    assert weeks[5]["two_week_change_pct"] == 50.0 and weeks[5]["ramp_flag"] is True
    assert weeks[0]["elevation_gain_m"] == 42.0
    sunday = json.loads(run_cli(capsys, data_dir, "load", "--json", "--week-start", "sunday")[1])["weeks"]
    assert sunday[0]["week_start"] == "2026-03-01"
    from calfdesk.settings import Settings

    Settings(data_dir).set("week_start", "sunday")  # chosen in the window
    from_settings = json.loads(run_cli(capsys, data_dir, "load", "--json")[1])["weeks"]
    assert from_settings[0]["week_start"] == "2026-03-01"


def test_a_damaged_data_file_exits_3(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "calfdesk.sqlite3").write_bytes(b"this is not a database" * 10)
    code, _, err = run_cli(capsys, data_dir, "shoes", "list", "--json")
    assert code == 3 and "damaged" in err


@pytest.mark.skipif(not SHARED_RUNS.is_dir(), reason=f"the shared real run files are not present at {SHARED_RUNS}")
def test_hilly_runs_are_listed_as_hill_sessions_whatever_their_title(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    hilly, flat = SHARED_RUNS / "runpandas_fr645m_run.fit", SHARED_RUNS / "fitdecode_fenix2_run.fit"
    code, _out, err = run_cli(capsys, data_dir, "runs", "import", str(hilly), str(flat))
    assert code == 0, err
    runs = json.loads(run_cli(capsys, data_dir, "runs", "list", "--json")[1])
    by_km = {round(run["distance_km"]): run for run in runs}
    assert by_km[6]["hill"] is True, "234 m over 5.8 km is 40 m per km"
    assert by_km[9]["hill"] is False, "64 m over 9 km is 7 m per km"
    text = run_cli(capsys, data_dir, "runs", "list")[1].splitlines()
    assert [" hill " in f"{line} " for line in text] == [run["hill"] for run in runs]
    weeks = json.loads(run_cli(capsys, data_dir, "load", "--json")[1])["weeks"]
    assert sum(week["hill_runs"] for week in weeks) == 1


@pytest.mark.skipif(not SHARED_RUNS.is_dir(), reason=f"the shared real run files are not present at {SHARED_RUNS}")
def test_load_json_ratio_is_null_until_28_days_of_runs_exist(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    export = SHARED_RUNS / "garmin_connect_Activities_eu-locale.csv"
    assert run_cli(capsys, data_dir, "runs", "import", str(export))[0] == 0
    runs = json.loads(run_cli(capsys, data_dir, "runs", "list", "--json")[1])
    first_run = min(dt.date.fromisoformat(run["start"][:10]) for run in runs)
    weeks = json.loads(run_cli(capsys, data_dir, "load", "--json")[1])["weeks"]
    for week in weeks[:8]:
        week_end = dt.date.fromisoformat(week["week_start"]) + dt.timedelta(days=6)
        has_history = (week_end - first_run).days + 1 >= 28
        assert (week["acwr"] is not None) is has_history, week
    assert weeks[3]["acwr"] is None, "the first run was on a Friday: the fourth week ends 24 days later"


@pytest.mark.skipif(not SHARED_RUNS.is_dir(), reason=f"the shared real run files are not present at {SHARED_RUNS}")
def test_garmin_import_says_which_unit_it_assumed(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    export = SHARED_RUNS / "garmin_connect_Activities_eu-locale.csv"
    code, out, _err = run_cli(capsys, data_dir, "runs", "import", "--csv-unit", "mi", str(export))
    assert code == 0
    assert "note: distances read in kilometres: the step length from Steps and Distance fits kilometres only" in out
    first = json.loads(run_cli(capsys, data_dir, "runs", "list", "--json")[1])[-1]
    assert first["distance_km"] == 3.4, "the treadmill run of 3,40 km, not 3.40 miles"
