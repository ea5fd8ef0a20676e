"""Why activities were left out, in the runner's words: other sports are "not running", while calfdesk's own
reasons (a run recorded without a distance) say what was missing, in the language being spoken; so does why a
file could not be read."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from calfdesk.importers import read_activity_path
from calfdesk.importers.common import LeftOut
from calfdesk.services.training import FileReport, ImportReport
from calfdesk.ui.training.import_report import report_rows, totals_text
from calfdesk.words.training import file_words
from tests.export_archives import zip_bytes
from tests.training_files import gpx_text
from tests.ui.test_german_window import german  # noqa: F401
from tests.ui.test_history_import_ui import table_rows
from tests.ui.test_training_page import open_training

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


def test_why_a_file_failed_is_told_in_german_in_the_window(german, make_window, qtbot, tmp_path: Path) -> None:  # noqa: F811
    """The reasons the importers give reach the report table in the runner's language."""
    page = open_training(make_window(), qtbot)
    broken = tmp_path / "old.zip"
    broken.write_bytes(zip_bytes({"a.gpx": gpx_text().encode()})[:-40])
    route = tmp_path / "route.gpx"
    route.write_text('<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"></gpx>')
    with qtbot.waitSignal(page.import_finished, timeout=15_000):
        page.start_import([broken, route])
    reasons = {row[0]: row[3] for row in table_rows(page)}
    table = page.import_panel.report_view.table
    hovered = {table.item(row, 0).text(): table.item(row, 3).toolTip() for row in range(table.rowCount())}
    assert hovered == reasons, "a reason cut short in its cell is shown whole on hovering"
    assert reasons["old.zip"] == (
        "kein ZIP-Archiv, oder ein beschädigtes oder unvollständiges; lade oder kopiere es noch einmal"
    )
    assert reasons["route.gpx"] == (
        "die Datei hat keinen Track; eine Route oder eine Liste von Wegpunkten ist kein aufgezeichneter Lauf"
    )


def test_a_reason_quoting_a_file_is_shown_as_written_in_its_tooltip(qtbot) -> None:
    """A reason quotes what a file holds; hovering it never renders markup the file put there."""
    from calfdesk.ui.training.import_report import ImportReportView

    view = ImportReportView()
    qtbot.addWidget(view)
    quoted = "not imported: the sport '<b>Run</b><img src=x>' is unknown"
    view.show_report(ImportReport([FileReport("a.gpx", error=quoted)]))
    tip = view.table.item(0, 3).toolTip()
    assert "<b>Run</b>" not in tip and "&lt;b&gt;Run&lt;/b&gt;" in tip
