"""What the runner sees the moment calfdesk starts: the window's place, size and colours with its sidebar and a
quiet "Opening your data…", painted before the data file and the pages' modules are loaded (those take most
of the start-up). The full window takes its place as soon as it has painted.

Imports PySide6 and light calfdesk modules only: it must be on screen before SQLAlchemy is imported.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QRectF, QSettings, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from calfdesk.ui.shell.window_geometry import restore_geometry
from calfdesk.ui.widgets import theme

SIDEBAR_WIDTH: Final = 190
# The window has taken the frame's place once it paints, and has no more need of it once hidden or closed.
_WINDOW_TAKES_OVER: Final = frozenset({QEvent.Type.Paint, QEvent.Type.Hide, QEvent.Type.Close})
# At most this long is spent waiting for the first frame before loading goes on regardless.
PAINT_WAIT_S: Final = 2.0


class OpeningFrame(QWidget):
    def __init__(self, config_dir: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("calfdesk"))
        self.setAccessibleName(self.tr("calfdesk is opening your data"))
        self.painted = False
        # The same size and place as the window will have (its own geometry file, read without writing).
        restore_geometry(self, QSettings(str(config_dir / "window.ini"), QSettings.Format.IniFormat))
        self._window: QWidget | None = None

    def show_painted(self) -> None:
        """Show the frame and return once it has painted (or after PAINT_WAIT_S)."""
        self.show()
        deadline = time.monotonic() + PAINT_WAIT_S
        while not self.painted and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def hand_over(self, window: QWidget) -> None:
        """Close once `window` has painted, or is hidden or closed before it could (at once when it is not
        shown, as when starting in the tray): the frame never outlives the window it stands in for."""
        if not window.isVisible():
            self.close()
            return
        self._window = window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() in _WINDOW_TAKES_OVER:
            watched.removeEventFilter(self)
            self._window = None
            self.close()
            self.deleteLater()
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        colors = theme.current()
        painter = QPainter(self)
        painter.fillRect(self.rect(), colors.color("window"))
        painter.fillRect(0, 0, SIDEBAR_WIDTH, self.height(), colors.color("sidebar"))
        painter.fillRect(SIDEBAR_WIDTH - 1, 0, 1, self.height(), colors.color("border"))
        painter.setPen(colors.color("muted"))
        area = QRectF(SIDEBAR_WIDTH, 0, self.width() - SIDEBAR_WIDTH, self.height())
        painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter), self.tr("Opening your data…"))
        painter.end()
        self.painted = True
