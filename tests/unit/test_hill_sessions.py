"""A run is a hill session when it climbed 20 m or more per km (CLINICAL_NOTES.md section 5), whatever its
title; the weekly sums in SQL count with the same rule as the run itself."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calfdesk.domain.runs import HILL_CLIMB_M_PER_KM, is_hill_climb, make_run
from calfdesk.services import training
from calfdesk.storage import training_store

START = dt.datetime(2026, 3, 2, 7, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("km", "climb", "marked", "hill"),
    [
        (10.0, 200.0, False, True),  # exactly 20 m per km
        (10.0, 199.0, False, False),
        (5.84, 234.0, False, True),  # a hilly real run, titled "Morning Run"
        (9.0, 64.0, False, False),
        (8.0, None, False, False),  # no climb recorded: not a hill by the rule
        (8.0, None, True, True),  # the runner's own mark still counts
        (8.0, 10.0, True, True),
    ],
)
def test_a_run_is_a_hill_session_by_its_climb_per_km(km: float, climb: float | None, marked: bool, hill: bool) -> None:
    run = make_run(start=START, duration_s=3000, distance_km=km, elevation_gain_m=climb, hill=marked, title="Easy")
    assert run.hill_session is hill
    assert HILL_CLIMB_M_PER_KM == 20.0


def test_the_week_counts_hill_sessions_as_the_runs_do(db) -> None:
    runs = [(10.0, 250.0), (10.0, 100.0), (6.0, 120.0), (4.0, None)]
    for day, (km, climb) in enumerate(runs):
        training.add_run(
            db, make_run(start=START + dt.timedelta(days=day), duration_s=2400, distance_km=km, elevation_gain_m=climb)
        )
    (week,) = training.training_load(db, 0, START.date())
    assert week.hill_runs == 2
    assert [run.hill_session for run in training.list_runs(db)] == [True, False, True, False]
    assert [hill for _day, hill, _shoe in training.run_days(db, START.date() + dt.timedelta(days=7))] == [
        True,
        False,
        True,
        False,
    ]


@settings(max_examples=60, deadline=None)
@given(
    km=st.floats(min_value=0.1, max_value=100.0, allow_nan=False),
    climb=st.one_of(st.none(), st.floats(min_value=0.0, max_value=5000.0, allow_nan=False)),
)
def test_sql_and_python_agree_on_every_run(
    tmp_path_factory: pytest.TempPathFactory, km: float, climb: float | None
) -> None:
    from calfdesk.storage.database import open_database

    db = open_database(tmp_path_factory.mktemp("hills"))
    try:
        stored = training.add_run(db, make_run(start=START, duration_s=2400, distance_km=km, elevation_gain_m=climb))
        (totals,) = training_store.weekly_totals(db)
        assert totals.hill_runs == int(is_hill_climb(stored.elevation_gain_m, stored.distance_km))
    finally:
        db.close()
