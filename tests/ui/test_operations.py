"""The operation helper: reads and writes off the GUI thread, errors shown one way, changes announced, undo."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from calfdesk.settings import Settings
from calfdesk.storage.database import Database, open_database
from calfdesk.ui import operations
from calfdesk.ui.context import AppContext, AppEvents, Changes
from calfdesk.ui.operations import Undo, read, write, write_with_progress
from calfdesk.ui.tasks import TaskContext, wait_for_all

WAIT_MS = 5000


@pytest.fixture
def statuses() -> list[str]:
    """What the window's status bar was asked to say."""
    return []


@pytest.fixture
def context(qtbot, tmp_path: Path, statuses: list[str]) -> Iterator[AppContext]:
    db = open_database(tmp_path / "data")
    context = AppContext(
        db=db,
        settings=Settings(tmp_path / "config"),
        events=AppEvents(),
        undo_stack=QUndoStack(),
        show_status=statuses.append,
    )
    yield context
    wait_for_all()
    db.close()


@pytest.fixture
def announced(context: AppContext) -> list[Changes]:
    changes: list[Changes] = []
    context.events.changed.connect(changes.append)
    return changes


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The standard error display, recorded instead of shown: (title, message)."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(operations, "show_error", lambda _parent, title, error: shown.append((title, str(error))))
    return shown


def on_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_a_read_runs_off_the_gui_thread_and_delivers_on_it(qtbot, context: AppContext, announced) -> None:
    ran: list[tuple[bool, object]] = []
    delivered: list[tuple[bool, object]] = []

    def query(db: Database) -> int:
        ran.append((on_gui_thread(), db))
        with db.raw() as connection:
            return int(connection.execute("SELECT COUNT(*) FROM diary_entry").fetchone()[0])

    read(context, query, lambda count: delivered.append((on_gui_thread(), count)))
    qtbot.waitUntil(lambda: bool(delivered), timeout=WAIT_MS)
    assert ran == [(False, context.db)], "the query ran on a worker, with the window's data file"
    assert delivered == [(True, 0)], "its result came back on the GUI thread"
    assert announced == [], "a read changes nothing"


def test_writes_run_one_at_a_time_on_one_worker_in_the_order_asked(qtbot, context: AppContext) -> None:
    started = threading.Event()
    release = threading.Event()
    threads: list[int] = []
    order: list[int] = []
    finished: list[int] = []

    def step(number: int):
        def op(_db: Database) -> int:
            if number == 0:
                started.set()
                release.wait(WAIT_MS / 1000)
            threads.append(threading.get_ident())
            order.append(number)
            return number

        return op

    for number in range(6):
        write(context, step(number), Changes.NONE, finished.append)
    assert started.wait(WAIT_MS / 1000)
    # While the first write is held, a read still runs beside it.
    read_done: list[str] = []
    read(context, lambda _db: "read", read_done.append)
    qtbot.waitUntil(lambda: bool(read_done), timeout=WAIT_MS)
    assert order == [], "no write overtook the first one"
    release.set()
    qtbot.waitUntil(lambda: len(finished) == 6, timeout=WAIT_MS)
    assert order == list(range(6)) and finished == list(range(6))
    assert len(set(threads)) == 1 and threads[0] != threading.main_thread().ident


def test_a_failure_is_shown_the_standard_way(qtbot, context: AppContext, shown_errors, announced) -> None:
    def broken(_db: Database) -> None:
        raise OSError("No space left on device")

    done: list[object] = []
    write(context, broken, Changes.DIARY, done.append)
    read(context, broken, done.append)
    qtbot.waitUntil(lambda: len(shown_errors) == 2, timeout=WAIT_MS)
    assert sorted(shown_errors) == [
        ("Nothing was saved", "No space left on device"),
        ("Your data could not be read", "No space left on device"),
    ]
    assert done == [] and announced == [], "a failed write neither finishes nor announces a change"

    write(context, broken, Changes.DIARY, error_title="No backup was made")
    qtbot.waitUntil(lambda: len(shown_errors) == 3, timeout=WAIT_MS)
    assert shown_errors[2][0] == "No backup was made"


def test_a_caller_that_handles_its_failure_gets_it_instead(qtbot, context: AppContext, shown_errors) -> None:
    handled: list[BaseException] = []

    def broken(_db: Database) -> None:
        raise ValueError("the folder is gone")

    read(context, broken, lambda _result: None, failure=handled.append)
    write(context, broken, Changes.DIARY, failure=handled.append)
    qtbot.waitUntil(lambda: len(handled) == 2, timeout=WAIT_MS)
    assert [str(error) for error in handled] == ["the folder is gone"] * 2
    assert shown_errors == []


def test_a_write_announces_its_changes_once_after_it_is_done(qtbot, context: AppContext, announced) -> None:
    seen_when_done: list[list[Changes]] = []
    write(context, lambda _db: None, Changes.DIARY | Changes.REHAB, lambda _r: seen_when_done.append(list(announced)))
    write(context, lambda _db: None, Changes.NONE)
    write(context, lambda _db: None, Changes.TRAINING)
    qtbot.waitUntil(lambda: len(announced) == 2, timeout=WAIT_MS)
    wait_for_all()
    qtbot.wait(50)
    assert announced == [Changes.DIARY | Changes.REHAB, Changes.TRAINING], "once per write; nothing for NONE"
    assert seen_when_done == [[]], "the caller's own callback runs before the pages hear of the change"


def test_a_result_for_a_closed_window_reaches_nobody(qtbot, context: AppContext, announced) -> None:
    parent = QWidget()
    release = threading.Event()
    done: list[object] = []

    def slow(_db: Database) -> str:
        release.wait(WAIT_MS / 1000)
        return "late"

    read(context, slow, done.append, parent=parent)
    write(context, slow, Changes.DIARY, done.append, parent=parent)
    shiboken6.delete(parent)
    release.set()
    qtbot.waitUntil(lambda: bool(announced), timeout=WAIT_MS)
    assert done == [], "the closed dialog's callbacks are not called"
    assert announced == [Changes.DIARY], "the change is in the file, so the pages still hear of it"

    # The whole window closed: its events are gone, and the late write announces nothing (and does not fail).
    release.clear()
    write(context, slow, Changes.DIARY)
    shiboken6.delete(context.events)
    release.set()
    wait_for_all()
    qtbot.wait(50)
    assert announced == [Changes.DIARY]


def test_closures_of_a_deleted_object_are_not_called_progress_included(qtbot, context: AppContext) -> None:
    """A closure cannot be traced to its owner, so `parent` names it: an object that is not a widget (a model,
    a scheduler) counts too, and so does a long write's progress."""
    owner = QObject()
    started = threading.Event()
    release = threading.Event()
    calls: list[str] = []

    def slow(_db: Database, task: TaskContext) -> str:
        started.set()
        release.wait(WAIT_MS / 1000)
        task.progress(1, 2, "half")
        return "late"

    read(context, lambda _db: release.wait(WAIT_MS / 1000), lambda _result: calls.append("read"), parent=owner)
    write_with_progress(
        context,
        slow,
        Changes.NONE,
        lambda _result: calls.append("done"),
        lambda *_progress: calls.append("progress"),
        failure=lambda _error: calls.append("failure"),
        parent=owner,
    )
    started.wait(WAIT_MS / 1000)
    shiboken6.delete(owner)
    release.set()
    wait_for_all()
    qtbot.wait(50)
    assert calls == []


def test_undo_and_redo_run_as_writes_and_announce(
    qtbot, context: AppContext, announced, shown_errors, statuses: list[str]
) -> None:
    notes: list[str] = []
    threads: list[bool] = []

    def add(_db: Database) -> str:
        threads.append(on_gui_thread())
        notes.append("hill repeats")
        return "hill repeats"

    def take_back(note: str):
        def op(_db: Database) -> None:
            threads.append(on_gui_thread())
            notes.remove(note)

        return op

    undo = Undo("entry of hill repeats", take_back, "Entry removed")
    write(context, add, Changes.DIARY, undo=undo)
    qtbot.waitUntil(lambda: context.undo_stack.count() == 1, timeout=WAIT_MS)
    assert notes == ["hill repeats"], "pushing the change does not run it a second time"
    assert context.undo_stack.undoText() == "entry of hill repeats"

    context.undo_stack.undo()
    qtbot.waitUntil(lambda: statuses == ["Entry removed"], timeout=WAIT_MS)
    assert notes == []
    context.undo_stack.redo()
    qtbot.waitUntil(lambda: notes == ["hill repeats"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(announced) == 3, timeout=WAIT_MS)
    assert announced == [Changes.DIARY] * 3
    assert threads == [False, False, False], "the change, its undo and its redo all ran on the write worker"
    assert shown_errors == []


def test_a_write_that_failed_never_reaches_the_undo_stack(qtbot, context: AppContext, shown_errors) -> None:
    def broken(_db: Database) -> str:
        raise OSError("The disk is full")

    write(context, broken, Changes.DIARY, undo=Undo("entry", lambda _r: lambda _db: None, "Entry removed"))
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=WAIT_MS)
    assert context.undo_stack.count() == 0


def test_a_failed_undo_says_so_and_is_not_reported_as_done(
    qtbot, context: AppContext, shown_errors, statuses: list[str]
) -> None:
    def refuse(_result: object):
        def op(_db: Database) -> None:
            raise OSError("The data file is read-only")

        return op

    write(context, lambda _db: "saved", Changes.DIARY, undo=Undo("entry", refuse, "Entry removed"))
    qtbot.waitUntil(lambda: context.undo_stack.count() == 1, timeout=WAIT_MS)
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: bool(shown_errors), timeout=WAIT_MS)
    assert shown_errors == [("The change was not undone", "The data file is read-only")]
    assert statuses == []
