"""What a path given to "Import runs" can be, and how each is read: a run file, an archive, a folder.

- A file of a format the registry lists (also packed as .gz), Apple Health's export.xml, or a zip archive.
- A zip archive or a folder, recognised by what it holds: Strava's bulk export (activities.csv and
  activities/), Garmin Connect's export (DI_CONNECT/...), Apple Health's export (export.xml and
  workout-routes/), or any mix of run files and archives, read recursively (archives two levels deep at most).
- A plugged-in Garmin watch: a folder with GARMIN/Activity (or GARMIN/ACTIVITY); only that folder is read,
  since the watch's other folders hold settings and monitoring files.

Each file read gives a `SourceFile` (its runs, or the reason it failed), in the order they are read. Files
that are not activity files (photos, other JSON, settings) are counted as ignored.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Final

from calfdesk.errors import InvalidInput
from calfdesk.i18n import Texts
from calfdesk.importers import apple_health, garmin_export, strava_export
from calfdesk.importers.archive import (
    Container,
    Entry,
    FolderContainer,
    Refused,
    cannot_be_read,
    not_regular,
    open_archive,
    open_nested,
)
from calfdesk.importers.common import FileError, cannot_read, describe_failure, file_error
from calfdesk.importers.reading import (
    Cancelled,
    ReadOptions,
    SourceFile,
    read_guarded,
    read_member,
    reason_of,
)
from calfdesk.importers.registry import has_shared_suffix, is_activity_name, is_signed

ZIP_MAGIC: Final = (b"PK\x03\x04", b"PK\x05\x06")
WATCH_FOLDERS: Final = (("GARMIN", "Activity"), ("GARMIN", "ACTIVITY"), ("Garmin", "Activity"))

_tr = Texts(__name__)


def garmin_activity_folder(root: Path) -> Path | None:
    """The Activity folder of a Garmin watch mounted at `root` (or `root` being its GARMIN folder)."""
    candidates = [root.joinpath(*parts) for parts in WATCH_FOLDERS]
    if root.name.casefold() == "garmin":
        candidates += [root / "Activity", root / "ACTIVITY"]
    for candidate in candidates:
        try:
            if stat.S_ISDIR(candidate.lstat().st_mode):
                return candidate
        except OSError:
            continue
    return None


class FileContainer(FolderContainer):
    """One file named by the runner (a link to it is followed), with its folder for the files it names."""

    def __init__(self, path: Path, label: str) -> None:
        resolved = path.resolve()
        super().__init__(resolved.parent, label="")
        self._name = resolved.name
        self._label = label

    def entries(self) -> Iterator[Entry | Refused]:
        try:
            info = (self.root / self._name).stat()
        except OSError as error:
            raise file_error(self._label, cannot_read(error)) from None
        if stat.S_ISDIR(info.st_mode):
            raise file_error(self._label, _tr("a folder"))
        if not stat.S_ISREG(info.st_mode):
            raise file_error(self._label, not_regular())
        yield Entry(self._name, info.st_size, self._label)


def _is_zip(path: Path) -> bool:
    if path.suffix.casefold() == ".zip":
        return True
    try:
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            return False
        return os.read(handle, 4) in ZIP_MAGIC
    finally:
        os.close(handle)


def read_path(path: Path, label: str, options: ReadOptions, scratch: Path) -> Iterator[SourceFile]:
    """Every file `path` holds, read in turn. Problems of the whole path come as one failed SourceFile."""
    container: Container | None = None
    try:
        if path.is_dir():
            watch = garmin_activity_folder(path)
            if watch is not None:
                container = FolderContainer(watch, label=f"{label}{os.sep}{watch.relative_to(path)}")
            else:
                container = FolderContainer(path, label=label)
        elif _is_zip(path):
            container = open_archive(path, label)
        else:
            container = FileContainer(path, label)
        yield from read_container(container, options, scratch)
    except FileError as error:
        yield SourceFile(error.name, error=error.reason)
    except InvalidInput as error:
        yield SourceFile(error.field or label, error=str(error))
    except Cancelled:
        raise
    except Exception as error:  # the whole path's boundary: listing a hostile archive or folder may fail anyhow
        yield SourceFile(label, error=cannot_be_read(describe_failure(error)))
    finally:
        if container is not None:
            container.close()


def _listing(container: Container) -> tuple[list[Entry], list[SourceFile]]:
    entries: list[Entry] = []
    refused: list[SourceFile] = []
    for item in container.entries():
        if isinstance(item, Refused):
            refused.append(SourceFile(item.label, error=item.reason))
        else:
            entries.append(item)
    return entries, refused


def _is_health_export(container: Container, entry: Entry) -> bool:
    if entry.name.casefold() != "export.xml":
        return False
    head = container.head(entry)
    return head is not None and apple_health.looks_like_export(head)


def _is_signed(container: Container, entry: Entry) -> bool:
    """Whether a file of a shared suffix (`.xml`, `.json`) is a run file: its first bytes carry a signature."""
    head = container.head(entry)
    return head is not None and is_signed(head)


def _under(entry: Entry, folder: PurePosixPath) -> bool:
    return folder in PurePosixPath(entry.path).parents


def read_container(container: Container, options: ReadOptions, scratch: Path) -> Iterator[SourceFile]:
    entries, refused = _listing(container)
    yield from refused
    explicit = isinstance(container, FileContainer)
    consumed: set[str] = set()
    consumed_folders: list[PurePosixPath] = []

    for entry in entries:
        if strava_export.is_strava_csv(container, entry):
            consumed.add(entry.path)
            consumed_folders.append(PurePosixPath(entry.path).parent / "activities")
            yield read_guarded(entry.label, strava_export.read_strava_export, container, entry, options)
        elif _is_health_export(container, entry):
            consumed.add(entry.path)
            consumed_folders.append(PurePosixPath(entry.path).parent / "workout-routes")
            yield read_guarded(entry.label, apple_health.read_export, container, entry, options)

    if garmin_export.is_garmin_export(entries):
        gear_entries = [entry for entry in entries if garmin_export.is_gear(entry)]
        gear, problems = garmin_export.read_gear(container, gear_entries)
        consumed.update(entry.path for entry in gear_entries)
        for entry in entries:
            if garmin_export.is_summary(entry):
                consumed.add(entry.path)
                item = read_guarded(entry.label, garmin_export.read_summaries, container, entry, gear, options)
                item.notes.extend(problems)
                problems = []
                yield item

    for entry in entries:
        if entry.path in consumed or any(_under(entry, folder) for folder in consumed_folders):
            continue
        if entry.is_archive:
            options.announce(entry.label)
            try:
                nested = open_nested(container, entry, scratch)
            except InvalidInput as error:
                yield SourceFile(entry.label, error=reason_of(error, entry.label))
                continue
            try:
                yield from read_container(nested, options, scratch)
            finally:
                nested.close()
        elif explicit or is_activity_name(entry.name):
            yield _member_or_ignored(container, entry, options, explicit)
        elif entry.name.casefold().endswith(".xml") and _is_health_export(container, entry):
            yield read_guarded(entry.label, apple_health.read_export, container, entry, options)
        elif has_shared_suffix(entry.name) and _is_signed(container, entry):
            yield _member_or_ignored(container, entry, options, explicit)
        else:
            yield SourceFile(entry.label, ignored=True)


def _member_or_ignored(container: Container, entry: Entry, options: ReadOptions, explicit: bool) -> SourceFile:
    """A file read as an activity file; in a folder or an archive, one no format reads or that holds no
    activity (a FIT file of settings, a Polar Flow file of sleep) is ignored rather than reported."""
    item = read_member(container, entry, options)
    if not explicit and item.unrecognised:
        return SourceFile(entry.label, ignored=True)
    return item
