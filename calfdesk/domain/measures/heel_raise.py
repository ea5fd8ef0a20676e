"""The single-leg heel-raise test as a measure: the score is the raises of the sore leg (the weaker one when
both are sore); its items are each leg, the side-to-side ratio and, when hopping was tried, its pain.

The tests themselves are the rehab plan's records (`calfdesk.domain.rehab.HeelRaiseTest`); the norms for sex and
age are the checklist's (`calfdesk.domain.readiness.heel_raise_norm`), kept in one place. The smallest change
that matters is the test's between-day error: about 6 raises (Hebert-Losier 2017, 95% limits of agreement).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

from calfdesk.domain.measures.base import Item, Measure, Reading, Scale
from calfdesk.domain.readiness import heel_raise_norm
from calfdesk.domain.rehab.measurements import HEEL_RAISE_MAX_REPS, HeelRaiseTest
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)

ID: Final = "heel_raise"
LEFT: Final = "left"
RIGHT: Final = "right"
RATIO: Final = "ratio"
HOP_PAIN: Final = "hop_pain"
REPS_SCALE: Final = Scale(0, HEEL_RAISE_MAX_REPS, higher_is_better=True, unit="raises")
SMALLEST_CHANGE_REPS: Final = 6.0


def score(items: Sequence[Item]) -> float | None:
    """The raises of the sore leg, stored with the reading by `reading_of` as the lower of the two legs' items
    when the side is not known."""
    legs = [item.value for item in items if item.name in (LEFT, RIGHT)]
    if len(legs) != 2 or any(value is None or not REPS_SCALE.contains(value) for value in legs):
        raise InvalidInput(
            _tr("heel_raise: give the raises of both legs, 0 to {most} each").format(most=HEEL_RAISE_MAX_REPS),
            field="heel_raise",
        )
    return min(value for value in legs if value is not None)


def reading_of(test: HeelRaiseTest, plan_side: str) -> Reading:
    """A stored test as a reading; `plan_side` (left, right, both) says which leg is the sore one."""
    sore, _other = test.sore_and_other(plan_side)
    items = (
        Item(LEFT, test.left_reps),
        Item(RIGHT, test.right_reps),
        Item(RATIO, test.symmetry_index(plan_side)),
        Item(HOP_PAIN, test.hop_pain),
    )
    return Reading(ID, test.day, sore, items, id=test.id)


def norm_for(sex: str | None, birth_year: int | None, day: dt.date) -> int | None:
    """The median raises for the runner's sex and age on `day` (Hebert-Losier 2017), or None when unknown."""
    return heel_raise_norm(sex, day.year - birth_year if birth_year else None)


MEASURE: Final = Measure(
    id=ID,
    scale=REPS_SCALE,
    smallest_change=SMALLEST_CHANGE_REPS,
    score=score,
    item_scales={LEFT: REPS_SCALE, RIGHT: REPS_SCALE, RATIO: Scale(0, 200, unit="%"), HOP_PAIN: Scale(0, 10, False)},
    item_changes={LEFT: SMALLEST_CHANGE_REPS, RIGHT: SMALLEST_CHANGE_REPS},
    source="Hebert-Losier 2017",
)
