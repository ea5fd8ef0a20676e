"""The report's soreness chart, drawn with QPainter on a QImage: each day's worst as a line over every entry
as a dot, with its own legend. QtGui only, so the command line draws it headless."""

from __future__ import annotations

import datetime as dt
from typing import Final

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from calfdesk.i18n import Texts
from calfdesk.services.report import ReportData
from calfdesk.ui.widgets.texts import short_date

CHART_SIZE: Final = (1800, 640)
INK: Final = QColor("#1d2a33")
MUTED: Final = QColor("#5f6b73")
GRID: Final = QColor("#d5dadd")
WORST: Final = QColor("#0f766e")
DOTS: Final = QColor("#b45309")


_tr = Texts(__name__)


def soreness_chart(data: ReportData, size: tuple[int, int] = CHART_SIZE) -> QImage:
    """The day's worst soreness as a line and every logged value as a dot, 0 to 10, over the period."""
    width, height = size
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(max(12, height // 16))  # the image is scaled onto the page: sized to the image
    painter.setFont(font)
    left, right, top, bottom = width * 0.05, width * 0.04, height * 0.13, height * 0.14
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    days = max((data.end - data.start).days, 1)

    def x_of(day: dt.date) -> float:
        return plot.left() + plot.width() * ((day - data.start).days / days)

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * value / 10

    painter.setPen(QPen(GRID, 2))
    for level in range(0, 11, 2):
        painter.drawLine(QPointF(plot.left(), y_of(level)), QPointF(plot.right(), y_of(level)))
        painter.setPen(QPen(MUTED, 2))
        painter.drawText(
            QRectF(0, y_of(level) - 30, left - 14, 60),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            str(level),
        )
        painter.setPen(QPen(GRID, 2))
    step = max(1, round(days / 8))
    day = data.start
    while day <= data.end:
        painter.setPen(QPen(GRID, 2))
        painter.drawLine(QPointF(x_of(day), plot.bottom()), QPointF(x_of(day), plot.bottom() + 10))
        painter.setPen(QPen(MUTED, 2))
        label_left = min(max(x_of(day) - 100, 0), width - 200)
        painter.drawText(
            QRectF(label_left, plot.bottom() + 12, 200, bottom - 14),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            short_date(day),
        )
        day += dt.timedelta(days=step)

    painter.setPen(QPen(DOTS, 2))
    painter.setBrush(DOTS)
    for point in data.daily:
        for value in point.values:
            painter.drawEllipse(QPointF(x_of(point.day), y_of(value)), 6, 6)
    if data.daily:
        path = QPainterPath(QPointF(x_of(data.daily[0].day), y_of(data.daily[0].worst)))
        for point in data.daily[1:]:
            path.lineTo(QPointF(x_of(point.day), y_of(point.worst)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(WORST, 5))
        painter.drawPath(path)
    else:
        painter.setPen(QPen(MUTED, 2))
        painter.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), _tr("No soreness was logged in this period."))

    painter.setPen(QPen(INK, 2))
    painter.drawText(
        QRectF(left, 0, width - left, top),
        int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
        _tr("Soreness 0-10"),
    )
    legend_x = width - right - width * 0.45
    painter.setPen(QPen(WORST, 5))
    painter.drawLine(QPointF(legend_x, top / 2), QPointF(legend_x + 50, top / 2))
    painter.setPen(QPen(INK, 2))
    painter.drawText(QPointF(legend_x + 62, top / 2 + font.pixelSize() / 3), _tr("worst of the day"))
    dots_x = legend_x + width * 0.27
    painter.setPen(QPen(DOTS, 2))
    painter.setBrush(DOTS)
    painter.drawEllipse(QPointF(dots_x, top / 2), 6, 6)
    painter.setPen(QPen(INK, 2))
    painter.drawText(QPointF(dots_x + 16, top / 2 + font.pixelSize() / 3), _tr("each entry"))
    painter.end()
    return image
