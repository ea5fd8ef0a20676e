"""Screenshots of the welcome, Preferences, the Today page with its note and insights, the report dialog and
page 1 of the PDF report. Used by `tools.screenshots`."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from calfdesk.storage import diary_store
from calfdesk.ui.context import Changes
from calfdesk.ui.tasks import wait_for_all


def _settle() -> None:
    for _ in range(4):
        wait_for_all()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def welcome(window: Any) -> QWidget | None:
    from calfdesk.ui.shell.welcome_dialog import WelcomeDialog

    dialog = WelcomeDialog(window)
    dialog.show()
    _settle()
    return dialog


def preferences(window: Any) -> QWidget | None:
    from calfdesk.ui.shell.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(window.context, window, move_folder=lambda: None)
    dialog.reminder_rows["reminder_log_time"].check.setChecked(True)
    dialog.reminder_rows["reminder_evening_time"].check.setChecked(True)
    dialog.show()
    _settle()
    return dialog


def today_with_insights(window: Any) -> QWidget | None:
    """Today after a day without an entry: the note about yesterday, and the insights card in view."""
    db = window.context.db
    yesterday = dt.date.today() - dt.timedelta(days=1)
    for entry in diary_store.list_entries(db, yesterday, yesterday):
        assert entry.id is not None
        diary_store.delete_entry(db, entry.id)
    window.context.events.changed.emit(Changes.DIARY)
    page = window.navigate("today")
    _settle()
    scroll = page.findChild(QScrollArea)
    if scroll is not None:
        scroll.ensureWidgetVisible(page.insights)
    _settle()
    return window


def report_dialog(window: Any) -> QWidget | None:
    from calfdesk.ui.report.dialog import ReportDialog

    dialog = ReportDialog(window.context, window)
    dialog.show()
    _settle()
    return dialog


def report_page_one(window: Any) -> QWidget | None:
    """Page 1 of the PDF report as pdftoppm (poppler-utils) renders it; skipped without pdftoppm."""
    from calfdesk.ui.report import pdf as report

    if shutil.which("pdftoppm") is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "report.pdf"
        end = dt.date.today()
        report.make_report(window.context.db, end - dt.timedelta(days=27), end, pdf)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(Path(folder) / "p")],
            check=True,
        )
        picture = QPixmap(str(Path(folder) / "p.png"))
    shown = QLabel()
    shown.setPixmap(picture)
    shown.resize(picture.size())
    shown.show()
    _settle()
    return shown


JOURNEY_SHOTS: list[tuple[str, Callable[[Any], QWidget | None]]] = [
    ("welcome", welcome),
    ("preferences", preferences),
    ("today-insights", today_with_insights),
    ("report-dialog", report_dialog),
    ("report-page1", report_page_one),
]
