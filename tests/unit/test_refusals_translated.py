"""Every refusal a runner can read is worded through the translation helper: literal prose handed to
`InvalidInput`, a file's error, a data-file problem, or printed by a command, reads English in every language.

tests/ui/test_strings_translated.py checks what the window shows; this checks the rest of calfdesk (the
domain, services, storage, importers, the command line, and the refusals the window's modules raise)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "calfdesk"
# Calls whose text a runner reads: refusals (exit 2 or 3, the window's messages, the import report) and what
# the command line prints.
READ_BY_THE_RUNNER = frozenset(
    {
        "InvalidInput",
        "AdviceAgainstPlan",
        "PlanFileError",
        "FileError",
        "UnknownFormat",
        "NotAnActivity",
        "file_error",
        "storage_error",
        "Refused",
        "print",
    }
)
# Calls that put a text into the runner's language.
WORDING = frozenset({"_tr", "counted", "domain_word", "tr", "translate"})
PROSE = re.compile(r"[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}")


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def literal_prose(source: str) -> list[tuple[int, str]]:
    """(line, text) of each piece of literal prose handed, unworded, to a call the runner reads."""
    tree = ast.parse(source)
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST, inside: str | None) -> None:
        if isinstance(node, ast.Call):
            name = _name(node)
            if name in WORDING:
                return
            if name in READ_BY_THE_RUNNER:
                inside = name
        if (
            inside is not None
            and isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and PROSE.search(node.value)
        ):
            found.append((node.lineno, node.value))
        for child in ast.iter_child_nodes(node):
            # A keyword such as field="soreness" or file=sys.stderr is a name, not prose.
            if isinstance(child, ast.keyword):
                continue
            visit(child, inside)

    visit(tree, None)
    return found


def modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if "migrations" not in path.parts)


def test_no_refusal_or_command_output_is_literal_prose() -> None:
    offenders = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {text!r}"
        for path in modules()
        for line, text in literal_prose(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


@pytest.mark.parametrize(
    "source",
    [
        'raise InvalidInput(f"pdf: the folder {target} does not exist", field="pdf")',
        'raise file_error(name, "a GPX file this large must be plain GPX")',
        'print("Saved your entry")',
        'raise storage_error(problem, path, "not an SQLite file")',
    ],
)
def test_the_check_catches_literal_prose(source: str) -> None:
    assert literal_prose(source)


@pytest.mark.parametrize(
    "source",
    [
        'raise InvalidInput(_tr("pdf: the folder {folder} does not exist").format(folder=f), field="pdf")',
        'print(counted("%n runs imported", count))',
        'print(f"{path}: {words}", file=sys.stderr)',
        "print(saved.id)",
        'raise InvalidInput(message, field="soreness")',
    ],
)
def test_the_check_lets_through_what_is_worded_or_not_prose(source: str) -> None:
    assert literal_prose(source) == []
