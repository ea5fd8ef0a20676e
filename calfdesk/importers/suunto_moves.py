"""Suunto Moveslink2's logs (`log-<serial>-<date>.xml`, kept by Moveslink2 for the Ambit watches).

The log holds what an SML's `DeviceLog` holds, a `header` then the `Samples`, side by side with no element
around them (so it is not one XML document): it is read as if they stood in one, and then exactly as an SML
(see calfdesk.importers.suunto_sml for what is read and which sports are runs). A file whose root is `header`
is taken for a Moves log only when its first bytes show a Suunto header (`Duration` and `ActivityType`).
"""

from __future__ import annotations

import io
from typing import IO, Any, Final

from calfdesk.domain.sources import RunSource
from calfdesk.i18n import Texts
from calfdesk.importers.common import ImportedFile, peek
from calfdesk.importers.format import FileOptions, Format, NotThisFormat, head_text, xml_root_name
from calfdesk.importers.suunto_sml import read_log

_tr = Texts(__name__)

ROOT: Final = "header"
HEADER_FIELDS: Final = ("<Duration>", "<ActivityType>")
# The element put around the header and the samples; a document type declaration can stand only before the
# first element, so one in the log is now misplaced and refused.
OPENING: Final = b"<moveslink2-log>"
CLOSING: Final = b"</moveslink2-log>"


def is_moves_log(head: bytes) -> bool:
    return xml_root_name(head) == ROOT and all(field in head_text(head) for field in HEADER_FIELDS)


def read_moves(name: str, stream: IO[bytes], _options: FileOptions | None = None) -> ImportedFile:
    """The log is one run, when its sport is running or it moves like one."""
    head = peek(stream)
    if not is_moves_log(head):
        raise NotThisFormat
    declaration = head[: head.index(b"?>") + 2] if head.lstrip(b"\xef\xbb\xbf").startswith(b"<?xml") else b""
    enclosed = io.BufferedReader(_Enclosed(stream, len(declaration), declaration + OPENING))
    return read_log(name, enclosed, "suunto_moves")


class _Enclosed(io.RawIOBase):
    """The log's bytes with `prefix` (its XML declaration and the opening tag) in place of its first `skip`
    bytes, and the closing tag after its last."""

    def __init__(self, inner: IO[bytes], skip: int, prefix: bytes) -> None:
        super().__init__()
        self._inner = inner
        self._skip = skip
        self._prefix = prefix
        self._parts: list[IO[bytes]] = []
        self.seek(0)

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        if offset != 0 or whence != io.SEEK_SET:
            raise io.UnsupportedOperation("a Moves log is read from its start only")
        self._inner.seek(self._skip)
        self._parts = [io.BytesIO(self._prefix), self._inner, io.BytesIO(CLOSING)]
        return 0

    def readinto(self, buffer: Any) -> int:
        while self._parts:
            data = self._parts[0].read(len(buffer))
            if data:
                buffer[: len(data)] = data
                return len(data)
            self._parts.pop(0)
        return 0


FORMAT: Final = Format(
    key="suunto_moves",
    kind="Suunto XML",
    description=lambda: _tr("a Suunto Moveslink2 log"),
    source=RunSource("suunto_moves", "Suunto Moveslink2 file", recorded=True),
    suffixes=(),
    read=read_moves,
    sniff=is_moves_log,
    shared_suffixes=(".xml",),
)
