"""The application icon exists in every size and container the installers of each platform expect."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from calfdesk import APP_ID
from tests.conftest import REPO_ROOT

ICONS = REPO_ROOT / "packaging" / "icons"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def png_has_transparent_corner(data: bytes) -> bool:
    from PySide6.QtGui import QImage

    image = QImage.fromData(data, "PNG")
    return image.pixelColor(0, 0).alpha() == 0


def ico_images(data: bytes) -> dict[int, bytes]:
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1), "not an icon file"
    images = {}
    for index in range(count):
        width, _height, _colours, _, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        images[width or 256] = data[offset : offset + length]
    return images


def icns_images(data: bytes) -> dict[bytes, bytes]:
    magic, total = struct.unpack(">4sI", data[:8])
    assert magic == b"icns"
    assert total == len(data), "the icns header must state the file length"
    images, position = {}, 8
    while position < total:
        ostype, length = struct.unpack(">4sI", data[position : position + 8])
        images[ostype] = data[position + 8 : position + length]
        position += length
    return images


@pytest.mark.parametrize("size", HICOLOR_SIZES)
def test_hicolor_png_of_each_size_is_named_after_the_app_id(size: int) -> None:
    png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    data = png.read_bytes()
    assert png_size(data) == (size, size)
    assert png_has_transparent_corner(data), "the rounded tile leaves the corners transparent"


def test_scalable_icon_is_the_bundled_svg() -> None:
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (REPO_ROOT / "resources" / "icons" / "calfdesk.svg").read_bytes()


def test_windows_ico_holds_png_images_from_16_to_256_px() -> None:
    images = ico_images((ICONS / "calfdesk.ico").read_bytes())
    assert sorted(images) == [16, 24, 32, 48, 64, 128, 256]
    for size, data in images.items():
        assert png_size(data) == (size, size)


def test_macos_icns_holds_retina_sizes_up_to_1024_px() -> None:
    images = icns_images((ICONS / "calfdesk.icns").read_bytes())
    expected = {b"icp4": 16, b"icp5": 32, b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024, b"ic14": 512}
    for ostype, size in expected.items():
        assert png_size(images[ostype]) == (size, size), ostype


def test_icon_script_regenerates_every_file(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(REPO_ROOT / "packaging" / "make_icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    generated = sorted(path.relative_to(tmp_path) for path in tmp_path.rglob("*") if path.is_file())
    committed = sorted(path.relative_to(ICONS) for path in ICONS.rglob("*") if path.is_file())
    assert generated == committed
    big = tmp_path / "hicolor" / "512x512" / "apps" / f"{APP_ID}.png"
    assert png_size(big.read_bytes()) == (512, 512)


def test_running_app_carries_the_app_id_and_the_icon() -> None:
    probe = (
        "from calfdesk.ui.shell.app import make_application\n"
        "app = make_application()\n"
        "image = app.windowIcon().pixmap(64, 64).toImage()\n"
        "tile = image.pixelColor(8, 32)\n"
        "print(app.desktopFileName(), image.width(), tile.green() > tile.red() + 40)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [APP_ID, "64", "True"], "the window icon is the teal calfdesk tile"
