"""Training: weekly load with its changes, runs (imported or entered by hand) and shoes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calfdesk.domain.training import (
    LoadWarning,
    Run,
    Shoe,
    WeekLoad,
    info_text,
    load_warnings,
)
from calfdesk.domain.units import UNIT_LABELS, UNITS, DistanceUnit, format_distance
from calfdesk.services import training
from calfdesk.services.training import ImportReport
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read, write
from calfdesk.ui.tasks import TaskHandle
from calfdesk.ui.training.import_panel import ImportPanel
from calfdesk.ui.training.shoe_list import ShoeList
from calfdesk.ui.training.table import ID_ROLE, RunTableModel, sorted_view
from calfdesk.ui.training.week_card import WeekCard, count
from calfdesk.ui.widgets.common import card, clear_layout, empty_state, label, scrolling_page
from calfdesk.ui.widgets.messages import show_error
from calfdesk.ui.widgets.plain_text import escaped
from calfdesk.ui.widgets.record_table import RecordTable

RUN_FILE_FILTER = "Run files and exports (*.gpx *.tcx *.fit *.csv *.gz *.zip *.xml);;All files (*)"
WEEK_STARTS = (("monday", "Monday"), ("sunday", "Sunday"))


@dataclass(frozen=True, slots=True)
class TrainingData:
    runs: list[Run]
    weeks: list[WeekLoad]
    shoes: list[Shoe]
    warnings: list[LoadWarning]


def load_training(context: AppContext) -> Callable[[Database], TrainingData]:
    """Read everything the page shows; runs in the background."""
    weekday, unit = context.settings.first_weekday, context.settings.units

    def work(db: Database) -> TrainingData:
        weeks = training.training_load(db, weekday)
        shoes = training.list_shoes(db)
        active = [shoe for shoe in shoes if not shoe.retired]
        return TrainingData(training.list_runs(db, newest_first=True), weeks, shoes, load_warnings(weeks, active, unit))

    return work


class TrainingPage(QWidget):
    """Emits `loaded` each time it shows the file's current runs and shoes; `import_finished(report)`."""

    loaded = Signal()
    import_finished = Signal(object)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.unit: DistanceUnit = context.settings.units
        self._loading = False
        self._reload_again = False
        self.data = TrainingData([], [], [], [])

        _scroll, layout = scrolling_page(self, self.tr("Training"))
        layout.addLayout(self._build_header())
        from calfdesk.ui.training.import_report import ImportDropTarget
        from calfdesk.ui.training.watch import WatchMonitor, WatchOffer

        self.watch_offer = WatchOffer()
        self.watch_offer.import_requested.connect(lambda watch: self.start_import([watch.activities]))
        layout.addWidget(self.watch_offer)
        self.watch_monitor = WatchMonitor(self)
        self.watch_monitor.found.connect(self._offer_watch)
        self.drop_target = ImportDropTarget(self)
        self.drop_target.dropped.connect(self.start_import)
        self.import_panel = ImportPanel(context, self._update_buttons)
        self.import_panel.finished.connect(self.import_finished)
        self.import_panel.include_requested.connect(self.include_anyway)
        layout.addWidget(self.import_panel)
        self.warnings_box = QVBoxLayout()
        self.warnings_box.setSpacing(8)
        layout.addLayout(self.warnings_box)

        top = QHBoxLayout()
        top.setSpacing(16)
        chart_card, chart_layout = card()
        chart_layout.addWidget(label(self.tr("Weekly load"), "section-title"))
        from calfdesk.ui.training.load_chart import WeeklyLoadChart

        self.chart = WeeklyLoadChart()
        self.chart.import_requested.connect(self.choose_files)
        self.chart.setFixedHeight(360)
        chart_layout.addWidget(self.chart, 1)
        top.addWidget(chart_card, 1)
        self.week_card = WeekCard()
        top.addWidget(self.week_card)
        layout.addLayout(top)

        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addWidget(self._build_runs_card(), 1)
        bottom.addWidget(self._build_shoes_card())
        layout.addLayout(bottom, 1)
        layout.addWidget(self._build_about_card())

        context.events.changed.connect(self._data_changed)
        context.events.settings_changed.connect(self._settings_changed)
        context.events.refresh_requested.connect(self.reload)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.watch_monitor.timer.isActive():
            self.watch_monitor.start()

    def _offer_watch(self, watch: Any) -> None:
        self.watch_offer.offer(watch)
        self.context.show_status(self.tr("A Garmin watch is connected: import its runs on the Training page"))

    # building ---------------------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(label(self.tr("Training"), "page-title"), 1)
        header.addWidget(label(self.tr("Units"), "muted"))
        self.unit_combo = QComboBox()
        self.unit_combo.setAccessibleName(self.tr("Distance units"))
        for unit in UNITS:
            self.unit_combo.addItem(UNIT_LABELS[unit], unit)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(self.unit))
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.set_unit(self.unit_combo.currentData()))
        header.addWidget(self.unit_combo)
        header.addWidget(label(self.tr("Weeks start on"), "muted"))
        self.week_combo = QComboBox()
        self.week_combo.setAccessibleName(self.tr("First day of the week"))
        for key, text in WEEK_STARTS:
            self.week_combo.addItem(text, key)
        self.week_combo.setCurrentIndex(max(0, self.week_combo.findData(self.context.settings.week_start)))
        self.week_combo.currentIndexChanged.connect(lambda _i: self._set_week_start(self.week_combo.currentData()))
        header.addWidget(self.week_combo)
        header.addSpacing(12)
        self.add_button = QPushButton(self.tr("Add run…"))
        self.add_button.setAccessibleName(self.tr("Add a run by hand"))
        self.add_button.clicked.connect(self.add_run)
        self.import_button = QPushButton(self.tr("Import runs…"))
        self.import_button.setProperty("role", "primary")
        self.import_button.setAccessibleName(self.tr("Import run files"))
        self.import_button.setToolTip(
            self.tr(
                "GPX, TCX, FIT, export CSVs, and whole exports: Strava, Garmin Connect or Apple Health zip archives"
            )
        )
        self.import_button.clicked.connect(self.choose_files)
        self.import_folder_button = QPushButton(self.tr("Import folder…"))
        self.import_folder_button.setAccessibleName(self.tr("Import every run file in a folder"))
        self.import_folder_button.setToolTip(
            self.tr("A folder of run files, an unpacked export, or a plugged-in watch's GARMIN folder")
        )
        self.import_folder_button.clicked.connect(self.choose_folder)
        header.addWidget(self.add_button)
        header.addWidget(self.import_folder_button)
        header.addWidget(self.import_button)
        return header

    def _build_about_card(self) -> QWidget:
        frame, layout = card(spacing=8)
        layout.addWidget(label(self.tr("About these figures"), "section-title"))
        row = QHBoxLayout()
        row.setSpacing(20)
        for key in ("change", "ratio", "push_offs"):
            note = label(info_text(key), "muted", wrap=True)
            note.setProperty("info", key)
            note.setAlignment(Qt.AlignmentFlag.AlignTop)
            row.addWidget(note, 1)
        layout.addLayout(row)
        return frame

    def _build_runs_card(self) -> QWidget:
        frame, layout = card()
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Runs"), "section-title"), 1)
        self.runs_summary = label("", "muted")
        top.addWidget(self.runs_summary)
        layout.addLayout(top)
        self.runs_empty, self.runs_empty_button = empty_state(
            self.tr("No runs yet. Import the files of your watch or of Strava, or add a run by hand."),
            self.tr("Import runs…"),
            self.tr("Import run files into the empty runs list"),
        )
        self.runs_empty_button.clicked.connect(self.choose_files)
        layout.addWidget(self.runs_empty)
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
        self.records.edit_requested.connect(self.edit_selected)
        self.records.delete_requested.connect(self.delete_selected)
        self.table = self.records.table
        layout.addWidget(self.records, 1)
        return frame

    def _build_shoes_card(self) -> QWidget:
        frame, layout = card()
        frame.setFixedWidth(340)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Shoes"), "section-title"), 1)
        self.add_shoe_button = QPushButton(self.tr("Add shoe…"))
        self.add_shoe_button.setAccessibleName(self.tr("Add a shoe"))
        self.add_shoe_button.clicked.connect(self.add_shoe)
        top.addWidget(self.add_shoe_button)
        layout.addLayout(top)
        self.shoe_list = ShoeList()
        self.shoe_list.default_requested.connect(self.make_default)
        self.shoe_list.retire_requested.connect(self.retire_shoe)
        layout.addWidget(self.shoe_list)
        layout.addWidget(label(info_text("shoes"), "muted", wrap=True))
        layout.addStretch(1)
        return frame

    # loading ----------------------------------------------------------------------------------------

    def _data_changed(self, changes: Changes) -> None:
        if changes & Changes.TRAINING:
            self.reload()

    def _settings_changed(self, key: str) -> None:
        if key in ("units", "week_start"):
            self.unit = self.context.settings.units
            self.unit_combo.blockSignals(True)
            self.unit_combo.setCurrentIndex(self.unit_combo.findData(self.unit))
            self.unit_combo.blockSignals(False)
            self.reload()

    def set_unit(self, unit: str) -> None:
        if unit != self.context.settings.units:
            self.context.settings.set("units", unit)
            self.context.events.settings_changed.emit("units")

    def _set_week_start(self, day: str) -> None:
        if day != self.context.settings.week_start:
            self.context.settings.set("week_start", day)
            self.context.events.settings_changed.emit("week_start")

    def reload(self) -> None:
        if self._loading:
            self._reload_again = True
            return
        self._loading = True
        read(self.context, load_training(self.context), self._show, failure=self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        show_error(self, self.tr("Your training could not be loaded"), error)

    def _show(self, data: TrainingData) -> None:
        self._loading = False
        if self._reload_again:
            self._reload_again = False
            self.reload()
            return
        self.data = data
        selected = self.selected_id()
        self.model.set_runs(data.runs, self.unit)
        self.table.sortByColumn(
            self.table.horizontalHeader().sortIndicatorSection(), self.table.horizontalHeader().sortIndicatorOrder()
        )
        if selected is not None:
            self.select_run(selected)
        total_km = sum(run.distance_km for run in data.runs)
        self.runs_summary.setText(
            f"{count(len(data.runs), 'run')}, {format_distance(total_km, self.unit, decimals=0)}" if data.runs else ""
        )
        self.runs_empty.setVisible(not data.runs)
        self.table.setVisible(bool(data.runs))
        self.chart.set_weeks(data.weeks, self.unit)
        self.week_card.set_weeks(data.weeks, self.unit)
        self.shoe_list.set_shoes(data.shoes, self.unit)
        self._show_warnings(data.warnings)
        self._update_buttons()
        self.loaded.emit()

    def _show_warnings(self, warnings: list[LoadWarning]) -> None:
        clear_layout(self.warnings_box)
        for warning in warnings:
            if warning.id == "shoe":
                continue  # shown beside the shoe itself
            banner = label(
                f"<b>{escaped(warning.title)}.</b> {escaped(warning.reason)}<br>{escaped(warning.advice)}",
                "banner-warning",
                wrap=True,
            )
            banner.setTextFormat(Qt.TextFormat.RichText)
            banner.setAccessibleName(warning.title)
            banner.setProperty("warning", warning.id)
            self.warnings_box.addWidget(banner)

    # runs -------------------------------------------------------------------------------------------

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

    def _selected_run(self) -> Run | None:
        run_id = self.selected_id()
        return next((run for run in self.data.runs if run.id == run_id), None)

    def add_run(self) -> None:
        from calfdesk.ui.training.dialogs import RunDialog

        RunDialog(self.context, parent=self.window()).exec()

    def edit_selected(self) -> None:
        run = self._selected_run()
        if run is None:
            return
        from calfdesk.ui.training.dialogs import RunDialog

        RunDialog(self.context, run, parent=self.window()).exec()

    def delete_selected(self) -> None:
        run = self._selected_run()
        if run is None or run.id is None:
            return
        distance = format_distance(run.distance_km, self.unit, decimals=2)
        if not self.records.confirm_delete(
            self.tr("Delete run?"),
            self.tr("Delete the run of {start:%d %B %Y} ({distance})?").format(start=run.start, distance=distance),
        ):
            return
        run_id = run.id
        write(
            self.context,
            lambda db: training.delete_run(db, run_id),
            Changes.TRAINING,
            parent=self,
            error_title=self.tr("The run was not deleted"),
        )

    def _update_buttons(self) -> None:
        self.records.update_buttons()
        importing = self.import_panel.importing
        self.import_button.setEnabled(not importing)
        self.import_folder_button.setEnabled(not importing)

    # shoes ------------------------------------------------------------------------------------------

    def add_shoe(self) -> None:
        from calfdesk.ui.training.dialogs import ShoeDialog

        ShoeDialog(self.context, parent=self.window()).exec()

    def make_default(self, shoe_id: int) -> None:
        self._shoe_change(lambda db: training.set_default_shoe(db, shoe_id))

    def retire_shoe(self, shoe_id: int, retired: bool) -> None:
        self._shoe_change(lambda db: training.retire_shoe(db, shoe_id, retired=retired))

    def _shoe_change(self, change: Callable[[Database], object]) -> None:
        write(self.context, change, Changes.TRAINING, parent=self, error_title=self.tr("The shoe was not changed"))

    # import -----------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import runs"), folder, RUN_FILE_FILTER)
        if names:
            self.start_import([Path(name) for name in names])

    def choose_folder(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        name = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of runs"), folder)
        if name:
            self.start_import([Path(name)])

    def include_anyway(self, items: list[Any]) -> None:
        """Import, after all, the activities the runner says are runs."""
        write(
            self.context,
            lambda db: training.include_anyway(db, items),
            Changes.TRAINING,
            lambda report: self.import_panel.report_view.included(report.added),
            parent=self,
            error_title=self.tr("The activities were not imported"),
        )

    def start_import(self, files: list[Path]) -> TaskHandle[ImportReport]:
        return self.import_panel.start(files, self.unit)

    def open_with(self, **kwargs: Any) -> None:
        if kwargs.get("import_files"):
            self.start_import(list(kwargs["import_files"]))
