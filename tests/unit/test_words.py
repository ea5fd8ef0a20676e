"""The domain's rehab results worded in the runner's language, and numbers with the language's decimal separator:
the same words in the window and the command line (calfdesk.words, calfdesk.i18n.number)."""

from __future__ import annotations

import datetime as dt

import pytest

from calfdesk import i18n
from calfdesk.domain import rehab
from calfdesk.domain.rehab import GateNeed, MorningCheckIn, MorningWorse, Reason, SessionPain, Suggestion
from calfdesk.domain.units import format_distance
from calfdesk.words.rehab import dose_words, gate_words, suggestion_words

CATALOG = rehab.load_catalog()
DAY = dt.date(2026, 12, 1)


@pytest.fixture
def german() -> None:
    i18n.set_language("de")


def _drop() -> tuple[rehab.Exercise, rehab.Dose]:
    exercise = CATALOG.exercises["heel_drop_straight_knee"]
    return exercise, exercise.dose


def test_a_dose_in_english_and_in_german(german: None) -> None:
    exercise, dose = _drop()
    stretch = CATALOG.exercises["gastrocnemius_wall_stretch"]
    assert dose_words(exercise, dose, "left") == f"{dose.sets} × {dose.reps}, linkes Bein"
    assert (
        dose_words(stretch, stretch.dose, "left") == f"{stretch.dose.sets} × {stretch.dose.hold_s} s halten, jedes Bein"
    )
    i18n.set_language("en")
    assert dose_words(exercise, dose, "left") == f"{dose.sets} × {dose.reps}, left leg"


def test_what_keeps_a_phase_closed_in_german(german: None) -> None:
    needs = (GateNeed("days", 1), GateNeed("days", 3), GateNeed("symmetry", 10, 87.4), GateNeed("hop_pain", 2, 4))
    assert gate_words(needs) == (
        "1 weiterer Tag in der aktuellen Phase, 3 weitere Tage in der aktuellen Phase, das schmerzende Bein "
        "höchstens 10 % unter dem anderen (letzter Test: 87 %), Hüpfen, das höchstens 2/10 wehtut (letzter Test: 4/10)"
    )
    i18n.set_language("en")
    assert gate_words(needs[:1]) == "1 more day in the current phase"


def test_a_suggestion_in_german_keeps_the_rule_and_its_numbers(german: None) -> None:
    worse = MorningWorse("pain", MorningCheckIn(DAY, 2), MorningCheckIn(DAY + dt.timedelta(days=1), 4))
    words = suggestion_words(Suggestion("reduce", Reason("rule_c", worse=worse, ease="lighter", load="Body weight")))
    assert words == (
        "Regel (c), der nächste Morgen darf nicht schlechter sein: Morgenschmerz 4/10 am 02.12.2026 gegenüber 2/10 "
        "am 01.12.2026: Geh zurück auf „Body weight“."
    )
    stop = Reason(
        "painful_in_a_row", sessions=(SessionPain(DAY, "after_run", 6), SessionPain(DAY, "evening", 7)), limit=5
    )
    words = suggestion_words(Suggestion("stop", stop))
    assert "6/10 bei der Einheit (nach dem Lauf) am 01.12.2026" in words
    assert "lass dich von einer Fachperson untersuchen" in words
    for english in ("Rule", "session", "clinician", "load"):
        assert english not in words
    i18n.set_language("en")
    assert suggestion_words(Suggestion("stop", stop)).startswith(
        "2 sessions in a row at the lightest load hurt more than this phase allows (5/10): 6/10 in the after run "
        "session of 2026-12-01"
    )


def test_numbers_take_the_languages_decimal_separator(german: None) -> None:
    assert i18n.number(10.2) == "10,2"
    assert i18n.number(4.5, 2) == "4,50"
    assert format_distance(10.2, "km") == "10,2 km"
    assert i18n.number(12, 0) == "12"
    assert i18n.number(19466, 0, grouped=True) == "19.466"
    assert i18n.number(1234.5, 1, grouped=True) == "1.234,5"
    i18n.set_language("en")
    assert i18n.number(10.2) == "10.2"
    assert i18n.number(19466, 0, grouped=True) == "19,466"
    assert format_distance(10.2, "km") == "10.2 km"


def test_an_import_in_german(german: None) -> None:
    from collections import Counter

    from calfdesk.domain.plausibility import NotARun
    from calfdesk.domain.runs import make_run
    from calfdesk.services.training import FileReport, NotTaken
    from calfdesk.words.training import file_words

    run = make_run(start=dt.datetime(2026, 12, 1, 7, tzinfo=dt.UTC), duration_s=1800, distance_km=5.0)
    report = FileReport("a.fit", added=1, duplicates=2, skipped=Counter({"cycling": 1}))
    report.not_taken.append(NotTaken("a.fit", run, NotARun("walking", 5.04)))
    assert file_words(report) == (
        "1 Lauf hinzugefügt, 2 Duplikate übersprungen, 1 andere Aktivität ausgelassen (1 cycling), "
        "1 Aktivität nicht übernommen (kein Lauf: Schnitt 5,0 km/h ist Gehtempo)"
    )
    i18n.set_language("en")
    assert file_words(report).startswith("added 1 run, skipped 2 duplicates, left out 1 other activity")
