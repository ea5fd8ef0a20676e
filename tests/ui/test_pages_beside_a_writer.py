"""Reads are reads in the window too: while another process holds the write lock, the window starts and
every page loads its data at once (WAL lets reads run beside a writer)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from calfdesk.ui.shell.pages import PAGES
from tests.reliability import another_process_writing, make_diary


def test_every_page_loads_while_another_process_writes(
    make_window, data_dir: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    problems: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _parent, _title, text, *_: problems.append(text)))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _parent, _title, text, *_: problems.append(text)))
    make_diary(data_dir, 30)
    with another_process_writing(data_dir, "DELETE FROM diary_entry"):
        started = time.monotonic()
        window = make_window()
        for spec in PAGES:
            window.navigate(spec.key)
        diary_page = window.page("diary")
        # The uncommitted delete is not seen: the 30 committed entries are.
        qtbot.waitUntil(lambda: diary_page.model.rowCount() == 30, timeout=4000)
        training_page = window.page("training")
        qtbot.waitUntil(lambda: not training_page._loading, timeout=4000)
        took = time.monotonic() - started
    # A read waiting for the lock would wait busy_timeout (5 s) for each query.
    assert took < 4.5, f"the window took {took:.1f} s beside a writer"
    assert problems == []
