"""Patient-Specific Functional Scale (Stratford 1995): the runner names 3 to 5 activities the calf makes hard,
in their own words, and scores each 0 (unable) to 10 (as before the injury); the score is their mean.

The smallest change that matters: about 2 points for the mean, 3 for one activity (Stratford 1995; Horn 2012).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Final

from calfdesk.domain.days import check_believable_day
from calfdesk.domain.measures.base import Item, Measure, Reading, Scale
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)

ID: Final = "psfs"
MIN_ACTIVITIES: Final = 3
MAX_ACTIVITIES: Final = 5
ACTIVITY_MAX_CHARS: Final = 80
SCORE_SCALE: Final = Scale(0, 10, higher_is_better=True)


def check_score(value: object, position: int | None = None) -> int:
    """A 0-10 score; `position` is the activity's place in the list, named by the message (`score 2`)."""
    if isinstance(value, bool) or not isinstance(value, int) or not SCORE_SCALE.contains(value):
        if position is None:
            message = _tr("score: {value} is outside the scale; enter 0 (unable to do it) to 10 (as before the injury)")
        else:
            message = _tr(
                "score {number}: {value} is outside the scale; enter 0 (unable to do it) to 10 (as before the injury)"
            )
        raise InvalidInput(
            message.format(number=position, value=repr(value)),
            field="score" if position is None else f"score {position}",
        )
    return value


def make_activities(names: Sequence[str]) -> tuple[str, ...]:
    """The runner's 3 to 5 activities, trimmed; each one line of at most 80 characters, no two the same."""
    cleaned = tuple(" ".join(str(name).split()) for name in names)
    if not MIN_ACTIVITIES <= len(cleaned) <= MAX_ACTIVITIES:
        raise InvalidInput(
            _tr("activities: {count} given; name {least} to {most} activities the calf makes hard").format(
                count=len(cleaned), least=MIN_ACTIVITIES, most=MAX_ACTIVITIES
            ),
            field="activities",
        )
    seen: set[str] = set()
    for number, name in enumerate(cleaned, start=1):
        if not name or not name.isprintable():
            raise InvalidInput(
                _tr("activity {number}: write it in a few plain words").format(number=number), field="activities"
            )
        if len(name) > ACTIVITY_MAX_CHARS:
            raise InvalidInput(
                _tr("activity {number}: {length} characters; keep it to {most}").format(
                    number=number, length=len(name), most=ACTIVITY_MAX_CHARS
                ),
                field="activities",
            )
        if name.casefold() in seen:
            raise InvalidInput(
                _tr("activity {number}: '{name}' is named twice; name each activity once").format(
                    number=number, name=name
                ),
                field="activities",
            )
        seen.add(name.casefold())
    return cleaned


def score(items: Sequence[Item]) -> float:
    """The mean of the activity scores, to one decimal."""
    if not MIN_ACTIVITIES <= len(items) <= MAX_ACTIVITIES:
        raise InvalidInput(
            _tr("scores: {count} given; score each of your {least} to {most} activities").format(
                count=len(items), least=MIN_ACTIVITIES, most=MAX_ACTIVITIES
            ),
            field="scores",
        )
    values = [check_score(item.value, number) for number, item in enumerate(items, start=1)]
    return round(sum(values) / len(values), 1)


def make_reading(day: dt.date, activities: Sequence[str], scores: Sequence[int]) -> Reading:
    """This week's scores, one per activity in the order the activities were named."""
    check_believable_day(day, "date")
    if not activities:
        raise InvalidInput(
            _tr("activities: none chosen yet; name your activities first (calfdesk measure psfs set)"),
            field="activities",
        )
    if len(scores) != len(activities):
        raise InvalidInput(
            _tr("scores: {count} given for {activities} activities; give one 0-10 score per activity, in order").format(
                count=len(scores), activities=len(activities)
            ),
            field="scores",
        )
    items = tuple(Item(name, value) for name, value in zip(activities, scores, strict=True))
    return Reading(ID, day, score(items), items)


MEASURE: Final = Measure(
    id=ID,
    scale=SCORE_SCALE,
    smallest_change=2.0,
    score=score,
    item_scales={"*": SCORE_SCALE},
    item_changes={"*": 3.0},
    source="Stratford 1995; Horn 2012",
)
