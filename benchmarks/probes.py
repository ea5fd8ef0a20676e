"""Measurements inside a running window, each in its own process: `python -m benchmarks.probes NAME ARGS`.

Prints one JSON object on the last line of stdout. The runner (which never imports Qt) starts these.

- `diary-open DATA`: click the Diary page of a shown window; ms until its chart and table are filled and
  painted (pyqtgraph's first import included, as a runner would feel it).
- `diary-open-floor DATA`: the same window; ms to import pyqtgraph, read the diary's dates and soreness with
  sqlite3 and show them as one scatter plot beside a table of the raw tuples.
- `redraw DATA ROUNDS`: the open Diary page and a bare plot of the same points, panned and zoomed in turn;
  ms per frame from the view change to the painted frame.
- `runs-import DATA GPX_DIR`: import every GPX file through the Training page (its background task) while a
  10 ms heartbeat timer runs; seconds, the longest the event loop was blocked, and the progress shown.
"""

from __future__ import annotations

import itertools
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QEventLoop, QModelIndex, QObject, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QHBoxLayout, QTableView, QWidget

from calfdesk.settings import Settings
from calfdesk.storage.database import Database, open_database
from calfdesk.ui.shell.app import make_application, settle_collector
from calfdesk.ui.shell.main_window import MainWindow
from calfdesk.ui.widgets import theme

HEARTBEAT_MS = 10
WAIT_LIMIT_MS = 600_000


def wait_for(signal: SignalInstance, timeout_ms: int = WAIT_LIMIT_MS) -> None:
    loop = QEventLoop()
    signal.connect(loop.quit)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(lambda: loop.exit(1))
    timer.start(timeout_ms)
    if loop.exec() != 0:
        raise TimeoutError(f"no signal within {timeout_ms} ms")
    signal.disconnect(loop.quit)


def shown_window(data_dir: Path) -> tuple[QApplication, MainWindow, Database]:
    app = make_application()
    theme.apply(app, "light")
    db = open_database(data_dir)
    window = MainWindow(db, Settings(data_dir), data_dir)
    window.resize(1180, 780)
    window.show()
    settle_collector(window)
    wait_for(window.ready)
    return app, window, db


class PaintCounter(QObject):
    """Counts paint events of a widget, to tell whether a frame was drawn."""

    def __init__(self, target: QWidget) -> None:
        super().__init__()
        self.count = 0
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def frame_ms(app: QApplication, viewport: QWidget, counter: PaintCounter, change: Callable[[], None]) -> float:
    """Time from a view change to its painted frame (work left over from earlier frames is done first)."""
    app.processEvents()
    before = counter.count
    start = time.perf_counter()
    change()
    app.processEvents()
    if counter.count == before:
        viewport.repaint()
    return (time.perf_counter() - start) * 1000.0


def idle_until_preloaded(app: QApplication, window: MainWindow) -> None:
    """Let the window sit idle, as it does before a runner's first click, until its background imports end."""
    while not window.preloader.done.is_set():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)


def diary_open(data_dir: Path, *, cold: bool = False) -> dict[str, Any]:
    app, window, db = shown_window(data_dir)
    if not cold:
        idle_until_preloaded(app, window)
    start = time.perf_counter()
    window.navigate("diary")
    page: Any = window.page("diary")
    if page.model.rowCount() == 0:
        wait_for(page.loaded)
    window.repaint()
    elapsed = (time.perf_counter() - start) * 1000.0
    rows = page.model.rowCount()
    window.close()
    db.close()
    return {"ms": elapsed, "rows": rows}


class TupleModel(QAbstractTableModel):
    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return len(self.rows)

    def columnCount(self, parent: Any = QModelIndex()) -> int:  # noqa: B008
        return 3

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.rows[index.row()][index.column()])
        return None


def bare_plot(rows: list[tuple[str, str, int]]) -> Any:
    import numpy as np
    import pyqtgraph as pg

    stamps = np.array([f"{day}T{clock}" for day, clock, _ in rows], dtype="datetime64[s]").astype(float)
    values = np.fromiter((row[2] for row in rows), dtype=float, count=len(rows))
    widget = pg.PlotWidget(axisItems={"bottom": pg.DateAxisItem(orientation="bottom", utcOffset=0)})
    plot = widget.getPlotItem()
    plot.setClipToView(True)
    plot.setDownsampling(auto=True, mode="peak")
    plot.plot(stamps, values, pen=None, symbol="o", symbolSize=8)
    return widget, plot, stamps


def diary_open_floor(data_dir: Path) -> dict[str, Any]:
    import sqlite3

    app, window, db = shown_window(data_dir)
    idle_until_preloaded(app, window)
    start = time.perf_counter()
    connection = sqlite3.connect(db.path)
    rows = connection.execute(
        "SELECT local_date, local_time, soreness FROM diary_entry ORDER BY local_date, local_time"
    ).fetchall()
    connection.close()
    holder = QWidget()
    layout = QHBoxLayout(holder)
    widget, _plot, _stamps = bare_plot(rows)
    layout.addWidget(widget, 2)
    table = QTableView()
    table.setModel(TupleModel(rows))
    layout.addWidget(table, 1)
    window.stack.addWidget(holder)
    window.stack.setCurrentWidget(holder)
    window.repaint()
    elapsed = (time.perf_counter() - start) * 1000.0
    window.close()
    db.close()
    return {"ms": elapsed, "rows": len(rows)}


def view_changes(view: Any, span: tuple[float, float], rounds: int) -> list[Callable[[], None]]:
    """What a runner does with the mouse: zoom out step by step, drag across the years, zoom back in."""
    low, high = span
    steps: list[Callable[[], None]] = []
    for _ in range(rounds):
        steps += [lambda: view.scaleBy(x=1.6) for _ in range(12)]
        steps += [lambda: view.translateBy(x=-(high - low) / 25) for _ in range(12)]
        steps += [lambda: view.translateBy(x=(high - low) / 25) for _ in range(12)]
        steps += [lambda: view.scaleBy(x=1 / 1.6) for _ in range(12)]
    return steps


def redraw(data_dir: Path, rounds: int) -> dict[str, Any]:
    import sqlite3

    app, window, db = shown_window(data_dir)
    window.navigate("diary")
    page: Any = window.page("diary")
    if page.model.rowCount() == 0:
        wait_for(page.loaded)
    chart = page.chart
    chart.show_last(90)
    connection = sqlite3.connect(db.path)
    rows = connection.execute(
        "SELECT local_date, local_time, soreness FROM diary_entry ORDER BY local_date, local_time"
    ).fetchall()
    connection.close()
    bare, bare_item, stamps = bare_plot(rows)
    bare.resize(chart.plot_widget.size())
    bare.show()
    bare_view = bare_item.getViewBox()
    bare_view.setXRange(*chart.visible_x_range(), padding=0)
    app.processEvents()
    span = (float(stamps.min()), float(stamps.max())) if len(stamps) else (0.0, 1.0)
    page_view = chart.plot.getViewBox()
    page_counter = PaintCounter(chart.plot_widget.viewport())
    bare_counter = PaintCounter(bare.viewport())
    # One untimed frame each, so first-paint work (fonts, caches) is not counted as a redraw.
    frame_ms(app, chart.plot_widget.viewport(), page_counter, chart.plot_widget.viewport().update)
    frame_ms(app, bare.viewport(), bare_counter, bare.viewport().update)
    measured: list[float] = []
    baseline: list[float] = []
    for page_step, bare_step in zip(
        view_changes(page_view, span, rounds), view_changes(bare_view, span, rounds), strict=True
    ):
        measured.append(frame_ms(app, chart.plot_widget.viewport(), page_counter, page_step))
        baseline.append(frame_ms(app, bare.viewport(), bare_counter, bare_step))
    bare.close()
    window.close()
    db.close()
    return {"measured_ms": measured, "baseline_ms": baseline, "points": len(rows)}


def runs_import(data_dir: Path, gpx_dir: Path) -> dict[str, Any]:
    """Import through the Training page, as a runner does, while a heartbeat timer watches the event loop."""
    app, window, db = shown_window(data_dir)
    page: Any = window.navigate("training")
    files = sorted(gpx_dir.glob("*.gpx"))
    ticks: list[float] = []
    progress: list[int] = []
    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heartbeat.start()
    idle_until_preloaded(app, window)
    idle_start = time.perf_counter()
    while time.perf_counter() - idle_start < 1.0:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    idle_gaps = [b - a for a, b in itertools.pairwise(ticks)]
    ticks.clear()
    page.import_panel.progress.valueChanged.connect(progress.append)
    start = time.perf_counter()
    ticks.append(start)
    reports: list[Any] = []
    page.import_finished.connect(reports.append)
    page.start_import(files)
    wait_for(page.import_finished)
    seconds = time.perf_counter() - start
    # The page and the diary reload after an import: the loop must stay free then too.
    settle = time.perf_counter()
    while time.perf_counter() - settle < 1.0:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)
    heartbeat.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    report = reports[0]
    window.close()
    db.close()
    return {
        "seconds": seconds,
        "files": len(files),
        "added": report.added,
        "failed": [f"{item.name}: {item.error}" for item in report.failed],
        "max_block_ms": max(gaps, default=0.0) * 1000.0,
        "idle_max_block_ms": max(idle_gaps, default=0.0) * 1000.0,
        "progress_reports": len(progress),
        # The five longest blocks: milliseconds, and seconds after the import started when they ended.
        "longest_blocks": sorted(
            ((round((b - a) * 1000.0, 1), round(b - start, 2)) for a, b in itertools.pairwise(ticks)), reverse=True
        )[:5],
    }


def main(argv: list[str]) -> int:
    name, *args = argv
    result: dict[str, Any]
    if name == "diary-open":
        result = diary_open(Path(args[0]))
    elif name == "diary-open-cold":
        result = diary_open(Path(args[0]), cold=True)
    elif name == "diary-open-floor":
        result = diary_open_floor(Path(args[0]))
    elif name == "redraw":
        result = redraw(Path(args[0]), int(args[1]))
    elif name == "runs-import":
        result = runs_import(Path(args[0]), Path(args[1]))
    else:
        print(f"unknown probe {name}", file=sys.stderr)
        return 2
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    code = main(sys.argv[1:])
    sys.stdout.flush()
    # Skip interpreter teardown: collecting pyqtgraph's and Qt's objects at exit can crash, and it is not measured.
    os._exit(code)
