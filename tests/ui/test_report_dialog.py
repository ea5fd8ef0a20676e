"""File > Report…: the period, the paper size, saving in the background, and what goes wrong."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from calfdesk.domain.diary import make_entry
from calfdesk.storage import diary_store
from calfdesk.ui.report.dialog import ReportDialog
from calfdesk.ui.report.pdf import count_pages


def test_saving_writes_the_pdf_for_the_chosen_period(window, qtbot, tmp_path: Path, monkeypatch) -> None:
    db = window.context.db
    for offset in range(10):
        day = dt.date(2026, 4, 1) + dt.timedelta(days=offset)
        diary_store.add_entry(
            db, make_entry(local_date=day, local_time=dt.time(8), soreness=offset % 6, notes=f"day {offset}")
        )
    dialog = ReportDialog(window.context, window, today=dt.date(2026, 4, 10))
    qtbot.addWidget(dialog)
    assert dialog.period() == (dt.date(2026, 3, 14), dt.date(2026, 4, 10)), "the last 28 days by default"
    dialog.from_edit.setDate(QDate(2026, 4, 1))
    dialog.page_combo.setCurrentIndex(dialog.page_combo.findData("letter"))
    target = tmp_path / "report"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), "PDF files (*.pdf)"))
    dialog.choose_and_save()
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=20_000)
    assert dialog.saved == tmp_path / "report.pdf", "the .pdf suffix is added"
    pdf = dialog.saved.read_bytes()
    assert pdf.startswith(b"%PDF")
    assert count_pages(pdf) >= 1
    assert b"/MediaBox [0 0 612.000000 792.000000]" in pdf, "letter paper"
    assert "Saved" in dialog.status.text() and not dialog.open_button.isHidden()
    assert "Report saved" in window.statusBar().currentMessage()


def test_a_reversed_period_is_explained_and_nothing_is_asked(window, qtbot, monkeypatch) -> None:
    dialog = ReportDialog(window.context, window, today=dt.date(2026, 4, 10))
    qtbot.addWidget(dialog)
    dialog.from_edit.setDate(QDate(2026, 5, 1))

    def must_not_ask(*_args):
        raise AssertionError("no file should be asked for")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", must_not_ask)
    dialog.choose_and_save()
    assert "swap them" in dialog.status.text()


def test_a_failed_save_keeps_the_dialog_and_says_why(window, qtbot, tmp_path: Path) -> None:
    dialog = ReportDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.save_to(tmp_path / "missing folder" / "r.pdf")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=20_000)
    assert "was not saved" in dialog.status.text() and "does not exist" in dialog.status.text()
    assert dialog.saved is None


def test_file_menu_opens_the_report_dialog(window, qtbot) -> None:
    assert window.report_action.shortcut().toString() == "Ctrl+P"
    seen: list[ReportDialog] = []

    def close_it() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReportDialog) and w.isVisible()]
        seen.extend(found)
        for dialog in found:
            dialog.reject()

    QTimer.singleShot(0, close_it)
    window.report_action.trigger()
    assert len(seen) == 1
