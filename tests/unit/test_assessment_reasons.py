"""What speaks for and against a cause is kept apart by the result itself, never by its English words: in German
the reasons against a cause still show under "Against it"."""

from __future__ import annotations

import pytest

from calfdesk import i18n
from calfdesk.domain.assessment import assess
from calfdesk.domain.assessment_result import AssessmentResult

ANSWERS = {"location": "calf_belly", "onset": "sudden", "side": "both"}


@pytest.mark.parametrize(("language", "against_words"), [("en", "less likely"), ("de", "weniger wahrscheinlich")])
def test_the_reasons_against_a_cause_are_told_apart_in_any_language(language: str, against_words: str) -> None:
    i18n.set_language(language)
    result = assess(ANSWERS)
    strain = next(match for match in result.conditions if match.id == "calf_strain")
    assert strain.reasons_for and strain.reasons_against
    assert all(against_words in reason for reason in strain.reasons_against)
    assert not any(against_words in reason for reason in strain.reasons_for)
    saved = AssessmentResult.from_json(result.to_json())
    again = next(match for match in saved.conditions if match.id == "calf_strain")
    assert again.reasons_against == strain.reasons_against


def test_a_result_saved_before_the_count_was_kept_still_splits_its_english_reasons() -> None:
    data = assess(ANSWERS).to_json()
    for condition in data["conditions"]:
        del condition["against"]
    strain = next(match for match in AssessmentResult.from_json(data).conditions if match.id == "calf_strain")
    assert strain.reasons_against and all("less likely" in reason for reason in strain.reasons_against)
