import datetime as dt

from PySide6.QtCore import Qt

from calfdesk.domain.rehab import DayAdherence
from calfdesk.services import rehab
from calfdesk.storage import diary_store
from calfdesk.words.rehab import suggestion_words


def open_rehab(window, qtbot):
    page = window.navigate("rehab")
    qtbot.waitUntil(lambda: not page.loading, timeout=5000)
    return page


def test_start_achilles_plan_tick_record_pain_and_act_on_suggestions(window, qtbot) -> None:
    page = open_rehab(window, qtbot)
    assert page.chooser.isVisibleTo(page) and not page.plan_view.isVisibleTo(page)

    with qtbot.waitSignal(page.loaded, timeout=5000):
        assert page.start_plan("achilles_tendinopathy", side="left") is True
    assert page.plan_view.isVisibleTo(page) and not page.chooser.isVisibleTo(page)
    assert "Learn the drops" in page.summary.phase_label.text()
    slots = [row.item.slot for row in page.rows]
    assert slots.count("morning") == 2 and slots.count("evening") == 2
    assert not page.suggestion_card.isVisibleTo(page)

    for row in page.rows:
        row.check.click()
    assert page.checklist.progress_label.text() == "6 of 6 done"
    qtbot.waitUntil(lambda: page.streak_label.text() == "1", timeout=5000)
    saved = rehab.today_plan(window.context.db, dt.date.today())
    assert saved is not None and saved.done_count == 6, "ticks are saved at once"

    page.checklist.pain_spin.setValue(1)
    page.checklist.session_combo.setCurrentIndex(page.checklist.session_combo.findData("morning"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.checklist.pain_button, Qt.MouseButton.LeftButton)
    assert page.suggestion_card.isVisibleTo(page)
    assert "1/10, in the safe range" in page.suggestion_card.suggestion_label.text()
    assert not page.suggestion_card.accept_button.isVisibleTo(page), "nothing to accept when the advice is to continue"

    page.checklist.pain_spin.setValue(7)
    page.checklist.session_combo.setCurrentIndex(page.checklist.session_combo.findData("evening"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.checklist.pain_button, Qt.MouseButton.LeftButton)
    assert "Rule (a), no session above 5/10" in page.suggestion_card.suggestion_label.text()
    assert "pain was 7/10 in the evening session" in page.suggestion_card.suggestion_label.text()
    assert page.suggestion_card.accept_button.isVisibleTo(page)

    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.suggestion_card.accept_button, Qt.MouseButton.LeftButton)
    assert not page.suggestion_card.isVisibleTo(page)
    assert "Lighter" in page.summary.load_label.text()
    drops = next(row for row in page.rows if row.item.exercise.id == "heel_drop_straight_knee")
    assert drops.dose_label.text().startswith("2 × 15")


def test_conditions_without_an_exercise_plan_show_what_to_log(window, qtbot) -> None:
    page = open_rehab(window, qtbot)
    assert page.start_plan("compartment_syndrome") is False
    assert page.start_plan(None) is False
    assert page.chooser.no_plan_card.isVisibleTo(page)
    assert rehab.active_plan(window.context.db) is None


def test_choosing_a_plan_with_the_insertional_variant(window, qtbot) -> None:
    page = open_rehab(window, qtbot)
    page.chooser.plan_radios["achilles_tendinopathy"].click()
    assert page.chooser.insertional_check.isVisibleTo(page)
    page.chooser.insertional_check.setChecked(True)
    page.chooser.side_combo.setCurrentIndex(page.chooser.side_combo.findData("right"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.chooser.start_button, Qt.MouseButton.LeftButton)
    active = rehab.active_plan(window.context.db)
    assert active is not None and (active.variant, active.side) == ("insertional", "right")
    assert "heel_drop_straight_knee_floor" in {row.item.exercise.id for row in page.rows}


def test_timer_steps_through_sets_and_ticks_when_done(window, qtbot) -> None:
    page = open_rehab(window, qtbot)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.start_plan("achilles_tendinopathy", side="left")
    stretch = next(row.item for row in page.rows if row.item.exercise.id == "gastrocnemius_wall_stretch")
    now = [100.0]
    dialog = page.make_timer(stretch, clock=lambda: now[0], tick_ms=5)
    qtbot.addWidget(dialog)
    labels = [dialog.step_text(step) for step in dialog.steps]
    assert labels == [
        "Hold 1 of 2, left leg",
        "Switch to the right leg",
        "Hold 1 of 2, right leg",
        "Rest before set 2 of 2",
        "Hold 2 of 2, left leg",
        "Switch to the right leg",
        "Hold 2 of 2, right leg",
    ]
    assert dialog.step_label.text() == "Hold 1 of 2, left leg"
    assert dialog.next_label.text() == "Next: Switch to the right leg (0:05)"
    assert dialog.time_label.text() == "0:20"
    dialog.start()
    now[0] += 21
    qtbot.waitUntil(lambda: dialog.index == 1, timeout=2000)
    assert dialog.time_label.text() == "0:04"
    dialog.pause()
    now[0] += 500
    dialog.tick()
    assert dialog.index == 1, "a paused timer does not move on"
    dialog.skip()
    assert dialog.step_label.text() == "Hold 1 of 2, right leg"
    dialog.start()
    with qtbot.waitSignal(dialog.completed, timeout=2000):
        now[0] += 1000
    assert dialog.is_complete and dialog.start_button.text() == "Tick off and close"


def test_heel_raise_test_is_charted_with_the_side_ratio(window, qtbot) -> None:
    page = open_rehab(window, qtbot)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.start_plan("calf_strain", side="right")
    page.heel_raise_card.left_spin.setValue(28)
    page.heel_raise_card.right_spin.setValue(21)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.heel_raise_card.test_button, Qt.MouseButton.LeftButton)
    assert (
        "right 21" in page.heel_raise_card.test_summary.text()
        and "75% of the other" in page.heel_raise_card.test_summary.text()
    )
    assert page.heel_chart is not None
    assert list(page.heel_chart.ratio_curve.getData()[1]) == [75.0]
    assert page.heel_chart.target_line.value() == 25


def test_adherence_calendar_describes_each_day(qtbot) -> None:
    from calfdesk.ui.rehab.adherence_calendar import AdherenceCalendar

    calendar = AdherenceCalendar()
    qtbot.addWidget(calendar)
    today = dt.date(2026, 3, 4)
    calendar.set_days([DayAdherence(dt.date(2026, 3, 3), 6, 6), DayAdherence(today, 2, 6)], today)
    assert calendar.describe(today) == "Wed 4 Mar: 2 of 6 done"
    assert calendar.describe(dt.date(2026, 3, 1)) == "Sun 1 Mar: no plan items"
    assert calendar.day_at(calendar.cell_rect(dt.date(2026, 3, 3)).center().toPoint()) == dt.date(2026, 3, 3)
    assert "1 of 2 plan days fully done" in calendar.accessibleDescription()


def test_today_asks_for_the_morning_check_in(make_window, data_dir, qtbot) -> None:
    from calfdesk.storage.database import open_database

    db = open_database(data_dir)
    rehab.start_plan(db, "achilles_tendinopathy", side="left", today=dt.date.today() - dt.timedelta(days=1))
    db.close()
    window = make_window()
    from calfdesk.ui.today.morning_check_in import MorningCheckInCard

    card = window.page("today").findChild(MorningCheckInCard)
    assert card is not None
    qtbot.waitUntil(lambda: card.isVisibleTo(window), timeout=5000)
    card.stiffness.setValue(25)
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert card.problem.isVisibleTo(window) and "Choose how it hurts" in card.problem.text(), "no pain, no save"
    assert rehab.morning_check_in(window.context.db, dt.date.today()) is None
    three = card.pain.buttons[3]
    qtbot.waitUntil(lambda: three.height() >= three.minimumSizeHint().height(), timeout=5000)
    qtbot.mouseClick(three, Qt.MouseButton.LeftButton)
    assert not card.problem.isVisibleTo(window)
    qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not card.isVisibleTo(window), timeout=5000)
    check_in = rehab.morning_check_in(window.context.db, dt.date.today())
    assert check_in is not None and (check_in.pain, check_in.stiffness_min) == (3, 25)
    morning = [e for e in diary_store.list_entries(window.context.db) if e.context == "morning"]
    assert [(e.soreness, e.stiffness_min, e.location) for e in morning] == [(3, 25, "achilles")]


def test_the_assessment_results_plan_button_starts_the_plan(window, qtbot) -> None:
    assessment = window.navigate("assessment")
    assessment.start_plan_requested.emit("achilles_tendinopathy")
    assert window.current_key() == "rehab"
    qtbot.waitUntil(lambda: window.page("rehab").plan_view.isVisibleTo(window), timeout=5000)
    active = rehab.active_plan(window.context.db)
    assert active is not None and active.plan_id == "achilles_tendinopathy"


def test_the_advice_to_stop_loading_can_only_end_the_plan(window, qtbot, monkeypatch) -> None:
    """CLINICAL_NOTES.md 4b: a third painful session in a row at the lightest load ends the loading."""
    page = open_rehab(window, qtbot)
    db = window.context.db
    today = dt.date.today()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        assert page.start_plan("calf_strain", side="left") is True
    rehab.record_session_pain(db, 6, slot="morning", day=today)
    rehab.decide(db, accepted=True, day=today, words=suggestion_words)
    rehab.record_session_pain(db, 6, slot="day", day=today)
    rehab.decide(db, accepted=True, day=today, words=suggestion_words)

    page.checklist.pain_spin.setValue(6)
    page.checklist.session_combo.setCurrentIndex(page.checklist.session_combo.findData("evening"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.checklist.pain_button, Qt.MouseButton.LeftButton)
    assert "aims to be pain-free: keep each exercise at 2/10 or less" in page.checklist.pain_hint.text()
    card = page.suggestion_card
    assert "see a clinician" in card.suggestion_label.text()
    assert card.suggestion_label.property("role") == "banner-warning"
    assert not card.decline_button.isVisibleTo(page)
    assert card.accept_button.text() == "End the plan"
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(card.accept_button, Qt.MouseButton.LeftButton)
    assert rehab.active_plan(db) is None
    qtbot.waitUntil(lambda: page.chooser.isVisibleTo(page), timeout=5000)

    from calfdesk.ui.rehab import clearance

    asked = []
    monkeypatch.setattr(clearance, "ask_clearance", lambda _parent, advice, name: asked.append(advice) or False)
    page.chooser.plan_radios["cramp"].click()
    qtbot.mouseClick(page.chooser.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked[0].assessment_id is None and "see a clinician" in asked[0].headline
    assert rehab.active_plan(db) is None, "no loading again until a clinician has cleared the runner"
