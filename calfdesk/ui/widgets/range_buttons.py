"""The row of range buttons above a chart ("Show  30 d  90 d  1 y  All"): at most one is highlighted, the one
whose span the chart shows; panning or zooming by hand releases it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from calfdesk.ui.widgets.common import label


@dataclass(frozen=True, slots=True)
class Range:
    """One button: its short text ("90 d"), the name a screen reader says ("Show the last 90 days"), and the
    number it stands for (days or weeks; 0 for everything)."""

    text: str
    accessible_name: str
    span: int


class RangeButtons(QWidget):
    """The buttons of `ranges` after a muted "Show"; a click calls `chosen(span)`. The chart highlights the
    button of the span it shows with `highlight`, and calls `release` when the view was moved by hand."""

    def __init__(self, ranges: Sequence[Range], chosen: Callable[[int], None], *, default: int) -> None:
        super().__init__()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(6)
        self.row.addWidget(label(self.tr("Show"), "muted"))
        for choice in ranges:
            button = QPushButton(choice.text)
            button.setCheckable(True)
            button.setProperty("role", "range")
            button.setAccessibleName(choice.accessible_name)
            button.clicked.connect(lambda _=False, span=choice.span: chosen(span))
            self.group.addButton(button, choice.span)
            self.row.addWidget(button)
        self.highlight(default)

    def highlight(self, span: int) -> None:
        """Highlight the button of `span` (and only it); a span without a button changes nothing."""
        button = self.group.button(span)
        if button is not None:
            self.group.setExclusive(True)
            button.setChecked(True)

    def release(self) -> None:
        """No button describes the view any more (it was panned or zoomed by hand)."""
        checked = self.group.checkedButton()
        if checked is not None:
            self.group.setExclusive(False)
            checked.setChecked(False)
            self.group.setExclusive(True)

    def highlighted(self) -> int:
        """The span of the highlighted button, or -1 when none is."""
        return self.group.checkedId()
