"""The runs table: newest first, sortable by any column, distances in the runner's unit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from calfdesk.domain.training import SOURCE_LABELS, Run
from calfdesk.domain.units import DistanceUnit, format_duration, format_elevation, format_pace, km_to_unit

HEADERS: Final = ("Date", "Distance", "Time", "Pace", "Climb", "Shoe", "Session", "Notes")
SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1
ID_ROLE: Final = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


def session_text(run: Run) -> str:
    return ", ".join(name for name, on in (("hills", run.hill), ("speed", run.speed)) if on)


class RunTableModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self._runs: list[Run] = []
        self.unit: DistanceUnit = "km"

    def set_runs(self, runs: Sequence[Run], unit: DistanceUnit) -> None:
        """Runs newest first."""
        self.beginResetModel()
        self._runs = list(runs)
        self.unit = unit
        self.endResetModel()

    def run_at(self, row: int) -> Run:
        return self._runs[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._runs)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return HEADERS[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        run = self._runs[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return run.id
        if role == SORT_ROLE:
            return (
                run.start.timestamp(),
                run.distance_km,
                run.duration_s,
                run.pace_s_per_km or 0.0,
                -1.0 if run.elevation_gain_m is None else run.elevation_gain_m,
                (run.shoe_name or "").lower(),
                session_text(run),
                run.notes.lower(),
            )[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                f"{run.start:%Y-%m-%d %H:%M}",
                f"{km_to_unit(run.distance_km, self.unit):.2f} {self.unit}",
                format_duration(run.duration_s),
                format_pace(run.duration_s, run.distance_km, self.unit),
                format_elevation(run.elevation_gain_m, self.unit),
                run.shoe_name or "",
                session_text(run),
                (run.notes or run.title).replace("\n", " "),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                source = SOURCE_LABELS[run.source]
                return f"{source}: {run.source_file}" if run.source_file else source
            if column == 7 and (run.notes or run.title):
                return run.notes or run.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def sorted_view(model: RunTableModel) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
