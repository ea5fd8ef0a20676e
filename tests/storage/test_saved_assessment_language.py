"""A saved assessment is read in the language calfdesk speaks now when its answers still give exactly the result
it saved; when they no longer do (the content changed since), it is shown as it was saved, in the words the
runner read then, since that is the record."""

from __future__ import annotations

import json

from calfdesk import i18n
from calfdesk.services import assessment

ANSWERS = {"location": "calf_belly", "onset": "sudden", "side": "both"}


def test_an_assessment_saved_in_english_reads_in_german_with_the_same_findings(db) -> None:
    saved = assessment.save_assessment(db, ANSWERS)
    assert saved.id is not None
    english = saved.result
    assert "less likely" in " ".join(english.conditions[0].reasons + english.conditions[1].reasons)

    i18n.set_language("de")
    again = assessment.get_assessment(db, saved.id)

    assert again is not None
    german = again.result
    assert german.headline != english.headline and german.disclaimer != english.disclaimer
    assert "weniger wahrscheinlich" in " ".join(reason for match in german.conditions for reason in match.reasons)
    # The same findings: the route, the timing, the causes in the same order with the same scores, the plan.
    assert (german.triage, german.when, german.plan) == (english.triage, english.when, english.plan)
    assert [(m.id, m.score) for m in german.conditions] == [(m.id, m.score) for m in english.conditions]
    assert again.taken_at == saved.taken_at and dict(again.answers) == dict(saved.answers)


def test_a_result_the_answers_no_longer_give_is_shown_as_it_was_saved(db) -> None:
    saved = assessment.save_assessment(db, ANSWERS)
    assert saved.id is not None
    # The result as an older content would have given it: another score for the first cause.
    with db.raw(write=True) as connection:
        (text,) = connection.execute("SELECT result_json FROM assessment WHERE id = ?", (saved.id,)).fetchone()
        data = json.loads(text)
        data["conditions"][0]["score"] = data["conditions"][0]["score"] * 0.5
        connection.execute("UPDATE assessment SET result_json = ? WHERE id = ?", (json.dumps(data), saved.id))

    i18n.set_language("de")
    again = assessment.get_assessment(db, saved.id)

    assert again is not None
    assert again.result.headline == saved.result.headline, "kept in the words the runner read then"
    assert again.result.conditions[0].score == data["conditions"][0]["score"]


def test_a_result_of_another_content_version_is_shown_as_it_was_saved(db) -> None:
    saved = assessment.save_assessment(db, ANSWERS)
    assert saved.id is not None
    with db.raw(write=True) as connection:
        (text,) = connection.execute("SELECT result_json FROM assessment WHERE id = ?", (saved.id,)).fetchone()
        data = json.loads(text)
        data["content_version"] = "2025.1"
        connection.execute("UPDATE assessment SET result_json = ? WHERE id = ?", (json.dumps(data), saved.id))

    i18n.set_language("de")
    again = assessment.get_assessment(db, saved.id)

    assert again is not None and again.result.headline == saved.result.headline
