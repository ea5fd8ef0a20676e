"""Training details a runner notices: the unit a Garmin CSV was read in, hill sessions in the runs table, the
7:28-day ratio before 28 days of runs, and names shown whole at 1366x768."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics

from calfdesk.domain.runs import make_run
from calfdesk.domain.shoes import make_shoe
from calfdesk.services import training
from calfdesk.ui.context import Changes
from calfdesk.ui.training.table import HEADERS
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


LONG_SHOE = "Nike Air Zoom Pegasus 40 Premium blue"


def test_at_1366_names_titles_and_every_run_show_whole(window, qtbot) -> None:
    db = window.context.db
    shoe = training.add_shoe(db, make_shoe(name=LONG_SHOE, start_km=812.0, is_default=True))
    start = dt.datetime(2026, 3, 1, 7, 0, tzinfo=dt.UTC)
    for day in range(30):
        training.add_run(
            db,
            make_run(start=start + dt.timedelta(days=day), duration_s=1800, distance_km=6.0, title=f"Easy {day}",
                     notes="felt fine" if day == 29 else "", shoe_id=shoe.id),
        )  # fmt: skip
    window.setMinimumSize(0, 0)
    window.resize(1366, 768)
    page = open_training(window, qtbot)
    window.context.events.changed.emit(Changes.TRAINING)
    qtbot.waitUntil(lambda: page.model.rowCount() == 30 and shoe.id in page.shoe_list.rows, timeout=5000)
    table = page.table
    qtbot.waitUntil(lambda: table.height() > 30 * 28, timeout=5000)

    shoe_column = HEADERS.index("Shoe")
    assert table.columnWidth(shoe_column) >= table.fontMetrics().horizontalAdvance(LONG_SHOE) + 8
    name_label = page.shoe_list.rows[shoe.id].name_label
    bold = QFont(name_label.font())
    bold.setBold(True)
    qtbot.waitUntil(lambda: name_label.width() >= QFontMetrics(bold).horizontalAdvance(LONG_SHOE), timeout=5000)

    newest = [page.proxy.index(0, column).data() for column in range(page.proxy.columnCount())]
    assert newest[HEADERS.index("Run")] == "Easy 29" and newest[HEADERS.index("Notes")] == "felt fine"
    assert page.proxy.index(1, HEADERS.index("Notes")).data() == "", "a title is not a note"

    assert table.verticalScrollBar().maximum() == 0, "no box of rows scrolling inside the page"
    last = table.visualRect(page.proxy.index(29, 0))
    assert last.bottom() <= table.viewport().height(), "all 30 runs are laid out in the page"
    assert page.records.edit_button.mapTo(table.parentWidget(), page.records.edit_button.rect().topLeft()).y() < (
        table.mapTo(table.parentWidget(), table.rect().topLeft()).y()
    ), "Edit sits above the list, in reach"


def test_the_ratio_waits_for_28_days_of_runs(window, qtbot) -> None:
    db = window.context.db
    today = dt.date.today()
    first = today - dt.timedelta(days=today.weekday() + 14)  # the Monday two weeks before this week's
    for day in range(0, 20, 2):
        training.add_run(db, make_run(start=dt.datetime.combine(first + dt.timedelta(days=day), dt.time(7), dt.UTC),
                                      duration_s=1800, distance_km=6.0))  # fmt: skip
    page = open_training(window, qtbot)
    window.context.events.changed.emit(Changes.TRAINING)
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=5000)
    assert page.week_card.ratio_label.text() == "7:28-day ratio: — (shown once 28 days of runs exist)"
