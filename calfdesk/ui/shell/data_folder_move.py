"""Moving the data folder from Preferences: choose, copy and verify in the background, then switch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from calfdesk.errors import InvalidInput
from calfdesk.services import data_folder
from calfdesk.ui.context import AppContext
from calfdesk.ui.tasks import TaskContext, TaskHandle, run_task
from calfdesk.ui.widgets.messages import show_error
from calfdesk.ui.widgets.texts import counted


def choose_new_folder(parent: QWidget, current: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, "Choose the new data folder", str(current.parent))
    return Path(chosen) if chosen else None


def move_data_folder(
    owner: QWidget, context: AppContext, switch_folder: Callable[[Path], None], target: Path | None = None
) -> TaskHandle[Any] | None:
    """Copy the data to `target` (asked for when None), verify it, then make the window use it.

    The folder is remembered for the next start unless calfdesk was started with --data-dir or
    CALFDESK_DATA_DIR (then the settings live in the data folder itself and that choice wins).
    """
    current = context.db.data_dir
    chosen = target if target is not None else choose_new_folder(owner, current)
    if chosen is None:
        return None
    try:
        checked = data_folder.check_new_folder(current, chosen)
    except InvalidInput as error:
        show_error(owner, "The data folder was not moved", error)
        return None

    progress = QProgressDialog("Copying your data…", "", 0, 1, owner)
    progress.setWindowTitle("Moving the data folder")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAccessibleName("Moving the data folder")
    db = context.db

    def work(task: TaskContext) -> data_folder.FolderCopy:
        return data_folder.copy_data_folder(db, checked, task.progress)

    def moved(copy: data_folder.FolderCopy) -> None:
        progress.close()
        # Claims the new folder for this window, opens it and closes the old one; it explains any failure.
        switch_folder(copy.target)
        if context.db.data_dir != copy.target:
            return
        settings = context.settings
        overridden = settings.folder == copy.source
        if not overridden:
            settings.set("data_dir", str(copy.target))
        later = (
            "calfdesk was started with a data folder given on the command line (--data-dir or "
            "CALFDESK_DATA_DIR), so it opens that folder again next time unless you change how you start it."
            if overridden
            else "calfdesk opens it from now on."
        )
        context.show_status(f"Data folder moved to {copy.target}")
        QMessageBox.information(
            owner,
            "Data folder moved",
            f"Your data ({counted('%n records', copy.total_rows)}) and {counted('%n backups', copy.backups)} were "
            f"copied to\n{copy.target}\n"
            f"and checked. {later}\n\nThe old folder {copy.source} was left as it was; delete it once you are "
            "happy with the move.",
        )

    def failed(error: BaseException) -> None:
        progress.close()
        show_error(owner, "The data folder was not moved", error)

    def report(done: int, total: int, text: str) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        if text:
            progress.setLabelText(text)

    progress.show()
    return run_task(work, moved, failed, on_progress=report, writes=True)
