import datetime as dt

import pytest

from calfdesk.domain.diary_csv import guard_cell, needs_guard, read_diary_csv, unguard_cell
from calfdesk.errors import InvalidInput

HEADER = "date,time,context,soreness,location,side,stiffness_min,notes\r\n"


@pytest.mark.parametrize("text", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "\nx", "'=x", "''=x"])
def test_formula_like_cells_are_guarded_and_come_back_exactly(text: str) -> None:
    guarded = guard_cell(text)
    assert guarded.startswith("'")
    assert not needs_guard(guarded[1:]) or guarded[1:] == text
    assert unguard_cell(guarded) == text


@pytest.mark.parametrize("text", ["", "easy run", "'quoted", "5 km", "it's fine"])
def test_plain_cells_are_left_alone(text: str) -> None:
    assert guard_cell(text) == text
    assert unguard_cell(text) == text


def test_reads_utf8_with_bom_and_any_column_order() -> None:
    data = "\ufeffsoreness,notes,date,extra\r\n4,Müde Waden,2026-03-14,ignored\r\n".encode()
    parsed = read_diary_csv(data)
    [(line, entry)] = list(parsed)
    assert parsed.problems == []
    assert line == 2
    assert entry.local_date == dt.date(2026, 3, 14)
    assert entry.soreness == 4
    assert entry.notes == "Müde Waden"
    assert (entry.context, entry.location, entry.side) == ("other", "calf", "both")


def test_bad_rows_are_listed_by_line() -> None:
    data = (
        HEADER + "2026-03-14,07:00,morning,3,calf,left,,\r\n2026-02-30,07:00,morning,3,calf,left,,\r\n"
        "2026-03-15,07:00,morning,12,calf,left,,\r\n"
    ).encode()
    parsed = read_diary_csv(data)
    assert len(list(parsed)) == 1
    assert [problem.line for problem in parsed.problems] == [3, 4]
    assert "date" in parsed.problems[0].message
    assert "soreness" in parsed.problems[1].message


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \r\n", "empty"),
        ("date,soreness\r\n2026-03-14,3\r\n".encode("utf-16"), "binary|UTF-8"),
        ("date,soreness,notes\r\n2026-03-14,3,caf\xe9\r\n".encode("latin-1"), "UTF-8"),
        (b"time,context\r\n07:00,morning\r\n", "'date'"),
        (b"date,notes\r\n2026-03-14,x\r\n", "'soreness'"),
        (b"date,soreness\r\n", "no diary rows"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b'date,soreness,notes\r\n2026-03-14,3,"' + b"x" * 70_000 + b'"\r\n', "longer than"),
        (b'date,soreness\r\n2026-03-14,"3\r\n', "not valid CSV"),
    ],
)
def test_unreadable_files_get_a_clear_message(data: bytes, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        list(read_diary_csv(data))
