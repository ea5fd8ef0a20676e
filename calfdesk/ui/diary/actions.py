"""Saving, editing and deleting diary entries from the window, with undo for edits and deletes."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from calfdesk.domain.diary import DiaryEntry
from calfdesk.storage import diary_store
from calfdesk.ui.context import AppContext

TOPIC = "diary"


def describe_entry(entry: DiaryEntry) -> str:
    return f"{entry.local_date.isoformat()} {entry.local_time:%H:%M}, soreness {entry.soreness}"


def save_new_entry(context: AppContext, entry: DiaryEntry) -> DiaryEntry:
    """Commit at once; raises StorageError (input stays in the form) when the file refuses it."""
    saved = diary_store.add_entry(context.db, entry)
    context.events.data_changed.emit(TOPIC)
    context.show_status(f"Saved: {describe_entry(saved)}")
    return saved


class _AppliedCommand(QUndoCommand):
    """An undoable change that is applied before it is pushed, so a failure never reaches the stack.

    QUndoStack.push calls redo() at once; the first call is skipped because `apply()` already ran.
    """

    def __init__(self, text: str, context: AppContext) -> None:
        super().__init__(text)
        self._context = context
        self._pushed = False

    def apply(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self.apply()

    def push(self) -> None:
        self.apply()
        self._context.undo_stack.push(self)


class EditEntryCommand(_AppliedCommand):
    def __init__(self, context: AppContext, entry: DiaryEntry) -> None:
        super().__init__(f"edit of {describe_entry(entry)}", context)
        self._new = entry
        self._old: DiaryEntry | None = None

    def apply(self) -> None:
        self._old = diary_store.update_entry(self._context.db, self._new)
        self._context.events.data_changed.emit(TOPIC)

    def undo(self) -> None:
        assert self._old is not None
        diary_store.update_entry(self._context.db, self._old)
        self._context.events.data_changed.emit(TOPIC)
        self._context.show_status(f"Undid the edit of {describe_entry(self._old)}")


class DeleteEntryCommand(_AppliedCommand):
    def __init__(self, context: AppContext, entry: DiaryEntry) -> None:
        super().__init__(f"deletion of {describe_entry(entry)}", context)
        assert entry.id is not None
        self._entry = entry

    def apply(self) -> None:
        assert self._entry.id is not None
        self._entry = diary_store.delete_entry(self._context.db, self._entry.id)
        self._context.events.data_changed.emit(TOPIC)

    def undo(self) -> None:
        diary_store.add_entry(self._context.db, self._entry)
        self._context.events.data_changed.emit(TOPIC)
        self._context.show_status(f"Restored {describe_entry(self._entry)}")


def edit_entry(context: AppContext, entry: DiaryEntry) -> None:
    """Save an edit; Ctrl+Z reverts it. Raises StorageError (nothing pushed) when saving fails."""
    EditEntryCommand(context, entry).push()
    context.show_status(f"Saved changes to {describe_entry(entry)}")


def delete_entry(context: AppContext, entry: DiaryEntry) -> None:
    DeleteEntryCommand(context, entry).push()
    context.show_status(f"Deleted {describe_entry(entry)}. Press Ctrl+Z to undo.")
