"""Heel-raise tests over time: raises per leg, and the sore side as a percentage of the other side.

pyqtgraph is imported only here, when the rehab page shows its first test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from calfdesk.domain.rehab import HeelRaiseTest
from calfdesk.ui.widgets import theme
from calfdesk.ui.widgets.accessible import ChartTable, describe_chart, table_button
from calfdesk.ui.widgets.date_axis import DateAxis
from calfdesk.ui.widgets.texts import numeric_date


def day_seconds(day: dt.date) -> float:
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC).timestamp()


class HeelRaiseChart(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Heel-raise tests over time"))
        self.view = pg.GraphicsLayoutWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._rows: tuple[tuple[str, ...], ...] = ()
        self.table_button = table_button(self, self.table, self.tr("Show the heel-raise tests as a table"))
        layout.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.view)
        self.reps_plot = self.view.addPlot(row=0, col=0, axisItems={"bottom": DateAxis()})
        self.ratio_plot = self.view.addPlot(row=1, col=0, axisItems={"bottom": DateAxis()})
        self.view.ci.layout.setRowStretchFactor(0, 3)
        self.view.ci.layout.setRowStretchFactor(1, 2)
        self.ratio_plot.setXLink(self.reps_plot)
        self._titles = (
            (self.reps_plot, self.tr("Raises per leg")),
            (self.ratio_plot, self.tr("Sore side vs other, %")),
        )
        for plot, _title in self._titles:
            plot.setMenuEnabled(False)
            plot.setMouseEnabled(x=False, y=False)
            plot.hideButtons()
            plot.showGrid(y=True, alpha=0.15)
        self.legend = self.reps_plot.addLegend(offset=(8, 4))
        self.left_curve = self.reps_plot.plot([], [], name=self.tr("Left"), symbol="o", symbolSize=8, symbolPen=None)
        self.right_curve = self.reps_plot.plot([], [], name=self.tr("Right"), symbol="t", symbolSize=9, symbolPen=None)
        self.target_line = pg.InfiniteLine(angle=0)
        self.target_line.hide()
        self.reps_plot.addItem(self.target_line)
        self.ratio_curve = self.ratio_plot.plot([], [], symbol="s", symbolSize=7, symbolPen=None)
        self.ratio_line = pg.InfiniteLine(pos=90, angle=0)
        self.ratio_plot.addItem(self.ratio_line)
        self.ratio_plot.setYRange(0, 110)
        theme.follow(self, self._restyle)

    def _restyle(self, colors: theme.Theme) -> None:
        """Every colour of the two plots, from the theme: at start and after each change of theme."""
        self.view.setBackground(colors.color("surface"))
        text = colors.color("text")
        for plot, title in self._titles:
            plot.setTitle(title, color=text.name(), size="10pt")
            for axis in ("left", "bottom"):
                plot.getAxis(axis).setTextPen(text)
                plot.getAxis(axis).setPen(colors.color("border"))
        self.legend.setBrush(pg.mkBrush(colors.color("surface")))
        self.legend.setLabelTextColor(text)
        for _sample, item_label in self.legend.items:  # the color option alone leaves drawn labels as they were
            item_label.setText(item_label.text, color=text.name())
        for curve, key in ((self.left_curve, "morning"), (self.right_curve, "after_run"), (self.ratio_curve, "accent")):
            curve.setPen(pg.mkPen(colors.color(key), width=2))
            curve.setSymbolBrush(colors.color(key))
        dashed = pg.mkPen(colors.color("muted"), width=1, style=Qt.PenStyle.DashLine)
        for line in (self.target_line, self.ratio_line):
            line.setPen(dashed)

    def set_tests(
        self, tests: Sequence[HeelRaiseTest], plan_side: str, target_reps: int | None, target_ratio: float | None
    ) -> None:
        xs = [day_seconds(test.day) for test in tests]
        self.left_curve.setData(xs, [test.left_reps for test in tests])
        self.right_curve.setData(xs, [test.right_reps for test in tests])
        ratios = [(x, test.symmetry_index(plan_side)) for x, test in zip(xs, tests, strict=True)]
        shown = [(x, value) for x, value in ratios if value is not None]
        self.ratio_curve.setData([x for x, _ in shown], [value for _, value in shown])
        self.target_line.setVisible(target_reps is not None)
        if target_reps is not None:
            self.target_line.setPos(target_reps)
        self.ratio_line.setPos(target_ratio if target_ratio is not None else 90)
        if xs:
            pad = 2 * 86_400.0
            self.reps_plot.setXRange(min(xs) - pad, max(xs) + pad, padding=0)
            top = max([*(t.left_reps for t in tests), *(t.right_reps for t in tests), target_reps or 0]) + 5
            self.reps_plot.setYRange(0, top, padding=0)
            self.ratio_plot.setYRange(0, max(110, *(value for _, value in shown)) if shown else 110, padding=0)
        summary = "; ".join(
            self.tr("{day}: left {left}, right {right}").format(
                day=numeric_date(test.day), left=test.left_reps, right=test.right_reps
            )
            for test in tests
        )
        self._rows = tuple(
            (
                numeric_date(test.day),
                str(test.left_reps),
                str(test.right_reps),
                "–" if ratio is None else f"{ratio:.0f}%",
            )
            for test, (_x, ratio) in zip(tests, ratios, strict=True)
        )
        describe_chart(self, summary or self.tr("No tests yet"), [self.view])

    def table(self) -> ChartTable:
        headers = (self.tr("Date"), self.tr("Left leg"), self.tr("Right leg"), self.tr("Sore side vs other"))
        return ChartTable(self.tr("Heel-raise tests"), headers, self._rows)
