"""Saving, editing and deleting diary entries from the window, off the GUI thread; edits and deletes undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from calfdesk.domain.diary import DiaryEntry
from calfdesk.i18n import Texts
from calfdesk.services import diary as diary_service
from calfdesk.storage import diary_store
from calfdesk.storage.database import Database
from calfdesk.ui.context import AppContext, Changes
from calfdesk.ui.diary.entry_form import EntryForm
from calfdesk.ui.operations import Undo, read, write
from calfdesk.ui.saving import save_form
from calfdesk.ui.widgets.texts import numeric_date

_tr = Texts(__name__)


def describe_entry(entry: DiaryEntry) -> str:
    return _tr("{date} {time:%H:%M}, soreness {soreness}").format(
        date=numeric_date(entry.local_date), time=entry.local_time, soreness=entry.soreness
    )


def show_usual_place(context: AppContext, form: EntryForm) -> None:
    """Read where the runner's injury is (off the GUI thread) and start the form's new entries there."""
    read(context, diary_service.usual_place, form.set_usual_place, parent=form)


def save_entry(
    context: AppContext,
    form: QWidget,
    problem: QLabel,
    button: QAbstractButton,
    entry: Callable[[], DiaryEntry],
    saved: Callable[[DiaryEntry], None],
) -> None:
    """Save the form's entry: a new one, or an edit (its id set) that Ctrl+Z reverts. `saved(entry)` once it
    is in the file; until then, and when it fails, everything typed stays in the form."""
    built: list[DiaryEntry] = []

    def build() -> Callable[[Database], DiaryEntry]:
        value = entry()
        built.append(value)
        if value.id is None:
            return lambda db: diary_store.add_entry(db, value)
        return lambda db: diary_store.update_entry(db, value)

    def undo() -> Undo[DiaryEntry] | None:
        value = built[-1]
        if value.id is None:
            return None
        return Undo(
            _tr("edit of {entry}").format(entry=describe_entry(value)),
            lambda before: lambda db: diary_store.update_entry(db, before),
            _tr("Undid the edit of {entry}").format(entry=describe_entry(value)),
        )

    def done(result: DiaryEntry) -> None:
        value = built[-1]
        if value.id is None:
            context.show_status(_tr("Saved: {entry}").format(entry=describe_entry(result)))
        else:
            context.show_status(_tr("Saved changes to {entry}").format(entry=describe_entry(value)))
        saved(value if value.id is not None else result)

    save_form(
        context,
        form,
        problem,
        button,
        build,
        Changes.DIARY,
        done,
        undo=undo,
        keep_note=_tr("Your entry is still here, so you can try again."),
        form_shows_input_errors=True,
    )


def delete_entry(context: AppContext, entry: DiaryEntry, parent: QWidget | None = None) -> None:
    """Delete off the GUI thread; Ctrl+Z restores the entry under its old id."""
    entry_id = entry.id
    assert entry_id is not None
    write(
        context,
        lambda db: diary_store.delete_entry(db, entry_id),
        Changes.DIARY,
        lambda removed: context.show_status(
            _tr("Deleted {entry}. Press Ctrl+Z to undo.").format(entry=describe_entry(removed))
        ),
        undo=Undo(
            _tr("deletion of {entry}").format(entry=describe_entry(entry)),
            lambda removed: lambda db: diary_store.add_entry(db, removed),
            _tr("Restored {entry}").format(entry=describe_entry(entry)),
        ),
        parent=parent,
        error_title=_tr("The entry was not deleted"),
    )
