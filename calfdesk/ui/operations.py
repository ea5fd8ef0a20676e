"""The one way pages and dialogs touch the data file: `read(...)` and `write(...)`, off the GUI thread.

    read(context, lambda db: diary_store.list_entries(db, day, day), self._show, parent=self)
    write(context, lambda db: diary_store.add_entry(db, entry), Changes.DIARY, saved, parent=self)

A read runs on Qt's pool beside any other read; writes run one at a time on the single write worker, in the
order they were asked for, so an undo never overtakes the change it undoes. The result comes back on the
GUI thread. A failure is shown the standard way (`show_error`, which also offers a restore for a damaged
file) unless the caller hands its own `failure`. After a write succeeds, `AppEvents.changed` announces what
it changed, and every page that shows that kind of data reads again.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.tasks import TaskContext, TaskHandle, run_task
from calfdesk.ui.widgets.messages import show_error

T = TypeVar("T")

__all__ = ["Changes", "Failure", "Undo", "read", "write"]

Failure = Callable[[BaseException], None]


class _Kind(enum.Enum):
    READ = "read"
    WRITE = "write"


def _tr(text: str) -> str:
    return QCoreApplication.translate("operations", text)


def _run(
    kind: _Kind,
    context: AppContext,
    op: Callable[[Database], T],
    done: Callable[[T], None] | None,
    *,
    changes: Changes,
    parent: QWidget | None,
    failure: Failure | None,
    error_title: str | None,
) -> TaskHandle[T]:
    # The file is looked up when the work starts: a restore or folder switch in between is honoured.
    def work(_task: TaskContext) -> T:
        return op(context.db)

    def succeeded(result: T) -> None:
        try:
            if done is not None:
                done(result)
        finally:
            if changes:
                context.events.changed.emit(changes)

    def failed(error: BaseException) -> None:
        if failure is not None:
            failure(error)
            return
        title = error_title or (_tr("Nothing was saved") if kind is _Kind.WRITE else _tr("Your data could not be read"))
        show_error(parent, title, error)

    return run_task(work, succeeded, failed, writes=kind is _Kind.WRITE)


def read(
    context: AppContext,
    op: Callable[[Database], T],
    done: Callable[[T], None],
    *,
    parent: QWidget | None = None,
    failure: Failure | None = None,
    error_title: str | None = None,
) -> TaskHandle[T]:
    """Run the query `op(db)` off the GUI thread, then `done(result)` on it."""
    return _run(
        _Kind.READ, context, op, done, changes=Changes.NONE, parent=parent, failure=failure, error_title=error_title
    )


@dataclass(frozen=True, slots=True)
class Undo(Generic[T]):
    """How to take a write back with Ctrl+Z: `revert(result)` is the write that undoes it, `text` names it in
    the Edit menu, `undone` is the status shown once it was undone."""

    text: str
    revert: Callable[[T], Callable[[Database], object]]
    undone: str


def write(
    context: AppContext,
    op: Callable[[Database], T],
    changes: Changes,
    done: Callable[[T], None] | None = None,
    *,
    undo: Undo[T] | None = None,
    parent: QWidget | None = None,
    failure: Failure | None = None,
    error_title: str | None = None,
) -> TaskHandle[T]:
    """Run the change `op(db)` on the write worker, then `done(result)`, then announce `changes`. With `undo`
    the change goes on the undo stack once it is in the file (a change that failed never does)."""
    finish = done
    if undo is not None:

        def finish(result: T) -> None:
            context.undo_stack.push(_WriteCommand(context, undo.text, op, undo.revert(result), changes, undo.undone))
            if done is not None:
                done(result)

    return _run(
        _Kind.WRITE, context, op, finish, changes=changes, parent=parent, failure=failure, error_title=error_title
    )


class _WriteCommand(QUndoCommand):
    """An undoable change whose redo and undo are writes. Pushed once its first write has succeeded, so a
    change that failed never reaches the stack; QUndoStack.push calls redo() at once, which is skipped."""

    def __init__(
        self,
        context: AppContext,
        text: str,
        redo: Callable[[Database], object],
        undo: Callable[[Database], object],
        changes: Changes,
        undone: str,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._redo = redo
        self._undo = undo
        self._changes = changes
        self._undone = undone
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        write(self._context, self._redo, self._changes, error_title=_tr("The change was not made again"))

    def undo(self) -> None:
        write(
            self._context,
            self._undo,
            self._changes,
            lambda _result: self._context.show_status(self._undone),
            error_title=_tr("The change was not undone"),
        )
