"""One writing window per data folder.

The first window holds a QLockFile in the data folder and listens on a QLocalServer named after a hash of
the folder (a user-only socket, the one local connection calfdesk makes). A second start on the same folder
asks the first window to come forward and quits; when the lock is held by a window that does not answer,
it explains why it cannot open. A lock left by a process that has died is removed (stale lock).

The socket belongs to its user: it lives in a folder only the user can create files in (the user's runtime
folder, else `calfdesk-UID` in the system's temporary folder, created 0700 and checked to be the user's own
real folder), and the process at the other end must run as the same user (its credentials are read from the
socket). On any doubt the window starts normally (the lock in the data folder still keeps a second window
out) and says why, instead of letting another user's program make calfdesk quit.
"""

from __future__ import annotations

import contextlib
import enum
import hashlib
import os
import socket as stdlib_socket
import stat
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from PySide6.QtCore import QDeadlineTimer, QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from calfdesk import paths
from calfdesk.errors import system_reason
from calfdesk.i18n import Texts

_tr = Texts(__name__)

RAISE_MESSAGE: Final = b"raise\n"
ANSWER: Final = b"ok\n"
CONNECT_TIMEOUT_MS: Final = 500
STARTING_WINDOW_GRACE_MS: Final = 3000
# A local socket's path must fit in sockaddr_un's 108 bytes (104 on some systems), with its NUL.
MAX_SOCKET_PATH: Final = 100


def _private_folder(folder: Path, *, create: bool) -> str | None:
    """None when `folder` is this user's own real folder that nobody else can write to (created 0700 when
    `create` and missing); else why it cannot hold the socket."""
    if create:
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=0o700)
    try:
        info = folder.lstat()
    except OSError as error:
        return _tr("{folder} cannot be used ({reason})").format(folder=folder, reason=system_reason(error))
    if not stat.S_ISDIR(info.st_mode):
        return _tr("{folder} is not a folder").format(folder=folder)
    if info.st_uid != os.geteuid():
        return _tr("{folder} belongs to another user").format(folder=folder)
    if info.st_mode & 0o022:
        return _tr("other users can write to {folder}").format(folder=folder)
    return None


def socket_folder() -> tuple[Path | None, str | None]:
    """Where this user's window sockets live, or (None, why) when no folder is private enough."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_absolute() and _private_folder(Path(runtime), create=False) is None:
        folder = Path(runtime) / "calfdesk-instance"
    else:
        folder = Path(tempfile.gettempdir()) / f"calfdesk-{os.geteuid()}"
    problem = _private_folder(folder, create=True)
    return (None, problem) if problem else (folder, None)


def server_name(data_dir: Path, folder: Path) -> str:
    """The socket of the window of `data_dir`: a path in this user's socket folder, one per data folder."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:24]
    return str(folder / f"calfdesk-{digest}")


def peer_uid(socket: QLocalSocket) -> int | None:
    """The user id of the process at the other end of a connected local socket (None when unknown)."""
    descriptor = int(socket.socketDescriptor())
    if descriptor < 0 or not hasattr(stdlib_socket, "SO_PEERCRED"):
        return None
    duplicate = stdlib_socket.socket(fileno=os.dup(descriptor))
    try:
        credentials = duplicate.getsockopt(stdlib_socket.SOL_SOCKET, stdlib_socket.SO_PEERCRED, struct.calcsize("3i"))
    except OSError:
        return None
    finally:
        duplicate.close()
    _pid, uid, _gid = struct.unpack("3i", credentials)
    return uid


class Reply(enum.Enum):
    NONE = "none"  # nobody listens
    FORWARDED = "forwarded"  # this user's window answered and comes forward
    FOREIGN = "foreign"  # a process of another user listens


def ask_running_window_to_come_forward(name: str, timeout_ms: int = CONNECT_TIMEOUT_MS) -> Reply:
    """Ask the window listening on `name` to show itself; only a process of this user is asked."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return Reply.NONE
    if peer_uid(socket) != os.geteuid():
        socket.abort()
        return Reply.FOREIGN
    socket.write(RAISE_MESSAGE)
    socket.waitForBytesWritten(timeout_ms)
    answered = socket.waitForReadyRead(2000) and bytes(socket.readAll().data()).startswith(ANSWER)
    socket.disconnectFromServer()
    return Reply.FORWARDED if answered else Reply.NONE


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
        self.name: str | None = None
        # Why the window could not check safely for another window of this folder (it then starts normally).
        self.doubt: str | None = None
        self._lock_path = paths.window_lock_path(data_dir)
        self._lock = QLockFile(str(self._lock_path))
        # Never stale by age: only a lock whose process has died is stale.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    def claim(self) -> Claim:
        folder, problem = socket_folder()
        if folder is None:
            self._doubt(self.tr("the folder for its window socket is not private: {problem}").format(problem=problem))
        elif len(os.fsencode(server_name(self.data_dir, folder))) > MAX_SOCKET_PATH:
            self._doubt(self.tr("the path of its window socket in {folder} is too long").format(folder=folder))
        else:
            self.name = server_name(self.data_dir, folder)
        if self._ask(CONNECT_TIMEOUT_MS):
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
            if self._ask(200):
                return Claim(Outcome.FORWARDED)
            if self._try_lock():
                return Claim(Outcome.ACQUIRED)
            QThread.msleep(100)
        return Claim(Outcome.BUSY, self._busy_message())

    def _ask(self, timeout_ms: int) -> bool:
        """Whether a window of this user on this folder answered and comes forward."""
        if self.name is None:
            return False
        reply = ask_running_window_to_come_forward(self.name, timeout_ms)
        if reply is Reply.FOREIGN:
            self._doubt(self.tr("a program of another user listens on its window socket"))
        return reply is Reply.FORWARDED

    def _doubt(self, why: str) -> None:
        """Stop using the socket: start normally, and keep the reason for the window to show."""
        self.name = None
        self.doubt = self.tr(
            "calfdesk could not check safely whether it is already open ({why}); it started normally."
        ).format(why=why)

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
        if self.name is None:
            return
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        server.listen(self.name)
        self._server = server

    def _accept(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            if peer_uid(socket) != os.geteuid():
                socket.abort()
                socket.deleteLater()
                continue
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
