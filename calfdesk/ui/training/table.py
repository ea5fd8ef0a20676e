"""The runs table: newest first, sortable by any column, distances in the runner's unit.

The model sorts its own list with a key per column: years of runs sort in milliseconds, where a sort proxy
asking `data()` twice per comparison froze the window for a second.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from calfdesk.domain.long_run_spike import is_spike
from calfdesk.domain.runs import HILL_CLIMB_M_PER_KM, Run, is_hill_climb
from calfdesk.domain.sources import run_source
from calfdesk.domain.units import DistanceUnit, format_distance, format_duration, format_elevation, format_pace
from calfdesk.i18n import Texts
from calfdesk.ui.widgets.plain_text import literal
from calfdesk.ui.widgets.record_table import RecordModel
from calfdesk.ui.widgets.texts import domain_word, numeric_moment

HEADERS: Final = ("Date", "Distance", "Time", "Pace", "Climb", "Shoe", "Session", "Longer", "Run", "Notes")
SHOE_COLUMN: Final = HEADERS.index("Shoe")
SESSION_COLUMN: Final = HEADERS.index("Session")
# How far a run was over the longest of the 30 days before it, when that was more than about 10%.
SPIKE_COLUMN: Final = HEADERS.index("Longer")
TITLE_COLUMN: Final = HEADERS.index("Run")
NOTES_COLUMN: Final = HEADERS.index("Notes")
SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 1
ID_ROLE: Final = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


def session_text(run: Run) -> str:
    return ", ".join(name for name, on in (("hills", run.hill_session), ("speed", run.speed)) if on)


_tr = Texts(__name__)


def hill_tooltip(run: Run) -> str | None:
    """Why a run counts as a hill session: its climb per km against the rule, or the runner's own mark."""
    climb = run.climb_m_per_km
    if is_hill_climb(run.elevation_gain_m, run.distance_km) and climb is not None:
        return _tr("A hill session: it climbed {climb} m per km ({threshold} m or more counts as hills).").format(
            climb=f"{climb:.0f}", threshold=f"{HILL_CLIMB_M_PER_KM:.0f}"
        )
    if run.hill:
        return _tr("Marked by you as a hill session.")
    return None


# What each column sorts by (the SORT_ROLE values).
SORT_KEYS: Final[tuple[Callable[[Run], Any], ...]] = (
    lambda run: run.start.timestamp(),
    lambda run: run.distance_km,
    lambda run: run.duration_s,
    lambda run: run.pace_s_per_km or 0.0,
    lambda run: -1.0 if run.elevation_gain_m is None else run.elevation_gain_m,
    lambda run: (run.shoe_name or "").lower(),
    session_text,
    lambda run: 0.0,  # the spike column sorts by the model's own figures (see `RunTableModel.sort_key`)
    lambda run: run.title.lower(),
    lambda run: run.notes.lower(),
)


class RunTableModel(RecordModel):
    def __init__(self) -> None:
        super().__init__()
        self.HEADERS = tuple(_tr(header) for header in HEADERS)
        self._runs: list[Run] = []
        self.unit: DistanceUnit = "km"
        self.spikes: Mapping[int, float] = {}

    def set_runs(self, runs: Sequence[Run], unit: DistanceUnit, spikes: Mapping[int, float] | None = None) -> None:
        """Runs newest first; `spikes` by run id, how far each was over the longest run of the 30 days before."""
        self.beginResetModel()
        self._runs = list(runs)
        self.unit = unit
        self.spikes = {run_id: pct for run_id, pct in (spikes or {}).items() if is_spike(pct)}
        self.endResetModel()

    def sort_key(self, column: int) -> Callable[[Run], Any]:
        if column == SPIKE_COLUMN:
            return lambda run: self.spikes.get(run.id or 0, 0.0)
        return SORT_KEYS[column]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Stable, like the view's own sort: runs that tie keep their order."""
        self.layoutAboutToBeChanged.emit()
        previous = self.persistentIndexList()
        kept = [self._runs[index.row()].id if 0 <= index.row() < len(self._runs) else None for index in previous]
        self._runs.sort(key=self.sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        rows = {run.id: row for row, run in enumerate(self._runs)}
        self.changePersistentIndexList(
            previous,
            [
                self.index(rows[run_id], index.column()) if run_id in rows else QModelIndex()
                for run_id, index in zip(kept, previous, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def run_at(self, row: int) -> Run:
        return self._runs[row]

    def record_count(self) -> int:
        return len(self._runs)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        run = self._runs[index.row()]
        column = index.column()
        if role == ID_ROLE:
            return run.id
        if role == SORT_ROLE:
            return self.sort_key(column)(run)
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                numeric_moment(run.start),
                format_distance(run.distance_km, self.unit, decimals=2),
                format_duration(run.duration_s),
                format_pace(run.duration_s, run.distance_km, self.unit),
                format_elevation(run.elevation_gain_m, self.unit),
                run.shoe_name or "",
                session_text(run),
                self._spike_text(run),
                run.title,
                run.notes.replace("\n", " "),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                source = domain_word(run_source(run.source).label)
                return literal(f"{source}: {run.source_file}") if run.source_file else source
            if column == SESSION_COLUMN:
                return hill_tooltip(run)
            if column == SHOE_COLUMN and run.shoe_name:
                return literal(run.shoe_name)
            if column == SPIKE_COLUMN and self._spike_text(run):
                return self.tr("{pct}% longer than your longest run of the 30 days before it").format(
                    pct=f"{self.spikes[run.id or 0]:.0f}"
                )
            if column == TITLE_COLUMN and run.title:
                return literal(run.title)
            if column == NOTES_COLUMN and run.notes:
                return literal(run.notes)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2, 3, 4, SPIKE_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _spike_text(self, run: Run) -> str:
        pct = self.spikes.get(run.id or 0)
        return f"+{pct:.0f}%" if pct is not None else ""


class _SortedView(QSortFilterProxyModel):
    """Hands sorting to the model (see the module's note); maps rows one to one."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None and column >= 0:
            source.sort(column, order)


def sorted_view(model: RunTableModel) -> QSortFilterProxyModel:
    proxy = _SortedView()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
