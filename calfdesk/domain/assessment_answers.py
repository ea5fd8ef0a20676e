"""The self-assessment's answers: checking what was given against the questions (a clear message naming the
first bad key or value) and writing them back in the wizard's order."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from calfdesk.domain.assessment_content import NOT_SURE, AnswerValue, AssessmentContent, Question, load_content
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

_tr = Texts(__name__)


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
        if question.warning_sign and value == NOT_SURE:
            return NOT_SURE
        if not isinstance(value, bool):
            if question.warning_sign:
                problem = _tr('{key}: expected true, false or "not_sure", got {value}')
            else:
                problem = _tr("{key}: expected true or false, got {value}")
            raise InvalidInput(problem.format(key=key, value=_show(value)), field=key)
        return value
    if question.kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            problem = _tr("{key}: expected a whole number from {low} to {high}, got {value}")
            raise InvalidInput(
                problem.format(key=key, low=question.minimum, high=question.maximum, value=_show(value)), field=key
            )
        if not question.minimum <= value <= question.maximum:
            problem = _tr("{key}: {value} is outside the scale {low}-{high}")
            raise InvalidInput(
                problem.format(key=key, value=value, low=question.minimum, high=question.maximum), field=key
            )
        return value
    allowed = question.values
    if question.kind == "one":
        if question.accepts_not_sure and value == NOT_SURE:
            return NOT_SURE
        if not isinstance(value, str) or value not in allowed:
            problem = _tr("{key}: {value} is not one of {allowed}")
            raise InvalidInput(problem.format(key=key, value=_show(value), allowed=", ".join(allowed)), field=key)
        return value
    if not isinstance(value, list | tuple):
        problem = _tr("{key}: expected a list of values from {allowed}")
        raise InvalidInput(problem.format(key=key, allowed=", ".join(allowed)), field=key)
    ticked: list[str] = []
    for item in value:
        # An older value that the options now split is read as all of its parts (CONTRACTS.md).
        meaning = question.aliases.get(item, (item,)) if isinstance(item, str) else (item,)
        for part in meaning:
            if not isinstance(part, str) or part not in allowed:
                problem = _tr("{key}: {value} is not one of {allowed}")
                raise InvalidInput(problem.format(key=key, value=_show(part), allowed=", ".join(allowed)), field=key)
            if part not in ticked:
                ticked.append(part)
    return tuple(ticked)


def validate_answers(raw: object, content: AssessmentContent | None = None) -> dict[str, AnswerValue]:
    """Checked answers (list answers become tuples without repeats).

    Raises InvalidInput naming the first unknown key or bad value; an unanswered question is simply absent.
    """
    content = content or load_content()
    if not isinstance(raw, Mapping):
        problem = _tr("answers: expected a JSON object of answers, got {value}")
        raise InvalidInput(problem.format(value=_show(raw)), field="answers")
    answers: dict[str, AnswerValue] = {}
    for key, value in raw.items():
        question = content.questions.get(key) if isinstance(key, str) else None
        if question is None:
            raise InvalidInput(_tr("{key} is not a known answer key").format(key=_show(key)), field=str(key))
        if value is None:
            problem = _tr("{key}: null is not an answer; leave the key out if it is not answered")
            raise InvalidInput(problem.format(key=key), field=key)
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
