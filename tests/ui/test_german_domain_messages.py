"""The German window words what its forms and files refuse in German: a plan file's problem, with its line and
field as the file spells them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from calfdesk.services import rehab
from tests.ui.test_german_window import german  # noqa: F401


def test_an_invalid_plan_file_is_refused_in_german_naming_its_line(
    german,  # noqa: F811
    make_window,
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window()
    rehab.start_plan(window.context.db, "calf_strain", side="left", today=dt.date.today())
    path = tmp_path / "wadenplan.toml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    window.export_plan_action.trigger()
    qtbot.waitUntil(path.exists, timeout=5000)
    text = path.read_text(encoding="utf-8").replace('name = ""', 'name = "Dr Ana Ruiz"', 1)
    text = text.replace("pain_limit = 2", "pain_limit = 7", 1)
    path.write_text(text, encoding="utf-8")
    line = next(number for number, row in enumerate(text.splitlines(), start=1) if "pain_limit = 7" in row)

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, message: warnings.append(message))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.import_plan_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert f"Plandatei: Zeile {line}, phases[1].pain_limit: muss eine ganze Zahl von 0 bis 5 sein" in warnings[0]
    assert "must be" not in warnings[0]
    assert rehab.active_plan(window.context.db).plan_file is None  # type: ignore[union-attr]


def test_a_shoe_without_a_name_is_refused_in_german_and_the_form_keeps_what_was_typed(
    german,  # noqa: F811
    make_window,
    qtbot,
) -> None:
    from calfdesk.ui.training.dialogs import ShoeDialog

    window = make_window()
    dialog = ShoeDialog(window.context, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.alert_box.setValue(650)
    qtbot.keyClicks(dialog.name_edit, "   ")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.problem.isHidden(), timeout=5000)
    # The window names the field in German beside it; the command line's key ("name:") is left out.
    assert "Gib dem Schuh einen Namen, zum Beispiel 'Pegasus 40 blau'" in dialog.problem.text()
    assert "name:" not in dialog.problem.text()
    assert "give the shoe" not in dialog.problem.text()
    assert dialog.isVisible() and dialog.alert_box.value() == 650
