"""Starting calfdesk when the runner logs in, from Preferences or from the question asked on closing the window
where the desktop has no tray: one way to write the entry and to word why it could not be written."""

from __future__ import annotations

from calfdesk.errors import InvalidInput, system_reason
from calfdesk.services.autostart import Autostart
from calfdesk.services.autostart import set_enabled as set_autostart
from calfdesk.ui.context import AppContext


def set_start_at_login(autostart: Autostart, context: AppContext, wanted: bool) -> None:
    """Write or remove the entry; raises OSError when that is not possible, InvalidInput (writing nothing) when
    the command cannot be written into an entry (a folder name that is not plain text)."""
    settings, db = context.settings, context.db
    # A window opened on a chosen folder (--data-dir) starts on that folder too.
    chosen_folder = db.data_dir if settings.folder == db.data_dir else None
    set_autostart(autostart, wanted, chosen_folder)


def failure_reason(error: OSError | InvalidInput) -> str:
    """Why the entry could not be written, with the path it concerns (shown as plain text: it may quote a
    folder name)."""
    if isinstance(error, InvalidInput):
        return error.message
    return f"{system_reason(error)} ({error.filename})" if error.filename else system_reason(error)
