"""Add or edit a run, and add a shoe. Values are shown in the runner's unit and saved in km."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calfdesk.domain.runs import MAX_ELEVATION_GAIN_M, Run, make_run
from calfdesk.domain.shoes import Shoe, default_alert_km, make_shoe
from calfdesk.domain.units import (
    DistanceUnit,
    elevation_label,
    format_duration,
    km_to_unit,
    metres_to_unit,
    parse_duration,
    unit_to_km,
    unit_to_metres,
)
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.services import training
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.saving import save_form
from calfdesk.ui.widgets.common import label
from calfdesk.ui.widgets.texts import day_format

_tr = Texts(__name__)


NOT_RECORDED = -1


def _distance_box(unit: DistanceUnit, name: str, maximum_km: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(2)
    box.setRange(0.0, km_to_unit(maximum_km, unit))
    box.setSuffix(f" {unit}")
    box.setAccessibleName(name)
    return box


def _lay_out(
    dialog: Any, title: str, rows: list[tuple[str, QWidget]], save_name: str, intro: str = ""
) -> tuple[QLabel, QPushButton]:
    """Title, form rows, a hidden problem banner and Save/Cancel; Save calls `dialog.save`.

    Returns the problem banner and the Save button.
    """
    form = QFormLayout()
    form.setSpacing(10)
    for text, widget in rows:
        form.addRow(text, widget)
    problem = label("", "banner-error", wrap=True)
    problem.hide()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
    save_button.setProperty("role", "primary")
    save_button.setAccessibleName(save_name)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(_tr("Cancel"))
    buttons.accepted.connect(dialog.save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(20, 18, 20, 16)
    layout.setSpacing(12)
    layout.addWidget(label(title, "section-title"))
    if intro:
        layout.addWidget(label(intro, "muted", wrap=True))
    layout.addLayout(form)
    layout.addWidget(problem)
    layout.addWidget(buttons)
    return problem, save_button


class RunDialog(QDialog):
    """A run entered by hand, or an imported run being corrected. Saves through the training service."""

    def __init__(self, context: AppContext, run: Run | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.run = run
        self.unit: DistanceUnit = context.settings.units
        self.saved: Run | None = None
        self.setWindowTitle(self.tr("Edit run") if run else self.tr("Add a run"))
        self.setMinimumWidth(460)

        self.start_edit = QDateTimeEdit()
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(f"{day_format()} HH:mm")
        self.start_edit.setAccessibleName(self.tr("Start date and time"))
        self.distance = _distance_box(self.unit, self.tr("Distance"), 1000.0)
        self.duration = QLineEdit()
        self.duration.setPlaceholderText(self.tr("h:mm:ss, for example 0:42:30"))
        self.duration.setAccessibleName(self.tr("Duration"))
        self.climb = QSpinBox()
        self.climb.setRange(NOT_RECORDED, round(metres_to_unit(MAX_ELEVATION_GAIN_M, self.unit)))
        self.climb.setSpecialValueText(self.tr("not recorded"))
        self.climb.setSuffix(f" {elevation_label(self.unit)}")
        self.climb.setAccessibleName(self.tr("Elevation gain"))
        self.shoe_combo = QComboBox()
        self.shoe_combo.setAccessibleName(self.tr("Shoe"))
        self.hill_check = QCheckBox(self.tr("Hill session"))
        self.hill_check.setAccessibleName(self.tr("Hill session"))
        self.speed_check = QCheckBox(self.tr("Speed session (sprints or fast intervals)"))
        self.speed_check.setAccessibleName(self.speed_check.text())
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.viewport().setAccessibleName(self.tr("Notes"))  # the screen reader's focus is on the viewport
        self.notes.setFixedHeight(70)
        rows = [
            (self.tr("Start"), self.start_edit),
            (self.tr("Distance"), self.distance),
            (self.tr("Duration"), self.duration),
            (self.tr("Climb"), self.climb),
            (self.tr("Shoe"), self.shoe_combo),
            ("", self.hill_check),
            ("", self.speed_check),
            (self.tr("Notes"), self.notes),
        ]
        self.problem, self.save_button = _lay_out(
            self, self.tr("Edit run") if run else self.tr("Add a run"), rows, self.tr("Save run")
        )
        self._fill()

    def _fill(self) -> None:
        shoes = training.list_shoes(self.context.db)
        self.shoe_combo.addItem(self.tr("No shoe"), None)
        chosen = self.run.shoe_id if self.run else next((s.id for s in shoes if s.is_default), None)
        for shoe in shoes:
            if shoe.retired and shoe.id != chosen:
                continue
            self.shoe_combo.addItem(
                self.tr("{name} (retired)").format(name=shoe.name) if shoe.retired else shoe.name, shoe.id
            )
        self.shoe_combo.setCurrentIndex(max(0, self.shoe_combo.findData(chosen)))
        if self.run is None:
            now = QDateTime.currentDateTime()
            self.start_edit.setDateTime(now.addSecs(-now.time().second()))
            self.climb.setValue(0)
            return
        run = self.run
        start = run.start
        self.start_edit.setDateTime(QDateTime(start.year, start.month, start.day, start.hour, start.minute, 0))
        self.distance.setValue(km_to_unit(run.distance_km, self.unit))
        self.duration.setText(format_duration(run.duration_s))
        self.climb.setValue(
            NOT_RECORDED if run.elevation_gain_m is None else round(metres_to_unit(run.elevation_gain_m, self.unit))
        )
        self.hill_check.setChecked(run.hill)
        self.speed_check.setChecked(run.speed)
        self.notes.setPlainText(run.notes)

    def _start(self) -> dt.datetime:
        value = self.start_edit.dateTime()
        day, time = value.date(), value.time()
        naive = dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
        if self.run is not None:
            return naive.replace(tzinfo=self.run.start.tzinfo)  # keep the wall clock the run was recorded in
        return naive.astimezone()

    def built_run(self) -> Run:
        """The run as entered; raises InvalidInput naming the field."""
        try:
            duration = parse_duration(self.duration.text())
        except ValueError:
            duration = None
        if duration is None:
            raise InvalidInput(self.tr("Duration: write it as h:mm:ss, for example 0:42:30"), field="duration")
        climb = self.climb.value()
        run = make_run(
            start=self._start(),
            duration_s=duration,
            distance_km=unit_to_km(self.distance.value(), self.unit),
            elevation_gain_m=None if climb == NOT_RECORDED else unit_to_metres(climb, self.unit),
            source=self.run.source if self.run else "manual",
            title=self.run.title if self.run else "",
            shoe_id=self.shoe_combo.currentData(),
            hill=self.hill_check.isChecked(),
            speed=self.speed_check.isChecked(),
            notes=self.notes.toPlainText().strip(),
            source_file=self.run.source_file if self.run else "",
        )
        return replace(run, id=self.run.id) if self.run else run

    def save(self) -> None:
        save_form(self.context, self, self.problem, self.save_button, self._save_op, Changes.TRAINING, self._saved)

    def _save_op(self) -> Callable[[Database], Run]:
        run = self.built_run()
        if run.id is None:
            return lambda db: training.add_run(db, run, use_default_shoe=False)

        def edit(db: Database) -> Run:
            training.edit_run(db, run)
            return run

        return edit

    def _saved(self, run: Run) -> None:
        self.saved = run
        self.accept()


class ShoeDialog(QDialog):
    """A new pair of shoes: name, distance it already has, alert distance, default for new runs."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.unit: DistanceUnit = context.settings.units
        self.saved: Shoe | None = None
        self.setWindowTitle(self.tr("Add a shoe"))
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("for example Pegasus 40, blue"))
        self.name_edit.setAccessibleName(self.tr("Shoe name"))
        self.start_box = _distance_box(self.unit, self.tr("Distance already run in it"), 100_000.0)
        self.alert_box = _distance_box(self.unit, self.tr("Alert distance"), 100_000.0)
        self.alert_box.setDecimals(0)
        self.alert_box.setValue(round(km_to_unit(default_alert_km(self.unit), self.unit)))
        self.default_check = QCheckBox(self.tr("New runs go on this shoe"))
        self.default_check.setAccessibleName(self.default_check.text())
        self.default_check.setAccessibleDescription(self.tr("Default shoe"))
        rows = [
            (self.tr("Name"), self.name_edit),
            (self.tr("Already run"), self.start_box),
            (self.tr("Alert at"), self.alert_box),
            ("", self.default_check),
        ]
        intro = self.tr(
            "The alert reminds you to look at the shoe once it has run this far (500 mi, 800 km by default)."
        )
        self.problem, self.save_button = _lay_out(self, self.tr("Add a shoe"), rows, self.tr("Save shoe"), intro)

    def save(self) -> None:
        save_form(self.context, self, self.problem, self.save_button, self._save_op, Changes.TRAINING, self._saved)

    def _save_op(self) -> Callable[[Database], Shoe]:
        shoe = make_shoe(
            name=self.name_edit.text(),
            start_km=unit_to_km(self.start_box.value(), self.unit),
            alert_km=unit_to_km(self.alert_box.value(), self.unit),
            is_default=self.default_check.isChecked(),
        )
        return lambda db: training.add_shoe(db, shoe)

    def _saved(self, shoe: Shoe) -> None:
        self.saved = shoe
        self.accept()
