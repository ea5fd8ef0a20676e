"""The first-run welcome: what calfdesk does, and the medical disclaimer the runner acknowledges once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from calfdesk.settings import Settings
from calfdesk.ui.widgets.accessible import caption
from calfdesk.ui.widgets.common import label

ACKNOWLEDGED = "disclaimer_acknowledged"
# Translated where shown, in the context of `WelcomeDialog`.
INTRO = (
    "calfdesk helps you look after a sore calf or Achilles while you keep running:<ul>"
    "<li>a guided <b>assessment</b> that checks the warning signs first and explains its answer,</li>"
    "<li>a <b>rehab plan</b> with a daily checklist, timers and a heel-raise test,</li>"
    "<li>a <b>soreness diary</b> with a chart, reminders and a PDF report for your clinician,</li>"
    "<li>your <b>training load</b> and shoe mileage.</li></ul>"
    "Everything stays on this computer; calfdesk never goes online."
)
CONFIRM = "I understand that calfdesk does not diagnose and does not replace a clinician."


class WelcomeDialog(QDialog):
    """Accepted only once the runner ticked that they understood the disclaimer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from calfdesk.ui.shell.about import DISCLAIMER

        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to calfdesk"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Welcome to calfdesk"), "page-title"))
        intro = label(self.tr(INTRO), wrap=True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(intro)
        layout.addWidget(label(self.tr("Before you start"), "section-title"))
        self.disclaimer = label(QCoreApplication.translate("MainWindow", DISCLAIMER), "banner-warning", wrap=True)
        caption(self.disclaimer, self.tr("Medical disclaimer"))
        layout.addWidget(self.disclaimer)
        self.understood = QCheckBox(self.tr(CONFIRM))
        self.understood.setAccessibleName(self.tr(CONFIRM))
        layout.addWidget(self.understood)
        buttons = QHBoxLayout()
        self.quit_button = QPushButton(self.tr("&Quit"))
        self.quit_button.setAccessibleName(self.tr("Quit calfdesk"))
        self.quit_button.clicked.connect(self.reject)
        self.start_button = QPushButton(self.tr("&Start using calfdesk"))
        self.start_button.setAccessibleName(self.tr("Start using calfdesk"))
        self.start_button.setProperty("role", "primary")
        self.start_button.setEnabled(False)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.accept)
        self.understood.toggled.connect(self.start_button.setEnabled)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)
        self.understood.setFocus()


def needs_welcome(settings: Settings) -> bool:
    return not settings.disclaimer_acknowledged


def welcome_if_first_run(settings: Settings, parent: QWidget | None = None) -> bool:
    """Show the welcome until the runner acknowledges the disclaimer once; False when they chose to quit."""
    if not needs_welcome(settings):
        return True
    dialog = WelcomeDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    settings.set(ACKNOWLEDGED, True)
    return True


def greet_on_first_run(window: QWidget, settings: Settings) -> None:
    """Once the window is up, welcome a new runner; quitting there closes the window (and the app)."""

    def greet() -> None:
        if not welcome_if_first_run(settings, window):
            window.close()

    QTimer.singleShot(0, greet)
