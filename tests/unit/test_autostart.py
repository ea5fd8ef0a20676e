"""Start with the computer: what each platform's writer puts on disk (or in the registry), and removing it."""

from __future__ import annotations

import contextlib
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from calfdesk.services import autostart


def test_launch_command_runs_this_calfdesk_in_the_tray(tmp_path: Path) -> None:
    assert autostart.launch_command() == [sys.executable, "-m", "calfdesk", "--tray"]
    assert autostart.launch_command(tmp_path) == [
        sys.executable,
        "-m",
        "calfdesk",
        "--data-dir",
        str(tmp_path),
        "--tray",
    ]


def test_xdg_entry_follows_xdg_config_home(tmp_path: Path) -> None:
    entry = autostart.XdgAutostart.for_user({"XDG_CONFIG_HOME": str(tmp_path)})
    assert entry.path == tmp_path / "autostart" / "io.github.calfdesk.Calfdesk.desktop"
    fallback = autostart.XdgAutostart.for_user({"XDG_CONFIG_HOME": "relative/ignored"})
    assert fallback.path == Path.home() / ".config" / "autostart" / "io.github.calfdesk.Calfdesk.desktop"


def test_xdg_entry_is_written_valid_and_removed(tmp_path: Path) -> None:
    entry = autostart.XdgAutostart(tmp_path)
    command = ["/opt/my apps/python3", "-m", "calfdesk", "--data-dir", '/home/r/50% "calf"', "--tray"]
    assert not entry.enabled()
    entry.enable(command)
    assert entry.enabled()
    text = entry.path.read_text(encoding="utf-8")
    assert "Type=Application\n" in text and "X-GNOME-Autostart-enabled=true\n" in text
    assert 'Exec="/opt/my apps/python3" -m calfdesk --data-dir "/home/r/50%% \\\\"calf\\\\"" --tray\n' in text
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        result = subprocess.run([validator, str(entry.path)], capture_output=True, text=True, check=False)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    entry.disable()
    assert not entry.path.exists() and not entry.enabled()
    entry.disable()  # removing what is not there is fine


def test_launch_agent_plist(tmp_path: Path) -> None:
    agent = autostart.LaunchAgent(tmp_path)
    agent.enable(["/Applications/calfdesk.app/Contents/MacOS/calfdesk", "--tray"])
    assert agent.path == tmp_path / "Library" / "LaunchAgents" / "io.github.calfdesk.Calfdesk.plist"
    written = plistlib.loads(agent.path.read_bytes())
    assert written == {
        "Label": "io.github.calfdesk.Calfdesk",
        "ProgramArguments": ["/Applications/calfdesk.app/Contents/MacOS/calfdesk", "--tray"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    assert agent.enabled()
    agent.disable()
    assert not agent.path.exists()


class FakeWinreg:
    """The part of winreg the Run key uses, over a dictionary."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_READ = 1
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        self.values: dict[tuple[str, str, str], tuple[int, str]] = {}
        self.opened: list[tuple[str, str, int]] = []

    @contextlib.contextmanager
    def OpenKey(self, root: str, path: str, _reserved: int, access: int):
        self.opened.append((root, path, access))
        yield (root, path)

    def SetValueEx(self, key, name: str, _reserved: int, kind: int, value: str) -> None:
        self.values[(*key, name)] = (kind, value)

    def QueryValueEx(self, key, name: str):
        if (*key, name) not in self.values:
            raise FileNotFoundError(name)
        kind, value = self.values[(*key, name)]
        return value, kind

    def DeleteValue(self, key, name: str) -> None:
        if (*key, name) not in self.values:
            raise FileNotFoundError(name)
        del self.values[(*key, name)]


def test_windows_run_key_value() -> None:
    registry = FakeWinreg()
    run = autostart.RunKey(registry)
    assert not run.enabled()
    run.enable([r"C:\Program Files\calfdesk\calfdesk.exe", "--tray"])
    assert registry.values == {
        ("HKCU", r"Software\Microsoft\Windows\CurrentVersion\Run", "calfdesk"): (
            1,
            r'"C:\Program Files\calfdesk\calfdesk.exe" --tray',
        )
    }
    assert run.enabled()
    run.disable()
    assert registry.values == {} and not run.enabled()
    run.disable()


@pytest.mark.parametrize(
    ("platform", "kind"),
    [("linux", autostart.XdgAutostart), ("win32", autostart.RunKey), ("darwin", autostart.LaunchAgent)],
)
def test_each_platform_gets_its_writer(platform: str, kind: type) -> None:
    assert isinstance(autostart.for_this_computer(platform), kind)


def test_the_window_command_accepts_tray_without_loading_the_sub_commands() -> None:
    from calfdesk.cli import _parse

    args = _parse(["--data-dir", "/tmp/somewhere", "--tray"])
    assert args.command is None and args.tray and not args.smoke
    assert not _parse([]).tray
