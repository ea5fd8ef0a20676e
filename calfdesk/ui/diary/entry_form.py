"""The soreness entry form, used on the Diary page and in the Log soreness dialog.

The form only collects values; `calfdesk.domain.diary.make_entry` decides what is valid. A new entry starts
with no soreness chosen, and is not saved until one is; where and which side start from the runner's known
injury (`set_usual_place`). A refused or failed save leaves every typed value in place so the runner can fix
it and retry.

From the keyboard: Ctrl+Enter anywhere in the form, or Enter in any one-line field, asks to save
(`submitted`); Enter in the notes starts a new line, as in any text box. Each field is one Tab stop.
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
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
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
from calfdesk.services.diary import NO_USUAL_PLACE, UsualPlace
from calfdesk.ui.widgets.accessible import field_label
from calfdesk.ui.widgets.common import label
from calfdesk.ui.widgets.messages import beside_field
from calfdesk.ui.widgets.plain_text import set_plain_text
from calfdesk.ui.widgets.score_picker import ScorePicker
from calfdesk.ui.widgets.texts import day_format, domain_word

# The field an error belongs to when it names none: the notes, at the foot of the form.
NOTES: Final = "notes"

FIELDS = ("date", "time", "context", "soreness", "location", "side", "stiffness_min", "notes")


def _combo(labels: dict[str, str], accessible: str) -> QComboBox:
    combo = QComboBox()
    for key, text in labels.items():
        combo.addItem(domain_word(text), key)
    combo.setAccessibleName(accessible)
    return combo


class OneStopDateEdit(QDateEdit):
    """A date field that Tab leaves at once (a plain one stops at each of its sections)."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class OneStopTimeEdit(QTimeEdit):
    """A time field that Tab leaves at once: typing 0730 fills it, one Tab moves on."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


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
        self.usual_place: UsualPlace = NO_USUAL_PLACE
        self.date_edit = OneStopDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(day_format())
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.time_edit = OneStopTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        self.time_edit.setAccessibleName(self.tr("Time"))
        self.time_edit.setMinimumWidth(80)
        self.context_combo = _combo(CONTEXT_LABELS, self.tr("When"))
        self.soreness = ScorePicker(
            self.tr("How sore, from 0, none, to 10, worst imaginable"),
            {value: domain_word(text) for value, text in SORENESS_ANCHORS.items()},
        )
        self.soreness.setToolTip(self.tr("Click a number, or type it: 0 to 9, or 1 then 0 for 10"))
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
        self._add_row(form, self.tr("&Date and time"), when, ("date", "time"), self.date_edit)
        self._add_row(form, self.tr("&When"), self.context_combo, ("context",), self.context_combo)
        self._add_row(form, self.tr("&Soreness (0 to 10)"), self.soreness, ("soreness",), self.soreness)
        self._add_row(form, self.tr("Whe&re"), where, ("location", "side"), self.location_combo)
        self._add_row(form, self.tr("Morning stiffness (optional)"), self.stiffness, ("stiffness_min",), self.stiffness)
        self._add_row(form, self.tr("&Notes"), self.notes, ("notes",), self.notes)
        for keys in SAVE_KEYS:
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.submitted)
        self.single_line_fields: tuple[QWidget, ...] = (
            self.date_edit,
            self.time_edit,
            self.context_combo,
            self.soreness,
            self.location_combo,
            self.side_combo,
            self.stiffness,
        )
        for field in self.single_line_fields:
            field.installEventFilter(self)
        self.soreness.valueChanged.connect(lambda _score: self._clear_error("soreness"))
        # Set once the runner picks a place or side themselves; the usual place then no longer replaces it.
        self._place_chosen = False
        self.location_combo.activated.connect(self._place_picked)
        self.side_combo.activated.connect(self._place_picked)
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

    def _place_picked(self, _index: int) -> None:
        self._place_chosen = True

    def _add_row(
        self, form: QFormLayout, text: str, field: QWidget | QHBoxLayout, keys: tuple[str, ...], buddy: QWidget
    ) -> None:
        title = QLabel(text)
        title.setBuddy(buddy)
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
        form.addRow(title, box)

    def reset(self) -> None:
        """Empty form for a new entry at the current time."""
        now = now_local()
        self.editing_id = None
        self.date_edit.setDate(QDate(now.year, now.month, now.day))
        self.time_edit.setTime(QTime(now.hour, now.minute))
        self.context_combo.setCurrentIndex(self.context_combo.findData("morning" if now.hour < 10 else "other"))
        self.soreness.setValue(None)
        self._place_chosen = False
        self._show_usual_place()
        self.stiffness.setValue(-1)
        self.notes.setPlainText("")
        self.clear_errors()

    def set_usual_place(self, place: UsualPlace) -> None:
        """Where and which side a new entry starts from (`services.diary.usual_place`); shown at once unless
        the runner is editing an entry or has picked a place already."""
        self.usual_place = place
        if self.editing_id is None and not self._place_chosen:
            self._show_usual_place()

    def _show_usual_place(self) -> None:
        self.location_combo.setCurrentIndex(self.location_combo.findData(self.usual_place.location))
        self.side_combo.setCurrentIndex(self.side_combo.findData(self.usual_place.side))

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
        soreness = self.soreness.value()
        if soreness is None:
            message = self.tr("Choose how sore it is first: click a number from 0 to 10, or type it.")
            set_plain_text(self.errors["soreness"], message)
            self.errors["soreness"].show()
            self.soreness.setFocus(Qt.FocusReason.OtherFocusReason)
            raise InvalidInput(message, field="soreness")
        try:
            return make_entry(
                local_date=dt.date(qdate.year(), qdate.month(), qdate.day()),
                local_time=dt.time(qtime.hour(), qtime.minute()),
                soreness=soreness,
                context=str(self.context_combo.currentData()),
                location=str(self.location_combo.currentData()),
                side=str(self.side_combo.currentData()),
                stiffness_min=None if stiffness < 0 else stiffness,
                notes=self.notes.toPlainText(),
                entry_id=self.editing_id,
            )
        except InvalidInput as error:
            self.show_error(error.field or NOTES, beside_field(error))
            raise

    def show_error(self, field: str, message: str) -> None:
        target = self.errors.get(field) or self.errors[NOTES]
        set_plain_text(target, message)
        target.show()

    def _clear_error(self, field: str) -> None:
        self.errors[field].hide()
        self.errors[field].setText("")

    def clear_errors(self) -> None:
        for error in self.errors.values():
            error.hide()
            error.setText("")
