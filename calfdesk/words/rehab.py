"""A rehab item's dose, what still keeps the next phase closed, and the pain model's suggestion, in words."""

from __future__ import annotations

import datetime as dt
from typing import Final

from calfdesk.domain.rehab import (
    FIRST_DAYS_WITHOUT_PROGRESSION,
    Dose,
    Exercise,
    GateNeed,
    MorningWorse,
    Reason,
    SessionPain,
    Suggestion,
    WeeklyTrend,
)
from calfdesk.i18n import Texts, counted, number

_tr = Texts(__name__)

# A rehab session named by its slot, inside "{pain}/10 in the {slot} session of {day}".
SESSION_NAMES: Final = {
    "morning": "morning",
    "day": "day",
    "before_run": "before run",
    "after_run": "after run",
    "evening": "evening",
}


def session_words(slot: str) -> str:
    """A rehab session named by its slot: "morning", "after run"."""
    return _tr(SESSION_NAMES[slot])


def side_words(exercise_side: str, plan_side: str) -> str:
    """Which leg does an exercise: "each leg", "both legs", the plan's sore leg, or "" when it does not say."""
    if exercise_side == "each_leg":
        return _tr("each leg")
    if exercise_side == "both_legs":
        return _tr("both legs")
    if exercise_side == "affected_leg":
        if plan_side == "left":
            return _tr("left leg")
        if plan_side == "right":
            return _tr("right leg")
        return _tr("each sore leg")
    return ""


def dose_words(exercise: Exercise, dose: Dose, plan_side: str) -> str:
    """What to do, in a few words: "3 × 15, left leg, +5 kg"."""
    if exercise.kind in ("stretch", "hold"):
        parts = [_tr("{sets} × {seconds} s hold").format(sets=dose.sets, seconds=dose.hold_s)]
    elif exercise.kind == "reps":
        parts = [f"{dose.sets} × {dose.reps}"]
    elif exercise.kind == "timed":
        parts = [_tr("{minutes} min").format(minutes=dose.minutes)]
    elif exercise.kind == "test":
        parts = [_tr("to fatigue, then record")]
    else:
        parts = [_tr("once")]
    sides = side_words(exercise.side, plan_side)
    if sides:
        parts.append(sides)
    if dose.extra_kg:
        parts.append(_tr("+{kg} kg").format(kg=number(dose.extra_kg, 0)))
    return ", ".join(parts)


def gate_need_words(need: GateNeed) -> str:
    """One thing still missing before the next phase opens."""
    last = "" if need.last is None else number(need.last, 0)
    if need.kind == "days":
        return counted("%n more days in the current phase", need.needed)
    if need.kind == "heel_raise_test":
        return _tr("a heel-raise test")
    if need.kind == "heel_raise_reps":
        return _tr("{reps} heel raises on the sore leg (last test: {last})").format(reps=need.needed, last=last)
    if need.kind == "symmetry":
        shown = _tr("n/a") if need.last is None else _tr("{percent}%").format(percent=last)
        return _tr("the sore leg within {percent}% of the other (last test: {last})").format(
            percent=need.needed, last=shown
        )
    if need.kind == "hop_tried":
        return _tr("hopping on the sore leg tried with the heel-raise test (at most {limit}/10)").format(
            limit=need.needed
        )
    return _tr("hopping that hurts at most {limit}/10 (last test: {last}/10)").format(limit=need.needed, last=last)


def gate_words(needs: tuple[GateNeed, ...]) -> str:
    """Everything still missing, as one list."""
    return ", ".join(gate_need_words(need) for need in needs)


def _day(day: dt.date) -> str:
    # Translators: a day inside a sentence, as a strftime format ("%d.%m.%Y" in German).
    return day.strftime(_tr("%Y-%m-%d"))


def _session(session: SessionPain) -> str:
    return _tr("{pain}/10 in the {slot} session of {day}").format(
        pain=session.pain, slot=session_words(session.slot), day=_day(session.day)
    )


def _worse(worse: MorningWorse) -> str:
    before, after = worse.before, worse.after
    if worse.measure == "pain":
        text = _tr("morning pain {after}/10 on {after_day} against {before}/10 on {before_day}")
        values: dict[str, int | None] = {"after": after.pain, "before": before.pain}
    else:
        text = _tr("morning stiffness {after} min on {after_day} against {before} min on {before_day}")
        values = {"after": after.stiffness_min, "before": before.stiffness_min}
    return text.format(after_day=_day(after.day), before_day=_day(before.day), **values)


def _trend(trend: WeeklyTrend) -> str:
    pain = trend.pain_now is not None and trend.pain_before is not None
    stiffness = trend.stiffness_now is not None and trend.stiffness_before is not None
    if pain and stiffness:
        text = _tr(
            "morning pain {pain_now}/10 against {pain_before}/10 and stiffness {stiffness_now} min against "
            "{stiffness_before} min the week before"
        )
    elif pain:
        text = _tr("morning pain {pain_now}/10 against {pain_before}/10 the week before")
    else:
        text = _tr("stiffness {stiffness_now} min against {stiffness_before} min the week before")
    return text.format(
        pain_now=number(trend.pain_now or 0.0, 1),
        pain_before=number(trend.pain_before or 0.0, 1),
        stiffness_now=number(trend.stiffness_now or 0.0, 0),
        stiffness_before=number(trend.stiffness_before or 0.0, 0),
    )


def _finding(reason: Reason) -> str:
    """What a reduce stands on: rule (a), (c) or (d) and its numbers."""
    if reason.kind == "rule_a" and reason.session is not None:
        return _tr("Rule (a), no session above {limit}/10 since the last change: pain was {session}").format(
            limit=reason.limit, session=_session(reason.session)
        )
    if reason.kind == "rule_c" and reason.worse is not None:
        return _tr("Rule (c), the next morning must be no worse: {why}").format(why=_worse(reason.worse))
    assert reason.trend is not None
    return _tr("Rule (d), the weekly mean of the mornings must not rise: {trend}").format(trend=_trend(reason.trend))


def _reduce(reason: Reason) -> str:
    finding = _finding(reason)
    if reason.ease == "stop":
        return _tr(
            "{finding}. This is the lightest load and the third time in a row it was too much: stop the loading "
            "exercises and see a clinician before you go on."
        ).format(finding=finding)
    if reason.ease == "lighter":
        return _tr("{finding}: ease off to '{load}'.").format(finding=finding, load=reason.load)
    if reason.ease == "rest_day":
        return _tr(
            "{finding}: this is already the lightest load, so rest a day before the next session; if it happens "
            "again, the plan will ask you to rest longer."
        ).format(finding=finding)
    return _tr(
        "{finding}: this is already the lightest load and the second time in a row it was too much, so rest two "
        "days; a third time ends the loading and the plan will advise you to see a clinician."
    ).format(finding=finding)


def _held(reason: Reason) -> str:
    if reason.hold == "b_tomorrow":
        return _tr("rule (b) needs the next morning's report before any progression: record tomorrow's morning pain.")
    if reason.hold == "b_morning" and reason.day is not None:
        return _tr(
            "rule (b) needs the morning report of {morning}, after the sessions of {day}, before any progression."
        ).format(morning=_day(reason.day + dt.timedelta(days=1)), day=_day(reason.day))
    if reason.hold == "b_worse" and reason.worse is not None:
        return _tr("rule (b) needs every next morning no worse than the baseline: {why}.").format(
            why=_worse(reason.worse)
        )
    if reason.hold == "d_rose" and reason.trend is not None:
        return _tr("rule (d) needs the weekly mean of the mornings not to rise: {trend}.").format(
            trend=_trend(reason.trend)
        )
    return _tr(
        "this is day {day} of the plan and rule (d) needs a week of mornings to compare: no progression before "
        "day {first}."
    ).format(day=reason.day_number, first=FIRST_DAYS_WITHOUT_PROGRESSION + 1)


def _streak(reason: Reason) -> str:
    streak = _tr("Three sessions in a row on three different days at {limit}/10 or less ({pains})").format(
        limit=reason.limit, pains=", ".join(str(session.pain) for session in reason.sessions)
    )
    if reason.outcome == "held":
        return _tr("{streak}, but {held} Keep this load.").format(streak=streak, held=_held(reason))
    if reason.outcome == "next_phase":
        return _tr(
            "{streak}, every next morning was reported and no worse, and the weekly mornings did not rise, and the "
            "entry criteria of '{name}' are met: move on to it."
        ).format(streak=streak, name=reason.next_name)
    if reason.outcome == "progress":
        return _tr(
            "{streak} and every next morning was reported and no worse, and the weekly mornings did not rise: add "
            "load, '{load}'."
        ).format(streak=streak, load=reason.load)
    if reason.outcome == "heaviest":
        return _tr(
            "{streak}, but '{load}' is the heaviest load of '{phase}', and '{name}' still needs {needs}. Keep this "
            "load."
        ).format(
            streak=streak,
            load=reason.load,
            phase=reason.phase_name,
            name=reason.next_name,
            needs=gate_words(reason.needs),
        )
    return _tr("{streak} at the plan's top load: keep going and finish the plan.").format(streak=streak)


def suggestion_words(suggestion: Suggestion) -> str:
    """The pain-monitoring model's suggestion in words: the rule, the numbers behind it, and what to do."""
    reason = suggestion.reason
    if reason.kind == "painful_in_a_row":
        return _tr(
            "{count} sessions in a row at the lightest load hurt more than this phase allows ({limit}/10): "
            "{sessions}. Stop the loading exercises and see a clinician before you go on."
        ).format(
            count=len(reason.sessions),
            limit=reason.limit,
            sessions=", ".join(_session(session) for session in reason.sessions),
        )
    if reason.kind in ("rule_a", "rule_c", "rule_d"):
        return _reduce(reason)
    if reason.kind == "above_limit" and reason.session is not None:
        text = (
            _tr(
                "Pain in the {slot} session of {day} was {pain}/10, above the {limit}/10 this phase allows (it aims "
                "to be pain-free): hold the load here, and stop an exercise when it hurts more than that."
            )
            if reason.pain_free
            else _tr(
                "Pain in the {slot} session of {day} was {pain}/10, above the {limit}/10 this phase allows: hold "
                "the load here, and stop an exercise when it hurts more than that."
            )
        )
        return text.format(**_session_fields(reason.session), limit=reason.limit)
    if reason.kind == "in_range" and reason.session is not None:
        text = (
            _tr("Pain in the {slot} session of {day} was {pain}/10, in the safe range: keep the same load.")
            if reason.band == "safe"
            else _tr("Pain in the {slot} session of {day} was {pain}/10, in the acceptable range: keep the same load.")
        ).format(**_session_fields(reason.session))
        if reason.ask_mornings:
            text += " " + _tr(
                "Record each morning's pain and stiffness: the plan moves on only when the mornings are known."
            )
        return text
    return _streak(reason)


def _session_fields(session: SessionPain) -> dict[str, object]:
    return {"slot": session_words(session.slot), "day": _day(session.day), "pain": session.pain}
