"""The self-assessment engine: looks for warning signs first, then scores the four conditions with the
answers behind each score, lists contributing factors and picks a plan.

Pure Python: the rules and texts come from `resources/knowledge/*.toml` (see assessment_content); the answers
are checked in `assessment_answers`, and the result's records live in `assessment_result`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Final

from calfdesk.domain.assessment_answers import validate_answers
from calfdesk.domain.assessment_content import (
    BOOL_ANSWERS,
    NOT_SURE,
    OUTSIDE_THE_FOUR,
    TRIAGE_LEVELS,
    AnswerValue,
    AssessmentContent,
    RedFlag,
    load_content,
)
from calfdesk.domain.assessment_result import (
    AssessmentResult,
    ClinicianLog,
    ConditionMatch,
    FactorFinding,
    FlagFinding,
    SavedAssessment,
)
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)

SELF_CARE: Final = "self_care"
NO_PLAN_TRIAGE: Final = frozenset({"emergency", "urgent"})


def _said(content: AssessmentContent, key: str, value: AnswerValue) -> list[str]:
    return content.questions[key].said_list(value)


def _flag_because(content: AssessmentContent, flag: RedFlag, answers: Mapping[str, AnswerValue]) -> tuple[str, ...]:
    """The answers that raised a flag (from every alternative that holds), or () when it is not raised."""
    because: list[str] = []
    tested: set[str] = set()
    for alternative in flag.when:
        if all(test.holds(answers) for test in alternative):
            for test in alternative:
                tested.add(test.answer)
                value = test.quoted(answers)
                if test.op == "absent":
                    question = content.questions[test.answer]
                    said = [question.said_absent or f'you did not answer "{question.wording}"']
                elif value is None:
                    continue
                else:
                    said = _said(content, test.answer, value)
                because.extend(item for item in said if item not in because)
    if not because:
        return ()
    for key in flag.also_mention:
        given = answers.get(key)
        if key not in tested and given is not None and given is not False and given != ():
            because.extend(_said(content, key, given))
    return tuple(because)


def find_red_flags(answers: Mapping[str, AnswerValue], content: AssessmentContent) -> tuple[FlagFinding, ...]:
    """The warning signs found, most serious first (content order within a route); a sign is dropped when a
    sign named in its `superseded_by` is found too."""
    raised = {flag.id: because for flag in content.red_flags if (because := _flag_because(content, flag, answers))}
    found = [
        FlagFinding(flag.id, flag.route, flag.message, flag.why, raised[flag.id])
        for flag in content.red_flags
        if flag.id in raised and not any(other in raised for other in flag.superseded_by)
    ]
    return tuple(sorted(found, key=lambda finding: TRIAGE_LEVELS.index(finding.route)))


def outside_the_four(flags: tuple[FlagFinding, ...], content: AssessmentContent) -> tuple[str, ...]:
    """What a clinician would look for when the signs found point away from the four common causes, in the
    contract's order; empty when one of the four can explain the answers."""
    by_id = {flag.id: flag for flag in content.red_flags}
    wanted = {item for finding in flags if finding.id in by_id for item in by_id[finding.id].look_for}
    return tuple(item for item in OUTSIDE_THE_FOUR if item in wanted)


def remarks(answers: Mapping[str, AnswerValue], content: AssessmentContent) -> list[str]:
    """The notes whose answers hold (a creaking tendon: see a clinician if it has not settled in 2 weeks)."""
    return [
        remark.text
        for remark in content.remarks
        if any(all(test.holds(answers) for test in tests) for tests in remark.when)
    ]


def _scored_answers(answers: Mapping[str, AnswerValue]) -> list[tuple[str, str, str | bool | int]]:
    """(question, answer key in scoring.toml, value) for each answer; a list answer gives one per option."""
    scored: list[tuple[str, str, str | bool | int]] = []
    for key, value in answers.items():
        if isinstance(value, tuple):
            scored.extend((key, item, item) for item in value)
        elif isinstance(value, bool):
            scored.append((key, BOOL_ANSWERS[value], value))
        else:
            scored.append((key, str(value), value))
    return scored


def score_conditions(answers: Mapping[str, AnswerValue], content: AssessmentContent) -> tuple[ConditionMatch, ...]:
    """All four conditions, best match first, each with a 0-1 score and the answers that moved it."""
    matches: list[ConditionMatch] = []
    scored = _scored_answers(answers)
    for condition in content.conditions:
        total = 0
        for_it: list[tuple[int, str]] = []
        against_it: list[tuple[int, str]] = []
        for question_id, answer, value in scored:
            points = content.points.get(question_id, {}).get(answer, {}).get(condition.id, 0)
            if not points:
                continue
            total += points
            said = content.questions[question_id].said_text(value)  # a not_sure one-of answer scores nothing
            if points > 0:
                for_it.append((points, content.reason_for.format(said=said)))
            else:
                against_it.append((-points, content.reason_against.format(said=said)))
        score = round(min(max(total / content.full_marks, 0.0), 1.0), 2)
        reasons = [text for _, text in sorted(for_it, key=lambda pair: -pair[0])]
        reasons += [text for _, text in sorted(against_it, key=lambda pair: -pair[0])]
        matches.append(ConditionMatch(condition.id, condition.name, score, tuple(reasons), against=len(against_it)))
    return tuple(sorted(matches, key=lambda match: (-match.score, content.tie_order.index(match.id))))


def find_factors(answers: Mapping[str, AnswerValue], content: AssessmentContent) -> tuple[FactorFinding, ...]:
    changes = answers.get("training_changes", ())
    assert isinstance(changes, tuple)
    question = content.questions["training_changes"]
    return tuple(
        FactorFinding(factor.id, factor.title, factor.advice, tuple(question.said_text(item) for item in hits))
        for factor in content.factors
        if (hits := [item for item in factor.training_changes if item in changes])
    )


def unscreened_signs(answers: Mapping[str, AnswerValue], content: AssessmentContent) -> tuple[str, ...]:
    """The warning signs left unanswered or answered "not sure", in question order (CONTRACTS.md)."""
    return tuple(question.id for question in content.warning_signs if answers.get(question.id) in (None, NOT_SURE))


def _sign_list(keys: tuple[str, ...], content: AssessmentContent) -> str:
    names = [content.questions[key].sign for key in keys]
    return names[0] if len(names) == 1 else "; ".join(names[:-1]) + content.sign_list_or + names[-1]


def exercises_allowed(flags: tuple[FlagFinding, ...], content: AssessmentContent) -> bool:
    """False while any sign found forbids an exercise plan (every plan loads the calf)."""
    by_id = {flag.id: flag for flag in content.red_flags}
    return all(by_id[finding.id].allows_plan for finding in flags if finding.id in by_id)


def tear_not_excluded(answers: Mapping[str, AnswerValue]) -> bool:
    """A sudden (or unstated) start with the pop question unanswered: a tear is not ruled out, so no plan that
    loads the calf. A gradual start has no moment at which a pop could have happened."""
    return answers.get("onset") != "gradual" and "pop_at_onset" not in answers


def _fallback_allowed(answers: Mapping[str, AnswerValue], content: AssessmentContent) -> bool:
    """The prevention plan only for a runner with little or no pain now."""
    pain = answers.get("pain_now")
    return isinstance(pain, int) and not isinstance(pain, bool) and pain <= content.fallback_max_pain


def choose_plan(
    triage: str,
    conditions: tuple[ConditionMatch, ...],
    content: AssessmentContent,
    flags: tuple[FlagFinding, ...] = (),
    answers: Mapping[str, AnswerValue] | None = None,
) -> str | None:
    """Plans follow the triage: none for emergency or urgent results, none while a sign forbids exercises,
    none when the best match has no plan; the general plan when nothing stands out, but only with little or
    no pain now; else the best match's plan."""
    if triage in NO_PLAN_TRIAGE or not exercises_allowed(flags, content) or tear_not_excluded(answers or {}):
        return None
    top = conditions[0]
    fallback = content.fallback_plan if _fallback_allowed(answers or {}, content) else None
    if top.score <= 0:
        return fallback
    plan = content.condition(top.id).plan
    if plan is None:
        return None
    return plan if top.score >= content.plan_min_score else fallback


def _plan_note(
    plan: str | None,
    triage: str,
    flags: tuple[FlagFinding, ...],
    conditions: tuple[ConditionMatch, ...],
    answers: Mapping[str, AnswerValue],
    content: AssessmentContent,
) -> str:
    """Why no plan is offered, when the reason is not the triage itself or a condition without a plan."""
    if plan is not None or triage in NO_PLAN_TRIAGE:
        return ""
    by_id = {flag.id: flag for flag in content.red_flags}
    blocking = [by_id[finding.id] for finding in flags if finding.id in by_id and not by_id[finding.id].allows_plan]
    if blocking:
        return blocking[0].meantime
    if tear_not_excluded(answers):
        return content.tear_unknown_note
    top = conditions[0]
    if top.score > 0 and content.condition(top.id).plan is None:
        return ""
    pain = answers.get("pain_now")
    said = (
        content.fallback_pain_said.format(value=pain)
        if isinstance(pain, int) and not isinstance(pain, bool)
        else content.fallback_pain_unknown
    )
    return content.fallback_pain_note.format(pain=said)


def _what_to_do(
    triage: str,
    flags: tuple[FlagFinding, ...],
    unscreened: tuple[str, ...],
    content: AssessmentContent,
    *,
    plan_offered: bool,
) -> tuple[str, str]:
    """The banner's headline and text: the route's own, with what to do meanwhile for each sign of that
    route (each text once; one that speaks of the plan only when a plan is offered), and never the plain
    self-care text while a warning sign is unanswered."""
    route = content.routes[triage]
    if triage == SELF_CARE and unscreened:
        return content.unscreened_headline, content.unscreened_what_to_do.format(signs=_sign_list(unscreened, content))
    by_id = {flag.id: flag for flag in content.red_flags}
    meantime: list[str] = []
    for finding in flags:
        flag = by_id.get(finding.id)
        if flag is None or flag.route != triage or not flag.meantime or flag.meantime in meantime:
            continue
        if flag.meantime_with_plan and not plan_offered:
            continue
        meantime.append(flag.meantime)
    return route.headline, " ".join([route.what_to_do, *meantime])


def assess(raw_answers: object, content: AssessmentContent | None = None) -> AssessmentResult:
    """Run the whole assessment on a JSON answers object. Raises InvalidInput for a bad key or value."""
    content = content or load_content()
    answers = validate_answers(raw_answers, content)
    flags = find_red_flags(answers, content)
    triage = flags[0].route if flags else SELF_CARE
    conditions = score_conditions(answers, content)
    top = conditions[0]
    unscreened = unscreened_signs(answers, content)
    outside = outside_the_four(flags, content)
    notes: list[str] = []
    if unscreened and triage != SELF_CARE:
        verb = "was" if len(unscreened) == 1 else "were"
        signs = _sign_list(unscreened, content)
        # Only the first letter raised: German nouns keep their capitals.
        notes.append(content.unscreened_note.format(signs=signs[:1].upper() + signs[1:], verb=verb))
    if len(answers) < content.sparse_below:
        notes.append(content.sparse_note)
    elif top.score < content.plan_min_score and not outside:
        notes.append(content.low_scores_note)
    notes.extend(remarks(answers, content))
    top_condition = content.condition(top.id)
    # The compartment-syndrome log only where the answers point to it, never beside a sign outside the four.
    clinician_log = (
        ClinicianLog(content.clinician_log_intro, top_condition.clinician_log)
        if top.score > 0 and top_condition.clinician_log and not outside
        else None
    )
    plan = choose_plan(triage, conditions, content, flags, answers)
    allowed = triage not in NO_PLAN_TRIAGE and exercises_allowed(flags, content) and not tear_not_excluded(answers)
    headline, what_to_do = _what_to_do(triage, flags, unscreened, content, plan_offered=plan is not None and allowed)
    return AssessmentResult(
        triage=triage,
        headline=headline,
        what_to_do=what_to_do,
        red_flags=flags,
        conditions=conditions,
        contributing_factors=find_factors(answers, content),
        plan=plan,
        disclaimer=content.disclaimer,
        content_version=content.version,
        notes=tuple(notes),
        clinician_log=clinician_log,
        unscreened=unscreened,
        check_now=tuple(content.questions[key].check_now for key in unscreened),
        exercises_allowed=allowed,
        plan_note=_plan_note(plan, triage, flags, conditions, answers, content),
        when=content.routes[triage].when,
        outside_the_four=outside,
    )


def with_screen(
    result: AssessmentResult, answers: Mapping[str, AnswerValue], content: AssessmentContent | None = None
) -> AssessmentResult:
    """A saved result with every warning sign its answers left open listed in `unscreened` (a result saved
    before it listed them, or before a sign was asked at all), so that reopening it never shows the plain
    self-care banner for a screen that did not ask every sign asked today."""
    content = content or load_content()
    open_now = set(unscreened_signs(answers, content)) | set(result.unscreened)
    unscreened = tuple(question.id for question in content.warning_signs if question.id in open_now)
    unscreened += tuple(key for key in result.unscreened if key not in unscreened)
    if unscreened == result.unscreened:
        return result
    headline, what_to_do = result.headline, result.what_to_do
    if result.triage == SELF_CARE:
        headline, what_to_do = _what_to_do(SELF_CARE, (), unscreened, content, plan_offered=result.plan is not None)
    return replace(
        result,
        headline=headline,
        what_to_do=what_to_do,
        unscreened=unscreened,
        check_now=tuple(content.questions[key].check_now for key in unscreened),
    )


def advice_against_plan(result: AssessmentResult, plan_id: str, content: AssessmentContent | None = None) -> str:
    """Why an assessment result advises against starting `plan_id` ("" when it does not): a doctor is
    needed now, a sign forbids exercises, or the prevention plan with more than a little pain now."""
    content = content or load_content()
    if result.triage in NO_PLAN_TRIAGE:
        urgent = [flag.message for flag in result.red_flags if flag.route in NO_PLAN_TRIAGE]
        return urgent[0].rstrip(".") if urgent else _tr("it advised: {headline}").format(headline=result.headline)
    if not result.exercises_allowed:
        blocking = [flag.message for flag in result.red_flags if not _allows(flag, content)]
        if blocking:
            return _tr("it advised no exercise plan until examined ({sign})").format(sign=blocking[0])
        return _tr("it offered no exercise plan: a tear was not ruled out")
    return ""


def _allows(finding: FlagFinding, content: AssessmentContent) -> bool:
    flag = next((flag for flag in content.red_flags if flag.id == finding.id), None)
    return flag.allows_plan if flag is not None else finding.route == "see_clinician"


def fallback_against(answers: Mapping[str, AnswerValue], plan_id: str, content: AssessmentContent | None = None) -> str:
    """Why the answers advise against the general prevention plan ("" when they do not)."""
    content = content or load_content()
    pain = answers.get("pain_now")
    if plan_id == content.fallback_plan and isinstance(pain, int) and pain > content.fallback_max_pain:
        return _tr("the prevention plan is for little or no pain now, and you said {pain}/10 at rest").format(pain=pain)
    return ""


def in_language_spoken(saved: SavedAssessment) -> SavedAssessment:
    """A saved assessment worded in the language calfdesk speaks now, when its answers still give exactly the
    result it saved (the same content version, warning signs, route, timing, conditions, scores and plan);
    otherwise as it was saved, in the words the runner read then, since that is the record."""
    if saved.result.content_version != load_content().version:
        return saved
    try:
        again = assess(saved.answers)
    except InvalidInput:
        return saved
    return replace(saved, result=again) if _findings(again) == _findings(saved.result) else saved


def _findings(result: AssessmentResult) -> tuple[object, ...]:
    """What a result found, apart from its words."""
    return (
        result.content_version,
        result.triage,
        result.when,
        result.plan,
        result.exercises_allowed,
        result.outside_the_four,
        tuple((flag.id, flag.route, len(flag.because)) for flag in result.red_flags),
        tuple((match.id, round(match.score, 6), len(match.reasons), match.against) for match in result.conditions),
        tuple((factor.id, len(factor.because)) for factor in result.contributing_factors),
        (len(result.notes), len(result.unscreened), len(result.check_now)),
    )
