"""Weekly running distance as bars on a right-hand axis beneath the diary chart's soreness."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg

from calfdesk.ui.widgets import theme
from calfdesk.ui.widgets.chart_series import DAY, day_center


class WeeklyDistanceBars:
    """The bars in a view box of their own, built on first use. The bars follow the soreness range, never set
    it."""

    def __init__(self, plot: Any) -> None:
        self.plot = plot
        self.view: Any = None
        self.bars: Any = None

    def _build(self) -> None:
        colors = theme.current()
        view = pg.ViewBox(enableMenu=False)
        view.setMouseEnabled(x=False, y=False)
        view.enableAutoRange(x=False, y=False)
        view.setZValue(-100)
        self.plot.scene().addItem(view)
        self.plot.getAxis("right").linkToView(view)
        main_view = self.plot.getViewBox()
        # One way only: pyqtgraph's axis links run both ways, and the bars' span (years of runs) would
        # then widen the soreness chart.
        main_view.sigXRangeChanged.connect(lambda _view, span: view.setXRange(*span, padding=0))
        main_view.sigResized.connect(lambda: view.setGeometry(main_view.sceneBoundingRect()))
        bar_color = colors.color("other_point")
        bar_color.setAlpha(90)
        self.bars = pg.BarGraphItem(x0=[], height=[], width=6 * DAY, brush=pg.mkBrush(bar_color), pen=None)
        view.addItem(self.bars, ignoreBounds=True)
        axis = self.plot.getAxis("right")
        axis.setPen(pg.mkPen(colors.color("border")))
        axis.setTextPen(pg.mkPen(colors.color("muted")))
        self.view = view

    def set_weeks(self, week_starts: Sequence[dt.date], values: Sequence[float], axis_label: str) -> bool:
        """Bars for these weeks over the chart's current x range; whether there is any week to show."""
        if self.view is None:
            self._build()
        xs = np.array([day_center(day) for day in week_starts], dtype=float)  # noon of day 1 to noon of day 7
        heights = np.array(values, dtype=float)
        self.bars.setOpts(x0=xs, height=heights, width=6 * DAY)
        low, high = self.plot.getViewBox().viewRange()[0]
        self.view.setXRange(low, high, padding=0)
        self.view.setYRange(0, max(float(heights.max()) * 1.3, 1.0) if heights.size else 1.0, padding=0)
        self.plot.setLabel("right", axis_label)
        return bool(heights.size)

    def show(self, visible: bool) -> None:
        if self.view is None:
            return
        self.view.setVisible(visible)
        self.plot.showAxis("right", visible)
        self.view.setGeometry(self.plot.getViewBox().sceneBoundingRect())
