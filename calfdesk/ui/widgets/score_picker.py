"""A 0-10 score chosen with one click or one key, used wherever the runner logs soreness.

Until a number is chosen the picker holds no score (`value()` is None), so a form can refuse to save a score
the runner never gave. From the keyboard it is one Tab stop: a digit chooses that score, 1 then 0 typed
quickly chooses 10 (as does End), the arrow keys move one step, Home chooses 0.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QButtonGroup, QFrame, QGridLayout, QHBoxLayout, QPushButton

from calfdesk.ui.widgets.common import label

LOWEST: Final = 0
HIGHEST: Final = 10
_STEPS: Final[dict[int, int]] = {
    Qt.Key.Key_Left: -1,
    Qt.Key.Key_Down: -1,
    Qt.Key.Key_Right: 1,
    Qt.Key.Key_Up: 1,
}


class ScorePicker(QFrame):
    """Emits `valueChanged(score)` each time the runner chooses a score. `question` is what a screen reader
    calls the picker (the question it answers); `anchors` are the words written under 0, the middle and 10."""

    valueChanged = Signal(int)

    def __init__(self, question: str, anchors: Mapping[int, str]) -> None:
        super().__init__()
        self.setProperty("role", "score-picker")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(question)
        self._value: int | None = None
        self._last_digit = QElapsedTimer()
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so that "no score yet" can be shown again
        self.buttons: list[QPushButton] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(3, 3, 3, 3)
        grid.setHorizontalSpacing(2)
        grid.setVerticalSpacing(2)
        for score in range(LOWEST, HIGHEST + 1):
            button = QPushButton(str(score))
            button.setProperty("role", "score")
            button.setCheckable(True)
            # Its own number, and the anchor's word where there is one: what is written, never hidden.
            button.setAccessibleName(f"{score}, {anchors[score]}" if score in anchors else str(score))
            # One Tab stop for the whole scale: the picker keeps the focus and shows it around all eleven.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.group.addButton(button, score)
            self.buttons.append(button)
            grid.addWidget(button, 0, score)
        self.group.idClicked.connect(self._clicked)
        # The anchors under the scale, spread from 0 at the left to 10 at the right; never overlapping.
        words = QHBoxLayout()
        words.setSpacing(12)
        for index, (score, text) in enumerate(sorted(anchors.items())):
            if index:
                words.addStretch(1)
            words.addWidget(label(f"{score} {text}", "muted"))
        grid.addLayout(words, 1, 0, 1, HIGHEST + 1)
        self._describe()

    def value(self) -> int | None:
        """The chosen score, or None while none has been chosen."""
        return self._value

    def setValue(self, value: int | None) -> None:
        """Show `value` as chosen (None: no score yet) without announcing it as the runner's choice."""
        if value is not None and not LOWEST <= value <= HIGHEST:
            raise ValueError(f"a score runs from {LOWEST} to {HIGHEST}, not {value}")
        self._value = value
        for score, button in enumerate(self.buttons):
            button.setChecked(score == value)
        self._describe()

    def choose(self, value: int) -> None:
        """The runner chose `value`."""
        self.setValue(value)
        self.valueChanged.emit(value)

    def _clicked(self, score: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.choose(score)

    def _describe(self) -> None:
        chosen = self.tr("{score} chosen").format(score=self._value)
        self.setAccessibleDescription(self.tr("No score chosen yet") if self._value is None else chosen)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = key - Qt.Key.Key_0
            typed_ten = (
                digit == 0
                and self._value == 1
                and self._last_digit.isValid()
                and self._last_digit.elapsed() < QApplication.keyboardInputInterval()
            )
            self._last_digit.start()
            self.choose(HIGHEST if typed_ten else digit)
        elif key == Qt.Key.Key_Home:
            self.choose(LOWEST)
        elif key == Qt.Key.Key_End:
            self.choose(HIGHEST)
        elif key in _STEPS:
            start = self._value if self._value is not None else (HIGHEST // 2 - _STEPS[key])
            self.choose(min(HIGHEST, max(LOWEST, start + _STEPS[key])))
        else:
            super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._last_digit.invalidate()
        super().focusOutEvent(event)
