"""When the data file cannot be used: the problem dialog (restore the latest backup, try again, choose another
folder, quit) and opening a folder for the window with it."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QFileDialog, QMessageBox, QPushButton, QWidget

from calfdesk.errors import StorageError, StorageProblem
from calfdesk.i18n import Texts
from calfdesk.services import backups
from calfdesk.storage import backup as backup_store
from calfdesk.storage.database import Database, open_database
from calfdesk.storage.restore import RestoreResult
from calfdesk.ui.shell.single_instance import Outcome, SingleInstance
from calfdesk.ui.widgets.plain_text import literal

EXIT_STORAGE = 3


_tr = Texts(__name__)


def _titles() -> dict[StorageProblem, str]:
    return {
        StorageProblem.CORRUPT: _tr("Your diary file is damaged"),
        StorageProblem.TOO_NEW: _tr("Your diary needs a newer calfdesk"),
    }


class Choice(enum.Enum):
    RESTORE = "restore"
    CHOOSE_FOLDER = "choose_folder"
    RETRY = "retry"
    QUIT = "quit"


def problem_box(
    parent: QWidget | None, error: StorageError, *, can_restore: bool
) -> tuple[QMessageBox, dict[Any, Choice]]:
    """The dialog for a data file that cannot be used, with the buttons that fit the problem."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_titles().get(error.problem, _tr("calfdesk cannot open your data")))
    box.setText(literal(error))
    if error.problem is StorageProblem.CORRUPT:
        box.setInformativeText(
            _tr(
                "Restoring writes a new diary file from your latest sound backup; the damaged file is kept, "
                "renamed, beside it."
            )
            if can_restore
            else _tr("There is no backup to restore in this folder.")
        )
    choices: dict[Any, Choice] = {}

    def add(text: str, role: QMessageBox.ButtonRole, choice: Choice) -> QPushButton:
        button = box.addButton(text, role)
        button.setAccessibleName(text.rstrip("…"))
        choices[button] = choice
        return button

    if can_restore:
        box.setDefaultButton(add(_tr("Restore latest backup"), QMessageBox.ButtonRole.AcceptRole, Choice.RESTORE))
    if error.problem in (StorageProblem.LOCKED, StorageProblem.DISK_FULL, StorageProblem.READ_ONLY):
        add(_tr("Try again"), QMessageBox.ButtonRole.AcceptRole, Choice.RETRY)
    add(_tr("Choose another folder…"), QMessageBox.ButtonRole.ActionRole, Choice.CHOOSE_FOLDER)
    box.setEscapeButton(add(_tr("Quit"), QMessageBox.ButtonRole.RejectRole, Choice.QUIT))
    return box, choices


def ask_what_to_do(parent: QWidget | None, error: StorageError, *, can_restore: bool) -> Choice:
    box, choices = problem_box(parent, error, can_restore=can_restore)
    box.exec()
    clicked: QAbstractButton | None = box.clickedButton()
    return choices.get(clicked, Choice.QUIT)


def choose_folder(parent: QWidget | None, current: Path) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, _tr("Choose a folder for your diary"), str(current.parent))
    return Path(folder) if folder else None


def can_restore(error: StorageError, data_dir: Path) -> bool:
    return error.problem is StorageProblem.CORRUPT and bool(backup_store.list_backups(data_dir))


def tell_restored(parent: QWidget | None, result: RestoreResult) -> None:
    restored = _tr("Your diary was restored from {backup}.").format(backup=result.backup.name)
    if result.kept:
        restored += " " + _tr("The previous file is kept as {file} in the same folder.").format(file=result.kept.name)
    QMessageBox.information(parent, _tr("Backup restored"), literal(restored))


@dataclass(slots=True)
class OpenedData:
    db: Database
    instance: SingleInstance


def open_data_folder(data_dir: Path) -> OpenedData | int:
    """Claim the folder for this window and open its data file, offering recovery when it cannot be used.

    Returns the open data, or an exit status: 0 when a window already open on the folder came forward, 3 when
    the runner chose to quit.
    """
    while True:
        instance = SingleInstance(data_dir)
        claim = instance.claim()
        if claim.outcome is Outcome.FORWARDED:
            return 0
        if claim.outcome is Outcome.BUSY:
            QMessageBox.warning(None, _tr("calfdesk is already open"), literal(claim.message))
            return EXIT_STORAGE
        try:
            return OpenedData(open_database(data_dir), instance)
        except StorageError as error:
            choice = ask_what_to_do(None, error, can_restore=can_restore(error, data_dir))
            if choice is Choice.RESTORE:
                try:
                    tell_restored(None, backups.restore_latest_backup(data_dir))
                except StorageError as restore_error:
                    QMessageBox.warning(None, _tr("No backup was restored"), literal(restore_error))
            instance.release()
            if choice is Choice.CHOOSE_FOLDER:
                data_dir = choose_folder(None, data_dir) or data_dir
            elif choice is Choice.QUIT:
                return EXIT_STORAGE
