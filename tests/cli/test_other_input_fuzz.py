"""Fuzzing assessment answers and run files (GPX, TCX, FIT, Strava and Garmin CSV): exit 0 or 2 with one line
per problem, never a traceback, and a refused file leaves the data file byte-identical."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calfdesk import cli, paths
from calfdesk.errors import InvalidInput
from calfdesk.importers import read_activity_file
from tests.reliability import digest, make_diary
from tests.training_files import fit_bytes, garmin_csv, garmin_row, gpx_text, strava_csv, strava_row, tcx_text

SEEDS: dict[str, bytes] = {
    "run.gpx": gpx_text().encode(),
    "run.tcx": tcx_text().encode(),
    "run.fit": fit_bytes(),
    "activities.csv": strava_csv(
        [
            strava_row(1, "Mar 2, 2026, 7:00:00 AM", "Run", "5.01", "5010.0"),
            strava_row(2, "Mar 3, 2026, 7:00:00 AM", "Ride", "20.0", "20000.0"),
        ]
    ),
    "Activities.csv": garmin_csv([garmin_row("Running", "2026-03-02 07:00:00", "5,01", "00:25:00", "42")]),
}


@st.composite
def mutated_run_file(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(SEEDS)))
    data = bytearray(SEEDS[name])
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "duplicate"]))
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        if kind == "truncate":
            del data[at:]
        elif kind == "flip":
            data[at] = draw(st.integers(0, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=20) | st.sampled_from([b'"', b",", b"\n", b"<", b"\x00"]))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
    return name, bytes(data)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # pytest's own temporary folders are removed with its older runs; a bare mkdtemp would stay behind.
    folder = tmp_path_factory.mktemp("calfdesk-fuzz")
    make_diary(folder / "data", 10)
    return folder / "data"


def run_cli_in_process(data_dir: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        status = cli.main(["--data-dir", str(data_dir), *args])
    return status, out.getvalue(), err.getvalue()


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(item=mutated_run_file() | st.tuples(st.sampled_from(sorted(SEEDS)), st.binary(max_size=300)))
def test_any_run_file_is_imported_or_refused_without_a_trace(template: Path, item: tuple[str, bytes]) -> None:
    name, data = item
    try:
        read_activity_file(name, data)
    except InvalidInput as error:
        assert str(error)
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch) / "data"
        shutil.copytree(template, data_dir)
        before = digest(paths.database_path(data_dir))
        source = Path(scratch) / name
        source.write_bytes(data)

        status, out, err = run_cli_in_process(data_dir, "runs", "import", str(source))

        assert status in (0, 2), err
        assert "Traceback" not in err
        if status == 2:
            assert len(err.strip().splitlines()) == 1 and name in err
            assert digest(paths.database_path(data_dir)) == before
        else:
            assert "added" in out


ANSWER_KEYS = ["location", "side", "onset", "pop_at_onset", "pain_pattern", "heel_raise", "pain_now", "clot_risk"]
ANSWER_VALUES = ["calf_belly", "achilles", "left", "sudden", "push_off", "unable", True, False, 0, 10, 11, -1, None]
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-20, 20) | st.floats(allow_nan=True) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=8,
)
ANSWERS = st.one_of(
    st.dictionaries(st.sampled_from(ANSWER_KEYS) | st.text(max_size=8), st.sampled_from(ANSWER_VALUES) | JSON_VALUES),
    JSON_VALUES,
)


@st.composite
def answers_file(draw: st.DrawFn) -> bytes:
    if draw(st.booleans()):
        return draw(st.binary(max_size=200))
    text = json.dumps(draw(ANSWERS))
    if draw(st.booleans()):
        text = text[: draw(st.integers(0, len(text)))]
    return text.encode(draw(st.sampled_from(["utf-8", "utf-16", "latin-1"])), errors="replace")


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=answers_file())
def test_any_answers_file_is_assessed_or_refused_and_nothing_is_saved_on_refusal(template: Path, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch) / "data"
        shutil.copytree(template, data_dir)
        before = digest(paths.database_path(data_dir))
        answers = Path(scratch) / "answers.json"
        answers.write_bytes(data)

        status, out, err = run_cli_in_process(data_dir, "assess", "--answers", str(answers), "--json", "--save")

        assert status in (0, 2), err
        if status == 2:
            assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
            assert out == ""
            assert digest(paths.database_path(data_dir)) == before
        else:
            assert json.loads(out)["triage"] in ("emergency", "urgent", "see_clinician", "self_care")


def test_the_seed_files_themselves_import(template: Path, tmp_path: Path) -> None:
    for name, data in SEEDS.items():
        data_dir = tmp_path / f"for-{name}" / "data"
        shutil.copytree(template, data_dir)
        (tmp_path / name).write_bytes(data)
        status, out, err = run_cli_in_process(data_dir, "runs", "import", str(tmp_path / name))
        assert status == 0, (name, err)
        assert "added 1 run," in out, (name, out)
