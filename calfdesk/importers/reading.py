"""What reading one file of a folder or an archive gives: its runs, or why it could not be read."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ParamSpec

from calfdesk.domain.units import DistanceUnit
from calfdesk.errors import InvalidInput
from calfdesk.importers.archive import Container, Entry
from calfdesk.importers.common import FileError, ImportedFile, unreadable

P = ParamSpec("P")


class Cancelled(Exception):
    """The runner asked to stop; what was finished stays."""


@dataclass(slots=True)
class SourceFile:
    """One file as the import report lists it: `label` names it inside its folder or archive."""

    label: str
    parsed: ImportedFile | None = None
    error: str | None = None
    notes: list[str] = field(default_factory=list)
    # Not an activity file (a photo, a settings file): counted, not listed.
    ignored: bool = False
    # No format reads it (another CSV, another XML), or it holds no recorded activity (a FIT file of settings):
    # ignored in a folder or an archive.
    unrecognised: bool = False


@dataclass(slots=True)
class ReadOptions:
    csv_unit: DistanceUnit = "km"
    cancelled: Callable[[], bool] | None = None
    # Told the label of each file before it is read.
    reading: Callable[[str], None] | None = None

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled

    _last: str = ""

    def announce(self, label: str) -> None:
        """Say which file is read next; stops first when cancelled (not again for the file just announced)."""
        if label == self._last:
            return
        self.check()
        self._last = label
        if self.reading is not None:
            self.reading(label)


def reason_of(error: InvalidInput, label: str) -> str:
    """The error's reason without the file it names when that is the file labelled `label` (the report names
    the file), else its whole message."""
    if isinstance(error, FileError) and label.endswith(error.name):
        return error.reason
    return str(error)


def read_guarded(label: str, read: Callable[P, SourceFile], *args: P.args, **kwargs: P.kwargs) -> SourceFile:
    """The boundary of one file of an import: whatever its reader raises (a file's own `InvalidInput`, or any
    failure a hostile or damaged file trips in any reader) becomes that file's reason, so the other files of
    the import are still read. Only the runner's Cancel goes through."""
    try:
        return read(*args, **kwargs)
    except Cancelled:
        raise
    except InvalidInput as error:
        return SourceFile(label, error=reason_of(error, label))
    except Exception as error:
        return SourceFile(label, error=unreadable(error))


def read_member(container: Container, entry: Entry, options: ReadOptions) -> SourceFile:
    """One activity file of a folder or an archive, read whole (all or nothing)."""
    from calfdesk.importers import read_activity_file, read_activity_path
    from calfdesk.importers.archive import FolderContainer
    from calfdesk.importers.format import UnknownFormat

    options.announce(entry.label)

    def read() -> SourceFile:
        try:
            if isinstance(container, FolderContainer):
                # A file on disk: opened as the runner's own files are (regular file, size first) and streamed.
                parsed = read_activity_path(container.root / entry.path, csv_unit=options.csv_unit, name=entry.label)
            else:
                parsed = read_activity_file(entry.label, container.read(entry), csv_unit=options.csv_unit)
            return SourceFile(entry.label, parsed)
        except UnknownFormat as error:
            return SourceFile(entry.label, error=reason_of(error, entry.label), unrecognised=True)

    return read_guarded(entry.label, read)
