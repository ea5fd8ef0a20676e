"""A new runner's first weeks, through the window as they would use it: the welcome, the assessment with an
Achilles picture, the plan it recommends, today's items ticked, 14 days of soreness logged through the
form, the chart, a CSV export, the PDF report, and a restart that finds everything still there."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QDialog, QFileDialog, QRadioButton, QWizard

from calfdesk.services import assessment, rehab
from calfdesk.settings import Settings
from calfdesk.storage import diary_store
from calfdesk.storage.database import open_database
from calfdesk.ui.assessment.question_inputs import ChoiceInput, TickInput
from calfdesk.ui.report.dialog import ReportDialog
from calfdesk.ui.shell.app import make_application
from calfdesk.ui.shell.main_window import MainWindow
from calfdesk.ui.shell.welcome_dialog import WelcomeDialog, welcome_if_first_run
from calfdesk.ui.widgets import theme

TODAY = dt.date.today()
FIRST_DAY = TODAY - dt.timedelta(days=13)
# Soreness easing over the two weeks, as an Achilles often does once the load is right.
SORENESS = (6, 6, 5, 5, 5, 4, 4, 4, 3, 3, 3, 2, 2, 2)


@pytest.fixture
def windows(qtbot, data_dir: Path, tmp_path: Path) -> Iterator[Any]:
    """Opens main windows on one data folder, with the settings in their own folder as in a normal start."""
    opened: list[tuple[MainWindow, Any]] = []
    config = tmp_path / "config"

    def open_window() -> MainWindow:
        theme.apply(make_application(), "light")
        db = open_database(data_dir)
        window = MainWindow(db, Settings(config), config)
        qtbot.addWidget(window)
        opened.append((window, db))
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        return window

    def close(window: MainWindow) -> None:
        window.close()
        window.context.db.close()

    open_window.close = close  # type: ignore[attr-defined]
    open_window.config = config  # type: ignore[attr-defined]
    yield open_window
    for window, db in opened:
        window.close()
        db.close()


def click(qtbot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    if isinstance(button, QRadioButton | QCheckBox):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer(qtbot, wizard, question: str, *values: object) -> None:
    widget = wizard.currentPage().inputs[question]
    if isinstance(widget, TickInput):
        for value in values:
            click(qtbot, widget.boxes[value])
    else:
        assert isinstance(widget, ChoiceInput)
        click(qtbot, widget.buttons[values[0]])


def first_run_welcome(qtbot, window: MainWindow) -> None:
    def acknowledge() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible())
        click(qtbot, dialog.understood)
        click(qtbot, dialog.start_button)

    QTimer.singleShot(0, acknowledge)
    assert welcome_if_first_run(window.context.settings, window) is True


def take_the_assessment(qtbot, window: MainWindow) -> None:
    page = window.navigate("assessment")
    click(qtbot, page.start_button)
    wizard = page.wizard
    answer(qtbot, wizard, "location", "achilles")
    answer(qtbot, wizard, "side", "left")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    warning_signs = ("breathless_or_chest_pain", "tense_severe_pain", "swollen_warm_red", "fever")
    for question in (*warning_signs, "cold_pale_foot", "dark_urine", "saddle_or_bladder"):
        answer(qtbot, wizard, question, False)
    click(qtbot, wizard.currentPage().inputs["clot_risk"].none_box)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    answer(qtbot, wizard, "onset", "gradual")
    answer(qtbot, wizard, "pop_at_onset", False)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    answer(qtbot, wizard, "pain_pattern", "push_off", "morning_stiffness")
    answer(qtbot, wizard, "numbness", "none")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    answer(qtbot, wizard, "heel_raise", "painful")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    answer(qtbot, wizard, "training_changes", "more_hills", "mileage_jump")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    answer(qtbot, wizard, "duration", "2_to_6_weeks")
    with qtbot.waitSignal(page.saved, timeout=10_000):
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    view = page.result_view
    assert view.banner is not None and view.banner.property("role") == "triage-self_care"
    assert view.cards[0].match.id == "achilles_tendinopathy"
    # Start the plan from the result.
    assert view.plan_button is not None
    click(qtbot, view.plan_button)
    rehab_page = window.page("rehab")
    qtbot.waitUntil(lambda: rehab_page.plan_view.isVisibleTo(window) and not rehab_page.loading, timeout=5000)


def tick_todays_items(qtbot, window: MainWindow) -> int:
    page = window.page("rehab")
    assert window.current_key() == "rehab"
    assert page.plan_view.isVisibleTo(window)
    assert page.rows, "today has items"
    qtbot.waitUntil(lambda: all(row.check.isVisible() for row in page.rows), timeout=5000)
    for row in page.rows:
        page.scroll_area.ensureWidgetVisible(row)
        click(qtbot, row.check)
    qtbot.waitUntil(lambda: page.streak_label.text() == "1", timeout=5000)
    count = len(page.rows)
    assert page.checklist.progress_label.text() == f"{count} of {count} done"
    return count


def log_fourteen_days(qtbot, window: MainWindow) -> None:
    page = window.navigate("diary")
    form = page.form
    for offset, soreness in enumerate(SORENESS):
        day = FIRST_DAY + dt.timedelta(days=offset)
        form.date_edit.setDate(QDate(day.year, day.month, day.day))
        form.time_edit.setTime(QTime(7, 45))
        form.context_combo.setCurrentIndex(form.context_combo.findData("morning"))
        form.soreness.setValue(soreness)
        form.location_combo.setCurrentIndex(form.location_combo.findData("achilles"))
        form.side_combo.setCurrentIndex(form.side_combo.findData("left"))
        form.stiffness.setValue(30 - offset * 2)
        form.notes.setPlainText("Hill repeats yesterday" if offset == 3 else "")
        click(qtbot, page.save_button)
        qtbot.waitUntil(
            lambda n=offset + 1: page.model.rowCount() == n and page.save_button.isEnabled(), timeout=10_000
        )


def chart_values(window: MainWindow) -> list[float]:
    page = window.navigate("diary")
    return [float(value) for value in page.chart.max_curve.getData()[1]]


def export_csv(qtbot, window: MainWindow, target: Path, monkeypatch) -> list[dict[str, str]]:
    from calfdesk.ui.diary.transfer import ExportRangeDialog

    monkeypatch.setattr(ExportRangeDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), "CSV files (*.csv)"))
    click(qtbot, window.page("diary").export_button)
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=10_000)
    with target.open(newline="", encoding="utf-8") as stream:
        return list(csv.DictReader(stream))


def make_report(qtbot, window: MainWindow, target: Path, monkeypatch) -> Path:
    dialog = ReportDialog(window.context, window)
    qtbot.addWidget(dialog)
    dialog.from_edit.setDate(QDate(FIRST_DAY.year, FIRST_DAY.month, FIRST_DAY.day))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), "PDF files (*.pdf)"))
    dialog.show()
    qtbot.waitExposed(dialog)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.saved is not None, timeout=30_000)
    assert dialog.saved is not None
    return dialog.saved


def pdf_words(path: Path) -> str:
    raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(unicodedata.normalize("NFKC", raw).split())


@pytest.mark.slow
def test_a_new_runner_from_first_start_to_a_restart(windows, qtbot, tmp_path: Path, monkeypatch) -> None:
    window = windows()

    first_run_welcome(qtbot, window)
    assert window.context.settings.get("disclaimer_acknowledged") is True

    take_the_assessment(qtbot, window)
    active = rehab.active_plan(window.context.db)
    assert active is not None and (active.plan_id, active.side) == ("achilles_tendinopathy", "left")

    ticked = tick_todays_items(qtbot, window)
    today_plan = rehab.today_plan(window.context.db, TODAY)
    assert today_plan is not None and today_plan.done_count == ticked

    log_fourteen_days(qtbot, window)
    assert chart_values(window) == [float(value) for value in SORENESS]
    today = window.page("today")
    qtbot.waitUntil(lambda: [value for _day, value in today.week.days] == list(SORENESS[-7:]), timeout=5000)

    rows = export_csv(qtbot, window, tmp_path / "diary.csv", monkeypatch)
    assert [int(row["soreness"]) for row in rows] == list(SORENESS)
    assert rows[0]["date"] == FIRST_DAY.isoformat() and rows[-1]["date"] == TODAY.isoformat()
    assert rows[3]["notes"] == "Hill repeats yesterday"

    pdf = make_report(qtbot, window, tmp_path / "for the physio.pdf", monkeypatch)
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        words = pdf_words(pdf)
        assert "Triage: Self-care" in words
        assert "Achilles tendinopathy fits well" in words
        assert "14 entries on 14 of 14 days" in words
        assert "Hill repeats yesterday" in words
        assert f"{ticked} of {ticked}" in words, "today's ticks are in the adherence table"

    # Restart: a new window on the same data folder and settings.
    windows.close(window)
    again = windows()
    assert again.context.settings.get("disclaimer_acknowledged") is True, "no welcome the second time"
    db = again.context.db
    history = assessment.list_history(db)
    assert len(history) == 1 and history[0].top_condition == "achilles_tendinopathy"
    assessment_page = again.navigate("assessment")
    qtbot.waitUntil(lambda: assessment_page.history_list.count() == 1, timeout=10_000)
    rehab_page = again.navigate("rehab")
    qtbot.waitUntil(lambda: rehab_page.plan_view.isVisibleTo(again), timeout=10_000)
    assert all(row.check.isChecked() for row in rehab_page.rows)
    assert [entry.soreness for entry in diary_store.list_entries(db)] == list(SORENESS)
    diary_page = again.navigate("diary")
    qtbot.waitUntil(lambda: diary_page.model.rowCount() == len(SORENESS), timeout=10_000)
    assert chart_values(again) == [float(value) for value in SORENESS]
