from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from calfdesk.settings import Settings
from calfdesk.storage.database import Database, open_database


@pytest.fixture(autouse=True)
def no_desktop_notifications(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Reminders that would go to the desktop's notification service are recorded here instead."""
    from PySide6.QtCore import QObject, Signal

    from calfdesk.ui.shell import tray

    class Recorder(QObject):
        clicked = Signal(str)

        def show(self, reminder: object) -> bool:
            shown.append(reminder)
            return True

    shown: list[object] = []
    monkeypatch.setattr(tray, "make_desktop_notifications", lambda parent: Recorder(parent))
    return shown


@pytest.fixture
def make_window(qtbot, data_dir: Path) -> Iterator[Callable[..., object]]:
    """Build a main window on a temporary data folder (a second call reopens the same folder)."""
    from calfdesk.ui.shell.app import make_application
    from calfdesk.ui.shell.main_window import MainWindow
    from calfdesk.ui.widgets import theme

    opened: list[tuple[MainWindow, Database]] = []

    def build(*, show: bool = True) -> MainWindow:
        theme.apply(make_application(), "light")
        db = open_database(data_dir)
        window = MainWindow(db, Settings(data_dir), data_dir)
        qtbot.addWidget(window)
        opened.append((window, db))
        if show:
            with qtbot.waitSignal(window.ready, timeout=10_000):
                window.show()
        return window

    yield build
    for window, db in opened:
        window.close()
        db.close()


@pytest.fixture
def window(make_window):
    return make_window()
