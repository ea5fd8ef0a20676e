"""One writing window per data folder.

The first window holds a QLockFile in the data folder and listens on a QLocalServer named after a hash of
the folder (a user-only socket, the one local connection calfdesk makes). A second start on the same folder
asks the first window to come forward and quits; when the lock is held by a window that does not answer,
it explains why it cannot open. A lock left by a process that has died is removed (stale lock).
"""

from __future__ import annotations

import enum
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from calfdesk import paths

RAISE_MESSAGE: Final = b"raise\n"
ANSWER: Final = b"ok\n"
CONNECT_TIMEOUT_MS: Final = 500
STARTING_WINDOW_GRACE_MS: Final = 3000


def server_name(data_dir: Path) -> str:
    """A per-user name derived from the folder, so each data folder has its own window."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:24]
    return f"calfdesk-{os.getuid()}-{digest}"


def ask_running_window_to_come_forward(name: str, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """True when a calfdesk window listening on `name` answered and will show itself."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(RAISE_MESSAGE)
    socket.waitForBytesWritten(timeout_ms)
    answered = socket.waitForReadyRead(2000) and bytes(socket.readAll().data()).startswith(ANSWER)
    socket.disconnectFromServer()
    return answered


class Outcome(enum.Enum):
    ACQUIRED = "acquired"
    FORWARDED = "forwarded"
    BUSY = "busy"


@dataclass(frozen=True, slots=True)
class Claim:
    outcome: Outcome
    message: str = ""


class SingleInstance(QObject):
    """Holds the data folder for this window. `activation_requested` fires when a second start asks."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.name = server_name(data_dir)
        self._lock_path = paths.window_lock_path(data_dir)
        self._lock = QLockFile(str(self._lock_path))
        # Never stale by age: only a lock whose process has died is stale.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def claim(self) -> Claim:
        if ask_running_window_to_come_forward(self.name):
            return Claim(Outcome.FORWARDED)
        try:
            paths.ensure_private_dir(self.data_dir)
        except OSError:
            # Opening the data file reports the folder problem with its own dialog.
            return Claim(Outcome.ACQUIRED)
        if self._try_lock():
            return Claim(Outcome.ACQUIRED)
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            return Claim(Outcome.ACQUIRED)
        # Another window holds the lock; it may still be starting, so give it a moment to listen.
        deadline = QDeadlineTimer(STARTING_WINDOW_GRACE_MS)
        while not deadline.hasExpired():
            if ask_running_window_to_come_forward(self.name, timeout_ms=200):
                return Claim(Outcome.FORWARDED)
            if self._try_lock():
                return Claim(Outcome.ACQUIRED)
            QThread.msleep(100)
        return Claim(Outcome.BUSY, self._busy_message())

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _try_lock(self) -> bool:
        if not self._lock.tryLock(0):
            return False
        paths.make_private_file(self._lock_path)
        self._listen()
        return True

    def _listen(self) -> None:
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        server.listen(self.name)
        self._server = server

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE_MESSAGE):
            socket.write(ANSWER)
            socket.flush()
            self.activation_requested.emit()

    def _busy_message(self) -> str:
        info = self._lock.getLockInfo()
        who = (
            self.tr("process {pid} on {host}").format(pid=info[0], host=info[1])
            if info and info[0]
            else self.tr("another program")
        )
        return self.tr(
            "calfdesk is already open on {folder} ({who}) but does not respond. Close that window, or "
            "end the process, then start calfdesk again. Opening the same diary twice could lose entries."
        ).format(folder=self.data_dir, who=who)
