"""The assessment engine: answer validation, result shape, reasons, notes and the shipped content."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calfdesk.assets import load_toml
from calfdesk.domain.assessment import assess, with_screen
from calfdesk.domain.assessment_answers import answers_as_json, validate_answers
from calfdesk.domain.assessment_content import load_content, parse_content
from calfdesk.domain.assessment_result import AssessmentResult
from calfdesk.domain.content_tables import ContentError
from calfdesk.errors import InvalidInput

CONTRACT_KEYS = {
    "location": (
        "one",
        {"calf_belly", "achilles", "calf_and_achilles", "shin", "heel_insertion", "behind_knee", "outer_leg"},
    ),
    "side": ("one", {"left", "right", "both"}),
    "onset": ("one", {"sudden", "gradual"}),
    "pop_at_onset": ("bool", set()),
    "pain_pattern": (
        "list",
        {
            "push_off",
            "builds_during_run_eases_after_stop",
            "sudden_spasm",
            "morning_stiffness",
            "at_rest",
            "after_runs",
            "eases_once_warmed_up",
            "walking_eases_standing_still",
            "creaking",
        },
    ),
    "heel_raise": ("one", {"pain_free", "painful", "unable"}),
    "numbness": ("one", {"none", "during_runs", "persistent"}),
    "swollen_warm_red": ("bool", set()),
    "clot_risk": (
        "list",
        {"long_travel", "surgery_or_immobilised", "previous_clot", "cancer", "pregnancy_or_postpartum", "hormones"},
    ),
    "breathless_or_chest_pain": ("bool", set()),
    "tense_severe_pain": ("bool", set()),
    "fever": ("bool", set()),
    "duration": ("one", {"under_2_weeks", "2_to_6_weeks", "6_to_12_weeks", "over_12_weeks"}),
    "pain_now": ("int", set()),
    "pain_running": ("int", set()),
    "training_changes": (
        "list",
        {
            "mileage_jump",
            "more_hills",
            "more_speed",
            "worn_shoes",
            "new_shoes",
            "skipped_warmup",
            "heat_or_dehydration",
            "no_stretching",
        },
    ),
    "recurring": ("bool", set()),
    "tendon_thickening": ("bool", set()),
    # CLINICAL_NOTES.md section 4a: what a clinician also asks
    "onset_event": ("one", {"push_off_or_jump", "kicked_behind_heel", "direct_blow", "none_of_these"}),
    "cold_pale_foot": ("bool", set()),
    "dark_urine": ("bool", set()),
    "saddle_or_bladder": ("bool", set()),
    "behind_knee_swelling": ("bool", set()),
    "bone_signs": ("list", {"tender_spot_on_bone", "night_pain", "hop_pain"}),
    "spine_signs": ("list", {"back_or_buttock_pain", "pins_and_needles", "worse_sitting_or_bending"}),
    "vascular_risk": ("list", {"smoker", "diabetes", "artery_disease"}),
    "medicines": ("list", {"fluoroquinolone", "corticosteroid", "statin"}),
    "age_band": ("one", {"under_16", "16_to_39", "40_to_59", "60_or_over"}),
    "squeeze_test": ("one", {"foot_moved", "foot_did_not_move", "not_tried"}),
    "tendon_gap": ("bool", set()),
}
WARNING_SIGNS = (
    "breathless_or_chest_pain",
    "tense_severe_pain",
    "swollen_warm_red",
    "fever",
    "cold_pale_foot",
    "dark_urine",
    "saddle_or_bladder",
    "pop_at_onset",
)


def test_questions_match_the_contract_exactly() -> None:
    questions = load_content().questions
    assert set(questions) == set(CONTRACT_KEYS)
    for key, (kind, values) in CONTRACT_KEYS.items():
        assert questions[key].kind == kind, key
        assert set(questions[key].values) == values, key


def test_every_question_has_wording_help_and_reason_text() -> None:
    for question in load_content().questions.values():
        assert question.wording.endswith("?"), question.id
        assert question.help, question.id
        for option in question.options:
            assert option.label and option.said, f"{question.id}.{option.value}"


def test_warning_sign_questions_say_why_they_matter() -> None:
    content = load_content()
    page = next(page for page in content.pages if page.id == "warning_signs")
    assert content.pages.index(page) <= 1, "the warning signs come early"
    for question_id in page.questions:
        assert content.questions[question_id].why, question_id


def test_conditions_are_the_four_with_full_explanations() -> None:
    content = load_content()
    assert [condition.id for condition in content.conditions] == [
        "calf_strain",
        "achilles_tendinopathy",
        "compartment_syndrome",
        "cramp",
    ]
    for condition in content.conditions:
        assert condition.what_it_is and condition.how_it_feels and condition.causes and condition.what_helps
    assert content.condition("compartment_syndrome").plan is None
    assert content.condition("compartment_syndrome").clinician_log


def test_medicines_are_only_mentioned_under_supervision() -> None:
    for condition in load_content().conditions:
        for line in condition.what_helps:
            if "medicine" in line.lower():
                assert "only under a physician's supervision" in line


def test_broken_scoring_reference_is_caught() -> None:
    files = {name: dict(load_toml("knowledge", f"{name}.toml")) for name in ("assessment", "questions")}
    files |= {name: load_toml("knowledge", f"{name}.toml") for name in ("conditions", "red_flags", "factors")}
    files["scoring"] = {"full_marks": 15, "points": {"location": {"knee": {"calf_strain": 2}}}}
    with pytest.raises(ContentError, match="knee"):
        parse_content(files)


@pytest.mark.parametrize(
    ("answers", "field", "text"),
    [
        ({"locaton": "calf_belly"}, "locaton", "locaton"),
        ({"location": "knee"}, "location", "knee"),
        ({"location": 3}, "location", "3"),
        ({"pop_at_onset": "yes"}, "pop_at_onset", 'true, false or "not_sure"'),
        ({"fever": 1}, "fever", 'true, false or "not_sure"'),
        ({"recurring": "not_sure"}, "recurring", "true or false"),
        ({"clot_risk": "not_sure"}, "clot_risk", "list"),
        ({"pain_now": 11}, "pain_now", "11"),
        ({"pain_now": -1}, "pain_now", "-1"),
        ({"pain_now": 5.5}, "pain_now", "5.5"),
        ({"pain_now": True}, "pain_now", "whole number"),
        ({"pain_now": "5"}, "pain_now", "whole number"),
        ({"pain_pattern": "push_off"}, "pain_pattern", "list"),
        ({"pain_pattern": ["push_off", "limping"]}, "pain_pattern", "limping"),
        ({"clot_risk": [1]}, "clot_risk", "1"),
        ({"duration": None}, "duration", "null"),
        ({"side": "left", "extra": 1}, "extra", "extra"),
    ],
)
def test_invalid_answers_name_the_key_or_value(answers: dict[str, Any], field: str, text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        assess(answers)
    assert caught.value.field == field
    assert text in str(caught.value)


@pytest.mark.parametrize("raw", [[], "location", 3, None, [{"location": "shin"}]])
def test_answers_must_be_an_object(raw: object) -> None:
    with pytest.raises(InvalidInput, match="JSON object"):
        assess(raw)


def test_list_answers_drop_repeats_and_keep_order() -> None:
    answers = validate_answers({"pain_pattern": ["at_rest", "push_off", "at_rest"]})
    assert answers["pain_pattern"] == ("at_rest", "push_off")
    assert answers_as_json(answers) == {"pain_pattern": ["at_rest", "push_off"]}


def test_result_json_has_the_contract_shape() -> None:
    result = assess({"location": "achilles", "onset": "gradual", "training_changes": ["worn_shoes"]}).to_json()
    assert {
        "triage",
        "red_flags",
        "conditions",
        "contributing_factors",
        "plan",
        "unscreened",
        "disclaimer",
        "when",
        "outside_the_four",
    } <= set(result)
    assert result["unscreened"] == list(WARNING_SIGNS)
    assert result["when"] is None and result["outside_the_four"] == []
    assert next(condition["id"] for condition in result["conditions"]) == "achilles_tendinopathy"
    assert {condition["id"] for condition in result["conditions"]} == {
        "calf_strain",
        "achilles_tendinopathy",
        "compartment_syndrome",
        "cramp",
    }
    for condition in result["conditions"]:
        assert isinstance(condition["score"], float)
        assert isinstance(condition["reasons"], list)
        assert condition["fit"] in ("fits well", "fits in part", "fits a little", "does not fit")
    assert result["contributing_factors"][0]["id"] == "shoes"
    assert result["contributing_factors"][0]["advice"]
    assert result["content_version"] == load_content().version
    json.dumps(result)


def test_result_round_trips_through_json() -> None:
    result = assess({"swollen_warm_red": True, "clot_risk": ["cancer"], "pain_pattern": ["sudden_spasm"]})
    assert AssessmentResult.from_json(json.loads(json.dumps(result.to_json()))) == result


def test_reasons_quote_the_answers_for_and_against() -> None:
    result = assess({"location": "achilles", "onset": "sudden", "tendon_thickening": True})
    achilles = next(item for item in result.conditions if item.id == "achilles_tendinopathy")
    assert achilles.reasons[0] == "You said the pain is in the Achilles tendon."
    assert "You said it started suddenly, which makes this less likely." in achilles.reasons
    strain = next(item for item in result.conditions if item.id == "calf_strain")
    assert "You said it started suddenly." in strain.reasons


def test_red_flag_names_the_answers_that_raised_it() -> None:
    result = assess({"swollen_warm_red": True, "clot_risk": ["long_travel", "previous_clot"]})
    (flag,) = result.red_flags
    assert flag.id == "possible_clot"
    assert flag.because == (
        "the calf is swollen, warm or red",
        "you travelled a long way sitting down recently",
        "you have had a blood clot before",
    )
    assert flag.why


def test_emergency_says_what_to_do_now() -> None:
    result = assess({"breathless_or_chest_pain": True})
    assert result.headline == "Get emergency help now"
    assert "emergency number" in result.what_to_do


def test_urgent_says_see_a_doctor_today() -> None:
    result = assess({"fever": True})
    assert "today" in result.headline


def test_compartment_result_says_what_to_record_for_the_clinician() -> None:
    result = assess({"pain_pattern": ["builds_during_run_eases_after_stop"], "side": "both"})
    assert result.plan is None
    assert result.clinician_log is not None
    record = " ".join(result.clinician_log.record)
    assert "minute or distance" in record
    assert "ease" in record
    assert assess({"location": "achilles", "onset": "gradual"}).clinician_log is None


def test_no_answers_says_more_answers_help() -> None:
    result = assess({})
    assert result.triage == "self_care"
    assert all(condition.score == 0 for condition in result.conditions)
    assert any("More answers give a better picture" in note for note in result.notes)
    assert result.disclaimer


def test_many_answers_with_no_clear_picture_say_so() -> None:
    result = assess(
        {
            "side": "left",
            "pain_now": 2,
            "pain_running": 3,
            "pop_at_onset": False,
            "fever": False,
            "swollen_warm_red": False,
            "tendon_thickening": False,
        }
    )
    assert result.plan == "prevention"
    assert result.notes == (load_content().low_scores_note,)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-20, 20) | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=12,
)
known_keys = st.sampled_from(sorted(CONTRACT_KEYS))
known_values = st.sampled_from(
    [*sorted({value for _, values in CONTRACT_KEYS.values() for value in values}), True, False, 0, 7, 10]
)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        json_values,
        st.dictionaries(known_keys | st.text(max_size=12), json_values, max_size=6),
        st.dictionaries(
            known_keys, known_values | st.lists(known_values, max_size=4) | json_values, max_size=len(CONTRACT_KEYS)
        ),
    )
)
def test_any_json_either_assesses_or_is_invalid_input(raw: object) -> None:
    try:
        result = assess(raw)
    except InvalidInput as error:
        assert error.field is not None
        return
    assert result.triage in ("emergency", "urgent", "see_clinician", "self_care")
    assert len(result.conditions) == 4
    if result.triage in ("emergency", "urgent"):
        assert result.plan is None
    json.dumps(result.to_json())


def test_a_flag_quotes_every_answer_pattern_that_raised_it() -> None:
    (flag,) = assess({"pain_pattern": ["builds_during_run_eases_after_stop"], "numbness": "during_runs"}).red_flags
    assert flag.id == "exertional_pattern"
    assert flag.because == (
        "the pain builds during a run and eases after you stop",
        "you get numbness or tingling during runs",
    )


def test_older_answers_and_results_stay_valid() -> None:
    """An answer set from before section 4a still validates (pregnancy_or_hormones read as both new values);
    a saved result without `when` or `outside_the_four` reads back with its route's timing word; reopening a
    saved self-care result whose screen did not ask the new warning signs lists them as open."""
    answers = validate_answers({"clot_risk": ["pregnancy_or_hormones", "cancer"]})
    assert answers["clot_risk"] == ("pregnancy_or_postpartum", "hormones", "cancer")
    old = {
        **dict.fromkeys(("breathless_or_chest_pain", "tense_severe_pain", "swollen_warm_red", "fever"), False),
        "pop_at_onset": False,
        "clot_risk": [],
        "location": "achilles",
        "onset": "gradual",
    }
    saved = assess(old).to_json()
    saved["unscreened"] = []
    for key in ("when", "outside_the_four"):
        saved.pop(key)
    saved["triage_headline"] = "You can start with self-care"
    result = AssessmentResult.from_json(saved)
    assert result.when is None and result.outside_the_four == ()
    urgent = AssessmentResult.from_json({**saved, "triage": "urgent"})
    assert urgent.when == "today"
    reopened = with_screen(result, validate_answers(old))
    assert reopened.unscreened == ("cold_pale_foot", "dark_urine", "saddle_or_bladder")
    assert reopened.headline != "You can start with self-care"


def test_a_follow_up_is_asked_only_where_it_can_change_the_result() -> None:
    questions = load_content().questions
    assert not questions["onset_event"].asked({"onset": "gradual"})
    assert questions["onset_event"].asked({"onset": "sudden"})
    assert questions["squeeze_test"].asked({"location": "achilles", "onset": "sudden"})
    assert not questions["squeeze_test"].asked({"location": "calf_belly", "onset": "sudden"})
    assert not questions["vascular_risk"].asked({"pain_pattern": ("push_off",)})
    assert questions["vascular_risk"].asked({"pain_pattern": ("walking_eases_standing_still",)})
    assert questions["bone_signs"].asked({"location": "shin"})
    assert not questions["bone_signs"].asked({"location": "achilles"})
    assert questions["age_band"].asked({})
    for question in questions.values():
        if question.ask_when:
            assert question.why, f"{question.id}: a follow-up says in one line why it matters"


def test_question_pictures_exist_in_the_style_of_the_exercise_pictures() -> None:
    import xml.etree.ElementTree as ET

    from calfdesk.assets import resource

    pictured = [question for question in load_content().questions.values() if question.picture]
    assert [question.id for question in pictured] == ["squeeze_test"]
    for question in pictured:
        assert question.how_to and question.picture_text, question.id
        root = ET.fromstring(resource("illustrations", question.picture).read_text(encoding="utf-8"))
        assert root.get("viewBox") == "0 0 240 240"
        assert root.find("{http://www.w3.org/2000/svg}title") is not None
        strokes = {element.get("stroke") for element in root.iter()}
        assert "currentColor" in strokes and not {"#000", "#000000", "black", "#fff", "#ffffff", "white"} & strokes
    squeeze = load_content().questions["squeeze_test"]
    assert "face down" in squeeze.how_to and "over the edge" in squeeze.how_to
