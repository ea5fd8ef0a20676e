"""Bare-window floor: import PySide6's widgets, show an empty QMainWindow of WIDTH x HEIGHT (the size calfdesk
opened at in the same run), exit once it has painted."""

import sys

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Expose, QEvent.Type.Paint):
            QTimer.singleShot(0, QApplication.quit)
        return super().event(event)


app = QApplication(sys.argv[:1])
window = Window()
window.resize(int(sys.argv[1]), int(sys.argv[2]))
window.show()
sys.exit(app.exec())
