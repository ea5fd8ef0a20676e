"""The self-assessment's answers: checking what was given against the questions (a clear message naming the
first bad key or value) and writing them back in the wizard's order."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from calfdesk.domain.assessment_content import NOT_SURE, AnswerValue, AssessmentContent, Question, load_content
from calfdesk.errors import InvalidInput


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
            expected = 'true, false or "not_sure"' if question.warning_sign else "true or false"
            raise InvalidInput(f"{key}: expected {expected}, got {_show(value)}", field=key)
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
        if question.accepts_not_sure and value == NOT_SURE:
            return NOT_SURE
        if not isinstance(value, str) or value not in allowed:
            raise InvalidInput(f"{key}: {_show(value)} is not one of {', '.join(allowed)}", field=key)
        return value
    if not isinstance(value, list | tuple):
        raise InvalidInput(f"{key}: expected a list of values from {', '.join(allowed)}", field=key)
    ticked: list[str] = []
    for item in value:
        # An older value that the options now split is read as all of its parts (CONTRACTS.md).
        meaning = question.aliases.get(item, (item,)) if isinstance(item, str) else (item,)
        for part in meaning:
            if not isinstance(part, str) or part not in allowed:
                raise InvalidInput(f"{key}: {_show(part)} is not one of {', '.join(allowed)}", field=key)
            if part not in ticked:
                ticked.append(part)
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
