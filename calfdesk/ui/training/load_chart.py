"""Weekly distance and weekly climb as two bar charts sharing one date axis.

pyqtgraph is imported only here (and in the diary chart), so start-up never pays for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Final

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from calfdesk.domain.training import WeekLoad
from calfdesk.domain.units import DistanceUnit, elevation_label, km_to_unit, metres_to_unit
from calfdesk.ui.widgets import theme

DAY: Final = 86_400.0
WEEK: Final = 7 * DAY
BAR_SHARE: Final = 0.8
SHOWN_WEEKS: Final = 26


def week_seconds(day: dt.date) -> float:
    """The start of a week as seconds on an axis that shows wall-clock dates (UTC offset 0)."""
    return dt.datetime.combine(day, dt.time(0), dt.UTC).timestamp()


class WeeklyLoadChart(QWidget):
    """Bars per week; weeks flagged for a fast ramp are drawn in the warning colour."""

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Weekly distance and climb charts")
        colors = theme.current()
        self.distance_widget = self._plot_widget(colors, "Weekly distance chart")
        self.climb_widget = self._plot_widget(colors, "Weekly climb chart")
        self.distance_plot: Any = self.distance_widget.getPlotItem()
        self.climb_plot: Any = self.climb_widget.getPlotItem()
        self.climb_plot.setXLink(self.distance_plot)
        self.distance_plot.getAxis("bottom").setStyle(showValues=False)
        self.distance_bars = pg.BarGraphItem(x0=[], height=[], width=WEEK * BAR_SHARE)
        self.climb_bars = pg.BarGraphItem(x0=[], height=[], width=WEEK * BAR_SHARE)
        self.distance_plot.addItem(self.distance_bars)
        self.climb_plot.addItem(self.climb_bars)
        self.empty_label = QLabel("No runs yet. Import run files or add a run to see your weekly load.")
        self.empty_label.setProperty("role", "muted")
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName("Chart legend")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.distance_widget, 3)
        layout.addWidget(self.climb_widget, 2)
        layout.addWidget(self.legend)
        self._weeks: list[WeekLoad] = []
        self.set_weeks([], "km")

    @staticmethod
    def _plot_widget(colors: theme.Theme, name: str) -> Any:
        widget = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)})
        widget.setAccessibleName(name)
        widget.setBackground(colors.color("surface"))
        widget.setMinimumHeight(100)
        plot = widget.getPlotItem()
        plot.setMenuEnabled(False)
        plot.showGrid(x=False, y=True, alpha=0.25)
        plot.getViewBox().setMouseEnabled(x=True, y=False)
        plot.hideButtons()
        for axis_name in ("left", "bottom"):
            axis = plot.getAxis(axis_name)
            axis.setPen(pg.mkPen(colors.color("border")))
            axis.setTextPen(pg.mkPen(colors.color("muted")))
        plot.getAxis("left").setWidth(62)
        return widget

    def set_weeks(self, weeks: Sequence[WeekLoad], unit: DistanceUnit) -> None:
        colors = theme.current()
        self._weeks = list(weeks)
        xs = np.array([week_seconds(week.week_start) + WEEK * (1 - BAR_SHARE) / 2 for week in weeks], dtype=float)
        distances = np.array([km_to_unit(week.distance_km, unit) for week in weeks], dtype=float)
        climbs = np.array([metres_to_unit(week.elevation_gain_m, unit) for week in weeks], dtype=float)
        normal = colors.color("daily_max")
        flagged = colors.color("warning")
        brushes = [pg.mkBrush(flagged if week.ramp_flag else normal) for week in weeks]
        self.distance_bars.setOpts(x0=xs, height=distances, width=WEEK * BAR_SHARE, brushes=brushes, pen=None)
        self.climb_bars.setOpts(
            x0=xs, height=climbs, width=WEEK * BAR_SHARE, brush=pg.mkBrush(colors.color("rolling_mean")), pen=None
        )
        self.distance_plot.setLabel("left", f"Distance ({unit})")
        self.climb_plot.setLabel("left", f"Climb ({elevation_label(unit)})")
        self.empty_label.setVisible(not weeks)
        self.legend.setText(
            f"<span style='color:{normal.name()}'>■</span>&nbsp;Distance per week &nbsp;&nbsp; "
            f"<span style='color:{flagged.name()}'>■</span>&nbsp;Rise of more than 30% over two weeks &nbsp;&nbsp; "
            f"<span style='color:{colors.color('rolling_mean').name()}'>■</span>&nbsp;Climb per week"
        )
        self._show_recent(distances, climbs)

    def _show_recent(self, distances: np.ndarray, climbs: np.ndarray) -> None:
        if not self._weeks:
            today = week_seconds(dt.date.today())
            self.distance_plot.setXRange(today - SHOWN_WEEKS * WEEK, today + WEEK, padding=0)
            self.distance_plot.setYRange(0, 10, padding=0)
            self.climb_plot.setYRange(0, 100, padding=0)
            return
        end = week_seconds(self._weeks[-1].week_start) + WEEK
        start = max(week_seconds(self._weeks[0].week_start), end - SHOWN_WEEKS * WEEK)
        self.distance_plot.setXRange(start - WEEK * 0.2, end + WEEK * 0.2, padding=0)
        self.distance_plot.setYRange(0, max(float(distances.max()) * 1.15, 1.0), padding=0)
        self.climb_plot.setYRange(0, max(float(climbs.max()) * 1.15, 10.0), padding=0)

    def bar_heights(self) -> tuple[list[float], list[float]]:
        """Distance and climb bar heights as drawn, oldest first."""
        return (
            [float(value) for value in self.distance_bars.opts["height"]],
            [float(value) for value in self.climb_bars.opts["height"]],
        )
