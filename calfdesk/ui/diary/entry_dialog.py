"""The Log soreness dialog (Ctrl+N, and the Today page's main button)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from calfdesk.ui.context import AppContext
from calfdesk.ui.diary.actions import save_entry
from calfdesk.ui.diary.entry_form import EntryForm
from calfdesk.ui.widgets.common import label


class EntryDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle("Log soreness")
        self.setMinimumWidth(520)
        self.form = EntryForm()
        self.problem = label("", "banner-error", wrap=True)
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setProperty("role", "primary")
        self.save_button.setAccessibleName("Save entry")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(label("How does your calf feel?", "section-title"))
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.form.soreness.slider.setFocus()

    def save(self) -> None:
        save_entry(self.context, self, self.problem, self.save_button, self.form.entry, lambda _entry: self.accept())
