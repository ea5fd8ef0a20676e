"""Opening calfdesk paints the window first, then loads: the opening frame is on screen before the data file
is opened and before SQLAlchemy or the pages are imported, and Alembic stays unloaded for a current file."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from calfdesk.domain.diary import DiaryEntry
from calfdesk.domain.rehab import HeelRaiseTest
from calfdesk.services import rehab
from calfdesk.storage import diary_store, rehab_store
from calfdesk.storage.database import open_database


def test_the_window_entry_point_imports_neither_sqlalchemy_nor_the_pages() -> None:
    code = (
        "import sys; import calfdesk.ui.shell.app; "
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'calfdesk.ui.shell.main_window', "
        "'calfdesk.storage.database') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_the_opening_frame_paints_before_the_data_file_opens(tmp_path: Path, monkeypatch) -> None:
    from calfdesk.ui.shell import app, recovery
    from calfdesk.ui.shell.opening import OpeningFrame

    folder = tmp_path / "d"
    open_database(folder).close()
    seen: list[tuple[bool, tuple[int, int]]] = []
    opened = recovery.open_data_folder

    def open_after_checking(data_dir: Path):  # type: ignore[no-untyped-def]
        frames = [w for w in QApplication.topLevelWidgets() if isinstance(w, OpeningFrame) and w.isVisible()]
        seen.append((bool(frames) and frames[0].painted, (frames[0].width(), frames[0].height()) if frames else (0, 0)))
        return opened(data_dir)

    monkeypatch.setattr(recovery, "open_data_folder", open_after_checking)
    assert app.run_gui(folder, smoke=True, data_dir_overridden=True) == 0
    assert seen and seen[0][0], "the frame was painted before the data file was opened"
    assert min(seen[0][1]) > 300, "at the window's size, not a small splash"
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, OpeningFrame) and w.isVisible()]


def test_smoke_on_a_current_file_imports_neither_sqlalchemy_nor_the_migration_machinery(tmp_path: Path) -> None:
    """The window reads and writes through sqlite3: SQLAlchemy (and Alembic) load only to upgrade a file. Today
    here has all it can show: a running plan, a heel-raise test and a diary entry."""
    folder = tmp_path / "d"
    db = open_database(folder)
    try:
        today = dt.date.today()
        rehab.start_plan(db, "achilles_tendinopathy", side="left", today=today - dt.timedelta(days=3))
        rehab_store.add_heel_raise_test(db, HeelRaiseTest(today, 18, 25), None)
        diary_store.add_entry(db, DiaryEntry(today, dt.time(7, 30), 3, "morning", "achilles", "left"))
    finally:
        db.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "calfdesk", "--data-dir", str(folder), "--smoke"],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    imported = {line.split("|")[-1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}
    assert "calfdesk.storage.rehab_store" in imported, "the check itself sees the start-up's imports"
    assert not {name for name in imported if name.split(".")[0] in ("alembic", "sqlalchemy", "sqlmodel")}


def test_the_frame_closes_when_the_window_is_closed_before_it_could_paint(qtbot, tmp_path: Path) -> None:
    from calfdesk.ui.shell.opening import OpeningFrame

    frame = OpeningFrame(tmp_path)
    qtbot.addWidget(frame)
    frame.show()
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    frame.hand_over(window)
    window.close()
    assert not frame.isVisible(), "no frame is left standing for a window that is gone"
