"""Keeping the diary safe from the window: opening with recovery, the damaged-file dialog, File > Back up now…
and Restore…, and the background check (daily backup, quick_check) after the first paint."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from calfdesk import paths
from calfdesk.errors import StorageError, StorageProblem
from calfdesk.services import backups
from calfdesk.storage import backup as backup_store
from calfdesk.storage.backup import BackupInfo, RestoreResult
from calfdesk.storage.database import Database, open_database
from calfdesk.ui.context import AppContext
from calfdesk.ui.operations import Changes, write
from calfdesk.ui.shell.single_instance import Outcome, SingleInstance
from calfdesk.ui.tasks import wait_for_all
from calfdesk.ui.widgets.common import label
from calfdesk.ui.widgets.messages import show_error
from calfdesk.ui.widgets.plain_text import literal

EXIT_STORAGE = 3
BACKUP_FILTER = "calfdesk data (*.sqlite3);;All files (*)"

TITLES = {
    StorageProblem.CORRUPT: "Your diary file is damaged",
    StorageProblem.TOO_NEW: "Your diary needs a newer calfdesk",
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
    box.setWindowTitle(TITLES.get(error.problem, "calfdesk cannot open your data"))
    box.setText(literal(error))
    if error.problem is StorageProblem.CORRUPT:
        box.setInformativeText(
            "Restoring writes a new diary file from your latest sound backup; the damaged file is kept, renamed, "
            "beside it."
            if can_restore
            else "There is no backup to restore in this folder."
        )
    choices: dict[Any, Choice] = {}

    def add(text: str, role: QMessageBox.ButtonRole, choice: Choice) -> QPushButton:
        button = box.addButton(text, role)
        button.setAccessibleName(text.rstrip("…"))
        choices[button] = choice
        return button

    if can_restore:
        box.setDefaultButton(add("Restore latest backup", QMessageBox.ButtonRole.AcceptRole, Choice.RESTORE))
    if error.problem in (StorageProblem.LOCKED, StorageProblem.DISK_FULL, StorageProblem.READ_ONLY):
        add("Try again", QMessageBox.ButtonRole.AcceptRole, Choice.RETRY)
    add("Choose another folder…", QMessageBox.ButtonRole.ActionRole, Choice.CHOOSE_FOLDER)
    box.setEscapeButton(add("Quit", QMessageBox.ButtonRole.RejectRole, Choice.QUIT))
    return box, choices


def ask_what_to_do(parent: QWidget | None, error: StorageError, *, can_restore: bool) -> Choice:
    box, choices = problem_box(parent, error, can_restore=can_restore)
    box.exec()
    clicked: QAbstractButton | None = box.clickedButton()
    return choices.get(clicked, Choice.QUIT)


def choose_folder(parent: QWidget | None, current: Path) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, "Choose a folder for your diary", str(current.parent))
    return Path(folder) if folder else None


def can_restore(error: StorageError, data_dir: Path) -> bool:
    return error.problem is StorageProblem.CORRUPT and bool(backup_store.list_backups(data_dir))


def tell_restored(parent: QWidget | None, result: RestoreResult) -> None:
    kept = f" The previous file is kept as {result.kept.name} in the same folder." if result.kept else ""
    QMessageBox.information(
        parent, "Backup restored", literal(f"Your diary was restored from {result.backup.name}.{kept}")
    )


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
            QMessageBox.warning(None, "calfdesk is already open", literal(claim.message))
            return EXIT_STORAGE
        try:
            return OpenedData(open_database(data_dir), instance)
        except StorageError as error:
            choice = ask_what_to_do(None, error, can_restore=can_restore(error, data_dir))
            if choice is Choice.RESTORE:
                try:
                    tell_restored(None, backups.restore_latest_backup(data_dir))
                except StorageError as restore_error:
                    QMessageBox.warning(None, "No backup was restored", literal(restore_error))
            instance.release()
            if choice is Choice.CHOOSE_FOLDER:
                data_dir = choose_folder(None, data_dir) or data_dir
            elif choice is Choice.QUIT:
                return EXIT_STORAGE


class RestoreDialog(QDialog):
    """Pick a backup (newest first) or any backup file."""

    def __init__(self, parent: QWidget | None, data_dir: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle("Restore a backup")
        self.setMinimumWidth(520)
        self.data_dir = data_dir
        self.chosen: Path | None = None
        self.list = QListWidget()
        self.list.setAccessibleName("Backups")
        for info in backup_store.list_backups(data_dir):
            item = QListWidgetItem(describe_backup(info))
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        self.restore_button = buttons.addButton("Restore", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setAccessibleName("Restore the selected backup")
        self.restore_button.setEnabled(self.list.currentRow() >= 0)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.other_button = buttons.addButton("Other file…", QDialogButtonBox.ButtonRole.ActionRole)
        self.other_button.setAccessibleName("Restore from another backup file")
        self.other_button.clicked.connect(self._choose_file)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(
            label(
                "Restoring replaces your diary by the chosen copy. Entries saved after that copy are not in it; "
                "the current file is kept, renamed, beside the restored one.",
                "muted",
                wrap=True,
            )
        )
        if self.list.count() == 0:
            # Nothing to pick: say so at the top, with the one way left (another backup file).
            layout.addWidget(
                label(
                    f"There are no backups in {paths.backup_dir(data_dir)} yet. Choose “Other file…” to restore "
                    "a copy kept elsewhere.",
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
            "Choose a backup file",
            str(paths.backup_dir(self.data_dir)),
            "calfdesk data (*.sqlite3);;All files (*)",
        )
        if name:
            self.chosen = Path(name)
            self.accept()


def describe_backup(info: BackupInfo) -> str:
    reasons = {
        "daily": "daily",
        "manual": "made by you",
        "before-upgrade": "before an upgrade",
        "before-restore": "before a restore",
    }
    size = f"{info.size_bytes / 1024:.0f} KB"
    return f"{info.created:%Y-%m-%d %H:%M}  ·  {reasons.get(info.reason, info.reason)}  ·  {size}"


QUICK_CHECK_DELAY_MS: Final = 3000


class DataSafety(QObject):
    """Adds File > Back up now… and Restore… to a window and runs the check after its first paint."""

    def __init__(self, window: QMainWindow, context: AppContext, use_database: Callable[[Database], None]) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self._use_database = use_database
        self.instance: SingleInstance | None = None
        self._checked = False
        self.backup_action = QAction("&Back up now…", window)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction("&Restore…", window)
        self.restore_action.triggered.connect(self.choose_and_restore)
        window.installEventFilter(self)
        self._handling_damage = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._checked and event.type() in (QEvent.Type.Expose, QEvent.Type.Paint):
            # After the first paint, so the check never delays the window; it runs off the GUI thread.
            QTimer.singleShot(0, self.start_background_check)
        return super().eventFilter(watched, event)

    def excepthook(self, previous: Callable[..., Any]) -> Callable[..., Any]:
        """A sys.excepthook that turns a storage problem escaping a slot into the matching dialog."""

        def hook(kind: type[BaseException], error: BaseException, trace: Any) -> None:
            if isinstance(error, StorageError):
                self.report(error)
            else:
                previous(kind, error, trace)

        return hook

    def report(self, error: StorageError) -> None:
        """Show a storage problem; a damaged file gets the restore dialog."""
        if error.problem is StorageProblem.CORRUPT:
            self.handle_damage(error)
        else:
            show_error(self.window, "calfdesk could not use your data", error)

    @property
    def db(self) -> Database:
        return self.context.db

    def adopt(self, instance: SingleInstance) -> None:
        """Keep the folder claim for as long as the window has the folder open; a second start raises us."""
        self.instance = instance
        instance.activation_requested.connect(self.bring_forward)

    def bring_forward(self) -> None:
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    # background check -------------------------------------------------------------------------------

    def start_background_check(self) -> None:
        """Once per window: today's backup (if due) at once, then a quick_check, both off the GUI thread.

        The quick_check reads the whole file, so it waits until start-up's own reading is over."""
        if self._checked:
            return
        self._checked = True

        def backed_up(_result: object) -> None:
            QTimer.singleShot(QUICK_CHECK_DELAY_MS, self, self._start_quick_check)

        # On the write worker, so the copy never races a save.
        write(self.context, Database.ensure_daily_backup, Changes.NONE, backed_up, failure=self._check_failed)

    def _start_quick_check(self) -> None:
        if not self.window.isVisible():
            return
        write(self.context, Database.quick_check, Changes.NONE, self._checked_file, failure=self._check_failed)

    def _checked_file(self, sound: bool) -> None:
        if not sound:
            from calfdesk.storage.errors import storage_error

            self.handle_damage(storage_error(StorageProblem.CORRUPT, self.db.path))

    def _check_failed(self, error: BaseException) -> None:
        if isinstance(error, StorageError) and error.problem is StorageProblem.CORRUPT:
            self.handle_damage(error)

    def handle_damage(self, error: StorageError) -> None:
        """The damaged-file dialog while the window is open: restore, switch folder, or quit."""
        if self._handling_damage:
            return
        self._handling_damage = True
        try:
            self._ask_about_damage(error)
        finally:
            self._handling_damage = False

    def _ask_about_damage(self, error: StorageError) -> None:
        data_dir = self.db.data_dir
        choice = ask_what_to_do(self.window, error, can_restore=can_restore(error, data_dir))
        if choice is Choice.RESTORE:
            self.replace_data(lambda: backups.restore_latest_backup(data_dir))
        elif choice is Choice.CHOOSE_FOLDER:
            folder = choose_folder(self.window, data_dir)
            if folder is not None:
                self.switch_folder(folder)
        elif choice is Choice.QUIT:
            self.window.close()

    # menu actions -----------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        def done(info: BackupInfo) -> None:
            self.context.show_status(f"Backup saved: {info.name}")
            QMessageBox.information(
                self.window, "Backup saved", literal(f"A copy of your diary was saved as\n{info.path}")
            )

        write(
            self.context,
            lambda db: backup_store.create_backup(db.path, reason="manual"),
            Changes.NONE,
            done,
            parent=self.window,
            error_title="No backup was made",
        )

    def choose_and_restore(self) -> None:
        dialog = RestoreDialog(self.window, self.db.data_dir)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return
        chosen = dialog.chosen
        data_dir = self.db.data_dir
        self.replace_data(lambda: backups.restore_backup(data_dir, chosen))

    # swapping the data file -------------------------------------------------------------------------

    def replace_data(self, restore: Callable[[], RestoreResult]) -> RestoreResult | None:
        """Close the data file (a restore needs it to itself), restore, and reopen it; on failure the current
        file is opened again as it was."""
        wait_for_all()
        self.db.close()
        result: RestoreResult | None = None
        try:
            result = restore()
        except StorageError as error:
            if error.path == self.db.path:
                show_error(self.window, "The backup was not restored", error)
            else:
                # The backup was refused (damaged, newer, or not calfdesk's tables); the data file is fine.
                QMessageBox.warning(self.window, "The backup was not restored", literal(str(error)))
        try:
            reopened = open_database(self.db.data_dir)
        except StorageError as error:
            self.report(error)
            return None
        self._use_database(reopened)
        if result is not None:
            tell_restored(self.window, result)
        return result

    def switch_folder(self, folder: Path) -> None:
        instance = SingleInstance(folder)
        claim = instance.claim()
        if claim.outcome is not Outcome.ACQUIRED:
            QMessageBox.warning(self.window, "That folder is open in another window", literal(claim.message or folder))
            return
        try:
            db = open_database(folder)
        except StorageError as error:
            instance.release()
            show_error(self.window, "That folder cannot be used", error)
            return
        wait_for_all()
        old = self.db
        if self.instance is not None:
            self.instance.release()
        self.adopt(instance)
        self._use_database(db)
        old.close()
