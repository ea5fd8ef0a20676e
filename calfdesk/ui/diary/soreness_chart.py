"""The diary chart: every entry as a point, the daily worst as a line and its 7-day rolling mean.

Built with pyqtgraph, imported only by the diary chart's modules so start-up never pays for it. Stays smooth
with ten years of entries: clip-to-view and peak downsampling, numpy arrays, hover lookups by binary search.
Zoomed out past about six months it summarises (`chart_weeks`): the worst of each week as a line over a band
from the week's mildest to its worst day, instead of a carpet of markers; zooming in brings every entry back.
Its words (hover label, legend) are in `chart_texts`, the Training feature's weekly bars in `weekly_bars`.

The range shown is computed from the diary alone and always matches the highlighted button; panning or
zooming by hand releases the buttons.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Final

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QPainterPath, QPen
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from calfdesk.i18n import number
from calfdesk.storage.diary_store import DiaryRow
from calfdesk.ui.diary.chart_texts import POINT_GROUPS, ChartPoint, describe, describe_point, legend_html
from calfdesk.ui.diary.chart_weeks import SUMMARY_ABOVE_DAYS, Outline, week_level_for, week_levels
from calfdesk.ui.diary.weekly_bars import WeeklyDistanceBars
from calfdesk.ui.widgets import theme
from calfdesk.ui.widgets.accessible import ChartTable, caption, describe_chart, table_button
from calfdesk.ui.widgets.chart_series import DAY, ChartSeries, day_center, empty_series
from calfdesk.ui.widgets.common import label
from calfdesk.ui.widgets.date_axis import DateAxis
from calfdesk.ui.widgets.range_buttons import Range, RangeButtons
from calfdesk.ui.widgets.texts import counted, numeric_date

pg.setConfigOptions(antialias=True, useNumba=False)

DEFAULT_RANGE_DAYS: Final = 90
HOVER_RADIUS_PX: Final = 12.0
# How far the 7-day average must move across the range shown for the summary to call it easing or rising.
TREND_STEP: Final = 0.5
POINT_SAMPLES_PER_PIXEL: Final = 1.0
LINE_SAMPLES_PER_PIXEL: Final = 0.5
NO_DATA: Final = np.empty(0)


def wall_clock_seconds(day: str, time: str) -> float:
    """A wall-clock moment as seconds on an axis that shows wall-clock time (UTC offset 0)."""
    moment = dt.datetime.fromisoformat(f"{day}T{time}").replace(tzinfo=dt.UTC)
    return moment.timestamp()


class SorenessChart(QWidget):
    """Shows diary entries (points as `diary_store.chart_points` streams them).

    `point_hovered(entry_id)` as the mouse moves; `log_requested` from the empty state's button;
    `range_chosen(days)` when the runner clicks a range button."""

    point_hovered = Signal(int)
    log_requested = Signal()
    range_chosen = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Soreness chart"))
        self.plot_widget = pg.PlotWidget(axisItems={"bottom": DateAxis(orientation="bottom")})
        self.plot_widget.setAccessibleName(self.tr("Soreness over time"))
        self.plot: Any = self.plot_widget.getPlotItem()
        self.plot.setClipToView(True)
        self.plot.setDownsampling(auto=True, mode="peak")
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setLabel("left", self.tr("Soreness (0–10)"))
        self.plot.getViewBox().setLimits(yMin=-0.6, yMax=10.6)
        self.plot.getViewBox().setMouseEnabled(x=True, y=False)
        self.plot.setYRange(-0.5, 10.5, padding=0)
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, 11, 2)], [(v, "") for v in range(11)]])

        self.max_curve = self.plot.plot([], [])
        self.mean_curve = self.plot.plot([], [])
        self.point_items: dict[str, Any] = {}
        for key, symbol, _color_key in POINT_GROUPS:
            self.point_items[key] = self.plot.plot([], [], pen=None, symbol=symbol, symbolSize=8)
        # Zoomed out over years, points keep each pixel column's highest and lowest value (peak), and the two
        # lines become their average over every two pixels: a trend, not a zigzag band that takes Qt several
        # frames' time to stroke. Within about a year every day is drawn as it is.
        for item in self.point_items.values():
            item.opts["autoDownsampleFactor"] = POINT_SAMPLES_PER_PIXEL
        for item in (self.max_curve, self.mean_curve):
            item.opts["autoDownsampleFactor"] = LINE_SAMPLES_PER_PIXEL
            item.opts["downsampleMethod"] = "mean"
        # The weekly summary for long views: the week's worst as a step line over a band down to its mildest
        # day. Both are outlines built once when the data changes (no per-frame clipping or downsampling), so a
        # frame of years costs less than half of the points it replaces. Qt's item cache made it slower.
        self.week_band = Outline()
        self.week_band.setPen(QPen(Qt.PenStyle.NoPen))
        self.week_band.setZValue(-5)
        self.week_worst_curve = Outline()
        for item in (self.week_band, self.week_worst_curve):
            self.plot.addItem(item)
        self.week_worst_curve.hide()
        self.week_band.hide()
        self._summary = False
        self._week_levels: list[tuple[QPainterPath, QPainterPath]] = []
        self._week_level = -1
        self.highlight = pg.ScatterPlotItem(size=15, brush=None)
        self.highlight.setZValue(20)
        self.plot.addItem(self.highlight)
        self.hover_label = pg.TextItem(anchor=(0, 1))
        self.hover_label.setZValue(30)
        self.hover_label.hide()
        self.plot.addItem(self.hover_label, ignoreBounds=True)

        self._series = empty_series()
        self._describe_later = QTimer(self, singleShot=True, interval=250)
        self._describe_later.timeout.connect(self._describe)
        # The page tells the chart how to read an entry's details by id, for the hover label.
        self.row_lookup: Callable[[int], DiaryRow | None] = lambda _entry_id: None
        self._proxy = pg.SignalProxy(self.plot_widget.scene().sigMouseMoved, rateLimit=60, slot=self._mouse_moved)
        view = self.plot.getViewBox()
        view.sigRangeChangedManually.connect(self._released_by_hand)
        view.sigXRangeChanged.connect(self._x_range_changed)

        self.ranges = RangeButtons(
            [
                Range(self.tr("30 d"), counted("Show the last %n days", 30), 30),
                Range(self.tr("90 d"), counted("Show the last %n days", 90), 90),
                Range(self.tr("1 y"), counted("Show the last %n days", 365), 365),
                Range(self.tr("All"), self.tr("Show all entries"), 0),
            ],
            self._choose_range,
            default=DEFAULT_RANGE_DAYS,
        )
        self.range_group = self.ranges.group
        ranges = self.ranges.row
        self.weekly_check = QCheckBox(self.tr("Weekly distance"))
        self.weekly_check.setAccessibleName(self.tr("Weekly distance: show the running distance under the soreness"))
        self.weekly_check.hide()
        self.weekly_bars = WeeklyDistanceBars(self.plot)
        self.weekly_check.toggled.connect(self._show_weekly_bars)
        ranges.addWidget(self.weekly_check)
        ranges.addStretch(1)
        self.table_button = table_button(self, self.table, self.tr("Show the soreness of each day as a table"))
        ranges.addWidget(self.table_button)

        self.empty_state = QWidget()
        empty = QHBoxLayout(self.empty_state)
        empty.setContentsMargins(0, 0, 0, 0)
        self.empty_label = label(self.tr("No entries yet. Each soreness you log appears here."), "muted", wrap=True)
        self.empty_button = QPushButton(self.tr("Log soreness"))
        self.empty_button.setAccessibleName(self.tr("Log soreness now"))
        self.empty_button.clicked.connect(self.log_requested)
        empty.addWidget(self.empty_label, 1)
        empty.addWidget(self.empty_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.empty_state)
        layout.addWidget(self.ranges)
        layout.addWidget(self.plot_widget, 1)
        # A legend under the plot, so it never hides data.
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        caption(self.legend, self.tr("Chart legend"))
        layout.addWidget(self.legend)
        theme.follow(self, self._restyle)

    def _restyle(self, colors: theme.Theme) -> None:
        """Every colour of the chart, from the theme: at start and after each change of theme."""
        self.plot_widget.setBackground(colors.color("surface"))
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(colors.color("border")))
            axis.setTextPen(pg.mkPen(colors.color("muted")))
        self.max_curve.setPen(pg.mkPen(colors.color("daily_max"), width=2))
        self.mean_curve.setPen(pg.mkPen(colors.color("rolling_mean"), width=2, style=Qt.PenStyle.DashLine))
        for key, _symbol, color_key in POINT_GROUPS:
            item = self.point_items[key]
            item.setSymbolBrush(colors.color(color_key))
            item.setSymbolPen(pg.mkPen(colors.color("surface"), width=1))
        band_color = colors.color("daily_max")
        band_color.setAlpha(60)
        self.week_band.setBrush(pg.mkBrush(band_color))
        worst_pen = pg.mkPen(colors.color("daily_max"), width=2)
        worst_pen.setCosmetic(True)
        self.week_worst_curve.setPen(worst_pen)
        self.highlight.setPen(pg.mkPen(colors.color("text"), width=2))
        self.hover_label.fill = pg.mkBrush(colors.color("surface"))
        self.hover_label.border = pg.mkPen(colors.color("border"))
        self.hover_label.setColor(colors.color("text"))
        self._hide_hover()
        self.weekly_bars.restyle(colors)
        self._show_legend()

    def _show_legend(self) -> None:
        self.legend.setText(
            legend_html(theme.current(), summary=self._summary, weekly_distance=self.weekly_bars.visible)
        )

    # data ---------------------------------------------------------------------------------------------

    def set_series(self, series: ChartSeries) -> None:
        """Show every entry as a point, each day's worst as a line and its 7-day mean, then the chosen range
        (or, when the runner has panned or zoomed by hand, keep their view)."""
        # The range first: with it known, clip-to-view and downsampling hand the plot only what it shows.
        self._series = series
        days = self.range_group.checkedId()
        if days >= 0:
            self.show_last(days)
        self._week_levels = week_levels(series)
        self._week_level = -1
        low, high = self.visible_x_range()
        self._summary = high - low > SUMMARY_ABOVE_DAYS * DAY
        self._show_mode()
        if self._summary:
            self._fit_week_level(high - low)
        self.empty_state.setVisible(series.count == 0)
        self._describe()

    def _describe(self) -> None:
        describe_chart(self, self.summary(), [self.plot_widget])

    def _show_mode(self) -> None:
        """Hand the plot either every entry or the weekly summary. The items of the other mode are emptied,
        not only hidden: pyqtgraph would still clip and downsample a hidden item's data at every frame."""
        summary, series = self._summary, self._series
        contexts = series.contexts
        for key, _symbol, _color in POINT_GROUPS:
            mask = (contexts != "morning") & (contexts != "after_run") if key == "rest" else contexts == key
            item = self.point_items[key]
            item.setData(*((NO_DATA, NO_DATA) if summary else (series.xs[mask], series.ys[mask])))
            item.setVisible(not summary)
        self.max_curve.setData(*((NO_DATA, NO_DATA) if summary else (series.day_x, series.day_max)))
        self.mean_curve.setData(*((NO_DATA, NO_DATA) if summary else (series.day_x, series.day_mean)))
        for item in (self.max_curve, self.mean_curve):
            item.setVisible(not summary)
        for path_item in (self.week_worst_curve, self.week_band):
            path_item.setVisible(summary)
        self._show_legend()

    def range_for(self, days: int) -> tuple[float, float]:
        """The span a range button shows, from the diary alone: the last `days` days (0: every entry) up to
        today, or up to the last entry when the diary has nothing in that span."""
        today_end = day_center(dt.date.today()) + DAY / 2
        xs = self._series.xs
        if not xs.size:
            return today_end - (days or 30) * DAY, today_end
        first = float(xs[0]) // DAY * DAY
        last_end = float(xs[-1]) // DAY * DAY + DAY
        recent = last_end > today_end - max(days, DEFAULT_RANGE_DAYS) * DAY
        end = max(today_end, last_end) if recent else last_end
        if days == 0:
            return first, end
        return end - days * DAY, end

    def restore(self, days: int, weekly_distance: bool) -> None:
        """The range and the weekly distance bars as the runner left them."""
        if self.range_group.button(days) is not None:
            self.show_last(days)
        self.weekly_check.setChecked(weekly_distance)

    @property
    def weekly_toggled(self) -> SignalInstance:
        """The weekly distance toggle, switched by the runner (or by `restore`)."""
        return self.weekly_check.toggled

    def _choose_range(self, days: int) -> None:
        """A range button clicked: show its span and say so (the page remembers the choice)."""
        self.show_last(days)
        self.range_chosen.emit(days)

    def show_last(self, days: int) -> None:
        """Show the span of a range button (see `range_for`) and highlight that button."""
        self.ranges.highlight(days)
        start, end = self.range_for(days)
        self.plot.setXRange(start, end, padding=0.01)
        self.plot.setYRange(-0.5, 10.5, padding=0)

    def _released_by_hand(self, *_args: object) -> None:
        """Panned or zoomed with the mouse: no button describes the view any more."""
        self.ranges.release()

    def _x_range_changed(self, *_args: object) -> None:
        low, high = self.visible_x_range()
        self._set_summary(high - low > SUMMARY_ABOVE_DAYS * DAY)
        if self._summary:
            self._fit_week_level(high - low)
        self._describe_later.start()  # once the panning or zooming stops

    # words --------------------------------------------------------------------------------------------

    def _shown_days(self) -> tuple[int, int]:
        """The logged days in the range shown, as a slice of the series' days (they are sorted)."""
        low, high = self.visible_x_range()
        day_x = self._series.day_x
        return int(np.searchsorted(day_x, low, side="left")), int(np.searchsorted(day_x, high, side="right"))

    def _day(self, index: int) -> tuple[dt.date, float, float]:
        """A logged day: its date, worst soreness and 7-day average."""
        series = self._series
        day = dt.date(1970, 1, 1) + dt.timedelta(days=int(series.day_x[index] // DAY))
        return day, float(series.day_max[index]), float(series.day_mean[index])

    def summary(self) -> str:
        """The chart in words, for a screen reader: the range shown, the latest day and the trend."""
        low, high = self.visible_x_range()
        # The days the axis spans, to the nearest midnight (the view has a sliver of margin either side).
        first = dt.date(1970, 1, 1) + dt.timedelta(days=round(low / DAY))
        last = dt.date(1970, 1, 1) + dt.timedelta(days=round(high / DAY) - 1)
        span = self.tr("Showing {first} to {last}.").format(first=numeric_date(first), last=numeric_date(last))
        start, end = self._shown_days()
        if start >= end:
            return f"{span} {self.tr('No entries in this range.')}"
        day, worst, mean = self._day(end - 1)
        first_mean = self._day(start)[2]
        change = mean - first_mean
        trend = (
            self.tr("easing")
            if change <= -TREND_STEP
            else self.tr("rising")
            if change >= TREND_STEP
            else self.tr("steady")
        )
        return " ".join(
            (
                span,
                self.tr("Days logged: {count}.").format(count=end - start),
                self.tr("Latest, {day}: worst {worst:.0f} of 10, 7-day average {mean}.").format(
                    day=numeric_date(day), worst=worst, mean=number(mean, 1)
                ),
                self.tr("The 7-day average is {trend}: {start} at the start of the range.").format(
                    trend=trend, start=number(first_mean, 1)
                ),
            )
        )

    def table(self) -> ChartTable:
        """The days in the range shown, as the chart draws them."""
        days = (self._day(index) for index in range(*self._shown_days()))
        rows = tuple((numeric_date(day), f"{worst:.0f}", number(mean, 1)) for day, worst, mean in days)
        return ChartTable(
            self.tr("Soreness by day"),
            (self.tr("Date"), self.tr("Worst of the day (0–10)"), self.tr("7-day average")),
            rows,
        )

    def _fit_week_level(self, span: float) -> None:
        level = week_level_for(span, self.plot.getViewBox().width(), len(self._week_levels))
        if level != self._week_level and self._week_levels:
            self._week_level = level
            band, worst = self._week_levels[level]
            self.week_band.setPath(band)
            self.week_worst_curve.setPath(worst)

    def _set_summary(self, summary: bool) -> None:
        """Weekly summaries for long views, every entry for short ones."""
        if summary == self._summary:
            return
        self._summary = summary
        self._show_mode()
        self._hide_hover()

    @property
    def summarised(self) -> bool:
        """True while the chart shows weekly summaries instead of every entry."""
        return self._summary

    def visible_x_range(self) -> tuple[float, float]:
        low, high = self.plot.getViewBox().viewRange()[0]
        return float(low), float(high)

    def set_weekly_bars(self, week_starts: Sequence[dt.date], values: Sequence[float], axis_label: str) -> None:
        """Weekly running distance as bars on a right-hand axis beneath the soreness (the Training feature
        feeds it); with no weeks the option is hidden."""
        any_weeks = self.weekly_bars.set_weeks(week_starts, values, axis_label)
        self.weekly_check.setVisible(any_weeks)
        self._show_weekly_bars(self.weekly_check.isChecked())

    def _show_weekly_bars(self, checked: bool) -> None:
        self.weekly_bars.show(checked and self.weekly_check.isVisibleTo(self))
        self._show_legend()

    # hover --------------------------------------------------------------------------------------------

    def _mouse_moved(self, event: tuple[QPointF]) -> None:
        position = event[0]
        view = self.plot.getViewBox()
        if not self.plot.sceneBoundingRect().contains(position) or not self._series.count:
            self._hide_hover()
            return
        point = view.mapSceneToView(position)
        self.hover_at(point.x(), point.y())

    def hover_at(self, x: float, y: float) -> ChartPoint | None:
        """Show the entry nearest to view coordinates (x, y) if it is within a few pixels."""
        nearest = None if self._summary else self.nearest_point(x, y)
        if nearest is None:
            self._hide_hover()
            return None
        self.highlight.setData([nearest.x], [nearest.soreness])
        self.hover_label.setHtml(nearest.description)
        self.hover_label.setPos(nearest.x, min(nearest.soreness + 0.4, 10.0))
        self.hover_label.show()
        self.point_hovered.emit(nearest.entry_id)
        return nearest

    def nearest_point(self, x: float, y: float) -> ChartPoint | None:
        view = self.plot.getViewBox()
        pixel_w, pixel_h = view.viewPixelSize()
        window = HOVER_RADIUS_PX * pixel_w
        xs, ys = self._series.xs, self._series.ys
        low = int(np.searchsorted(xs, x - window, side="left"))
        high = int(np.searchsorted(xs, x + window, side="right"))
        if low >= high:
            return None
        distance = np.hypot((xs[low:high] - x) / pixel_w, (ys[low:high] - y) / pixel_h)
        best = low + int(np.argmin(distance))
        if distance[best - low] > HOVER_RADIUS_PX:
            return None
        entry_id = int(self._series.ids[best])
        row = self.row_lookup(entry_id)
        soreness = int(ys[best])
        return ChartPoint(
            entry_id, float(xs[best]), soreness, describe(row) if row else describe_point(xs[best], soreness)
        )

    def _hide_hover(self) -> None:
        self.hover_label.hide()
        self.highlight.setData([], [])
