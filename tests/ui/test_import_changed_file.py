"""File > Import CSV…: the Import button reads the file again; a file changed while its preview was open is
refused with a message and nothing is written, and a large file's preview shows counts of the whole file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from calfdesk.storage import diary_store
from calfdesk.ui.diary import transfer as diary_transfer


def diary_file(path: Path, rows: int, *, soreness: int = 3) -> Path:
    lines = ["date,time,context,soreness"]
    # One row a day, ending yesterday: no diary day lies after tomorrow.
    first = dt.date.today() - dt.timedelta(days=rows)
    lines += [f"{first + dt.timedelta(days=index)},07:00,morning,{soreness}" for index in range(rows)]
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return path


def test_a_file_changed_while_its_preview_is_open_imports_nothing(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = diary_file(tmp_path / "diary.csv", 3000)
    warnings: list[str] = []
    previews: list[diary_transfer.ImportPreview] = []

    def change_the_file_then_import(dialog: diary_transfer.ImportPreviewDialog) -> int:
        previews.append(dialog.preview)
        # Another program rewrites the file while the runner reads the preview: same size, other values.
        diary_file(source, 3000, soreness=4)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *_a: warnings.append(f"{title}: {text}"))
    monkeypatch.setattr(diary_transfer.ImportPreviewDialog, "exec", change_the_file_then_import)

    window.import_csv()
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)

    [preview] = previews
    assert (preview.new_count, len(preview.to_add)) == (3000, diary_transfer.ImportPreviewDialog.SHOWN_ROWS)
    [warning] = warnings
    assert warning.startswith("Nothing was imported") and "changed" in warning and "import it again" in warning
    assert diary_store.list_entries(window.context.db) == []


def test_the_preview_of_a_large_file_counts_every_row_and_shows_the_first(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = diary_file(tmp_path / "diary.csv", 5000)
    shown: list[diary_transfer.ImportPreviewDialog] = []

    def look(dialog: diary_transfer.ImportPreviewDialog) -> int:
        shown.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    monkeypatch.setattr(diary_transfer.ImportPreviewDialog, "exec", look)
    window.import_csv()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)

    [dialog] = shown
    assert "5000 new entries will be added" in dialog.summary.text()
    assert dialog.tabs.tabText(0) == "To add (5000)"
    assert dialog.tabs.widget(0).rowCount() == dialog.SHOWN_ROWS
    assert dialog.import_button.isEnabled()
    assert diary_store.list_entries(window.context.db) == []
