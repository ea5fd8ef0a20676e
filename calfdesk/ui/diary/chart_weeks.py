"""The diary chart's weekly summary for long views: the worst of each week as a step line over a band from
the week's mildest to its worst day, prepared once per data change at every merge level (weeks in ones, twos,
fours…) so a frame of years draws only outlines."""

from __future__ import annotations

from typing import Any, Final

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem, QWidget

from calfdesk.ui.widgets.chart_series import DAY, ChartSeries

# Wider than this the chart shows weekly summaries instead of every entry.
SUMMARY_ABOVE_DAYS: Final = 183
# The summary merges weeks until a step is this wide (up to 2 ** (WEEK_LEVELS - 1) weeks a step).
MIN_STEP_PX: Final = 2.0
WEEK_LEVELS: Final = 7


class Outline(QGraphicsPathItem):
    """A summary outline: steps along axis-aligned edges need no antialiasing, which halves their cost."""

    def paint(self, painter: QPainter, option: Any, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        super().paint(painter, option, widget)


def week_levels(series: ChartSeries) -> list[tuple[QPainterPath, QPainterPath]]:
    """The summary's band and step line for every week, then with weeks merged in twos, fours… up to
    WEEK_LEVELS: each merged step spans its weeks, from their mildest to their worst day."""
    if not series.week_x.size:
        return [(QPainterPath(), QPainterPath())]
    # Week numbers as chart_series counts them: week w starts on day 7w - 3 (the Mondays of the axis).
    week = np.round((series.week_x - 3.5 * DAY) / (7 * DAY)).astype(np.int64)
    levels = []
    for level in range(WEEK_LEVELS):
        size = 1 << level
        bins = week // size
        starts = np.flatnonzero(np.concatenate(([True], bins[1:] != bins[:-1])))
        low = np.minimum.reduceat(series.week_low, starts)
        high = np.maximum.reduceat(series.week_high, starts)
        first = (bins[starts] * size * 7 - 3) * DAY
        levels.append(_week_paths(first, first + size * 7 * DAY, low, high))
    return levels


def _week_paths(
    starts: np.ndarray, ends: np.ndarray, low: np.ndarray, high: np.ndarray
) -> tuple[QPainterPath, QPainterPath]:
    """A band from each step's mildest to its worst day (a step whose days were all alike still gets a thin
    band), and a step line along the worst, built from the arrays at once."""
    xs = np.column_stack((starts, ends)).ravel()
    top = np.repeat(high, 2)
    bottom = np.repeat(low, 2)
    band = pg.arrayToQPath(np.concatenate((xs, xs[::-1])), np.concatenate((top + 0.1, bottom[::-1] - 0.1)))
    band.closeSubpath()
    return band, pg.arrayToQPath(xs, top)


def week_level_for(span: float, width_px: float, levels: int) -> int:
    """The merge level whose steps are at least MIN_STEP_PX wide when `span` seconds fill `width_px`: drawing
    years of single weeks over a few hundred pixels cost a frame's time for nothing visible."""
    pixels_per_week = max(width_px, 1.0) * 7 * DAY / max(span, DAY)
    level = 0
    while level + 1 < levels and (1 << level) * pixels_per_week < MIN_STEP_PX:
        level += 1
    return level
