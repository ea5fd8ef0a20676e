"""The pain-monitoring model (Silbernagel 2007) read as four rules, and the phase gates.

(a) Any session above 5/10 since the last change to the plan means reduce, whatever came after it.
(b) "Settled by the next morning" is observed, never assumed: no progression without the morning report
    after each earlier session day of the easy streak, and each no worse than the baseline (the morning
    before the current load began).
(c) A morning is worse when pain rises by 1 point or more, or stiffness lasts clearly longer (5 minutes
    more, or half as long again). The latest morning worse than the one before it or than the baseline
    means reduce.
(d) The weekly mean of morning pain and of stiffness must not rise against the week before: any rise holds
    the load, a rise as large as (c) describes means reduce.

Progression needs all four; one broken rule is enough to hold or reduce. Every suggestion names the rule and
the numbers behind it (CLINICAL_NOTES.md section 2).

The first days (CLINICAL_NOTES.md section 4b):
- "three sessions" are three session days: the easy streak is the last three days with a session, every
  session of each at 2/10 or less;
- no progression in a plan's first 7 days: rule (d) has no earlier week to compare;
- a phase's heaviest load (`max_load`) is never passed before the next phase's gate is met;
- in a pain-free phase (`pain_limit` 2 or less) a session above its limit holds the load;
- at the lightest load the reduce advice escalates instead of repeating, and a third painful session in a row
  (above the phase's limit) ends the loading: `stop`, see a clinician.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Final

from calfdesk.domain.rehab.catalogue import SLOTS, Phase, Plan
from calfdesk.domain.rehab.measurements import HeelRaiseTest, MorningCheckIn, SessionPain
from calfdesk.domain.rehab.plans import Enrolment, PlanChange

ACTIONS: Final = ("continue", "progress", "next_phase", "reduce", "stop")

# 0-2 safe, 3-5 acceptable, above 5 too much.
PAIN_SAFE_MAX: Final = 2
PAIN_ACCEPTABLE_MAX: Final = 5
EASY_SESSIONS_TO_PROGRESS: Final = 3
# No progression before the plan's 8th day: rule (d) needs a week to compare against.
FIRST_DAYS_WITHOUT_PROGRESSION: Final = 7
# At the lightest load, this many painful sessions in a row end the loading.
PAINFUL_SESSIONS_TO_STOP: Final = 3
# Rule (c): a morning is worse with pain 1 point higher, or stiffness 5 minutes or half as long again longer.
MORNING_PAIN_WORSE: Final = 1
STIFFNESS_WORSE_MIN: Final = 5
STIFFNESS_WORSE_RATIO: Final = 1.5
# A rise under 2 minutes is within the precision of a stiffness reading, even where it is half as long again.
STIFFNESS_READING_MIN: Final = 2
WEEK_DAYS: Final = 7


@dataclass(frozen=True, slots=True)
class GateNeed:
    """One thing still missing before a phase opens, for the window and the command line to word (calfdesk.words):
    `days` (`needed` more days in the current phase), `heel_raise_test` (a test at all), `heel_raise_reps`
    (`needed` raises on the sore leg; `last` of the latest test), `symmetry` (the sore leg within `needed` % of
    the other; `last` the latest index, None when it cannot be computed), `hop_tried` (hopping tried with the
    test, at most `needed`/10), `hop_pain` (hopping at most `needed`/10; `last` the latest)."""

    kind: str
    needed: int
    last: float | None = None


@dataclass(frozen=True, slots=True)
class GateStatus:
    met: bool
    missing: tuple[GateNeed, ...]


def gate_status(
    plan: Plan, enrolment: Enrolment, phase: Phase, today: dt.date, test: HeelRaiseTest | None
) -> GateStatus:
    """Whether the runner may enter `phase` now, and what is still missing."""
    gate = phase.gate
    missing: list[GateNeed] = []
    days_in = (today - enrolment.phase_started(today)).days
    if days_in < gate.min_days_in_previous:
        missing.append(GateNeed("days", gate.min_days_in_previous - days_in))
    if gate.heel_raise_min_reps is not None or gate.heel_raise_min_lsi is not None:
        if test is None:
            missing.append(GateNeed("heel_raise_test", 1))
        else:
            sore, _other = test.sore_and_other(enrolment.side)
            if gate.heel_raise_min_reps is not None and sore < gate.heel_raise_min_reps:
                missing.append(GateNeed("heel_raise_reps", gate.heel_raise_min_reps, sore))
            index = test.symmetry_index(enrolment.side)
            if gate.heel_raise_min_lsi is not None and (index is None or index < gate.heel_raise_min_lsi):
                missing.append(GateNeed("symmetry", round(100 - gate.heel_raise_min_lsi), index))
    if gate.hop_pain_max is not None:
        hop = test.hop_pain if test is not None else None
        if hop is None:
            missing.append(GateNeed("hop_tried", gate.hop_pain_max))
        elif hop > gate.hop_pain_max:
            missing.append(GateNeed("hop_pain", gate.hop_pain_max, hop))
    return GateStatus(met=not missing, missing=tuple(missing))


@dataclass(frozen=True, slots=True)
class MorningWorse:
    """Rule (c): the morning `after` is worse than `before`, by its pain or by its stiffness (`measure`)."""

    measure: str
    before: MorningCheckIn
    after: MorningCheckIn


@dataclass(frozen=True, slots=True)
class Reason:
    """Why the model suggests what it does: the rule and the numbers behind it, for the window and the command
    line to word (calfdesk.words.rehab). `kind` names the finding, the other fields its numbers:

    - `painful_in_a_row`: `sessions` in a row at the lightest load hurt more than the phase's `limit`;
    - `rule_a`: `session` hurt more than `limit` (5/10) since the last change; `rule_c`: a next morning was
      worse (`worse`); `rule_d`: the weekly mornings rose clearly (`trend`). Each with `ease`: `lighter` (to
      the load `load`), `rest_day`, `rest_two_days`, or `stop` (the third time at the lightest load);
    - `above_limit`: `session` above the phase's `limit` (a `pain_free` phase or not);
    - `in_range`: `session` in the `safe` or `acceptable` `band`; `ask_mornings` when today's morning is missing;
    - `easy_streak`: three easy session days (`sessions`, their worst sessions), then `outcome`: `held` (by
      `hold`: `b_tomorrow`, `b_morning` of `day` after the sessions of `session.day`, `b_worse` (`worse`),
      `d_rose` (`trend`), `first_days` (`day_number` of the plan)), `next_phase` (`next_name`), `progress`
      (to `load`), `heaviest` (`load` is the heaviest of `phase_name`; `next_name` still `needs`) or `top`.
    """

    kind: str
    session: SessionPain | None = None
    sessions: tuple[SessionPain, ...] = ()
    limit: int = 0
    ease: str = ""
    load: str = ""
    worse: MorningWorse | None = None
    trend: WeeklyTrend | None = None
    band: str = ""
    pain_free: bool = False
    ask_mornings: bool = False
    outcome: str = ""
    hold: str = ""
    day: dt.date | None = None
    day_number: int = 0
    phase_name: str = ""
    next_name: str = ""
    needs: tuple[GateNeed, ...] = ()


@dataclass(frozen=True, slots=True)
class Suggestion:
    action: str
    reason: Reason
    to_phase: str | None = None
    to_load_level: int | None = None

    @property
    def changes_plan(self) -> bool:
        return self.action != "continue"

    @property
    def ends_loading(self) -> bool:
        """The loading stops here and the runner should see a clinician; accepting it ends the plan."""
        return self.action == "stop"


def stiffness_worse(before: float | None, after: float | None) -> bool:
    """Rule (c) for stiffness: clearly longer is 5 minutes more, or half as long again (at least 2 minutes)."""
    if before is None or after is None:
        return False
    rise = after - before
    return rise >= STIFFNESS_WORSE_MIN or (rise >= STIFFNESS_READING_MIN and after >= before * STIFFNESS_WORSE_RATIO)


def morning_worse(before: MorningCheckIn, after: MorningCheckIn) -> MorningWorse | None:
    """Rule (c): how `after` is a worse morning than `before`, or None when it is no worse."""
    if after.pain - before.pain >= MORNING_PAIN_WORSE:
        return MorningWorse("pain", before, after)
    if stiffness_worse(before.stiffness_min, after.stiffness_min):
        return MorningWorse("stiffness", before, after)
    return None


@dataclass(frozen=True, slots=True)
class WeeklyTrend:
    """Rule (d): means of the last 7 days against the 7 days before (None where a week has no report)."""

    pain_now: float | None
    pain_before: float | None
    stiffness_now: float | None
    stiffness_before: float | None

    @property
    def rose(self) -> bool:
        return _rose(self.pain_now, self.pain_before) or _rose(self.stiffness_now, self.stiffness_before)

    @property
    def clearly_worse(self) -> bool:
        pain_up = (
            self.pain_now is not None
            and self.pain_before is not None
            and self.pain_now - self.pain_before >= MORNING_PAIN_WORSE
        )
        return pain_up or stiffness_worse(self.stiffness_before, self.stiffness_now)


def _rose(now: float | None, before: float | None) -> bool:
    return now is not None and before is not None and now > before + 1e-9


def _mean(values: Sequence[int]) -> float | None:
    return sum(values) / len(values) if values else None


def weekly_trend(check_ins: Sequence[MorningCheckIn], today: dt.date) -> WeeklyTrend:
    this_week = [item for item in check_ins if today - dt.timedelta(days=WEEK_DAYS - 1) <= item.day <= today]
    week_before = [
        item
        for item in check_ins
        if today - dt.timedelta(days=2 * WEEK_DAYS - 1) <= item.day <= today - dt.timedelta(days=WEEK_DAYS)
    ]

    def stiffness(items: Sequence[MorningCheckIn]) -> list[int]:
        return [item.stiffness_min for item in items if item.stiffness_min is not None]

    return WeeklyTrend(
        pain_now=_mean([item.pain for item in this_week]),
        pain_before=_mean([item.pain for item in week_before]),
        stiffness_now=_mean(stiffness(this_week)),
        stiffness_before=_mean(stiffness(week_before)),
    )


def _sorted_sessions(sessions: Sequence[SessionPain], since_utc: str) -> list[SessionPain]:
    order = {slot: index for index, slot in enumerate(SLOTS)}
    return sorted(
        (session for session in sessions if session.recorded_utc > since_utc),
        key=lambda session: (session.day, order[session.slot], session.recorded_utc),
    )


def _baseline(check_ins: Sequence[MorningCheckIn], first_day: dt.date) -> MorningCheckIn | None:
    """The morning before the current load began; at a plan's very start, the first morning after it."""
    before = [item for item in check_ins if item.day <= first_day]
    if before:
        return before[-1]
    after = [item for item in check_ins if item.day > first_day]
    return after[0] if after else None


def suggest(
    plan: Plan,
    enrolment: Enrolment,
    today: dt.date,
    sessions: Sequence[SessionPain],
    check_ins: Sequence[MorningCheckIn],
    test: HeelRaiseTest | None,
    since_utc: str = "",
    since_change_utc: str = "",
) -> Suggestion | None:
    """The model's advice from the sessions recorded after the runner's last decision (`since_utc`); rule (a)
    looks at every session since the last change to the plan (`since_change_utc`). None until a session's
    pain has been recorded after the last decision."""
    recent = _sorted_sessions(sessions, max(since_utc, since_change_utc))
    if not recent:
        return None
    since_change = _sorted_sessions(sessions, since_change_utc)
    mornings = sorted(check_ins, key=lambda item: item.day)
    change = enrolment.current
    phase = plan.phase(change.phase_id)
    level = plan.load_in_phase(phase, change.load_level)
    painful = painful_sessions_in_a_row(plan, enrolment, sessions)
    if level == 0 and len(painful) >= PAINFUL_SESSIONS_TO_STOP:
        return Suggestion(
            "stop",
            Reason("painful_in_a_row", sessions=tuple(painful[-PAINFUL_SESSIONS_TO_STOP:]), limit=phase.pain_limit),
        )
    reduce = _reducer(plan, level, max(len(painful), lightest_load_restarts(plan, enrolment) + 1))

    too_much = [session for session in since_change if session.pain > PAIN_ACCEPTABLE_MAX]
    if too_much:
        worst = max(too_much, key=lambda session: session.pain)
        return reduce(Reason("rule_a", session=worst, limit=PAIN_ACCEPTABLE_MAX))

    baseline = _baseline(mornings, since_change[0].day)
    reported = [item for item in mornings if item.day > since_change[0].day]
    if reported:
        latest = reported[-1]
        earlier = [item for item in mornings if item.day < latest.day]
        for reference in (earlier[-1] if earlier else None, baseline):
            why = morning_worse(reference, latest) if reference is not None and reference != latest else None
            if why is not None:
                return reduce(Reason("rule_c", worse=why))
    trend = weekly_trend(mornings, today)
    if trend.clearly_worse:
        return reduce(Reason("rule_d", trend=trend))

    last = recent[-1]
    if last.pain > phase.pain_limit:
        return Suggestion(
            "continue", Reason("above_limit", session=last, limit=phase.pain_limit, pain_free=phase.pain_free)
        )
    band = "safe" if last.pain <= PAIN_SAFE_MAX else "acceptable"
    easy = easy_streak(recent)
    if easy is None:
        asking = not any(item.day == today for item in mornings)
        return Suggestion("continue", Reason("in_range", session=last, band=band, ask_mornings=asking))
    streak = Reason("easy_streak", sessions=tuple(easy), limit=PAIN_SAFE_MAX)

    held = _progression_held(easy, mornings, baseline, trend, today) or _first_days_held(enrolment, today)
    if held is not None:
        return Suggestion("continue", replace(held, sessions=streak.sessions, limit=streak.limit))
    following = plan.next_phase(phase.id)
    gate = gate_status(plan, enrolment, following, today, test) if following is not None else None
    if following is not None and gate is not None and gate.met:
        return Suggestion(
            "next_phase",
            replace(streak, outcome="next_phase", next_name=following.name),
            to_phase=following.id,
            to_load_level=plan.load_in_phase(following, plan.start_load_level),
        )
    if level < plan.max_load_index(phase):
        higher = level + 1
        return Suggestion(
            "progress", replace(streak, outcome="progress", load=plan.load_levels[higher].label), to_load_level=higher
        )
    if following is not None and gate is not None:
        heaviest = replace(
            streak,
            outcome="heaviest",
            load=plan.load_levels[level].label,
            phase_name=phase.name,
            next_name=following.name,
            needs=gate.missing,
        )
        return Suggestion("continue", heaviest)
    return Suggestion("continue", replace(streak, outcome="top"))


def easy_streak(sessions: Sequence[SessionPain]) -> list[SessionPain] | None:
    """The worst session of each of the last three session days when every session of those days was at
    2/10 or less, else None: three easy sessions count only on three different days."""
    worst: dict[dt.date, SessionPain] = {}
    for session in sessions:
        if session.day not in worst or session.pain > worst[session.day].pain:
            worst[session.day] = session
    days = sorted(worst)[-EASY_SESSIONS_TO_PROGRESS:]
    if len(days) < EASY_SESSIONS_TO_PROGRESS or any(worst[day].pain > PAIN_SAFE_MAX for day in days):
        return None
    return [worst[day] for day in days]


def painful_sessions_in_a_row(plan: Plan, enrolment: Enrolment, sessions: Sequence[SessionPain]) -> list[SessionPain]:
    """The latest sessions, oldest first, that each hurt more than their phase allowed while the plan was at
    its lightest load, up to the first one that did not (or that ran at a heavier load)."""
    painful: list[SessionPain] = []
    for session in reversed(_sorted_sessions(sessions, "")):
        change = enrolment.change_on(session.day)
        phase = plan.phase(change.phase_id)
        if plan.load_in_phase(phase, change.load_level) != 0 or session.pain <= phase.pain_limit:
            break
        painful.append(session)
    return painful[::-1]


def lightest_load_restarts(plan: Plan, enrolment: Enrolment) -> int:
    """How many times in a row a reduce was accepted at the lightest load (each restarts that load)."""
    restarts = 0
    changes = enrolment.changes
    for before, after in zip(reversed(changes[:-1]), reversed(changes[1:]), strict=True):
        lightest = [
            plan.load_in_phase(plan.phase(change.phase_id), change.load_level) == 0 for change in (before, after)
        ]
        if not all(lightest) or before.phase_id != after.phase_id:
            break
        restarts += 1
    return restarts


def _reducer(plan: Plan, level: int, round_at_lightest: int) -> Callable[[Reason], Suggestion]:
    """The reduce advice: one load lighter; at the lightest load a rest that grows each time in a row (a painful
    session, or a reduce accepted there), and the third time ends the loading: the advice never repeats."""
    lighter = plan.load_levels[level - 1].label if level > 0 else ""
    if level > 0:
        ease = "lighter"
    elif round_at_lightest <= 1:
        ease = "rest_day"
    elif round_at_lightest == 2:
        ease = "rest_two_days"
    else:
        ease = "stop"

    def reduce(reason: Reason) -> Suggestion:
        if ease == "stop":
            return Suggestion("stop", replace(reason, ease=ease))
        return Suggestion("reduce", replace(reason, ease=ease, load=lighter), to_load_level=max(level - 1, 0))

    return reduce


def _first_days_held(enrolment: Enrolment, today: dt.date) -> Reason | None:
    """No progression in a plan's first 7 days: rule (d) cannot be judged without an earlier week."""
    day_number = (today - enrolment.started).days + 1
    if day_number > FIRST_DAYS_WITHOUT_PROGRESSION:
        return None
    return Reason("easy_streak", outcome="held", hold="first_days", day_number=day_number)


def _progression_held(
    easy: Sequence[SessionPain],
    mornings: Sequence[MorningCheckIn],
    baseline: MorningCheckIn | None,
    trend: WeeklyTrend,
    today: dt.date,
) -> Reason | None:
    """Why rules (b) and (d) hold the load despite an easy streak, or None when progression may go ahead."""
    held = Reason("easy_streak", outcome="held")
    by_day = {item.day: item for item in mornings}
    days = sorted({session.day for session in easy if session.day < today})
    if not days:
        return replace(held, hold="b_tomorrow")
    for day in days:
        morning = by_day.get(day + dt.timedelta(days=1))
        if morning is None:
            return replace(held, hold="b_morning", day=day)
        why = morning_worse(baseline, morning) if baseline is not None and baseline != morning else None
        if why is not None:
            return replace(held, hold="b_worse", worse=why)
    if trend.rose:
        return replace(held, hold="d_rose", trend=trend)
    return None


def apply_suggestion(plan: Plan, enrolment: Enrolment, suggestion: Suggestion, day: dt.date) -> PlanChange:
    """The plan change that accepting `suggestion` makes, effective from `day`."""
    current = enrolment.current
    phase_id = suggestion.to_phase or current.phase_id
    level = suggestion.to_load_level if suggestion.to_load_level is not None else current.load_level
    if not 0 <= level < len(plan.load_levels):
        raise ValueError(f"load level {level} is outside plan {plan.id}")
    plan.phase(phase_id)
    return PlanChange(effective=day, phase_id=phase_id, load_level=level)
