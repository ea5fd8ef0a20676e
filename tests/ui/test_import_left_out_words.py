"""Why activities were left out, in the runner's words: other sports are "not running", while calfdesk's own
reasons (a run recorded without a distance) say what was missing, in the language being spoken."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from calfdesk.importers import read_activity_path
from calfdesk.importers.common import LeftOut
from calfdesk.services.training import FileReport, ImportReport
from calfdesk.ui.training.import_report import report_rows, totals_text
from calfdesk.words.training import file_words
from tests.ui.test_german_window import german  # noqa: F401

POLAR = Path(__file__).resolve().parents[1] / "data" / "polar"


def test_a_run_recorded_without_a_distance_is_not_called_another_sport(qapp) -> None:
    parsed = read_activity_path(POLAR / "running-metric.hrm")
    assert parsed.skipped == {LeftOut.NO_DISTANCE: 1}, "a real HRM file recorded without speed"
    report = FileReport("running-metric.hrm", skipped=parsed.skipped)
    (row,) = report_rows([report])
    assert (row.outcome, row.runs, row.reason) == ("Left out", "1", "1 run without a distance")
    assert "not running" not in row.reason
    assert "1 run without a distance" in file_words(report)


def test_other_sports_and_own_reasons_are_told_apart_in_one_row(qapp) -> None:
    report = FileReport("export.csv", skipped=Counter({"Ride": 3, LeftOut.NO_DISTANCE: 2}))
    (row,) = report_rows([report])
    assert row.reason == "not running: 3 Ride; 2 runs without a distance"
    assert totals_text(ImportReport([report])).startswith("0 runs added · 5 other activities left out")


def test_the_reasons_are_worded_in_german(german) -> None:  # noqa: F811
    report = FileReport("running-metric.hrm", skipped=Counter({LeftOut.NO_DISTANCE: 1}))
    (row,) = report_rows([report])
    assert row.reason == "1 Lauf ohne Strecke"
