"""The single instance belongs to its user: another local user who listens first on calfdesk's window socket
(or prepares the folder for it) can no longer make every start quit silently. The window then starts normally
and says why; a window of the same user is still brought forward."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from calfdesk import paths
from calfdesk.ui.shell.single_instance import Outcome, SingleInstance, server_name, socket_folder
from tests.reliability import cli_env

NOBODY = 65534

# Listens on argv[1] and answers "ok" to anything, as calfdesk's window does; writes what it heard to argv[2].
SQUATTER = """
import os, socket, sys
server = socket.socket(socket.AF_UNIX)
server.bind(sys.argv[1])
os.chmod(sys.argv[1], 0o777)
server.listen(5)
print("listening", flush=True)
while True:
    connection, _ = server.accept()
    heard = connection.recv(100)
    with open(sys.argv[2], "ab") as log:
        log.write(heard)
    connection.sendall(b"ok\\n")
    connection.close()
"""


def _as_nobody() -> None:
    os.setgid(NOBODY)
    os.setuid(NOBODY)


@contextmanager
def squatter(path: Path, heard: Path, *, other_user: bool) -> Iterator[None]:
    python = shutil.which("python3", path="/usr/bin:/bin") if other_user else sys.executable
    if python is None:
        pytest.skip("no system python3 to run a program as another user")
    with subprocess.Popen(
        [python, "-c", SQUATTER, str(path), str(heard)],
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=_as_nobody if other_user else None,
    ) as process:
        try:
            assert process.stdout is not None and process.stdout.readline().strip() == "listening"
            yield
        finally:
            process.kill()


@pytest.fixture
def short_folder() -> Iterator[Path]:
    """A folder with a short path (a socket's path must fit in 108 bytes; pytest's folders are long)."""
    folder = Path(tempfile.mkdtemp(prefix="cdt-", dir="/tmp"))
    folder.chmod(0o755)  # another user's program may pass through, as through /tmp
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def private_temp(short_folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The system temporary folder is a fresh one and there is no runtime folder (as on some systems)."""
    temp = short_folder / "tmp"
    temp.mkdir()
    temp.chmod(0o1777)
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    return temp


def test_the_socket_lives_in_a_folder_only_the_user_can_write(
    qtbot, data_dir: Path, short_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = short_folder / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    instance = SingleInstance(data_dir)
    try:
        assert instance.claim().outcome is Outcome.ACQUIRED and instance.doubt is None
        assert instance.name is not None
        socket_path = Path(instance.name)
        assert socket_path.parent == runtime / "calfdesk-instance"
        assert stat.S_ISSOCK(socket_path.stat().st_mode)
        assert socket_path.parent.stat().st_mode & 0o777 == 0o700
    finally:
        instance.release()


@pytest.mark.parametrize("how", ["open to everyone", "owned by another user"])
def test_a_prepared_socket_folder_in_the_temporary_folder_is_not_trusted(
    qtbot, data_dir: Path, private_temp: Path, tmp_path: Path, how: str
) -> None:
    folder = private_temp / f"calfdesk-{os.geteuid()}"
    folder.mkdir()
    if how == "open to everyone":
        folder.chmod(0o777)
    else:
        if os.geteuid() != 0:
            pytest.skip("only root can make a folder that belongs to another user")
        os.chown(folder, NOBODY, NOBODY)
    digest_name = Path(server_name(data_dir, folder)).name
    heard = tmp_path / "heard"
    with squatter(folder / digest_name, heard, other_user=how == "owned by another user"):
        instance = SingleInstance(data_dir)
        try:
            claim = instance.claim()
            assert claim.outcome is Outcome.ACQUIRED, "the start is not stopped by the squatter"
            assert instance.doubt is not None and "could not check safely" in instance.doubt
            assert str(folder) in instance.doubt
        finally:
            instance.release()
    assert not heard.exists(), "nothing was sent to the squatter"


@pytest.mark.skipif(os.geteuid() != 0, reason="another user's process is arranged as root only")
def test_a_listener_of_another_user_in_the_private_folder_is_not_asked_and_the_window_starts(
    qtbot, data_dir: Path, tmp_path: Path, short_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = short_folder / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    folder, problem = socket_folder()
    assert folder is not None, problem
    squat = short_folder / "squat"
    squat.mkdir()
    os.chown(squat, NOBODY, NOBODY)
    heard = tmp_path / "heard"
    heard.touch()
    heard.chmod(0o666)
    with squatter(squat / "s", heard, other_user=True):
        # A socket bound by another user, put where calfdesk's window would listen (root can move it there).
        (squat / "s").rename(server_name(data_dir, folder))
        instance = SingleInstance(data_dir)
        try:
            assert instance.claim().outcome is Outcome.ACQUIRED
            assert instance.doubt is not None and "a program of another user listens" in instance.doubt
        finally:
            instance.release()
    assert heard.read_bytes() == b""


@pytest.mark.slow
def test_the_reported_attack_no_longer_makes_calfdesk_quit_silently(
    data_dir: Path, tmp_path: Path, short_folder: Path
) -> None:
    temp = short_folder / "tmp"
    temp.mkdir(mode=0o1777)
    folder = temp / f"calfdesk-{os.geteuid()}"
    folder.mkdir()
    folder.chmod(0o777)
    heard = tmp_path / "heard"
    env = {**cli_env(), "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(temp)}
    env.pop("XDG_RUNTIME_DIR", None)
    with squatter(folder / Path(server_name(data_dir, folder)).name, heard, other_user=False):
        result = subprocess.run(
            [sys.executable, "-m", "calfdesk", "--data-dir", str(data_dir), "--smoke"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    assert "could not check safely whether it is already open" in result.stderr
    assert paths.database_path(data_dir).exists(), "the window opened the runner's data"
    assert not heard.exists()


def test_a_folder_switched_to_without_a_safe_check_says_why(
    make_window, qtbot, tmp_path: Path, private_temp: Path
) -> None:
    window = make_window()
    folder = private_temp / f"calfdesk-{os.geteuid()}"
    folder.mkdir(exist_ok=True)
    folder.chmod(0o777)
    other = tmp_path / "other"

    window.data_safety.switch_folder(other)
    qtbot.waitUntil(lambda: window.context.db.data_dir == other, timeout=10_000)

    assert "could not check safely whether it is already open" in window.statusBar().currentMessage()
