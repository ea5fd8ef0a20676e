"""Reading the objects of a large JSON document one at a time, so memory follows one object, not the file.

`stream_objects` yields each object of the arrays found under a given key (and each object of a top-level
array that does not hold that key), reading the text in chunks; `members` gives a top-level object's members
one at a time with the objects of one array one by one (`members_within` the same for an object within it).
Each object is decoded by the standard library's own decoder, so what is read is exactly what `json.loads`
would read.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from typing import Any, Final, Protocol

from calfdesk.i18n import Texts

CHUNK_CHARS: Final = 1024 * 1024
# The largest single object read; an activity's summary is a few kilobytes.
MAX_OBJECT_CHARS: Final = 64 * 1024 * 1024
_WHITESPACE: Final = " \t\r\n"
LOOKAHEAD_CHARS: Final = 64

_tr = Texts(__name__)


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class JsonTooLarge(ValueError):
    """One object of the document is larger than any the reader expects (its message is the runner's to read;
    the decoder's own errors, like those of `json.loads`, keep the standard library's English)."""


class _Text:
    """The document's text, decoded as it is read, with a position in what is held."""

    def __init__(self, stream: _Readable) -> None:
        self._stream = stream
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()
        self.text = ""
        self.position = 0
        self.ended = False

    def more(self) -> bool:
        """Read the next chunk, keeping what follows the position; False at the end of the file."""
        if self.ended:
            return False
        data = self._stream.read(CHUNK_CHARS)
        self.text = self.text[self.position :] + self._decoder.decode(data, final=not data)
        self.position = 0
        self.ended = not data
        return True

    def skip_blanks(self) -> str:
        """The next character that is not white space ("" at the end)."""
        while True:
            while self.position < len(self.text) and self.text[self.position] in _WHITESPACE:
                self.position += 1
            if self.position < len(self.text):
                return self.text[self.position]
            if not self.more():
                return ""

    def expect(self, character: str) -> None:
        if self.skip_blanks() != character:
            raise json.JSONDecodeError(f"expected '{character}'", self.text, self.position)
        self.position += 1

    def value(self) -> Any:
        """The next whole JSON value, decoded."""
        decoder = json.JSONDecoder()
        self.skip_blanks()
        # A number is decoded whole only when what follows it is held too.
        while len(self.text) - self.position < LOOKAHEAD_CHARS and self.more():
            pass
        while True:
            try:
                value, end = decoder.raw_decode(self.text, self.position)
            except json.JSONDecodeError:
                if len(self.text) - self.position > MAX_OBJECT_CHARS:
                    raise JsonTooLarge(
                        _tr("an object larger than {megabytes} MB").format(megabytes=MAX_OBJECT_CHARS // (1024 * 1024))
                    ) from None
                if not self.more():
                    raise
                continue
            # A number at the very end of what is held may go on in the next chunk.
            if end == len(self.text) and not self.ended and not isinstance(value, dict | list | str):
                self.more()
                continue
            self.position = end
            return value


def stream_objects(stream: _Readable, key: str, whole_with: str) -> Iterator[dict[str, Any]]:
    """Each object in the arrays under `key` of the objects of a top-level array (or of a top-level object);
    an object of the top level without `key` is yielded whole when it has the member `whole_with`."""
    text = _Text(stream)
    first = text.skip_blanks()
    if first == "{":
        yield from _object_members(text, key, whole_with)
    elif first == "[":
        text.position += 1
        if text.skip_blanks() == "]":
            text.position += 1
        else:
            while True:
                if text.skip_blanks() == "{":
                    yield from _object_members(text, key, whole_with)
                else:
                    text.value()
                separator = text.skip_blanks()
                text.position += 1
                if separator == "]":
                    break
                if separator != ",":
                    raise json.JSONDecodeError("expected ',' or ']'", text.text, text.position - 1)
    else:
        text.value()
    _document_end(text)


def _object_members(text: _Text, key: str, whole_with: str) -> Iterator[dict[str, Any]]:
    """One object of the top level: the objects of its `key` array one by one, or itself whole when it has no
    such key but has `whole_with` (its members other than `key` are read whole)."""
    found = False
    others: dict[str, Any] = {}
    for name in _member_names(text):
        if name == key and text.skip_blanks() == "[":
            found = True
            yield from _array_objects(text)
        else:
            others[name] = text.value()
    if not found and whole_with in others:
        yield others


def _array_objects(text: _Text) -> Iterator[dict[str, Any]]:
    text.expect("[")
    if text.skip_blanks() == "]":
        text.position += 1
        return
    while True:
        item = text.value()
        if isinstance(item, dict):
            yield item
        separator = text.skip_blanks()
        text.position += 1
        if separator == "]":
            return
        if separator != ",":
            raise json.JSONDecodeError("expected ',' or ']'", text.text, text.position - 1)


def members(stream: _Readable, spread: str) -> Iterator[tuple[str, Any]]:
    """The members of a top-level object, one at a time as (name, value): each value whole, except the array
    under `spread`, whose objects come one by one as (`spread`, object), so memory follows one of them."""
    text = _Text(stream)
    yield from _spread_members(text, spread)
    _document_end(text)


def members_within(stream: _Readable, within: str, spread: str) -> Iterator[tuple[str, Any]]:
    """The members of the object under `within` of a top-level object, as `members` gives a top-level
    object's. The top level's other members are read and passed over."""
    text = _Text(stream)
    for name in _member_names(text):
        if name == within and text.skip_blanks() == "{":
            yield from _spread_members(text, spread)
        else:
            text.value()
    _document_end(text)


def _spread_members(text: _Text, spread: str) -> Iterator[tuple[str, Any]]:
    """The members of the object that starts at the position (see `members`)."""
    for name in _member_names(text):
        if name == spread and text.skip_blanks() == "[":
            for item in _array_objects(text):
                yield spread, item
        else:
            yield name, text.value()


def _document_end(text: _Text) -> None:
    """Nothing but blanks may follow the document's value."""
    if text.skip_blanks():
        raise json.JSONDecodeError("extra data after the document", text.text, text.position)


def _member_names(text: _Text) -> Iterator[str]:
    """The names of an object's members, each followed by reading its value (which the caller does)."""
    text.expect("{")
    if text.skip_blanks() == "}":
        text.position += 1
        return
    while True:
        name = text.value()
        if not isinstance(name, str):
            raise json.JSONDecodeError("a member name that is not a string", text.text, text.position)
        text.expect(":")
        yield name
        separator = text.skip_blanks()
        text.position += 1
        if separator == "}":
            return
        if separator != ",":
            raise json.JSONDecodeError("expected ',' or '}'", text.text, text.position - 1)
