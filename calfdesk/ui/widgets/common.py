"""Small building blocks shared by pages: titles, cards, banners."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QPushButton, QScrollArea, QVBoxLayout, QWidget


def label(text: str, role: str | None = None, *, wrap: bool = False) -> QLabel:
    widget = QLabel(text)
    if role:
        widget.setProperty("role", role)
    widget.setWordWrap(wrap)
    return widget


def card_layout(
    frame: QFrame, *, spacing: int = 10, margins: tuple[int, int, int, int] = (18, 16, 18, 16)
) -> QVBoxLayout:
    """Make `frame` a card (the theme's rounded panel) and give it its column layout."""
    frame.setProperty("role", "card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return layout


def card(*, spacing: int = 10) -> tuple[QFrame, QVBoxLayout]:
    """A new card and its layout, for cards built by a function rather than a class of their own."""
    frame = QFrame()
    return frame, card_layout(frame, spacing=spacing)


def page_layout(page: QWidget, title: str, subtitle: str | None = None) -> QVBoxLayout:
    layout = QVBoxLayout(page)
    layout.setContentsMargins(28, 22, 28, 18)
    layout.setSpacing(14)
    layout.addWidget(label(title, "page-title"))
    if subtitle:
        layout.addWidget(label(subtitle, "muted", wrap=True))
    return layout


def scrolling_page(page: QWidget, name: str, *, spacing: int = 14) -> tuple[QScrollArea, QVBoxLayout]:
    """Give `page` a frameless vertical scroll area and return it with the layout of its content."""
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setAccessibleName(name)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the controls, which scroll into view
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    body = QWidget()
    scroll.setWidget(body)
    layout = QVBoxLayout(body)
    layout.setContentsMargins(28, 22, 28, 18)
    layout.setSpacing(spacing)
    return scroll, layout


def clear_layout(layout: QLayout, *, keep: tuple[QWidget, ...] = ()) -> None:
    """Take every item out of `layout` (and its nested layouts); widgets not in `keep` are hidden at once and
    deleted. A kept widget is only taken out, to be added again."""
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            continue
        widget = item.widget()
        nested = item.layout()
        if widget is not None:
            if widget in keep:
                continue
            widget.hide()  # gone at once, not only when the deferred delete runs
            widget.setParent(None)
            widget.deleteLater()
        elif nested is not None:
            clear_layout(nested, keep=keep)


def empty_state(text: str, action: str, accessible: str) -> tuple[QWidget, QPushButton]:
    """What an empty card shows at its top: a short sentence and the one action that fills the card."""
    box = QWidget()
    box.setProperty("role", "empty-state")
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(12)
    row.addWidget(label(text, "muted", wrap=True), 1)
    button = QPushButton(action)
    button.setAccessibleName(accessible)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    return box, button
