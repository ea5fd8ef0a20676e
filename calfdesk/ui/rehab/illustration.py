"""An exercise illustration: a bundled SVG drawn in the palette's text colour, crisp at any size."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from calfdesk.assets import resource
from calfdesk.ui.widgets import theme

# The figures are stroked with currentColor; the root's `color` gives its value.
_DEFAULT_COLOR = 'color="#1f2328"'


@cache
def _svg_text(name: str) -> str:
    return resource("illustrations", name).read_text(encoding="utf-8")


def svg_in_color(name: str, color: str) -> QByteArray:
    return QByteArray(_svg_text(name).replace(_DEFAULT_COLOR, f'color="{color}"', 1).encode("utf-8"))


class Illustration(QWidget):
    def __init__(self, name: str = "", *, size: int = 200) -> None:
        super().__init__()
        self._size = size
        self._renderer: QSvgRenderer | None = None
        self._name = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(size, size)
        theme.follow(self, self._recolor)
        if name:
            self.set_illustration(name)

    def sizeHint(self) -> QSize:
        return QSize(self._size, self._size)

    def set_illustration(self, name: str, description: str = "") -> None:
        self._name = name
        self.setAccessibleName(description or name)
        self._recolor(theme.current())

    def _recolor(self, colors: theme.Theme) -> None:
        """Draw the illustration in the theme's text colour (again after a change of theme)."""
        if self._name:
            self._renderer = QSvgRenderer(svg_in_color(self._name, colors.colors["text"]), self)
        self.update()

    @property
    def name(self) -> str:
        return self._name

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        self._renderer.render(painter, QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side))
        painter.end()
