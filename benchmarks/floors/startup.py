"""Start-up floor: import PySide6 and sqlmodel, show a QMainWindow, run one SQLite query, exit once painted."""

import datetime as dt
import sqlite3
import sys

import sqlmodel  # noqa: F401  (the app's own import cost is part of the floor)
from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class Window(QMainWindow):
    def event(self, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Expose, QEvent.Type.Paint):
            QTimer.singleShot(0, QApplication.quit)
        return super().event(event)


app = QApplication(sys.argv[:1])
window = Window()
window.resize(1180, 780)
window.show()
connection = sqlite3.connect(sys.argv[1])
connection.execute(
    "SELECT * FROM diary_entry WHERE local_date = ? ORDER BY local_time", (dt.date.today().isoformat(),)
).fetchall()
connection.close()
sys.exit(app.exec())
