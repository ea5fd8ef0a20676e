"""Folders and zip archives read as streams, safely.

Nothing is extracted: members are read from the archive as streams, and an archive inside an archive is
copied only into an unnamed temporary file in a private folder (0700) that is removed afterwards. What a
hostile archive can try is refused with a message naming the archive and the member:

- more members than any export holds (counted from the archive's end record, before the directory is read),
- a member that declares an unpacking ratio no real file has, or more bytes than it may hold,
- members that overlap one another (the compressed bytes add up to more than the archive),
- names with `..`, absolute names, symbolic links, encrypted members,
- archives nested more than two levels deep, and archives or members that are truncated or damaged.

In folders, symbolic links are not followed and only regular files are read.
"""

from __future__ import annotations

import errno
import os
import shutil
import stat
import struct
import tempfile
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import IO, Final, Protocol, Self

from calfdesk.errors import InvalidInput, system_reason
from calfdesk.i18n import Texts, number
from calfdesk.importers.common import file_error

MAX_MEMBERS: Final = 100_000
MAX_DEPTH: Final = 2
MAX_RATIO: Final = 200
RATIO_CHECK_BYTES: Final = 1024 * 1024
MAX_READ_BYTES: Final = 256 * 1024 * 1024
HEAD_BYTES: Final = 64 * 1024
MAX_STREAM_BYTES: Final = 16 * 1024**3
MAX_NESTED_BYTES: Final = 4 * 1024**3
MAX_TOTAL_BYTES: Final = 64 * 1024**3
SPOOL_IN_MEMORY_BYTES: Final = 32 * 1024 * 1024
COPY_CHUNK: Final = 1024 * 1024
SEPARATOR: Final = " › "
_EOCD: Final = b"PK\x05\x06"
_ZIP64_LOCATOR: Final = b"PK\x06\x07"
_ZIP64_EOCD: Final = b"PK\x06\x06"

_tr = Texts(__name__)


class ReadStream(Protocol):
    """What a member opens as: a binary stream read in pieces."""

    def read(self, size: int = -1, /) -> bytes: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None, /
    ) -> bool | None: ...


def joined(*parts: str) -> str:
    """How a member is named in messages: `export.zip › activities/1.fit.gz`."""
    return SEPARATOR.join(part for part in parts if part)


def cannot_be_read(problem: object) -> str:
    """The reason of a file or member that cannot be read, with the system's or the library's own words."""
    return _tr("cannot be read ({problem})").format(problem=problem)


def not_regular() -> str:
    return _tr("not a regular file (a device, pipe or socket); not read")


def _larger_than(limit: int) -> str:
    return _tr("larger than {megabytes} MB; not an activity file").format(megabytes=limit // (1024 * 1024))


@dataclass(frozen=True, slots=True)
class Entry:
    """One file in a folder or an archive. `path` is "/"-separated inside its container."""

    path: str
    size: int
    label: str

    @property
    def name(self) -> str:
        return PurePosixPath(self.path).name

    @property
    def is_archive(self) -> bool:
        return self.path.casefold().endswith(".zip")


@dataclass(frozen=True, slots=True)
class Refused:
    """A member that is not read, and why."""

    label: str
    reason: str


class Container:
    """A folder or an archive: its entries, read as streams."""

    label: str
    depth: int

    def entries(self) -> Iterator[Entry | Refused]:
        raise NotImplementedError

    def open(self, entry: Entry) -> ReadStream:
        raise NotImplementedError

    def find(self, path: str) -> Entry | None:
        """The entry at `path` ("/"-separated) when it is there and may be read."""
        raise NotImplementedError

    def close(self) -> None:
        """Nothing to release by default."""

    def head(self, entry: Entry, size: int = HEAD_BYTES) -> bytes | None:
        """The first `size` bytes of `entry`, to tell what kind of file it is; None when it cannot be read."""
        try:
            with self.open(entry) as stream:
                return stream.read(size)
        except InvalidInput:
            return None

    def read(self, entry: Entry, limit: int = MAX_READ_BYTES) -> bytes:
        """The whole member, refused when it is larger than `limit`."""
        if entry.size > limit:
            raise file_error(entry.label, _larger_than(limit))
        with self.open(entry) as stream:
            data = _guarded(entry.label, stream.read, limit + 1)
        if len(data) > limit:
            raise file_error(entry.label, _larger_than(limit))
        return data


def _guarded(label: str, read: Callable[[int], bytes], size: int) -> bytes:
    """Run a read of a member, turning the archive library's errors into a message naming the member."""
    try:
        result = read(size)
    except (zipfile.BadZipFile, zlib.error, EOFError) as error:
        raise file_error(
            label, _tr("the member is damaged or cut short ({problem})").format(problem=error or type(error).__name__)
        ) from None
    except OSError as error:
        raise file_error(label, cannot_be_read(system_reason(error))) from None
    return result


class FolderContainer(Container):
    """A folder, walked recursively without following symbolic links."""

    def __init__(self, root: Path, label: str | None = None) -> None:
        self.root = root
        self.label = label or root.name or str(root)
        self.depth = 0

    def entries(self) -> Iterator[Entry | Refused]:
        seen = 0
        pending = [(self.root, "")]
        while pending:
            folder, prefix = pending.pop()
            try:
                with os.scandir(folder) as listing:
                    items = sorted(listing, key=lambda item: item.name)
            except OSError as error:
                yield Refused(
                    joined(self.label, prefix.rstrip("/")),
                    _tr("cannot be listed ({problem})").format(problem=system_reason(error)),
                )
                continue
            subfolders = []
            for item in items:
                relative = prefix + item.name
                label = joined(self.label, relative)
                try:
                    info = item.stat(follow_symlinks=False)
                except OSError as error:
                    yield Refused(label, cannot_be_read(system_reason(error)))
                    continue
                if stat.S_ISLNK(info.st_mode):
                    yield Refused(label, _tr("a symbolic link; links are not followed"))
                elif stat.S_ISDIR(info.st_mode):
                    subfolders.append((Path(item.path), relative + "/"))
                elif not stat.S_ISREG(info.st_mode):
                    yield Refused(label, not_regular())
                else:
                    seen += 1
                    if seen > MAX_MEMBERS:
                        raise file_error(
                            self.label,
                            _tr("holds more than {count} files; choose a smaller folder").format(
                                count=number(MAX_MEMBERS, 0, grouped=True)
                            ),
                        )
                    yield Entry(relative, info.st_size, label)
            pending.extend(reversed(subfolders))

    def find(self, path: str) -> Entry | None:
        if _unsafe_name(path) is not None:
            return None
        try:
            info = (self.root / path).lstat()
            inside = (self.root / path).resolve().is_relative_to(self.root.resolve())
        except OSError:
            return None
        if not inside:
            return None
        if not stat.S_ISREG(info.st_mode):
            return None
        return Entry(path, info.st_size, joined(self.label, path))

    def open(self, entry: Entry) -> ReadStream:
        path = self.root / entry.path
        try:
            handle = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
        except OSError as error:
            raise file_error(entry.label, cannot_be_read(system_reason(error))) from None
        stream = os.fdopen(handle, "rb")
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            stream.close()
            raise file_error(entry.label, _tr("not a regular file; not read"))
        return stream


def _declared_members(stream: IO[bytes], label: str) -> int:
    """The member count the archive's end record declares, read before the whole directory is."""
    stream.seek(0, os.SEEK_END)
    size = stream.tell()
    tail_size = min(size, 65_535 + 22)
    stream.seek(size - tail_size)
    tail = stream.read(tail_size)
    position = tail.rfind(_EOCD)
    if position < 0 or len(tail) - position < 22:
        raise file_error(label, _tr("not a zip archive, or a damaged or incomplete one; download or copy it again"))
    count = struct.unpack("<H", tail[position + 10 : position + 12])[0]
    if count == 0xFFFF and position >= 20 and tail[position - 20 : position - 16] == _ZIP64_LOCATOR:
        record_offset = struct.unpack("<Q", tail[position - 12 : position - 4])[0]
        stream.seek(record_offset)
        record = stream.read(56)
        if len(record) == 56 and record[:4] == _ZIP64_EOCD:
            count = struct.unpack("<Q", record[32:40])[0]
    return int(count)


def _too_many(members: int) -> str:
    return _tr("holds {count} members; more than {limit} is not an activity export").format(
        count=number(members, 0, grouped=True), limit=number(MAX_MEMBERS, 0, grouped=True)
    )


def _unsafe_name(name: str) -> str | None:
    text = name.replace("\\", "/")
    if text.startswith("/") or (len(text) > 1 and text[1] == ":"):
        return _tr("an absolute name; refused")
    if ".." in text.split("/"):
        return _tr("a name that climbs out of the archive ('..'); refused")
    if "\x00" in text:
        return _tr("a name with a NUL character; refused")
    return None


class ZipContainer(Container):
    """A zip archive on disk or in a seekable stream; members are read as streams."""

    def __init__(self, stream: IO[bytes], label: str, depth: int = 1) -> None:
        self.label = label
        self.depth = depth
        self._stream = stream
        members = _declared_members(stream, label)
        if members > MAX_MEMBERS:
            raise file_error(label, _too_many(members))
        stream.seek(0, os.SEEK_END)
        self._archive_size = stream.tell()
        stream.seek(0)
        try:
            self._zip = zipfile.ZipFile(stream)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as error:
            raise file_error(
                label,
                _tr("a damaged or incomplete zip archive ({problem}); download or copy it again").format(problem=error),
            ) from None
        infos = self._zip.infolist()
        if len(infos) > MAX_MEMBERS:
            raise file_error(label, _too_many(len(infos)))
        packed = sum(info.compress_size for info in infos)
        if packed > self._archive_size:
            raise file_error(label, _tr("its members overlap one another (a zip bomb); refused"))
        total = sum(info.file_size for info in infos)
        if total > MAX_TOTAL_BYTES:
            raise file_error(
                label,
                _tr("declares {gigabytes} GB of contents; refused as a zip bomb").format(
                    gigabytes=number(total / 1024**3, 0)
                ),
            )
        self._infos = {info.filename: info for info in infos}
        # A name held by several members: which one is the real file cannot be told, so none is read (a zip
        # reader would silently take the last).
        counts = Counter(info.filename for info in infos)
        self._duplicates = {name: count for name, count in counts.items() if count > 1}

    def entries(self) -> Iterator[Entry | Refused]:
        for info in self._infos.values():
            if info.is_dir():
                continue
            label = joined(self.label, info.filename)
            reason = _unsafe_name(info.filename) or self._duplicate(info.filename) or self._unsafe_member(info)
            if reason is not None:
                yield Refused(label, reason)
                continue
            yield Entry(info.filename, info.file_size, label)

    def _duplicate(self, name: str) -> str | None:
        count = self._duplicates.get(name)
        return (
            _tr("the archive holds {count} members of this name; none is read").format(count=count) if count else None
        )

    @staticmethod
    def _unsafe_member(info: zipfile.ZipInfo) -> str | None:
        mode = info.external_attr >> 16
        if info.create_system == 3 and stat.S_ISLNK(mode):
            return _tr("a symbolic link; refused")
        if info.flag_bits & 0x1:
            return _tr("encrypted; calfdesk cannot read it")
        if info.file_size > RATIO_CHECK_BYTES and info.file_size > MAX_RATIO * max(1, info.compress_size):
            ratio = info.file_size / max(1, info.compress_size)
            return _tr("unpacks {ratio} times its packed size; refused as a zip bomb").format(
                ratio=number(ratio, 0, grouped=True)
            )
        if info.file_size > MAX_STREAM_BYTES:
            return _tr("declares {gigabytes} GB; refused").format(gigabytes=number(info.file_size / 1024**3, 0))
        return None

    def find(self, path: str) -> Entry | None:
        info = self._infos.get(path)
        if info is None or info.is_dir() or _unsafe_name(path) or self._duplicate(path) or self._unsafe_member(info):
            return None
        return Entry(path, info.file_size, joined(self.label, path))

    def open(self, entry: Entry) -> ReadStream:
        info = self._infos[entry.path]
        try:
            return _BoundedMember(self._zip.open(info), entry.label, info.file_size)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
            raise file_error(entry.label, _tr("cannot be opened ({problem})").format(problem=error)) from None

    def close(self) -> None:
        self._zip.close()
        self._stream.close()


class _BoundedMember:
    """A member stream that stops at its declared size and reports damage with the member's name."""

    def __init__(self, inner: IO[bytes], label: str, declared: int) -> None:
        self._inner = inner
        self._label = label
        self._left = declared + 1  # one byte more shows a member that says less than it holds

    def read(self, size: int = -1) -> bytes:
        if size is None or size < 0:
            size = self._left
        data = _guarded(self._label, self._inner.read, min(size, self._left))
        self._left -= len(data)
        if self._left <= 0:
            raise file_error(self._label, _tr("the member holds more than it declares; refused"))
        return data

    def close(self) -> None:
        self._inner.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None, /
    ) -> None:
        self.close()


@contextmanager
def scratch_folder() -> Iterator[Path]:
    """A private temporary folder (0700) for the copies of nested archives; removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="calfdesk-import-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def open_archive(path: Path, label: str | None = None) -> ZipContainer:
    """A zip file on disk (depth 1)."""
    name = label or path.name
    try:
        stream = path.open("rb")
    except OSError as error:
        raise file_error(name, cannot_be_read(system_reason(error))) from None
    try:
        return ZipContainer(stream, name)
    except BaseException:
        stream.close()
        raise


def open_nested(container: Container, entry: Entry, scratch: Path) -> ZipContainer:
    """An archive inside `container`, copied as a stream into an unnamed file in `scratch`."""
    depth = container.depth + 1
    if depth > MAX_DEPTH:
        raise file_error(
            entry.label, _tr("an archive nested more than {levels} levels deep; refused").format(levels=MAX_DEPTH)
        )
    if entry.size > MAX_NESTED_BYTES:
        raise file_error(
            entry.label,
            _tr("an inner archive larger than {gigabytes} GB; refused").format(gigabytes=MAX_NESTED_BYTES // 1024**3),
        )
    copy = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY_BYTES, dir=str(scratch))  # noqa: SIM115
    try:
        with container.open(entry) as source:
            while chunk := source.read(COPY_CHUNK):
                copy.write(chunk)
        copy.seek(0)
        return ZipContainer(copy, entry.label, depth)
    except OSError as error:
        copy.close()
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            # The copy goes to the system's temporary folder, which may be on another disk than the data file.
            raise file_error(
                entry.label,
                _tr("the disk holding the temporary folder {folder} is full; free some space there").format(
                    folder=scratch.parent
                ),
            ) from None
        raise
    except BaseException:
        copy.close()
        raise
