"""One input per assessment question kind. Each shows the wording, help and (for warning signs) why it
matters, and reads or sets its answer. `None` means no answer (skipped, or "Not sure" outside the warning
signs); a warning sign's "Not sure" is the answer "not_sure". `is_answered` tells a choice made, "Not sure"
included, from a question not touched yet."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from calfdesk.domain.assessment_content import NOT_SURE, AnswerValue, Question
from calfdesk.ui.rehab.illustration import Illustration
from calfdesk.ui.widgets.accessible import group
from calfdesk.ui.widgets.common import label


class QuestionInput(QFrame):
    """Base: the question's texts above the controls. Emits `changed` on every edit."""

    changed = Signal()

    def __init__(self, question: Question) -> None:
        super().__init__()
        self.question = question
        self.setProperty("role", "question")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 4, 0, 8)
        self.layout_.setSpacing(4)
        self.wording = label(question.wording, "question-wording", wrap=True)
        self.layout_.addWidget(self.wording)
        # Each control is read with the question's "why it matters" line (or its help) as its description.
        self.why = self.tr("Why it matters: {why}").format(why=question.why) if question.why else question.help or ""
        group(self, question.wording, why=self.why)
        if question.why:
            self.layout_.addWidget(label(self.why, "question-why", wrap=True))
        if question.help:
            self.help = label(question.help, "muted", wrap=True)
            self.layout_.addWidget(self.help)
        self.picture: Illustration | None = None
        if question.how_to:
            how_to = label(question.how_to, "banner-info", wrap=True)
            if question.picture:
                # The check a helper does, drawn beside the steps (the squeeze test and the tendon gap).
                self.picture = Illustration(size=180)
                self.picture.set_illustration(question.picture, question.picture_text)
                self.picture.setToolTip(question.picture_text)
                row = QHBoxLayout()
                row.setSpacing(12)
                row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
                row.addWidget(how_to, 1, Qt.AlignmentFlag.AlignTop)
                self.layout_.addLayout(row)
            else:
                self.layout_.addWidget(how_to)

    def value(self) -> AnswerValue | None:
        raise NotImplementedError

    def set_value(self, value: AnswerValue | None) -> None:
        raise NotImplementedError

    def is_answered(self) -> bool:
        """A choice was made ("Not sure" counts); a required page waits for every one of its questions."""
        return self.value() is not None


class ChoiceInput(QuestionInput):
    """Pick one option, or "Not sure". Yes/no questions are a choice of Yes, No and Not sure."""

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        self.group = QButtonGroup(self)
        self.buttons: dict[object, QRadioButton] = {}
        choices: list[tuple[object, str]]
        if question.kind == "bool":
            choices = [(True, self.tr("Yes")), (False, self.tr("No"))]
        else:
            choices = [(option.value, option.label) for option in question.options]
        # A warning sign's "Not sure" is an answer of its own, never read as "no" (so is the moment a pain
        # started: "not sure" about it at the Achilles needs an examination).
        choices.append((NOT_SURE if question.takes_not_sure else None, question.not_sure_label or self.tr("Not sure")))
        row = QHBoxLayout() if question.kind == "bool" else QVBoxLayout()
        row.setSpacing(14 if question.kind == "bool" else 2)
        for value, text in choices:
            button = QRadioButton(text)
            button.setAccessibleName(f"{question.wording} {text}")
            button.setAccessibleDescription(self.why)
            self.group.addButton(button)
            self.buttons[value] = button
            row.addWidget(button)
        if isinstance(row, QHBoxLayout):
            row.addStretch(1)
        self.layout_.addLayout(row)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def value(self) -> AnswerValue | None:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value if isinstance(value, str | bool) else None
        return None

    def is_answered(self) -> bool:
        return self.group.checkedButton() is not None

    def set_value(self, value: AnswerValue | None) -> None:
        """Check the button of `value`; None leaves every button unchecked (not answered yet)."""
        button = self.buttons.get(value) if value is not None else None
        if button is not None:
            button.setChecked(True)
            return
        self.group.setExclusive(False)
        for each in self.buttons.values():
            each.setChecked(False)
        self.group.setExclusive(True)

    def choose(self, value: object) -> None:
        self.buttons[value].click()


class TickInput(QuestionInput):
    """Tick any that apply; nothing ticked is unanswered. With a `none_label` an explicit "None of these"
    box answers with an empty list, and unticks the others (and is unticked by them)."""

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        self.boxes: dict[str, QCheckBox] = {}
        for option in question.options:
            box = QCheckBox(option.label)
            box.setAccessibleName(f"{question.wording} {option.label}")
            box.setAccessibleDescription(self.why)
            box.toggled.connect(self._ticked)
            self.boxes[option.value] = box
            self.layout_.addWidget(box)
        self.none_box: QCheckBox | None = None
        if question.none_label:
            self.none_box = QCheckBox(question.none_label)
            self.none_box.setAccessibleName(f"{question.wording} {question.none_label}")
            self.none_box.setAccessibleDescription(self.why)
            self.none_box.toggled.connect(self._none_ticked)
            self.layout_.addWidget(self.none_box)

    def _ticked(self, checked: bool) -> None:
        if checked and self.none_box is not None and self.none_box.isChecked():
            self.none_box.setChecked(False)
        self.changed.emit()

    def _none_ticked(self, checked: bool) -> None:
        if checked:
            for box in self.boxes.values():
                box.setChecked(False)
        self.changed.emit()

    def value(self) -> AnswerValue | None:
        ticked = tuple(value for value, box in self.boxes.items() if box.isChecked())
        if not ticked and self.none_box is not None and self.none_box.isChecked():
            return ()
        return ticked or None

    def set_value(self, value: AnswerValue | None) -> None:
        chosen = value if isinstance(value, tuple) else ()
        for key, box in self.boxes.items():
            box.setChecked(key in chosen)
        if self.none_box is not None:
            self.none_box.setChecked(value == ())


class NumberInput(QuestionInput):
    """A 0-10 number; the value below the scale reads "Not answered"."""

    def __init__(self, question: Question) -> None:
        super().__init__(question)
        self.spin = QSpinBox()
        self.spin.setRange(question.minimum - 1, question.maximum)
        self.spin.setSpecialValueText(self.tr("Not answered"))
        self.spin.setSuffix(f" / {question.maximum}")
        self.spin.setValue(question.minimum - 1)
        self.spin.setAccessibleName(question.wording)
        self.spin.setAccessibleDescription(self.why)
        self.spin.setMinimumWidth(150)
        self.spin.valueChanged.connect(self.changed)
        row = QHBoxLayout()
        row.addWidget(self.spin)
        row.addStretch(1)
        self.layout_.addLayout(row)

    def value(self) -> AnswerValue | None:
        number = self.spin.value()
        return None if number < self.question.minimum else number

    def set_value(self, value: AnswerValue | None) -> None:
        if isinstance(value, int) and not isinstance(value, bool):
            self.spin.setValue(value)
        else:
            self.spin.setValue(self.question.minimum - 1)


def make_input(question: Question) -> QuestionInput:
    if question.kind in ("one", "bool"):
        return ChoiceInput(question)
    if question.kind == "list":
        return TickInput(question)
    return NumberInput(question)


def first_focus(widget: QWidget) -> QWidget:
    """The control that should take keyboard focus first in an input."""
    if isinstance(widget, ChoiceInput):
        checked = widget.group.checkedButton()
        return checked if checked is not None else next(iter(widget.buttons.values()))
    if isinstance(widget, TickInput):
        return next(iter(widget.boxes.values()))
    if isinstance(widget, NumberInput):
        return widget.spin
    return widget
