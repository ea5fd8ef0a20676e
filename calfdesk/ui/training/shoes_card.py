"""The Training page's shoes card, across the page: each shoe's mileage against its alert distance, and adding a
shoe."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from calfdesk.domain.load_warnings import info_text
from calfdesk.ui.training.shoe_list import ShoeList
from calfdesk.ui.widgets.common import card_layout, label


class ShoesCard(QFrame):
    """Emits `add_requested`; the list's own requests come through `shoe_list`."""

    add_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        layout = card_layout(self, spacing=10)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Shoes"), "section-title"), 1)
        self.add_button = QPushButton(self.tr("Add shoe…"))
        self.add_button.setAccessibleName(self.tr("Add a shoe"))
        self.add_button.clicked.connect(self.add_requested)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        self.shoe_list = ShoeList()
        layout.addWidget(self.shoe_list)
        layout.addWidget(label(info_text("shoes"), "muted", wrap=True))
