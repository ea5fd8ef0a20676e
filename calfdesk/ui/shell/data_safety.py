"""Keeping the diary safe from the window: File > Back up now… and Restore…, the damaged-file dialog while the
window is open, swapping the data file (restore, another folder), and the background check (daily backup,
quick_check) after the first paint. Opening with recovery is in `recovery`, the backup list in `restore_dialog`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Final, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

from calfdesk.errors import StorageError, StorageProblem
from calfdesk.services import backups
from calfdesk.storage import backup as backup_store
from calfdesk.storage.backup import BackupInfo
from calfdesk.storage.database import Database, open_database
from calfdesk.storage.restore import RestoreResult
from calfdesk.ui.context import AppContext
from calfdesk.ui.operations import Changes, read, write
from calfdesk.ui.shell import recovery
from calfdesk.ui.shell.restore_dialog import RestoreDialog
from calfdesk.ui.shell.single_instance import Outcome, SingleInstance
from calfdesk.ui.tasks import wait_for_all
from calfdesk.ui.widgets.messages import show_error
from calfdesk.ui.widgets.plain_text import literal

T = TypeVar("T")

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
        self.backup_action = QAction(self.tr("&Back up now…"), window)
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore…"), window)
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
            show_error(self.window, self.tr("calfdesk could not use your data"), error)

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
        write(
            self.context,
            Database.ensure_daily_backup,
            Changes.NONE,
            backed_up,
            failure=self._check_failed,
            parent=self,
        )

    def _start_quick_check(self) -> None:
        if not self.window.isVisible():
            return
        write(
            self.context,
            Database.quick_check,
            Changes.NONE,
            self._checked_file,
            failure=self._check_failed,
            parent=self,
        )

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
        choice = recovery.ask_what_to_do(self.window, error, can_restore=recovery.can_restore(error, data_dir))
        if choice is recovery.Choice.RESTORE:
            self.replace_data(lambda: backups.restore_latest_backup(data_dir))
        elif choice is recovery.Choice.CHOOSE_FOLDER:
            folder = recovery.choose_folder(self.window, data_dir)
            if folder is not None:
                self.switch_folder(folder)
        elif choice is recovery.Choice.QUIT:
            self.window.close()

    # menu actions -----------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        def done(info: BackupInfo) -> None:
            self.context.show_status(self.tr("Backup saved: {name}").format(name=info.name))
            QMessageBox.information(
                self.window,
                self.tr("Backup saved"),
                literal(self.tr("A copy of your diary was saved as\n{path}").format(path=info.path)),
            )

        write(
            self.context,
            lambda db: backup_store.create_backup(db.path, reason="manual"),
            Changes.NONE,
            done,
            parent=self.window,
            error_title=self.tr("No backup was made"),
        )

    def choose_and_restore(self) -> None:
        """List the folder's backups off the GUI thread, let the runner pick one, then restore it."""
        data_dir = self.db.data_dir

        def listed(found: list[BackupInfo]) -> None:
            dialog = RestoreDialog(self.window, data_dir, found)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
                return
            chosen = dialog.chosen
            self.replace_data(lambda: backups.restore_backup(data_dir, chosen))

        read(self.context, lambda _db: backup_store.list_backups(data_dir), listed, parent=self.window)

    # swapping the data file -------------------------------------------------------------------------

    def _while_the_window_waits(
        self, work: Callable[[], T], then: Callable[[T], None], failed: Callable[[BaseException], None]
    ) -> None:
        """Run `work`, which replaces or opens a data file, on the write worker while the window waits (disabled,
        with a busy cursor), so that nothing else reaches the data file meanwhile."""
        self.window.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

        def finish() -> None:
            QApplication.restoreOverrideCursor()
            self.window.setEnabled(True)

        def succeeded(result: T) -> None:
            finish()
            then(result)

        def not_done(error: BaseException) -> None:
            finish()
            failed(error)

        write(self.context, lambda _db: work(), Changes.NONE, succeeded, failure=not_done, parent=self)

    def replace_data(self, restore: Callable[[], RestoreResult]) -> None:
        """Close the data file (a restore needs it to itself), restore, and reopen it, off the GUI thread; on
        failure the current file is opened again as it was."""
        wait_for_all()
        self.db.close()
        data_dir = self.db.data_dir
        data_path = self.db.path

        def work() -> tuple[RestoreResult | StorageError, Database]:
            try:
                result: RestoreResult | StorageError = restore()
            except StorageError as error:
                result = error
            return result, open_database(data_dir)

        def reopened(outcome: tuple[RestoreResult | StorageError, Database]) -> None:
            result, db = outcome
            self._use_database(db)
            if isinstance(result, StorageError):
                if result.path == data_path:
                    show_error(self.window, self.tr("The backup was not restored"), result)
                else:
                    # The backup was refused (damaged, newer, or not calfdesk's tables); the data file is fine.
                    QMessageBox.warning(self.window, self.tr("The backup was not restored"), literal(str(result)))
            else:
                recovery.tell_restored(self.window, result)

        self._while_the_window_waits(work, reopened, self._not_reopened)

    def _not_reopened(self, error: BaseException) -> None:
        if isinstance(error, StorageError):
            self.report(error)
        else:
            show_error(self.window, self.tr("calfdesk could not use your data"), error)

    def switch_folder(self, folder: Path, then: Callable[[], None] | None = None) -> None:
        """Use the data in `folder` from now on (opened off the GUI thread), then `then()`; a folder that another
        window has open, or whose data cannot be used, is explained and the window keeps its current data."""
        instance = SingleInstance(folder)
        claim = instance.claim()
        if claim.outcome is not Outcome.ACQUIRED:
            QMessageBox.warning(
                self.window, self.tr("That folder is open in another window"), literal(claim.message or folder)
            )
            return

        def opened(db: Database) -> None:
            wait_for_all()
            old = self.db
            if self.instance is not None:
                self.instance.release()
            self.adopt(instance)
            self._use_database(db)
            old.close()
            if instance.doubt is not None:
                self.context.show_status(self.tr("Warning: {doubt}").format(doubt=instance.doubt))
            if then is not None:
                then()

        def refused(error: BaseException) -> None:
            instance.release()
            if isinstance(error, StorageError):
                # The chosen folder's data cannot be used (damaged, altered, newer); the current file is fine,
                # so this is not the damaged-data dialog, which would offer to restore the current folder.
                QMessageBox.warning(self.window, self.tr("That folder cannot be used"), literal(str(error)))
            else:
                show_error(self.window, self.tr("That folder cannot be used"), error)

        self._while_the_window_waits(lambda: open_database(folder), opened, refused)
