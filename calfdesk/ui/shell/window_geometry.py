"""The window's size and place: remembered between runs, and fitted to the screen when it no longer fits."""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from calfdesk.paths import make_private_file

# The window's size on a screen with room for it; smaller screens get the whole available area.
PREFERRED_SIZE: Final = (1440, 900)
SCREEN_MARGIN: Final = 80


def save_geometry(window: QWidget, settings: QSettings) -> None:
    settings.setValue("geometry", window.saveGeometry())
    settings.sync()
    make_private_file(Path(settings.fileName()))


def restore_geometry(window: QWidget, settings: QSettings) -> QSize | None:
    """The last size and place when it still fits a screen, otherwise a size made for this screen; the size
    at which the window should be maximised when first shown, if any (see `fit_to_screen`)."""
    geometry = settings.value("geometry")
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry) and fits_a_screen(window):
        return None
    return fit_to_screen(window)


def fits_a_screen(window: QWidget) -> bool:
    """Whether the restored window lies on a screen that still has room for it (screens change)."""
    frame = window.geometry()
    for screen in QGuiApplication.screens():
        available = screen.availableGeometry()
        if (
            available.contains(frame.center())
            and frame.width() <= available.width()
            and frame.height() <= available.height()
        ):
            return True
    return False


def fit_to_screen(window: QWidget) -> QSize | None:
    """Open within the screen's available area: a comfortable size centred on a large screen, the whole area
    on a laptop-sized one. There it returns the size at which to maximise the window when first shown (the
    window manager then allows for its title bar), unless whoever made the window chose a size meanwhile."""
    available = window.screen().availableGeometry()
    width, height = PREFERRED_SIZE
    if available.width() < width + SCREEN_MARGIN or available.height() < height + SCREEN_MARGIN:
        window.setGeometry(available)
        return window.size()
    window.resize(width, height)
    window.move(available.center() - window.rect().center())
    return None
