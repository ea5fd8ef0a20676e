"""Weekly running distance as bars on a right-hand axis beneath the diary chart's soreness.

The bars have a colour of their own (`distance_bar`, in the legend) and their axis fits the weeks in view: a
long-gone 150 km week never squashes the 40 km weeks on screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Final

import numpy as np
import pyqtgraph as pg

from calfdesk.ui.diary.chart_texts import BAR_ALPHA
from calfdesk.ui.widgets import theme
from calfdesk.ui.widgets.chart_series import DAY, day_center

# Room above the tallest week in view, so it never touches the top of the plot.
HEADROOM: Final = 1.15


class WeeklyDistanceBars:
    """The bars in a view box of their own, built on first use. The bars follow the soreness range, never set
    it."""

    def __init__(self, plot: Any) -> None:
        self.plot = plot
        self.view: Any = None
        self.bars: Any = None
        self._xs = self._heights = np.empty(0)

    def _build(self) -> None:
        view = pg.ViewBox(enableMenu=False)
        view.setMouseEnabled(x=False, y=False)
        view.enableAutoRange(x=False, y=False)
        view.setZValue(-100)
        self.plot.scene().addItem(view)
        self.plot.getAxis("right").linkToView(view)
        main_view = self.plot.getViewBox()
        # One way only: pyqtgraph's axis links run both ways, and the bars' span (years of runs) would
        # then widen the soreness chart.
        main_view.sigXRangeChanged.connect(lambda _view, span: self._follow_x(*span))
        main_view.sigResized.connect(lambda: view.setGeometry(main_view.sceneBoundingRect()))
        self.bars = pg.BarGraphItem(x0=[], height=[], width=6 * DAY, pen=None)
        view.addItem(self.bars, ignoreBounds=True)
        self.view = view
        self.restyle(theme.current())

    def restyle(self, colors: theme.Theme) -> None:
        if self.view is None:
            return
        bar_color = colors.color("distance_bar")
        bar_color.setAlpha(BAR_ALPHA)
        self.bars.setOpts(brush=pg.mkBrush(bar_color))
        axis = self.plot.getAxis("right")
        axis.setPen(pg.mkPen(colors.color("border")))
        axis.setTextPen(pg.mkPen(colors.color("muted")))

    def set_weeks(self, week_starts: Sequence[dt.date], values: Sequence[float], axis_label: str) -> bool:
        """Bars for these weeks over the chart's current x range; whether there is any week to show."""
        if self.view is None:
            self._build()
        self._xs = np.array([day_center(day) for day in week_starts], dtype=float)  # noon of day 1 to noon of day 7
        self._heights = np.array(values, dtype=float)
        self.bars.setOpts(x0=self._xs, height=self._heights, width=6 * DAY)
        self.plot.setLabel("right", axis_label)
        self._follow_x(*self.plot.getViewBox().viewRange()[0])
        return bool(self._heights.size)

    def _follow_x(self, low: float, high: float) -> None:
        """Show the soreness chart's span, with the distance axis fitted to the weeks in it."""
        self.view.setXRange(low, high, padding=0)
        self.view.setYRange(0, self.axis_top(low, high), padding=0)

    def axis_top(self, low: float, high: float) -> float:
        """The top of the distance axis for the span [low, high]: the longest week that shows in it, with
        some room above (the whole history when no week is in view)."""
        in_view = (self._xs + 6 * DAY > low) & (self._xs < high)
        heights = self._heights[in_view] if in_view.any() else self._heights
        tallest = float(heights.max()) if heights.size else 0.0
        return max(tallest * HEADROOM, 1.0)

    @property
    def visible(self) -> bool:
        return self.view is not None and self.view.isVisible()

    def show(self, visible: bool) -> None:
        if self.view is None:
            return
        self.view.setVisible(visible)
        self.plot.showAxis("right", visible)
        self.view.setGeometry(self.plot.getViewBox().sceneBoundingRect())
