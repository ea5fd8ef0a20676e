"""First run: the welcome with the medical disclaimer comes once, and only an acknowledgement lets it go."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from calfdesk.settings import Settings
from calfdesk.ui.shell import welcome_dialog
from calfdesk.ui.shell.welcome_dialog import WelcomeDialog, greet_on_first_run, welcome_if_first_run


def _answer_welcome(qtbot, *, acknowledge: bool) -> None:
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog) and w.isVisible())
    assert "does not diagnose" in dialog.disclaimer.text()
    assert not dialog.start_button.isEnabled(), "starting needs the acknowledgement first"
    if acknowledge:
        qtbot.mouseClick(dialog.understood, Qt.MouseButton.LeftButton)
        assert dialog.start_button.isEnabled()
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(dialog.quit_button, Qt.MouseButton.LeftButton)


def test_the_welcome_is_shown_until_acknowledged_and_never_again(qtbot, tmp_path: Path, monkeypatch) -> None:
    settings = Settings(tmp_path)
    QTimer.singleShot(0, lambda: _answer_welcome(qtbot, acknowledge=True))
    assert welcome_if_first_run(settings) is True
    assert Settings(tmp_path).get("disclaimer_acknowledged") is True

    def must_not_open(_self) -> int:
        raise AssertionError("the welcome came back")

    monkeypatch.setattr(WelcomeDialog, "exec", must_not_open)
    assert welcome_if_first_run(Settings(tmp_path)) is True


def test_quitting_the_welcome_closes_the_window_and_asks_again_next_time(window, qtbot, tmp_path: Path) -> None:
    settings = Settings(tmp_path)
    QTimer.singleShot(50, lambda: _answer_welcome(qtbot, acknowledge=False))
    greet_on_first_run(window, settings)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    assert welcome_dialog.needs_welcome(Settings(tmp_path))


def test_tests_and_windows_built_directly_see_no_welcome(window) -> None:
    assert not any(isinstance(w, WelcomeDialog) and w.isVisible() for w in QApplication.topLevelWidgets())


@pytest.mark.parametrize("acknowledged", [False, True])
def test_dialog_result_matches_the_choice(qtbot, acknowledged: bool) -> None:
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    QTimer.singleShot(0, lambda: _answer_welcome(qtbot, acknowledge=acknowledged))
    expected = QDialog.DialogCode.Accepted if acknowledged else QDialog.DialogCode.Rejected
    assert dialog.exec() == expected
