"""Files calfdesk writes for the desktop are well formed whatever the path: awkward data-folder paths (a line
break that would start a second `Exec=`, a tab, quotes, `$`, backticks, `%`, backslashes) are quoted by the
Desktop Entry specification, pass `desktop-file-validate` and read back as exactly the command; what no desktop
entry can hold (a path that is not UTF-8, other control characters) is refused with a clear message and
nothing is written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from calfdesk.errors import InvalidInput
from calfdesk.services import autostart

AWKWARD = [
    "/home/r/runs\nExec=/bin/sh -c 'rm -rf ~'",
    "/home/r/tab\there",
    "/home/r/carriage\rreturn",
    "/home/r/\"quoted\" and 'single'",
    "/home/r/$HOME and `id` and $(id)",
    "/home/r/50% %f %u =equals",
    "/home/r/back\\slash\\\\double\\n-not-a-newline",
    "/home/r/ünïcödé ✓ 日本",
    "/home/r/semi;colon|pipe&amp<less>more~tilde#hash*star?q",
    "-starts-with-a-dash",
    "",
]


def string_value(raw: str) -> str:
    """A desktop entry's string value unescaped (\\s \\n \\t \\r \\\\)."""
    out, index = [], 0
    escapes = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}
    while index < len(raw):
        character = raw[index]
        if character == "\\" and index + 1 < len(raw) and raw[index + 1] in escapes:
            out.append(escapes[raw[index + 1]])
            index += 2
            continue
        out.append(character)
        index += 1
    return "".join(out)


def exec_arguments(value: str) -> list[str]:
    """The Exec key's arguments by the specification's quoting rules (after string unescaping)."""
    arguments: list[str] = []
    current: list[str] = []
    quoted = in_argument = False
    index = 0
    while index < len(value):
        character = value[index]
        if quoted:
            if character == "\\" and index + 1 < len(value) and value[index + 1] in '"`$\\':
                current.append(value[index + 1])
                index += 2
                continue
            if character == '"':
                quoted = False
            else:
                current.append(character)
        elif character == '"':
            quoted = in_argument = True
        elif character == " ":
            if in_argument:
                arguments.append("".join(current))
            current, in_argument = [], False
        else:
            current.append(character)
            in_argument = True
        index += 1
    assert not quoted, "a quote is left open"
    if in_argument:
        arguments.append("".join(current))
    return [argument.replace("%%", "%") for argument in arguments]


def entry_lines(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    keys = [line.split("=", 1)[0] for line in lines[1:]]
    assert len(keys) == len(set(keys)), f"a key appears twice: {keys}"
    return dict(line.split("=", 1) for line in lines[1:])


@pytest.mark.parametrize("folder", AWKWARD, ids=range(len(AWKWARD)))
def test_an_awkward_data_folder_path_is_quoted_validated_and_read_back_exactly(tmp_path: Path, folder: str) -> None:
    entry = autostart.XdgAutostart(tmp_path)
    command = [sys.executable, "-m", "calfdesk", "--data-dir", folder, "--tray"]

    entry.enable(command)

    keys = entry_lines(entry.path)
    assert set(keys) == {"Type", "Name", "Comment", "Icon", "Exec", "Terminal", "X-GNOME-Autostart-enabled"}
    assert exec_arguments(string_value(keys["Exec"])) == command
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (the .ci/run package list installs it)")
    checked = subprocess.run([validator, str(entry.path)], capture_output=True, text=True, check=False)
    assert checked.returncode == 0 and not checked.stdout.strip(), checked.stdout


def test_a_path_that_is_not_utf8_is_refused_with_a_clear_message_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry = autostart.XdgAutostart(tmp_path)
    folder = Path(os.fsdecode(b"/home/r/caf\xe9-runs"))

    with pytest.raises(InvalidInput) as info:
        autostart.set_enabled(entry, True, folder)

    assert "not valid UTF-8" in info.value.message and "caf\\xe9" in info.value.message
    assert not entry.path.exists() and not entry.path.parent.exists()
    # The same for the other platforms' writers: they are refused before anything is written.
    agent = autostart.LaunchAgent(tmp_path)
    with pytest.raises(InvalidInput):
        autostart.set_enabled(agent, True, folder)
    assert not agent.path.exists()


@pytest.mark.parametrize("control", ["\x00", "\x01", "\x1b", "\x7f"])
def test_other_control_characters_are_refused(tmp_path: Path, control: str) -> None:
    entry = autostart.XdgAutostart(tmp_path)
    with pytest.raises(InvalidInput, match="control character"):
        autostart.set_enabled(entry, True, Path(f"/home/r/odd{control}name"))
    assert not entry.path.exists()
