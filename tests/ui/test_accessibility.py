"""Accessibility: every control of every page and dialog has an accessible name, Tab moves through a page
in reading order, and text (titles too) follows the system font size."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSlider,
    QTextEdit,
    QWidget,
)

from calfdesk.assets import resource
from calfdesk.services import measures, rehab
from calfdesk.storage import diary_store
from calfdesk.ui.shell.pages import PAGES
from calfdesk.ui.widgets import theme
from tools.sample_data import sample_entries
from tools.sample_training import add_sample_training

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
    """A window on data with a diary, runs, an active plan and today's checklist, every page built."""
    from calfdesk.storage.database import open_database

    db = open_database(data_dir)
    diary_store.add_entries_bulk(db, sample_entries(20))
    add_sample_training(db, days=60)
    rehab.start_plan(db, "achilles_tendinopathy", side="left", today=dt.date.today() - dt.timedelta(days=3))
    # Progress with a chart and its words in it: the measures' labels are walked too.
    measures.set_psfs_activities(db, ["running 10 km", "stairs in the morning", "hopping"])
    measures.add_psfs(db, dt.date.today() - dt.timedelta(days=7), [3, 5, 2])
    measures.add_psfs(db, dt.date.today(), [5, 6, 4])
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


# What a screen reader reads (docs/ACCESSIBILITY.md): the rules below walk every widget of every page and
# dialog, so a screen added later is held to them too.

FIELDS = (QComboBox, QAbstractSpinBox, QLineEdit, QSlider, QPlainTextEdit, QTextEdit)


def plain(text: str) -> str:
    """Words only: rich text as plain text, marks and punctuation dropped, spaces folded, lower case."""
    if GuiQt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        text = document.toPlainText()
    return " ".join(re.findall(r"\w+", text.replace("&&", "&").replace("&", ""))).lower()


def hidden_texts(root: QWidget) -> list[str]:
    """Labels whose accessible name replaces the words they show (a screen reader reads only the name)."""
    found = []
    for widget in root.findChildren(QLabel):
        shown, name = plain(widget.text()), plain(widget.accessibleName())
        if shown and name and shown not in name:
            found.append(f"{widget.accessibleName()!r} hides {widget.text()[:60]!r}")
    return found


def said_in(shown: str, heard: str) -> bool:
    """Every word a button shows is in what is read (its name may say more: "Finish plan" is named "Finish
    the plan"); a unit written short after a number ("30 d", "1 y") is read in full."""
    said = set(heard.split())
    words = shown.split()
    spans = {index for index in range(1, len(words)) if len(words[index]) == 1 and words[index - 1].isdigit()}
    spans |= {index - 1 for index in spans}
    return all(word in said or index in spans for index, word in enumerate(words))


def hidden_choices(root: QWidget) -> list[str]:
    """Buttons whose name drops the words they show. A check box's or radio button's words are the choice
    itself and are read whole; any other button's words are all read."""
    found = []
    for button in root.findChildren(QAbstractButton):
        shown, name = plain(button.text()), plain(button.accessibleName())
        choice = isinstance(button, QCheckBox | QRadioButton)
        if shown and name and (shown not in name if choice else not said_in(shown, name)):
            found.append(f"{button.accessibleName()!r} hides {button.text()!r}")
    return found


def buddy_of(field: QWidget) -> QLabel | None:
    """The visible label tied to a field: a sibling label whose buddy it is (as Qt's AT-SPI bridge looks)."""
    parent = field.parentWidget()
    if parent is None:
        return None
    for sibling in parent.findChildren(QLabel, options=Qt.FindChildOption.FindDirectChildrenOnly):
        if sibling.buddy() is field and sibling.text().strip():
            return sibling
    return None


def field_value(field: QWidget) -> str:
    if isinstance(field, QComboBox):
        return field.currentText()
    if isinstance(field, QAbstractSpinBox | QLineEdit):
        return field.text()
    return ""


def unlabelled_fields(root: QWidget) -> list[str]:
    """Fields read without their question. A combo box needs its visible label tied to it (or a titled
    group box around it): on Linux its accessible name is its value. Other fields need the label or a name
    that is not their value."""
    found = []
    for field in root.findChildren(QWidget):
        if not isinstance(field, FIELDS) or qt_internal(field):
            continue
        parent = field.parentWidget()
        titled_group = isinstance(parent, QGroupBox) and bool(parent.title())
        if buddy_of(field) is not None or titled_group:
            continue
        name = field.accessibleName().strip()
        if isinstance(field, QComboBox) or not name or plain(name) == plain(field_value(field)):
            found.append(f"{type(field).__name__} {field_value(field)!r} named {name!r}")
    return found


def silent_charts(root: QWidget) -> list[str]:
    """Plot views that are Tab stops, or charts with nothing to read."""
    found = []
    for view in root.findChildren(QGraphicsView):
        if view.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(f"{view.accessibleName()!r} is a Tab stop")
        owner: QWidget | None = view
        while owner is not None and not owner.accessibleDescription().strip():
            owner = owner.parentWidget()
        if owner is None:
            found.append(f"{view.accessibleName()!r} has no description")
    return found


def silent_stops(root: QWidget) -> list[str]:
    """Tab stops that say nothing: unnamed containers, and page scroll areas (Tab goes to the controls,
    which scroll into view)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or qt_internal(widget):
            continue
        if isinstance(widget, QScrollArea):
            found.append(f"scroll area {widget.accessibleName()!r}")
        elif isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.viewport().accessibleName().strip():
            # The screen reader's focus is on a text area's viewport: it needs the area's name too.
            found.append(f"the viewport of {widget.accessibleName()!r}")
        elif not isinstance(widget, CONTROLS) and not widget.accessibleName().strip():
            found.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return found


def a11y_faults(root: QWidget) -> list[str]:
    return (
        hidden_texts(root) + hidden_choices(root) + unlabelled_fields(root) + silent_charts(root) + silent_stops(root)
    )


@pytest.fixture
def every_screen(busy_window, qtbot) -> list[QWidget]:
    """Every page built and filled, the wizard's question pages, a result with checks to make, the diary
    chart's table and every dialog, for the rules to walk."""
    from calfdesk.services import assessment
    from calfdesk.storage import backup as backup_store
    from calfdesk.ui.diary.entry_dialog import EntryDialog
    from calfdesk.ui.diary.transfer import ExportRangeDialog
    from calfdesk.ui.report.dialog import ReportDialog
    from calfdesk.ui.shell.preferences_dialog import PreferencesDialog
    from calfdesk.ui.shell.restore_dialog import RestoreDialog
    from calfdesk.ui.shell.welcome_dialog import WelcomeDialog
    from calfdesk.ui.training.dialogs import RunDialog, ShoeDialog
    from calfdesk.ui.widgets.accessible import ChartTableDialog

    window = busy_window
    context = window.context
    rehab_page = window.page("rehab")
    qtbot.waitUntil(lambda: bool(rehab_page.rows))
    window.page("assessment").start()
    answers = dict.fromkeys(("breathless_or_chest_pain", "tense_severe_pain", "swollen_warm_red"), "not_sure")
    answers |= {"fever": "not_sure", "clot_risk": (), "pop_at_onset": "not_sure"}
    checked = assessment.check_answers(answers)
    result_view = window.page("assessment").result_view
    result_view.show_result(assessment.run_assessment(checked), checked)
    diary_chart = window.page("diary").chart
    dialogs: list[QWidget] = [
        PreferencesDialog(context, window, move_folder=lambda: None),
        ReportDialog(context, window),
        WelcomeDialog(window),
        EntryDialog(context, window),
        ExportRangeDialog(window),
        rehab_page.make_timer(rehab_page.rows[0].item),
        RunDialog(context, parent=window),
        ShoeDialog(context, parent=window),
        RestoreDialog(window, context.db.data_dir, backup_store.list_backups(context.db.data_dir)),
        ChartTableDialog(diary_chart.table(), window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    return [window, result_view, *dialogs]


def test_no_screen_breaks_a_screen_reader_rule(every_screen) -> None:
    faults = [f"{type(screen).__name__}: {fault}" for screen in every_screen for fault in a11y_faults(screen)]
    assert faults == [], "\n".join(faults)


def test_the_result_reads_its_triage_and_every_check(every_screen) -> None:
    view = every_screen[1]
    banner = view.banner
    assert banner.checks is not None
    for shown in (banner.headline, banner.what_to_do, banner.checks):
        name = shown.accessibleName() or shown.text()
        assert plain(shown.text()) in plain(name)
    assert "pop" in plain(banner.checks.text())


def test_the_rules_catch_what_they_are_for(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from calfdesk.ui.widgets.accessible import caption, field_label

    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    hidden = QLabel("Seek medical help now")
    hidden.setAccessibleName("Medical disclaimer")
    described = QLabel("Stop if it hurts")
    caption(described, "Stop signs")
    named_by_value = QComboBox()
    named_by_value.addItems(["Calf", "Achilles"])
    named_by_value.setAccessibleName("Where")
    tied = QComboBox()
    tied.addItems(["Left", "Right"])
    question = field_label("Which leg", tied)
    box = QFrame()
    box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    longer = QPushButton("Finish plan")
    longer.setAccessibleName("Finish the plan")
    other_words = QPushButton("See training")
    other_words.setAccessibleName("Open the Training page")
    notes = QPlainTextEdit()
    notes.setAccessibleName("Notes")
    for widget in (hidden, described, named_by_value, question, tied, box, longer, other_words, notes):
        layout.addWidget(widget)
    assert hidden_texts(holder) == ["'Medical disclaimer' hides 'Seek medical help now'"]
    assert hidden_choices(holder) == ["'Open the Training page' hides 'See training'"]
    assert unlabelled_fields(holder) == ["QComboBox 'Calf' named 'Where'"]
    assert silent_stops(holder) == ["QFrame in QWidget", "the viewport of 'Notes'"]


def tab_ring(start: QWidget) -> list[QWidget]:
    """Every stop Tab makes from `start` until it comes back round (or leaves the window)."""
    return tab_sequence(start, 400)


def backward_jumps(stops: list[QWidget]) -> list[str]:
    """Places where Tab goes back up within one column: a stop wholly above an earlier stop that shares some
    of its width (a stop in a column to the right may start higher up)."""
    found = []
    places = [QRect(stop.mapTo(stop.window(), QPoint(0, 0)), stop.size()) for stop in stops]
    for index, here in enumerate(places):
        for before, there in zip(stops, places[:index], strict=False):
            if there.left() < here.right() and here.left() < there.right() and here.bottom() < there.top():
                found.append(f"{before.accessibleName()!r} comes before {stops[index].accessibleName()!r}")
                break
    return found


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_tab_follows_reading_order_on_every_page(busy_window, qtbot, key) -> None:
    window = busy_window
    window.resize(1366, 768)
    page = window.navigate(key)
    if key == "rehab":
        qtbot.waitUntil(lambda: bool(page.rows))
    stops = [stop for stop in tab_ring(window.sidebar) if page.isAncestorOf(stop)]
    assert stops, "Tab reaches the page"
    assert backward_jumps(stops) == []
    assert silent_stops(page) == []


def test_after_next_focus_is_on_the_first_question(busy_window, qtbot) -> None:
    from calfdesk.ui.assessment.question_inputs import first_focus
    from calfdesk.ui.assessment.wizard import QWizard

    window = busy_window
    window.navigate("assessment")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    wizard = window.page("assessment").start()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    next_button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is next_button)
    qtbot.keyClick(next_button, Qt.Key.Key_Space)
    page = wizard.currentPage()
    expected = first_focus(next(iter(page.inputs.values())))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is expected)


def test_every_chart_has_a_summary(every_screen) -> None:
    from calfdesk.ui.rehab.adherence_calendar import AdherenceCalendar
    from calfdesk.ui.today.week_strip import WeekStrip

    window = every_screen[0]
    drawn = window.findChildren(WeekStrip) + window.findChildren(AdherenceCalendar)
    assert len(drawn) == 2
    assert [type(chart).__name__ for chart in drawn if not chart.accessibleDescription().strip()] == []
    diary_chart = window.page("diary").chart
    summary = diary_chart.accessibleDescription()
    latest = dt.date.today().isoformat()
    assert summary.startswith("Showing ") and f"Latest, {latest}: worst " in summary
    assert "7-day average is " in summary


@pytest.mark.parametrize("key", ["diary", "training"])
def test_a_chart_opens_as_a_table_from_the_keyboard(busy_window, qtbot, key) -> None:
    from calfdesk.ui.widgets.accessible import ChartTableDialog

    window = busy_window
    chart = window.navigate(key).chart
    qtbot.waitUntil(lambda: bool(chart.table().rows))
    button = chart.table_button
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    dialog = next(child for child in chart.findChildren(ChartTableDialog) if child.isVisible())
    table = dialog.table
    rows = chart.table().rows
    assert table.rowCount() == len(rows) and table.columnCount() == len(chart.table().headers)
    assert table.currentRow() == len(rows) - 1, "the latest row first"
    assert [table.item(len(rows) - 1, column).text() for column in range(table.columnCount())] == list(rows[-1])
    qtbot.keyClick(table, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_soreness_summary_follows_the_range_shown(busy_window, qtbot) -> None:
    chart = busy_window.navigate("diary").chart
    qtbot.waitUntil(lambda: chart.table().rows != ())
    chart.ranges.group.button(30).click()
    start = dt.date.today() - dt.timedelta(days=29)
    qtbot.waitUntil(lambda: chart.accessibleDescription().startswith(f"Showing {start.isoformat()} to "))
    days = chart.table().rows
    assert f"Days logged: {len(days)}." in chart.accessibleDescription()
    assert f"worst {days[-1][1]} of 10, 7-day average {days[-1][2]}." in chart.accessibleDescription()
    chart.ranges.group.button(0).click()  # every entry: the summary follows once the view settles
    first = chart.table().rows[0][0]
    qtbot.waitUntil(lambda: chart.accessibleDescription().startswith(f"Showing {first} to "))


def test_the_weekly_load_summary_says_the_latest_weeks_figures(busy_window, qtbot) -> None:
    """The weekly distance and climb charts read, in words, the range shown, the latest week and the one before
    with their distance and climb (the figures the bars draw), and how many weeks rose too fast."""
    page = busy_window.navigate("training")
    qtbot.waitUntil(lambda: page.chart is not None and page.chart.table().rows != (), timeout=10_000)
    chart = page.chart
    rows = chart.table().rows
    summary = chart.accessibleDescription()
    assert summary.startswith(f"Showing {chart.span_label.text()}.")
    latest, before = rows[-1], rows[-2]
    assert f"Latest week, from {latest[0]}: {latest[1]}, {latest[2]} of climb." in summary
    assert f"The week before, from {before[0]}: {before[1]}, {before[2]} of climb." in summary
    flagged = sum(row[3] == "yes" for row in rows)
    assert (f"Weeks with a rise of more than 30% over two weeks: {flagged}." in summary) == bool(flagged)


def test_each_measure_chart_opens_as_a_table_from_the_keyboard(busy_window, qtbot) -> None:
    """Progress: every measure's chart has "Show as table", reached by Tab and opened with Space, holding each
    reading with its day and every item the chart draws."""
    from calfdesk.ui.widgets.accessible import ChartTableDialog

    page = busy_window.navigate("progress")
    qtbot.waitUntil(lambda: bool(page.charts), timeout=10_000)
    for chart in page.charts:
        data = chart.table()
        assert len(data.rows) == len(chart.summary.readings) and data.headers[0] == "Date"
        assert chart.table_button.accessibleName() == f"Show {data.title} as a table"
        chart.table_button.setFocus()
        qtbot.keyClick(chart.table_button, Qt.Key.Key_Space)
        dialog = next(child for child in chart.findChildren(ChartTableDialog) if child.isVisible())
        last = [dialog.table.item(len(data.rows) - 1, column).text() for column in range(dialog.table.columnCount())]
        assert last == list(data.rows[-1])
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
        assert not dialog.isVisible()
