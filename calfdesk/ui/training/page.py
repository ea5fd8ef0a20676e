"""Training: weekly load with its changes, runs (imported or entered by hand) and shoes."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QItemSelectionModel, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from calfdesk.domain.training import (
    RAMP_FLAG_PCT,
    LoadWarning,
    Run,
    Shoe,
    WeekLoad,
    info_text,
    load_warnings,
)
from calfdesk.domain.units import UNIT_LABELS, UNITS, DistanceUnit, format_distance, format_elevation
from calfdesk.errors import StorageError
from calfdesk.services import training
from calfdesk.services.training import ImportReport
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.tasks import TaskContext, TaskHandle, run_task
from calfdesk.ui.training.shoe_list import ShoeList
from calfdesk.ui.training.table import ID_ROLE, RunTableModel, sorted_view
from calfdesk.ui.widgets.common import card, clear_layout, label, scrolling_page
from calfdesk.ui.widgets.messages import show_error

RUN_FILE_FILTER = "Run files (*.gpx *.tcx *.fit *.csv *.gz);;All files (*)"
WEEK_STARTS = (("monday", "Monday"), ("sunday", "Sunday"))


@dataclass(frozen=True, slots=True)
class TrainingData:
    runs: list[Run]
    weeks: list[WeekLoad]
    shoes: list[Shoe]
    warnings: list[LoadWarning]


# Files read without a problem are listed one by one up to this many (every file with a problem always is):
# Qt takes a fifth of a second to lay out a rich-text report of 500 lines, and the window would stall.
REPORT_READ_FILES: Final = 20


def load_training(context: AppContext) -> Any:
    """Read everything the page shows; runs in the background."""
    db, weekday, unit = context.db, context.settings.first_weekday, context.settings.units

    def work(_task: TaskContext) -> TrainingData:
        weeks = training.training_load(db, weekday)
        shoes = training.list_shoes(db)
        active = [shoe for shoe in shoes if not shoe.retired]
        return TrainingData(training.list_runs(db, newest_first=True), weeks, shoes, load_warnings(weeks, active, unit))

    return work


def count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:+.0f}%"


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
        self.import_task: TaskHandle[ImportReport] | None = None
        self.data = TrainingData([], [], [], [])

        _scroll, layout = scrolling_page(self, "Training")
        layout.addLayout(self._build_header())
        layout.addWidget(self._build_import_panel())
        self.warnings_box = QVBoxLayout()
        self.warnings_box.setSpacing(8)
        layout.addLayout(self.warnings_box)

        top = QHBoxLayout()
        top.setSpacing(16)
        chart_card, chart_layout = card()
        chart_layout.addWidget(label("Weekly load", "section-title"))
        from calfdesk.ui.training.load_chart import WeeklyLoadChart

        self.chart = WeeklyLoadChart()
        self.chart.setFixedHeight(360)
        chart_layout.addWidget(self.chart, 1)
        top.addWidget(chart_card, 1)
        top.addWidget(self._build_week_card())
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

    # building ---------------------------------------------------------------------------------------

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(label("Training", "page-title"), 1)
        header.addWidget(label("Units", "muted"))
        self.unit_combo = QComboBox()
        self.unit_combo.setAccessibleName("Distance units")
        for unit in UNITS:
            self.unit_combo.addItem(UNIT_LABELS[unit], unit)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(self.unit))
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.set_unit(self.unit_combo.currentData()))
        header.addWidget(self.unit_combo)
        header.addWidget(label("Weeks start on", "muted"))
        self.week_combo = QComboBox()
        self.week_combo.setAccessibleName("First day of the week")
        for key, text in WEEK_STARTS:
            self.week_combo.addItem(text, key)
        self.week_combo.setCurrentIndex(max(0, self.week_combo.findData(self.context.settings.week_start)))
        self.week_combo.currentIndexChanged.connect(lambda _i: self._set_week_start(self.week_combo.currentData()))
        header.addWidget(self.week_combo)
        header.addSpacing(12)
        self.add_button = QPushButton("Add run…")
        self.add_button.setAccessibleName("Add a run by hand")
        self.add_button.clicked.connect(self.add_run)
        self.import_button = QPushButton("Import runs…")
        self.import_button.setProperty("role", "primary")
        self.import_button.setAccessibleName("Import run files")
        self.import_button.setToolTip("GPX, TCX, FIT, Strava activities.csv or Garmin Connect Activities.csv")
        self.import_button.clicked.connect(self.choose_files)
        header.addWidget(self.add_button)
        header.addWidget(self.import_button)
        return header

    def _build_import_panel(self) -> QWidget:
        frame, layout = card(spacing=8)
        self.import_panel = frame
        top = QHBoxLayout()
        self.import_title = label("Importing runs", "section-title")
        top.addWidget(self.import_title, 1)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setAccessibleName("Cancel the import")
        self.cancel_button.clicked.connect(self.cancel_import)
        self.close_report_button = QPushButton("Close")
        self.close_report_button.setAccessibleName("Close the import report")
        self.close_report_button.clicked.connect(frame.hide)
        top.addWidget(self.cancel_button)
        top.addWidget(self.close_report_button)
        layout.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Import progress")
        layout.addWidget(self.progress)
        self.progress_label = label("", "muted", wrap=True)
        layout.addWidget(self.progress_label)
        self.report_label = QLabel()
        self.report_label.setWordWrap(True)
        self.report_label.setTextFormat(Qt.TextFormat.RichText)
        self.report_label.setAccessibleName("Import report")
        self.report_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.report_label)
        frame.hide()
        return frame

    def _build_week_card(self) -> QWidget:
        frame, layout = card(spacing=8)
        frame.setFixedWidth(340)
        layout.addWidget(label("This week so far", "section-title"))
        self.week_distance = label("", "big-number")
        self.week_distance.setAccessibleName("Distance this week")
        layout.addWidget(self.week_distance)
        self.week_detail = label("", "muted", wrap=True)
        layout.addWidget(self.week_detail)
        layout.addSpacing(6)
        self.last_week_title = label("Last full week", "section-title")
        layout.addWidget(self.last_week_title)
        self.change_label = label("", wrap=True)
        self.change_label.setAccessibleName("Change in distance")
        layout.addWidget(self.change_label)
        self.ratio_label = label("", wrap=True)
        self.ratio_label.setAccessibleName("7-day to 28-day ratio")
        layout.addWidget(self.ratio_label)
        self.push_offs_label = label("", wrap=True)
        self.push_offs_label.setAccessibleName("Push-offs per leg")
        layout.addWidget(self.push_offs_label)
        layout.addStretch(1)
        return frame

    def _build_about_card(self) -> QWidget:
        frame, layout = card(spacing=8)
        layout.addWidget(label("About these figures", "section-title"))
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
        top.addWidget(label("Runs", "section-title"), 1)
        self.runs_summary = label("", "muted")
        top.addWidget(self.runs_summary)
        layout.addLayout(top)
        self.model = RunTableModel()
        self.proxy = sorted_view(self.model)
        self.table = QTableView()
        self.table.setAccessibleName("Runs")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(260)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((122, 80, 64, 80, 64, 112, 64)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.edit_button = QPushButton("Edit…")
        self.edit_button.setAccessibleName("Edit the selected run")
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton("Delete…")
        self.delete_button.setProperty("role", "danger")
        self.delete_button.setAccessibleName("Delete the selected run")
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        self._update_buttons()
        return frame

    def _build_shoes_card(self) -> QWidget:
        frame, layout = card()
        frame.setFixedWidth(340)
        top = QHBoxLayout()
        top.addWidget(label("Shoes", "section-title"), 1)
        self.add_shoe_button = QPushButton("Add shoe…")
        self.add_shoe_button.setAccessibleName("Add a shoe")
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
        run_task(load_training(self.context), self._show, self._load_failed)

    def _load_failed(self, error: BaseException) -> None:
        self._loading = False
        show_error(self, "Your training could not be loaded", error)

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
            f"{len(data.runs)} runs, {format_distance(total_km, self.unit, decimals=0)}" if data.runs else ""
        )
        self.chart.set_weeks(data.weeks, self.unit)
        self._show_week(data.weeks)
        self.shoe_list.set_shoes(data.shoes, self.unit)
        self._show_warnings(data.warnings)
        self._update_buttons()
        self.loaded.emit()

    def _show_week(self, weeks: list[WeekLoad]) -> None:
        """The week under way as it stands, and the changes of the last full week (a week just begun would
        always look like a drop)."""
        current = weeks[-1] if weeks else None
        if current is None:
            self.week_distance.setText(format_distance(0, self.unit))
            self.week_detail.setText("No runs yet.")
        else:
            sessions = [count(current.runs, "run")]
            sessions.append(f"{format_elevation(current.elevation_gain_m, self.unit)} of climb")
            if current.hill_runs:
                sessions.append(f"{current.hill_runs} hill")
            if current.speed_runs:
                sessions.append(f"{current.speed_runs} speed")
            self.week_distance.setText(format_distance(current.distance_km, self.unit))
            self.week_detail.setText(
                f"Since {current.week_start:%A %d %B}: {', '.join(sessions)}; "
                f"about {current.push_offs_per_leg:,} push-offs per leg."
            )
        last = weeks[-2] if len(weeks) > 1 else None
        self.last_week_title.setVisible(last is not None)
        for widget in (self.change_label, self.ratio_label, self.push_offs_label):
            widget.setVisible(last is not None)
        if last is None:
            return
        self.last_week_title.setText(f"Week of {last.week_start:%d %B}")
        flagged = last.ramp_flag or (current is not None and current.ramp_flag)
        lines = [
            f"{format_distance(last.distance_km, self.unit)}, <b>{percent(last.change_pct)}</b> on the week before",
            f"Two weeks against the two before: <b>{percent(last.two_week_change_pct)}</b>",
        ]
        if flagged:
            lines.append(f"<span style='color:{self._color('warning')}'><b>A rise of over {RAMP_FLAG_PCT:.0f}% "
                         "across two weeks</b></span>")  # fmt: skip
        elif last.rise_info:
            lines.append("A rise of over 10%, shown for information")
        self.change_label.setText("<br>".join(lines))
        if last.acwr is None:
            self.ratio_label.setText("7:28-day ratio: — (needs four weeks of runs)")
        else:
            band = {
                "low": "below the usual 0.8–1.3",
                "usual": "within the usual 0.8–1.3",
                "raised": "above the usual 0.8–1.3",
                "high": "high (1.5 or more)",
            }[last.ratio_band or "usual"]
            self.ratio_label.setText(f"7:28-day ratio: <b>{last.acwr:.2f}</b>, {band}; information only")
        self.push_offs_label.setText(f"Push-offs per leg: about <b>{last.push_offs_per_leg:,}</b>")

    @staticmethod
    def _color(key: str) -> str:
        from calfdesk.ui.widgets import theme

        return theme.current().colors[key]

    def _show_warnings(self, warnings: list[LoadWarning]) -> None:
        clear_layout(self.warnings_box)
        for warning in warnings:
            if warning.id == "shoe":
                continue  # shown beside the shoe itself
            banner = label(
                f"<b>{escape(warning.title)}.</b> {escape(warning.reason)}<br>{escape(warning.advice)}",
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
        answer = QMessageBox.question(
            self,
            "Delete run?",
            f"Delete the run of {run.start:%d %B %Y} ({format_distance(run.distance_km, self.unit, decimals=2)})?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            training.delete_run(self.context.db, run.id)
        except StorageError as error:
            show_error(self, "The run was not deleted", error)
            return
        self.context.events.changed.emit(Changes.TRAINING)

    def _update_buttons(self) -> None:
        has_selection = bool(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(has_selection)
        self.delete_button.setEnabled(has_selection)
        importing = self.import_task is not None and not self.import_task.done
        self.import_button.setEnabled(not importing)

    # shoes ------------------------------------------------------------------------------------------

    def add_shoe(self) -> None:
        from calfdesk.ui.training.dialogs import ShoeDialog

        ShoeDialog(self.context, parent=self.window()).exec()

    def make_default(self, shoe_id: int) -> None:
        self._shoe_change(lambda: training.set_default_shoe(self.context.db, shoe_id))

    def retire_shoe(self, shoe_id: int, retired: bool) -> None:
        self._shoe_change(lambda: training.retire_shoe(self.context.db, shoe_id, retired=retired))

    def _shoe_change(self, change: Any) -> None:
        try:
            change()
        except (StorageError, ValueError) as error:
            show_error(self, "The shoe was not changed", error)
            return
        self.context.events.changed.emit(Changes.TRAINING)

    # import -----------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        names, _filter = QFileDialog.getOpenFileNames(self, "Import runs", folder, RUN_FILE_FILTER)
        if names:
            self.start_import([Path(name) for name in names])

    def start_import(self, files: list[Path]) -> TaskHandle[ImportReport]:
        """Import files in the background with progress; Cancel stops before the next file."""
        db, unit = self.context.db, self.unit
        self.import_panel.show()
        self.import_title.setText(f"Importing {count(len(files), 'file')}")
        self.progress.setRange(0, len(files))
        self.progress.setValue(0)
        self.progress.show()
        self.progress_label.setText("Starting…")
        self.report_label.setText("")
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.close_report_button.hide()

        def work(task: TaskContext) -> ImportReport:
            return training.import_files(
                db, files, progress=task.progress, cancelled=lambda: task.cancelled, csv_unit=unit
            )

        self.import_task = run_task(
            work, self._import_done, self._import_failed, on_progress=self._import_progress, writes=True
        )
        self._update_buttons()
        return self.import_task

    def _import_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_label.setText(f"Reading file {done + 1} of {total}: {name}" if name else "Finishing…")

    def cancel_import(self) -> None:
        if self.import_task is not None and not self.import_task.done:
            self.import_task.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText("Cancelling after the current file…")

    def _import_done(self, report: ImportReport) -> None:
        self._update_buttons()
        self.cancel_button.hide()
        self.close_report_button.show()
        self.progress.setValue(len(report.files))
        danger = self._color("danger")
        lines = []
        listed = 0
        for item in report.files:
            if item.error is None:
                listed += 1
                if listed <= REPORT_READ_FILES:
                    lines.append(f"✓ <b>{escape(item.name)}</b>: {escape(item.summary())}")
            else:
                lines.append(
                    f"<span style='color:{danger}'>✗</span> <b>{escape(item.name)}</b>: not imported, "
                    f"{escape(item.error)}"
                )
        if listed > REPORT_READ_FILES:
            lines.append(f"✓ and {count(listed - REPORT_READ_FILES, 'more file')} read")
        if report.cancelled:
            lines.append(
                f"Cancelled: {count(len(report.not_started), 'file')} not read "
                f"({escape(', '.join(report.not_started))})."
            )
        self.report_label.setText("<br>".join(lines))
        verb = "Import cancelled" if report.cancelled else "Import finished"
        self.import_title.setText(verb)
        self.progress_label.setText(
            f"{verb}: {count(report.added, 'run')} added, {count(report.duplicates, 'duplicate')} skipped, "
            f"{count(len(report.failed), 'file')} not imported."
        )
        self.context.show_status(f"{verb}: {count(report.added, 'run')} added")
        self.import_finished.emit(report)
        if report.added or any(item.new_shoes for item in report.files):
            self.context.events.changed.emit(Changes.TRAINING)

    def _import_failed(self, error: BaseException) -> None:
        self._update_buttons()
        self.cancel_button.hide()
        self.close_report_button.show()
        self.import_title.setText("Import stopped")
        self.progress_label.setText("")
        show_error(self, "The runs could not be imported", error)
        self.context.events.changed.emit(Changes.TRAINING)

    def open_with(self, **kwargs: Any) -> None:
        if kwargs.get("import_files"):
            self.start_import(list(kwargs["import_files"]))
