"""The offscreen platform with a screen of a given size (its default screen is 800×800, which a window that
fits itself to the available geometry would shrink to)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path


def offscreen_platform(width: int, height: int) -> tuple[str, Path]:
    """A QT_QPA_PLATFORM value for an offscreen screen of width×height device pixels, and its configuration
    file (Qt reads it when the application starts; remove it after that)."""
    with tempfile.NamedTemporaryFile("w", prefix="calfdesk-screen-", suffix=".json", delete=False) as config:
        json.dump({"screens": [{"name": "screen", "x": 0, "y": 0, "width": width, "height": height}]}, config)
    return f"offscreen:configfile={config.name}", Path(config.name)
