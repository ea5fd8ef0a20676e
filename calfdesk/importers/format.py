"""What an importer declares about its format: how it recognises a file (its suffixes, and its first bytes
where the format has a signature) and how it reads one. The registry (calfdesk.importers.registry) lists
the formats; nothing else names them."""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Final

from calfdesk.domain.sources import RunSource
from calfdesk.domain.units import DistanceUnit
from calfdesk.importers.common import FileError, ImportedFile

# Any format can come packed with gzip (Strava's bulk export keeps its files so): `run.gpx.gz`.
PACKED_SUFFIX: Final = ".gz"


@dataclass(frozen=True, slots=True)
class FileOptions:
    """What the runner told about the files: the unit of a Garmin Connect CSV's distances."""

    csv_unit: DistanceUnit = "km"


class NotThisFormat(Exception):
    """Raised by a reader that finds the file is not of its format after all (another CSV, another XML):
    the next format that recognises the file reads it."""


class UnknownFormat(FileError):
    """No registered format reads the file (a file of a folder or an archive that is no activity file)."""


class NotAnActivity(UnknownFormat):
    """A file of a format calfdesk reads that holds something else than a recorded activity (a FIT file of
    settings or monitoring): ignored in a folder or an archive like a file no format reads."""


# A reader: (the file's name for messages, its seekable binary stream, the options) -> its runs.
Reader = Callable[[str, IO[bytes], FileOptions], ImportedFile]


@dataclass(frozen=True, slots=True)
class Format:
    """One file format. `sniff` says from a file's first bytes (up to 4 KB) whether it is of this format; a
    format without a signature (CSV) is recognised by its suffixes, and its reader raises NotThisFormat for
    a file of that suffix it does not read. `shared_suffixes` are suffixes many other files carry too (`.xml`,
    `.json`): a file with one is taken for this format only when its first bytes carry the signature, so a
    folder or an archive reads such a file only then. `kind` names the file's kind in messages ("CSV", "XML",
    "FIT"), `description` words the file itself in the runner's language ("Strava's activities.csv")."""

    key: str
    kind: str
    description: Callable[[], str]
    source: RunSource
    suffixes: tuple[str, ...]
    read: Reader
    sniff: Callable[[bytes], bool] | None = None
    shared_suffixes: tuple[str, ...] = ()


def head_text(head: bytes) -> str:
    """The first bytes of a text file as text (UTF-8 or UTF-16 with a byte-order mark), without leading blanks."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return stripped.decode("utf-16", "replace").lstrip()
    return stripped.decode("utf-8", "replace")


_ELEMENT: Final = re.compile(r"<([A-Za-z_][\w.:-]*)")


def xml_root_name(head: bytes) -> str | None:
    """The local name of the root element of an XML file, from its first bytes; None when it is not XML or
    the root does not start within them."""
    text = head_text(head)
    position = 0
    while (start := text.find("<", position)) >= 0:
        for opening, closing in (("<?", "?>"), ("<!--", "-->"), ("<!", ">")):
            if text.startswith(opening, start):
                end = text.find(closing, start)
                if end < 0:
                    return None
                position = end + len(closing)
                break
        else:
            match = _ELEMENT.match(text, start)
            return match.group(1).rsplit(":", 1)[-1] if match else None
    return None


def xml_root(*names: str) -> Callable[[bytes], bool]:
    """A sniffer for XML whose root element (under any namespace prefix) is one of `names`."""
    return lambda head: xml_root_name(head) in names
