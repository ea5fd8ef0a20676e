"""The Progress page's questionnaire packs: add a pack file a licensed clinician gave you, read its questions
(always as plain text) and answer them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from calfdesk.domain.measures.packs import Pack, PackItem
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import card_layout, clear_layout, label
from calfdesk.ui.widgets.plain_text import set_plain_text


def _plain(text: str, role: str | None = None) -> QLabel:
    widget = label("", role, wrap=True)
    set_plain_text(widget, text)
    return widget


class PackForm(QFrame):
    """One pack: its name, licence holder and questions, each with its answers; emits `answers_requested`."""

    answers_requested = Signal(str, list)

    def __init__(self, pack: Pack) -> None:
        super().__init__()
        self.pack = pack
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(_plain(pack.name, "subsection-title"))
        layout.addWidget(_plain(self.tr("Licensed to {holder}").format(holder=pack.licence_holder), "muted"))
        if pack.note:
            layout.addWidget(_plain(pack.note, "muted"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.answers: list[QSpinBox | QComboBox] = []
        for number, item in enumerate(pack.items, start=1):
            field = self._answer_field(item, number)
            caption = _plain(f"{number}. {item.text}")
            caption.setBuddy(field)
            form.addRow(caption, field)
            self.answers.append(field)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save answers"))
        self.save_button.setAccessibleName(self.tr("Save your answers to {name}").format(name=pack.name))
        self.save_button.clicked.connect(self._ask)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)

    def _answer_field(self, item: PackItem, number: int) -> QSpinBox | QComboBox:
        accessible = self.tr("Answer to question {number}").format(number=number)
        if item.scale.answers:
            combo = QComboBox()
            for answer in item.scale.answers:
                combo.addItem(answer.label, answer.value)
            combo.setAccessibleName(accessible)
            return combo
        spin = QSpinBox()
        spin.setRange(item.scale.low, item.scale.high)
        spin.setMinimumWidth(110)
        spin.setAccessibleName(accessible)
        return spin

    def values(self) -> list[int]:
        return [int(field.currentData()) if isinstance(field, QComboBox) else field.value() for field in self.answers]

    def _ask(self) -> None:
        self.answers_requested.emit(self.pack.id, self.values())


class PacksCard(QFrame):
    """Emits `add_requested` (the page asks for the file) and `answers_requested(pack_id, answers)`."""

    add_requested = Signal()
    answers_requested = Signal(str, list)

    def __init__(self) -> None:
        super().__init__()
        layout = card_layout(self, spacing=8)
        layout.addWidget(label(self.tr("Questionnaires from your clinician"), "section-title"))
        layout.addWidget(
            label(
                self.tr(
                    "Some questionnaires (VISA-A, LEFS, FAAM, TENDINS-A) are licensed, so calfdesk ships none of "
                    "them. A clinician who holds a licence can give you a pack file to add here."
                ),
                "muted",
                wrap=True,
            )
        )
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a pack file…"))
        self.add_button.setAccessibleName(self.tr("Add a questionnaire pack file"))
        self.add_button.clicked.connect(self.add_requested)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.problem = label("", "field-error", wrap=True)
        caption(self.problem, self.tr("Problem with the questionnaire pack"))
        self.problem.hide()
        layout.addWidget(self.problem)
        self.forms_box = QVBoxLayout()
        layout.addLayout(self.forms_box)
        self.forms: list[PackForm] = []
        self.shown: tuple[Pack, ...] = ()

    def show_packs(self, packs: Sequence[Pack]) -> None:
        if tuple(packs) == self.shown:
            return
        self.shown = tuple(packs)
        clear_layout(self.forms_box)
        self.forms = []
        for pack in packs:
            form = PackForm(pack)
            form.answers_requested.connect(self.answers_requested)
            self.forms_box.addWidget(form)
            self.forms.append(form)

    def show_problem(self, message: str) -> None:
        set_plain_text(self.problem, message)
        self.problem.setVisible(bool(message))
