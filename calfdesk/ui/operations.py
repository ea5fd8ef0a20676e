"""The one way pages and dialogs touch the data file: `read(...)` and `write(...)`, off the GUI thread.

    read(context, lambda db: diary_store.list_entries(db, day, day), self._show, parent=self)
    write(context, lambda db: diary_store.add_entry(db, entry), Changes.DIARY, saved, parent=self)

A read runs on Qt's pool beside any other read; writes run one at a time on the single write worker, in the
order they were asked for, so an undo never overtakes the change it undoes. The data file is looked up when
the work starts, so a restore or a folder switch in between is honoured. The result comes back on the GUI
thread, unless the `parent` (the widget or object the callbacks belong to; needed whenever they are closures,
which cannot be traced to their owner) was deleted meanwhile. A failure is shown the standard way (`show_error`,
which also offers a restore for a damaged file) unless the caller hands its own `failure`. After a write
succeeds, `AppEvents.changed` announces what it changed, and every page that shows that kind of data reads
again.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from calfdesk.i18n import Texts
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.tasks import TaskContext, TaskHandle, receiver_alive, run_task
from calfdesk.ui.widgets.messages import show_error

T = TypeVar("T")

__all__ = ["Changes", "Failure", "Undo", "announce", "read", "write", "write_with_progress"]

Failure = Callable[[BaseException], None]


class _Kind(enum.Enum):
    READ = "read"
    WRITE = "write"


_tr = Texts(__name__)


def _run(
    kind: _Kind,
    context: AppContext,
    work: Callable[[TaskContext], T],
    done: Callable[[T], None] | None,
    *,
    changes: Changes,
    parent: QObject | None,
    failure: Failure | None,
    error_title: str | None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> TaskHandle[T]:
    # A page or dialog closed while its work ran gets no callback (its widgets are gone); changes still count.
    def alive(callback: Callable[..., object] | None) -> bool:
        return (parent is None or shiboken6.isValid(parent)) and (callback is None or receiver_alive(callback))

    def succeeded(result: T) -> None:
        try:
            if done is not None and alive(done):
                done(result)
        finally:
            announce(context, changes)

    def failed(error: BaseException) -> None:
        if not alive(failure):
            return
        if failure is not None:
            failure(error)
            return
        title = error_title or (_tr("Nothing was saved") if kind is _Kind.WRITE else _tr("Your data could not be read"))
        show_error(parent if isinstance(parent, QWidget) else None, title, error)

    def progressed(done_steps: int, total: int, text: str) -> None:
        if on_progress is not None and alive(on_progress):
            on_progress(done_steps, total, text)

    return run_task(
        work, succeeded, failed, on_progress=progressed if on_progress is not None else None, writes=kind is _Kind.WRITE
    )


def announce(context: AppContext, changes: Changes) -> None:
    """Tell every page what changed (after a write; also after a long write that stopped half-way)."""
    # A write that finishes after its window closed has nobody left to tell.
    if changes and shiboken6.isValid(context.events):
        context.events.changed.emit(changes)


def read(
    context: AppContext,
    op: Callable[[Database], T],
    done: Callable[[T], None],
    *,
    parent: QObject | None = None,
    failure: Failure | None = None,
    error_title: str | None = None,
) -> TaskHandle[T]:
    """Run the query `op(db)` off the GUI thread, then `done(result)` on it."""
    return _run(
        _Kind.READ,
        context,
        lambda _task: op(context.db),
        done,
        changes=Changes.NONE,
        parent=parent,
        failure=failure,
        error_title=error_title,
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
    parent: QObject | None = None,
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
        _Kind.WRITE,
        context,
        lambda _task: op(context.db),
        finish,
        changes=changes,
        parent=parent,
        failure=failure,
        error_title=error_title,
    )


def write_with_progress(
    context: AppContext,
    op: Callable[[Database, TaskContext], T],
    changes: Changes,
    done: Callable[[T], None],
    on_progress: Callable[[int, int, str], None],
    *,
    failure: Failure,
    parent: QObject | None = None,
) -> TaskHandle[T]:
    """A long write (an import of many files) that reports progress and can be cancelled through the handle:
    `op(db, task)` calls `task.progress(done, total, text)` and checks `task.cancelled` between steps."""
    return _run(
        _Kind.WRITE,
        context,
        lambda task: op(context.db, task),
        done,
        changes=changes,
        parent=parent,
        failure=failure,
        error_title=None,
        on_progress=on_progress,
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
