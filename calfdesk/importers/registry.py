"""The formats calfdesk reads, in the order they are tried: a file is read by the first format whose
signature its first bytes carry, else by the formats its suffix names (each of which may say "not mine").

Adding a format: its module declares `FORMAT` (see calfdesk.importers.format), and one line below lists it.
Every run source is registered with the domain here, so a run's source is checked without a change to the
data file; the suffixes, the names of the formats and the file dialog's filter all come from this list.
"""

from __future__ import annotations

import zlib
from pathlib import PurePath
from typing import Final

from calfdesk.domain.sources import RunSource, register_source
from calfdesk.importers import (
    apple_health,
    fit,
    garmin_csv,
    gpx,
    kml,
    polar_flow,
    polar_hrm,
    polar_ped,
    polar_rs200,
    pwx,
    runningahead,
    sigma,
    sporttracks,
    strava_csv,
    suunto_json,
    suunto_moves,
    suunto_sml,
    tcx,
    tomtom,
)
from calfdesk.importers.common import GZIP_MAGIC, HEAD_BYTES, alternatives
from calfdesk.importers.format import PACKED_SUFFIX, Format

FORMATS: Final[tuple[Format, ...]] = (
    gpx.FORMAT,
    tcx.FORMAT,
    fit.FORMAT,
    strava_csv.FORMAT,
    garmin_csv.FORMAT,
    kml.FORMAT,
    pwx.FORMAT,
    polar_hrm.FORMAT,
    sporttracks.FORMAT,
    sigma.FORMAT,
    tomtom.FORMAT,
    polar_ped.FORMAT,
    polar_rs200.FORMAT,
    polar_flow.FORMAT,
    suunto_sml.FORMAT,
    suunto_moves.FORMAT,
    suunto_json.FORMAT,
    runningahead.FORMAT,
)
# Sources of the readers of whole exports that have no file format of their own.
EXPORT_SOURCES: Final[tuple[RunSource, ...]] = (apple_health.SOURCE,)

for _source in (*(item.source for item in FORMATS), *EXPORT_SOURCES):
    register_source(_source)


def suffixes() -> tuple[str, ...]:
    """Every suffix of the formats, each once, in the order the formats are listed."""
    return tuple(dict.fromkeys(suffix for item in FORMATS for suffix in item.suffixes))


def activity_suffixes() -> tuple[str, ...]:
    """The suffixes of activity files in a folder or an archive, packed (`.gz`) ones included."""
    plain = suffixes()
    return plain + tuple(suffix + PACKED_SUFFIX for suffix in plain)


def is_activity_name(name: str) -> bool:
    return name.casefold().endswith(activity_suffixes())


def file_suffix(name: str) -> str:
    """The suffix that names a file's format: `.gpx` for `run.GPX` and for `run.gpx.gz`."""
    parts = [suffix.casefold() for suffix in PurePath(name).suffixes]
    if parts and parts[-1] == PACKED_SUFFIX:
        parts.pop()
    return parts[-1] if parts else ""


def shared_suffixes() -> tuple[str, ...]:
    """The suffixes formats share with files of other kinds (`.xml`, `.json`), each once."""
    return tuple(dict.fromkeys(suffix for item in FORMATS for suffix in item.shared_suffixes))


def has_shared_suffix(name: str) -> bool:
    """Whether a file's suffix is one of the shared ones: only its first bytes tell whether it is a run file."""
    return file_suffix(name) in shared_suffixes()


def is_signed(head: bytes) -> bool:
    """Whether a file's first bytes (packed or not) carry the signature of a format."""
    if head.startswith(GZIP_MAGIC):
        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, HEAD_BYTES)
        except zlib.error:
            return False
    return any(item.sniff is not None and item.sniff(head) for item in FORMATS)


def candidates(name: str, head: bytes) -> list[Format]:
    """The formats that may read a file, best first: those whose signature its first bytes carry, then those
    its suffix names when it carries none."""
    signed = [item for item in FORMATS if item.sniff is not None and item.sniff(head)]
    if signed:
        return signed
    suffix = file_suffix(name)
    return [item for item in FORMATS if suffix in item.suffixes]


def dialog_filter() -> str:
    """The patterns of a file dialog's filter: every format, packed files, and archives (`*.gpx *.tcx ...`)."""
    # Packed files, archives, and Apple Health's export.xml besides the formats' own suffixes.
    patterns = [*(f"*{suffix}" for suffix in (*suffixes(), *shared_suffixes())), f"*{PACKED_SUFFIX}", "*.zip", "*.xml"]
    return " ".join(dict.fromkeys(patterns))


def format_kinds() -> tuple[str, ...]:
    """The kinds of files read, each once, in the order the formats are listed: ("GPX", "TCX", "FIT", ...)."""
    return tuple(dict.fromkeys(item.kind for item in FORMATS))


def format_names() -> str:
    """The kinds of files read, for messages, in the runner's language: "GPX, TCX, FIT or CSV"."""
    return alternatives(format_kinds())
