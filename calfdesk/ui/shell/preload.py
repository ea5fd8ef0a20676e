"""Import the modules of pages not shown yet on a background thread once the window is idle, so the first
visit of a page (the Diary's chart library above all) does not wait for its imports."""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Sequence


class Preloader:
    """Imports `modules` in order on one thread. Call `wait()` before importing any of them on the GUI
    thread: two threads importing the same package at once can deadlock on Python's module locks."""

    def __init__(self, modules: Sequence[str]) -> None:
        self.modules = tuple(modules)
        self.done = threading.Event()
        # Called on the preload thread once every module is in.
        self.after: Callable[[], None] | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="calfdesk-preload", daemon=True)
            self._thread.start()

    def wait(self) -> None:
        if self._thread is not None:
            self._thread.join()

    def _run(self) -> None:
        try:
            for name in self.modules:
                # A module that fails here fails again, with its real error, when its page is opened.
                try:
                    importlib.import_module(name)
                except Exception:
                    continue
        finally:
            self.done.set()
