"""Text the runner or a file supplied is shown exactly as written: with hostile notes, run titles, shoe names and
file names in the data, every page and dialog is walked, and no widget, tooltip, table cell, chart label or
message box holds that text where Qt would render it as rich text (an image tag there loads a file)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QAbstractItemView, QGraphicsTextItem, QHeaderView, QLabel, QMessageBox, QWidget

from calfdesk.domain.diary import make_entry
from calfdesk.domain.runs import make_run
from calfdesk.domain.shoes import make_shoe
from calfdesk.services import training
from calfdesk.storage import diary_store
from calfdesk.ui.shell.pages import PAGES
from tests.training_files import START, gpx_text

# An image tag Qt would load (a file, or /dev/zero which aborts the window) if it read the text as HTML.
MARK = "HOSTILE"
HOSTILE = f'<b>{MARK}</b><img src="file:///dev/zero">'
FILE_HOSTILE = f"<b>{MARK}<img src=x>"  # no slash: it is a file name


def rendered_as_html(text: str, rich: bool) -> bool:
    """Whether `text`, shown by a widget that reads it as rich text when `rich`, would interpret the hostile
    markup (it carries the raw tag rather than an escaped one)."""
    return rich and f"<b>{MARK}" in text


def label_problems(root: QWidget) -> list[str]:
    found = []
    for label in root.findChildren(QLabel):
        text = label.text()
        auto = label.textFormat() == Qt.TextFormat.AutoText and QtGui.mightBeRichText(text)
        if rendered_as_html(text, label.textFormat() == Qt.TextFormat.RichText or auto):
            found.append(f"label {label.objectName() or label.accessibleName()!r}: {text[:120]!r}")
    for widget in [root, *root.findChildren(QWidget)]:
        tip = widget.toolTip()
        if rendered_as_html(tip, QtGui.mightBeRichText(tip)):
            found.append(f"tooltip of {type(widget).__name__}: {tip[:120]!r}")
    for view in root.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView):  # shows its table's model, checked with the table
            continue
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model's columnCount is not callable from Python: it has one column
            columns = 1
        for row in range(min(model.rowCount(QModelIndex()), 200)):
            for column in range(columns):
                index = model.index(row, column, QModelIndex())
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and rendered_as_html(tip, QtGui.mightBeRichText(tip)):
                    found.append(f"cell tooltip in {type(view).__name__} row {row}: {tip[:120]!r}")
    return found


def scene_problems(root: QWidget) -> list[str]:
    """Chart labels (pyqtgraph text items) drawn from HTML: the hostile text must come out literally."""
    import pyqtgraph as pg

    found = []
    for plot in root.findChildren(pg.PlotWidget):
        for item in plot.scene().items():
            if isinstance(item, QGraphicsTextItem) and MARK in item.toPlainText():
                shown = item.toPlainText()
                if f"<b>{MARK}</b>" not in shown:
                    found.append(f"chart text {shown[:120]!r}")
    return found


@pytest.fixture
def hostile_window(make_window, data_dir: Path, tmp_path: Path, qtbot):
    from calfdesk.storage.database import open_database

    db = open_database(data_dir)
    today = dt.date.today()
    for days in range(8):
        diary_store.add_entry(
            db,
            make_entry(
                local_date=today - dt.timedelta(days=days),
                local_time=dt.time(8, 0),
                soreness=3 + days % 4,
                context="morning",
                location="calf",
                side="left",
                stiffness_min=10,
                notes=f"{HOSTILE} day {days}",
            ),
        )
    shoe = training.add_shoe(db, make_shoe(name=f"{HOSTILE} shoe", start_km=900.0, alert_km=800.0, is_default=True))
    for days in range(6):
        training.add_run(
            db,
            make_run(
                start=dt.datetime.combine(today - dt.timedelta(days=days), dt.time(7), tzinfo=dt.UTC),
                duration_s=1800,
                distance_km=6.0 + days,
                source="manual",
                title=f"{HOSTILE} run {days}",
                notes=f"{HOSTILE} notes",
                shoe_id=shoe.id,
            ),
        )
    db.close()
    window = make_window()
    for spec in PAGES:
        window.navigate(spec.key)
    return window


def test_every_page_shows_hostile_text_literally(hostile_window, qtbot, tmp_path: Path) -> None:
    window = hostile_window
    # A run file whose name is hostile and one that fails, so the import report quotes both.
    good = tmp_path / f"{FILE_HOSTILE}.gpx"
    good.write_text(gpx_text(start=START - dt.timedelta(days=30), name=HOSTILE.replace('"', "'")))
    bad = tmp_path / f"{FILE_HOSTILE} broken.gpx"
    bad.write_text("<gpx>")
    page = window.page("training")
    qtbot.waitUntil(lambda: not page._loading, timeout=5000)
    with qtbot.waitSignal(page.import_finished, timeout=20_000):
        page.start_import([good, bad])
    for spec in PAGES:
        window.navigate(spec.key)
    qtbot.wait(200)
    assert MARK in " ".join(label.text() for label in window.findChildren(QLabel)), "the hostile text is shown"
    assert label_problems(window) == []
    assert scene_problems(window) == []


def test_every_dialog_shows_hostile_text_literally(hostile_window, qtbot, tmp_path: Path) -> None:
    from calfdesk.services.diary import preview_import
    from calfdesk.storage import backup as backup_store
    from calfdesk.ui.diary.entry_dialog import EntryDialog
    from calfdesk.ui.diary.transfer import ExportRangeDialog, ImportPreviewDialog
    from calfdesk.ui.report.dialog import ReportDialog
    from calfdesk.ui.shell.preferences_dialog import PreferencesDialog
    from calfdesk.ui.shell.recovery import problem_box
    from calfdesk.ui.shell.restore_dialog import RestoreDialog
    from calfdesk.ui.training.dialogs import RunDialog, ShoeDialog

    window = hostile_window
    context = window.context
    runs = training.list_runs(context.db)
    csv = (
        "date,soreness,notes\n"
        f'2026-01-02,3,"{HOSTILE.replace(chr(34), chr(34) * 2)}"\n'
        f"2026-01-03,11,bad {FILE_HOSTILE}\n"
    ).encode()
    from calfdesk.errors import StorageError, StorageProblem

    dialogs = [
        PreferencesDialog(context, window, move_folder=lambda: None),
        ReportDialog(context, window),
        EntryDialog(context, window),
        ExportRangeDialog(window),
        ImportPreviewDialog(preview_import(context.db, csv), f"{FILE_HOSTILE}.csv", window),
        RunDialog(context, runs[0], parent=window),
        ShoeDialog(context, parent=window),
        RestoreDialog(window, context.db.data_dir, backup_store.list_backups(context.db.data_dir)),
        problem_box(
            window,
            StorageError(StorageProblem.CORRUPT, Path(FILE_HOSTILE), f"{FILE_HOSTILE} is damaged"),
            can_restore=True,
        )[0],
    ]
    problems = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        problems += [f"{type(dialog).__name__}: {problem}" for problem in label_problems(dialog)]
        dialog.close()
    assert problems == []


def test_message_boxes_show_hostile_text_literally(hostile_window, monkeypatch: pytest.MonkeyPatch) -> None:
    """Errors quote what the runner typed or the file held (a cell, a file name): shown literally."""
    from calfdesk.errors import InvalidInput, StorageError, StorageProblem
    from calfdesk.ui.widgets.messages import show_error

    asked: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(record))
    window = hostile_window
    show_error(window, "Not saved", InvalidInput(f"notes: '{HOSTILE}' is not accepted", field="notes"))
    show_error(window, "Not saved", StorageError(StorageProblem.LOCKED, Path(FILE_HOSTILE), f"{FILE_HOSTILE} busy"))
    assert len(asked) == 2
    assert [text for text in asked if rendered_as_html(text, QtGui.mightBeRichText(text))] == []
