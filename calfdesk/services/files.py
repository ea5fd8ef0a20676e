"""Writing files the runner asked for without ever leaving half a file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from calfdesk import paths
from calfdesk.errors import InvalidInput


@contextmanager
def write_text_atomically(target: Path) -> Iterator[IO[str]]:
    """A text stream to a private temporary file that replaces `target` only when the block succeeds."""
    folder = target.parent if str(target.parent) else Path()
    try:
        descriptor, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=folder)
    except OSError as error:
        raise InvalidInput(f"{target}: cannot write there ({error.strerror})", field="path") from None
    temp_path = Path(temp_name)
    os.chmod(descriptor, paths.FILE_MODE)
    try:
        with open(descriptor, "w", encoding="utf-8", newline="") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        temp_path.replace(target)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise InvalidInput(f"{target}: cannot write the file ({error.strerror})", field="path") from None
    except BaseException:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise
