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
    "clot_risk": [],
}
SCREENED: Final[dict[str, Any]] = {**NO_WARNING_SIGNS, "pop_at_onset": False}
WARNING_SIGNS: Final = ("breathless_or_chest_pain", "tense_severe_pain", "swollen_warm_red", "fever", "pop_at_onset")
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
    }
)


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
        ("possible_clot", "clot_risk_with_rest_pain"),
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
        ("possible_rupture", "pop_at_onset", "cannot_heel_raise"),
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
        sparse=True,
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
        ("possible_rupture", "pop_at_onset"),
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
        "see_clinician",
        ("pop_at_onset",),
        top="achilles_tendinopathy",
        margin=0.5,
        plan=None,
    ),
    Vignette(
        "pop behind a strong tendon picture, heel raise not tried",
        {key: value for key, value in _with(ACHILLES, pop_at_onset=True).items() if key != "heel_raise"},
        "urgent",
        ("possible_rupture", "pop_at_onset"),
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
        "see_clinician",
        ("sudden_and_cannot_heel_raise", "cannot_heel_raise"),
        plan=None,
    ),
    Vignette(
        "sudden, cannot heel raise, pop not answered",
        {"location": "calf_belly", "onset": "sudden", "heel_raise": "unable"},
        "see_clinician",
        ("sudden_and_cannot_heel_raise", "cannot_heel_raise"),
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
        "see_clinician",
        ("sudden_and_cannot_heel_raise", "cannot_heel_raise"),
        top="calf_strain",
        plan=None,
    ),
    # --- a clot risk with pain at rest needs a clinician even without swelling ---
    Vignette(
        "hormones and pain at rest, no swelling",
        {**SCREENED, "clot_risk": ["pregnancy_or_hormones"], "pain_pattern": ["at_rest"]},
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
        "see_clinician",
        ("clot_risk_with_rest_pain",),
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
        "see_clinician",
        ("warning_sign_not_sure", "sudden_and_cannot_heel_raise", "cannot_heel_raise"),
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
ALL_VIGNETTES: Final = [*VIGNETTES, *NEW_ROWS, *COMBINED]


def test_there_are_at_least_ninety_answer_sets() -> None:
    assert len(ALL_VIGNETTES) >= 90
    assert len({vignette.name for vignette in ALL_VIGNETTES}) == len(ALL_VIGNETTES)


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
