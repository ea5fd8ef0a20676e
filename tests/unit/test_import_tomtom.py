"""TomTom watch activities (.ttbin), on real files of another open-source project checked against its own
expected values and each file's own summary record (tests/data/tomtom/LICENSES.md names them)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calfdesk.errors import InvalidInput
from calfdesk.importers import read_activity_file
from calfdesk.services import training
from calfdesk.words.training import not_a_run_words
from tests.unit.test_importer_field_fuzz import check

DATA = Path(__file__).resolve().parents[1] / "data" / "tomtom"
RUN = "test_cycles.ttbin"
FREESTYLE = "test.ttbin"


def real(name: str) -> bytes:
    return (DATA / name).read_bytes()


def test_a_run_is_read_from_its_summary_with_the_watchs_own_offset() -> None:
    result = read_activity_file(RUN, real(RUN))
    (run,) = result.runs
    assert result.format == "tomtom" and run.source == "tomtom"
    assert not result.undeclared
    # The summary record: running, 2114.815 m in 706 s; the header: the watch 3 hours behind UTC.
    assert (run.distance_km, run.duration_s) == (pytest.approx(2.114815), 706)
    assert run.utc_offset_min == -180
    # The first "active" status on the watch's clock; its first GPS fix, in UTC, a second later.
    assert run.start == dt.datetime(2023, 9, 6, 17, 35, 55, tzinfo=dt.timezone(dt.timedelta(hours=-3)))
    assert run.start.astimezone(dt.UTC) == dt.datetime(2023, 9, 6, 20, 35, 55, tzinfo=dt.UTC)


def test_a_freestyle_activity_has_tomtomwatchs_figures_and_is_judged_by_how_it_moves(db) -> None:
    result = read_activity_file(FREESTYLE, real(FREESTYLE))
    (activity,) = result.runs
    # TomTomWatch's own expectations: summary 3773.17798 m, 4243 s, GMT+02:00, first active 2019-09-20 15:16:39.
    assert (activity.distance_km, activity.duration_s) == (pytest.approx(3.77317798), 4243)
    assert activity.start == dt.datetime(2019, 9, 20, 15, 16, 39, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    assert result.undeclared[0].sustained_kmh is not None
    report = training.import_data(db, FREESTYLE, real(FREESTYLE))
    assert (
        report.added == 0
        and not_a_run_words(report.not_taken[0].reason) == "not a run: average 3.2 km/h is walking pace"
    )
    added = training.import_data(db, RUN, real(RUN))
    assert added.added == 1 and [run.source for run in training.list_runs(db)] == ["tomtom"]


def test_a_cut_file_is_refused_and_damage_after_the_summary_is_passed_over() -> None:
    data = real(RUN)
    with pytest.raises(InvalidInput, match=r"damaged from byte \d+ on, before its summary"):
        read_activity_file(RUN, data[: len(data) // 2])
    tail = read_activity_file(RUN, data + b"\x01\x02\x03")
    assert len(tail.runs) == 1
    assert tail.notes == [f"the records after byte {len(data)} are damaged and were passed over"]


def test_a_ttbin_is_recognised_by_its_header_whatever_its_name() -> None:
    assert read_activity_file("download.bin", real(RUN)).format == "tomtom"
    with pytest.raises(InvalidInput, match="a TTBIN that is not a TomTom watch activity"):
        read_activity_file("notes.ttbin", b"Run 5 km easy\n")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(st.one_of(st.integers(0, 400), st.integers(0, 44_996)), st.integers(0, 255)), max_size=8))
def test_any_damaged_byte_of_a_real_file_is_read_around_or_refused_in_the_formats_own_terms(
    changes: list[tuple[int, int]],
) -> None:
    data = bytearray(real(RUN))
    for position, value in changes:
        data[position] = value
    check("fuzzed.ttbin", bytes(data))


def test_a_gps_record_off_the_globe_is_passed_over_and_reported() -> None:
    data = bytearray(real(RUN))
    # The first GPS record with a fix: tag 0x22, then its latitude (1e-7 degrees), here set to 200 degrees.
    first_fix = data.index(bytes([0x22]) + (-300801275).to_bytes(4, "little", signed=True))
    data[first_fix + 1 : first_fix + 5] = (2_000_000_000).to_bytes(4, "little", signed=True)
    result = read_activity_file(RUN, bytes(data))
    assert len(result.runs) == 1
    assert result.notes == ["1 GPS records with a position off the globe were passed over"]
