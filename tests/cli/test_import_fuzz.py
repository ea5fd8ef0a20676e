"""Fuzzing the diary import: any bytes give exit 0 or 2 (one line on stderr), never a traceback, and a refused
import leaves the data file byte-identical."""

from __future__ import annotations

import contextlib
import csv
import io
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from calfdesk import cli, paths
from calfdesk.domain.diary_csv import COLUMNS
from tests.reliability import digest, entry_ids, make_diary

CELLS = st.one_of(
    st.sampled_from(
        [
            "2026-03-01",
            "2026-02-30",
            "1999-12-31",
            "26-3-1",
            "",
            " ",
            "0",
            "7",
            "10",
            "11",
            "-1",
            "3.5",
            "99999999999999999999999",
            "07:30",
            "7:05",
            "24:00",
            "morning",
            "after_run",
            "nap",
            "calf",
            "achilles",
            "left",
            "both",
            "=1+2",
            '\'=HYPERLINK("x")',
            '"',
            "a,b",
            "line\nbreak",
            "\r",
            "\x00",
            "é ü 漢字",
            "\ufeff",
            "x" * 70000,
        ]
    ),
    st.text(max_size=12),
)
HEADERS = st.lists(st.sampled_from([*COLUMNS, "junk", "DATE", " soreness ", "", "notes"]), max_size=10)
ROWS = st.lists(st.lists(CELLS, max_size=10), max_size=8)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16", "cp1252"])
NEWLINES = st.sampled_from(["\n", "\r\n", "\r"])


@st.composite
def diary_csv_bytes(draw: st.DrawFn) -> bytes:
    header, rows = draw(HEADERS), draw(ROWS)
    newline = draw(NEWLINES)
    if draw(st.booleans()):
        stream = io.StringIO(newline="")
        writer = csv.writer(stream, lineterminator=newline)
        writer.writerow(header)
        writer.writerows(rows)
        text = stream.getvalue()
    else:  # hand-joined, so quoting may be broken
        text = newline.join(",".join(row) for row in [header, *rows])
    return text.encode(draw(ENCODINGS), errors="replace")


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # pytest's own temporary folders are removed with its older runs; a bare mkdtemp would stay behind.
    folder = tmp_path_factory.mktemp("calfdesk-fuzz")
    make_diary(folder / "data", 30)
    return folder / "data"


def run_import(data_dir: Path, source: Path) -> tuple[int, str]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = cli.main(["--data-dir", str(data_dir), "import", "--csv", str(source)])
    return status, err.getvalue()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=diary_csv_bytes() | st.binary(max_size=400))
def test_any_diary_csv_is_imported_whole_or_refused_without_a_trace(template: Path, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = Path(scratch) / "data"
        shutil.copytree(template, data_dir)
        db_path = paths.database_path(data_dir)
        before_digest, before_ids = digest(db_path), entry_ids(db_path)
        source = Path(scratch) / "import.csv"
        source.write_bytes(data)

        status, err = run_import(data_dir, source)

        assert status in (0, 2), err
        if status == 2:
            assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
            assert digest(db_path) == before_digest
        else:
            assert err == ""
            assert entry_ids(db_path) >= before_ids
