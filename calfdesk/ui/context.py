"""What every page is given: the open data file, settings, change notifications, undo and navigation."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack

from calfdesk.settings import Settings
from calfdesk.storage.database import Database


class Changes(enum.Flag):
    """What a write changed; pages that show that kind of data read again (see `ui.operations.write`)."""

    NONE = 0
    DIARY = enum.auto()
    ASSESSMENT = enum.auto()
    REHAB = enum.auto()
    TRAINING = enum.auto()


class AppEvents(QObject):
    """Notices between pages. `changed(Changes)` after every write; `settings_changed(key)` after Preferences."""

    changed = Signal(object)
    settings_changed = Signal(str)
    refresh_requested = Signal()
    # Once, when the window has shown its first page with its data.
    started = Signal()


@dataclass
class AppContext:
    db: Database
    settings: Settings
    events: AppEvents
    undo_stack: QUndoStack
    navigate: Callable[..., Any] = field(default=lambda key, **kwargs: None)
    show_status: Callable[[str], None] = field(default=lambda text: None)
    # False while the window is still showing its first page (see `when_started`).
    started: bool = True

    def when_started(self, load: Callable[[], None]) -> None:
        """Run `load` now, or once the window has shown its first page: extras such as pattern cards and
        warnings then never compete with the first page's own data for the interpreter."""
        if self.started:
            load()
        else:
            self.events.started.connect(load, Qt.ConnectionType.SingleShotConnection)
