"""The Training page's header: its title, the distance units and first day of the week, and the buttons that
add runs (by hand, from files, from a folder)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QWidget

from calfdesk.domain.units import UNIT_LABELS, UNITS
from calfdesk.importers.registry import format_kinds
from calfdesk.ui.widgets.accessible import tie
from calfdesk.ui.widgets.common import label
from calfdesk.ui.widgets.texts import domain_word


class TrainingHeader(QWidget):
    """Emits `unit_chosen(unit)` and `week_start_chosen(day)` when the runner picks them, and
    `add_requested`, `import_files_requested`, `import_folder_requested` from its buttons."""

    unit_chosen = Signal(str)
    week_start_chosen = Signal(str)
    add_requested = Signal()
    import_files_requested = Signal()
    import_folder_requested = Signal()

    def __init__(self, unit: str, week_start: str) -> None:
        super().__init__()
        header = QHBoxLayout(self)
        header.setContentsMargins(0, 0, 0, 0)
        header.setSpacing(8)
        header.addWidget(label(self.tr("Training"), "page-title"), 1)
        self.unit_combo = QComboBox()
        header.addWidget(tie(label(self.tr("Units"), "muted"), self.unit_combo))
        self.unit_combo.setAccessibleName(self.tr("Distance units"))
        for choice in UNITS:
            self.unit_combo.addItem(domain_word(UNIT_LABELS[choice]), choice)
        self.show_unit(unit)
        self.unit_combo.currentIndexChanged.connect(lambda _i: self.unit_chosen.emit(self.unit_combo.currentData()))
        header.addWidget(self.unit_combo)
        self.week_combo = QComboBox()
        header.addWidget(tie(label(self.tr("Weeks start on"), "muted"), self.week_combo))
        self.week_combo.setAccessibleName(self.tr("First day of the week"))
        self.week_combo.addItem(self.tr("Monday"), "monday")
        self.week_combo.addItem(self.tr("Sunday"), "sunday")
        self.week_combo.setCurrentIndex(max(0, self.week_combo.findData(week_start)))
        self.week_combo.currentIndexChanged.connect(
            lambda _i: self.week_start_chosen.emit(self.week_combo.currentData())
        )
        header.addWidget(self.week_combo)
        header.addSpacing(12)
        self.add_button = QPushButton(self.tr("Add run…"))
        self.add_button.setAccessibleName(self.tr("Add a run by hand"))
        self.add_button.clicked.connect(self.add_requested)
        self.import_button = QPushButton(self.tr("Import runs…"))
        self.import_button.setProperty("role", "primary")
        self.import_button.setAccessibleName(self.tr("Import runs from files"))
        self.import_button.setToolTip(
            self.tr(
                "Run files ({kinds}) and whole exports: Strava, Garmin Connect or Apple Health zip archives"
            ).format(kinds=", ".join(format_kinds()))
        )
        self.import_button.clicked.connect(self.import_files_requested)
        self.import_folder_button = QPushButton(self.tr("Import folder…"))
        self.import_folder_button.setAccessibleName(self.tr("Import every run file in a folder"))
        self.import_folder_button.setToolTip(
            self.tr("A folder of run files, an unpacked export, or a plugged-in watch's GARMIN folder")
        )
        self.import_folder_button.clicked.connect(self.import_folder_requested)
        header.addWidget(self.add_button)
        header.addWidget(self.import_folder_button)
        header.addWidget(self.import_button)

    def show_unit(self, unit: str) -> None:
        """Show `unit` as chosen without announcing it (it was chosen elsewhere, in Preferences)."""
        self.unit_combo.blockSignals(True)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(unit))
        self.unit_combo.blockSignals(False)
