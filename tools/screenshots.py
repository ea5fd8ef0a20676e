"""`make screenshots`: render every page, empty and with 90 days of entries, in light and dark, in the language
CALFDESK_LANG names (English when it names none).

Usage: python -m tools.screenshots OUTPUT_DIR
Each feature appends its views to SHOTS: (file stem, function(window) -> widget to grab or None).
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QWidget

from calfdesk import i18n
from calfdesk.assets import available_languages
from calfdesk.settings import Settings
from calfdesk.storage import diary_store
from calfdesk.storage.database import open_database
from calfdesk.ui.shell.app import make_application
from calfdesk.ui.shell.main_window import MainWindow
from calfdesk.ui.tasks import wait_for_all
from calfdesk.ui.widgets import theme
from tools.journey_shots import JOURNEY_SHOTS
from tools.offscreen import offscreen_platform
from tools.rehab_shots import REHAB_SHOTS
from tools.sample_data import sample_entries
from tools.sample_training import add_sample_training
from tools.screenshots_assessment import assessment_shots

WINDOW_SIZE = (1280, 820)

Shot = tuple[str, Callable[[MainWindow], QWidget | None]]


def settle(rounds: int = 5) -> None:
    """Let background loads finish and queued results arrive."""
    for _ in range(rounds):
        wait_for_all()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def _page(key: str) -> Callable[[MainWindow], QWidget | None]:
    def show(window: MainWindow) -> QWidget | None:
        window.navigate(key)
        settle()
        return window

    return show


def _entry_dialog(window: MainWindow) -> QWidget | None:
    from calfdesk.ui.diary.entry_dialog import EntryDialog

    dialog = EntryDialog(window.context, parent=window)
    dialog.form.soreness.setValue(4)
    dialog.form.notes.setPlainText("Tight after the long run")
    dialog.show()
    settle()
    return dialog


def _restore_dialog(window: MainWindow) -> QWidget | None:
    from calfdesk.storage import backup as backup_store
    from calfdesk.ui.shell.restore_dialog import RestoreDialog

    dialog = RestoreDialog(window, window.context.db.data_dir, backup_store.list_backups(window.context.db.data_dir))
    dialog.show()
    settle()
    return dialog


def _diary_with_mileage(window: MainWindow) -> QWidget | None:
    page: Any = window.navigate("diary")
    settle()
    page.chart.weekly_check.setChecked(True)
    settle()
    return window


SHOTS: list[Shot] = [
    ("today", _page("today")),
    ("diary", _page("diary")),
    ("assessment", _page("assessment")),
    ("rehab", _page("rehab")),
    ("log-dialog", _entry_dialog),
    ("restore-dialog", _restore_dialog),
    *REHAB_SHOTS,
    ("training", _page("training")),
    ("progress", _page("progress")),
    ("diary-mileage", _diary_with_mileage),
    *JOURNEY_SHOTS,
]
# The language CALFDESK_LANG names is spoken before the list of shots reads the assessment's content, so that
# its texts are read in that language (render sets it again for a caller that changed it).
i18n.set_language(i18n.choose_language("", available_languages(), desktop=i18n.ENGLISH))
SHOTS += assessment_shots()


def grab(widget: QWidget, target: Path) -> None:
    widget.repaint()
    settle(2)
    if not widget.grab().save(str(target)):
        raise OSError(f"could not write {target}")


def render(out_dir: Path, *, shots: list[Shot] | None = None) -> list[Path]:
    config = None
    if os.environ["QT_QPA_PLATFORM"] == "offscreen" and QCoreApplication.instance() is None:
        # A screen larger than the window, so it keeps WINDOW_SIZE instead of fitting the default 800×800.
        os.environ["QT_QPA_PLATFORM"], config = offscreen_platform(1600, 1000)
    # The language CALFDESK_LANG names, else English whatever the desktop speaks: `make screenshots` renders an
    # English set, then a German one.
    i18n.set_language(i18n.choose_language("", available_languages(), desktop=i18n.ENGLISH))
    app = make_application()
    if config is not None:
        config.unlink()  # Qt read it as the application started
    written: list[Path] = []
    out_dir.mkdir(parents=True, exist_ok=True)
    for theme_name in ("light", "dark"):
        theme.apply(app, theme_name)
        for dataset in ("empty", "90days"):
            with tempfile.TemporaryDirectory() as folder:
                data_dir = Path(folder)
                db = open_database(data_dir)
                if dataset == "90days":
                    diary_store.add_entries_bulk(db, sample_entries(90))
                    add_sample_training(db)
                window = MainWindow(db, Settings(data_dir), data_dir)
                window.resize(*WINDOW_SIZE)
                window.show()
                settle()
                for stem, make in shots if shots is not None else SHOTS:
                    widget = make(window)
                    if widget is None:
                        continue
                    target = out_dir / f"{stem}-{dataset}-{theme_name}.png"
                    grab(widget, target)
                    written.append(target)
                    if widget is not window:
                        widget.close()
                window.close()
                settle()
                db.close()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0] if args else "build/screenshots")
    for path in render(out_dir):
        print(path)
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 may crash while garbage-collecting Qt objects at exit.
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
