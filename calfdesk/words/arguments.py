"""argparse's own words in the runner's language: "usage:", "options:", the help option's line and its
refusals of a command line ("the following arguments are required: --soreness").

argparse asks the standard library's gettext for each of its texts at the moment it writes it; `install`
hands it calfdesk's catalogue instead, so `calfdesk --help` and a mistyped command read like the rest of the
command line. Texts of argparse that a runner never meets (those about how a parser is built) stay as they are.
"""

from __future__ import annotations

import argparse
from typing import Final

from calfdesk.i18n import Texts

_tr = Texts(__name__)

# argparse's texts (Python 3.11 to 3.13), exactly as it asks for them; the `%` fields stay as they are.
_ARGPARSE: Final = (
    "usage: ",
    "positional arguments",
    "options",
    "show this help message and exit",
    "argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s",
    "the following arguments are required: %s",
    "one of the arguments %s is required",
    "not allowed with argument %s",
    "ignored explicit argument %r",
    "expected one argument",
    "expected at most one argument",
    "expected at least one argument",
    "ambiguous option: %(option)s could match %(matches)s",
    "unexpected option string: %s",
    "invalid %(type)s value: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "unknown parser %(parser_name)r (choices: %(choices)s)",
    "can't open '%(filename)s': %(error)s",
)
# argparse's counted text ("expected %s arguments"), its two English forms.
_EXPECTED: Final = ("expected %s argument", "expected %s arguments")


def gettext(message: str) -> str:
    """argparse's text in the runner's language (any other text as it is)."""
    if message in _ARGPARSE:
        return _tr(_ARGPARSE[_ARGPARSE.index(message)])
    return message


def ngettext(singular: str, plural: str, count: int) -> str:
    """argparse's counted text in the runner's language, the number left for argparse to fill in."""
    if (singular, plural) == _EXPECTED:
        return _tr(_EXPECTED[0 if count == 1 else 1])
    return singular if count == 1 else plural


def install() -> None:
    """Have argparse word its texts through calfdesk's catalogue from now on (before a parser is built: the
    titles of its help are taken when it is made)."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
