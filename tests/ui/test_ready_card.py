"""The Today page's "Ready to run today?" card, driven as a runner does: read the answer and the checklist,
type the distance planned for today (and tick a harder session), and see the card follow new records."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from calfdesk.domain.diary import make_entry
from calfdesk.domain.runs import make_run
from calfdesk.services import assessment, training
from calfdesk.storage import diary_store
from calfdesk.ui.context import Changes
from calfdesk.ui.today.ready_card import ReadyCard

TODAY = dt.date.today()


def ready_card(window, qtbot) -> ReadyCard:
    card = window.page("today").findChild(ReadyCard)
    assert card is not None
    qtbot.waitUntil(lambda: card.result is not None, timeout=5000)
    return card


def badges(card: ReadyCard) -> dict[str, QLabel]:
    """Each checklist item's word, by item id."""
    found: dict[str, QLabel] = {}
    for row in range(card.items.rowCount()):
        badge, text = card.items.itemAtPosition(row, 0), card.items.itemAtPosition(row, 1)
        if badge is not None and text is not None:
            found[text.widget().property("item")] = badge.widget()
    return found


def item_text(card: ReadyCard, item_id: str) -> str:
    for row in range(card.items.rowCount()):
        cell = card.items.itemAtPosition(row, 1)
        if cell is not None and cell.widget().property("item") == item_id:
            return " ".join(label.text() for label in cell.widget().findChildren(QLabel))
    raise AssertionError(f"no item {item_id}")


def add_run(db, day: dt.date, km: float) -> None:
    training.add_run(
        db, make_run(start=dt.datetime.combine(day, dt.time(7)).astimezone(), duration_s=km * 330, distance_km=km)
    )


def test_a_new_runner_sees_not_yet_with_what_would_help(window, qtbot) -> None:
    card = ready_card(window, qtbot)
    assert card.isVisible()
    assert card.answer.text().startswith("<b>Not yet</b>")
    words = badges(card)
    assert set(words) == {"red_flags", "pain_monitoring", "morning", "heel_raise", "hop", "plan", "planned_run"}
    for badge in words.values():
        assert badge.text() == "Not yet", "each colour has its word"
        assert badge.property("status") == "amber"
    assert "To make it green: Take the assessment" in item_text(card, "red_flags")
    assert "Source: The red-flag screen of the assessment" in item_text(card, "red_flags")
    assert "a clinician's advice comes first" in card.caveat.text()
    assert "a heel-raise test" in card.better.text()


def test_typing_a_planned_distance_checks_it_against_the_longest_recent_run(window, qtbot) -> None:
    add_run(window.context.db, TODAY - dt.timedelta(days=6), 10.0)
    card = ready_card(window, qtbot)
    with qtbot.waitSignal(card.loaded, timeout=5000):
        window.events.changed.emit(Changes.TRAINING)
    assert "Type today's planned distance: up to 11.0 km" in item_text(card, "planned_run")

    card.planned.setFocus()
    card.planned.lineEdit().selectAll()
    with qtbot.waitSignal(card.loaded, timeout=5000):
        qtbot.keyClicks(card.planned.lineEdit(), "12")
    assert badges(card)["planned_run"].text() == "Not today"
    assert "12.0 km planned is 20% over your longest run of the last 30 days (10.0 km)" in item_text(
        card, "planned_run"
    )
    assert card.answer.text().startswith("<b>Not today</b>")

    card.planned.lineEdit().selectAll()
    with qtbot.waitSignal(card.loaded, timeout=5000):
        qtbot.keyClicks(card.planned.lineEdit(), "10.5")
    assert badges(card)["planned_run"].text() == "OK"
    assert badges(card)["planned_run"].property("status") == "green"


def test_a_harder_session_is_checked_against_the_last_run(window, qtbot) -> None:
    db = window.context.db
    add_run(db, TODAY - dt.timedelta(days=6), 10.0)
    add_run(db, TODAY - dt.timedelta(days=2), 8.0)
    card = ready_card(window, qtbot)
    with qtbot.waitSignal(card.loaded, timeout=5000):
        window.events.changed.emit(Changes.TRAINING)
    assert card.hard.isVisible() and card.hard.text() == "A harder session: faster, intervals or hills"
    assert card.hard.accessibleName() == card.hard.text(), "a screen reader reads the label the runner sees"
    assert not card.hard.isChecked()

    with qtbot.waitSignal(card.loaded, timeout=5000):
        qtbot.mouseClick(card.hard, Qt.MouseButton.LeftButton, pos=card.hard.rect().center())
    assert card.hard.isChecked()
    assert badges(card)["planned_run"].text() == "Not yet"
    assert "distance is not known: a harder run is checked against your last run (8.0 km on" in item_text(
        card, "planned_run"
    )

    card.planned.setFocus()
    card.planned.lineEdit().selectAll()
    with qtbot.waitSignal(card.loaded, timeout=5000):
        qtbot.keyClicks(card.planned.lineEdit(), "9")
    assert badges(card)["planned_run"].text() == "Not yet"
    text = item_text(card, "planned_run")
    assert "9.0 km planned as a harder session is longer than your last run (8.0 km on" in text
    assert "keep to 8.0 km" in text and "run 9.0 km at an easy pace" in text
    assert card.hard.isChecked() and card.planned.value() == 9.0, "both stay as the runner set them"

    card.planned.lineEdit().selectAll()
    with qtbot.waitSignal(card.loaded, timeout=5000):
        qtbot.keyClicks(card.planned.lineEdit(), "8")
    assert badges(card)["planned_run"].text() == "OK"

    card.planned.lineEdit().selectAll()
    with qtbot.waitSignal(card.loaded, timeout=5000):
        qtbot.keyClicks(card.planned.lineEdit(), "9")
    with qtbot.waitSignal(card.loaded, timeout=5000):
        qtbot.keyClick(card.hard, Qt.Key.Key_Space)
    assert not card.hard.isChecked()
    assert badges(card)["planned_run"].text() == "OK", "an easy run at the longer distance is fine"


def test_a_warning_sign_answers_not_today_see_a_clinician(window, qtbot) -> None:
    card = ready_card(window, qtbot)
    assessment.save_assessment(window.context.db, {"swollen_warm_red": True, "location": "calf_belly"})
    with qtbot.waitSignal(card.loaded, timeout=5000):
        window.events.changed.emit(Changes.ASSESSMENT)
    assert card.answer.text().startswith("<b>Not today: see a clinician</b>")
    assert card.answer.property("status") == "red"
    assert badges(card)["red_flags"].text() == "Not today"
    assert "see a clinician first" in item_text(card, "red_flags")


def test_the_morning_after_a_much_longer_run_warns_beside_this_mornings_pain(window, qtbot) -> None:
    db = window.context.db
    add_run(db, TODAY - dt.timedelta(days=8), 10.0)
    add_run(db, TODAY - dt.timedelta(days=1), 13.0)
    for days in range(4, 0, -1):
        diary_store.add_entry(
            db,
            make_entry(
                local_date=TODAY - dt.timedelta(days=days), local_time=dt.time(7), soreness=1, context="morning"
            ),
        )
    diary_store.add_entry(db, make_entry(local_date=TODAY, local_time=dt.time(7), soreness=3, context="morning"))
    card = ready_card(window, qtbot)
    with qtbot.waitSignal(card.loaded, timeout=5000):
        window.events.changed.emit(Changes.DIARY | Changes.TRAINING)
    assert card.spike_note.isVisible()
    assert "Yesterday's run (13.0 km) was 30% longer than your longest run of the 30 days" in card.spike_note.text()
    assert badges(card)["morning"].text() == "Not today"
    assert "This morning 3/10 against your usual 1/10" in item_text(card, "morning")


def test_the_card_follows_the_runners_unit(window, qtbot) -> None:
    add_run(window.context.db, TODAY - dt.timedelta(days=3), 16.0934)
    card = ready_card(window, qtbot)
    card.planned.setValue(8.0)
    qtbot.waitUntil(lambda: "8.0 km planned" in item_text(card, "planned_run"), timeout=5000)
    window.context.settings.set("units", "mi")
    with qtbot.waitSignal(card.loaded, timeout=5000):
        window.events.settings_changed.emit("units")
    assert card.planned.suffix() == " mi"
    assert card.planned.value() == 5.0, "a distance already typed is kept, in the new unit"
    card.planned.setValue(0.0)
    qtbot.waitUntil(lambda: "Type today's planned distance" in item_text(card, "planned_run"), timeout=5000)
    assert "your longest run of the last 30 days was 10.0 mi" in item_text(card, "planned_run")
    qtbot.keyClick(card.planned, Qt.Key.Key_Up)
    qtbot.waitUntil(
        lambda: card.planned_km() is not None and "0.5 mi planned" in item_text(card, "planned_run"), timeout=5000
    )


def test_sex_and_birth_year_from_preferences_bring_in_the_norm(window, qtbot) -> None:
    from calfdesk.services import rehab

    rehab.record_heel_raise_test(window.context.db, TODAY - dt.timedelta(days=2), 20, 21)
    card = ready_card(window, qtbot)
    with qtbot.waitSignal(card.loaded, timeout=5000):
        window.events.changed.emit(Changes.REHAB)
    assert badges(card)["heel_raise"].text() == "OK"
    assert "Only the side-to-side ratio counts" in item_text(card, "heel_raise")
    tested = TODAY - dt.timedelta(days=2)
    assert f"Test of {tested.day} {tested:%b}" in item_text(card, "heel_raise"), "dates read as on the Today page"
    assert "sex and birth year in Preferences" in card.better.text()

    settings = window.context.settings
    settings.set("sex", "male")
    settings.set("birth_year", TODAY.year - 35)
    with qtbot.waitSignal(card.loaded, timeout=5000):
        window.events.settings_changed.emit("birth_year")
    assert badges(card)["heel_raise"].text() == "Not yet"
    assert "below the median of 24 for your sex" in item_text(card, "heel_raise")


def test_saving_the_morning_check_in_on_today_updates_the_checklist(window, qtbot) -> None:
    from calfdesk.services import rehab
    from calfdesk.ui.today.morning_check_in import MorningCheckInCard

    db = window.context.db
    rehab.start_plan(db, "achilles_tendinopathy", side="left", today=TODAY - dt.timedelta(days=5))
    for days in range(4, 0, -1):
        rehab.record_morning_check_in(db, TODAY - dt.timedelta(days=days), 1, 5)
    card = ready_card(window, qtbot)
    check_in = window.page("today").findChild(MorningCheckInCard)
    with qtbot.waitSignal(card.loaded, timeout=5000):
        window.events.changed.emit(Changes.REHAB)
    qtbot.waitUntil(check_in.isVisible, timeout=5000)
    assert badges(card)["morning"].text() == "Not yet"
    assert "pain is not recorded yet" in item_text(card, "morning")

    check_in.pain.setValue(3)
    check_in.stiffness.setValue(5)
    with qtbot.waitSignal(card.loaded, timeout=5000):
        qtbot.mouseClick(check_in.save_button, Qt.MouseButton.LeftButton)
    assert badges(card)["morning"].text() == "Not today"
    assert "This morning 3/10 against your usual 1/10" in item_text(card, "morning")
    assert card.answer.text().startswith("<b>Not today</b>")
