"""The Training page's runs card: every run in a sortable table, with Edit and Delete, or what to do when
there is none.

The table is as tall as its rows: the page is the only thing that scrolls (no small box of rows inside the
scrolling page), and Edit and Delete sit above it, in reach wherever the runner is in a long list. The shoe
column is as wide as the longest shoe name, up to SHOE_COLUMN_MAX.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout

from calfdesk.domain import long_run_spike
from calfdesk.domain.runs import Run
from calfdesk.domain.units import DistanceUnit, format_distance
from calfdesk.ui.training.table import ID_ROLE, RunTableModel, sorted_view
from calfdesk.ui.widgets.common import card_layout, empty_state, label
from calfdesk.ui.widgets.record_table import RecordTable
from calfdesk.ui.widgets.texts import counted

SHOE_COLUMN: Final = 5
SHOE_COLUMN_MIN: Final = 112
SHOE_COLUMN_MAX: Final = 300


class RunsCard(QFrame):
    """Emits `import_requested` from the empty state; the table's `edit_requested` and `delete_requested`
    come through `records`."""

    import_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = card_layout(self, spacing=10)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Runs"), "section-title"), 1)
        self.summary = label("", "muted")
        top.addWidget(self.summary)
        layout.addLayout(top)
        self.empty, self.empty_button = empty_state(
            self.tr("No runs yet. Import the files of your watch or of Strava, or add a run by hand."),
            self.tr("Import runs…"),
            self.tr("Import runs from files into the empty runs list"),
        )
        self.empty_button.clicked.connect(self.import_requested)
        layout.addWidget(self.empty)
        self.model = RunTableModel()
        self.proxy = sorted_view(self.model)
        self.records = RecordTable(
            self.proxy,
            name=self.tr("Runs"),
            what=self.tr("run"),
            edit_text=self.tr("Edit…"),
            # Date, distance, time, pace, climb, shoe, session, longer, run title; notes take the rest. Narrow,
            # the title, then session, pace and climb give way (the run's edit dialog still shows them).
            column_widths=(122, 80, 64, 80, 64, SHOE_COLUMN_MIN, 64, 64, 150),
            give_way=(8, 6, 3, 4),
            last_min=110,
            buttons_above=True,
        )
        self.table = self.records.table
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.records)
        self.spike_note = label(
            self.tr("Longer: {explanation}").format(explanation=long_run_spike.explanation()), "muted", wrap=True
        )
        layout.addWidget(self.spike_note)

    def show_runs(self, runs: list[Run], unit: DistanceUnit, spikes: dict[int, float] | None = None) -> None:
        """Show `runs` in the table's current order, keeping the selected run selected; `spikes` as
        `RunTableModel.set_runs` takes them."""
        selected = self.selected_id()
        self.model.set_runs(runs, unit, spikes)
        header = self.table.horizontalHeader()
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if selected is not None:
            self.select_run(selected)
        self._fit_shoe_column(runs)
        self._fit_height()
        total_km = sum(run.distance_km for run in runs)
        self.summary.setText(
            self.tr("{runs}, {distance}").format(
                runs=counted("%n runs", len(runs)), distance=format_distance(total_km, unit, decimals=0)
            )
            if runs
            else ""
        )
        self.empty.setVisible(not runs)
        self.table.setVisible(bool(runs))
        self.spike_note.setVisible(bool(runs))

    def _fit_shoe_column(self, runs: list[Run]) -> None:
        """The shoe column as wide as the longest name (up to SHOE_COLUMN_MAX; the tooltip has the rest)."""
        metrics = self.table.fontMetrics()
        names = {run.shoe_name for run in runs if run.shoe_name}
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0) + 16
        columns = self.records.columns
        columns.widths[SHOE_COLUMN] = max(SHOE_COLUMN_MIN, min(widest, SHOE_COLUMN_MAX))
        columns.fit()

    def _fit_height(self) -> None:
        """As tall as the header and every row, so the table never scrolls inside the scrolling page."""
        rows = self.table.verticalHeader().defaultSectionSize() * self.model.rowCount()
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(rows + header + 2 * self.table.frameWidth())

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = self.proxy.mapToSource(rows[0]).siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def select_run(self, run_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.proxy.mapToSource(index).data(ID_ROLE) == run_id:
                self.table.selectionModel().select(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.scrollTo(index)
                return True
        return False
