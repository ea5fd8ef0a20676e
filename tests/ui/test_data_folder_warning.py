"""The window warns when the folder holding the runner's health data can be opened by other users of the
computer, says how to fix it, and never changes the folder itself; a private folder gets no warning."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from calfdesk.ui.shell import app
from calfdesk.ui.shell.main_window import MainWindow


def start_window(qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """Start the window as `calfdesk --smoke` does (its event loop run by qtbot); the status bar's message once
    the window has loaded its data and closed."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen: list[str] = []
    windows: list[MainWindow] = []

    def event_loop(_app: QApplication) -> int:
        [window] = [
            widget
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.context.db.data_dir == data_dir
        ]
        windows.append(window)
        seen.append(window.statusBar().currentMessage())
        # --smoke closes the window once it has painted and loaded its data.
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=20_000)
        seen.append(window.statusBar().currentMessage())
        return 0

    monkeypatch.setattr(QApplication, "exec", event_loop)
    try:
        assert app.run_gui(data_dir, smoke=True, data_dir_overridden=True) == 0
    finally:
        gc.unfreeze()
        for window in windows:
            window.deleteLater()
    first, last = seen
    assert first == last, "nothing replaced the warning while the window loaded"
    return last


@pytest.mark.parametrize("mode", [0o755, 0o750, 0o777])
def test_a_folder_others_can_open_is_warned_about_with_the_fix(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: int
) -> None:
    data_dir = tmp_path / "shared-data"
    data_dir.mkdir()
    data_dir.chmod(mode)

    message = start_window(qtbot, data_dir, monkeypatch)

    assert message.startswith("Warning:")
    assert str(data_dir) in message and "other users" in message
    assert f"chmod 700 '{data_dir}'" in message
    assert data_dir.stat().st_mode & 0o777 == mode, "the folder itself is never changed"


def test_a_private_folder_gets_no_warning(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "private-data"
    data_dir.mkdir(mode=0o700)
    data_dir.chmod(0o700)

    message = start_window(qtbot, data_dir, monkeypatch)

    assert "Warning" not in message and "chmod" not in message
    assert data_dir.stat().st_mode & 0o777 == 0o700
