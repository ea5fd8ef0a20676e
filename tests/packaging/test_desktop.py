"""Linux desktop integration: one app id everywhere, valid desktop entry and metainfo, clean install."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from calfdesk import APP_ID, __version__
from tests.conftest import REPO_ROOT

LINUX = REPO_ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SCREENSHOTS = REPO_ROOT / "docs" / "screenshots"
SCREENSHOT_URL = re.compile(r"https://raw\.githubusercontent\.com/calfdesk/calfdesk/main/docs/screenshots/(.+\.png)")


def desktop_keys(text: str) -> dict[str, str]:
    return dict(re.findall(r"^([A-Za-z]+)=(.*)$", text, flags=re.MULTILINE))


def require_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (.ci/run installs it with apt)")
    return path


def make(target: str, home: Path, *variables: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(home)}
    env.pop("XDG_DATA_HOME", None)
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(REPO_ROOT), target, *variables],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )


def test_desktop_entry_passes_desktop_file_validate() -> None:
    validator = require_tool("desktop-file-validate")
    result = subprocess.run([validator, str(DESKTOP_FILE)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_metainfo_passes_appstream_validation() -> None:
    validator = require_tool("appstreamcli")
    result = subprocess.run(
        [validator, "validate", "--no-net", "--no-color", str(METAINFO)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_app_id_names_the_desktop_entry_the_metainfo_and_the_icon() -> None:
    keys = desktop_keys(DESKTOP_FILE.read_text(encoding="utf-8"))
    assert keys["Icon"] == APP_ID
    assert keys["Exec"] == "calfdesk"
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert root.findtext("provides/binary") == "calfdesk"


def test_metainfo_announces_this_version_with_its_licence_and_rating() -> None:
    root = ET.parse(METAINFO).getroot()
    versions = [release.get("version") for release in root.iter("release")]
    assert versions[0] == __version__, "add a <release> for the new version at the top of <releases>"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert root.find("content_rating[@type='oars-1.1']") is not None
    assert root.findtext("summary")
    assert root.findtext("developer/name")


def test_metainfo_screenshots_come_from_docs_screenshots() -> None:
    images = [image.text or "" for image in ET.parse(METAINFO).getroot().iter("image")]
    assert images
    names = []
    for url in images:
        match = SCREENSHOT_URL.fullmatch(url)
        assert match, url
        names.append(match.group(1))
    missing = [name for name in names if not (SCREENSHOTS / name).is_file()]
    assert not missing, f"the metainfo shows screenshots that docs/screenshots lacks: {missing}"


def test_install_desktop_then_uninstall_desktop_in_home(tmp_path: Path) -> None:
    home = tmp_path / "home with space"
    packaged = tmp_path / "opt dir" / "calfdesk"
    share = home / ".local" / "share"
    installed = make("install-desktop", home, f"DESKTOP_EXEC={packaged}")
    assert installed.returncode == 0, installed.stderr
    entry = share / "applications" / f"{APP_ID}.desktop"
    keys = desktop_keys(entry.read_text(encoding="utf-8"))
    assert keys["Exec"] == f'"{packaged}"'
    assert keys["TryExec"] == str(packaged)
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False)
        assert check.returncode == 0 and not check.stdout.strip(), check.stdout

    removed = make("uninstall-desktop", home)
    assert removed.returncode == 0, removed.stderr
    leftovers = [path for path in share.rglob(f"{APP_ID}*") if path.is_file()]
    assert leftovers == []


def test_install_desktop_without_exec_starts_calfdesk_from_path(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert make("install-desktop", home).returncode == 0
    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert entry.read_bytes() == DESKTOP_FILE.read_bytes()
