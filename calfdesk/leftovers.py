"""The leftovers register: every temporary file calfdesk writes, and its removal after an interrupted write.

An export or a report is written as `.NAME.calfdesk-XXXXXXXX.part` beside its target, a backup as
`.NAME.PID.partial` in `backups/`, a restore's incoming copy as `.calfdesk.sqlite3.restoring-PID` and the
upgraded copy of an older file being checked as `.calfdesk.sqlite3.checking-PID`, a copy of the data folder as
`.calfdesk.sqlite3.moving` in the new folder, settings as `.settings.XXXXXXXX` beside `settings.json`, and an
import's copies of nested archives (or a check without a data folder) in a private `calfdesk-import-…`
(`calfdesk-check-…`) folder of the system's temporary folder. A process ended by a signal (Ctrl-C after the
grace period, SIGKILL, a power cut) leaves them behind. So each is registered while it exists: a small record
in the user's state folder (`pending/`, 0700) names its path and is `flock`ed by the writing process for as
long as it writes. The operating system drops that lock when the process ends, however it ends, so a record
whose lock can be taken belongs to a process that is gone and what it names is a leftover. Every start removes
those (`remove_stale`), and nothing else: never a file by its name alone (the runner's own `.settings.bak` or
`backups/.notes.partial.txt` stay), only names of the kinds above that a record names, never a file a live
process holds, and never through a symbolic link (a file that is one, or a folder on its path that became one
after it was recorded).
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final

from calfdesk import paths

RECORD_SUFFIX: Final = ".pending"
MAX_RECORD_BYTES: Final = 8192
# The temporary names calfdesk makes; a record naming anything else removes nothing.
TEMPORARY_NAMES: Final = re.compile(
    r"\..+\.calfdesk-[A-Za-z0-9_]+\.part"  # an export or a report (services.files)
    r"|\.calfdesk-.+\.sqlite3\.\d+\.partial"  # a backup (storage.backup)
    r"|\.calfdesk\.sqlite3\.(?:restoring|checking)-\d+"  # a restore's copy, a checked copy (storage)
    r"|\.calfdesk\.sqlite3\.moving"  # a copy of the data folder (services.data_folder)
    r"|\.settings\.[A-Za-z0-9_]{8}",  # a settings save (settings)
    re.DOTALL,
)
SCRATCH_NAME: Final = re.compile(r"calfdesk-(import|check)-[A-Za-z0-9_]+")


def ledger_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_state_dir("calfdesk", appauthor=False)) / "pending"


def _is_scratch_folder(path: Path) -> bool:
    """A private folder calfdesk makes in the system's temporary folder (for the copies of archives nested in
    an import, or of a backup whose tables are checked)."""
    import tempfile

    return bool(SCRATCH_NAME.fullmatch(path.name)) and path.parent == Path(tempfile.gettempdir())


def is_calfdesk_temporary(path: Path) -> bool:
    return bool(TEMPORARY_NAMES.fullmatch(path.name)) or _is_scratch_folder(path)


@contextmanager
def registered(path: Path) -> Iterator[None]:
    """Hold a record of the temporary file `path` while the block runs (see the module's text). A record that
    cannot be written never stops the runner's work: the file is then only removed by the block's own
    clean-up, as before."""
    if sys.platform == "win32" or not is_calfdesk_temporary(path):
        yield
        return
    import fcntl

    folder = ledger_dir()
    import secrets  # the start-up reads records; only work that leaves files behind writes one

    record = folder / f"{os.getpid()}-{secrets.token_hex(8)}{RECORD_SUFFIX}"
    descriptor: int | None = None
    try:
        # Records name files the runner chose: the folders calfdesk makes for them are its owner's only.
        paths.ensure_private_dir(folder.parent)
        paths.ensure_private_dir(folder)
        # Written and locked under a name the clean-up does not read, then renamed: it never sees it unlocked.
        writing = record.with_suffix(".writing")
        descriptor = os.open(writing, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        # Its folder as it really is now: the clean-up refuses a path whose folders changed into links since.
        os.write(descriptor, os.fsencode(str(Path(os.path.realpath(path.parent)) / path.name)))
        writing.replace(record)
    except OSError:
        if descriptor is not None:
            os.close(descriptor)
            with contextlib.suppress(OSError):
                record.with_suffix(".writing").unlink()
        descriptor = None
    try:
        yield
    finally:
        if descriptor is not None:
            with contextlib.suppress(OSError):
                record.unlink()
            os.close(descriptor)


def _remove(path: Path) -> bool:
    if os.path.realpath(path.parent) != str(path.parent):
        return False  # a folder on its path is now a link: it may lead out of where calfdesk wrote
    if _is_scratch_folder(path):
        if path.is_symlink() or not path.is_dir():
            return False
        import shutil

        shutil.rmtree(path, ignore_errors=True)
        return not path.exists()
    removed = False
    for leftover in (path, path.with_name(path.name + "-journal")):
        with contextlib.suppress(FileNotFoundError):
            if leftover.is_symlink() or not leftover.is_file():
                continue
            leftover.unlink()
            removed = True
    return removed


def remove_stale() -> list[Path]:
    """Remove the temporary files of registered writes whose process has ended; returns those removed. Cheap
    when nothing is pending (one look at a folder that usually does not exist)."""
    if sys.platform == "win32":
        return []
    import fcntl

    folder = ledger_dir()
    try:
        # `.writing`: a record whose writer ended before it was complete.
        records = [*folder.glob(f"*{RECORD_SUFFIX}"), *folder.glob("*.writing")]
    except OSError:
        return []
    removed = []
    for record in records:
        try:
            descriptor = os.open(record, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
        except OSError:
            continue
        try:
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                continue  # its writer is still at work
            target = Path(os.fsdecode(os.read(descriptor, MAX_RECORD_BYTES)))
            if target.is_absolute() and is_calfdesk_temporary(target) and _remove(target):
                removed.append(target)
            with contextlib.suppress(OSError):
                record.unlink()
        except OSError:
            continue
        finally:
            os.close(descriptor)
    return removed
