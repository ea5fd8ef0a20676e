"""The self-assessment engine: checks the answers, looks for warning signs first, then scores the four
conditions with the answers behind each score, lists contributing factors and picks a plan.

Pure Python: the rules and texts come from `resources/knowledge/*.toml` (see assessment_content).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final

from calfdesk.domain.assessment_content import (
    BOOL_ANSWERS,
    TRIAGE_LEVELS,
    AnswerValue,
    AssessmentContent,
    Question,
    RedFlag,
    load_content,
)
from calfdesk.errors import InvalidInput

SELF_CARE: Final = "self_care"
NO_PLAN_TRIAGE: Final = frozenset({"emergency", "urgent"})


@dataclass(frozen=True, slots=True)
class FlagFinding:
    """A warning sign found in the answers, with the answers that raised it."""

    id: str
    route: str
    message: str
    why: str
    because: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "message": self.message,
            "route": self.route,
            "why": self.why,
            "because": list(self.because),
        }


@dataclass(frozen=True, slots=True)
class ConditionMatch:
    id: str
    name: str
    score: float
    reasons: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "score": self.score, "reasons": list(self.reasons)}


@dataclass(frozen=True, slots=True)
class FactorFinding:
    id: str
    title: str
    advice: str
    because: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "advice": self.advice, "because": list(self.because)}


@dataclass(frozen=True, slots=True)
class ClinicianLog:
    """What to write down for a clinician (compartment syndrome has no self-care plan)."""

    intro: str
    record: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"intro": self.intro, "record": list(self.record)}


@dataclass(frozen=True, slots=True)
class AssessmentResult:
    """The result shape of CONTRACTS.md ("Assessment answers"), plus optional explanatory fields."""

    triage: str
    headline: str
    what_to_do: str
    red_flags: tuple[FlagFinding, ...]
    conditions: tuple[ConditionMatch, ...]
    contributing_factors: tuple[FactorFinding, ...]
    plan: str | None
    disclaimer: str
    content_version: str
    notes: tuple[str, ...] = ()
    clinician_log: ClinicianLog | None = None

    @property
    def top(self) -> ConditionMatch:
        return self.conditions[0]

    def to_json(self) -> dict[str, Any]:
        return {
            "triage": self.triage,
            "red_flags": [flag.to_json() for flag in self.red_flags],
            "conditions": [condition.to_json() for condition in self.conditions],
            "contributing_factors": [factor.to_json() for factor in self.contributing_factors],
            "plan": self.plan,
            "disclaimer": self.disclaimer,
            "content_version": self.content_version,
            "triage_headline": self.headline,
            "triage_what_to_do": self.what_to_do,
            "notes": list(self.notes),
            "clinician_log": self.clinician_log.to_json() if self.clinician_log else None,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AssessmentResult:
        """Read back a result written by `to_json` (a saved assessment), whatever content it was made with."""
        log = data.get("clinician_log")
        return cls(
            triage=data["triage"],
            headline=data.get("triage_headline", ""),
            what_to_do=data.get("triage_what_to_do", ""),
            red_flags=tuple(
                FlagFinding(
                    id=item["id"],
                    route=item.get("route", data["triage"]),
                    message=item["message"],
                    why=item.get("why", ""),
                    because=tuple(item.get("because", ())),
                )
                for item in data["red_flags"]
            ),
            conditions=tuple(
                ConditionMatch(item["id"], item.get("name", item["id"]), float(item["score"]), tuple(item["reasons"]))
                for item in data["conditions"]
            ),
            contributing_factors=tuple(
                FactorFinding(item["id"], item.get("title", item["id"]), item["advice"], tuple(item.get("because", ())))
                for item in data["contributing_factors"]
            ),
            plan=data["plan"],
            disclaimer=data["disclaimer"],
            content_version=data.get("content_version", ""),
            notes=tuple(data.get("notes", ())),
            clinician_log=ClinicianLog(log["intro"], tuple(log["record"])) if log else None,
        )


def _show(value: object) -> str:
    """A short JSON-like rendering of a rejected value for the error message."""
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    # Unprintable characters (line and paragraph separators among them) would break the one-line message.
    text = "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in text)
    return text if len(text) <= 60 else text[:57] + "..."


def _check_value(question: Question, value: object) -> AnswerValue:
    key = question.id
    if question.kind == "bool":
        if not isinstance(value, bool):
            raise InvalidInput(f"{key}: expected true or false, got {_show(value)}", field=key)
        return value
    if question.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(
                f"{key}: expected a whole number from {question.minimum} to {question.maximum}, got {_show(value)}",
                field=key,
            )
        if not question.minimum <= value <= question.maximum:
            raise InvalidInput(
                f"{key}: {value} is outside the scale {question.minimum}-{question.maximum}",
                field=key,
            )
        return value
    allowed = question.values
    if question.kind == "one":
        if not isinstance(value, str) or value not in allowed:
            raise InvalidInput(f"{key}: {_show(value)} is not one of {', '.join(allowed)}", field=key)
        return value
    if not isinstance(value, list | tuple):
        raise InvalidInput(f"{key}: expected a list of values from {', '.join(allowed)}", field=key)
    ticked: list[str] = []
    for item in value:
        if not isinstance(item, str) or item not in allowed:
            raise InvalidInput(f"{key}: {_show(item)} is not one of {', '.join(allowed)}", field=key)
        if item not in ticked:
            ticked.append(item)
    return tuple(ticked)


def validate_answers(raw: object, content: AssessmentContent | None = None) -> dict[str, AnswerValue]:
    """Checked answers (list answers become tuples without repeats).

    Raises InvalidInput naming the first unknown key or bad value; an unanswered question is simply absent.
    """
    content = content or load_content()
    if not isinstance(raw, Mapping):
        raise InvalidInput(f"answers: expected a JSON object of answers, got {_show(raw)}", field="answers")
    answers: dict[str, AnswerValue] = {}
    for key, value in raw.items():
        question = content.questions.get(key) if isinstance(key, str) else None
        if question is None:
            raise InvalidInput(f"{_show(key)} is not a known answer key", field=str(key))
        if value is None:
            raise InvalidInput(f"{key}: null is not an answer; leave the key out if it is not answered", field=key)
        answers[key] = _check_value(question, value)
    return answers


def answers_as_json(answers: Mapping[str, AnswerValue]) -> dict[str, Any]:
    """Answers in their JSON form (lists instead of tuples), in the wizard's question order."""
    content = load_content()
    order = {question_id: index for index, question_id in enumerate(content.questions)}
    return {
        key: list(value) if isinstance(value, tuple) else value
        for key, value in sorted(answers.items(), key=lambda item: order.get(item[0], len(order)))
    }


def _said(content: AssessmentContent, key: str, value: AnswerValue) -> list[str]:
    question = content.questions[key]
    if isinstance(value, tuple):
        return [question.said_text(item) for item in value]
    return [question.said_text(value)]


def _flag_because(content: AssessmentContent, flag: RedFlag, answers: Mapping[str, AnswerValue]) -> tuple[str, ...]:
    """The answers that raised a flag (from every alternative that holds), or () when it is not raised."""
    because: list[str] = []
    tested: set[str] = set()
    for alternative in flag.when:
        if all(test.holds(answers) for test in alternative):
            for test in alternative:
                tested.add(test.answer)
                value = test.value if test.op == "includes" else answers[test.answer]
                because.extend(said for said in _said(content, test.answer, value) if said not in because)
    if not because:
        return ()
    for key in flag.also_mention:
        given = answers.get(key)
        if key not in tested and given is not None and given is not False and given != ():
            because.extend(_said(content, key, given))
    return tuple(because)


def find_red_flags(answers: Mapping[str, AnswerValue], content: AssessmentContent) -> tuple[FlagFinding, ...]:
    """The warning signs found, most serious first (content order within a route)."""
    found = [
        FlagFinding(flag.id, flag.route, flag.message, flag.why, because)
        for flag in content.red_flags
        if (because := _flag_because(content, flag, answers))
    ]
    return tuple(sorted(found, key=lambda finding: TRIAGE_LEVELS.index(finding.route)))


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
            said = content.questions[question_id].said_text(value)
            if points > 0:
                for_it.append((points, content.reason_for.format(said=said)))
            else:
                against_it.append((-points, content.reason_against.format(said=said)))
        score = round(min(max(total / content.full_marks, 0.0), 1.0), 2)
        reasons = [text for _, text in sorted(for_it, key=lambda pair: -pair[0])]
        reasons += [text for _, text in sorted(against_it, key=lambda pair: -pair[0])]
        matches.append(ConditionMatch(condition.id, condition.name, score, tuple(reasons)))
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


def choose_plan(triage: str, conditions: tuple[ConditionMatch, ...], content: AssessmentContent) -> str | None:
    """No plan for emergency or urgent results or when the best match has no plan; the general plan when
    nothing stands out; else the best match's plan."""
    if triage in NO_PLAN_TRIAGE:
        return None
    top = conditions[0]
    if top.score <= 0:
        return content.fallback_plan
    plan = content.condition(top.id).plan
    if plan is None:
        return None
    return plan if top.score >= content.plan_min_score else content.fallback_plan


def assess(raw_answers: object, content: AssessmentContent | None = None) -> AssessmentResult:
    """Run the whole assessment on a JSON answers object. Raises InvalidInput for a bad key or value."""
    content = content or load_content()
    answers = validate_answers(raw_answers, content)
    flags = find_red_flags(answers, content)
    triage = flags[0].route if flags else SELF_CARE
    conditions = score_conditions(answers, content)
    top = conditions[0]
    notes: list[str] = []
    if len(answers) < content.sparse_below:
        notes.append(content.sparse_note)
    elif top.score < content.plan_min_score:
        notes.append(content.low_scores_note)
    top_condition = content.condition(top.id)
    clinician_log = (
        ClinicianLog(content.clinician_log_intro, top_condition.clinician_log)
        if top.score > 0 and top_condition.clinician_log
        else None
    )
    route = content.routes[triage]
    return AssessmentResult(
        triage=triage,
        headline=route.headline,
        what_to_do=route.what_to_do,
        red_flags=flags,
        conditions=conditions,
        contributing_factors=find_factors(answers, content),
        plan=choose_plan(triage, conditions, content),
        disclaimer=content.disclaimer,
        content_version=content.version,
        notes=tuple(notes),
        clinician_log=clinician_log,
    )


@dataclass(frozen=True, slots=True)
class AssessmentSummary:
    """One line of the assessment history."""

    id: int
    taken_at: dt.datetime
    triage: str
    top_condition: str
    top_score: float
    plan: str | None


@dataclass(frozen=True, slots=True)
class SavedAssessment:
    """A completed assessment as saved: the answers, the result as it was shown, and when."""

    taken_at: dt.datetime
    answers: Mapping[str, AnswerValue]
    result: AssessmentResult
    id: int | None = None

    @property
    def content_version(self) -> str:
        return self.result.content_version

    def summary(self) -> AssessmentSummary:
        assert self.id is not None
        top = self.result.top
        return AssessmentSummary(self.id, self.taken_at, self.result.triage, top.id, top.score, self.result.plan)
