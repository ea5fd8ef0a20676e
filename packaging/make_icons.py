"""Render the calfdesk application icon into every format the installers need.

From resources/icons/calfdesk.svg it writes:
- packaging/icons/hicolor/<n>x<n>/apps/<APP_ID>.png for the freedesktop icon theme (16 to 512 px),
- packaging/icons/calfdesk.ico for Windows (PNG-compressed entries, 16 to 256 px),
- packaging/icons/calfdesk.icns for macOS (PNG-compressed entries, 16 to 1024 px).

The SVG is rendered with QtSvg on the offscreen platform, so no display and no extra tool is needed. Run
`python packaging/make_icons.py [OUT_DIR]` (default: packaging/icons) after changing the SVG.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "calfdesk.svg"
DEFAULT_OUT = ROOT / "packaging" / "icons"

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# OSType of each PNG-carrying ICNS entry and the pixel size it holds (the @2x types repeat a size).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def app_id() -> str:
    sys.path.insert(0, str(ROOT))
    from calfdesk import APP_ID

    return APP_ID


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a transparent size x size image, encoded as PNG."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes, the binding a str
    buffer.close()
    return bytes(data.data())


def ico_container(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (supported since Windows Vista)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        png = pngs[size]
        # A width or height of 0 means 256 in the ICO directory.
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(pngs[size] for size in sizes)


def icns_container(pngs: dict[int, bytes]) -> bytes:
    """An Apple .icns holding PNG entries (supported since OS X 10.7)."""
    body = b"".join(struct.pack(">4sI", ostype, 8 + len(pngs[size])) + pngs[size] for ostype, size in ICNS_TYPES)
    return struct.pack(">4sI", b"icns", 8 + len(body)) + body


def write_icons(out_dir: Path, svg: Path = SVG) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])
    name = app_id()
    sizes = sorted({*HICOLOR_SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)})
    pngs = {size: render_png(svg, size) for size in sizes}
    written: list[Path] = []
    for size in HICOLOR_SIZES:
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(pngs[size])
        written.append(target)
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(svg.read_bytes())
    written.append(scalable)
    ico = out_dir / "calfdesk.ico"
    ico.write_bytes(ico_container({size: pngs[size] for size in ICO_SIZES}))
    icns = out_dir / "calfdesk.icns"
    icns.write_bytes(icns_container(pngs))
    written += [ico, icns]
    return written


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else DEFAULT_OUT
    for path in write_icons(out_dir):
        print(path.relative_to(out_dir) if path.is_relative_to(out_dir) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
