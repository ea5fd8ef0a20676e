"""The soreness entry form, used on the Diary page and in the Log soreness dialog.

The form only collects values; `calfdesk.domain.diary.make_entry` decides what is valid. A refused or
failed save leaves every typed value in place so the runner can fix it and retry.

From the keyboard: Ctrl+Enter anywhere in the form, or Enter in any one-line field, asks to save
(`submitted`); Enter in the notes starts a new line, as in any text box.
"""

from __future__ import annotations

import datetime as dt
from typing import Final

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from calfdesk.domain.diary import (
    CONTEXT_LABELS,
    LOCATION_LABELS,
    SIDE_LABELS,
    SORENESS_ANCHORS,
    STIFFNESS_MAX_MIN,
    DiaryEntry,
    make_entry,
    now_local,
)
from calfdesk.errors import InvalidInput
from calfdesk.ui.widgets.accessible import field_label, tie
from calfdesk.ui.widgets.common import label
from calfdesk.ui.widgets.plain_text import set_plain_text
from calfdesk.ui.widgets.texts import domain_word

FIELDS = ("date", "time", "context", "soreness", "location", "side", "stiffness_min", "notes")


def _combo(labels: dict[str, str], accessible: str) -> QComboBox:
    combo = QComboBox()
    for key, text in labels.items():
        combo.addItem(domain_word(text), key)
    combo.setAccessibleName(accessible)
    return combo


class SorenessScale(QWidget):
    """A 0-10 slider with the scale's anchors written under it."""

    valueChanged = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 10)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setAccessibleName(self.tr("Soreness from 0, none, to 10, worst imaginable"))
        self.value_label = label("0", "big-number")
        self.value_label.setMinimumWidth(48)
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.slider.valueChanged.connect(self._changed)

        anchors = QGridLayout()
        anchors.setContentsMargins(0, 0, 0, 0)
        for column, (value, text) in enumerate(sorted(SORENESS_ANCHORS.items())):
            anchor = label(f"{value} {domain_word(text)}", "muted")
            alignment = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight)
            anchor.setAlignment(alignment[column])
            anchors.addWidget(anchor, 0, column)
        left = QVBoxLayout()
        left.setSpacing(2)
        left.addWidget(self.slider)
        left.addLayout(anchors)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 1)
        row.addWidget(self.value_label)

    def _changed(self, value: int) -> None:
        self.value_label.setText(str(value))
        self.valueChanged.emit(value)

    def value(self) -> int:
        return self.slider.value()

    def setValue(self, value: int) -> None:
        self.slider.setValue(value)


SAVE_KEYS: Final = ("Ctrl+Return", "Ctrl+Enter")
ENTER_KEYS: Final = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def save_shortcut_text() -> str:
    """How the save shortcut reads on this platform (Ctrl+Return, or ⌘↩ on macOS)."""
    return QKeySequence(SAVE_KEYS[0]).toString(QKeySequence.SequenceFormat.NativeText)


class EntryForm(QWidget):
    """Collects one diary entry. `entry()` returns a validated entry or raises InvalidInput. Emits
    `submitted` when the runner asks to save from the keyboard."""

    submitted = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.editing_id: int | None = None
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.time_edit.setMinimumWidth(80)
        self.context_combo = _combo(CONTEXT_LABELS, self.tr("When"))
        self.soreness = SorenessScale()
        self.location_combo = _combo(LOCATION_LABELS, self.tr("Where"))
        self.side_combo = _combo(SIDE_LABELS, self.tr("Side"))
        self.stiffness = QSpinBox()
        self.stiffness.setRange(-1, STIFFNESS_MAX_MIN)
        self.stiffness.setSpecialValueText(self.tr("not recorded"))
        self.stiffness.setSuffix(self.tr(" min"))
        self.stiffness.setAccessibleName(self.tr("Morning stiffness in minutes"))
        self.stiffness.setToolTip(
            self.tr("Minutes until your calf or Achilles loosened up this morning; leave empty if none")
        )
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Anything worth remembering: the run, the shoes, what helped"))
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.viewport().setAccessibleName(self.tr("Notes"))  # the screen reader's focus is on the viewport
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(72)

        self.errors: dict[str, QLabel] = {}
        when = QHBoxLayout()
        when.addWidget(self.date_edit, 1)
        when.addWidget(self.time_edit)
        where = QHBoxLayout()
        where.addWidget(self.location_combo, 1)
        where.addSpacing(8)
        where.addWidget(field_label(self.tr("Side"), self.side_combo))
        where.addWidget(self.side_combo)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._add_row(form, self.tr("Date and time"), when, ("date", "time"))
        self._add_row(form, self.tr("When"), self.context_combo, ("context",))
        self._add_row(form, self.tr("Soreness"), self.soreness, ("soreness",))
        self._add_row(form, self.tr("Where"), where, ("location", "side"))
        self._add_row(form, self.tr("Morning stiffness (optional)"), self.stiffness, ("stiffness_min",))
        self._add_row(form, self.tr("Notes"), self.notes, ("notes",))
        for keys in SAVE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submitted)
        self.single_line_fields: tuple[QWidget, ...] = (
            self.date_edit,
            self.time_edit,
            self.context_combo,
            self.soreness.slider,
            self.location_combo,
            self.side_combo,
            self.stiffness,
        )
        for field in self.single_line_fields:
            field.installEventFilter(self)
        self.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter (without Ctrl, which the shortcut handles) in a one-line field saves."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            self.submitted.emit()
            return True
        return super().eventFilter(watched, event)

    def _add_row(self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout, keys: tuple[str, ...]) -> None:
        box = QVBoxLayout()
        box.setSpacing(2)
        if isinstance(field, QWidget):
            box.addWidget(field)
        else:
            box.addLayout(field)
        for key in keys:
            error = label("", "field-error", wrap=True)
            error.hide()
            self.errors[key] = error
            box.addWidget(error)
        # The row's label names its first field for a screen reader (the soreness scale: its slider).
        first: dict[str, QWidget] = {
            "date": self.date_edit,
            "context": self.context_combo,
            "soreness": self.soreness.slider,
            "location": self.location_combo,
            "stiffness_min": self.stiffness,
            "notes": self.notes,
        }
        form.addRow(tie(QLabel(text), first[keys[0]]), box)

    def reset(self) -> None:
        """Empty form for a new entry at the current time."""
        now = now_local()
        self.editing_id = None
        self.date_edit.setDate(QDate(now.year, now.month, now.day))
        self.time_edit.setTime(QTime(now.hour, now.minute))
        self.context_combo.setCurrentIndex(self.context_combo.findData("morning" if now.hour < 10 else "other"))
        self.soreness.setValue(0)
        self.location_combo.setCurrentIndex(0)
        self.side_combo.setCurrentIndex(self.side_combo.findData("both"))
        self.stiffness.setValue(-1)
        self.notes.setPlainText("")
        self.clear_errors()

    def load(self, entry: DiaryEntry) -> None:
        """Fill the form with an existing entry for editing."""
        self.editing_id = entry.id
        self.date_edit.setDate(QDate(entry.local_date.year, entry.local_date.month, entry.local_date.day))
        self.time_edit.setTime(QTime(entry.local_time.hour, entry.local_time.minute))
        self.context_combo.setCurrentIndex(self.context_combo.findData(entry.context))
        self.soreness.setValue(entry.soreness)
        self.location_combo.setCurrentIndex(self.location_combo.findData(entry.location))
        self.side_combo.setCurrentIndex(self.side_combo.findData(entry.side))
        self.stiffness.setValue(-1 if entry.stiffness_min is None else entry.stiffness_min)
        self.notes.setPlainText(entry.notes)
        self.clear_errors()

    def entry(self) -> DiaryEntry:
        """The validated entry; shows the reason next to the field and re-raises when a value is refused."""
        self.clear_errors()
        qdate = self.date_edit.date()
        qtime = self.time_edit.time()
        stiffness = self.stiffness.value()
        try:
            return make_entry(
                local_date=dt.date(qdate.year(), qdate.month(), qdate.day()),
                local_time=dt.time(qtime.hour(), qtime.minute()),
                soreness=self.soreness.value(),
                context=str(self.context_combo.currentData()),
                location=str(self.location_combo.currentData()),
                side=str(self.side_combo.currentData()),
                stiffness_min=None if stiffness < 0 else stiffness,
                notes=self.notes.toPlainText(),
                entry_id=self.editing_id,
            )
        except InvalidInput as error:
            self.show_error(error.field or self.tr("notes"), error.message)
            raise

    def show_error(self, field: str, message: str) -> None:
        target = self.errors.get(field) or self.errors["notes"]
        set_plain_text(target, message)
        target.show()

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.hide()
            error.setText("")
