"""`make screenshots` (second part): every page on real screen sizes, light and dark, in the language CALFDESK_LANG
names (English when it names none), with a year of diary entries and an old imported run history (eight years
of runs that end a year ago).

Usage: python -m tools.screen_sizes OUTPUT_DIR
Each size runs in its own process on an offscreen screen of that size (`QT_SCALE_FACTOR` for the scaled
ones), with the window opened as calfdesk opens it (no saved geometry). Besides the pictures, it checks what
a runner would notice and exits 1 naming any problem: a window outside the screen's available area, a diary or
runs table wider than its view (horizontal scrolling), a chart whose range is not its highlighted button.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any, Final

from tools.offscreen import offscreen_platform

# (width, height, scale): the most common laptop panels at 100%, full HD at 125% and 150%, QHD at 200%.
SIZES: Final = ((1280, 720, 1.0), (1366, 768, 1.0), (1920, 1080, 1.25), (1920, 1080, 1.5), (2560, 1440, 2.0))
PAGES: Final = ("today", "assessment", "rehab", "diary", "training", "progress")


def stem(width: int, height: int, scale: float) -> str:
    return f"{width}x{height}-{round(scale * 100)}pct"


def seed(data_dir: Path) -> None:
    from calfdesk.services import training
    from calfdesk.storage import diary_store
    from calfdesk.storage.database import open_database
    from tools.sample_data import sample_entries
    from tools.sample_training import add_sample_training, sample_runs

    db = open_database(data_dir)
    diary_store.add_entries_bulk(db, sample_entries(365))
    add_sample_training(db, days=0)
    training.import_runs(db, sample_runs(8 * 365, end=dt.date.today() - dt.timedelta(days=365)))
    db.close()


def problems_of(window: Any) -> list[str]:
    """What a runner would notice on this screen."""
    from PySide6.QtWidgets import QTableView

    found = []
    available = window.screen().availableGeometry()
    if not available.contains(window.geometry()):
        found.append(f"window {window.geometry()} outside the available area {available}")
    for key in ("diary", "training"):
        page = window.page(key)
        for table in page.findChildren(QTableView):
            if table.isVisible() and table.horizontalHeader().length() > table.viewport().width() + 1:
                found.append(f"{key}: table '{table.accessibleName()}' needs horizontal scrolling")
    chart = window.page("diary").chart
    days = chart.range_group.checkedId()
    low, high = chart.visible_x_range()
    expected_low, expected_high = chart.range_for(days)
    if abs((high - low) - (expected_high - expected_low)) > 0.05 * (expected_high - expected_low):
        found.append(f"diary chart shows {(high - low) / 86400:.0f} days with the {days} d button highlighted")
    return found


def render_one(width: int, height: int, scale: float, out_dir: Path) -> list[str]:
    from PySide6.QtCore import QCoreApplication, QEventLoop

    from calfdesk import i18n
    from calfdesk.assets import available_languages
    from calfdesk.settings import Settings
    from calfdesk.storage.database import open_database
    from calfdesk.ui.shell.app import make_application
    from calfdesk.ui.shell.main_window import MainWindow
    from calfdesk.ui.tasks import wait_for_all
    from calfdesk.ui.widgets import theme

    def settle(rounds: int = 6) -> None:
        for _ in range(rounds):
            wait_for_all()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)

    # The language CALFDESK_LANG names, else English whatever the desktop speaks (as tools.screenshots).
    i18n.set_language(i18n.choose_language("", available_languages(), desktop=i18n.ENGLISH))
    app = make_application()
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        seed(data_dir)
        for theme_name in ("light", "dark"):
            theme.apply(app, theme_name)
            db = open_database(data_dir)
            window = MainWindow(db, Settings(data_dir), data_dir)
            window.show()
            settle()
            for key in PAGES:
                window.navigate(key)
                settle()
                window.repaint()
                settle(2)
                target = out_dir / f"{key}-{stem(width, height, scale)}-{theme_name}.png"
                if not window.grab().save(str(target)):
                    raise OSError(f"could not write {target}")
                print(target, flush=True)
            problems += [f"{stem(width, height, scale)} {theme_name}: {text}" for text in problems_of(window)]
            window.close()
            settle()
            db.close()
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--one":
        width, height, scale, out = int(args[1]), int(args[2]), float(args[3]), Path(args[4])
        problems = render_one(width, height, scale, out)
        for problem in problems:
            print(f"problem: {problem}", file=sys.stderr)
        sys.stdout.flush()
        sys.stderr.flush()
        # Skip interpreter teardown: PySide6 may crash while garbage-collecting Qt objects at exit.
        os._exit(1 if problems else 0)
    out_dir = Path(args[0] if args else "build/screenshots/sizes")
    out_dir.mkdir(parents=True, exist_ok=True)
    failed = 0
    for width, height, scale in SIZES:
        # The offscreen platform's screen, in device pixels; Qt divides by the scale factor.
        platform, config = offscreen_platform(width, height)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": platform,
            "QT_SCALE_FACTOR": str(scale),
        }
        command = [
            sys.executable,
            "-m",
            "tools.screen_sizes",
            "--one",
            str(width),
            str(height),
            str(scale),
            str(out_dir),
        ]
        failed |= subprocess.run(command, env=env, check=False).returncode
        config.unlink()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
