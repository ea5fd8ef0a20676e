"""The window in German: Today, the assessment's warning-signs page and its result, the Rehab, Progress and Training
pages, Qt's own buttons, and Preferences with its language field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from calfdesk import i18n
from calfdesk.domain.runs import make_run
from calfdesk.services import training
from calfdesk.storage.database import Database
from calfdesk.ui.assessment.page import AssessmentPage
from calfdesk.ui.assessment.question_inputs import ChoiceInput
from calfdesk.ui.assessment.wizard import QuestionPage
from calfdesk.ui.shell.preferences_dialog import PreferencesDialog
from calfdesk.ui.widgets.texts import install_translations
from tests.conftest import clear_content_caches


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    i18n.set_language("de")
    clear_content_caches()
    assert install_translations(qapp)
    yield
    i18n.set_language(i18n.ENGLISH)
    clear_content_caches()
    install_translations(qapp)


def visible_texts(widget) -> str:
    return "\n".join(item.text() for item in widget.findChildren(QLabel) if item.isVisibleTo(widget))


def test_today_and_the_menus_speak_german(german, make_window, qtbot: QtBot) -> None:
    window = make_window()
    assert [window.sidebar.item(row).text() for row in range(window.sidebar.count())] == [
        "Heute",
        "Einschätzung",
        "Reha-Plan",
        "Tagebuch",
        "Training",
        "Fortschritt",
    ]
    assert [action.text() for action in window.menuBar().actions()][:2] == ["&Datei", "&Bearbeiten"]
    today = window.page("today")
    assert today.title.text() == "Heute"
    assert today.log_button.text() == "Beschwerden eintragen"
    qtbot.waitUntil(lambda: "Heute noch nichts eingetragen." in visible_texts(today))
    assert "Die letzten 7 Tage" in visible_texts(today)
    assert "Nothing logged yet" not in visible_texts(today)
    # The date as German writes it: "Sonntag, 6. Dezember 2026".

    weekdays = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
    written = today.date_label.text()
    assert re.fullmatch(r"(\w+), \d{1,2}\. \w+ \d{4}", written) and written.split(",")[0] in weekdays, written


def test_qt_own_buttons_speak_german(german) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Save).text() == "Speichern"
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"


def _current(page: AssessmentPage) -> QuestionPage:
    assert page.wizard is not None
    current = page.wizard.currentPage()
    assert isinstance(current, QuestionPage)
    return current


def test_the_warning_signs_page_and_its_result_speak_german(german, make_window, qtbot: QtBot) -> None:
    window = make_window()
    page = window.navigate("assessment")
    assert isinstance(page, AssessmentPage)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    wizard = page.wizard
    assert wizard is not None
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.text() == "&Weiter"
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    warning = _current(page)
    assert warning.spec.id == "warning_signs"
    shown = visible_texts(warning)
    assert "Zuerst die Warnzeichen" in shown
    assert "Hast du Atemnot oder Brustschmerzen zusammen mit der schmerzenden Wade?" in shown
    assert "Ein Blutgerinnsel aus dem Bein kann in die Lunge wandern. Das ist ein Notfall." in shown
    tense = warning.inputs["tense_severe_pain"]
    assert isinstance(tense, ChoiceInput)
    assert [button.text() for button in tense.buttons.values()] == ["Ja", "Nein", "Nicht sicher"]
    for english in ("Warning signs first", "Are you short of breath", "Not sure"):
        assert english not in shown

    qtbot.mouseClick(tense.buttons[True], Qt.MouseButton.LeftButton)
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    qtbot.waitUntil(finish.isVisible)
    assert finish.text() == "&Mein Ergebnis ansehen"
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Hol dir sofort Notfallhilfe" in visible_texts(page))
    result = visible_texts(page)
    assert "Starke Schmerzen mit einer gespannten oder harten Wade brauchen Notfallhilfe." in result
    assert "Diese Selbsteinschätzung dient nur der Information." in result
    assert "Get emergency help now" not in result


def test_the_language_is_chosen_in_preferences(make_window, qtbot: QtBot) -> None:
    window = make_window()
    dialog = PreferencesDialog(window.context, window)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert combo.currentData() == ""
    assert combo.itemText(combo.findData("de")) == "Deutsch"
    combo.setCurrentIndex(combo.findData("de"))
    dialog.save_button.click()
    assert window.context.settings.language == "de"


def clipped(root) -> list[str]:
    """Visible buttons narrower than their text needs, and one-line labels cut off: what German may clip."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea

    found = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisibleTo(root) or not button.text():
            continue
        needed = max(button.sizeHint().width(), button.fontMetrics().horizontalAdvance(button.text().replace("&", "")))
        if button.width() < needed:
            found.append(f"button {button.text()!r}: {button.width()} < {needed}")
    for text in root.findChildren(QLabel):
        if (
            text.isVisibleTo(root)
            and text.text()
            and not text.wordWrap()
            and text.width() < text.minimumSizeHint().width()
        ):
            found.append(f"label {text.text()[:40]!r}: {text.width()} < {text.minimumSizeHint().width()}")
    for area in root.findChildren(QAbstractScrollArea):
        if area.isVisibleTo(root) and area.horizontalScrollBar().isVisible():
            found.append(f"horizontal scrolling in {area.objectName() or type(area).__name__}")
        inner = area.widget() if isinstance(area, QScrollArea) else None
        if area.isVisibleTo(root) and inner is not None and inner.width() > area.viewport().width():
            found.append(f"content {inner.width()} wide in a view {area.viewport().width()} wide")
    return found


def test_nothing_clips_in_german_at_1366_by_768(german, make_window, qtbot: QtBot) -> None:
    window = make_window()
    window.resize(1366, 768)
    today = window.page("today")
    qtbot.waitUntil(lambda: "Heute noch nichts eingetragen." in visible_texts(today))
    assert clipped(window) == []
    page = window.navigate("assessment")
    assert isinstance(page, AssessmentPage)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert page.wizard is not None
    qtbot.mouseClick(page.wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    tense = _current(page).inputs["tense_severe_pain"]
    assert isinstance(tense, ChoiceInput)
    qtbot.mouseClick(tense.buttons[True], Qt.MouseButton.LeftButton)
    assert clipped(window) == []
    with qtbot.waitSignal(page.saved):
        qtbot.mouseClick(page.wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Hol dir sofort Notfallhilfe" in visible_texts(page))
    assert clipped(window) == []


@pytest.mark.parametrize("result", ["self_care", "see_clinician", "urgent", "emergency", "incomplete", "not_sure"])
def test_every_kind_of_result_fits_in_german_at_1366_by_768(german, make_window, qtbot: QtBot, result: str) -> None:
    from tools.screenshots_assessment import RESULTS

    window = make_window()
    window.resize(1366, 768)
    page = window.navigate("assessment")
    assert isinstance(page, AssessmentPage)
    with qtbot.waitSignal(page.saved):
        page.start(RESULTS[result]).accept()
    qtbot.waitUntil(lambda: "Das Ergebnis deiner Einschätzung" in visible_texts(page))
    assert "Diese Selbsteinschätzung dient nur der Information." in visible_texts(page)
    assert clipped(window) == []


def test_the_rehab_plan_fits_in_german_at_1366_by_768(german, make_window, qtbot: QtBot) -> None:
    import datetime as dt

    from calfdesk.ui.context import Changes
    from tools.rehab_shots import seed_rehab_history

    window = make_window()
    window.resize(1366, 768)
    seed_rehab_history(window.context.db, dt.date.today())
    window.context.events.changed.emit(Changes.REHAB)
    page = window.navigate("rehab")
    page.refresh()
    qtbot.waitUntil(lambda: "Achillessehne: 12 Wochen Fersenabsenken" in visible_texts(page))
    qtbot.waitUntil(
        lambda: (
            "Fersenabsenken von der Stufe, Knie gestreckt"
            in "\n".join(box.text() for box in page.findChildren(QAbstractButton) if box.isVisibleTo(page))
        )
    )
    assert clipped(window) == []


def test_the_exercise_card_reads_german_steps(german, make_window, qtbot: QtBot) -> None:
    import datetime as dt

    from calfdesk.ui.context import Changes
    from tools.rehab_shots import seed_rehab_history

    window = make_window()
    window.resize(1366, 768)
    seed_rehab_history(window.context.db, dt.date.today())
    window.context.events.changed.emit(Changes.REHAB)
    page = window.navigate("rehab")
    page.refresh()
    qtbot.waitUntil(lambda: any(row.item.exercise.id == "heel_drop_straight_knee" for row in page.rows))
    drop = next(row.item for row in page.rows if row.item.exercise.id == "heel_drop_straight_knee")
    page.show_exercise(drop)
    card = visible_texts(page.exercise_card)
    assert "So geht's" in card
    assert "drück dich nie mit dem schmerzenden Bein allein nach oben" in card
    assert "Belastet Achillessehne und Gastrocnemius" in card
    for english in ("How to do it", "never push up on the painful leg", "Loads the Achilles tendon"):
        assert english not in card
    qtbot.waitUntil(lambda: clipped(window) == [])  # the German dose wraps once the card has its width


def test_progress_training_and_preferences_fit_in_german_at_1366_by_768(german, make_window, qtbot: QtBot) -> None:
    window = make_window()
    window.resize(1366, 768)
    progress = window.navigate("progress")
    qtbot.waitUntil(lambda: "Noch keine Messwerte." in visible_texts(progress))
    assert "Schwierige Aktivitäten (PSFS)" in visible_texts(progress)
    assert "No measures yet" not in visible_texts(progress)
    assert clipped(window) == []

    training = window.navigate("training")
    qtbot.waitUntil(lambda: "Wochenbelastung" in visible_texts(training))
    assert "Noch keine Läufe." in visible_texts(training)
    qtbot.waitUntil(lambda: clipped(window) == [])  # the scroll bar settles once the charts have their size

    dialog = PreferencesDialog(window.context, window)
    qtbot.addWidget(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, "the dialog needs more than the screen"
    dialog.resize(hint)  # as on a 1366x768 screen: the test's offscreen screen is narrower
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "calfdesk bei der &Anmeldung starten, minimiert" in [
        box.text() for box in dialog.findChildren(QAbstractButton)
    ]
    qtbot.waitUntil(lambda: clipped(dialog) == [])


# English words a German page never shows (user data aside): a text still built in English, or worded outside tr().
ENGLISH_WORDS = re.compile(
    r"\b(the|and|of|with|your|you|legs|session|sessions|hold|each|more|days|weeks|runs|files|load|pain|"
    r"morning|after|before|left|right|both|once|Rule|rule)\b"
)


def shown_texts(root: QWidget) -> list[str]:
    """What a runner reads on a page: labels, buttons, combo boxes, and the cells and headers of its tables."""
    texts = [item.text() for item in root.findChildren(QLabel) if item.isVisibleTo(root)]
    texts += [item.text() for item in root.findChildren(QAbstractButton) if item.isVisibleTo(root)]
    for combo in root.findChildren(QComboBox):
        if combo.isVisibleTo(root):
            texts += [combo.itemText(index) for index in range(combo.count())]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisibleTo(root) or model is None or isinstance(view, QHeaderView):
            continue
        columns = model.columnCount()
        texts += [str(model.headerData(column, Qt.Orientation.Horizontal) or "") for column in range(columns)]
        for row in range(min(model.rowCount(), 50)):
            texts += [str(model.index(row, column).data() or "") for column in range(columns)]
    # The words only: markup (`<ol style='margin-left:…'>`) is not read, nor the data folder's path.
    return [re.sub(r"<[^>]*>", " ", text) for text in texts if text and not Path(text).is_absolute()]


def _seed_runs(db: Database, today: dt.date) -> None:
    for days, km in ((1, 10.2), (3, 6.5), (6, 8.0), (9, 12.4)):
        start = dt.datetime.combine(today - dt.timedelta(days=days), dt.time(7), tzinfo=dt.UTC)
        training.add_run(db, make_run(start=start, duration_s=km * 330, distance_km=km, source="manual"))


def test_every_german_page_and_dialog_shows_no_english(german, make_window, qtbot: QtBot) -> None:
    """With three weeks of a plan (doses, what keeps the next phase closed, the pain model's suggestion), a month
    of diary entries and a week of runs, every page and the main dialogs read German only, numbers with a decimal
    comma."""
    from calfdesk.domain.diary import make_entry
    from calfdesk.storage import diary_store
    from calfdesk.ui.context import Changes
    from calfdesk.ui.diary.entry_dialog import EntryDialog
    from calfdesk.ui.rehab.plan_summary import SuggestionCard
    from calfdesk.ui.report.dialog import ReportDialog
    from calfdesk.ui.shell.pages import PAGES
    from calfdesk.ui.training.dialogs import RunDialog, ShoeDialog
    from tools.rehab_shots import seed_rehab_history

    window = make_window()
    window.resize(1366, 768)
    today = dt.date.today()
    seed_rehab_history(window.context.db, today)
    _seed_runs(window.context.db, today)
    for days in range(30):
        entry = make_entry(
            local_date=today - dt.timedelta(days=days), local_time=dt.time(18), soreness=days % 6, context="after_run"
        )
        diary_store.add_entry(window.context.db, entry)
    window.context.events.changed.emit(Changes.REHAB | Changes.TRAINING | Changes.DIARY)
    rehab_page = window.navigate("rehab")
    rehab_page.refresh()
    qtbot.waitUntil(lambda: "Achillessehne: 12 Wochen Fersenabsenken" in visible_texts(rehab_page))
    qtbot.waitUntil(lambda: any("linkes Bein" in text for text in shown_texts(rehab_page)))
    shown = shown_texts(rehab_page)
    assert [text for text in shown if ENGLISH_WORDS.search(text)] == []
    assert any("schmerzendes Bein: links" in text for text in shown)  # the sore leg, in German
    suggestion = rehab_page.findChild(SuggestionCard)
    assert suggestion is not None and suggestion.isVisibleTo(rehab_page), "the pain model has a suggestion"
    assert "Einheit" in suggestion.suggestion_label.text()

    pages = {spec.key: window.navigate(spec.key) for spec in PAGES}  # each page reads its data once built
    qtbot.waitUntil(lambda: any("10,20 km" in text for text in shown_texts(pages["training"])), timeout=10_000)
    runs_model = pages["training"].runs_card.table.model()
    assert runs_model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == "Von Hand eingetragen"  # where it came from
    for key, page in pages.items():
        window.navigate(key)
        found = [text for text in shown_texts(page) if ENGLISH_WORDS.search(text)]
        assert found == [], key
    context = window.context
    runs = training.list_runs(context.db)
    for dialog in (
        EntryDialog(context, window),
        PreferencesDialog(context, window),
        ReportDialog(context, window),
        RunDialog(context, runs[0], parent=window),
        ShoeDialog(context, parent=window),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        found = [text for text in shown_texts(dialog) if ENGLISH_WORDS.search(text)]
        assert found == [], type(dialog).__name__
        dialog.close()

    training_page = window.navigate("training")
    qtbot.waitUntil(lambda: any("10,20 km" in text for text in shown_texts(training_page)), timeout=10_000)
    shown = shown_texts(training_page)
    assert not any("10.20 km" in text or "10.2 km" in text for text in shown)
    assert [text for text in shown if ENGLISH_WORDS.search(text)] == []


def test_the_english_training_page_keeps_its_decimal_point(make_window, qtbot: QtBot) -> None:
    from calfdesk.ui.context import Changes

    window = make_window()
    _seed_runs(window.context.db, dt.date.today())
    window.context.events.changed.emit(Changes.TRAINING)
    page = window.navigate("training")
    qtbot.waitUntil(lambda: any("10.20 km" in text for text in shown_texts(page)), timeout=10_000)
    assert not any("10,2" in text for text in shown_texts(page))


def test_the_german_diary_tables_headers_are_whole_at_1366_by_768(german, make_window, qtbot: QtBot) -> None:
    """German headers are longer ("Beschwerden", "Steifigkeit"): each shown column is as wide as its header."""
    window = make_window()
    window.resize(1366, 768)
    page = window.navigate("diary")
    header = page.table.horizontalHeader()
    assert header.model().headerData(3, Qt.Orientation.Horizontal) == "Beschwerden"

    def cut() -> list[str]:
        shown = [column for column in range(header.count() - 1) if not page.table.isColumnHidden(column)]
        return [
            str(header.model().headerData(column, Qt.Orientation.Horizontal))
            for column in shown
            if header.sectionSize(column) < header.sectionSizeFromContents(column).width()
        ]

    qtbot.waitUntil(lambda: cut() == [])


def test_days_in_figures_are_written_as_german_writes_them(german, make_window, qtbot: QtBot) -> None:
    """The diary's table and its form, the runs table and a chart's table write a day as 06.12.2026, never as
    a file does (2026-12-06)."""
    from calfdesk.domain.diary import make_entry
    from calfdesk.storage import diary_store
    from calfdesk.ui.context import Changes

    window = make_window()
    today = dt.date.today()
    german_day = f"{today:%d.%m.%Y}"
    diary_store.add_entry(
        window.context.db, make_entry(local_date=today, local_time=dt.time(7, 30), soreness=3, context="morning")
    )
    _seed_runs(window.context.db, today)
    window.context.events.changed.emit(Changes.DIARY | Changes.TRAINING)

    diary = window.navigate("diary")
    qtbot.waitUntil(lambda: diary.model.rowCount() == 1 and diary.model.index(0, 0).data() is not None)
    assert diary.model.index(0, 0).data() == german_day
    # "Morgens" and "Wade" may be elided in a narrow column: the whole word shows on hovering.
    assert diary.model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == diary.model.index(0, 2).data() == "Morgens"
    assert diary.model.index(0, 4).data(Qt.ItemDataRole.ToolTipRole) == diary.model.index(0, 4).data()
    assert diary.form.date_edit.text() == german_day
    assert diary.chart.table().rows[-1][0] == german_day

    training_page = window.navigate("training")
    runs_model = training_page.runs_card.table.model()
    qtbot.waitUntil(lambda: runs_model.rowCount() > 0, timeout=10_000)
    assert re.fullmatch(r"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}", runs_model.index(0, 0).data())
    assert today.isoformat() not in "\n".join(shown_texts(diary) + shown_texts(training_page))
