"""Text the runner or a file supplied (notes, run titles, shoe names, file names, messages that quote them)
shown exactly as written.

Qt takes any string that "might be rich text" for HTML in tooltips, message boxes and labels left on
automatic format: a note holding `<img src=...>` would load a file, or hang the window on a pipe. Every place
that shows such text goes through one of these.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtWidgets import QLabel

__all__ = ["escaped", "literal", "set_plain_text"]


def escaped(text: object) -> str:
    """`text` escaped for rich text that calfdesk composes itself (bold names, coloured words around it)."""
    return escape(str(text), quote=True)


def literal(text: object) -> str:
    """`text` as a string that any Qt widget (tooltip, message box, label on automatic format) shows exactly
    as written: unchanged when Qt would read it as plain text anyway, else escaped rich text."""
    value = str(text)
    if not QtGui.mightBeRichText(value):
        return value
    return QtGui.convertFromPlainText(value, Qt.WhiteSpaceMode.WhiteSpacePre)


def set_plain_text(label: QLabel, text: object) -> None:
    """Show `text` on a label as plain text, whatever it holds."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(str(text))
