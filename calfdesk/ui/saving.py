"""Saving a form the one way: check what was typed, write it off the GUI thread, then close or clear the form.

What was typed stays in the form until the file has it. A problem with the input or the file is shown in the
form's own banner ("Not saved. …"); a damaged file gets the standard dialog that offers a restore.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from calfdesk.errors import InvalidInput, StorageError, StorageProblem
from calfdesk.i18n import Texts
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.operations import Undo, write
from calfdesk.ui.widgets.messages import describe, show_error
from calfdesk.ui.widgets.plain_text import set_plain_text

T = TypeVar("T")


_tr = Texts(__name__)


def save_form(
    context: AppContext,
    form: QWidget,
    problem: QLabel,
    button: QAbstractButton,
    build: Callable[[], Callable[[Database], T]],
    changes: Changes,
    saved: Callable[[T], None],
    *,
    undo: Callable[[], Undo[T] | None] | None = None,
    keep_note: str = "",
    form_shows_input_errors: bool = False,
) -> None:
    """Save what a form holds.

    `build()` checks the input and returns the write (InvalidInput: shown, nothing written; with
    `form_shows_input_errors` the form has already put the reason beside its field). The write runs on the write
    worker with `button` disabled; `saved(result)` runs once it is in the file (close the dialog, clear the
    form). `undo()`, asked after `build()`, may give how Ctrl+Z takes the change back. `keep_note` is added to
    a failure, e.g. that the entry is still in the form.
    """
    problem.hide()

    def show_problem(error: BaseException) -> None:
        if not shiboken6.isValid(form):
            return
        button.setEnabled(True)
        if isinstance(error, StorageError) and error.problem is StorageProblem.CORRUPT:
            show_error(form, _tr("Nothing was saved"), error)
            return
        text = _tr("Not saved. {problem}").format(problem=describe(error))
        set_plain_text(problem, f"{text} {keep_note}".strip())
        problem.show()

    try:
        op = build()
    except InvalidInput as error:
        if not form_shows_input_errors:
            show_problem(error)
        return

    def done(result: T) -> None:
        if shiboken6.isValid(form):
            button.setEnabled(True)
            saved(result)

    button.setEnabled(False)
    write(context, op, changes, done, undo=undo() if undo is not None else None, parent=form, failure=show_problem)
