"""Reading content tables (the TOML files in resources/) with checks: a missing key or a value of the wrong
kind is a ContentError naming the file and the key, so a broken file fails its content test, not the runner.

The checks that also read the plan files a clinician writes (`calfdesk.domain.rehab.plan_files`) word their
problem in the runner's language and keep the table and the key apart (`refused`), so the plan file's reader
names the line and the field without reading the message back."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from calfdesk.i18n import Texts

_tr = Texts(__name__)


class ContentError(ValueError):
    """A resource file breaks the content format; a bug in the shipped content, not the runner's input.

    `source` names the file or table (`plan phases[2].items[3]`), `key` the key at fault and `problem` what is
    wrong with it, where the check says them apart (`refused`); otherwise the message alone."""

    def __init__(self, message: str, *, source: str = "", key: str | None = None, problem: str = "") -> None:
        super().__init__(message)
        self.source = source
        self.key = key
        self.problem = problem or message


def refused(source: str, problem: str, key: str | None = None) -> ContentError:
    """A table's problem, `source: 'key' problem`, with its parts kept for a reader that places them."""
    message = f"{source}: '{key}' {problem}" if key is not None else f"{source}: {problem}"
    return ContentError(message, source=source, key=key, problem=problem)


# What a key must hold, by the kind `required` checks for.
_KINDS: Final[Mapping[type, str]] = {
    int: "must be a whole number",
    str: "must be text",
    list: "must be a list",
    dict: "must be a table",
}


def required(data: Mapping[str, Any], key: str, kind: type, source: str) -> Any:
    """`data[key]`, which must be there and be a `kind` (a bool is not an int)."""
    if key not in data:
        raise refused(source, _tr("is missing"), key)
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise refused(source, _tr(_KINDS[kind]), key)
    return value


def optional_count(data: Mapping[str, Any], key: str, source: str) -> int | None:
    """A whole number of at least 0, or None when the key is absent."""
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise refused(source, _tr("must be a whole number of at least 0"), key)
    return value


def texts(data: Mapping[str, Any], key: str, source: str) -> tuple[str, ...]:
    """A list of one or more texts, none of them blank."""
    values = required(data, key, list, source)
    if not values or not all(isinstance(value, str) and value.strip() for value in values):
        raise refused(source, _tr("must be a non-empty list of texts"), key)
    return tuple(values)


def choice(data: Mapping[str, Any], key: str, choices: Sequence[str], source: str) -> str:
    """A text that is one of `choices`."""
    value = required(data, key, str, source)
    if value not in choices:
        raise refused(
            source, _tr("is '{value}', expected one of {choices}").format(value=value, choices=", ".join(choices)), key
        )
    return str(value)


def paragraph(data: Mapping[str, Any], key: str, source: str) -> str:
    """A text written over several lines in the file, as one paragraph (runs of white space become one space)."""
    return " ".join(required(data, key, str, source).split())
