"""The `calfdesk` command. With no sub-command it opens the window; sub-commands never import Qt.

Exit status (CONTRACTS.md): 0 success, 2 invalid input, 3 a data-file problem; one line on stderr, no
traceback, and nothing written for either.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Final

from calfdesk import __version__
from calfdesk.errors import InvalidInput, StorageError

EXIT_OK: Final = 0
EXIT_INVALID: Final = 2
EXIT_STORAGE: Final = 3

# Each module has `register(subparsers)` and sets `handler(args, data_dir) -> int` on its parsers.
COMMAND_MODULES: Final = (
    "calfdesk.commands.diary",
    "calfdesk.commands.backup",
    "calfdesk.commands.assess",
    "calfdesk.commands.training",
    "calfdesk.commands.rehab",
    "calfdesk.commands.report",
)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line and exit 2, the contract's invalid input."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_INVALID, f"calfdesk: {' '.join(message.splitlines())}\n")


def _window_parser(*, add_help: bool = True) -> argparse.ArgumentParser:
    parser = _Parser(prog="calfdesk", description="Calf and Achilles pain companion for runners.", add_help=add_help)
    parser.add_argument("--version", action="version", version=f"calfdesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="folder holding calfdesk.sqlite3 (default: your data folder)")
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open the window, wait until it has painted and loaded, then exit",
    )
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start in the tray without opening the window (when reminders are on and the desktop has a tray)",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _window_parser()
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def _one_line(error: Exception) -> str:
    """The contract's one line, even when the message quotes text holding line breaks."""
    return " ".join(str(error).splitlines())


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Without a sub-command (the window) the command modules are not even imported: start-up is felt."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    window_args, rest = _window_parser(add_help=False).parse_known_args(arguments)
    if not rest:
        window_args.command = None
        return window_args
    return build_parser().parse_args(arguments)


def main(argv: Sequence[str] | None = None) -> int:
    """Run `calfdesk` with `argv` (default: the program's arguments).

    Called without `argv`, this is the program itself and ends right after: objects are then left to the
    operating system rather than to the collector's final sweep over every module ever imported.
    """
    code = _main(argv)
    if argv is None:
        gc.freeze()
    return code


def _main(argv: Sequence[str] | None) -> int:
    args = _parse(argv)
    from calfdesk.paths import data_dir_overridden
    from calfdesk.settings import resolve_data_dir

    data_dir: Path = resolve_data_dir(args.data_dir)
    if args.command is None:
        # SQLAlchemy first: once PySide6 is loaded it hooks every later import, and SQLAlchemy has hundreds.
        import calfdesk.storage.database  # noqa: F401
        from calfdesk.ui.shell.app import run_gui

        return run_gui(
            data_dir, smoke=args.smoke, tray=args.tray, data_dir_overridden=data_dir_overridden(args.data_dir)
        )
    try:
        from calfdesk.services.backups import apply_retention_for

        # The runner's backup retention (Preferences) holds for the daily backup a command may take.
        apply_retention_for(data_dir, overridden=data_dir_overridden(args.data_dir))
        handler: Callable[[argparse.Namespace, Path], int] = args.handler
        return handler(args, data_dir)
    except InvalidInput as error:
        print(f"calfdesk: {_one_line(error)}", file=sys.stderr)
        return EXIT_INVALID
    except StorageError as error:
        print(f"calfdesk: {_one_line(error)}", file=sys.stderr)
        return EXIT_STORAGE
    except BrokenPipeError:
        return EXIT_OK
