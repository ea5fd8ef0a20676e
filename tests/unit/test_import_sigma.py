"""Sigma DATA CENTER activities (.slf), on a real file of another open-source project checked against the
file's own summary (tests/data/sigma/LICENSES.md names it). No running .slf is published with a licence: the
running cases are the same real file with its sport changed, and nothing else."""

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
from tests.unit.test_importer_field_fuzz import NUMBER_TEXT, check

ROX = Path(__file__).resolve().parents[1] / "data" / "sigma" / "sigmaROX10example.slf"
SPORT = b"<sport><![CDATA[racing_bycicle]]></sport>"
CENTRAL_EUROPE_SUMMER = dt.timezone(dt.timedelta(hours=2))


def rox(sport: bytes | None = None) -> bytes:
    data = ROX.read_bytes()
    assert SPORT in data
    return data if sport is None else data.replace(SPORT, b"<sport><![CDATA[" + sport + b"]]></sport>")


def test_a_bike_ride_is_left_out_under_its_sport(db) -> None:
    result = read_activity_file("ride.slf", rox())
    assert result.format == "sigma"
    assert (result.runs, result.skipped) == ([], {"racing bycicle": 1})
    report = training.import_data(db, "ride.slf", rox())
    assert report.added == 0 and report.skipped == {"racing bycicle": 1}


def test_an_activity_is_read_with_the_figures_of_its_own_summary() -> None:
    (run,) = read_activity_file("ride.slf", rox(b"running")).runs
    assert run.source == "sigma"
    # startDate "Fri Aug 7 19:55:12 GMT+0200 2015": the device's wall clock with its offset.
    assert run.start == dt.datetime(2015, 8, 7, 19, 55, 12, tzinfo=CENTRAL_EUROPE_SUMMER)
    assert run.utc_offset_min == 120
    # trainingTime 350920 (hundredths of a second), distance 27167.19 m, altitudeDifferencesUphill 132000 mm.
    assert run.duration_s == pytest.approx(3509.2)
    assert run.distance_km == pytest.approx(27.16719)
    assert run.elevation_gain_m == pytest.approx(132.0)


def test_a_declared_run_at_bike_speed_and_an_unnamed_sport_are_not_taken(db) -> None:
    declared = training.import_data(db, "declared.slf", rox(b"running"))
    assert declared.added == 0 and not_a_run_words(declared.not_taken[0].reason) == "not a run: average 28 km/h"
    # No sport named: judged by how it moves; the entries' distances over their training time show a stretch
    # no runner holds.
    unnamed = read_activity_file("unnamed.slf", rox(b""))
    assert (unnamed.undeclared[0].sustained_kmh or 0) > 30
    report = training.import_data(db, "unnamed.slf", rox(b""))
    assert report.added == 0 and not_a_run_words(report.not_taken[0].reason).startswith("not a run")


def test_a_sigma_activity_is_recognised_by_its_content_and_other_xml_is_not_taken_for_one() -> None:
    assert read_activity_file("export.xml", rox()).format == "sigma"
    with pytest.raises(InvalidInput, match="a SLF that is not a Sigma DATA CENTER activity"):
        read_activity_file("other.slf", b'<?xml version="1.0"?><Activity><Name>a plan</Name></Activity>')
    with pytest.raises(InvalidInput, match=r"^old\.slf: a log of an older Sigma DATA CENTER version, which"):
        read_activity_file("old.slf", b'<?xml version="1.0"?><Log revision="210"><GeneralInformation/></Log>')
    hostile = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "E">]><Activity><Computer unit="&e;"/></Activity>'
    with pytest.raises(InvalidInput, match="DOCTYPE"):
        read_activity_file("hostile.slf", hostile)


MONTH = st.sampled_from(["Jan", "Aug", "Dec", "Foo", ""])
SIGMA_DATE = st.one_of(
    st.builds(
        lambda month, day, hour, sign, offset, year: f"Fri {month} {day} {hour}:05:12 GMT{sign}{offset:04d} {year}",
        MONTH,
        st.integers(0, 40),
        st.integers(0, 30),
        st.sampled_from("+-"),
        st.integers(0, 9999),
        st.integers(0, 9999),
    ),
    st.sampled_from(["", "yesterday", "Fri Aug 7 19:55:12 2015"]),
)


@st.composite
def slf_file(draw: st.DrawFn) -> bytes:
    """An activity whose summary, date and entries are anything a damaged file may hold."""
    entries = "".join(
        f'<Entry trainingTimeAbsolute="{draw(NUMBER_TEXT)}" distanceAbsolute="{draw(NUMBER_TEXT)}" '
        f'altitude="{draw(NUMBER_TEXT)}"/>'
        for _ in range(draw(st.integers(0, 4)))
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><Activity revision="400"><Computer unit="rc1411"/>'
        f"<GeneralInformation><sport>{draw(st.sampled_from(['running', 'cycling', '', 'other']))}</sport>"
        f"<startDate>{draw(SIGMA_DATE)}</startDate><trainingTime>{draw(NUMBER_TEXT)}</trainingTime>"
        f"<distance>{draw(NUMBER_TEXT)}</distance>"
        f"<altitudeDifferencesUphill>{draw(NUMBER_TEXT)}</altitudeDifferencesUphill></GeneralInformation>"
        f"<Entries>{entries}</Entries></Activity>"
    ).encode()


@settings(max_examples=150, deadline=None)
@given(slf_file())
def test_any_figure_of_a_sigma_activity_is_read_or_refused_in_the_formats_own_terms(data: bytes) -> None:
    check("fuzzed.slf", data)
