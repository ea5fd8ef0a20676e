"""A calendar heat-map of the plan: one square per day, darker the more of that day's items were done."""

from __future__ import annotations

import datetime as dt
from typing import Final

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from calfdesk.domain.rehab import DayAdherence
from calfdesk.ui.widgets import theme
from calfdesk.ui.widgets.accessible import ChartTable, describe_chart
from calfdesk.ui.widgets.texts import month_name, numeric_date, short_date

CELL: Final = 16
GAP: Final = 4
LEFT: Final = 34
TOP: Final = 20
LEGEND: Final = 26
WEEKS: Final = 12
# Share of a day's items done -> opacity of the accent colour.
LEVELS: Final = ((0.0, 0.0), (0.01, 0.3), (0.5, 0.6), (1.0, 1.0))


def level_alpha(fraction: float) -> float:
    alpha = 0.0
    for threshold, value in LEVELS:
        if fraction >= threshold:
            alpha = value
    return alpha


class AdherenceCalendar(QWidget):
    def __init__(self, weeks: int = WEEKS) -> None:
        super().__init__()
        self.weeks = weeks
        self.days: dict[dt.date, DayAdherence] = {}
        self.today = dt.date.today()
        self.setAccessibleName(self.tr("Adherence calendar"))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(self.sizeHint())
        self.setMouseTracking(True)
        theme.follow(self, lambda _colors: self.update())

    def sizeHint(self) -> QSize:
        return QSize(LEFT + self.weeks * (CELL + GAP), TOP + 7 * (CELL + GAP) + LEGEND)

    def set_days(self, days: list[DayAdherence], today: dt.date) -> None:
        self.days = {day.day: day for day in days}
        self.today = today
        complete = sum(day.complete for day in days)
        describe_chart(
            self,
            self.tr("{complete} of {days} plan days fully done in the last {weeks} weeks").format(
                complete=complete, days=len(days), weeks=self.weeks
            ),
        )
        self.update()

    def table(self) -> ChartTable:
        """The plan days, oldest first, as the calendar colours them."""
        rows = tuple(
            (numeric_date(day.day), str(day.done), str(day.total), self.tr("yes") if day.complete else self.tr("no"))
            for day in sorted(self.days.values(), key=lambda each: each.day)
        )
        headers = (self.tr("Date"), self.tr("Items done"), self.tr("Items planned"), self.tr("All done"))
        return ChartTable(self.tr("Rehab days"), headers, rows)

    @property
    def first_day(self) -> dt.date:
        monday = self.today - dt.timedelta(days=self.today.weekday())
        return monday - dt.timedelta(weeks=self.weeks - 1)

    def cell_rect(self, day: dt.date) -> QRectF:
        offset = (day - self.first_day).days
        column, row = divmod(offset, 7)
        return QRectF(LEFT + column * (CELL + GAP), TOP + row * (CELL + GAP), CELL, CELL)

    def day_at(self, point: QPoint) -> dt.date | None:
        column = (point.x() - LEFT) // (CELL + GAP)
        row = (point.y() - TOP) // (CELL + GAP)
        if not (0 <= column < self.weeks and 0 <= row < 7):
            return None
        day = self.first_day + dt.timedelta(days=column * 7 + row)
        return day if day <= self.today else None

    def describe(self, day: dt.date) -> str:
        entry = self.days.get(day)
        when = short_date(day, weekday=True)
        if entry is None or entry.total == 0:
            return self.tr("{when}: no plan items").format(when=when)
        return self.tr("{when}: {done} of {total} done").format(when=when, done=entry.done, total=entry.total)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos())
            if day is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(day), self)
            return True
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        muted = colors.color("muted")
        painter.setPen(muted)
        for row, name in ((0, self.tr("Mon")), (2, self.tr("Wed")), (4, self.tr("Fri")), (6, self.tr("Sun"))):
            y = TOP + row * (CELL + GAP)
            painter.drawText(
                QRectF(0, y, LEFT - 6, CELL), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, name
            )
        month = None
        for column in range(self.weeks):
            monday = self.first_day + dt.timedelta(weeks=column)
            if monday.month != month:
                month = monday.month
                x = LEFT + column * (CELL + GAP)
                painter.drawText(
                    QRectF(x, 0, 60, TOP - 4),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                    month_name(monday),
                )
        accent = colors.color("accent")
        empty = colors.color("surface_alt")
        border = colors.color("border")
        day = self.first_day
        while day <= self.today:
            rect = self.cell_rect(day)
            entry = self.days.get(day)
            if entry is None or entry.total == 0:
                painter.setPen(QPen(border, 1, Qt.PenStyle.DotLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                fill = QColor(accent)
                alpha = level_alpha(entry.done / entry.total)
                if alpha == 0:
                    fill = empty
                else:
                    fill.setAlphaF(alpha)
                painter.setPen(QPen(border, 1))
                painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
            if day == self.today:
                painter.setPen(QPen(colors.color("text"), 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 4, 4)
            day += dt.timedelta(days=1)
        self._paint_legend(painter, accent, empty, border, muted)
        painter.end()

    def _paint_legend(self, painter: QPainter, accent: QColor, empty: QColor, border: QColor, muted: QColor) -> None:
        y = TOP + 7 * (CELL + GAP) + 8
        painter.setPen(muted)
        painter.drawText(QRectF(LEFT, y - 2, 40, CELL), Qt.AlignmentFlag.AlignVCenter, self.tr("None"))
        x = LEFT + 40
        for _threshold, alpha in LEVELS:
            fill = QColor(accent)
            if alpha == 0:
                fill = empty
            else:
                fill.setAlphaF(alpha)
            painter.setPen(QPen(border, 1))
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(x, y, CELL - 4, CELL - 4), 2, 2)
            x += CELL
        painter.setPen(muted)
        painter.drawText(QRectF(x + 4, y - 2, 80, CELL), Qt.AlignmentFlag.AlignVCenter, self.tr("All done"))
