"""Answer sets a runner might give, written from the clinical notes, with the result a clinician expects.

Each vignette states the triage, the exact warning signs, the best match (and by how much it must lead),
the plan and the warning signs left unscreened. `ANY` leaves a field unchecked. The rows of the red-flag
table (CLINICAL_NOTES.md section 4) each have vignettes, alone and combined with the typical pictures.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Final

import pytest

from calfdesk.domain.assessment import assess
from calfdesk.domain.assessment_content import load_content

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
    "pop_at_onset": False,
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
    "cold_pale_foot": False,
    "dark_urine": False,
    "saddle_or_bladder": False,
    "clot_risk": [],
}
SCREENED: Final[dict[str, Any]] = {**NO_WARNING_SIGNS, "pop_at_onset": False}
WARNING_SIGNS: Final = (
    "breathless_or_chest_pain",
    "tense_severe_pain",
    "swollen_warm_red",
    "fever",
    "cold_pale_foot",
    "dark_urine",
    "saddle_or_bladder",
    "pop_at_onset",
)
# Signs that forbid any exercise plan until examined (red-flag table: emergency and urgent rows, a pop, a heel
# raise that is impossible, sudden pain that cannot heel-raise, a clot risk with rest pain, "not sure",
# severe rest pain).
NO_PLAN_SIGNS: Final = frozenset(
    {
        "breathless_with_calf_pain",
        "acute_compartment_syndrome",
        "possible_clot",
        "possible_infection",
        "possible_rupture",
        "persistent_numbness",
        "pop_at_onset",
        "sudden_and_cannot_heel_raise",
        "clot_risk_with_rest_pain",
        "warning_sign_not_sure",
        "cannot_heel_raise",
        "severe_rest_pain",
        # CLINICAL_NOTES.md section 4a
        "blow_with_severe_pain",
        "tense_not_sure_with_severe_pain",
        "cold_pale_foot",
        "dark_urine",
        "saddle_or_bladder",
        "suspected_achilles_rupture",
        "recent_operation_or_immobilised",
        "pregnancy_with_rest_pain",
        "burst_baker_cyst",
        "achilles_onset_unclear",
        "narrowed_arteries",
        "walking_pain_young",
        "spine_referred",
        "bone_stress",
        "shin_pain_not_exertional",
        "outer_leg_pain",
        "behind_the_knee",
        "tendon_weakening_medicine",
        "aching_both_calves_at_rest",
        "growing_child",
        "older_runner_rest_pain_or_sudden",
    }
)
# The fixed timing word of each triage (CLINICAL_NOTES.md: emergency = call now, urgent = today, see a
# clinician = within a few days, at most a week).
WHEN: Final = {"emergency": "now", "urgent": "today", "see_clinician": "within_days", "self_care": None}


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
    unscreened: object = ANY
    outside: object = ANY


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
        ("possible_clot", "clot_risk_with_rest_pain", "recent_operation_or_immobilised"),
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
        (
            "possible_rupture",
            "pop_at_onset",
            "cannot_heel_raise",
            "suspected_achilles_rupture",
            "achilles_onset_unclear",
        ),
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
    Vignette("cannot heel raise, no pop", {"heel_raise": "unable"}, "see_clinician", ("cannot_heel_raise",), plan=None),
    Vignette(
        "long-standing tendon pain",
        _with(ACHILLES, duration="over_12_weeks"),
        "see_clinician",
        ("long_lasting",),
        top="achilles_tendinopathy",
        margin=0.5,
        plan="achilles_tendinopathy",
    ),
    Vignette("rest pain 7", {"pain_now": 7}, "see_clinician", ("severe_rest_pain",), sparse=True, plan=None),
    Vignette(
        "rest pain 10", {"pain_now": 10, "location": "calf_belly"}, "see_clinician", ("severe_rest_pain",), plan=None
    ),
    Vignette(
        "strong strain with high rest pain",
        _with(STRAIN, pain_now=8),
        "see_clinician",
        ("severe_rest_pain",),
        top="calf_strain",
        plan=None,
    ),
    # --- boundaries that must stay self-care ---
    Vignette("rest pain 6", {"pain_now": 6}, "self_care", sparse=True, plan=None),
    Vignette(
        "only running pain is high, tear not ruled out",
        {"pain_running": 9, "pain_now": 1},
        "self_care",
        sparse=True,
        plan=None,
    ),
    Vignette(
        "only running pain is high, gradual start",
        {"pain_running": 9, "pain_now": 1, "onset": "gradual"},
        "self_care",
        sparse=True,
        plan="prevention",
    ),
    Vignette(
        "pop but heel raise possible",
        _with(STRAIN, pop_at_onset=True),
        "see_clinician",
        ("pop_at_onset",),
        top="calf_strain",
        margin=0.4,
        plan=None,
    ),
    Vignette(
        "clot risks without a swollen calf and no pain at rest",
        {**SCREENED, "clot_risk": ["long_travel", "pregnancy_or_hormones"], "pain_now": 0},
        "self_care",
        sparse=False,
        plan="prevention",
        unscreened=(),
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
        "calf strain as the issue describes it, pop not asked",
        {"location": "calf_belly", "onset": "sudden", "heel_raise": "painful"},
        "self_care",
        top="calf_strain",
        margin=0.3,
        plan=None,
        sparse=True,
    ),
    Vignette(
        "calf strain as the issue describes it, no pop",
        {"location": "calf_belly", "onset": "sudden", "heel_raise": "painful", "pop_at_onset": False},
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
        {"pain_pattern": ["sudden_spasm"], "pop_at_onset": False},
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
        plan=None,
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
            "pop_at_onset": False,
        },
        "self_care",
        top="cramp",
        margin=0.4,
        plan="cramp",
        factors=("hydration", "stretching"),
    ),
    # --- partial and empty answers ---
    Vignette("no answers at all", {}, "self_care", plan=None, sparse=True, unscreened=WARNING_SIGNS),
    Vignette("only the side", {"side": "left"}, "self_care", plan=None, sparse=True, unscreened=WARNING_SIGNS),
    Vignette(
        "only training changes",
        {"training_changes": ["mileage_jump", "worn_shoes"]},
        "self_care",
        plan=None,
        factors=("gradual_mileage", "shoes"),
        sparse=True,
    ),
    Vignette(
        "only the location",
        {"location": "achilles"},
        "self_care",
        top="achilles_tendinopathy",
        plan=None,
        sparse=True,
    ),
    Vignette(
        "only the location, no pain now",
        {"location": "achilles", "pain_now": 1, "pop_at_onset": False},
        "self_care",
        top="achilles_tendinopathy",
        plan="prevention",
        sparse=True,
    ),
    Vignette(
        "not sure about most, tendon clues given",
        {"location": "achilles", "pain_pattern": ["morning_stiffness", "push_off"], "pop_at_onset": False},
        "self_care",
        top="achilles_tendinopathy",
        margin=0.4,
        plan="achilles_tendinopathy",
        sparse=True,
    ),
    Vignette(
        "warning-sign page all no, pop not asked",
        NO_WARNING_SIGNS,
        "self_care",
        plan=None,
        sparse=False,
        unscreened=("pop_at_onset",),
    ),
    Vignette(
        "every warning sign answered no, no pain now",
        {**SCREENED, "pain_now": 0},
        "self_care",
        plan="prevention",
        unscreened=(),
    ),
    Vignette(
        "empty tick lists",
        {"pain_pattern": [], "training_changes": [], "clot_risk": []},
        "self_care",
        plan=None,
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


NEW_ROWS: Final = [
    # --- a pop always needs a clinician; urgent when the heel raise is impossible or was not tried ---
    Vignette(
        "pop with the heel raise not tried",
        {"location": "achilles", "onset": "sudden", "pop_at_onset": True},
        "urgent",
        ("possible_rupture", "pop_at_onset", "suspected_achilles_rupture", "achilles_onset_unclear"),
        plan=None,
    ),
    Vignette(
        "pop with a painful heel raise",
        {"location": "calf_belly", "onset": "sudden", "pop_at_onset": True, "heel_raise": "painful"},
        "see_clinician",
        ("pop_at_onset",),
        plan=None,
    ),
    Vignette(
        "pop with a pain-free heel raise",
        {**SCREENED, "pop_at_onset": True, "heel_raise": "pain_free", "pain_now": 0},
        "see_clinician",
        ("pop_at_onset",),
        plan=None,
        unscreened=(),
    ),
    Vignette(
        "pop behind a strong tendon picture",
        _with(ACHILLES, pop_at_onset=True),
        "urgent",
        ("pop_at_onset", "suspected_achilles_rupture"),
        top="achilles_tendinopathy",
        margin=0.5,
        plan=None,
    ),
    Vignette(
        "pop behind a strong tendon picture, heel raise not tried",
        {key: value for key, value in _with(ACHILLES, pop_at_onset=True).items() if key != "heel_raise"},
        "urgent",
        ("possible_rupture", "pop_at_onset", "suspected_achilles_rupture"),
        top="achilles_tendinopathy",
        plan=None,
    ),
    Vignette(
        "pop behind a typical cramp picture",
        _with(CRAMP, pop_at_onset=True),
        "see_clinician",
        ("pop_at_onset",),
        plan=None,
    ),
    Vignette(
        "pop behind the strain picture, all else screened",
        {**STRAIN, **SCREENED, "pop_at_onset": True},
        "see_clinician",
        ("pop_at_onset",),
        top="calf_strain",
        plan=None,
        unscreened=(),
    ),
    Vignette(
        "no pop, heel raise not tried",
        {**SCREENED, "location": "calf_belly", "onset": "gradual", "pain_now": 2},
        "self_care",
        plan=ANY,
        unscreened=(),
    ),
    # --- sudden pain and an impossible heel raise without a pop: rupture not excluded ---
    Vignette(
        "sudden, cannot heel raise, no pop",
        {"location": "achilles", "onset": "sudden", "pop_at_onset": False, "heel_raise": "unable"},
        "urgent",
        ("sudden_and_cannot_heel_raise", "cannot_heel_raise", "suspected_achilles_rupture", "achilles_onset_unclear"),
        plan=None,
    ),
    Vignette(
        "sudden, cannot heel raise, pop not answered",
        {"location": "calf_belly", "onset": "sudden", "heel_raise": "unable"},
        "urgent",
        ("sudden_and_cannot_heel_raise", "cannot_heel_raise", "suspected_achilles_rupture"),
        plan=None,
    ),
    Vignette(
        "gradual, cannot heel raise",
        {**SCREENED, "location": "achilles", "onset": "gradual", "heel_raise": "unable", "pain_now": 2},
        "see_clinician",
        ("cannot_heel_raise",),
        plan=None,
        unscreened=(),
    ),
    Vignette(
        "strain picture that cannot heel raise",
        _with(STRAIN, heel_raise="unable"),
        "urgent",
        ("sudden_and_cannot_heel_raise", "cannot_heel_raise", "suspected_achilles_rupture"),
        top="calf_strain",
        plan=None,
    ),
    # --- a clot risk with pain at rest needs a clinician even without swelling ---
    Vignette(
        "hormones and pain at rest, no swelling",
        {**SCREENED, "clot_risk": ["hormones"], "pain_pattern": ["at_rest"]},
        "see_clinician",
        ("clot_risk_with_rest_pain",),
        plan=None,
        unscreened=(),
    ),
    Vignette(
        "long travel and rest pain 3, no swelling",
        {**SCREENED, "clot_risk": ["long_travel"], "pain_now": 3, "location": "calf_belly"},
        "see_clinician",
        ("clot_risk_with_rest_pain",),
        plan=None,
    ),
    Vignette(
        "surgery and a tendon picture with rest pain",
        {**ACHILLES, **SCREENED, "clot_risk": ["surgery_or_immobilised"]},
        "urgent",
        ("clot_risk_with_rest_pain", "recent_operation_or_immobilised"),
        top="achilles_tendinopathy",
        plan=None,
        unscreened=(),
    ),
    Vignette(
        "earlier clot, pain only when running",
        {**SCREENED, "clot_risk": ["previous_clot"], "pain_now": 0, "pain_running": 4},
        "self_care",
        plan="prevention",
        unscreened=(),
    ),
    Vignette(
        "cancer treatment and rest pain with a swollen calf",
        {"clot_risk": ["cancer"], "pain_pattern": ["at_rest"], "swollen_warm_red": True},
        "urgent",
        ("possible_clot", "clot_risk_with_rest_pain"),
        plan=None,
    ),
    # --- "not sure" on a warning sign: at least see a clinician, with what to check ---
    *[
        Vignette(
            f"not sure about {sign} alone",
            {**SCREENED, sign: "not_sure", "pain_now": 1},
            "see_clinician",
            ("warning_sign_not_sure",),
            plan=None,
            unscreened=(sign,),
        )
        for sign in WARNING_SIGNS
    ],
    Vignette(
        "not sure about every warning sign",
        dict.fromkeys(WARNING_SIGNS, "not_sure"),
        "see_clinician",
        ("warning_sign_not_sure",),
        plan=None,
        unscreened=WARNING_SIGNS,
    ),
    Vignette(
        "not sure about swelling behind a strong tendon picture",
        {**ACHILLES, **SCREENED, "swollen_warm_red": "not_sure"},
        "see_clinician",
        ("warning_sign_not_sure",),
        top="achilles_tendinopathy",
        plan=None,
        unscreened=("swollen_warm_red",),
    ),
    Vignette(
        "not sure about the pop behind the strain picture",
        {**STRAIN, **SCREENED, "pop_at_onset": "not_sure"},
        "see_clinician",
        ("warning_sign_not_sure",),
        top="calf_strain",
        plan=None,
        unscreened=("pop_at_onset",),
    ),
    Vignette(
        "not sure about the pop and cannot heel raise after a sudden start",
        {"onset": "sudden", "pop_at_onset": "not_sure", "heel_raise": "unable"},
        "urgent",
        ("warning_sign_not_sure", "sudden_and_cannot_heel_raise", "cannot_heel_raise", "suspected_achilles_rupture"),
        plan=None,
    ),
    # --- "not sure" beside a clear red flag: the clear flag wins ---
    Vignette(
        "not sure about fever beside breathlessness",
        {"breathless_or_chest_pain": True, "fever": "not_sure"},
        "emergency",
        ("breathless_with_calf_pain", "warning_sign_not_sure"),
        plan=None,
    ),
    Vignette(
        "not sure about breathlessness beside a swollen calf",
        {"swollen_warm_red": True, "breathless_or_chest_pain": "not_sure"},
        "urgent",
        ("possible_clot", "warning_sign_not_sure"),
        plan=None,
    ),
    Vignette(
        "not sure about tension beside a pop that cannot heel raise",
        {"pop_at_onset": True, "heel_raise": "unable", "tense_severe_pain": "not_sure"},
        "urgent",
        ("possible_rupture", "pop_at_onset", "cannot_heel_raise", "warning_sign_not_sure"),
        plan=None,
    ),
    Vignette(
        "not sure about swelling beside a tense calf",
        {"tense_severe_pain": True, "swollen_warm_red": "not_sure"},
        "emergency",
        ("acute_compartment_syndrome", "warning_sign_not_sure"),
        plan=None,
    ),
    Vignette(
        "not sure about the pop beside the exertional picture",
        _with(COMPARTMENT, pop_at_onset="not_sure"),
        "see_clinician",
        ("exertional_pattern", "warning_sign_not_sure"),
        top="compartment_syndrome",
        plan=None,
    ),
    # --- cramps at rest answer as the cramp plan does: see a clinician ---
    Vignette(
        "cramps that also come at rest",
        {**SCREENED, "pain_pattern": ["sudden_spasm", "at_rest"], "location": "calf_belly", "pain_now": 0},
        "see_clinician",
        ("cramps_at_rest",),
        top="cramp",
        plan="cramp",
        unscreened=(),
    ),
    Vignette(
        "cramp picture with cramps at rest",
        _with(CRAMP, pain_pattern=["sudden_spasm", "at_rest"]),
        "see_clinician",
        ("cramps_at_rest",),
        top="cramp",
        plan="cramp",
    ),
    Vignette(
        "cramps at rest with a clot risk",
        {**SCREENED, "pain_pattern": ["sudden_spasm", "at_rest"], "clot_risk": ["long_travel"]},
        "see_clinician",
        ("cramps_at_rest", "clot_risk_with_rest_pain"),
        plan=None,
    ),
    # --- the prevention plan only with little or no pain now ---
    *[
        Vignette(
            f"nothing stands out, pain now {pain}",
            {**SCREENED, "pain_now": pain},
            "see_clinician" if pain >= 7 else "self_care",
            ("severe_rest_pain",) if pain >= 7 else (),
            plan="prevention" if pain <= 2 else None,
            unscreened=(),
        )
        for pain in (0, 1, 2, 3, 5, 8, 10)
    ],
    Vignette(
        "nothing stands out, pain not given",
        dict(SCREENED),
        "self_care",
        plan=None,
        unscreened=(),
    ),
    # --- the typical pictures, fully screened, keep their plans ---
    Vignette(
        "screened tendon picture",
        {**ACHILLES, **SCREENED},
        "self_care",
        top="achilles_tendinopathy",
        margin=0.5,
        plan="achilles_tendinopathy",
        unscreened=(),
    ),
    Vignette(
        "screened strain picture",
        {**STRAIN, **SCREENED},
        "self_care",
        top="calf_strain",
        margin=0.4,
        plan="calf_strain",
        unscreened=(),
    ),
    Vignette(
        "screened cramp picture",
        {**CRAMP, **SCREENED},
        "self_care",
        top="cramp",
        margin=0.4,
        plan="cramp",
        unscreened=(),
    ),
    Vignette(
        "screened exertional picture",
        {**COMPARTMENT, **SCREENED},
        "see_clinician",
        ("exertional_pattern",),
        top="compartment_syndrome",
        plan=None,
        unscreened=(),
    ),
    Vignette(
        "screened tendon picture lasting over 12 weeks keeps its plan",
        {**ACHILLES, **SCREENED, "duration": "over_12_weeks"},
        "see_clinician",
        ("long_lasting",),
        top="achilles_tendinopathy",
        plan="achilles_tendinopathy",
        unscreened=(),
    ),
]
# Each clear red flag of the table, on each typical picture: the flag decides, whatever the picture.
CLEAR_FLAGS: Final = [
    ("breathless_or_chest_pain", True, "emergency", "breathless_with_calf_pain"),
    ("tense_severe_pain", True, "emergency", "acute_compartment_syndrome"),
    ("fever", True, "urgent", "possible_infection"),
    ("numbness", "persistent", "urgent", "persistent_numbness"),
]
PICTURES: Final = {"tendon": ACHILLES, "strain": STRAIN, "cramp": CRAMP}
COMBINED: Final = [
    Vignette(
        f"{flag} on the {name} picture",
        {**picture, **SCREENED, key: value},
        triage,
        (flag,),
        plan=None,
        unscreened=(),
    )
    for key, value, triage, flag in CLEAR_FLAGS
    for name, picture in PICTURES.items()
]
# What a clinician also asks (CLINICAL_NOTES.md section 4a, with "Reading the rows" and the outside-the-four
# paragraph). Every answer set here is fully screened unless its name says otherwise.
SUDDEN_ACHILLES: Final[dict[str, Any]] = {
    **SCREENED,
    "location": "achilles",
    "side": "left",
    "onset": "sudden",
    "pain_pattern": ["push_off"],
    "heel_raise": "painful",
    "duration": "under_2_weeks",
    "pain_now": 2,
}
SHIN: Final[dict[str, Any]] = {
    **SCREENED,
    "location": "shin",
    "side": "right",
    "onset": "gradual",
    "training_changes": ["mileage_jump"],
    "duration": "2_to_6_weeks",
    "pain_now": 2,
}
SECTION_4A: Final = [
    # --- "pain at rest" is the at-rest pattern or pain now 3/10 or more (reading the rows) ---
    Vignette(
        "shin pain now 4 at push-off, no bone signs ticked, is bone stress until examined",
        {**SHIN, "heel_raise": "painful", "pain_now": 4, "pain_pattern": ["push_off"], "bone_signs": []},
        "see_clinician",
        ("shin_pain_not_exertional",),
        plan=None,
        outside=("bone_stress",),
    ),
    Vignette(
        "both calves aching, pain now 4, no training change",
        {
            **SCREENED,
            "location": "calf_belly",
            "side": "both",
            "onset": "gradual",
            "pain_now": 4,
            "pain_pattern": ["after_runs"],
            "training_changes": [],
            "medicines": [],
            "heel_raise": "painful",
        },
        "see_clinician",
        ("aching_both_calves_at_rest",),
        plan=None,
        outside=("medicine",),
    ),
    Vignette(
        "a statin and calf pain now 4 in one leg",
        {
            **SCREENED,
            "location": "calf_belly",
            "side": "left",
            "onset": "gradual",
            "pain_now": 4,
            "pain_pattern": ["after_runs"],
            "training_changes": ["mileage_jump"],
            "medicines": ["statin"],
        },
        "see_clinician",
        ("aching_both_calves_at_rest",),
        plan=None,
        outside=("medicine",),
    ),
    # --- sudden Achilles pain with no event is never relabelled a calf strain ---
    Vignette(
        "sudden Achilles pain at push-off, no event, is the tendon's, never a calf strain",
        {
            **SCREENED,
            "location": "achilles",
            "side": "left",
            "onset": "sudden",
            "onset_event": "none_of_these",
            "pain_now": 2,
            "age_band": "16_to_39",
            "heel_raise": "painful",
            "clot_risk": [],
            "duration": "under_2_weeks",
            "pain_pattern": ["push_off"],
        },
        "self_care",
        top="achilles_tendinopathy",
        plan="achilles_tendinopathy",
        outside=(),
    ),
    Vignette(
        "sudden pain where the tendon meets the heel, no event, is never a calf strain",
        {
            **SCREENED,
            "location": "heel_insertion",
            "side": "left",
            "onset": "sudden",
            "onset_event": "none_of_these",
            "pain_now": 2,
            "age_band": "16_to_39",
            "heel_raise": "painful",
            "clot_risk": [],
            "duration": "under_2_weeks",
            "pain_pattern": ["push_off"],
        },
        "self_care",
        top="achilles_tendinopathy",
        outside=(),
    ),
    # --- numbness during runs with age or an artery risk: the arteries, never the compartment text ---
    Vignette(
        "numbness during runs at 60 or over",
        {
            **SCREENED,
            "location": "calf_belly",
            "onset": "gradual",
            "pain_now": 0,
            "age_band": "60_or_over",
            "clot_risk": [],
            "heel_raise": "painful",
            "duration": "2_to_6_weeks",
            "numbness": "during_runs",
            "vascular_risk": [],
        },
        "see_clinician",
        ("narrowed_arteries",),
        plan=None,
        outside=("arteries",),
    ),
    Vignette(
        "numbness during runs at 50 with smoking",
        {
            **SCREENED,
            "location": "calf_belly",
            "onset": "gradual",
            "pain_now": 0,
            "age_band": "40_to_59",
            "clot_risk": [],
            "heel_raise": "painful",
            "duration": "2_to_6_weeks",
            "numbness": "during_runs",
            "vascular_risk": ["smoker"],
        },
        "see_clinician",
        ("narrowed_arteries",),
        plan=None,
        outside=("arteries",),
    ),
    # --- a suspected Achilles rupture is urgent today, whatever the pop and the heel raise ---
    Vignette(
        "push-off at the Achilles, no pop, heel raise possible",
        {**SUDDEN_ACHILLES, "onset_event": "push_off_or_jump"},
        "urgent",
        ("suspected_achilles_rupture",),
        plan=None,
        unscreened=(),
        outside=("rupture",),
    ),
    Vignette(
        "kicked behind the heel, heel raise not tried",
        {
            key: value
            for key, value in {**SUDDEN_ACHILLES, "onset_event": "kicked_behind_heel"}.items()
            if key != "heel_raise"
        },
        "urgent",
        ("suspected_achilles_rupture",),
        plan=None,
        outside=("rupture",),
    ),
    Vignette(
        "kicked behind the heel with the calf named as the place",
        {**STRAIN, **SCREENED, "onset_event": "kicked_behind_heel"},
        "urgent",
        ("suspected_achilles_rupture",),
        plan=None,
        outside=("rupture",),
    ),
    Vignette(
        "jump at the heel insertion with a pain-free heel raise",
        {**SUDDEN_ACHILLES, "location": "heel_insertion", "onset_event": "push_off_or_jump", "heel_raise": "pain_free"},
        "urgent",
        ("suspected_achilles_rupture",),
        plan=None,
        outside=("rupture",),
    ),
    Vignette(
        "push-off where the calf meets the tendon",
        {**SUDDEN_ACHILLES, "location": "calf_and_achilles", "onset_event": "push_off_or_jump"},
        "urgent",
        ("suspected_achilles_rupture",),
        plan=None,
    ),
    Vignette(
        "push-off with the place not given",
        {
            key: value
            for key, value in {**SUDDEN_ACHILLES, "onset_event": "push_off_or_jump"}.items()
            if key != "location"
        },
        "urgent",
        ("suspected_achilles_rupture",),
        plan=None,
    ),
    Vignette(
        "calf squeeze did not move the foot",
        {**ACHILLES, **SCREENED, "squeeze_test": "foot_did_not_move"},
        "urgent",
        ("suspected_achilles_rupture",),
        plan=None,
        outside=("rupture",),
    ),
    Vignette(
        "a gap felt in the tendon",
        {**ACHILLES, **SCREENED, "tendon_gap": True},
        "urgent",
        ("suspected_achilles_rupture",),
        plan=None,
        outside=("rupture",),
    ),
    Vignette(
        "a normal squeeze test does not lift the push-off rule",
        {**SUDDEN_ACHILLES, "onset_event": "push_off_or_jump", "squeeze_test": "foot_moved", "tendon_gap": False},
        "urgent",
        ("suspected_achilles_rupture",),
        plan=None,
        outside=("rupture",),
    ),
    Vignette(
        "pop at the Achilles with a pain-free heel raise",
        {**SUDDEN_ACHILLES, "onset_event": "none_of_these", "pop_at_onset": True, "heel_raise": "pain_free"},
        "urgent",
        ("pop_at_onset", "suspected_achilles_rupture"),
        plan=None,
        outside=("rupture",),
    ),
    Vignette(
        "pop in the calf belly with a swollen calf",
        {**STRAIN, **SCREENED, "pop_at_onset": True, "swollen_warm_red": True},
        "urgent",
        ("pop_at_onset", "possible_clot"),
        plan=None,
        outside=("rupture", "clot"),
    ),
    Vignette(
        "pop in the calf belly stays see a clinician",
        {**STRAIN, **SCREENED, "pop_at_onset": True, "onset_event": "none_of_these"},
        "see_clinician",
        ("pop_at_onset",),
        plan=None,
        outside=("rupture",),
    ),
    Vignette(
        "not sure what happened at a sudden Achilles start",
        {**SUDDEN_ACHILLES, "onset_event": "not_sure"},
        "see_clinician",
        ("achilles_onset_unclear",),
        plan=None,
        unscreened=(),
        outside=("rupture",),
    ),
    Vignette(
        "sudden Achilles start saved before the moment was asked",
        {
            "location": "achilles",
            "onset": "sudden",
            "pain_pattern": ["push_off"],
            "pop_at_onset": False,
            "heel_raise": "painful",
        },
        "see_clinician",
        ("achilles_onset_unclear",),
        plan=None,
        outside=("rupture",),
    ),
    Vignette(
        "a sudden Achilles start with no push-off, jump or blow keeps its plan",
        {**SUDDEN_ACHILLES, "onset_event": "none_of_these", "pain_pattern": ["push_off", "morning_stiffness"]},
        "self_care",
        top="achilles_tendinopathy",
        plan="achilles_tendinopathy",
        unscreened=(),
        outside=(),
    ),
    # --- clots: an operation, a cast or bed rest is urgent with pain on walking as at rest ---
    Vignette(
        "two weeks after knee surgery, calf pain on walking only",
        {
            **SCREENED,
            "clot_risk": ["surgery_or_immobilised"],
            "location": "calf_belly",
            "onset": "gradual",
            "pain_pattern": ["after_runs"],
            "pain_now": 0,
        },
        "urgent",
        ("recent_operation_or_immobilised",),
        plan=None,
        outside=("clot",),
    ),
    Vignette(
        "plaster cast and calf pain at rest",
        {**SCREENED, "clot_risk": ["surgery_or_immobilised"], "pain_pattern": ["at_rest"], "location": "calf_belly"},
        "urgent",
        ("recent_operation_or_immobilised", "clot_risk_with_rest_pain"),
        plan=None,
        outside=("clot",),
    ),
    Vignette(
        "pregnant with calf pain at rest",
        {**SCREENED, "clot_risk": ["pregnancy_or_postpartum"], "pain_pattern": ["at_rest"], "location": "calf_belly"},
        "urgent",
        ("pregnancy_with_rest_pain", "clot_risk_with_rest_pain"),
        plan=None,
        outside=("clot",),
    ),
    Vignette(
        "weeks after birth, rest pain 2",
        {**SCREENED, "clot_risk": ["pregnancy_or_postpartum"], "pain_now": 2, "location": "calf_belly"},
        "urgent",
        ("pregnancy_with_rest_pain", "clot_risk_with_rest_pain"),
        plan=None,
    ),
    Vignette(
        "an older pregnancy-or-hormones answer with rest pain reads as pregnancy",
        {**SCREENED, "clot_risk": ["pregnancy_or_hormones"], "pain_pattern": ["at_rest"]},
        "urgent",
        ("pregnancy_with_rest_pain", "clot_risk_with_rest_pain"),
        plan=None,
    ),
    Vignette(
        "pregnant, pain only when running, keeps the tendon plan",
        {**ACHILLES, **SCREENED, "clot_risk": ["pregnancy_or_postpartum"], "pain_now": 0},
        "self_care",
        top="achilles_tendinopathy",
        plan="achilles_tendinopathy",
        unscreened=(),
        outside=(),
    ),
    Vignette(
        "a lump behind the knee with a swollen calf",
        {**SCREENED, "location": "calf_belly", "behind_knee_swelling": True, "swollen_warm_red": True},
        "urgent",
        ("burst_baker_cyst", "possible_clot", "behind_the_knee"),
        plan=None,
        outside=("clot", "artery_entrapment", "baker_cyst"),
    ),
    Vignette(
        "a lump behind the knee, not sure the calf is swollen",
        {**SCREENED, "location": "calf_belly", "behind_knee_swelling": True, "swollen_warm_red": "not_sure"},
        "urgent",
        ("burst_baker_cyst", "warning_sign_not_sure", "behind_the_knee"),
        plan=None,
    ),
    Vignette(
        "a lump behind the knee alone",
        {**STRAIN, **SCREENED, "behind_knee_swelling": True},
        "see_clinician",
        ("behind_the_knee",),
        plan=None,
        outside=("clot", "artery_entrapment", "baker_cyst"),
    ),
    Vignette(
        "pain behind the knee",
        {**SCREENED, "location": "behind_knee", "onset": "gradual", "pain_now": 2, "behind_knee_swelling": False},
        "see_clinician",
        ("behind_the_knee",),
        plan=None,
        outside=("clot", "artery_entrapment", "baker_cyst"),
    ),
    # --- a blow, a tense calf not ruled out, a cold foot, dark urine, the saddle: emergencies ---
    Vignette(
        "kick to the calf, pain 8 at rest",
        {**SCREENED, "location": "calf_belly", "onset": "sudden", "onset_event": "direct_blow", "pain_now": 8},
        "emergency",
        ("blow_with_severe_pain", "severe_rest_pain"),
        plan=None,
        outside=("compartment_syndrome_acute",),
    ),
    Vignette(
        "fall onto the calf with numbness during runs",
        {
            **SCREENED,
            "location": "calf_belly",
            "onset": "sudden",
            "onset_event": "direct_blow",
            "numbness": "during_runs",
        },
        "emergency",
        ("blow_with_severe_pain", "exertional_pattern"),
        plan=None,
    ),
    Vignette(
        "after a kick, pain 8 at rest, numb foot, not sure the calf is tense",
        {
            **SCREENED,
            "tense_severe_pain": "not_sure",
            "location": "calf_belly",
            "onset": "sudden",
            "onset_event": "direct_blow",
            "numbness": "persistent",
            "pain_now": 8,
        },
        "emergency",
        (
            "blow_with_severe_pain",
            "tense_not_sure_with_severe_pain",
            "cold_pale_foot",
            "persistent_numbness",
            "warning_sign_not_sure",
            "severe_rest_pain",
        ),
        plan=None,
    ),
    Vignette(
        "not sure the calf is tense, rest pain 7",
        {**SCREENED, "tense_severe_pain": "not_sure", "pain_now": 7},
        "emergency",
        ("tense_not_sure_with_severe_pain", "warning_sign_not_sure", "severe_rest_pain"),
        plan=None,
        outside=("compartment_syndrome_acute",),
    ),
    Vignette(
        "not sure the calf is tense, numbness that stays",
        {**SCREENED, "tense_severe_pain": "not_sure", "numbness": "persistent"},
        "emergency",
        ("tense_not_sure_with_severe_pain", "warning_sign_not_sure", "persistent_numbness"),
        plan=None,
    ),
    Vignette(
        "not sure the calf is tense, mild pain",
        {**STRAIN, **SCREENED, "tense_severe_pain": "not_sure"},
        "see_clinician",
        ("warning_sign_not_sure",),
        plan=None,
        unscreened=("tense_severe_pain",),
        outside=(),
    ),
    Vignette(
        "a cold, pale foot",
        {**ACHILLES, **SCREENED, "cold_pale_foot": True},
        "emergency",
        ("cold_pale_foot",),
        plan=None,
        outside=("limb_ischaemia",),
    ),
    Vignette(
        "sudden severe pain with loss of feeling",
        {**SCREENED, "location": "calf_belly", "onset": "sudden", "numbness": "persistent", "pain_now": 9},
        "emergency",
        ("cold_pale_foot", "persistent_numbness", "severe_rest_pain"),
        plan=None,
    ),
    Vignette(
        "dark urine after an ultra",
        {**STRAIN, **SCREENED, "dark_urine": True, "side": "both"},
        "emergency",
        ("dark_urine",),
        plan=None,
        outside=("rhabdomyolysis",),
    ),
    Vignette(
        "saddle numbness with leg pain",
        {**SHIN, "saddle_or_bladder": True, "spine_signs": ["back_or_buttock_pain"]},
        "emergency",
        ("saddle_or_bladder", "spine_referred"),
        plan=None,
        outside=("cauda_equina", "spine"),
    ),
    Vignette(
        "not sure about a cold foot",
        {**ACHILLES, **SCREENED, "cold_pale_foot": "not_sure"},
        "see_clinician",
        ("warning_sign_not_sure",),
        plan=None,
        unscreened=("cold_pale_foot",),
    ),
    Vignette(
        "not sure about dark urine",
        {**CRAMP, **SCREENED, "dark_urine": "not_sure"},
        "see_clinician",
        ("warning_sign_not_sure",),
        plan=None,
        unscreened=("dark_urine",),
    ),
    Vignette(
        "not sure about bladder or saddle changes",
        {**ACHILLES, **SCREENED, "saddle_or_bladder": "not_sure"},
        "see_clinician",
        ("warning_sign_not_sure",),
        plan=None,
        unscreened=("saddle_or_bladder",),
    ),
    Vignette(
        "the three new warning signs left unanswered on a tendon picture",
        {
            key: value
            for key, value in {**ACHILLES, **SCREENED}.items()
            if key not in ("cold_pale_foot", "dark_urine", "saddle_or_bladder")
        },
        "self_care",
        top="achilles_tendinopathy",
        unscreened=("cold_pale_foot", "dark_urine", "saddle_or_bladder"),
    ),
    # --- the spine, the bone, the arteries, medicines and age ---
    Vignette(
        "back pain with the calf pain",
        {**STRAIN, **SCREENED, "onset": "gradual", "spine_signs": ["back_or_buttock_pain"]},
        "see_clinician",
        ("spine_referred",),
        plan=None,
        outside=("spine",),
    ),
    Vignette(
        "leg pain worse sitting or bending",
        {**SHIN, "location": "calf_belly", "spine_signs": ["pins_and_needles", "worse_sitting_or_bending"]},
        "see_clinician",
        ("spine_referred",),
        plan=None,
        outside=("spine",),
    ),
    Vignette(
        "pins and needles alone do not point to the spine",
        {**COMPARTMENT, **SCREENED, "spine_signs": ["pins_and_needles"]},
        "see_clinician",
        ("exertional_pattern",),
        top="compartment_syndrome",
        plan=None,
        outside=(),
    ),
    Vignette(
        "a tender spot on the shin bone after a mileage jump",
        {**SHIN, "bone_signs": ["tender_spot_on_bone"]},
        "see_clinician",
        ("bone_stress",),
        plan=None,
        outside=("bone_stress",),
    ),
    Vignette(
        "night pain in the calf",
        {**STRAIN, **SCREENED, "pain_pattern": ["at_rest"], "bone_signs": ["night_pain"]},
        "see_clinician",
        ("bone_stress",),
        plan=None,
        outside=("bone_stress",),
    ),
    Vignette(
        "hopping hurts on the outer leg",
        {**SHIN, "location": "outer_leg", "bone_signs": ["hop_pain"]},
        "see_clinician",
        ("bone_stress", "outer_leg_pain"),
        plan=None,
        outside=("spine", "bone_stress"),
    ),
    Vignette(
        "hopping that hurts at the Achilles is the tendon's own test",
        {**ACHILLES, **SCREENED, "bone_signs": ["hop_pain"]},
        "self_care",
        top="achilles_tendinopathy",
        plan="achilles_tendinopathy",
        unscreened=(),
        outside=(),
    ),
    Vignette(
        "shin pain at rest and at night after a mileage jump",
        {**SHIN, "pain_pattern": ["at_rest"], "bone_signs": ["night_pain"]},
        "see_clinician",
        ("bone_stress", "shin_pain_not_exertional"),
        plan=None,
        outside=("bone_stress",),
    ),
    Vignette(
        "shin pain after runs that does not build during them",
        {**SHIN, "pain_pattern": ["after_runs"], "bone_signs": []},
        "see_clinician",
        ("shin_pain_not_exertional",),
        plan=None,
        outside=("bone_stress",),
    ),
    Vignette(
        "shin pain that builds during runs and eases after is compartment syndrome",
        {**SHIN, "pain_pattern": ["builds_during_run_eases_after_stop", "after_runs"], "age_band": "16_to_39"},
        "see_clinician",
        ("exertional_pattern",),
        top="compartment_syndrome",
        plan=None,
        outside=(),
    ),
    Vignette(
        "outer leg pain after runs",
        {**SHIN, "location": "outer_leg", "pain_pattern": ["after_runs"]},
        "see_clinician",
        ("outer_leg_pain",),
        plan=None,
        outside=("spine", "bone_stress"),
    ),
    Vignette(
        "outer leg pain that builds during runs",
        {**SHIN, "location": "outer_leg", "pain_pattern": ["builds_during_run_eases_after_stop"]},
        "see_clinician",
        ("exertional_pattern",),
        top="compartment_syndrome",
        plan=None,
        outside=(),
    ),
    Vignette(
        "ciprofloxacin with Achilles pain",
        {**ACHILLES, **SCREENED, "medicines": ["fluoroquinolone"]},
        "see_clinician",
        ("tendon_weakening_medicine",),
        plan=None,
        outside=("medicine",),
    ),
    Vignette(
        "a steroid injection with heel pain",
        {**ACHILLES, **SCREENED, "location": "heel_insertion", "medicines": ["corticosteroid"]},
        "see_clinician",
        ("tendon_weakening_medicine",),
        plan=None,
        outside=("medicine",),
    ),
    Vignette(
        "ciprofloxacin with a calf strain keeps the strain plan",
        {**STRAIN, **SCREENED, "medicines": ["fluoroquinolone"]},
        "self_care",
        top="calf_strain",
        plan="calf_strain",
        unscreened=(),
        outside=(),
    ),
    Vignette(
        "both calves aching at rest for weeks with no training change",
        {
            **SCREENED,
            "location": "calf_belly",
            "side": "both",
            "onset": "gradual",
            "pain_pattern": ["at_rest"],
            "training_changes": [],
            "duration": "2_to_6_weeks",
            "pain_now": 2,
        },
        "see_clinician",
        ("aching_both_calves_at_rest",),
        plan=None,
        outside=("medicine",),
    ),
    Vignette(
        "a statin and calf pain at rest",
        {**STRAIN, **SCREENED, "pain_pattern": ["at_rest"], "medicines": ["statin"]},
        "see_clinician",
        ("aching_both_calves_at_rest",),
        plan=None,
        outside=("medicine",),
    ),
    Vignette(
        "an older smoker whose calf hurts on walking and stops when standing",
        {
            **SCREENED,
            "location": "calf_belly",
            "side": "right",
            "onset": "gradual",
            "pain_pattern": ["walking_eases_standing_still", "builds_during_run_eases_after_stop"],
            "vascular_risk": ["smoker"],
            "age_band": "60_or_over",
            "pain_now": 0,
        },
        "see_clinician",
        ("narrowed_arteries",),
        plan=None,
        outside=("arteries",),
    ),
    Vignette(
        "walking pain at 45 without artery risks",
        {
            **SCREENED,
            "location": "calf_belly",
            "pain_pattern": ["walking_eases_standing_still"],
            "age_band": "40_to_59",
            "vascular_risk": [],
        },
        "see_clinician",
        ("narrowed_arteries",),
        plan=None,
        outside=("arteries",),
    ),
    Vignette(
        "walking pain in a young runner without artery risks",
        {
            **SCREENED,
            "location": "calf_belly",
            "pain_pattern": ["walking_eases_standing_still"],
            "age_band": "16_to_39",
            "vascular_risk": [],
        },
        "see_clinician",
        ("walking_pain_young",),
        plan=None,
        outside=("artery_entrapment",),
    ),
    Vignette(
        "walking pain in a young smoker",
        {
            **SCREENED,
            "location": "calf_belly",
            "pain_pattern": ["walking_eases_standing_still"],
            "age_band": "16_to_39",
            "vascular_risk": ["smoker"],
        },
        "see_clinician",
        ("narrowed_arteries",),
        plan=None,
        outside=("arteries",),
    ),
    Vignette(
        "the exertional pattern at 62 is the arteries",
        {**COMPARTMENT, **SCREENED, "age_band": "60_or_over", "vascular_risk": []},
        "see_clinician",
        ("narrowed_arteries",),
        plan=None,
        outside=("arteries",),
    ),
    Vignette(
        "the exertional pattern at 50 with diabetes is the arteries",
        {**COMPARTMENT, **SCREENED, "age_band": "40_to_59", "vascular_risk": ["diabetes"]},
        "see_clinician",
        ("narrowed_arteries",),
        plan=None,
        outside=("arteries",),
    ),
    Vignette(
        "the exertional pattern at 50 without artery risks stays compartment syndrome",
        {**COMPARTMENT, **SCREENED, "age_band": "40_to_59", "vascular_risk": []},
        "see_clinician",
        ("exertional_pattern",),
        top="compartment_syndrome",
        plan=None,
        outside=(),
    ),
    Vignette(
        "a young runner with numbness at a set point of a run",
        {**COMPARTMENT, **SCREENED, "age_band": "16_to_39", "vascular_risk": []},
        "see_clinician",
        ("exertional_pattern",),
        top="compartment_syndrome",
        plan=None,
        outside=(),
    ),
    Vignette(
        "heel pain at 12",
        {**ACHILLES, **SCREENED, "location": "heel_insertion", "age_band": "under_16"},
        "see_clinician",
        ("growing_child",),
        plan=None,
        outside=("growth_plate",),
    ),
    Vignette(
        "a sudden calf strain at 65",
        {**STRAIN, **SCREENED, "age_band": "60_or_over"},
        "see_clinician",
        ("older_runner_rest_pain_or_sudden",),
        plan=None,
        outside=(),
    ),
    Vignette(
        "a gradual tendon picture at 65 with rest pain 3",
        {**ACHILLES, **SCREENED, "age_band": "60_or_over", "pain_now": 3},
        "see_clinician",
        ("older_runner_rest_pain_or_sudden",),
        plan=None,
    ),
    Vignette(
        "a gradual tendon picture at 65 with little pain keeps its plan",
        {**ACHILLES, **SCREENED, "age_band": "60_or_over", "pain_now": 2},
        "self_care",
        top="achilles_tendinopathy",
        plan="achilles_tendinopathy",
        unscreened=(),
        outside=(),
    ),
    Vignette(
        "a creaking tendon keeps self-care with a two-week check",
        {**ACHILLES, **SCREENED, "pain_pattern": ["push_off", "morning_stiffness", "creaking"]},
        "self_care",
        top="achilles_tendinopathy",
        plan="achilles_tendinopathy",
        unscreened=(),
        outside=(),
    ),
]
# Benign pictures with every follow-up answered: they must still get self-care and their plan (a screen that
# refuses everyone teaches runners to skip it).
FOLLOW_UPS_NONE: Final[dict[str, Any]] = {
    "bone_signs": [],
    "spine_signs": [],
    "vascular_risk": [],
    "medicines": [],
    "behind_knee_swelling": False,
}
BENIGN_PICTURES: Final = {
    "tendon": (ACHILLES, "achilles_tendinopathy"),
    "insertional tendon": ({**ACHILLES, "location": "heel_insertion"}, "achilles_tendinopathy"),
    "strain": ({**STRAIN, "onset_event": "none_of_these"}, "calf_strain"),
    "cramp": ({**CRAMP, "onset_event": "none_of_these"}, "cramp"),
}
BENIGN_VARIANTS: Final[dict[str, dict[str, Any]]] = {
    "at 16 to 39": {"age_band": "16_to_39"},
    "at 40 to 59": {"age_band": "40_to_59"},
    "with every follow-up answered none": {**FOLLOW_UPS_NONE, "age_band": "16_to_39"},
    "with a normal squeeze test and no gap": {"squeeze_test": "foot_moved", "tendon_gap": False},
    "on a statin, one leg, no rest pain": {"medicines": ["statin"], "pain_now": 2},
    "that has come back before": {"recurring": True},
    "with a long journey, no rest pain": {"clot_risk": ["long_travel"], "pain_now": 0},
}
BENIGN: Final = [
    Vignette(
        f"benign {name} picture {variant}",
        {**picture, **SCREENED, **changes},
        "self_care",
        top=plan,
        plan=plan,
        unscreened=(),
        outside=(),
    )
    for name, (picture, plan) in BENIGN_PICTURES.items()
    for variant, changes in BENIGN_VARIANTS.items()
]
ALL_VIGNETTES: Final = [*VIGNETTES, *NEW_ROWS, *COMBINED, *SECTION_4A, *BENIGN]


def test_there_are_at_least_150_answer_sets_a_quarter_of_them_benign() -> None:
    assert len(ALL_VIGNETTES) >= 150
    assert len({vignette.name for vignette in ALL_VIGNETTES}) == len(ALL_VIGNETTES)
    benign = [
        vignette for vignette in ALL_VIGNETTES if vignette.triage == "self_care" and vignette.plan not in (None, ANY)
    ]
    assert len(benign) * 4 >= len(ALL_VIGNETTES)


@pytest.mark.parametrize("vignette", ALL_VIGNETTES, ids=lambda vignette: vignette.name)
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
    if vignette.unscreened is not ANY:
        assert result.unscreened == vignette.unscreened
    assert result.when == WHEN[vignette.triage]
    if vignette.outside is not ANY:
        assert result.outside_the_four == vignette.outside
    if result.outside_the_four:
        assert result.plan is None and not result.exercises_allowed and result.clinician_log is None


@pytest.mark.parametrize("vignette", ALL_VIGNETTES, ids=lambda vignette: vignette.name)
def test_plans_follow_the_triage(vignette: Vignette) -> None:
    """No plan under emergency or urgent, none while a tear, a clot or an incomplete screen is not excluded,
    none for compartment syndrome; prevention only with little or no pain now; otherwise a plan."""
    answers = vignette.answers
    result = assess(answers)
    flags = {flag.id for flag in result.red_flags}
    compartment_on_top = result.top.id == "compartment_syndrome" and result.top.score > 0
    pain_now = answers.get("pain_now")
    tear_open = "pop_at_onset" not in answers and answers.get("onset") != "gradual"
    if result.triage in ("emergency", "urgent") or flags & NO_PLAN_SIGNS or compartment_on_top:
        assert result.plan is None
        assert not result.exercises_allowed or compartment_on_top
    elif tear_open:
        assert result.plan is None and not result.exercises_allowed
        assert "a tear is not ruled out" in result.plan_note
    elif result.plan == "prevention":
        assert isinstance(pain_now, int) and pain_now <= 2
    elif result.plan is None:
        assert result.top.score < 0.3 and not (isinstance(pain_now, int) and pain_now <= 2)
        assert "prevention plan is only for little or no pain now" in result.plan_note
    if answers.get("pop_at_onset") is True or answers.get("heel_raise") == "unable":
        assert result.plan is None and result.triage != "self_care"


@pytest.mark.parametrize("vignette", ALL_VIGNETTES, ids=lambda vignette: vignette.name)
def test_an_incomplete_screen_never_reads_as_plain_self_care(vignette: Vignette) -> None:
    result = assess(vignette.answers)
    expected = tuple(sign for sign in WARNING_SIGNS if vignette.answers.get(sign) in (None, "not_sure"))
    assert result.unscreened == expected
    if result.unscreened:
        assert result.headline != "You can start with self-care"
        assert "Nothing you said needs a doctor" not in result.what_to_do
        assert len(result.check_now) == len(result.unscreened)
    if any(vignette.answers.get(sign) == "not_sure" for sign in WARNING_SIGNS):
        assert result.triage != "self_care"
    if result.triage == "see_clinician":
        assert "Self-care is fine" not in result.what_to_do


@pytest.mark.parametrize("vignette", ALL_VIGNETTES, ids=lambda vignette: vignette.name)
def test_every_warning_sign_and_score_explains_itself(vignette: Vignette) -> None:
    result = assess(vignette.answers)
    for flag in result.red_flags:
        assert flag.because, flag.id
    for condition in result.conditions:
        assert 0.0 <= condition.score <= 1.0
        if condition.score > 0:
            assert any(reason.startswith("You said") for reason in condition.reasons)


FOUR_NAMES: Final = ("calf strain", "achilles tendinopathy", "compartment syndrome", "calf cramp", "cramp")


def _result_texts(vignette: Vignette) -> str:
    result = assess(vignette.answers)
    content = load_content()
    texts = [result.headline, result.what_to_do, result.plan_note, *result.notes, *result.check_now]
    for flag in result.red_flags:
        texts += [flag.message, flag.why, *flag.because]
    texts += [content.outside_headline, *(content.outside_names[item] for item in result.outside_the_four)]
    return " ".join(texts).lower()


@pytest.mark.parametrize(
    "vignette",
    [vignette for vignette in ALL_VIGNETTES if vignette.outside not in (ANY, ())],
    ids=lambda vignette: vignette.name,
)
def test_a_result_outside_the_four_never_names_one_of_them(vignette: Vignette) -> None:
    """A possible rupture, clot or bone injury is never called a calf strain, a tendinopathy, compartment
    syndrome (the chronic one of the four) or a cramp: the result says it is none of the four."""
    result = assess(vignette.answers)
    assert result.outside_the_four and result.plan is None and result.clinician_log is None
    assert "compartment syndrome" not in _result_texts(vignette).replace("acute compartment syndrome", "")
    for name in FOUR_NAMES:
        if name != "compartment syndrome":
            assert name not in _result_texts(vignette), name


def test_every_rule_is_raised_by_a_named_answer_set() -> None:
    """Each warning sign of sections 4 and 4a, and each remark, has at least one answer set that raises it,
    and each what-a-clinician-looks-for id that a sign can name is reached by one."""
    content = load_content()
    raised = {flag for vignette in ALL_VIGNETTES for flag in vignette.flags}
    assert sorted({flag.id for flag in content.red_flags} - raised) == []
    looked_for = {item for vignette in ALL_VIGNETTES for item in assess(vignette.answers).outside_the_four}
    assert sorted({item for flag in content.red_flags for item in flag.look_for} - looked_for) == []
    noted = " ".join(note for vignette in ALL_VIGNETTES for note in assess(vignette.answers).notes)
    for remark in content.remarks:
        assert remark.text in noted, remark.id


WITH_PLAN_MEANTIMES: Final = tuple(flag.meantime for flag in load_content().red_flags if flag.meantime_with_plan)


@pytest.mark.parametrize("vignette", ALL_VIGNETTES, ids=lambda vignette: vignette.name)
def test_the_advice_never_speaks_of_a_plan_the_result_does_not_offer(vignette: Vignette) -> None:
    result = assess(vignette.answers)
    if result.plan is None or not result.exercises_allowed:
        assert not any(text in result.what_to_do for text in WITH_PLAN_MEANTIMES), result.what_to_do
        assert "plan below" not in result.what_to_do
    # Each thing to do is said once.
    sentences = [sentence for sentence in result.what_to_do.split(". ") if sentence]
    assert len(sentences) == len(set(sentences)), result.what_to_do


def test_a_tendon_weakening_medicine_with_pain_for_months_withholds_the_plan_and_says_nothing_of_one() -> None:
    """A fluoroquinolone and Achilles pain for more than 12 weeks: two signs, one that would allow the plan
    ("follow the plan below") and one that withholds it; the advice keeps only what applies."""
    answers = {
        **SCREENED,
        "location": "achilles",
        "onset": "gradual",
        "medicines": ["fluoroquinolone"],
        "pain_pattern": ["morning_stiffness", "push_off"],
        "heel_raise": "painful",
        "duration": "over_12_weeks",
        "pain_now": 1,
    }
    result = assess(answers)
    assert {flag.id for flag in result.red_flags} >= {"tendon_weakening_medicine", "long_lasting"}
    assert result.plan is None and not result.exercises_allowed
    assert "No heel drops or other calf-loading exercises" in result.what_to_do
    assert "follow the plan below" not in result.what_to_do


def test_sudden_achilles_pain_while_running_is_the_push_off_row() -> None:
    """The answer a runner hurt mid-run picks names running, and reads as the push-off row: urgent today."""
    content = load_content()
    options = {option.value: option.label for option in content.questions["onset_event"].options}
    assert options["push_off_or_jump"].startswith("Running") and "walking" in options["none_of_these"]
    answers = {
        **SCREENED,
        "location": "achilles",
        "onset": "sudden",
        "onset_event": "push_off_or_jump",
        "heel_raise": "painful",
        "duration": "under_2_weeks",
        "pain_now": 3,
    }
    result = assess(answers)
    assert result.triage == "urgent" and result.when == "today" and result.plan is None
    assert "rupture" in result.outside_the_four
