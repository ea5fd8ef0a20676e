"""Start calfdesk with the computer, in the tray: what each platform needs written, and writing or removing it.

No Qt here. Each platform has a writer that knows one file or value:

- Linux (and other XDG desktops): `$XDG_CONFIG_HOME/autostart/io.github.calfdesk.Calfdesk.desktop`, a desktop
  entry that runs calfdesk with `--tray` (checked with `desktop-file-validate` in the tests, end to end);
- Windows: the per-user Run key `HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run`, value `calfdesk`;
- macOS: a LaunchAgent, `~/Library/LaunchAgents/io.github.calfdesk.Calfdesk.plist`, with RunAtLoad.

The Windows and macOS writers are unit-tested for what they write; they have not been tried on those systems.
Whether calfdesk starts with the computer is what is on disk (or in the registry), never a separate setting, so
the Preferences box always tells the truth.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Protocol

from calfdesk import APP_ID, APP_NAME
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)

TRAY_FLAG: Final = "--tray"
RUN_KEY: Final = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE: Final = APP_NAME


def launch_command(data_dir: Path | None = None) -> list[str]:
    """How to start this copy of calfdesk in the tray: the packaged program, or this Python with `-m calfdesk`;
    with `--data-dir` when the window was opened on a chosen folder."""
    program = [sys.executable] if getattr(sys, "frozen", False) else [sys.executable, "-m", "calfdesk"]
    folder = ["--data-dir", str(data_dir)] if data_dir is not None else []
    return [*program, *folder, TRAY_FLAG]


# Linux -------------------------------------------------------------------------------------------------------


# In a string value of a desktop entry these are written as escapes; other control characters cannot be written.
_STRING_ESCAPES: Final = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}


def _desktop_quote(argument: str) -> str:
    """One argument of a desktop entry's Exec key (Desktop Entry Specification, "The Exec key")."""
    reserved = set(" \t\n\r\"'\\><~|&;$*?#()`")
    if argument and not reserved & set(argument) and "%" not in argument and "=" not in argument:
        return argument
    escaped = argument.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return '"' + escaped.replace("%", "%%") + '"'


def desktop_exec(command: Sequence[str]) -> str:
    """The Exec value: each argument quoted by the Exec rules, then the whole written as a desktop entry's string
    (a backslash doubled; a line break, tab or carriage return as its escape, so no argument can start a line
    of its own). InvalidInput for an argument no desktop entry can hold (another control character)."""
    for argument in command:
        if any(
            (ord(character) < 32 and character not in _STRING_ESCAPES) or ord(character) == 127
            for character in argument
        ):
            raise InvalidInput(
                _tr("{argument} holds a control character; choose a data folder whose name has none").format(
                    argument=repr(argument)
                ),
                field="autostart",
            )
    quoted = " ".join(_desktop_quote(argument) for argument in command)
    return "".join(_STRING_ESCAPES.get(character, character) for character in quoted)


@dataclass(frozen=True, slots=True)
class XdgAutostart:
    """The desktop entry in the user's autostart folder."""

    config_home: Path

    @classmethod
    def for_user(cls, environ: os._Environ[str] | dict[str, str] | None = None) -> XdgAutostart:
        environ = os.environ if environ is None else environ
        configured = environ.get("XDG_CONFIG_HOME", "")
        home = Path(configured) if configured and Path(configured).is_absolute() else Path.home() / ".config"
        return cls(home)

    @property
    def path(self) -> Path:
        return self.config_home / "autostart" / f"{APP_ID}.desktop"

    def content(self, command: Sequence[str]) -> str:
        return "\n".join(
            (
                "[Desktop Entry]",
                "Type=Application",
                "Name=calfdesk",
                "Comment=Soreness and rehab reminders for runners, in the tray",
                f"Icon={APP_ID}",
                f"Exec={desktop_exec(command)}",
                "Terminal=false",
                "X-GNOME-Autostart-enabled=true",
                "",
            )
        )

    def enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: Sequence[str]) -> None:
        _write_atomically(self.path, self.content(command).encode("utf-8"))

    def disable(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


# macOS -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LaunchAgent:
    """A per-user LaunchAgent that runs calfdesk at log-in."""

    home: Path

    @property
    def path(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{APP_ID}.plist"

    def content(self, command: Sequence[str]) -> bytes:
        return plistlib.dumps(
            {
                "Label": APP_ID,
                "ProgramArguments": list(command),
                "RunAtLoad": True,
                "ProcessType": "Interactive",
                "LimitLoadToSessionType": "Aqua",
            }
        )

    def enabled(self) -> bool:
        return self.path.is_file()

    def enable(self, command: Sequence[str]) -> None:
        _write_atomically(self.path, self.content(command))

    def disable(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            self.path.unlink()


# Windows -----------------------------------------------------------------------------------------------------


def windows_command_line(command: Sequence[str]) -> str:
    """A command line as Windows' CreateProcess reads it (each argument quoted when it needs to be)."""
    import subprocess

    return subprocess.list2cmdline(list(command))


@dataclass(frozen=True, slots=True)
class RunKey:
    """The `calfdesk` value of the per-user Run key. `registry` is `winreg` (tests pass a stand-in)."""

    registry: Any = None

    def _winreg(self) -> Any:
        if self.registry is not None:
            return self.registry
        import winreg  # type: ignore[import-not-found,unused-ignore]

        return winreg

    def enabled(self) -> bool:
        winreg = self._winreg()
        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_READ) as key:
                winreg.QueryValueEx(key, RUN_VALUE)
        except OSError:
            return False
        return True

    def enable(self, command: Sequence[str]) -> None:
        winreg = self._winreg()
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.SetValueEx(key, RUN_VALUE, 0, winreg.REG_SZ, windows_command_line(command))

    def disable(self) -> None:
        winreg = self._winreg()
        with (
            contextlib.suppress(FileNotFoundError),
            winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key,
        ):
            winreg.DeleteValue(key, RUN_VALUE)


# choosing and writing ----------------------------------------------------------------------------------------


class Autostart(Protocol):
    def enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None: ...

    def disable(self) -> None: ...


def for_this_computer(platform: str | None = None) -> Autostart:
    """The writer for this platform."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return RunKey()
    if platform == "darwin":
        return LaunchAgent(Path.home())
    return XdgAutostart.for_user()


def set_enabled(autostart: Autostart, enabled: bool, data_dir: Path | None = None) -> None:
    """Write or remove the entry; raises OSError (with the path in it) when that is not possible, and
    InvalidInput, writing nothing, when the command cannot be written into the entry (a path that is not
    valid UTF-8, which no desktop entry, LaunchAgent or Run key can hold, or a control character)."""
    if not enabled:
        autostart.disable()
        return
    command = launch_command(data_dir)
    for argument in command:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidInput(
                _tr(
                    "{argument} is not valid UTF-8; keep calfdesk and your data in folders with plain-text names"
                ).format(argument=os.fsencode(argument).decode("utf-8", "backslashreplace")),
                field="autostart",
            ) from None
    autostart.enable(command)


def _write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_bytes(data)
    temporary.replace(path)
