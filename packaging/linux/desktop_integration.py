"""Install or remove calfdesk's menu entry, AppStream metainfo and icons for the current user.

    python3 packaging/linux/desktop_integration.py install [--exec COMMAND]
    python3 packaging/linux/desktop_integration.py uninstall

Files go to $XDG_DATA_HOME (default ~/.local/share): applications/, metainfo/ and icons/hicolor/. The menu
entry starts `calfdesk` from PATH (a pipx or pip install); `--exec` points it at another command, such as
the packaged build's dist/calfdesk/calfdesk. The desktop and icon caches are refreshed when their tools
are installed. Needs only the standard library.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
LINUX = ROOT / "packaging" / "linux"
HICOLOR = ROOT / "packaging" / "icons" / "hicolor"


def app_id() -> str:
    sys.path.insert(0, str(ROOT))
    from calfdesk import APP_ID

    return APP_ID


def data_home() -> Path:
    configured = os.environ.get("XDG_DATA_HOME")
    return Path(configured) if configured and Path(configured).is_absolute() else Path.home() / ".local" / "share"


def quoted_exec(command: str) -> str:
    """A program path as the Exec key wants it: quoted, with `"`, `` ` ``, `$` and `\\` escaped."""
    if re.fullmatch(r"[A-Za-z0-9_./+-]+", command):
        return command
    return '"' + re.sub(r'(["`$\\])', r"\\\1", command).replace("%", "%%") + '"'


def desktop_entry(command: str | None) -> str:
    text = (LINUX / f"{app_id()}.desktop").read_text(encoding="utf-8")
    if command is None:
        return text
    text = re.sub(r"^TryExec=.*$", lambda _: f"TryExec={command}", text, flags=re.MULTILINE)
    return re.sub(r"^Exec=.*$", lambda _: f"Exec={quoted_exec(command)}", text, flags=re.MULTILINE)


def installed_files(data: Path) -> dict[Path, Path | None]:
    """Each target file and its source (None for the desktop entry, which is written, not copied)."""
    name = app_id()
    files: dict[Path, Path | None] = {
        data / "applications" / f"{name}.desktop": None,
        data / "metainfo" / f"{name}.metainfo.xml": LINUX / f"{name}.metainfo.xml",
    }
    for icon in sorted(HICOLOR.glob(f"*/apps/{name}.*")):
        files[data / "icons" / "hicolor" / icon.relative_to(HICOLOR)] = icon
    return files


def refresh_caches(data: Path) -> None:
    """Let menus and icon themes notice the change; each tool is optional."""
    commands = [
        ["update-desktop-database", "-q", str(data / "applications")],
        ["gtk-update-icon-cache", "-q", "-t", "-f", str(data / "icons" / "hicolor")],
    ]
    for command in commands:
        if shutil.which(command[0]) and Path(command[-1]).is_dir():
            subprocess.run(command, check=False)


def install(command: str | None) -> list[Path]:
    data = data_home()
    written = []
    for target, source in installed_files(data).items():
        target.parent.mkdir(parents=True, exist_ok=True)
        if source is None:
            target.write_text(desktop_entry(command), encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    refresh_caches(data)
    return written


def uninstall() -> list[Path]:
    data = data_home()
    removed = []
    for target in installed_files(data):
        if target.exists():
            target.unlink()
            removed.append(target)
    refresh_caches(data)
    return removed


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="desktop_integration.py", description=__doc__.splitlines()[0])
    actions = parser.add_subparsers(dest="action", required=True)
    install_parser = actions.add_parser("install", help="add the menu entry, metainfo and icons")
    install_parser.add_argument("--exec", dest="command", metavar="COMMAND", help="program the menu entry starts")
    actions.add_parser("uninstall", help="remove what install added")
    args = parser.parse_args(argv)
    if args.action == "install":
        for path in install(args.command or None):
            print(f"installed {path}")
    else:
        for path in uninstall():
            print(f"removed {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
