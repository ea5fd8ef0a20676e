"""Writing files the runner asked for without ever leaving half a file behind.

Every output file (export, report) is written to a private temporary file beside its target, synced, and
renamed over the target only once the writer has finished without error; on any failure the temporary file is
removed and an old file under the target's name stays as it was. A process ended before it could remove its
temporary file leaves it registered, and the next start removes it (`calfdesk.leftovers`). Errors name the
target and, for a full disk, the folder whose disk is full (not the data file's).
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from calfdesk import paths
from calfdesk.errors import InvalidInput, system_reason
from calfdesk.i18n import Texts
from calfdesk.leftovers import registered
from calfdesk.storage.backup import fsync_folder

_tr = Texts(__name__)


def write_error(target: Path, error: OSError) -> InvalidInput:
    """The message for an output file that could not be written, naming its disk when that is full."""
    folder = target.parent if str(target.parent) else Path()
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        message = _tr("{target}: the disk holding {folder} is full; free some space and try again.").format(
            target=target, folder=folder.absolute()
        )
    else:
        message = _tr("{target}: cannot write the file ({reason}).").format(target=target, reason=system_reason(error))
    if target.exists():
        message = _tr("{message} The file that was there is unchanged.").format(message=message)
    return InvalidInput(message, field="path")


@contextmanager
def _temporary_beside(target: Path, mode: str) -> Iterator[tuple[IO[bytes] | IO[str], Path]]:
    folder = target.parent if str(target.parent) else Path()
    try:
        descriptor, temp_name = tempfile.mkstemp(prefix=f".{target.name}.calfdesk-", suffix=".part", dir=folder)
    except OSError as error:
        raise write_error(target, error) from None
    temp_path = Path(temp_name)
    # Registered while it exists, so the next start removes it if this process is ended before its clean-up.
    with registered(temp_path):
        yield from _written(target, folder, descriptor, temp_path, mode)


def _written(
    target: Path, folder: Path, descriptor: int, temp_path: Path, mode: str
) -> Iterator[tuple[IO[bytes] | IO[str], Path]]:
    try:
        os.chmod(descriptor, paths.FILE_MODE)
        if "b" in mode:
            stream: IO[bytes] | IO[str] = open(descriptor, mode)  # noqa: SIM115 - closed below
        else:
            stream = open(descriptor, mode, encoding="utf-8", newline="")  # noqa: SIM115 - closed below
        with stream:
            yield stream, temp_path
            stream.flush()
            os.fsync(stream.fileno())
        temp_path.replace(target)
        fsync_folder(folder)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise write_error(target, error) from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise


@contextmanager
def write_text_atomically(target: Path) -> Iterator[IO[str]]:
    """A text stream to a private temporary file that replaces `target` only when the block succeeds."""
    with _temporary_beside(target, "w") as (stream, _temp):
        yield stream  # type: ignore[misc]


def write_bytes_atomically(target: Path, data: bytes) -> None:
    """Replace `target` by `data` (private, synced), or leave it as it was."""
    with _temporary_beside(target, "wb") as (stream, _temp):
        stream.write(data)  # type: ignore[arg-type]
