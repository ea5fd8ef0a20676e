"""Answer sets a runner might give, written from the clinical notes, with the result a clinician expects.

Each vignette states the triage, the exact warning signs, the best match (and by how much it must lead)
and the plan. `ANY` leaves a field unchecked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

import pytest

from calfdesk.domain.assessment import assess

ANY: Final = object()

ACHILLES: Final[dict[str, Any]] = {
    "location": "achilles",
    "side": "right",
    "onset": "gradual",
    "pain_pattern": ["push_off", "morning_stiffness"],
    "tendon_thickening": True,
    "heel_raise": "painful",
    "duration": "6_to_12_weeks",
    "training_changes": ["more_hills", "mileage_jump"],
    "pain_now": 2,
    "pain_running": 4,
}
STRAIN: Final[dict[str, Any]] = {
    "location": "calf_belly",
    "side": "left",
    "onset": "sudden",
    "pop_at_onset": False,
    "heel_raise": "painful",
    "pain_pattern": ["push_off"],
    "duration": "under_2_weeks",
    "training_changes": ["skipped_warmup"],
    "pain_now": 3,
}
CRAMP: Final[dict[str, Any]] = {
    "location": "calf_belly",
    "side": "right",
    "onset": "sudden",
    "pain_pattern": ["sudden_spasm"],
    "heel_raise": "pain_free",
    "duration": "under_2_weeks",
    "training_changes": ["heat_or_dehydration"],
    "pain_now": 0,
}
COMPARTMENT: Final[dict[str, Any]] = {
    "location": "calf_belly",
    "side": "both",
    "onset": "gradual",
    "pain_pattern": ["builds_during_run_eases_after_stop"],
    "numbness": "during_runs",
    "heel_raise": "pain_free",
    "duration": "6_to_12_weeks",
    "pain_now": 0,
    "pain_running": 6,
}
NO_WARNING_SIGNS: Final[dict[str, Any]] = {
    "breathless_or_chest_pain": False,
    "tense_severe_pain": False,
    "swollen_warm_red": False,
    "fever": False,
    "clot_risk": [],
}


@dataclass(frozen=True)
class Vignette:
    name: str
    answers: dict[str, Any]
    triage: str
    flags: tuple[str, ...] = ()
    top: object = ANY
    margin: float = 0.0
    plan: object = ANY
    factors: object = ANY
    sparse: object = ANY


def _with(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**base, **changes}


VIGNETTES: Final = [
    # --- emergency: breathless or chest pain, or severe pain with a tense calf ---
    Vignette(
        "breathless only", {"breathless_or_chest_pain": True}, "emergency", ("breathless_with_calf_pain",), plan=None
    ),
    Vignette(
        "tense severe pain only", {"tense_severe_pain": True}, "emergency", ("acute_compartment_syndrome",), plan=None
    ),
    Vignette(
        "clot with chest pain",
        {"breathless_or_chest_pain": True, "swollen_warm_red": True, "clot_risk": ["long_travel"], "side": "left"},
        "emergency",
        ("breathless_with_calf_pain", "possible_clot"),
        plan=None,
    ),
    Vignette(
        "tense calf after a hard effort on a strain picture",
        _with(STRAIN, tense_severe_pain=True, pain_now=9),
        "emergency",
        ("acute_compartment_syndrome", "severe_rest_pain"),
        top="calf_strain",
        plan=None,
    ),
    Vignette(
        "chest pain on top of a strong tendon picture",
        _with(ACHILLES, breathless_or_chest_pain=True),
        "emergency",
        ("breathless_with_calf_pain",),
        top="achilles_tendinopathy",
        margin=0.5,
        plan=None,
    ),
    Vignette(
        "tense calf on top of the exertional picture",
        _with(COMPARTMENT, tense_severe_pain=True),
        "emergency",
        ("acute_compartment_syndrome", "exertional_pattern"),
        top="compartment_syndrome",
        plan=None,
    ),
    # --- urgent: swelling, fever, persistent numbness, pop with no heel raise ---
    Vignette("swollen calf only", {"swollen_warm_red": True}, "urgent", ("possible_clot",), plan=None),
    Vignette(
        "swollen calf with clot risks",
        {"swollen_warm_red": True, "clot_risk": ["long_travel", "previous_clot"], "side": "right"},
        "urgent",
        ("possible_clot",),
        plan=None,
    ),
    Vignette(
        "swollen calf after surgery on a strain picture",
        _with(STRAIN, swollen_warm_red=True, clot_risk=["surgery_or_immobilised"]),
        "urgent",
        ("possible_clot",),
        top="calf_strain",
        plan=None,
    ),
    Vignette(
        "swollen calf in pregnancy",
        {"swollen_warm_red": True, "clot_risk": ["pregnancy_or_hormones"], "location": "calf_belly"},
        "urgent",
        ("possible_clot",),
        plan=None,
    ),
    Vignette("fever only", {"fever": True}, "urgent", ("possible_infection",), plan=None),
    Vignette(
        "fever with a hot red calf",
        {"fever": True, "swollen_warm_red": True},
        "urgent",
        ("possible_clot", "possible_infection"),
        plan=None,
    ),
    Vignette("numbness at rest", {"numbness": "persistent"}, "urgent", ("persistent_numbness",), plan=None),
    Vignette(
        "pop and cannot rise on toes",
        {"location": "achilles", "onset": "sudden", "pop_at_onset": True, "heel_raise": "unable"},
        "urgent",
        ("possible_rupture", "cannot_heel_raise"),
        plan=None,
    ),
    Vignette(
        "swelling on top of a strong tendon picture",
        _with(ACHILLES, swollen_warm_red=True),
        "urgent",
        ("possible_clot",),
        top="achilles_tendinopathy",
        margin=0.5,
        plan=None,
    ),
    Vignette(
        "fever on a cramp picture",
        _with(CRAMP, fever=True),
        "urgent",
        ("possible_infection",),
        top="cramp",
        plan=None,
    ),
    Vignette(
        "urgent and see-clinician signs together",
        {"numbness": "persistent", "duration": "over_12_weeks", "pain_now": 8},
        "urgent",
        ("persistent_numbness", "long_lasting", "severe_rest_pain"),
        plan=None,
    ),
    # --- see a clinician ---
    Vignette(
        "builds during runs, eases after",
        {"pain_pattern": ["builds_during_run_eases_after_stop"]},
        "see_clinician",
        ("exertional_pattern",),
        top="compartment_syndrome",
        plan=None,
    ),
    Vignette(
        "numbness during runs only",
        {"numbness": "during_runs", "side": "both"},
        "see_clinician",
        ("exertional_pattern",),
        top="compartment_syndrome",
        plan=None,
    ),
    Vignette(
        "typical exertional compartment syndrome",
        COMPARTMENT,
        "see_clinician",
        ("exertional_pattern",),
        top="compartment_syndrome",
        margin=0.5,
        plan=None,
        sparse=False,
    ),
    Vignette(
        "exertional pain along the shin in both legs",
        {
            "location": "shin",
            "side": "both",
            "onset": "gradual",
            "pain_pattern": ["builds_during_run_eases_after_stop"],
            "recurring": True,
        },
        "see_clinician",
        ("exertional_pattern",),
        top="compartment_syndrome",
        margin=0.5,
        plan=None,
    ),
    Vignette("cannot heel raise, no pop", {"heel_raise": "unable"}, "see_clinician", ("cannot_heel_raise",)),
    Vignette(
        "long-standing tendon pain",
        _with(ACHILLES, duration="over_12_weeks"),
        "see_clinician",
        ("long_lasting",),
        top="achilles_tendinopathy",
        margin=0.5,
        plan="achilles_tendinopathy",
    ),
    Vignette("rest pain 7", {"pain_now": 7}, "see_clinician", ("severe_rest_pain",), sparse=True),
    Vignette("rest pain 10", {"pain_now": 10, "location": "calf_belly"}, "see_clinician", ("severe_rest_pain",)),
    Vignette(
        "strong strain with high rest pain",
        _with(STRAIN, pain_now=8),
        "see_clinician",
        ("severe_rest_pain",),
        top="calf_strain",
        plan="calf_strain",
    ),
    # --- boundaries that must stay self-care ---
    Vignette("rest pain 6", {"pain_now": 6}, "self_care", sparse=True),
    Vignette("only running pain is high", {"pain_running": 9, "pain_now": 1}, "self_care", sparse=True),
    Vignette(
        "pop but heel raise possible",
        _with(STRAIN, pop_at_onset=True),
        "self_care",
        top="calf_strain",
        margin=0.4,
        plan="calf_strain",
    ),
    Vignette(
        "clot risks without a swollen calf",
        {**NO_WARNING_SIGNS, "clot_risk": ["long_travel", "pregnancy_or_hormones"]},
        "self_care",
        sparse=True,
    ),
    Vignette(
        "tendon picture with every warning sign answered no",
        {**ACHILLES, **NO_WARNING_SIGNS, "numbness": "none"},
        "self_care",
        top="achilles_tendinopathy",
        margin=0.5,
        plan="achilles_tendinopathy",
    ),
    # --- typical pictures win with a clear margin ---
    Vignette(
        "typical Achilles tendinopathy",
        ACHILLES,
        "self_care",
        top="achilles_tendinopathy",
        margin=0.5,
        plan="achilles_tendinopathy",
        factors=("gradual_mileage", "hills_and_sprints"),
        sparse=False,
    ),
    Vignette(
        "Achilles as the issue describes it",
        {
            "location": "achilles",
            "onset": "gradual",
            "pain_pattern": ["morning_stiffness", "push_off"],
            "tendon_thickening": True,
        },
        "self_care",
        top="achilles_tendinopathy",
        margin=0.5,
        plan="achilles_tendinopathy",
        sparse=True,
    ),
    Vignette(
        "tendon pain near the heel",
        {
            "location": "calf_and_achilles",
            "onset": "gradual",
            "pain_pattern": ["morning_stiffness", "push_off", "after_runs"],
            "tendon_thickening": True,
            "training_changes": ["more_speed", "worn_shoes"],
            "duration": "2_to_6_weeks",
        },
        "self_care",
        top="achilles_tendinopathy",
        margin=0.4,
        plan="achilles_tendinopathy",
        factors=("hills_and_sprints", "shoes"),
    ),
    Vignette(
        "bad tendon case that hurts at rest",
        _with(ACHILLES, pain_pattern=["push_off", "morning_stiffness", "at_rest"], pain_now=5),
        "self_care",
        top="achilles_tendinopathy",
        margin=0.5,
        plan="achilles_tendinopathy",
    ),
    Vignette(
        "typical calf strain",
        STRAIN,
        "self_care",
        top="calf_strain",
        margin=0.4,
        plan="calf_strain",
        factors=("warm_up",),
        sparse=False,
    ),
    Vignette(
        "calf strain as the issue describes it",
        {"location": "calf_belly", "onset": "sudden", "heel_raise": "painful"},
        "self_care",
        top="calf_strain",
        margin=0.3,
        plan="calf_strain",
        sparse=True,
    ),
    Vignette(
        "overuse calf strain after a mileage jump",
        {
            "location": "calf_belly",
            "side": "left",
            "onset": "gradual",
            "heel_raise": "painful",
            "pain_pattern": ["push_off", "after_runs"],
            "training_changes": ["mileage_jump", "no_stretching"],
            "duration": "2_to_6_weeks",
        },
        "self_care",
        top="calf_strain",
        margin=0.2,
        plan="calf_strain",
        factors=("stretching", "gradual_mileage"),
    ),
    Vignette(
        "typical cramp",
        CRAMP,
        "self_care",
        top="cramp",
        margin=0.4,
        plan="cramp",
        factors=("hydration",),
        sparse=False,
    ),
    Vignette(
        "a sudden spasm that passes",
        {"pain_pattern": ["sudden_spasm"]},
        "self_care",
        top="cramp",
        margin=0.3,
        plan="cramp",
        sparse=True,
    ),
    Vignette(
        "spasm in the calf muscle that came on suddenly",
        {"location": "calf_belly", "onset": "sudden", "pain_pattern": ["sudden_spasm"]},
        "self_care",
        top="cramp",
        margin=0.25,
        plan="cramp",
        sparse=True,
    ),
    Vignette(
        "cramps after long runs without stretching",
        {
            "location": "calf_belly",
            "pain_pattern": ["sudden_spasm", "after_runs"],
            "heel_raise": "pain_free",
            "training_changes": ["no_stretching", "heat_or_dehydration"],
            "recurring": True,
        },
        "self_care",
        top="cramp",
        margin=0.4,
        plan="cramp",
        factors=("hydration", "stretching"),
    ),
    # --- partial and empty answers ---
    Vignette("no answers at all", {}, "self_care", plan="prevention", sparse=True),
    Vignette("only the side", {"side": "left"}, "self_care", plan="prevention", sparse=True),
    Vignette(
        "only training changes",
        {"training_changes": ["mileage_jump", "worn_shoes"]},
        "self_care",
        plan="prevention",
        factors=("gradual_mileage", "shoes"),
        sparse=True,
    ),
    Vignette(
        "only the location",
        {"location": "achilles"},
        "self_care",
        top="achilles_tendinopathy",
        plan="prevention",
        sparse=True,
    ),
    Vignette(
        "not sure about most, tendon clues given",
        {"location": "achilles", "pain_pattern": ["morning_stiffness", "push_off"]},
        "self_care",
        top="achilles_tendinopathy",
        margin=0.4,
        plan="achilles_tendinopathy",
        sparse=True,
    ),
    Vignette("warning-sign page all no", NO_WARNING_SIGNS, "self_care", plan="prevention", sparse=True),
    Vignette(
        "empty tick lists",
        {"pain_pattern": [], "training_changes": [], "clot_risk": []},
        "self_care",
        plan="prevention",
        factors=(),
        sparse=True,
    ),
    Vignette(
        "worn and new shoes give one shoe factor",
        {"training_changes": ["worn_shoes", "new_shoes"]},
        "self_care",
        factors=("shoes",),
        sparse=True,
    ),
    Vignette(
        "every training change",
        {
            "training_changes": [
                "mileage_jump",
                "more_hills",
                "more_speed",
                "worn_shoes",
                "new_shoes",
                "skipped_warmup",
                "heat_or_dehydration",
                "no_stretching",
            ]
        },
        "self_care",
        factors=("warm_up", "hydration", "stretching", "gradual_mileage", "hills_and_sprints", "shoes"),
        sparse=True,
    ),
]


def test_there_are_at_least_forty_vignettes() -> None:
    assert len(VIGNETTES) >= 40
    assert len({vignette.name for vignette in VIGNETTES}) == len(VIGNETTES)


@pytest.mark.parametrize("vignette", VIGNETTES, ids=lambda vignette: vignette.name)
def test_vignette(vignette: Vignette) -> None:
    result = assess(vignette.answers)

    assert result.triage == vignette.triage
    assert sorted(flag.id for flag in result.red_flags) == sorted(vignette.flags)
    assert [condition.score for condition in result.conditions] == sorted(
        (condition.score for condition in result.conditions), reverse=True
    )
    if vignette.top is not ANY:
        assert result.top.id == vignette.top
        runner_up = result.conditions[1]
        assert result.top.score - runner_up.score >= vignette.margin, (
            f"{result.top.id} {result.top.score} vs {runner_up.id} {runner_up.score}"
        )
    if vignette.plan is not ANY:
        assert result.plan == vignette.plan
    if vignette.factors is not ANY:
        assert isinstance(vignette.factors, tuple)
        assert [factor.id for factor in result.contributing_factors] == list(vignette.factors)
    if vignette.sparse is not ANY:
        assert any("More answers give a better picture" in note for note in result.notes) == vignette.sparse


@pytest.mark.parametrize("vignette", VIGNETTES, ids=lambda vignette: vignette.name)
def test_no_exercise_plan_when_a_doctor_is_needed_now(vignette: Vignette) -> None:
    result = assess(vignette.answers)
    compartment_on_top = result.top.id == "compartment_syndrome" and result.top.score > 0
    if result.triage in ("emergency", "urgent") or compartment_on_top:
        assert result.plan is None
    else:
        assert result.plan is not None


@pytest.mark.parametrize("vignette", VIGNETTES, ids=lambda vignette: vignette.name)
def test_every_warning_sign_and_score_explains_itself(vignette: Vignette) -> None:
    result = assess(vignette.answers)
    for flag in result.red_flags:
        assert flag.because, flag.id
    for condition in result.conditions:
        assert 0.0 <= condition.score <= 1.0
        if condition.score > 0:
            assert any(reason.startswith("You said") for reason in condition.reasons)
