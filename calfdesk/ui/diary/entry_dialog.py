"""The Log soreness dialog (Ctrl+N, the Today page's main button and the tray's reminders): the focus starts on
the soreness score, where and which side on the runner's known injury; Ctrl+Enter, or Enter in a one-line
field, saves once a score is chosen; Escape cancels."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from calfdesk.ui.context import AppContext
from calfdesk.ui.diary.actions import save_entry, show_usual_place
from calfdesk.ui.diary.entry_form import EntryForm, save_shortcut_text
from calfdesk.ui.widgets.common import label


class EntryDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Log soreness"))
        self.setMinimumWidth(520)
        self.form = EntryForm()
        self.form.submitted.connect(self.save)
        self.problem = label("", "banner-error", wrap=True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.save_button.setToolTip(self.tr("Save ({keys})").format(keys=save_shortcut_text()))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel"))
        escape = QKeySequence(QKeySequence.StandardKey.Cancel).toString(QKeySequence.SequenceFormat.NativeText)
        cancel.setToolTip(self.tr("Close without saving ({keys})").format(keys=escape))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("How does your calf feel?"), "section-title"))
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.form.soreness.setFocus()
        show_usual_place(context, self.form)

    def save(self) -> None:
        save_entry(self.context, self, self.problem, self.save_button, self.form.entry, lambda _entry: self.accept())
