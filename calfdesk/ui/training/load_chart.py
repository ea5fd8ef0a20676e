"""Weekly distance and weekly climb as two bar charts sharing one date axis.

pyqtgraph is imported only here (and in the diary chart), so start-up never pays for it. The charts open on
the weeks that have runs: the latest weeks up to this one, or, when nothing is recent, the weeks that end
with the last run, so an old imported history never opens on empty months.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Final

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from calfdesk.domain.runs import HILL_CLIMB_M_PER_KM
from calfdesk.domain.units import (
    DistanceUnit,
    elevation_label,
    format_distance,
    format_elevation,
    km_to_unit,
    metres_to_unit,
)
from calfdesk.domain.weekly_load import WeekLoad
from calfdesk.ui.widgets import theme
from calfdesk.ui.widgets.accessible import ChartTable, caption, describe_chart, table_button
from calfdesk.ui.widgets.common import empty_state
from calfdesk.ui.widgets.date_axis import DateAxis
from calfdesk.ui.widgets.range_buttons import Range, RangeButtons
from calfdesk.ui.widgets.texts import counted, numeric_date, short_date

DAY: Final = 86_400.0
WEEK: Final = 7 * DAY
BAR_SHARE: Final = 0.8
DEFAULT_WEEKS: Final = 12


def week_seconds(day: dt.date) -> float:
    """The start of a week as seconds on an axis that shows wall-clock dates (UTC offset 0)."""
    return dt.datetime.combine(day, dt.time(0), dt.UTC).timestamp()


class WeeklyLoadChart(QWidget):
    """Bars per week; weeks flagged for a fast ramp are drawn in the warning colour, weeks with a hill session
    carry a marker above their climb. Emits `import_requested` from the empty state's button."""

    import_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Weekly distance and climb charts"))
        self.distance_widget = self._plot_widget(self.tr("Weekly distance chart"))
        self.climb_widget = self._plot_widget(self.tr("Weekly climb chart"))
        self.distance_plot: Any = self.distance_widget.getPlotItem()
        self.climb_plot: Any = self.climb_widget.getPlotItem()
        self.climb_plot.setXLink(self.distance_plot)
        self.distance_plot.getAxis("bottom").setStyle(showValues=False)
        self.distance_bars = pg.BarGraphItem(x0=[], height=[], width=WEEK * BAR_SHARE)
        self.climb_bars = pg.BarGraphItem(x0=[], height=[], width=WEEK * BAR_SHARE)
        self.distance_plot.addItem(self.distance_bars)
        # A marker over each week with a run much longer than the 30 days before it (Frandsen 2025).
        self.spike_markers = pg.ScatterPlotItem(symbol="t1", size=11, pen=None)
        self.distance_plot.addItem(self.spike_markers)
        self._spike_weeks: list[int] = []
        # (colour, symbol, text) of the legend's items
        self._legend_items: list[tuple[str, str, str]] = []
        self.climb_plot.addItem(self.climb_bars)
        # Weeks with a hill session: a triangle above the week's climb, its count beside it in the tooltip.
        self.hill_markers = pg.ScatterPlotItem(symbol="t1", size=11, pen=None, hoverable=True)
        self.hill_markers.setZValue(10)
        self.climb_plot.addItem(self.hill_markers)
        self.empty_label, self.empty_button = empty_state(
            self.tr("No runs yet. Import run files or add a run to see your weekly load."),
            self.tr("Import runs…"),
            self.tr("Import runs from files"),
        )
        self.empty_button.clicked.connect(self.import_requested)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        self.ranges = RangeButtons(
            [
                Range(self.tr("12 w"), counted("Show the last %n weeks with runs", 12), 12),
                Range(self.tr("26 w"), counted("Show the last %n weeks with runs", 26), 26),
                Range(self.tr("1 y"), counted("Show the last %n weeks with runs", 52), 52),
                Range(self.tr("All"), self.tr("Show all weeks"), 0),
            ],
            self.show_weeks,
            default=DEFAULT_WEEKS,
        )
        self.range_group = self.ranges.group
        ranges = self.ranges.row
        ranges.addStretch(1)
        # The axis names months only: the span with its years says which months they are.
        self.span_label = QLabel()
        self.span_label.setProperty("role", "muted")
        caption(self.span_label, self.tr("Weeks shown"))
        ranges.addWidget(self.span_label)
        self.table_button = table_button(
            self, self.table, self.tr("Show the distance and climb of each week as a table")
        )
        ranges.addWidget(self.table_button)
        for plot in (self.distance_plot, self.climb_plot):
            plot.getViewBox().sigRangeChangedManually.connect(self._released_by_hand)
        self.distance_plot.getViewBox().sigXRangeChanged.connect(self._label_weeks)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.ranges)
        layout.addWidget(self.distance_widget, 3)
        layout.addWidget(self.climb_widget, 2)
        layout.addWidget(self.legend)
        self._weeks: list[WeekLoad] = []
        self._unit: DistanceUnit = "km"
        self._shown: tuple[float, float] = (0.0, 0.0)
        self._distances = self._climbs = np.empty(0)
        theme.follow(self, self._restyle)

    @staticmethod
    def _plot_widget(name: str) -> Any:
        widget = pg.PlotWidget(axisItems={"bottom": DateAxis(orientation="bottom")})
        widget.setAccessibleName(name)
        widget.setMinimumHeight(100)
        plot = widget.getPlotItem()
        plot.setMenuEnabled(False)
        plot.showGrid(x=False, y=True, alpha=0.25)
        plot.getViewBox().setMouseEnabled(x=True, y=False)
        plot.hideButtons()
        plot.getAxis("left").setWidth(62)
        return widget

    def _restyle(self, colors: theme.Theme) -> None:
        """The plots' colours, then the bars and legend again in the theme's colours."""
        for widget in (self.distance_widget, self.climb_widget):
            widget.setBackground(colors.color("surface"))
            plot = widget.getPlotItem()
            for axis_name in ("left", "bottom"):
                axis = plot.getAxis(axis_name)
                axis.setPen(pg.mkPen(colors.color("border")))
                axis.setTextPen(pg.mkPen(colors.color("muted")))
        self.set_weeks(self._weeks, self._unit)

    def set_weeks(self, weeks: Sequence[WeekLoad], unit: DistanceUnit) -> None:
        colors = theme.current()
        self._weeks = list(weeks)
        self._unit = unit
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
        hills = [index for index, week in enumerate(weeks) if week.hill_runs]
        hill_color = colors.color("morning")
        self.hill_markers.setData(
            x=[xs[index] + WEEK * BAR_SHARE / 2 for index in hills],
            y=[climbs[index] for index in hills],
            brush=pg.mkBrush(hill_color),
            pen=None,
            data=[weeks[index].hill_runs for index in hills],
            tip=lambda x, y, data: counted("%n hill sessions this week", data),
        )
        self.distance_plot.setLabel("left", self.tr("Distance ({unit})").format(unit=unit))
        self.climb_plot.setLabel("left", self.tr("Climb ({unit})").format(unit=elevation_label(unit)))
        self.empty_label.setVisible(not weeks)
        self._legend_items = [
            (normal.name(), "■", self.tr("Distance per week")),
            (flagged.name(), "■", self.tr("Rise of more than 30% over two weeks")),
            (colors.color("rolling_mean").name(), "■", self.tr("Climb per week")),
            (
                hill_color.name(),
                "▲",
                self.tr("Week with a hill session ({climb:.0f} m or more climbed per km)").format(
                    climb=HILL_CLIMB_M_PER_KM
                ),
            ),
        ]
        self._distances, self._climbs = distances, climbs
        self._show_spikes()
        weeks_shown = self.range_group.checkedId()
        if weeks_shown >= 0:
            self.show_weeks(weeks_shown)

    def set_spikes(self, days: Sequence[dt.date]) -> None:
        """Mark the weeks holding a run more than about 10% longer than the longest of the 30 days before it
        (call after `set_weeks`)."""
        starts = [week.week_start for week in self._weeks]
        self._spike_weeks = sorted(
            {index for day in days for index, start in enumerate(starts) if start <= day < start + dt.timedelta(days=7)}
        )
        self._show_spikes()

    def spike_positions(self) -> list[tuple[float, float]]:
        """Where the spike markers are drawn (x in axis seconds, y in the chart's unit)."""
        xs, ys = self.spike_markers.getData()
        return [(float(x), float(y)) for x, y in zip(xs, ys, strict=True)]

    def _show_spikes(self) -> None:
        colors = theme.current()
        marker = colors.color("danger")
        self._spike_weeks = [index for index in self._spike_weeks if index < len(self._weeks)]
        lift = float(self._distances.max()) * 0.05 if self._distances.size else 0.0
        self.spike_markers.setData(
            x=[week_seconds(self._weeks[index].week_start) + WEEK / 2 for index in self._spike_weeks],
            y=[float(self._distances[index]) + lift for index in self._spike_weeks],
            brush=pg.mkBrush(marker),
        )
        items = list(self._legend_items)
        if self._spike_weeks:
            items.append((marker.name(), "▲", self.tr("A run over 10% longer than any of the 30 days before")))
        # Non-breaking spaces inside an item: a narrow chart wraps between items, never within one.
        self.legend.setText(
            " &nbsp; ".join(
                f"<span style='color:{color}'>{symbol}</span>&nbsp;{text.replace(' ', '&nbsp;')}"
                for color, symbol, text in items
            )
        )

    def range_for(self, weeks: int) -> tuple[float, float]:
        """The span of a range button: the last `weeks` weeks (0: all) that end with this week when a run is
        recent, otherwise with the week of the last run."""
        with_runs = [week for week in self._weeks if week.distance_km > 0]
        if not with_runs:
            this_week = week_seconds(dt.date.today())
            return this_week - ((weeks or DEFAULT_WEEKS) - 1) * WEEK, this_week + WEEK
        last_run_week = with_runs[-1].week_start
        last_week = self._weeks[-1].week_start
        recent = (last_week - last_run_week).days < 7 * max(weeks, DEFAULT_WEEKS)
        end = week_seconds(last_week if recent else last_run_week) + WEEK
        start = week_seconds(with_runs[0].week_start) if weeks == 0 else end - weeks * WEEK
        return start, end

    def show_weeks(self, weeks: int) -> None:
        """Show the span of a range button (see `range_for`), highlight it, and fit the bars it shows."""
        self.ranges.highlight(weeks)
        start, end = self.range_for(weeks)
        # A twentieth of a week of margin: enough for the axis, too little to show a sliver of the week before.
        self.distance_plot.setXRange(start - WEEK * 0.05, end + WEEK * 0.05, padding=0)
        first = dt.datetime.fromtimestamp(start, dt.UTC).date()
        last = dt.datetime.fromtimestamp(end, dt.UTC).date() - dt.timedelta(days=1)
        self.span_label.setText(f"{short_date(first, year=True)} – {short_date(last, year=True)}")
        xs = np.array([week_seconds(week.week_start) for week in self._weeks], dtype=float)
        shown = (xs >= start) & (xs < end)
        distances, climbs = self._distances[shown], self._climbs[shown]
        self.distance_plot.setYRange(0, max(float(distances.max()) * 1.15, 1.0) if distances.size else 10, padding=0)
        self.climb_plot.setYRange(0, max(float(climbs.max()) * 1.15, 10.0) if climbs.size else 100, padding=0)
        self._shown = (start, end)
        describe_chart(self, self.summary(), [self.distance_widget, self.climb_widget])

    # words --------------------------------------------------------------------------------------------

    def _weeks_shown(self) -> list[WeekLoad]:
        start, end = self._shown
        return [week for week in self._weeks if start <= week_seconds(week.week_start) < end]

    def summary(self) -> str:
        """The charts in words, for a screen reader: the weeks shown, the latest week and the one before."""
        weeks = self._weeks_shown()
        span = self.tr("Showing {span}.").format(span=self.span_label.text())
        if not weeks:
            return f"{span} {self.tr('No runs in these weeks.')}"
        parts = [span]
        titles = (self.tr("Latest week"), self.tr("The week before"))
        for title, week in zip(titles, reversed(weeks[-2:]), strict=False):
            parts.append(
                self.tr("{title}, from {day}: {distance}, {climb} of climb.").format(
                    title=title,
                    day=numeric_date(week.week_start),
                    distance=format_distance(week.distance_km, self._unit),
                    climb=format_elevation(week.elevation_gain_m, self._unit),
                )
            )
        flagged = sum(week.ramp_flag for week in weeks)
        if flagged:
            parts.append(self.tr("Weeks with a rise of more than 30% over two weeks: {count}.").format(count=flagged))
        return " ".join(parts)

    def table(self) -> ChartTable:
        """The weeks shown, as the bars draw them."""
        rows = tuple(
            (
                numeric_date(week.week_start),
                format_distance(week.distance_km, self._unit),
                format_elevation(week.elevation_gain_m, self._unit),
                self.tr("yes") if week.ramp_flag else self.tr("no"),
            )
            for week in self._weeks_shown()
        )
        headers = (self.tr("Week from"), self.tr("Distance"), self.tr("Climb"), self.tr("Rise of more than 30%"))
        return ChartTable(self.tr("Weekly distance and climb"), headers, rows)

    def _released_by_hand(self, *_args: object) -> None:
        """Panned or zoomed with the mouse: no button describes the view any more."""
        self.ranges.release()

    def _label_weeks(self, *_args: object) -> None:
        """Date labels at week starts, as many as fit: pyqtgraph's own date ticks run a day into the next
        month's name ("29Oct") at these widths."""
        low, high = self.visible_x_range()
        weeks = (high - low) / WEEK
        ticks: list[tuple[float, str]] = []
        if weeks > 80:
            first, last = dt.datetime.fromtimestamp(low, dt.UTC).year, dt.datetime.fromtimestamp(high, dt.UTC).year
            step = max(1, (last - first + 1) // 8)
            for year in range(first, last + 1, step):
                ticks.append((week_seconds(dt.date(year, 1, 1)), str(year)))
        else:
            step = 1 if weeks <= 8 else 2 if weeks <= 16 else 4 if weeks <= 32 else 8
            day = dt.datetime.fromtimestamp(low, dt.UTC).date()
            day = day - dt.timedelta(days=day.weekday())
            anchor = dt.date(2000, 1, 3)  # a Monday: every chart labels the same weeks
            while (day - anchor).days // 7 % step:
                day += dt.timedelta(days=7)
            while week_seconds(day) <= high:
                if week_seconds(day) >= low:
                    ticks.append((week_seconds(day) + WEEK / 2, short_date(day)))
                day += dt.timedelta(days=7 * step)
        for plot in (self.distance_plot, self.climb_plot):
            plot.getAxis("bottom").setTicks([ticks, []])

    def visible_x_range(self) -> tuple[float, float]:
        low, high = self.distance_plot.getViewBox().viewRange()[0]
        return float(low), float(high)

    def bar_heights(self) -> tuple[list[float], list[float]]:
        """Distance and climb bar heights as drawn, oldest first."""
        return (
            [float(value) for value in self.distance_bars.opts["height"]],
            [float(value) for value in self.climb_bars.opts["height"]],
        )
