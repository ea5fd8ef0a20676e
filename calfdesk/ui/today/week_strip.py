"""The last seven days at a glance: one bar per day of the worst soreness logged, painted directly
(no chart library) so the Today page opens instantly."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from calfdesk.ui.widgets import theme
from calfdesk.ui.widgets.texts import weekday_name


class WeekStrip(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.days: list[tuple[dt.date, int | None]] = []
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Worst soreness of each of the last seven days"))
        theme.follow(self, lambda _colors: self.update())

    def sizeHint(self) -> QSize:
        return QSize(420, 150)

    def set_days(self, days: list[tuple[dt.date, int | None]]) -> None:
        self.days = days
        not_logged = self.tr("not logged")
        summary = ", ".join(f"{weekday_name(day)}: {not_logged if value is None else value}" for day, value in days)
        self.setAccessibleDescription(summary)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.days:
            return
        colors = theme.current()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_height = metrics.height() + 6
        value_height = metrics.height() + 4
        width = self.width()
        chart_top = value_height
        chart_bottom = self.height() - label_height
        chart_height = max(chart_bottom - chart_top, 10)
        slot = (width - 28) / len(self.days)
        bar_width = min(slot * 0.55, 46.0)
        baseline_pen = QPen(colors.color("border"))
        painter.setPen(QPen(colors.color("border"), 1, Qt.PenStyle.DotLine))
        for level in (5, 10):
            y = int(chart_bottom - chart_height * level / 10)
            painter.drawLine(28, y, width, y)
            painter.setPen(colors.color("muted"))
            painter.drawText(QRectF(0, y - value_height / 2, 24, value_height), Qt.AlignmentFlag.AlignRight, str(level))
            painter.setPen(QPen(colors.color("border"), 1, Qt.PenStyle.DotLine))
        painter.setPen(baseline_pen)
        painter.drawLine(0, chart_bottom, width, chart_bottom)
        today = dt.date.today()
        for index, (day, value) in enumerate(self.days):
            center = 28 + slot * index + slot / 2
            day_label = self.tr("Today") if day == today else weekday_name(day, short=True)
            painter.setPen(colors.color("text" if day == today else "muted"))
            painter.drawText(
                QRectF(28 + slot * index, chart_bottom + 2, slot, label_height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                day_label,
            )
            if value is None:
                painter.setPen(QPen(colors.color("border"), 1, Qt.PenStyle.DashLine))
                painter.drawLine(
                    int(center - bar_width / 2), chart_bottom - 2, int(center + bar_width / 2), chart_bottom - 2
                )
                continue
            height = max(chart_height * value / 10, 3)
            bar = QRectF(center - bar_width / 2, chart_bottom - height, bar_width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colors.color("danger" if value >= 7 else "accent"))
            painter.drawRoundedRect(bar, 4, 4)
            painter.setPen(colors.color("text"))
            painter.drawText(
                QRectF(center - slot / 2, bar.top() - value_height, slot, value_height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                str(value),
            )
        painter.end()
