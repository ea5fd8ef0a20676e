"""A whole window session opens no network connection and leaves only private files behind."""

from __future__ import annotations

import datetime as dt
import socket
import stat
import sys
from pathlib import Path
from typing import Any

import pytest

from calfdesk import paths
from calfdesk.domain.diary import make_entry
from calfdesk.services import diary
from calfdesk.storage import backup as backup_store
from calfdesk.storage import diary_store
from calfdesk.ui.operations import Changes, write

_attempts: list[str] = []
_watching: list[bool] = []
NETWORK_EVENTS = {"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto", "urllib.Request"}


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if _watching and event in NETWORK_EVENTS:
        _attempts.append(f"{event} {args!r}")


sys.addaudithook(_audit)  # audit hooks cannot be removed; it records only while a test watches


@pytest.fixture
def network_off(monkeypatch: pytest.MonkeyPatch):
    def refuse(*args: Any, **_kwargs: Any) -> Any:
        _attempts.append(f"call {args!r}")
        raise OSError("calfdesk tests run without a network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    _attempts.clear()
    _watching.append(True)
    yield _attempts
    _watching.clear()


def test_a_window_session_opens_no_connection_and_keeps_files_private(
    network_off: list[str], make_window, qtbot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from calfdesk.ui.shell.pages import PAGES

    monkeypatch.setattr(QMessageBox, "information", lambda *_args, **_kwargs: None)
    window = make_window()
    for spec in PAGES:
        window.navigate(spec.key)
    entry = make_entry(local_date=dt.date.today(), local_time=dt.time(6, 45), soreness=4, notes="private")
    saving = write(window.context, lambda db: diary_store.add_entry(db, entry), Changes.DIARY)
    qtbot.waitUntil(lambda: saving.done)
    with (tmp_path / "export.csv").open("w", newline="") as stream:
        diary.export_csv(window.context.db, stream)
    window.data_safety.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(backup_store.list_backups(data_dir)))
    window.set_theme("dark")
    window.set_theme("light")
    window.refresh()
    window.close()

    assert network_off == []
    loose = [
        f"{path.name} {oct(stat.S_IMODE(path.stat().st_mode))}"
        for path in [data_dir, *data_dir.rglob("*")]
        if stat.S_IMODE(path.stat().st_mode) != (paths.FOLDER_MODE if path.is_dir() else paths.FILE_MODE)
    ]
    assert loose == []


def test_the_guard_notices_a_connection(network_off: list[str]) -> None:
    with pytest.raises(OSError, match="without a network"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    assert network_off
