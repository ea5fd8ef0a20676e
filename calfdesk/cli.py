"""The `calfdesk` command. With no sub-command it opens the window; sub-commands never import Qt.

Exit status (CONTRACTS.md): 0 success, 2 invalid input, 3 a data-file problem; one line on stderr, no
traceback, and nothing written for either.
"""

from __future__ import annotations

import _thread
import argparse
import gc
import importlib
import os
import signal
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

from calfdesk import __version__
from calfdesk.errors import InvalidInput, StorageError
from calfdesk.i18n import Texts
from calfdesk.words import arguments

_tr = Texts(__name__)

EXIT_OK: Final = 0
EXIT_INVALID: Final = 2
EXIT_STORAGE: Final = 3
# As a shell reports a program ended by Ctrl-C (128 + SIGINT).
EXIT_INTERRUPTED: Final = 130
# How long Ctrl-C waits for the command to stop cleanly before it is ended (SQLite may be waiting for a lock).
INTERRUPT_GRACE_S: Final = 0.5

# Each module has `register(subparsers)` and sets `handler(args, data_dir) -> int` on its parsers.
COMMAND_MODULES: Final = (
    "calfdesk.commands.diary",
    "calfdesk.commands.backup",
    "calfdesk.commands.assess",
    "calfdesk.commands.training",
    "calfdesk.commands.rehab",
    "calfdesk.commands.report",
    "calfdesk.commands.ready",
    "calfdesk.commands.measure",
)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit 2, the contract's invalid input."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_INVALID, f"calfdesk: {' '.join(message.splitlines())}\n")


def _window_parser(*, add_help: bool = True) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="calfdesk", description=_tr("Calf and Achilles pain companion for runners."), add_help=add_help
    )
    parser.add_argument("--version", action="version", version=f"calfdesk {__version__}")
    parser.add_argument(
        "--data-dir", metavar="DIR", help=_tr("folder holding calfdesk.sqlite3 (default: your data folder)")
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help=_tr("open the window, wait until it has painted and loaded, then exit"),
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help=_tr("start in the tray without opening the window (when reminders are on and the desktop has a tray)"),
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _window_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def _one_line(error: Exception) -> str:
    """The contract's one line, even when the message quotes text holding line breaks or terminal controls."""
    from calfdesk.commands import printable

    return printable(error)


def _is_command(arguments: Sequence[str]) -> bool:
    """Whether these arguments run a sub-command (the window handles Ctrl-C its own way)."""
    return bool(_window_parser(add_help=False).parse_known_args(list(arguments))[1])


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Without a sub-command (the window) the command modules are not even imported: start-up is felt."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    window_args, rest = _window_parser(add_help=False).parse_known_args(arguments)
    if not rest:
        window_args.command = None
        return window_args
    _speak(window_args.data_dir)
    return build_parser().parse_args(arguments)


def _speak(data_dir: str | None) -> None:
    """A command's text output speaks the runner's language, its help included (JSON keys, ids and CSV never
    change with it)."""
    from calfdesk.paths import data_dir_overridden
    from calfdesk.settings import load_settings, resolve_data_dir, speak

    speak(load_settings(resolve_data_dir(data_dir), overridden=data_dir_overridden(data_dir)))
    arguments.install()


_interrupt_reported = threading.Event()


def _interrupted() -> int:
    if not _interrupt_reported.is_set():
        _interrupt_reported.set()
        print(_tr("calfdesk: interrupted; what was saved before stays saved"), file=sys.stderr, flush=True)
    return EXIT_INTERRUPTED


def _stop_promptly_on_ctrl_c() -> None:
    """Ctrl-C ends a command within INTERRUPT_GRACE_S with one line and exit 130, even while SQLite waits for a
    lock or a disk (Python runs its own handler only between statements). A thread waits for the signal,
    asks the command to stop, and ends the process if it has not stopped in time; SQLite's log keeps the data
    file whole either way."""
    if not hasattr(signal, "pthread_sigmask"):
        return
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})

    def watch() -> None:
        signal.sigwait({signal.SIGINT})
        _thread.interrupt_main()
        time.sleep(INTERRUPT_GRACE_S)
        _interrupted()
        os._exit(EXIT_INTERRUPTED)

    threading.Thread(target=watch, name="ctrl-c", daemon=True).start()


def main(argv: Sequence[str] | None = None) -> int:
    """Run `calfdesk` with `argv` (default: the program's arguments).

    Called without `argv`, this is the program itself and ends right after: objects are then left to the
    operating system rather than to the collector's final sweep over every module ever imported.
    """
    command = argv is None and _is_command(sys.argv[1:])
    if command:
        _stop_promptly_on_ctrl_c()
    try:
        code = _main(argv)
    except KeyboardInterrupt:
        if not command:
            raise
        code = _interrupted()
    if argv is None:
        gc.freeze()
    return code


def _main(argv: Sequence[str] | None) -> int:
    args = _parse(argv)
    from calfdesk.paths import data_dir_overridden
    from calfdesk.settings import resolve_data_dir

    data_dir: Path = resolve_data_dir(args.data_dir)
    if args.command is None:
        # The window's opening frame is painted before SQLAlchemy and the pages are imported (ui.shell.app).
        from calfdesk.ui.shell.app import run_gui

        return run_gui(
            data_dir, smoke=args.smoke, tray=args.tray, data_dir_overridden=data_dir_overridden(args.data_dir)
        )
    try:
        from calfdesk.services.backups import apply_retention_for

        # The runner's backup retention (Preferences) holds for the daily backup a command may take.
        apply_retention_for(data_dir, overridden=data_dir_overridden(args.data_dir))
        handler: Callable[[argparse.Namespace, Path], int] = args.handler
        code = handler(args, data_dir)
    except InvalidInput as error:
        print(f"calfdesk: {_one_line(error)}", file=sys.stderr)
        return EXIT_INVALID
    except StorageError as error:
        print(f"calfdesk: {_one_line(error)}", file=sys.stderr)
        return EXIT_STORAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return _interrupted()
    if code == EXIT_OK:
        from calfdesk.commands import printable
        from calfdesk.paths import exposure_warning

        warning = exposure_warning(data_dir)
        if warning is not None:
            print(_tr("calfdesk: warning: {warning}").format(warning=printable(warning)), file=sys.stderr)
    return code
