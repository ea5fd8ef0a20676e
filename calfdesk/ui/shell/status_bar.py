"""The window's status bar: which data file is open, and a lasting warning while its folder is open to others."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from calfdesk.i18n import Texts
from calfdesk.paths import open_to_others
from calfdesk.storage.database import Database
from calfdesk.ui.widgets.plain_text import literal, set_plain_text

MESSAGE_MS = 8000


_tr = Texts(__name__)


class DataFileStatus:
    """The permanent widgets at the right of the status bar."""

    def __init__(self, bar: QStatusBar) -> None:
        self.bar = bar
        self.data_label = QLabel()
        self.data_label.setProperty("role", "muted")
        # Stays while the data folder lets other users in, so the warning is not gone with the first message.
        self.privacy_warning = QLabel()
        self.privacy_warning.setProperty("role", "field-error")
        self.privacy_warning.hide()
        bar.addPermanentWidget(self.privacy_warning)
        bar.addPermanentWidget(self.data_label)

    def show_message(self, text: str) -> None:
        self.bar.showMessage(text, MESSAGE_MS)

    def show_file(self, db: Database) -> None:
        """Name the open data file and warn, for as long as it lasts, when other users can open its folder."""
        set_plain_text(self.data_label, db.path)
        folder = db.data_dir
        mode = open_to_others(folder)
        self.privacy_warning.setVisible(mode is not None)
        if mode is None:
            return
        self.privacy_warning.setText(_tr("Your data folder is open to other users"))
        advice = _tr(
            "{folder} can be opened by other users of this computer (mode {mode}). To keep your health data "
            "private, run: chmod 700 '{folder}'"
        ).format(folder=folder, mode=f"{mode:04o}")
        self.privacy_warning.setToolTip(literal(advice))
