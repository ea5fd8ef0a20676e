"""Today-page warnings about training load: a fast ramp, a lot of climbing or speed work, worn shoes.

Each says what is high, why, and what the article advises, with a way to the Training page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from calfdesk.domain.load_warnings import LoadWarning
from calfdesk.services import training
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import read
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import clear_layout
from calfdesk.ui.widgets.plain_text import escaped


class TrainingNotices(QWidget):
    """Emits `loaded` after each reload."""

    loaded = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setAccessibleName(self.tr("Training warnings"))
        self.warnings: list[LoadWarning] = []
        self._reading = 0
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)
        context.events.changed.connect(lambda changes: self.reload() if changes & Changes.TRAINING else None)
        context.events.settings_changed.connect(lambda key: self.reload() if key in ("units", "week_start") else None)
        context.events.refresh_requested.connect(self.reload)
        context.when_started(self.reload)

    def reload(self) -> None:
        weekday, unit = self.context.settings.first_weekday, self.context.settings.units
        self._reading += 1
        reading = self._reading
        read(
            self.context,
            lambda db: (reading, training.today_warnings(db, weekday, unit=unit)),
            self._show,
            parent=self,
            error_title=self.tr("Training warnings could not be loaded"),
        )

    def _show(self, result: tuple[int, list[LoadWarning]]) -> None:
        reading, warnings = result
        if reading != self._reading:
            return  # a later read is under way: only the freshest is shown
        self.warnings = warnings
        clear_layout(self._layout)
        for warning in warnings:
            self._layout.addWidget(self._banner(warning))
        self.setVisible(bool(warnings))
        self.loaded.emit()

    def _banner(self, warning: LoadWarning) -> QWidget:
        frame = QFrame()
        frame.setProperty("warning", warning.id)
        row = QHBoxLayout(frame)
        row.setContentsMargins(0, 0, 0, 0)
        text = QLabel(f"<b>{escaped(warning.title)}.</b> {escaped(warning.reason)}<br>{escaped(warning.advice)}")
        text.setProperty("role", "banner-warning")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        caption(text, warning.title)
        row.addWidget(text, 1)
        button = QPushButton(self.tr("See training"))
        button.setAccessibleName(self.tr("See training: {title}").format(title=warning.title))
        button.clicked.connect(lambda: self.context.navigate("training"))
        row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        return frame
