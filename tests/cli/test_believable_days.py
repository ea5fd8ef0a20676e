"""Every day a runner gives calfdesk lies between 1980 and tomorrow, as a run's start does: a day on the command
line (--date, --from, --to), a diary entry, a diary CSV row, a PSFS or heel-raise reading and a plan's start.
A day such as 0001-01-01 or 9999-12-31 is refused with exit 2 and one line naming the argument, and nothing is
written; never a traceback, never a crash of the PDF writer at the calendar's edge."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from calfdesk.domain.days import EARLIEST_DAY, believable_days, check_believable_day
from calfdesk.errors import InvalidInput
from tests.cli.conftest import Runner

TOO_EARLY = "0001-01-01"
TOO_LATE = "9999-12-31"


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        (("report", "--from", TOO_EARLY, "--to", "2026-01-31", "--pdf", "{folder}/report.pdf"), "--from"),
        (("report", "--to", TOO_LATE, "--pdf", "{folder}/report.pdf"), "--to"),
        (("ready", "--date", TOO_EARLY, "--json"), "--date"),
        (("plan", "start", "calf_strain", "--date", TOO_LATE), "--date"),
        (("plan", "status", "--json", "--date", TOO_LATE), "--date"),
        (("log", "--soreness", "3", "--date", "0002-06-01"), "date"),
        (("log", "--soreness", "3", "--date", TOO_LATE), "date"),
        (("entries", "--from", "1000-01-01"), "--from"),
        (("runs", "list", "--to", TOO_LATE), "--to"),
        (("measure", "psfs", "add", "5", "5", "5", "--date", TOO_EARLY), "--date"),
    ],
)
def test_a_day_beyond_belief_is_refused_with_one_line_and_writes_nothing(
    cli: Runner, data_dir: Path, tmp_path: Path, arguments: tuple[str, ...], field: str
) -> None:
    code, out, err = cli(*(argument.format(folder=tmp_path) for argument in arguments))
    assert (code, out) == (2, "")
    assert err.startswith(f"calfdesk: {field}: ") and "is not believable" in err and err.count("\n") == 1
    assert not (tmp_path / "report.pdf").exists()
    code, out, _ = cli("entries", "--json")
    assert code == 0 and out.strip() == "[]"
    code, out, _ = cli("plan", "status", "--json")
    assert code == 0 and out.strip() == "null", "no plan was started"


def test_a_diary_csv_row_beyond_belief_is_that_rows_problem_and_nothing_is_imported(
    cli: Runner, tmp_path: Path
) -> None:
    csv = tmp_path / "diary.csv"
    csv.write_text(
        "date,time,context,soreness,location,side,stiffness_min,notes\n"
        "2026-03-01,07:00,morning,2,calf,left,,\n"
        "0002-06-01,07:00,morning,2,calf,left,,\n",
        encoding="utf-8",
    )
    code, out, err = cli("import", "--csv", str(csv))
    assert code == 2 and out == ""
    assert "line 3" in err and "0002-06-01 is not believable" in err
    code, out, _ = cli("entries", "--json")
    assert out.strip() == "[]", "all or nothing"


def test_the_range_is_1980_to_tomorrow() -> None:
    today = dt.date(2026, 12, 6)
    assert believable_days(today) == (EARLIEST_DAY, dt.date(2026, 12, 7)) and dt.date(1980, 1, 1) == EARLIEST_DAY
    assert check_believable_day(dt.date(1980, 1, 1), "date", today) == dt.date(1980, 1, 1)
    assert check_believable_day(dt.date(2026, 12, 7), "date", today) == dt.date(2026, 12, 7)
    for day in (dt.date(1979, 12, 31), dt.date(2026, 12, 8), dt.date.min, dt.date.max):
        with pytest.raises(InvalidInput, match="is not believable") as refused:
            check_believable_day(day, "--date", today)
        assert refused.value.field == "--date"
