"""Feeds weekly running distance to the diary chart, so a ramp followed by pain is visible, and keeps the
chart's range and its weekly distance toggle across restarts (settings `diary_chart_days`,
`diary_weekly_distance`)."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, SignalInstance

from calfdesk.domain.units import km_to_unit
from calfdesk.services import training
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read


class WeeklyBarsChart(Protocol):
    range_chosen: SignalInstance

    def set_weekly_bars(self, week_starts: Any, values: Any, axis_label: str) -> None: ...

    def restore(self, days: int, weekly_distance: bool) -> None: ...

    @property
    def weekly_toggled(self) -> SignalInstance: ...


class MileageOverlay(QObject):
    """Reloads when runs, units or the first day of the week change."""

    def __init__(self, context: AppContext, chart: WeeklyBarsChart, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.chart = chart
        settings = context.settings
        chart.restore(settings.diary_chart_days, settings.diary_weekly_distance)
        chart.range_chosen.connect(lambda days: settings.set("diary_chart_days", days))
        chart.weekly_toggled.connect(lambda shown: settings.set("diary_weekly_distance", shown))
        context.events.changed.connect(lambda changes: self.reload() if changes & Changes.TRAINING else None)
        context.events.settings_changed.connect(lambda key: self.reload() if key in ("units", "week_start") else None)
        context.events.refresh_requested.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        weekday, unit = self.context.settings.first_weekday, self.context.settings.units

        def work(db: Database) -> tuple[list[Any], list[float], str]:
            weeks = training.training_load(db, weekday)
            return [week.week_start for week in weeks], [km_to_unit(week.distance_km, unit) for week in weeks], unit

        read(self.context, work, self._show, error_title=self.tr("Weekly distance could not be loaded"))

    def _show(self, result: tuple[list[Any], list[float], str]) -> None:
        starts, values, unit = result
        self.chart.set_weekly_bars(starts, values, self.tr("Distance per week ({unit})").format(unit=unit))
