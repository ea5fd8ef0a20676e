"""Accessibility: every control of every page and dialog has an accessible name, Tab moves through a page
in reading order, and text (titles too) follows the system font size."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QWidget,
)

from calfdesk.assets import resource
from calfdesk.services import rehab
from calfdesk.storage import diary_store
from calfdesk.ui.shell.pages import PAGES
from calfdesk.ui.widgets import theme
from tools.sample_data import sample_entries

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QSlider,
    QAbstractItemView,
    QPlainTextEdit,
    QAbstractScrollArea,
)


def qt_internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a named control (a spin box's line edit, a combo box's list, a table's header
    and corner button, the menu bar's overflow button): the control's own name covers them."""
    if widget.objectName().startswith("qt_"):
        return True
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, CONTROLS) and not qt_internal(widget) and not widget.accessibleName().strip():
            text = widget.text() if isinstance(widget, QAbstractButton | QLineEdit) else ""
            owner = widget.parentWidget()
            found.append(f"{type(widget).__name__} {text!r} in {type(owner).__name__ if owner else None}")
    return found


@pytest.fixture
def busy_window(make_window, data_dir):
    """A window on data with a diary, an active plan and today's checklist, every page built."""
    from calfdesk.storage.database import open_database

    db = open_database(data_dir)
    diary_store.add_entries_bulk(db, sample_entries(20))
    rehab.start_plan(db, "achilles_tendinopathy", side="left", today=dt.date.today() - dt.timedelta(days=3))
    db.close()
    window = make_window()
    for spec in PAGES:
        window.navigate(spec.key)
    return window


def test_every_control_on_every_page_has_a_name(busy_window) -> None:
    busy_window.page("assessment").start()  # the wizard builds every question page at once
    assert unnamed_controls(busy_window) == []


def test_every_control_in_the_dialogs_has_a_name(busy_window, qtbot) -> None:
    from calfdesk.storage import backup as backup_store
    from calfdesk.ui.diary.entry_dialog import EntryDialog
    from calfdesk.ui.diary.transfer import ExportRangeDialog
    from calfdesk.ui.report.dialog import ReportDialog
    from calfdesk.ui.shell.preferences_dialog import PreferencesDialog
    from calfdesk.ui.shell.restore_dialog import RestoreDialog
    from calfdesk.ui.shell.welcome_dialog import WelcomeDialog
    from calfdesk.ui.training.dialogs import RunDialog, ShoeDialog

    context = busy_window.context
    rehab_page = busy_window.page("rehab")
    dialogs = [
        PreferencesDialog(context, busy_window, move_folder=lambda: None),
        ReportDialog(context, busy_window),
        WelcomeDialog(busy_window),
        EntryDialog(context, busy_window),
        ExportRangeDialog(busy_window),
        rehab_page.make_timer(rehab_page.rows[0].item),
        RunDialog(context, parent=busy_window),
        ShoeDialog(context, parent=busy_window),
        RestoreDialog(busy_window, context.db.data_dir, backup_store.list_backups(context.db.data_dir)),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unnamed_controls(dialog) == [], type(dialog).__name__


def test_the_checker_finds_an_unnamed_control(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(QPushButton("Go"))
    named = QPushButton("Stop")
    named.setAccessibleName("Stop")
    layout.addWidget(named)
    assert unnamed_controls(holder) == ["QPushButton 'Go' in QWidget"]


def tab_sequence(start: QWidget, count: int) -> list[QWidget]:
    found: list[QWidget] = []
    widget = start
    while len(found) < count:
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if takes_tab and not qt_internal(widget) and widget.isVisible() and widget.isEnabled():
            found.append(widget)
    return found


def test_tab_goes_from_the_sections_into_the_page_in_reading_order(window) -> None:
    page = window.navigate("diary")
    form = page.form
    order = tab_sequence(window.sidebar, 7)
    assert order == [
        page.export_button,
        page.import_button,
        form.date_edit,
        form.time_edit,
        form.context_combo,
        form.soreness,
        form.location_combo,
    ]
    today = window.navigate("today")
    assert today.log_button in tab_sequence(window.sidebar, 2)


def test_the_style_sheet_has_no_pixel_font_sizes() -> None:
    sheet = resource("styles", "app.qss").read_text(encoding="utf-8")
    assert re.findall(r"font-size:\s*[0-9.]+px", sheet) == []
    assert re.findall(r"font-size:\s*[0-9.]+pt", sheet), "titles are sized in points"


def test_text_and_titles_follow_the_system_font_size(window) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    page = window.navigate("today")
    try:
        for base in (9.0, 18.0):
            font = QFont(original)
            font.setPointSizeF(base)
            app.setFont(font)
            theme.apply(app, "light")
            body = QLabel("body text")
            body.ensurePolished()
            page.title.ensurePolished()
            assert body.font().pointSizeF() == pytest.approx(base)
            assert page.title.font().pointSizeF() == pytest.approx(20 * base / theme.REFERENCE_PT)
    finally:
        app.setFont(original)
        theme.apply(app, "light")
