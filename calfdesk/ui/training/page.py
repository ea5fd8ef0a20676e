"""Training: weekly load with its changes, runs (imported or entered by hand) and shoes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from calfdesk.domain.load_warnings import LoadWarning, load_warnings
from calfdesk.domain.long_run_spike import is_spike
from calfdesk.domain.runs import Run
from calfdesk.domain.shoes import Shoe
from calfdesk.domain.units import DistanceUnit, format_distance
from calfdesk.domain.weekly_load import WeekLoad
from calfdesk.services import readiness, training
from calfdesk.services.training import ImportReport
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read, write
from calfdesk.ui.tasks import TaskHandle
from calfdesk.ui.training.header import TrainingHeader
from calfdesk.ui.training.import_panel import ImportPanel
from calfdesk.ui.training.runs_card import RunsCard
from calfdesk.ui.training.shoes_card import ShoesCard
from calfdesk.ui.training.week_card import AboutFiguresCard, WeekCard
from calfdesk.ui.widgets.accessible import caption, follow_layout
from calfdesk.ui.widgets.common import card, clear_layout, label, scrolling_page
from calfdesk.ui.widgets.messages import show_error
from calfdesk.ui.widgets.plain_text import escaped


@dataclass(frozen=True, slots=True)
class TrainingData:
    runs: list[Run]
    weeks: list[WeekLoad]
    shoes: list[Shoe]
    warnings: list[LoadWarning]
    # By run id, how far a run was over the longest run of the 30 days before it.
    spikes: dict[int, float] = field(default_factory=dict)


def load_training(context: AppContext) -> Callable[[Database], TrainingData]:
    """Read everything the page shows; runs in the background."""
    weekday, unit = context.settings.first_weekday, context.settings.units

    def work(db: Database) -> TrainingData:
        weeks = training.training_load(db, weekday)
        shoes = training.list_shoes(db)
        active = [shoe for shoe in shoes if not shoe.retired]
        runs = training.list_runs(db, newest_first=True)
        return TrainingData(runs, weeks, shoes, load_warnings(weeks, active, unit), readiness.long_run_spikes(db))

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
        self.header = TrainingHeader(self.unit, context.settings.week_start)
        self.header.unit_chosen.connect(self.set_unit)
        self.header.week_start_chosen.connect(self._set_week_start)
        self.header.add_requested.connect(self.add_run)
        self.header.import_files_requested.connect(self.choose_files)
        self.header.import_folder_requested.connect(self.choose_folder)
        self.unit_combo = self.header.unit_combo
        self.import_button, self.import_folder_button = self.header.import_button, self.header.import_folder_button
        layout.addWidget(self.header)
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

        # Shoes, then the figures explained, then every run: the runs table is as long as its rows, so it
        # comes last and the page is the only thing that scrolls.
        self.shoes_card = ShoesCard()
        self.shoes_card.add_requested.connect(self.add_shoe)
        self.shoes_card.shoe_list.default_requested.connect(self.make_default)
        self.shoes_card.shoe_list.retire_requested.connect(self.retire_shoe)
        layout.addWidget(self.shoes_card)
        layout.addWidget(AboutFiguresCard())
        self.runs_card = RunsCard()
        self.runs_card.import_requested.connect(self.choose_files)
        self.runs_card.records.edit_requested.connect(self.edit_selected)
        self.runs_card.records.delete_requested.connect(self.delete_selected)
        layout.addWidget(self.runs_card)
        layout.addStretch(1)
        # The runs table and the shoes under the names the page has always given them.
        self.model, self.proxy, self.records = self.runs_card.model, self.runs_card.proxy, self.runs_card.records
        self.table = self.runs_card.table
        self.runs_empty, self.runs_empty_button = self.runs_card.empty, self.runs_card.empty_button
        self.shoe_list = self.shoes_card.shoe_list

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

    # loading ----------------------------------------------------------------------------------------

    def _data_changed(self, changes: Changes) -> None:
        if changes & Changes.TRAINING:
            self.reload()

    def _settings_changed(self, key: str) -> None:
        if key in ("units", "week_start"):
            self.unit = self.context.settings.units
            self.header.show_unit(self.unit)
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
        self.runs_card.show_runs(data.runs, self.unit, data.spikes)
        self.chart.set_weeks(data.weeks, self.unit)
        self.chart.set_spikes([run.local_date for run in data.runs if is_spike(data.spikes.get(run.id or 0))])
        self.week_card.set_weeks(data.weeks, self.unit)
        self.shoe_list.set_shoes(data.shoes, self.unit)
        self._show_warnings(data.warnings)
        self._update_buttons()
        follow_layout(self)  # the warnings and the shoes' rows are built after the runs table
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
            caption(banner, warning.title)
            banner.setProperty("warning", warning.id)
            self.warnings_box.addWidget(banner)

    # runs -------------------------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        return self.runs_card.selected_id()

    def select_run(self, run_id: int) -> bool:
        return self.runs_card.select_run(run_id)

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
        from calfdesk.importers.registry import dialog_filter

        kinds = self.tr("Run files and exports (%1);;All files (*)").replace("%1", dialog_filter())
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import runs"), folder, kinds)
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
