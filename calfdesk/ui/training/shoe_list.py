"""Shoes with their mileage against the alert distance, and a clear alert once a shoe is past it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from calfdesk.domain.shoes import Shoe
from calfdesk.domain.units import DistanceUnit, format_distance, format_limit
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import clear_layout, label
from calfdesk.ui.widgets.plain_text import escaped

# Shoes side by side across the card, so each has room for its whole name.
COLUMNS: Final = 3


class ShoeRow(QFrame):
    default_clicked = Signal(int)
    retire_clicked = Signal(int, bool)

    def __init__(self, shoe: Shoe, unit: DistanceUnit) -> None:
        super().__init__()
        assert shoe.id is not None
        self.shoe = shoe
        shoe_id = shoe.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 8)
        layout.setSpacing(4)
        suffix = self.tr(" · default") if shoe.is_default else ""
        # The whole name on a line of its own (wrapped if it must be), never cut short beside the buttons.
        self.name_label = label(f"<b>{escaped(shoe.name)}</b>{suffix}", wrap=True)
        caption(self.name_label, self.tr("Shoe {name}").format(name=shoe.name))
        layout.addWidget(self.name_label)
        self.default_button = QPushButton(self.tr("Make default"))
        self.default_button.setAccessibleName(self.tr("Make {name} the default shoe").format(name=shoe.name))
        self.default_button.setToolTip(self.tr("New and imported runs that name no shoe go on the default shoe"))
        self.default_button.clicked.connect(lambda: self.default_clicked.emit(shoe_id))
        self.default_button.setVisible(not shoe.is_default)
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.setAccessibleName(self.tr("Retire {name}").format(name=shoe.name))
        self.retire_button.clicked.connect(lambda: self.retire_clicked.emit(shoe_id, True))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.retire_button)
        self.meter = QProgressBar()
        self.meter.setRange(0, 100)
        self.meter.setValue(min(100, round(shoe.worn_fraction * 100)))
        distance = format_distance(shoe.distance_km, unit, decimals=0)
        alert = format_limit(shoe.alert_km, unit)
        self.meter.setFormat(self.tr("{distance} of {alert}").format(distance=distance, alert=alert))
        self.meter.setAccessibleName(
            self.tr("{name}: {distance} of {alert}").format(name=shoe.name, distance=distance, alert=alert)
        )
        self.meter.setProperty("role", "worn" if shoe.past_alert else "")
        layout.addWidget(self.meter)
        self.alert_label = label(
            self.tr(
                "Past its alert distance of {alert}. Worn-out shoes are a common cause "
                "of Achilles pain: consider a new pair, then retire this one."
            ).format(alert=alert),
            "banner-error",
            wrap=True,
        )
        caption(self.alert_label, self.tr("{name} is past its alert distance").format(name=shoe.name))
        self.alert_label.setVisible(shoe.past_alert)
        layout.addWidget(self.alert_label)
        layout.addLayout(buttons)
        layout.addStretch(1)


class ShoeList(QWidget):
    """`default_requested(shoe_id)`, `retire_requested(shoe_id, retired)`."""

    default_requested = Signal(int)
    retire_requested = Signal(int, bool)

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Shoes"))
        self.rows: dict[int, ShoeRow] = {}
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.empty_label = label(self.tr("No shoes yet. Add one to track its mileage."), "muted", wrap=True)
        self.retired_label = label("", "muted", wrap=True)
        caption(self.retired_label, self.tr("Retired shoes"))
        self.bring_back_buttons: dict[int, QPushButton] = {}

    def set_shoes(self, shoes: Sequence[Shoe], unit: DistanceUnit) -> None:
        clear_layout(self._layout, keep=(self.empty_label, self.retired_label))
        self.rows = {}
        self.bring_back_buttons = {}
        active = [shoe for shoe in shoes if not shoe.retired]
        retired = [shoe for shoe in shoes if shoe.retired]
        self._layout.addWidget(self.empty_label)
        self.empty_label.setVisible(not shoes)
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        for index, shoe in enumerate(active):
            row = ShoeRow(shoe, unit)
            row.default_clicked.connect(self.default_requested)
            row.retire_clicked.connect(self.retire_requested)
            assert shoe.id is not None
            self.rows[shoe.id] = row
            grid.addWidget(row, index // COLUMNS, index % COLUMNS)
        self._layout.addLayout(grid)
        self._layout.addWidget(self.retired_label)
        self.retired_label.setVisible(bool(retired))
        if retired:
            self.retired_label.setText(
                self.tr("Retired: ") + ", ".join(f"{shoe.name} ({format_distance(shoe.distance_km, unit, decimals=0)})"
                                        for shoe in retired)
            )  # fmt: skip
            for shoe in retired:
                assert shoe.id is not None
                button = QPushButton(self.tr("Bring back {name}").format(name=shoe.name))
                button.setAccessibleName(self.tr("Bring back {name}").format(name=shoe.name))
                button.clicked.connect(lambda _=False, shoe_id=shoe.id: self.retire_requested.emit(shoe_id, False))
                self.bring_back_buttons[shoe.id] = button
                holder = QHBoxLayout()
                holder.addWidget(button)
                holder.addStretch(1)
                wrapper = QWidget()
                wrapper.setLayout(holder)
                holder.setContentsMargins(0, 0, 0, 0)
                self._layout.addWidget(wrapper)
