"""Reading content tables (the TOML files in resources/) with checks: a missing key or a value of the wrong
kind is a ContentError naming the file and the key, so a broken file fails its content test, not the runner."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class ContentError(ValueError):
    """A resource file breaks the content format; a bug in the shipped content, not the runner's input."""


def required(data: Mapping[str, Any], key: str, kind: type, source: str) -> Any:
    """`data[key]`, which must be there and be a `kind` (a bool is not an int)."""
    if key not in data:
        raise ContentError(f"{source}: '{key}' is missing")
    value = data[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise ContentError(f"{source}: '{key}' must be a {kind.__name__}")
    return value


def optional_count(data: Mapping[str, Any], key: str, source: str) -> int | None:
    """A whole number of at least 0, or None when the key is absent."""
    value = data.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ContentError(f"{source}: '{key}' must be a whole number of at least 0")
    return value


def texts(data: Mapping[str, Any], key: str, source: str) -> tuple[str, ...]:
    """A list of one or more texts, none of them blank."""
    values = required(data, key, list, source)
    if not values or not all(isinstance(value, str) and value.strip() for value in values):
        raise ContentError(f"{source}: '{key}' must be a non-empty list of texts")
    return tuple(values)


def choice(data: Mapping[str, Any], key: str, choices: Sequence[str], source: str) -> str:
    """A text that is one of `choices`."""
    value = required(data, key, str, source)
    if value not in choices:
        raise ContentError(f"{source}: '{key}' is '{value}', expected one of {', '.join(choices)}")
    return str(value)


def paragraph(data: Mapping[str, Any], key: str, source: str) -> str:
    """A text written over several lines in the file, as one paragraph (runs of white space become one space)."""
    return " ".join(required(data, key, str, source).split())
