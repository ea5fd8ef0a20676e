"""File > Export plan… and File > Import plan…, driven as a runner does: the exported file edited by a
clinician, imported, its changes shown against the built-in plan, started through the Rehab page's questions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from calfdesk.services import assessment, rehab
from calfdesk.ui.rehab.plan_files import ImportPlanDialog


def export_running_plan(window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    rehab.start_plan(window.context.db, "calf_strain", side="left", today=dt.date.today())
    target = tmp_path / "calf plan.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.export_plan_action.trigger()
    qtbot.waitUntil(target.exists, timeout=5000)
    return target


def open_import(window, qtbot, path: Path, monkeypatch: pytest.MonkeyPatch) -> ImportPlanDialog:
    shown: list[ImportPlanDialog] = []
    original = ImportPlanDialog.open

    def record(dialog: ImportPlanDialog) -> None:
        shown.append(dialog)
        original(dialog)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(ImportPlanDialog, "open", record)
    window.import_plan_action.trigger()
    qtbot.waitUntil(lambda: bool(shown) and shown[0].isVisible(), timeout=5000)
    return shown[0]


def table_rows(dialog: ImportPlanDialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.item(row, column).text() for column in range(table.columnCount())] for row in range(table.rowCount())
    ]


def test_export_edit_import_shows_the_changes_and_starts_the_edited_plan(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = export_running_plan(window, qtbot, tmp_path, monkeypatch)
    text = path.read_text(encoding="utf-8")
    text = text.replace('name = ""', 'name = "Dr Ana Ruiz"', 1)
    text = text.replace('note = ""', "note = '<b>Hold</b> gently <img src=x>'", 1)
    text = text.replace("pain_limit = 2", "pain_limit = 1", 1)
    text = text.replace("sets = 3\nreps = 10", "sets = 2\nreps = 10")
    text = text.replace(
        'name = "Calf strain: calm, strengthen, return to running"', "name = '<i>Calf</i> plan <img src=x>'"
    )
    path.write_text(text, encoding="utf-8")

    dialog = open_import(window, qtbot, path, monkeypatch)
    assert dialog.title.text() == "<i>Calf</i> plan <img src=x>"
    assert "Dr Ana Ruiz (calf plan.toml)" in dialog.source.text()
    assert dialog.note.textFormat() == Qt.TextFormat.PlainText
    assert dialog.note.text() == "Note: <b>Hold</b> gently <img src=x>", "markup from a file is shown as written"
    rows = table_rows(dialog)
    assert ["Phase “Calm”", "Pain limit (0-10)", "2", "1"] in rows
    assert ["Phase “Strengthen” · Heel raise on one leg", "Sets", "3", "2"] in rows
    assert ["Plan", "Name", "Calf strain: calm, strengthen, return to running", "<i>Calf</i> plan <img src=x>"] in rows
    assert len(rows) == 3

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.side_combo.setCurrentIndex(dialog.side_combo.findData("right"))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    def started() -> bool:
        active = rehab.active_plan(window.context.db)
        return active is not None and active.plan_file is not None

    qtbot.waitUntil(started, timeout=5000)
    status = rehab.plan_status(window.context.db, dt.date.today())
    assert status is not None and status.enrolment.side == "right"
    assert status.plan_file is not None and status.plan_file.clinician == "Dr Ana Ruiz"
    assert status.phase.pain_limit == 1
    assert window.current_key() == "rehab"
    page = window.page("rehab")
    qtbot.waitUntil(lambda: page.summary.plan_title.text() == "<i>Calf</i> plan <img src=x>", timeout=5000)
    assert page.summary.plan_title.textFormat() == Qt.TextFormat.PlainText
    assert "plan file by Dr Ana Ruiz" in page.summary.load_label.text()


def test_an_invalid_plan_file_is_refused_naming_its_line(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = export_running_plan(window, qtbot, tmp_path, monkeypatch)
    text = path.read_text(encoding="utf-8").replace('name = ""', 'name = "Dr Ana Ruiz"', 1)
    text = text.replace("pain_limit = 2", "pain_limit = 7", 1)
    path.write_text(text, encoding="utf-8")
    line = next(number for number, row in enumerate(text.splitlines(), start=1) if "pain_limit = 7" in row)
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, message: warnings.append((title, message)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_plan_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    title, message = warnings[0]
    assert title == "This plan file cannot be used"
    assert f"line {line}, phases[1].pain_limit: must be a whole number from 0 to 5" in message
    assert rehab.active_plan(window.context.db).plan_file is None  # type: ignore[union-attr]


def test_a_plan_file_asks_the_same_clearance_as_any_plan(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = export_running_plan(window, qtbot, tmp_path, monkeypatch)
    path.write_text(path.read_text(encoding="utf-8").replace('name = ""', 'name = "Dr Ana Ruiz"', 1), encoding="utf-8")
    rehab.end_plan(window.context.db, today=dt.date.today(), finished=False)
    answers = {"pop_at_onset": True, "heel_raise": "unable"}
    assessment.save_assessment(window.context.db, answers)
    asked: list[str] = []

    def refuse(_parent, advice, plan_name: str) -> bool:
        asked.append(plan_name)
        return False

    from calfdesk.ui.rehab import clearance

    monkeypatch.setattr(clearance, "ask_clearance", refuse)
    dialog = open_import(window, qtbot, path, monkeypatch)
    assert dialog.start_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Start is the default button
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked == ["Calf strain: calm, strengthen, return to running"]
    assert rehab.active_plan(window.context.db) is None


def test_export_without_a_plan_says_so(window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    told: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("path") or ("", ""))
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, _message: told.append(title))
    window.export_plan_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert told == ["No plan is running"] and asked == [], "no file is asked for when there is nothing to export"


def test_escape_closes_the_import_and_starts_nothing(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = export_running_plan(window, qtbot, tmp_path, monkeypatch)
    path.write_text(path.read_text(encoding="utf-8").replace('name = ""', 'name = "Dr Ana Ruiz"', 1), encoding="utf-8")
    dialog = open_import(window, qtbot, path, monkeypatch)
    assert dialog.changes_label.text() == "It is the same as the built-in plan." and not dialog.table.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    active = rehab.active_plan(window.context.db)
    assert active is not None and active.plan_file is None
