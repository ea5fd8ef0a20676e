"""Light and dark palettes and the style sheet, built from resources/styles.

Widgets that take colours from the theme themselves (charts, painted widgets, rich text in the theme's
colours) call `follow(widget, restyle)`: `restyle` runs now and again after every change of theme, so nothing
stays in the old colours until a restart.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from calfdesk.assets import load_toml, resource

THEMES: Final = ("system", "light", "dark")
# The system font size the style sheet's point sizes were chosen for.
REFERENCE_PT: Final = 9.0
_FONT_SIZE: Final = re.compile(r"font-size:\s*([0-9.]+)pt")


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    colors: dict[str, str]

    def color(self, key: str) -> QColor:
        return QColor(self.colors[key])

    @property
    def is_dark(self) -> bool:
        return self.name == "dark"


_current: Theme | None = None


def resolve(choice: str) -> str:
    """'system' follows the desktop's colour scheme where Qt can tell, else light."""
    if choice in ("light", "dark"):
        return choice
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def load_theme(name: str) -> Theme:
    return Theme(name, dict(load_toml("styles", "themes.toml")[name]))


def current() -> Theme:
    return _current if _current is not None else load_theme("light")


def scale_font_sizes(sheet: str, base_pt: float) -> str:
    """Scale the style sheet's point sizes (written for a REFERENCE_PT system font) to the system font,
    so titles grow with the runner's chosen text size as body text does."""
    factor = base_pt / REFERENCE_PT if base_pt > 0 else 1.0
    return _FONT_SIZE.sub(lambda match: f"font-size: {float(match.group(1)) * factor:.1f}pt", sheet)


class _Changes(QObject):
    changed = Signal()


_changes: _Changes | None = None


def _notifier() -> _Changes:
    global _changes
    if _changes is None:
        _changes = _Changes()
    return _changes


class _Follower(QObject):
    """Restyles its parent widget on every theme change; goes (and stops listening) with it."""

    def __init__(self, owner: QObject, restyle: Callable[[Theme], None]) -> None:
        super().__init__(owner)
        self._restyle = restyle
        _notifier().changed.connect(self.restyle)

    def restyle(self) -> None:
        self._restyle(current())


def follow(owner: QObject, restyle: Callable[[Theme], None]) -> None:
    """Style `owner` with the current theme now (`restyle(theme)`) and again after every theme change, for
    as long as `owner` lives."""
    _Follower(owner, restyle).restyle()


_desktop_choice: Callable[[], str] | None = None


def follow_desktop(app: QApplication, choice: Callable[[], str]) -> None:
    """While the runner's `choice()` is "system", follow the desktop when it switches between light and dark
    (charts included, through `follow`), without a restart."""
    global _desktop_choice
    if _desktop_choice is None:
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(lambda _scheme: _desktop_changed(app))
    _desktop_choice = choice


def _desktop_changed(app: QApplication) -> None:
    if _desktop_choice is not None and _desktop_choice() == "system":
        apply(app, "system")


def apply(app: QApplication, choice: str) -> Theme:
    """Apply a palette and the style sheet to the whole application."""
    global _current
    theme = load_theme(resolve(choice))
    _current = theme
    app.setStyle("Fusion")
    c = theme.color
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, c("window"))
    palette.setColor(QPalette.ColorRole.WindowText, c("text"))
    palette.setColor(QPalette.ColorRole.Base, c("surface"))
    palette.setColor(QPalette.ColorRole.AlternateBase, c("surface_alt"))
    palette.setColor(QPalette.ColorRole.Text, c("text"))
    palette.setColor(QPalette.ColorRole.Button, c("surface"))
    palette.setColor(QPalette.ColorRole.ButtonText, c("text"))
    palette.setColor(QPalette.ColorRole.Highlight, c("accent"))
    palette.setColor(QPalette.ColorRole.HighlightedText, c("accent_text"))
    palette.setColor(QPalette.ColorRole.ToolTipBase, c("surface"))
    palette.setColor(QPalette.ColorRole.ToolTipText, c("text"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, c("muted"))
    palette.setColor(QPalette.ColorRole.Link, c("accent"))
    palette.setColor(QPalette.ColorRole.Mid, c("border"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, c("muted"))
    app.setPalette(palette)
    template = resource("styles", "app.qss").read_text(encoding="utf-8")
    sheet = scale_font_sizes(template, app.font().pointSizeF())
    for key, value in theme.colors.items():
        sheet = sheet.replace("{" + key + "}", value)
    app.setStyleSheet(sheet)
    _notifier().changed.emit()
    return theme
