"""Moving the data folder from Preferences: choose, copy and verify in the background, then switch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.services import data_folder
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import write_with_progress
from calfdesk.ui.tasks import TaskContext, TaskHandle
from calfdesk.ui.widgets.messages import show_error
from calfdesk.ui.widgets.texts import counted

_tr = Texts(__name__)


def choose_new_folder(parent: QWidget, current: Path) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, _tr("Choose the new data folder"), str(current.parent))
    return Path(chosen) if chosen else None


def move_data_folder(
    owner: QWidget,
    context: AppContext,
    switch_folder: Callable[[Path, Callable[[], None]], None],
    target: Path | None = None,
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
        show_error(owner, _tr("The data folder was not moved"), error)
        return None

    progress = QProgressDialog(_tr("Copying your data…"), "", 0, 1, owner)
    progress.setWindowTitle(_tr("Moving the data folder"))
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAccessibleName(_tr("Moving the data folder"))

    def work(db: Database, task: TaskContext) -> data_folder.FolderCopy:
        return data_folder.copy_data_folder(db, checked, task.progress)

    def moved(copy: data_folder.FolderCopy) -> None:
        progress.close()
        # Claims the new folder for this window, opens it and closes the old one; it explains any failure.
        switch_folder(copy.target, lambda: switched(copy))

    def switched(copy: data_folder.FolderCopy) -> None:
        settings = context.settings
        overridden = settings.folder == copy.source
        if not overridden:
            settings.set("data_dir", str(copy.target))
        later = (
            _tr(
                "calfdesk was started with a data folder given on the command line (--data-dir or "
                "CALFDESK_DATA_DIR), so it opens that folder again next time unless you change how you start it."
            )
            if overridden
            else _tr("calfdesk opens it from now on.")
        )
        context.show_status(_tr("Data folder moved to {folder}").format(folder=copy.target))
        QMessageBox.information(
            owner,
            _tr("Data folder moved"),
            _tr(
                "Your data ({records}) and {backups} were copied to\n{target}\nand checked. {later}\n\n"
                "The old folder {source} was left as it was; delete it once you are happy with the move."
            ).format(
                records=counted("%n records", copy.total_rows),
                backups=counted("%n backups", copy.backups),
                target=copy.target,
                later=later,
                source=copy.source,
            ),
        )

    def failed(error: BaseException) -> None:
        progress.close()
        show_error(owner, _tr("The data folder was not moved"), error)

    def report(done: int, total: int, text: str) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        if text:
            progress.setLabelText(text)

    progress.show()
    return write_with_progress(context, work, Changes.NONE, moved, report, failure=failed, parent=owner)
