"""File > Restore…: pick one of the folder's backups (newest first, as `backup_store.list_backups` lists them,
off the GUI thread) or any backup file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from calfdesk import paths
from calfdesk.i18n import Texts
from calfdesk.storage.backup import BackupInfo
from calfdesk.ui.widgets.common import label
from calfdesk.ui.widgets.texts import numeric_moment

_tr = Texts(__name__)


class RestoreDialog(QDialog):
    """Pick a backup (newest first) or any backup file."""

    def __init__(self, parent: QWidget | None, data_dir: Path, backups: list[BackupInfo]) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Restore a backup"))
        self.setMinimumWidth(520)
        self.data_dir = data_dir
        self.chosen: Path | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(_tr("Backups"))
        for info in backups:
            item = QListWidgetItem(describe_backup(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(_tr("Cancel"))
        self.restore_button = buttons.addButton(_tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName(_tr("Restore the selected backup"))
        self.restore_button.setEnabled(self.list.currentRow() >= 0)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.other_button = buttons.addButton(_tr("Other file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.other_button.setAccessibleName(_tr("Other file: restore a backup kept elsewhere"))
        self.other_button.clicked.connect(self._choose_file)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(
            label(
                _tr(
                    "Restoring replaces your diary by the chosen copy. Entries saved after that copy are not in it; "
                    "the current file is kept, renamed, beside the restored one."
                ),
                "muted",
                wrap=True,
            )
        )
        if self.list.count() == 0:
            # Nothing to pick: say so at the top, with the one way left (another backup file).
            layout.addWidget(
                label(
                    _tr(
                        "There are no backups in {folder} yet. Choose “Other file…” to restore a copy kept elsewhere."
                    ).format(folder=paths.backup_dir(data_dir)),
                    "muted",
                    wrap=True,
                )
            )
            self.list.hide()
            layout.addStretch(1)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def _choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            _tr("Choose a backup file"),
            str(paths.backup_dir(self.data_dir)),
            _tr("calfdesk data (*.sqlite3);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            self.accept()


def describe_backup(info: BackupInfo) -> str:
    reasons = {
        "daily": _tr("daily"),
        "manual": _tr("made by you"),
        "before-upgrade": _tr("before an upgrade"),
        "before-restore": _tr("before a restore"),
    }
    size = _tr("{size} KB").format(size=f"{info.size_bytes / 1024:.0f}")
    return f"{numeric_moment(info.created)}  ·  {reasons.get(info.reason, info.reason)}  ·  {size}"
