"""Fuzzing the window's CSV import: every file ends in an explanation dialog or a preview, never a crash, and a
file with problems imports nothing."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QDialog, QMessageBox

from calfdesk import paths
from calfdesk.ui.diary import transfer as diary_transfer
from tests.cli.test_import_fuzz import diary_csv_bytes
from tests.cli.test_other_input_fuzz import mutated_run_file
from tests.reliability import entry_ids


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=diary_csv_bytes() | st.binary(max_size=300))
def test_any_file_gives_a_dialog_or_a_preview(
    window, qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, data: bytes
) -> None:
    with tempfile.NamedTemporaryFile(suffix=".csv", delete=False) as handle:
        handle.write(data)
    source = Path(handle.name)
    warnings: list[str] = []
    previews: list[diary_transfer.ImportPreview] = []

    def preview_shown(dialog: diary_transfer.ImportPreviewDialog) -> int:
        previews.append(dialog.preview)
        if dialog.import_button.isEnabled():
            return QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(diary_transfer.QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warnings.append(f"{title}: {text}"))
    monkeypatch.setattr(diary_transfer.ImportPreviewDialog, "exec", preview_shown)
    before = entry_ids(paths.database_path(data_dir))
    try:
        window.import_csv()
        qtbot.waitUntil(lambda: bool(warnings or previews), timeout=10_000)
        if previews and previews[0].can_import and previews[0].new_count:
            expected = len(before) + previews[0].new_count
            qtbot.waitUntil(lambda: len(entry_ids(paths.database_path(data_dir))) == expected, timeout=10_000)
        else:
            assert entry_ids(paths.database_path(data_dir)) == before
        assert not any("Something went wrong" in text for text in warnings), warnings
    finally:
        source.unlink()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(item=mutated_run_file())
def test_any_run_file_ends_in_the_import_report(
    window, qtbot, monkeypatch: pytest.MonkeyPatch, item: tuple[str, bytes]
) -> None:
    name, data = item
    folder = Path(tempfile.mkdtemp())
    source = folder / name
    source.write_bytes(data)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warnings.append(f"{title}: {text}"))
    page = window.navigate("training")
    try:
        with qtbot.waitSignal(page.import_finished, timeout=15_000) as finished:
            page.start_import([source])
        (report,) = finished.args
        (file_report,) = report.files
        shown = page.import_panel.report_label.text()
        assert name in shown
        assert ("not imported" in shown) if file_report.error is not None else ("✓" in shown)
        assert warnings == []
    finally:
        source.unlink()
        folder.rmdir()
