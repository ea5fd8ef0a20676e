"""Run work off the GUI thread and get its result, error and progress back on the GUI thread.

Reads run on Qt's global pool; writes go through one single-threaded pool so they never race each other.
Shutting down is quiet: work whose window (and relay) is gone by the time it finishes has nowhere to report
and says nothing; `shutdown` at the end of the application stops new reads, asks running ones to stop, and
lets every write run to its end before the data file is closed.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a task by `TaskContext.check_cancelled` once the runner cancelled it."""


class TaskContext:
    """Handed to the work function: report progress and notice cancellation."""

    def __init__(self, relay: _Relay) -> None:
        self._relay = relay
        self._cancel = threading.Event()

    def progress(self, done: int, total: int, text: str = "") -> None:
        _deliver(self._relay, "progressed", done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker arrive there queued."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


def _deliver(relay: _Relay, signal: str, *values: Any) -> None:
    """Emit from the worker; nothing when the relay is gone (its window closed, the application ending): the
    result then has nowhere to go. The check and the emit may race the deletion, which emit reports as a
    RuntimeError ("Signal source has been deleted")."""
    with contextlib.suppress(RuntimeError):
        if shiboken6.isValid(relay):
            getattr(relay, signal).emit(*values)


class TaskHandle(Generic[T]):
    """A running task. `cancel()` asks it to stop at its next check."""

    def __init__(self, relay: _Relay, context: TaskContext, *, writes: bool) -> None:
        self.relay = relay
        self.context = context
        self.writes = writes
        self.done = False

    def cancel(self) -> None:
        self.context._cancel.set()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskContext], Any], context: TaskContext, relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._context = context
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work(self._context)
        except BaseException as error:  # delivered to the GUI thread, which decides what to show
            _deliver(self._relay, "failed", error)
        else:
            _deliver(self._relay, "succeeded", result)


_running: set[TaskHandle[Any]] = set()
_write_pool: QThreadPool | None = None
_closing = False


def _pool(writes: bool) -> QThreadPool:
    global _write_pool
    if not writes:
        return QThreadPool.globalInstance()
    if _write_pool is None:
        _write_pool = QThreadPool()
        _write_pool.setMaxThreadCount(1)
    return _write_pool


def receiver_alive(callback: Callable[..., Any]) -> bool:
    """False when the callback is a method of a widget that was closed and deleted meanwhile."""
    owner = getattr(callback, "__self__", None)
    return not isinstance(owner, QObject) or shiboken6.isValid(owner)


def run_task(
    work: Callable[[TaskContext], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[BaseException], None],
    *,
    on_progress: Callable[[int, int, str], None] | None = None,
    writes: bool = False,
) -> TaskHandle[T]:
    """Start `work(context)` in the background; callbacks run on the GUI thread."""
    relay = _Relay()
    context = TaskContext(relay)
    handle: TaskHandle[T] = TaskHandle(relay, context, writes=writes)
    if _closing and not writes:
        # The application is ending: nobody will see what a new read finds.
        handle.done = True
        return handle

    def finish() -> None:
        handle.done = True
        _running.discard(handle)

    def succeeded(result: Any) -> None:
        finish()
        if receiver_alive(on_success):
            on_success(result)

    def failed(error: BaseException) -> None:
        finish()
        if receiver_alive(on_failure):
            on_failure(error)

    relay.succeeded.connect(succeeded)
    relay.failed.connect(failed)
    if on_progress is not None:
        relay.progressed.connect(on_progress)
    _running.add(handle)
    _pool(writes).start(_Runnable(work, context, relay))
    return handle


def wait_for_all(timeout_ms: int = 10_000) -> None:
    """Block until background work finishes (used when closing the window)."""
    QThreadPool.globalInstance().waitForDone(timeout_ms)
    if _write_pool is not None:
        _write_pool.waitForDone(timeout_ms)


def shutdown(timeout_ms: int = 60_000) -> None:
    """At the end of the application, before the data file is closed: no new read starts, running reads are
    asked to stop, and every write (running or queued) runs to its end, so none is lost."""
    global _closing
    _closing = True
    try:
        for handle in list(_running):
            if not handle.writes:
                handle.cancel()
        wait_for_all(timeout_ms)
    finally:
        # Over: a window made later in this process (tests make many) starts afresh.
        _closing = False
