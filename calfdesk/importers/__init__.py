"""Readers of run files, of the formats the registry lists (calfdesk.importers.registry).

Importers depend only on the domain. This module is their boundary: `read_activity_path` opens a file the
runner chose (regular files only, size checked before reading) and `read_activity_file` reads one file's
bytes or stream; either returns every run of the file or raises `InvalidInput` naming the file and the
reason, whatever went wrong inside the format's reader, so one bad file never stops an import of many.
Readers stream their input, so memory follows the format, not the file size. Parsing libraries are
imported only when a file of their format is read.
"""

from __future__ import annotations

from pathlib import Path
from typing import IO

from calfdesk.domain.units import DistanceUnit
from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers.common import (
    HEAD_BYTES,
    MAX_FILE_BYTES,
    ImportedFile,
    alternatives,
    binary_source,
    check_not_empty,
    file_error,
    open_input_file,
    peek,
    unpacked_stream,
    unreadable,
)
from calfdesk.importers.format import FileOptions, Format, NotThisFormat, UnknownFormat, xml_root_name
from calfdesk.importers.registry import candidates, format_names

__all__ = [
    "ImportedFile",
    "detect_format",
    "open_input_file",
    "read_activity_file",
    "read_activity_path",
]

_tr = Texts(__name__)


def detect_format(name: str, data: bytes) -> str:
    """The key of the format that reads a file first, from its content (its first bytes are enough) first
    and its name second."""
    found = candidates(name, data[:HEAD_BYTES])
    if not found:
        raise _unknown(name, data)
    return found[0].key


def _unknown(name: str, head: bytes, tried: list[Format] | None = None) -> UnknownFormat:
    """The error of a file no format reads: what it seems to be, and what calfdesk reads."""
    if tried:
        kinds = alternatives(tuple(dict.fromkeys(item.kind for item in tried)))
        described = [item.description() for item in tried]
        if len(described) == 1:
            reason = _tr("a {kinds} that is not {description} (its content is not theirs)").format(
                kinds=kinds, description=described[0]
            )
        elif len(described) == 2:
            reason = _tr("a {kinds} that is neither {first} nor {second} (its content is not theirs)").format(
                kinds=kinds, first=described[0], second=described[1]
            )
        else:
            reason = _tr("a {kinds} that is none of {descriptions} (its content is not theirs)").format(
                kinds=kinds, descriptions=alternatives(described)
            )
    elif xml_root_name(head) is not None:
        reason = _tr("an XML file of a kind calfdesk does not read (it reads {formats})").format(formats=format_names())
    else:
        reason = _tr("not a {formats} activity file").format(formats=format_names())
    return UnknownFormat(name, reason)


def read_activity_path(path: Path, *, csv_unit: DistanceUnit = "km", name: str | None = None) -> ImportedFile:
    """Read every run in the file at `path` (named `name` in messages, its file name by default)."""
    label = name or path.name
    with open_input_file(path, limit=MAX_FILE_BYTES, name=label) as stream:
        return read_activity_file(label, stream, csv_unit=csv_unit)


def read_activity_file(name: str, source: bytes | IO[bytes], *, csv_unit: DistanceUnit = "km") -> ImportedFile:
    """Read every run in one file, given as bytes or as a seekable binary stream. `csv_unit` is the unit of a
    Garmin Connect CSV's distances. Any failure becomes `InvalidInput` naming the file."""
    if isinstance(source, bytes) and len(source) > MAX_FILE_BYTES:
        raise file_error(
            name,
            _tr("the file is larger than {megabytes} MB; this is not a run file").format(
                megabytes=MAX_FILE_BYTES // (1024 * 1024)
            ),
        )
    try:
        return _read(name, binary_source(source), FileOptions(csv_unit=csv_unit))
    except InvalidInput:
        raise
    except Exception as error:
        # A hostile or damaged file may trip any reader in any way; it is that file's error, not the import's.
        raise file_error(name, unreadable(error)) from None


def _read(name: str, stream: IO[bytes], options: FileOptions) -> ImportedFile:
    check_not_empty(name, stream)
    stream = unpacked_stream(name, stream)
    check_not_empty(name, stream)
    head = peek(stream)
    found = candidates(name, head)
    for item in found:
        stream.seek(0)
        try:
            return item.read(name, stream, options)
        except NotThisFormat:
            continue
    raise _unknown(name, head, found)
