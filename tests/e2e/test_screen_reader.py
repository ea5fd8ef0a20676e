"""A runner who cannot see the screen: the real window on an X server (Xvfb) with the AT-SPI accessibility bus,
read as Orca reads it. Every page, the Log dialog, the wizard's warning-signs page and a result with checks to
make: every word on screen is read, every control is named by its question (not its value), nothing takes the
focus without a name, and Tab goes through each page in reading order.

The window runs in its own process (`a11y_app`); the tree is read by `atspi_reader` under the system's
python3, which has pyatspi (Debian's python3-pyatspi; .ci/run installs it with Xvfb and at-spi2-core).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import select
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from calfdesk.ui.shell.pages import PAGES
from tests.ui.test_accessibility import said_in

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
INTERACTIVE = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "combo box",
    "spin button",
    "slider",
    "text",
    "entry",
    "page tab",
    "list",
    "table",
    "tree",
}
SCREENS = [*(f"page {spec.key}" for spec in PAGES), "log", "warning", "result"]


def missing_tools() -> str | None:
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: xvfb, dbus-daemon)"
    if not Path(BUS_LAUNCHER).exists():
        return "the AT-SPI bus is not installed (Debian: at-spi2-core)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode:
        return "the system python3 has no pyatspi (Debian: python3-pyatspi)"
    return None


class Line:
    """A child process spoken to one line at a time (JSON answers)."""

    def __init__(self, args: list[str], env: dict[str, str], cwd: Path = REPO, *, log: Path | None = None) -> None:
        # What the process says on stderr is kept in `log`, to name why it ended.
        self.log = log
        errors = log.open("w", encoding="utf-8") if log is not None else subprocess.DEVNULL
        try:
            self.process = subprocess.Popen(
                args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors, text=True, env=env, cwd=cwd
            )
        finally:
            if not isinstance(errors, int):
                errors.close()

    def ended(self, wait: float = 5.0) -> bool:
        """Whether the process has ended (given a moment to be reaped after its output closed)."""
        try:
            self.process.wait(wait)
        except subprocess.TimeoutExpired:
            return False
        return True

    def said(self) -> str:
        """The last lines the process wrote on stderr."""
        if self.log is None or not self.log.exists():
            return ""
        return "\n".join(self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:])

    def read(self, timeout: float = 90.0) -> Any:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        assert ready, f"{self.process.args[1]} did not answer"
        line = self.process.stdout.readline()
        if not line:
            code = self.process.returncode if self.ended() else None
            raise AssertionError(f"{self.process.args[1]} ended (exit {code}): {self.said()}")
        answer = json.loads(line)
        assert not (isinstance(answer, dict) and "error" in answer), f"{self.process.args[1]}: {answer['error']}"
        return answer

    def ask(self, command: str) -> Any:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.read()

    def stop(self) -> None:
        """End the process and close its pipes, whatever state it is in (one that died leaves a broken pipe)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


def first_line(args: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[str], str]:
    """Start a server that prints where it listens on its first line (Xvfb's display, the bus address)."""
    process = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], 30)
    line = process.stdout.readline().strip() if ready else ""
    if not line:
        process.kill()
        pytest.skip(f"{args[0]} did not start")
    return process, line


class Session:
    def __init__(self, app: Line, start_reader: Callable[[], Line]) -> None:
        self.app = app
        self.start_reader = start_reader
        self.reader = start_reader()
        self.buttons: list[str] = []

    def read(self, command: str) -> Any:
        """What the screen reader answers. The reader is a tool of the test, not calfdesk: one that ended (its
        bus connection lost on a busy machine) is started again once, and the window it reads is the same."""
        try:
            return self.reader.ask(command)
        except (AssertionError, OSError):
            if not self.reader.ended():
                raise
            self.reader = self.start_reader()
            return self.reader.ask(command)

    def show(self, screen: str) -> tuple[list[dict[str, Any]], list[str]]:
        """Show a screen; what the screen reader finds there, and the words the screen shows."""
        self.app.ask("close")
        shown = self.app.ask(screen)
        self.buttons = shown["buttons"]
        return self.read("tree"), shown["words"]


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    reason = missing_tools()
    if reason:
        pytest.skip(reason)
    home = tmp_path_factory.mktemp("screen-reader")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "DBUS_", "DISPLAY", "XDG_"))}
    env |= {"HOME": str(home), "XDG_RUNTIME_DIR": str(home), "XDG_CONFIG_HOME": str(home / "config")}
    os.chmod(home, 0o700)
    servers: list[subprocess.Popen[str]] = []
    lines: list[Line] = []
    try:
        xvfb, display = first_line(["Xvfb", "-displayfd", "1", "-screen", "0", "1366x2880x24", "-nolisten", "tcp"], env)
        servers.append(xvfb)
        bus, address = first_line(["dbus-daemon", "--session", "--nofork", "--print-address=1"], env)
        servers.append(bus)
        env |= {"DISPLAY": f":{display}", "DBUS_SESSION_BUS_ADDRESS": address}
        servers.append(
            subprocess.Popen(
                [BUS_LAUNCHER, "--launch-immediately"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
        )
        app_env = env | {"QT_QPA_PLATFORM": "xcb", "QT_ACCESSIBILITY": "1", "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
        app = Line([sys.executable, "-m", "tests.e2e.a11y_app", str(home / "data")], app_env, log=home / "app.log")
        lines.append(app)
        app.read()

        def start_reader() -> Line:
            reader = Line([SYSTEM_PYTHON, str(HERE / "atspi_reader.py")], env, log=home / f"reader-{len(lines)}.log")
            lines.append(reader)
            reader.read()
            return reader

        yield Session(app, start_reader)
    finally:
        # Each process is ended even when another one could not be: a process left running would fail later tests.
        for line in reversed(lines):
            line.stop()
        for server in reversed(servers):
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            if server.stdout is not None:
                with contextlib.suppress(OSError):
                    server.stdout.close()


def words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text)).lower()


def unread(tree: list[dict[str, Any]], shown: list[str]) -> list[str]:
    """Words on screen that no object reads (by name, text or description)."""
    heard = [words(" ".join((item["name"], item["text"], item["description"]))) for item in tree]
    return [text for text in shown if words(text) and not any(words(text) in said for said in heard)]


def named_by_value(tree: list[dict[str, Any]]) -> list[str]:
    """Controls without their question: unnamed, or named only by what they hold. A combo box's name is its
    value: its question comes from the label tied to it."""
    found = []
    for item in tree:
        if item["role"] not in INTERACTIVE:
            continue
        names = [name for name in (item["name"], *item["labels"]) if name.strip()]
        if item["role"] == "combo box":
            names = [name for name in item["labels"] if name.strip()]
        elif item["role"] in ("spin button", "text", "entry"):
            names = [name for name in names if words(name) != words(item["text"])]
        if not names:
            found.append(f"{item['role']} {item['name']!r}")
    return found


def silent_stops(tree: list[dict[str, Any]]) -> list[str]:
    return [
        f"{item['role']} at {item['extents']}"
        for item in tree
        if item["focusable"]
        and item["enabled"]
        and item["role"] not in ("table cell", "list item", "menu item")
        and not item["name"].strip()
        and not item["labels"]
    ]


@pytest.mark.parametrize("screen", SCREENS)
def test_a_screen_reader_reads_every_word_and_every_question(session: Session, screen: str) -> None:
    tree, shown = session.show(screen)
    assert len(tree) > 10 and shown
    assert unread(tree, shown) == []
    controls = [words(item["name"]) for item in tree if item["role"] in INTERACTIVE]
    assert [text for text in session.buttons if not any(said_in(words(text), name) for name in controls)] == []
    assert named_by_value(tree) == []
    assert silent_stops(tree) == []


def test_the_result_reads_its_triage_and_every_check(session: Session) -> None:
    tree, _shown = session.show("result")
    said = " ".join(words(" ".join((item["name"], item["text"], item["description"]))) for item in tree)
    assert words("Arrange to see a doctor or physiotherapist within a few days, at most a week") in said
    for check in ("measure around the widest part", "temperature", "shortness of breath", "pop"):
        assert words(check) in said, check


def test_after_next_the_focus_is_on_the_first_warning_sign(session: Session) -> None:
    session.app.ask("close")
    shown = session.app.ask("warning")
    focus = session.read("focus")
    assert focus is not None and focus["role"] == "radio button", shown["focus"]
    assert focus["name"].endswith("Yes") and focus["description"].startswith("Why it matters")


def backward_jumps(stops: list[dict[str, Any]]) -> list[str]:
    """A stop wholly above an earlier stop of the same column: Tab went back up."""
    found = []
    for index, stop in enumerate(stops):
        x, y, width, height = stop["extents"]
        for before in stops[:index]:
            bx, by, b_width, _b_height = before["extents"]
            if bx < x + width and x < bx + b_width and y + height <= by:
                found.append(f"{before['name']!r} before {stop['name']!r}")
                break
    return found


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_tab_goes_through_the_page_in_reading_order(session: Session, key: str) -> None:
    session.app.ask("tall")
    session.show(f"page {key}")
    session.app.ask("sidebar")
    sidebar = session.read("focus")
    assert sidebar is not None
    sidebar_right = sidebar["extents"][0] + sidebar["extents"][2]
    page: list[dict[str, Any]] = []
    for _ in range(80):
        session.app.ask("tab")
        focus = session.read("focus")
        assert focus is not None, f"Tab left the focus nowhere after {[stop['name'] for stop in page]}"
        if focus["extents"][0] < sidebar_right:
            if page:
                break  # round the window and back to the sections
            continue
        page.append(focus)
    assert page, "Tab reaches the page"
    unnamed = [stop for stop in page if stop["role"] != "table cell" and not stop["name"].strip()]
    assert [stop for stop in unnamed if not stop["labels"]] == []
    assert backward_jumps(page) == []
