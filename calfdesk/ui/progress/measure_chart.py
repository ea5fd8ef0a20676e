"""One measure over time: its score and items, the plan's phases shaded behind them, the band of the smallest
change that matters around the first score, and optionally the km run each day beneath.

pyqtgraph is imported only here, when the Progress page shows its first measure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from calfdesk.domain.measures import SCORE
from calfdesk.domain.measures.heel_raise import LEFT, RIGHT
from calfdesk.domain.units import DistanceUnit, km_to_unit
from calfdesk.services.measures import MeasureSummary, PhaseSpan
from calfdesk.ui.progress.words import chart_description, measure_name, series_name, shown
from calfdesk.ui.widgets import theme
from calfdesk.ui.widgets.accessible import ChartTable, describe_chart, table_button
from calfdesk.ui.widgets.chart_series import day_center
from calfdesk.ui.widgets.date_axis import DateAxis
from calfdesk.ui.widgets.texts import numeric_date

DAY_S = 86_400.0
# The items drawn for each measure; a measure not named here draws all its items.
DRAWN_ITEMS = {"heel_raise": (LEFT, RIGHT)}
ITEM_COLORS = ("morning", "after_run", "rolling_mean", "other_point", "warning")


def _seconds(day: dt.date) -> float:
    return day_center(day)


class MeasureChart(QWidget):
    def __init__(
        self,
        summary: MeasureSummary,
        phases: Sequence[PhaseSpan],
        runs: Sequence[tuple[dt.date, float]],
        unit: DistanceUnit,
        *,
        show_runs: bool,
        norm: int | None = None,
    ) -> None:
        super().__init__()
        self.summary = summary
        measure = summary.measure
        self.setAccessibleName(self.tr("{name} over time").format(name=measure_name(measure)))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(340 if show_runs else 260)
        colors = theme.current()
        text = colors.color("text")
        self.view = pg.GraphicsLayoutWidget()
        self.view.setBackground(colors.color("surface"))
        self.view.setAccessibleName(self.accessibleName())
        describe_chart(self, chart_description(summary, norm), [self.view])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table_button = table_button(
            self, self.table, self.tr("Show {name} as a table").format(name=measure_name(measure))
        )
        layout.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.view)
        # The legend in a row of its own above the plot, so it never hides a reading.
        self.legend = pg.LegendItem(colCount=3, labelTextColor=text, horSpacing=18)
        self.view.addItem(self.legend, row=0, col=0)
        self.plot = self.view.addPlot(row=1, col=0, axisItems={"bottom": DateAxis()})
        self.runs_plot: pg.PlotItem | None = None
        self.phase_labels: list[pg.TextItem] = []
        plots = [self.plot]
        if show_runs:
            self.runs_plot = self.view.addPlot(row=2, col=0, axisItems={"bottom": DateAxis()})
            self.runs_plot.setXLink(self.plot)
            self.view.ci.layout.setRowStretchFactor(1, 3)
            self.view.ci.layout.setRowStretchFactor(2, 1)
            plots.append(self.runs_plot)
        for plot in plots:
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.showGrid(y=True, alpha=0.15)
            for axis in ("left", "bottom"):
                plot.getAxis(axis).setTextPen(text)
                plot.getAxis(axis).setPen(colors.color("border"))
        days = [reading.day for reading in summary.readings]
        low_s, high_s = _seconds(min(days)) - 3 * DAY_S, _seconds(max(days)) + 3 * DAY_S
        self._shade_phases(phases, low_s, high_s, colors)
        self.band = self._mark_smallest_change(colors)
        self._draw_series(colors)
        if norm is not None and measure.id == "heel_raise":
            line = pg.InfiniteLine(
                pos=norm,
                angle=0,
                pen=pg.mkPen(colors.color("muted"), width=1, style=Qt.PenStyle.DashLine),
                label=self.tr("usual for your sex and age: {norm}").format(norm=norm),
                labelOpts={"position": 0.2, "color": colors.color("muted"), "anchors": [(0, 1), (0, 1)]},
            )
            self.plot.addItem(line)
        if self.runs_plot is not None:
            shown = [(day, km) for day, km in runs if low_s <= _seconds(day) <= high_s]
            bars = pg.BarGraphItem(
                x=[_seconds(day) for day, _km in shown],
                height=[km_to_unit(km, unit) for _day, km in shown],
                width=DAY_S * 0.8,
                brush=colors.color("other_point"),
                pen=None,
            )
            self.runs_plot.addItem(bars)
            self.runs_plot.setLabel("left", self.tr("Run, {unit}").format(unit=unit), color=text.name())
        self.plot.setXRange(low_s, high_s, padding=0)
        scale = measure.scale
        top = scale.high if scale.high <= 10 else max([*self.drawn_values, norm or 0, 10]) + 6
        self.plot.setYRange(scale.low, top, padding=0.04)
        for label in self.phase_labels:
            label.setPos(label.pos().x(), top)

    def table(self) -> ChartTable:
        """Every reading, oldest first: its day, its score, and each of its items, as the chart draws them."""
        readings = sorted(self.summary.readings, key=lambda reading: reading.day)
        names = list(dict.fromkeys(item.name for reading in readings for item in reading.items))
        measure_id = self.summary.measure.id

        def cell(value: float | None) -> str:
            return "–" if value is None else shown(value)

        rows = tuple(
            (numeric_date(reading.day), cell(reading.score), *(cell(reading.item(name)) for name in names))
            for reading in readings
        )
        headers = (
            self.tr("Date"),
            series_name(measure_id, SCORE),
            *(series_name(measure_id, name) for name in names),
        )
        return ChartTable(measure_name(self.summary.measure), headers, rows)

    def _shade_phases(self, phases: Sequence[PhaseSpan], low_s: float, high_s: float, colors: theme.Theme) -> None:
        """Each phase a band behind the series, alternating two soft colours, its name at the top."""
        brushes = (colors.color("accent_soft"), colors.color("surface_alt"))
        for index, phase in enumerate(phases):
            start = max(_seconds(phase.start) - DAY_S / 2, low_s)
            end = min(_seconds(phase.end) + DAY_S / 2 if phase.end else high_s, high_s)
            if start >= end:
                continue
            for plot in [self.plot] + ([self.runs_plot] if self.runs_plot is not None else []):
                region = pg.LinearRegionItem(
                    values=(start, end), movable=False, brush=pg.mkBrush(brushes[index % 2]), pen=pg.mkPen(None)
                )
                region.setZValue(-20)
                plot.addItem(region)
            # A short phase at the right edge has its name right-aligned, so the name stays inside the chart.
            at_edge = end >= high_s and end - start < (high_s - low_s) * 0.2
            label = pg.TextItem(phase.name, color=colors.color("muted"), anchor=(1, 0) if at_edge else (0, 0))
            label.setZValue(-10)
            self.plot.addItem(label, ignoreBounds=True)
            label.setPos(end if at_edge else start, 0)
            self.phase_labels.append(label)

    def _mark_smallest_change(self, colors: theme.Theme) -> object | None:
        """A band of the smallest change that matters around the first score: a later score outside it passed."""
        first = self.summary.score_trend
        if first is None:
            return None
        change = self.summary.measure.smallest_change
        soft = QColor(colors.color("warning"))
        soft.setAlpha(40)
        band = pg.LinearRegionItem(
            values=(first.first - change, first.first + change),
            orientation="horizontal",
            movable=False,
            brush=pg.mkBrush(soft),
            pen=pg.mkPen(colors.color("warning"), width=1, style=Qt.PenStyle.DotLine),
        )
        band.setZValue(-5)
        self.plot.addItem(band)
        # The legend names the band like a series.
        self.legend.addItem(
            pg.BarGraphItem(x=[0], height=[0], width=0, brush=pg.mkBrush(soft), pen=pg.mkPen(colors.color("warning"))),
            self.tr("Smallest change that matters: ±{change}").format(change=shown(change)),
        )
        return band

    def _draw_series(self, colors: theme.Theme) -> None:
        summary = self.summary
        measure = summary.measure
        names = [found.series for found in summary.trends if found.series != SCORE]
        drawn = DRAWN_ITEMS.get(measure.id)
        # Items are drawn beside the score only on the score's own scale (PSFS activities, not a pack's answers).
        items = [
            name for name in names if (name in drawn if drawn is not None else measure.scale_for(name) == measure.scale)
        ]
        self.drawn_values: list[float] = []
        for index, name in enumerate(items):
            points = [(r.day, v) for r in summary.readings if (v := r.item(name)) is not None]
            self.drawn_values += [v for _day, v in points]
            color = colors.color(ITEM_COLORS[index % len(ITEM_COLORS)])
            curve = self.plot.plot(
                [_seconds(day) for day, _v in points],
                [v for _day, v in points],
                pen=pg.mkPen(color, width=1.5, style=Qt.PenStyle.DashLine if drawn is None else Qt.PenStyle.SolidLine),
                symbol="o",
                symbolSize=6,
                symbolBrush=color,
                symbolPen=None,
            )
            # Legend labels are rich text: the runner's words are escaped.
            self.legend.addItem(curve, escape(series_name(measure.id, name)))
        if drawn is None:
            accent = colors.color("accent")
            points = [(r.day, r.score) for r in summary.readings if r.score is not None]
            curve = self.plot.plot(
                [_seconds(day) for day, _v in points],
                [v for _day, v in points],
                pen=pg.mkPen(accent, width=3),
                symbol="s",
                symbolSize=9,
                symbolBrush=accent,
                symbolPen=None,
            )
            self.legend.addItem(curve, series_name(measure.id, SCORE))
            self.drawn_values += [v for _day, v in points]
