"""`assess`: the guided self-assessment on a JSON answers object (CONTRACTS.md "Assessment answers").

It prints the result and writes nothing, unless `--save` asks to add it to the assessment history.
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING, Any

from calfdesk.commands import answer
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts

if TYPE_CHECKING:
    from calfdesk.domain.assessment_result import AssessmentResult

_tr = Texts(__name__)

WIDTH = 78
BAR_WIDTH = 20
# An answers object is a few hundred bytes, one level of lists deep.
MAX_ANSWERS_BYTES = 1024 * 1024
MAX_ANSWERS_DEPTH = 8
MAX_NUMBER_DIGITS = 30
_TOO_DEEP = "{name}: the JSON is nested too deeply for an answers object"


def when_words() -> dict[str, str]:
    """The fixed timing words of the triage (CLINICAL_NOTES.md section 4), in the language being spoken."""
    return {
        "now": _tr("call now"),
        "today": _tr("today"),
        "within_days": _tr("within a few days, at most a week"),
    }


def register(subparsers: Any) -> None:
    assess = subparsers.add_parser(
        "assess",
        help=_tr("run the self-assessment on a JSON answers object"),
        description=_tr(
            "Run the self-assessment on a JSON answers object (see docs/ASSESSMENT.md). "
            "Nothing is written unless --save is given."
        ),
    )
    assess.add_argument(
        "--answers", required=True, metavar="FILE", help=_tr("JSON file with the answers, or - for stdin")
    )
    assess.add_argument("--json", action="store_true", help=_tr("print the result as JSON"))
    assess.add_argument("--save", action="store_true", help=_tr("also add the result to the assessment history"))
    assess.set_defaults(handler=assess_command)


class _LongNumber(ValueError):
    """A number in the answers too long to be an answer: `digits` long."""

    def __init__(self, digits: int) -> None:
        super().__init__(digits)
        self.digits = digits


def _whole_number(text: str) -> int:
    if len(text.lstrip("-")) > MAX_NUMBER_DIGITS:
        raise _LongNumber(len(text))
    return int(text)


def _depth(value: object) -> int:
    """How deeply lists and objects nest in a parsed JSON value (a scalar is 0)."""
    deepest, pending = 0, [(value, 1)]
    while pending:
        item, level = pending.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, level)
        if deepest > MAX_ANSWERS_DEPTH:
            break
        pending.extend((child, level + 1) for child in children)
    return deepest


def read_answers(source: str) -> object:
    """The parsed JSON of a file or stdin, at most 1 MB and 8 levels deep; raises InvalidInput otherwise."""
    from calfdesk.importers.common import read_bounded, read_input_file

    name = "stdin" if source == "-" else source
    if source == "-":
        data = read_bounded(sys.stdin, limit=MAX_ANSWERS_BYTES, name=name)
    else:
        data = read_input_file(Path(source), limit=MAX_ANSWERS_BYTES, name=name)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(_tr("{name}: the file is not UTF-8 text").format(name=name), field="--answers") from None
    try:
        value = json.loads(text, parse_int=_whole_number)
    except json.JSONDecodeError as error:
        raise InvalidInput(
            _tr("{name}: not valid JSON (line {line}, column {column})").format(
                name=name, line=error.lineno, column=error.colno
            ),
            field="--answers",
        ) from None
    except RecursionError:
        raise InvalidInput(_tr(_TOO_DEEP).format(name=name), field="--answers") from None
    except _LongNumber as error:
        raise InvalidInput(
            _tr("{name}: a number of {digits} digits is not an answer; answers are small numbers").format(
                name=name, digits=error.digits
            ),
            field="--answers",
        ) from None
    if _depth(value) > MAX_ANSWERS_DEPTH:
        raise InvalidInput(_tr(_TOO_DEEP).format(name=name), field="--answers")
    return value


def assess_command(args: argparse.Namespace, data_dir: Path) -> int:
    from calfdesk.services import assessment

    answers = read_answers(args.answers)
    result = assessment.run_assessment(answers)
    if args.save:
        from calfdesk.commands import opened_database

        with opened_database(data_dir) as db:
            assessment.save_assessment(db, answers, result)
    return answer(args, result.to_json(), [result_as_text(result).rstrip("\n")])


def _wrap(text: str, indent: str = "  ", first: str | None = None) -> list[str]:
    return textwrap.wrap(text, WIDTH, initial_indent=first if first is not None else indent, subsequent_indent=indent)


def _bar(score: float) -> str:
    filled = round(score * BAR_WIDTH)
    return "[" + "#" * filled + "." * (BAR_WIDTH - filled) + "]"


def result_as_text(result: AssessmentResult) -> str:
    """A readable plain-text report of an AssessmentResult: the triage first, framed, with what to check now."""
    from calfdesk.domain.assessment_content import load_content

    content = load_content()
    rule = "=" * WIDTH
    triage = _tr("TRIAGE: {headline}").format(headline=result.headline.upper())
    lines: list[str] = [rule, *_wrap(triage, indent=""), rule]
    if result.when is not None:
        when = when_words().get(result.when, result.when)
        lines.append(_tr("When: {when}").format(when=when))
    lines += _wrap(result.what_to_do, indent="")
    if result.check_now:
        lines += ["", _tr("Check now")]
        for check in result.check_now:
            lines += _wrap(check, first="  - ", indent="    ")
    if result.red_flags:
        lines += ["", _tr("Warning signs")]
        for flag in result.red_flags:
            lines += _wrap(flag.message, first="  ! ", indent="    ")
            lines += _wrap(_tr("Why it matters: {why}").format(why=flag.why), indent="    ")
            because = _tr("Because you said: {because}.").format(because="; ".join(flag.because))
            lines += _wrap(because, indent="    ")
    if result.unscreened:
        names = [content.questions[key].sign if key in content.questions else key for key in result.unscreened]
        unanswered = _tr("Warning signs not answered yes or no: {signs}.")
        lines += ["", *_wrap(unanswered.format(signs="; ".join(names)), indent="")]
    lines.append(rule)
    if result.outside_the_four:
        # Pointing away from the four causes: no fit against them, what a clinician would look for instead.
        lines += ["", *_wrap(f"{content.outside_headline}.", indent=""), content.outside_intro]
        for item in result.outside_the_four:
            lines += _wrap(content.outside_names.get(item, item), first="  - ", indent="    ")
    else:
        fit_title = _tr("{fit_title} (best first; a fit is not a diagnosis)")
        lines += ["", fit_title.format(fit_title=content.fit_title)]
        for condition in result.conditions:
            lines.append(f"  {condition.name:<42} {_bar(condition.score)} {content.fit_words(condition.score)}")
            for reason in condition.reasons:
                lines += _wrap(reason, first="    - ", indent="      ")
    if result.clinician_log is not None:
        lines += ["", *_wrap(result.clinician_log.intro, indent="")]
        for item in result.clinician_log.record:
            lines += _wrap(item, first="  - ", indent="    ")
    if result.contributing_factors:
        lines += ["", _tr("What may have contributed")]
        for factor in result.contributing_factors:
            lines += _wrap(factor.title, first="  * ", indent="    ")
            lines += _wrap(factor.advice, indent="    ")
    lines.append("")
    if result.plan is not None:
        recommended = _tr("Recommended plan: {plan}  (start it with: calfdesk plan start {plan})")
        lines.append(recommended.format(plan=result.plan))
    else:
        lines.append(_tr("No exercise plan is offered for this result."))
        if result.plan_note:
            lines += _wrap(result.plan_note, indent="")
    for note in result.notes:
        lines += ["", *_wrap(note, indent="")]
    lines += [
        "",
        *_wrap(result.disclaimer, indent=""),
        _tr("(content version {version})").format(version=result.content_version),
        "",
    ]
    return "\n".join(lines)
