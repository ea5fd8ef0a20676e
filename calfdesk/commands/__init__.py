"""Headless sub-commands of `calfdesk`. Modules here import neither Qt nor heavy libraries at import."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from calfdesk.settings import Settings
    from calfdesk.storage.database import Database


# Space is printable; every other character str.isprintable() refuses (line breaks, ESC, BEL, bidi overrides)
# is shown as its Python escape, so a file name or a note can neither break a line nor steer the terminal.
_SAFE: Final = " "


def printable(text: object) -> str:
    """Text a file or the runner supplied, made safe to print on a terminal as one line."""
    value = str(text)
    if value.isprintable():
        return value
    return "".join(
        char if char.isprintable() or char in _SAFE else char.encode("unicode_escape").decode("ascii") for char in value
    )


@contextmanager
def opened_database(data_dir: Path) -> Iterator[Database]:
    """The data file for one command, closed (and its files made private again) when the block ends."""
    from calfdesk.storage.database import open_database

    db = open_database(data_dir)
    try:
        yield db
    finally:
        db.close()


def runner_settings(args: argparse.Namespace, data_dir: Path) -> Settings:
    """The window's settings for this data folder, so a command counts weeks and distances the same way."""
    from calfdesk.paths import data_dir_overridden
    from calfdesk.settings import load_settings

    return load_settings(data_dir, overridden=data_dir_overridden(args.data_dir))


def answer(args: argparse.Namespace, as_json: object, text: Iterable[str]) -> int:
    """Print a command's answer: `as_json` as JSON with --json, else the lines of `text`; returns exit status 0."""
    if getattr(args, "json", False):
        json.dump(as_json, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        for line in text:
            print(line)
    return 0
