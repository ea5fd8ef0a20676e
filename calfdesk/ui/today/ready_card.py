"""The Today page's "Ready to run today?" card: the answer, the checklist behind it (each item with a word as
well as a colour, its numbers and what would make it green), the planned distance and whether it is a harder
session (neither is saved), and yesterday's run when
it was much longer than before. A checklist from the runner's own records; a clinician's advice comes first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from calfdesk.domain import long_run_spike
from calfdesk.domain import readiness as rules
from calfdesk.domain.readiness import Item, Readiness
from calfdesk.domain.units import DistanceUnit, format_distance, km_to_unit, unit_to_km
from calfdesk.services import readiness
from calfdesk.services.readiness import SpikeRun, TodayReadiness
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import card_layout, clear_layout, label
from calfdesk.ui.widgets.plain_text import escaped
from calfdesk.ui.widgets.texts import domain_word, short_date

# Typing pauses this long before the checklist is read again with the new distance.
PLANNED_PAUSE_MS = 350
SETTINGS_READ = ("units", "sex", "birth_year")


class ReadyCard(QFrame):
    """Reads in the background; emits `loaded` each time it shows a fresh checklist."""

    loaded = Signal()

    def __init__(self, context: AppContext, *, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__()
        self.context = context
        self.today = today
        self.result: TodayReadiness | None = None
        self.unit: DistanceUnit = context.settings.units
        self._reading = 0
        self.setAccessibleName(self.tr("Ready to run today?"))
        layout = card_layout(self, spacing=10)
        layout.addWidget(label(self.tr("Ready to run today?"), "section-title"))
        self.answer = label("", "ready-answer", wrap=True)
        self.answer.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.answer)
        self.caveat = label(rules.caveat(), "muted", wrap=True)
        layout.addWidget(self.caveat)

        planned_row = QHBoxLayout()
        planned_label = label(self.tr("Distance you plan to run today"))
        planned_row.addWidget(planned_label)
        self.planned = QDoubleSpinBox()
        self.planned.setDecimals(1)
        self.planned.setSingleStep(0.5)
        self.planned.setSpecialValueText(self.tr("not planned"))
        self.planned.setAccessibleName(self.tr("Distance you plan to run today"))
        self.planned.setToolTip(self.tr("Checked against your longest run of the last 30 days"))
        self.planned.setMinimumWidth(130)
        planned_label.setBuddy(self.planned)
        planned_row.addWidget(self.planned)
        planned_row.addSpacing(12)
        self.hard = QCheckBox(self.tr("A harder session: faster, intervals or hills"))
        self.hard.setAccessibleName(self.hard.text())
        self.hard.setToolTip(self.tr("A harder run is checked against the distance of your last run"))
        planned_row.addWidget(self.hard)
        planned_row.addStretch(1)
        layout.addLayout(planned_row)
        self._set_unit()

        self.spike_note = label("", "banner-warning", wrap=True)
        self.spike_note.hide()
        layout.addWidget(self.spike_note)
        self.items = QGridLayout()
        self.items.setHorizontalSpacing(12)
        self.items.setVerticalSpacing(12)
        self.items.setColumnStretch(1, 1)
        layout.addLayout(self.items)
        self.better = label("", "muted", wrap=True)
        layout.addWidget(self.better)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PLANNED_PAUSE_MS)
        self._pause.timeout.connect(self.refresh)
        self.planned.valueChanged.connect(lambda _value: self._pause.start())
        self.hard.toggled.connect(lambda _checked: self.refresh())
        context.events.changed.connect(self._data_changed)
        context.events.settings_changed.connect(self._setting_changed)
        context.events.refresh_requested.connect(self.refresh)
        context.when_started(self.refresh)

    def _set_unit(self) -> None:
        """Show the planned distance in the runner's unit, keeping a distance already typed."""
        planned = self.planned_km()
        self.unit = self.context.settings.units
        self.planned.blockSignals(True)
        self.planned.setRange(0.0, round(km_to_unit(readiness.PLANNED_KM_MAX, self.unit), 1))
        self.planned.setSuffix(f" {domain_word(self.unit)}")
        self.planned.setValue(round(km_to_unit(planned, self.unit), 1) if planned is not None else 0.0)
        self.planned.blockSignals(False)

    def _data_changed(self, changes: Changes) -> None:
        if changes & (Changes.DIARY | Changes.ASSESSMENT | Changes.REHAB | Changes.TRAINING):
            self.refresh()

    def _setting_changed(self, key: str) -> None:
        if key == "units":
            self._set_unit()
        if key in SETTINGS_READ:
            self.refresh()

    def planned_km(self) -> float | None:
        value = self.planned.value()
        return unit_to_km(value, self.unit) if value > 0 else None

    def refresh(self) -> None:
        self._pause.stop()
        day, planned, hard = self.today(), self.planned_km(), self.hard.isChecked()
        settings = self.context.settings
        sex, birth_year = settings.sex or None, settings.birth_year or None
        self._reading += 1
        reading = self._reading
        read(
            self.context,
            lambda db: (
                reading,
                readiness.today_readiness(
                    db, day, planned_km=planned, planned_hard=hard, sex=sex, birth_year=birth_year
                ),
            ),
            self._show,
            parent=self,
            error_title=self.tr("The running checklist could not be loaded"),
        )

    def _show(self, found: tuple[int, TodayReadiness]) -> None:
        reading, result = found
        if reading != self._reading:
            return  # a later read is under way: only the freshest is shown
        self.result = result
        self._show_answer(result.readiness)
        self._show_spike(result.yesterday_spike)
        self._show_items(result.readiness)
        better = result.readiness.better_with
        self.better.setText(
            self.tr("A better answer needs: {measures}.").format(
                measures=", ".join(rules.measure_words(measure) for measure in better)
            )
            if better
            else ""
        )
        self.better.setVisible(bool(better))
        self.loaded.emit()

    def _show_answer(self, result: Readiness) -> None:
        if result.see_clinician:
            headline, text = self.tr("Not today: see a clinician"), self.tr("A warning sign needs a clinician first.")
        elif result.answer == "not_today":
            headline, text = self.tr("Not today"), self.tr("Something on the checklist says rest from running today.")
        elif result.answer == "not_yet":
            headline, text = self.tr("Not yet"), self.tr("Some checks are not met or not known yet; see below.")
        else:
            headline, text = self.tr("Yes"), self.tr("Every check on your list is green.")
        self.answer.setText(f"<b>{escaped(headline)}</b> &nbsp;{escaped(text)}")
        self.answer.setAccessibleName(f"{headline}. {text}")
        self.answer.setProperty("status", _colour(result))
        self.answer.style().unpolish(self.answer)
        self.answer.style().polish(self.answer)

    def _show_spike(self, spike: SpikeRun | None) -> None:
        if spike is None:
            self.spike_note.hide()
            return
        distance = format_distance(spike.distance_km, self.context.settings.units)
        self.spike_note.setText(long_run_spike.morning_after(distance, spike.pct))
        caption(self.spike_note, long_run_spike.title())
        self.spike_note.show()

    def _show_items(self, result: Readiness) -> None:
        clear_layout(self.items)
        unit = self.context.settings.units
        for row, item in enumerate(result.items):
            badge = label(self._status_word(item), "ready-badge")
            badge.setProperty("status", item.status)
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            badge.setMinimumWidth(88)
            self.items.addWidget(badge, row, 0, Qt.AlignmentFlag.AlignTop)
            self.items.addWidget(self._item_text(item, unit), row, 1)

    def _item_text(self, item: Item, unit: DistanceUnit) -> QWidget:
        words = rules.item_words(item, lambda km: format_distance(km, unit), _day)
        box = QWidget()
        box.setProperty("item", item.id)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        title = self._item_title(item.id)
        reason = QLabel(f"<b>{escaped(title)}</b> &nbsp;{escaped(words.reason)}")
        reason.setTextFormat(Qt.TextFormat.RichText)
        reason.setWordWrap(True)
        caption(reason, self._status_word(item))
        column.addWidget(reason)
        source = self.tr("Source: {source}").format(source=item.source)
        if words.to_green:
            source = self.tr("To make it green: {what} · {source}").format(what=words.to_green, source=source)
        column.addWidget(label(source, "muted", wrap=True))
        return box

    def _status_word(self, item: Item) -> str:
        return {"green": self.tr("OK"), "amber": self.tr("Not yet"), "red": self.tr("Not today")}[item.status]

    def _item_title(self, item_id: str) -> str:
        return {
            "red_flags": self.tr("Warning signs"),
            "pain_monitoring": self.tr("Pain in your last session"),
            "morning": self.tr("This morning"),
            "heel_raise": self.tr("Heel-raise test"),
            "hop": self.tr("Hopping on the sore leg"),
            "plan": self.tr("Your plan"),
            "planned_run": self.tr("Today's run"),
        }[item_id]


def _day(day: dt.date) -> str:
    """A date as the Today page writes it: "3 Dec", with the year when it is not this year's."""
    return short_date(day, year=day.year != dt.date.today().year)


def _colour(result: Readiness) -> str:
    return {"yes": "green", "not_yet": "amber", "not_today": "red"}[result.answer]
