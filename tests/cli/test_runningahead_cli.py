"""`calfdesk runs import` with a RunningAHEAD log: what the runner reads of it, and the runs and shoes it adds."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Runner

LOG = Path(__file__).resolve().parents[1] / "data" / "runningahead" / "trainingslog-de.xml"


def test_a_runningahead_log_is_imported_with_its_shoes_and_says_what_it_left_out(cli: Runner) -> None:
    code, out, err = cli("runs", "import", str(LOG))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"{LOG}: added 3 runs, skipped 0 duplicates, left out 1 other activity (1 Schwimmen), new shoes: "
        "Fennek Tempo 3",
        "  note: 1 run logged with a date only starts at 00:00 on its day, a few minutes apart when a day has several",
        "added 3 runs in all, skipped 0 duplicates; 1 of 1 file read",
    ]
    runs = json.loads(cli("runs", "list", "--json")[1])
    assert [(run["distance_km"], run["duration_s"], run["shoe"], run["source"]) for run in runs] == [
        (10.0, 2712, "Fennek Tempo 3", "runningahead"),
        (8.4, 2880, "Fennek Tempo 3", "runningahead"),
        (6.0, 2160, None, "runningahead"),
    ]
    assert [run["start"][:16] for run in runs] == ["2024-04-13T10:30", "2024-04-16T17:45", "2024-04-18T00:00"]
    code, out, _ = cli("runs", "import", str(LOG))
    assert code == 0 and "added 0 runs, skipped 3 duplicates" in out
