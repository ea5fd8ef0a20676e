"""The Progress page, driven as a runner does: name activities, score them with the keyboard, see each measure
charted with its words, the plan's phases, the runs beneath, and a problem shown without losing what was typed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from calfdesk.services import measures, rehab

TODAY = dt.date.today()


def open_progress(window, qtbot):
    page = window.navigate("progress")
    qtbot.waitUntil(lambda: page.data is not None and not page._loading, timeout=5000)
    return page


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def test_a_runner_names_activities_and_scores_them_with_the_keyboard(window, qtbot) -> None:
    page = open_progress(window, qtbot)
    card = page.psfs_card
    assert page.empty.isVisibleTo(page) and page.charts == []
    assert not card.save_scores_button.isEnabled()
    for edit, text in zip(card.activity_edits, ["running 10 km", "stairs in the morning", "hopping"], strict=False):
        type_into(qtbot, edit, text)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(card.activity_edits[2], Qt.Key.Key_Return)
    assert measures.psfs_activities(window.context.db) == ("running 10 km", "stairs in the morning", "hopping")
    assert [spin.accessibleName() for spin in card.score_spins][1] == "Score for stairs in the morning, 0 to 10"
    assert card.save_scores_button.isEnabled()

    for spin, score in zip(card.score_spins, (3, 5, 2), strict=True):
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, str(score))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        card.save_scores_button.setFocus()
        qtbot.keyClick(card.save_scores_button, Qt.Key.Key_Space)
    (reading,) = measures.list_readings(window.context.db, "psfs")
    assert reading.score == 3.3 and reading.day == TODAY
    assert [spin.value() for spin in card.score_spins] == [0, 0, 0], "the form is ready for next week"
    assert not page.empty.isVisibleTo(page)
    (chart,) = page.charts
    assert chart.accessibleName() == "Activities you find hard (PSFS) over time"
    description = chart.accessibleDescription()
    assert "scale of 0 to 10" in description and "3.3" in description and "the only reading so far" in description
    # The day as the language writes it, never as a file would ("6 Dec 2026", not "2026-12-06").
    assert f"on {TODAY.day} {TODAY:%b} {TODAY.year}" in description and TODAY.isoformat() not in description


def test_too_few_activities_are_refused_and_what_was_typed_stays(window, qtbot) -> None:
    page = open_progress(window, qtbot)
    card = page.psfs_card
    type_into(qtbot, card.activity_edits[0], "running")
    type_into(qtbot, card.activity_edits[1], "stairs")
    qtbot.mouseClick(card.save_activities_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: card.problem.isVisibleTo(page), timeout=5000)
    assert "name 3 to 5 activities" in card.problem.text()
    assert [edit.text() for edit in card.activity_edits[:2]] == ["running", "stairs"]
    assert measures.psfs_activities(window.context.db) == ()


def test_each_measure_has_a_chart_with_words_the_phases_and_the_runs_beneath(window, qtbot) -> None:
    db = window.context.db
    start = TODAY - dt.timedelta(days=28)
    rehab.start_plan(db, "achilles_tendinopathy", side="left", today=start)
    measures.set_psfs_activities(db, ["running 10 km", "stairs", "hopping"])
    measures.add_psfs(db, start + dt.timedelta(days=1), [2, 3, 2])
    measures.add_psfs(db, start + dt.timedelta(days=22), [5, 6, 4])
    rehab.record_heel_raise_test(db, start + dt.timedelta(days=2), 12, 24)
    rehab.record_heel_raise_test(db, start + dt.timedelta(days=20), 15, 25)
    page = open_progress(window, qtbot)
    heel, psfs = page.charts
    assert "usual for your sex" not in heel.accessibleDescription(), "no norm without sex and birth year"
    window.context.settings.set("sex", "male")
    window.context.settings.set("birth_year", TODAY.year - 35)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.context.events.settings_changed.emit("birth_year")
    heel, psfs = page.charts
    assert "The usual for your sex and age is 24 raises" in heel.accessibleDescription()
    assert "Sore leg: 12 on" in heel.accessibleDescription()
    assert "a change of 3, less than the 6 that matters" in heel.accessibleDescription()
    assert "better by 2.7, at least the 2 that matters" in psfs.accessibleDescription()
    assert [label.toPlainText() for label in psfs.phase_labels] == ["Learn the drops"]
    assert heel.runs_plot is None
    page.runs_check.click()
    heel, psfs = page.charts
    assert heel.runs_plot is not None and psfs.runs_plot is not None


def test_a_heel_raise_test_recorded_on_the_rehab_page_shows_on_progress(window, qtbot) -> None:
    page = open_progress(window, qtbot)
    assert page.charts == []
    rehab_page = window.navigate("rehab")
    qtbot.waitUntil(lambda: not rehab_page.loading, timeout=5000)
    with qtbot.waitSignal(rehab_page.loaded, timeout=5000):
        assert rehab_page.start_plan("achilles_tendinopathy", side="left") is True
    card = rehab_page.heel_raise_card
    card.left_spin.setValue(14)
    card.right_spin.setValue(25)
    qtbot.mouseClick(card.test_button, Qt.MouseButton.LeftButton)
    # The plan's start may still be reloading the page: wait for the reload that brings the test.
    qtbot.waitUntil(lambda: len(page.charts) == 1, timeout=5000)
    (chart,) = page.charts
    assert chart.accessibleName() == "Single-leg heel-raise test over time"
    assert "Sore leg: 14" in chart.accessibleDescription()


PACK = Path(__file__).resolve().parents[1] / "data" / "made_up_pack.toml"


def test_a_runner_adds_a_pack_reads_it_as_plain_text_and_answers_it(window, qtbot, monkeypatch) -> None:
    page = open_progress(window, qtbot)
    packs_card = page.packs_card
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(PACK), ""))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(packs_card.add_button, Qt.MouseButton.LeftButton)
    (form,) = packs_card.forms
    texts = [widget.text() for widget in form.findChildren(QLabel)]
    assert "Made-up tendon questionnaire <b>v1</b>" in texts, "markup in a pack is shown as the text it is"
    assert "2. How well can you run for 20 minutes?" in texts
    assert "1. How easily do you climb <i>stairs</i>?" in texts
    assert all(
        widget.textFormat() == Qt.TextFormat.PlainText for widget in form.findChildren(QLabel) if "<" in widget.text()
    )
    assert "Licensed to Dr. Ada Example, Example Physio Clinic" in texts
    stairs, run, morning = form.answers
    stairs.setValue(5)
    run.setValue(4)
    morning.setCurrentIndex(morning.findText("Sometimes"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    (chart,) = page.charts
    assert chart.accessibleName() == "Made-up tendon questionnaire <b>v1</b> over time"
    assert "46.7" in chart.accessibleDescription()
    titles = [widget.text() for widget in page.findChildren(QLabel) if widget.property("role") == "section-title"]
    assert "Made-up tendon questionnaire <b>v1</b>" in titles


def test_a_hostile_pack_is_refused_with_its_reason_on_the_page(window, qtbot, tmp_path) -> None:
    page = open_progress(window, qtbot)
    bad = tmp_path / "bad.toml"
    bad.write_text(PACK.read_text(encoding="utf-8").replace("smallest_change = 10", "smallest_change = 0"))
    page.add_pack_file(bad)
    qtbot.waitUntil(lambda: page.packs_card.problem.isVisibleTo(page), timeout=5000)
    assert "smallest_change: must be above 0" in page.packs_card.problem.text()
    assert page.packs_card.forms == []


def test_activities_with_markup_are_shown_as_typed(window, qtbot) -> None:
    db = window.context.db
    measures.set_psfs_activities(db, ["<b>stairs</b>", "running", "hopping"])
    measures.add_psfs(db, TODAY, [3, 4, 5])
    page = open_progress(window, qtbot)
    (chart,) = page.charts
    words = [widget for widget in page.findChildren(QLabel) if "<b>stairs</b>" in widget.text()]
    assert words and all(widget.textFormat() == Qt.TextFormat.PlainText for widget in words)
    assert chart.legend.items[1][1].text == "&lt;b&gt;stairs&lt;/b&gt;"


def test_file_export_csv_writes_the_measures_beside_the_diary(window, qtbot, monkeypatch, tmp_path) -> None:
    import csv

    from PySide6.QtWidgets import QDialog

    from calfdesk.ui.diary.transfer import ExportRangeDialog

    db = window.context.db
    measures.set_psfs_activities(db, ["running", "stairs", "hopping"])
    measures.add_psfs(db, TODAY, [3, 4, 5])
    target = tmp_path / "my diary.csv"
    monkeypatch.setattr(ExportRangeDialog, "exec", lambda _self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(target), "CSV files (*.csv)"))
    window.export_action.trigger()
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=10_000)
    assert "and the measures to my diary-measures.csv" in window.statusBar().currentMessage()
    with (tmp_path / "my diary-measures.csv").open(newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert [(row["measure"], row["item"], row["item_value"]) for row in rows] == [
        ("psfs", "running", "3"),
        ("psfs", "stairs", "4"),
        ("psfs", "hopping", "5"),
    ]
