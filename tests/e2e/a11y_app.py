"""calfdesk's real window for the screen-reader test: a data folder with a diary, a rehab plan and runs, the
window at 1366x768 on the X server of $DISPLAY, and one command a line on stdin, each answered with one JSON
line on stdout once the screen has settled:

  page KEY    show a page                          log       open the Log soreness dialog
  warning     the wizard's warning-signs page      result    a result with checks to make
  sidebar     focus the sidebar                    tab       press Tab where the focus is
  tall        a window tall enough not to scroll
  close       close the dialog                     quit

A screen's answer lists the words it shows (every visible label, and each visible button's words), for
the test to find in what the screen reader reads.

Usage: python -m tests.e2e.a11y_app DATA_DIR
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QSocketNotifier, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget, QWizard

from calfdesk.services import assessment, rehab
from calfdesk.settings import Settings
from calfdesk.storage import diary_store
from calfdesk.storage.database import open_database
from calfdesk.ui.shell.app import make_application
from calfdesk.ui.shell.main_window import MainWindow
from calfdesk.ui.tasks import wait_for_all
from calfdesk.ui.widgets import theme
from tools.sample_data import sample_entries
from tools.sample_training import add_sample_training

# Every warning sign "not sure": the result sends the runner to a clinician with the checks to make now.
UNSURE = {
    "breathless_or_chest_pain": "not_sure",
    "tense_severe_pain": "not_sure",
    "swollen_warm_red": "not_sure",
    "fever": "not_sure",
    "clot_risk": (),
    "pop_at_onset": "not_sure",
    "cold_pale_foot": "not_sure",
    "dark_urine": "not_sure",
    "saddle_or_bladder": "not_sure",
}


def settle(rounds: int = 8) -> None:
    for _ in range(rounds):
        wait_for_all()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def plain(text: str) -> str:
    if GuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return " ".join(text.replace("&", "").split())


def shown_words(root: QWidget) -> list[str]:
    """The words a sighted runner sees on `root`: every visible label."""
    words = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.visibleRegion().isEmpty():
            continue
        if isinstance(widget, QLabel):
            text = plain(widget.text())
            if text:
                words.append(text)
    return words


class Driver:
    def __init__(self, data_dir: Path) -> None:
        self.app = make_application()
        theme.apply(self.app, "light")
        db = open_database(data_dir)
        diary_store.add_entries_bulk(db, sample_entries(30))
        rehab.start_plan(db, "achilles_tendinopathy", side="left", today=dt.date.today() - dt.timedelta(days=3))
        add_sample_training(db, days=60)
        self.window = MainWindow(db, Settings(data_dir / "config"), data_dir / "config")
        self.window.resize(1366, 768)
        self.window.move(0, 0)
        self.window.show()
        self.window.activateWindow()
        self.dialog: Any = None
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self.command)

    def screen(self) -> QWidget:
        return self.dialog if self.dialog is not None else self.window

    def answer(self, **fields: Any) -> None:
        settle()
        fields["words"] = shown_words(self.screen())
        fields["buttons"] = [
            plain(button.text())
            for button in self.screen().findChildren(QAbstractButton)
            if button.isVisible() and not button.visibleRegion().isEmpty() and button.text()
        ]
        focus = QApplication.focusWidget()
        fields["focus"] = None if focus is None else focus.accessibleName() or type(focus).__name__
        print(json.dumps(fields), flush=True)

    def command(self) -> None:
        line = sys.stdin.readline()
        verb, _, argument = line.strip().partition(" ")
        if verb in ("", "quit"):
            self.app.quit()
            return
        if verb == "page":
            self.window.navigate(argument)
        elif verb == "log":
            self.dialog = self.window.show_log_dialog()
        elif verb == "close" and self.dialog is not None:
            self.dialog.reject()
            self.dialog = None
            self.window.activateWindow()  # as a window manager gives the focus back (Xvfb runs none)
        elif verb == "warning":
            self.window.navigate("assessment")
            wizard = self.window.page("assessment").start()
            settle()
            next_button = wizard.button(QWizard.WizardButton.NextButton)
            next_button.setFocus()
            QTest.keyClick(next_button, Qt.Key.Key_Space)
        elif verb == "result":
            page: Any = self.window.navigate("assessment")
            answers = assessment.check_answers(UNSURE)
            page.result_view.show_result(assessment.run_assessment(answers), answers)
            page.stack.setCurrentWidget(page.result_view)
        elif verb == "sidebar":
            self.window.activateWindow()
            self.window.sidebar.setFocus(Qt.FocusReason.OtherFocusReason)
        elif verb == "tall":  # every control on screen at once, so no scrolling moves them during a Tab walk
            self.window.resize(1366, 2800)
        elif verb == "tab":
            target = QApplication.focusWidget() or self.screen()
            QTest.keyClick(target, Qt.Key.Key_Tab)
        self.answer(done=verb)


def main() -> int:
    driver = Driver(Path(sys.argv[1]))
    settle()
    print(json.dumps({"ready": True}), flush=True)
    return driver.app.exec()


if __name__ == "__main__":
    sys.exit(main())
