"""Starting the window: application identity, theme, opening the data file, and `--smoke`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from calfdesk import APP_ID, APP_NAME, __version__, paths
from calfdesk.assets import resource
from calfdesk.errors import StorageError
from calfdesk.settings import Settings
from calfdesk.storage.database import Database, open_database
from calfdesk.ui import theme
from calfdesk.ui.main_window import MainWindow

EXIT_STORAGE = 3
SMOKE_TIMEOUT_MS = 60_000


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("calfdesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource("icons", "calfdesk.svg"))))
    return app


def open_data(data_dir: Path) -> Database | None:
    """Open the data file, or explain why it cannot be opened."""
    try:
        return open_database(data_dir)
    except StorageError as error:
        QMessageBox.critical(None, "calfdesk cannot open your data", str(error))
        return None


def run_gui(data_dir: Path, *, smoke: bool = False, data_dir_overridden: bool = False) -> int:
    app = make_application()
    settings = Settings(paths.config_dir(data_dir, overridden=data_dir_overridden))
    theme.apply(app, settings.get("theme"))
    from calfdesk.services.backups import apply_retention

    apply_retention(settings)
    db = open_data(data_dir)
    if db is None:
        return EXIT_STORAGE
    window = MainWindow(db, settings, settings.folder)
    exit_code = 0
    if smoke:

        def smoke_timeout() -> None:
            nonlocal exit_code
            exit_code = 1
            print("calfdesk: --smoke: the window did not finish loading in time", file=sys.stderr)
            window.close()

        window.ready.connect(window.close)
        QTimer.singleShot(SMOKE_TIMEOUT_MS, smoke_timeout)
    window.show()
    if not smoke:
        from calfdesk.ui.widgets.welcome_dialog import greet_on_first_run

        greet_on_first_run(window, settings)
    status = app.exec()
    db.close()
    return exit_code or status
