"""The Training page's runs card: every run in a sortable table, with Edit and Delete, or what to do when
there is none."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout

from calfdesk.domain.runs import Run
from calfdesk.domain.units import DistanceUnit, format_distance
from calfdesk.ui.training.table import ID_ROLE, RunTableModel, sorted_view
from calfdesk.ui.training.week_card import count
from calfdesk.ui.widgets.common import card_layout, empty_state, label
from calfdesk.ui.widgets.record_table import RecordTable


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
            # Date, distance, time, pace, climb, shoe, session; notes take the rest. Narrow, session then climb
            # then pace give way (the run's edit dialog still shows them).
            column_widths=(122, 80, 64, 80, 64, 112, 64),
            give_way=(6, 4, 3),
            last_min=110,
        )
        self.records.setMinimumHeight(300)
        self.table = self.records.table
        layout.addWidget(self.records, 1)

    def show_runs(self, runs: list[Run], unit: DistanceUnit) -> None:
        """Show `runs` in the table's current order, keeping the selected run selected."""
        selected = self.selected_id()
        self.model.set_runs(runs, unit)
        header = self.table.horizontalHeader()
        self.table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if selected is not None:
            self.select_run(selected)
        total_km = sum(run.distance_km for run in runs)
        self.summary.setText(
            self.tr("{runs}, {distance}").format(
                runs=count(len(runs), "run"), distance=format_distance(total_km, unit, decimals=0)
            )
            if runs
            else ""
        )
        self.empty.setVisible(not runs)
        self.table.setVisible(bool(runs))

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
