"""What the runner records while a plan runs: pain during a session, the morning check-in and the
single-leg heel-raise test."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Final

from calfdesk.domain.days import check_believable_day
from calfdesk.domain.rehab.catalogue import SLOTS
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)

HEEL_RAISE_MAX_REPS: Final = 300
STIFFNESS_MAX_MIN: Final = 24 * 60


def check_pain(value: int, field_name: str = "pain") -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise InvalidInput(
            _tr("{field}: {value} is outside the scale; enter 0 (none) to 10 (worst)").format(
                field=field_name, value=repr(value)
            ),
            field=field_name,
        )
    return value


@dataclass(frozen=True, slots=True)
class SessionPain:
    """Pain during one exercise session, 0-10. `recorded_utc` orders sessions against decisions."""

    day: dt.date
    slot: str
    pain: int
    recorded_utc: str = ""


@dataclass(frozen=True, slots=True)
class MorningCheckIn:
    day: dt.date
    pain: int
    stiffness_min: int | None = None


def make_session_pain(day: dt.date, slot: str, pain: int, recorded_utc: str = "") -> SessionPain:
    check_pain(pain)
    if slot not in SLOTS:
        raise InvalidInput(
            _tr("slot: '{slot}' is not one of {slots}").format(slot=slot, slots=", ".join(SLOTS)), field="slot"
        )
    return SessionPain(day, slot, pain, recorded_utc)


def make_morning_check_in(day: dt.date, pain: int, stiffness_min: int | None) -> MorningCheckIn:
    check_pain(pain, "morning_pain")
    if stiffness_min is not None and (isinstance(stiffness_min, bool) or not 0 <= stiffness_min <= STIFFNESS_MAX_MIN):
        raise InvalidInput(
            _tr("stiffness_min: {minutes} minutes is not possible; enter 0 to {most}").format(
                minutes=repr(stiffness_min), most=STIFFNESS_MAX_MIN
            ),
            field="stiffness_min",
        )
    return MorningCheckIn(day, pain, stiffness_min)


@dataclass(frozen=True, slots=True)
class HeelRaiseTest:
    """Single-leg heel raises to fatigue, each leg; with `hop_pain` the pain (0-10) of hopping on the sore leg,
    when that was tried too."""

    day: dt.date
    left_reps: int
    right_reps: int
    id: int | None = field(default=None, compare=False)
    hop_pain: int | None = None

    def sore_and_other(self, plan_side: str) -> tuple[int, int]:
        """(reps of the injured leg, reps of the other leg); with both legs sore, the weaker one counts."""
        if plan_side == "left":
            return self.left_reps, self.right_reps
        if plan_side == "right":
            return self.right_reps, self.left_reps
        return min(self.left_reps, self.right_reps), max(self.left_reps, self.right_reps)

    def symmetry_index(self, plan_side: str) -> float | None:
        """Limb symmetry index: injured / uninjured x 100; None when the other leg managed none."""
        sore, other = self.sore_and_other(plan_side)
        return round(sore / other * 100, 1) if other else None


def make_heel_raise_test(day: dt.date, left_reps: int, right_reps: int, hop_pain: int | None = None) -> HeelRaiseTest:
    check_believable_day(day, "date")
    for name, value in (("left_reps", left_reps), ("right_reps", right_reps)):
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= HEEL_RAISE_MAX_REPS:
            raise InvalidInput(
                _tr("{field}: {value} is not a count of heel raises; enter 0 to {most}").format(
                    field=name, value=repr(value), most=HEEL_RAISE_MAX_REPS
                ),
                field=name,
            )
    if hop_pain is not None:
        check_pain(hop_pain, "hop_pain")
    return HeelRaiseTest(day, left_reps, right_reps, hop_pain=hop_pain)
