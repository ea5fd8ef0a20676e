"""A calm page for a section that is not part of this version yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from calfdesk.ui.context import AppContext
from calfdesk.ui.widgets.common import card, label, page_layout


class NotYetAvailablePage(QWidget):
    TITLE = ""
    EXPLANATION = ""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        layout = page_layout(self, self.TITLE)
        frame, inner = card()
        message = label(f"{self.TITLE} is not available yet.", "section-title")
        inner.addWidget(message)
        inner.addWidget(label(self.EXPLANATION, "muted", wrap=True))
        layout.addWidget(frame)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
