"""Training details a runner notices: the unit a Garmin CSV was read in, hill sessions in the runs table, the
7:28-day ratio before 28 days of runs, and names shown whole at 1366x768."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt

from calfdesk.domain.runs import make_run
from calfdesk.services import training
from calfdesk.ui.context import Changes
from tests.training_files import garmin_csv, garmin_row


def open_training(window, qtbot):
    page = window.page("training")
    qtbot.waitUntil(lambda: not page._loading, timeout=5000)
    window.navigate("training")
    return page


def report_cells(page) -> list[list[str]]:
    table = page.import_panel.report_view.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())] for row in range(table.rowCount())
    ]


def test_a_garmin_csv_import_says_which_unit_was_assumed_and_why(window, qtbot, tmp_path: Path) -> None:
    page = open_training(window, qtbot)
    path = tmp_path / "Activities.csv"
    path.write_bytes(garmin_csv([garmin_row("Running", "2026-01-04 12:38:59", "5,00", "00:30:00", "50", steps="--")]))
    with qtbot.waitSignal(page.import_finished, timeout=10_000):
        page.start_import([path])
    rows = report_cells(page)
    assert rows[-1][:3] == ["Activities.csv", "Read in kilometres", ""]
    assert "does not say which unit" in rows[-1][3] and "Preferences" in rows[-1][3]


def test_a_hilly_run_shows_as_hills_in_the_runs_table_whatever_its_title(window, qtbot) -> None:
    db = window.context.db
    start = dt.datetime(2026, 3, 3, 18, 30, tzinfo=dt.UTC)
    training.add_run(db, make_run(start=start, duration_s=2400, distance_km=8.0, elevation_gain_m=341.0, title="Easy"))
    training.add_run(db, make_run(start=start + dt.timedelta(days=1), duration_s=2400, distance_km=8.0,
                                  elevation_gain_m=40.0, title="Hill repeats"))  # fmt: skip
    page = open_training(window, qtbot)
    window.context.events.changed.emit(Changes.TRAINING)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    headers = [page.proxy.headerData(column, Qt.Orientation.Horizontal) for column in range(page.proxy.columnCount())]
    session = headers.index("Session")
    by_title = {page.model.run_at(row).title: page.model.index(row, session) for row in range(2)}
    assert by_title["Easy"].data() == "hills"
    assert "43 m per km" in by_title["Easy"].data(Qt.ItemDataRole.ToolTipRole)
    assert by_title["Hill repeats"].data() == "", "a title alone does not make a hill session"
