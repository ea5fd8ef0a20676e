"""Starting the window: application identity, theme, opening the data file, and `--smoke`.

The opening frame is painted first; only then are the data file and the window's modules (SQLAlchemy above
all) loaded, so nothing here imports them at module level.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from calfdesk import APP_ID, APP_NAME, __version__
from calfdesk.assets import resource
from calfdesk.i18n import Texts
from calfdesk.settings import load_settings, speak
from calfdesk.ui.shell.opening import OpeningFrame
from calfdesk.ui.widgets import theme
from calfdesk.ui.widgets.texts import install_translations

if TYPE_CHECKING:
    from calfdesk.ui.shell.main_window import MainWindow


_tr = Texts(__name__)


SMOKE_TIMEOUT_MS = 60_000


GUI_SWITCH_INTERVAL_S: Final = 0.001


def make_application() -> QApplication:
    # Background work (imports, checks) runs Python on other threads. Every Qt call from the GUI thread lets go
    # of the GIL and must wait for it again; at Python's default 5 ms a frame of a dozen calls could wait 60 ms
    # behind a busy import. 1 ms keeps the window's frames short at a small cost to the background thread.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        install_translations(existing)
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("calfdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", "calfdesk.svg"))))
    install_translations(app)
    return app


def settle_collector(window: MainWindow) -> None:
    """What is alive once the window is built (modules, classes, the window) lives as long as the app, and so
    are the modules the idle preload brings in: the collector stops scanning them. Its full sweeps then stay
    short; over everything they took 60 ms each, several a second, during a large runs import."""
    gc.freeze()
    window.preloader.after = gc.freeze


def run_gui(data_dir: Path, *, smoke: bool = False, tray: bool = False, data_dir_overridden: bool = False) -> int:
    """Open the window (with `tray`, only the tray icon when reminders are on and the desktop has a tray, else
    the window minimized)."""
    settings = load_settings(data_dir, overridden=data_dir_overridden)
    speak(settings)
    app = make_application()
    theme.apply(app, settings.theme)
    theme.follow_desktop(app, lambda: settings.theme)
    opening = OpeningFrame(settings.folder)
    if not tray:
        opening.show_painted()
    from calfdesk.services.backups import apply_retention
    from calfdesk.ui.shell.main_window import MainWindow
    from calfdesk.ui.shell.recovery import open_data_folder

    apply_retention(settings)
    opened = open_data_folder(data_dir)
    if isinstance(opened, int):
        opening.close()
        return opened
    db = opened.db
    window = MainWindow(db, settings, settings.folder)
    window.data_safety.adopt(opened.instance)
    sys.excepthook = window.data_safety.excepthook(sys.excepthook)
    exit_code = 0
    if smoke:

        def smoke_timeout() -> None:
            nonlocal exit_code
            exit_code = 1
            print("calfdesk: " + _tr("--smoke: the window did not finish loading in time"), file=sys.stderr)
            window.close()

        # The timer belongs to the window: once the window is gone (loaded and closed), it never fires.
        smoke_timer = QTimer(window)
        smoke_timer.setSingleShot(True)
        smoke_timer.timeout.connect(smoke_timeout)
        window.ready.connect(smoke_timer.stop)

        def loaded() -> None:
            window.close()
            # Leave once the close is done. Qt's own quit on the last window closed was seen to miss a window
            # closed in the same turn as its first paint; the timer dies with the window if Qt quit first.
            QTimer.singleShot(0, window, app.quit)

        window.ready.connect(loaded)
        smoke_timer.start(SMOKE_TIMEOUT_MS)
    if tray and not smoke and window.tray.active:
        window.start_in_tray()
    elif tray and not smoke:
        # Started at log-in where the desktop has no tray: open, so the reminders come, but out of the way.
        window.showMinimized()
    else:
        window.show()
    opening.hand_over(window)
    from calfdesk.paths import exposure_warning

    exposed = exposure_warning(db.data_dir)
    if exposed is not None:
        window.show_status(_tr("Warning: {exposed}").format(exposed=exposed))
    if opened.instance.doubt is not None:
        print(f"calfdesk: {opened.instance.doubt}", file=sys.stderr)
        window.show_status(_tr("Warning: {doubt}").format(doubt=opened.instance.doubt))
    if not smoke:
        from calfdesk.ui.shell.welcome_dialog import greet_on_first_run

        greet_on_first_run(window, settings)
    settle_collector(window)
    status = app.exec()
    # Work still running finishes (writes) or stops (reads) quietly before the data file is closed.
    from calfdesk.ui.tasks import shutdown

    shutdown()
    window.context.db.close()
    opened.instance.release()
    return exit_code or status
