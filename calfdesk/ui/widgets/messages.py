"""Showing problems to the runner: what happened and what to do next, never a traceback."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtWidgets import QMessageBox, QWidget

from calfdesk.errors import InvalidInput, StorageError, StorageProblem
from calfdesk.i18n import Texts
from calfdesk.ui.widgets.plain_text import literal

log = logging.getLogger(__name__)
_tr = Texts(__name__)


def beside_field(error: InvalidInput) -> str:
    """An input error as it is shown beside its own field: without the field's name, which the command line and
    files put first ("soreness: … is outside the scale") and which the field itself shows here."""
    prefix = f"{error.field}: "
    return error.message.removeprefix(prefix) if error.field else error.message


def describe(error: BaseException) -> str:
    """A failure as the window words it: a refusal without the key the command line puts first (the window
    names its fields in the runner's language), a data-file problem whole, a bug as a calm sentence."""
    if isinstance(error, InvalidInput):
        return beside_field(error)
    if isinstance(error, StorageError):
        return str(error)
    return _tr("Something went wrong inside calfdesk. Nothing you entered was lost; please try again.")


def show_error(parent: QWidget | None, title: str, error: BaseException) -> None:
    """Tell the runner about a failed action. Bugs are logged with their traceback."""
    if not isinstance(error, InvalidInput | StorageError):
        log.error("unexpected error: %s", "".join(traceback.format_exception(error)))
    safety = getattr(parent.window(), "data_safety", None) if parent is not None else None
    if isinstance(error, StorageError) and error.problem is StorageProblem.CORRUPT and safety is not None:
        safety.handle_damage(error)  # restore, another folder, or quit
        return
    QMessageBox.warning(parent, title, literal(describe(error)))
