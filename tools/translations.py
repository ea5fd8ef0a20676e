"""Bring every translation's .ts up to date with the code, then compile it: `python -m tools.translations [LANG]`.

pyside6-lupdate finds `self.tr("…")`, `QCoreApplication.translate("context", "…")`, the command line's
`translate("context", "…")` and texts kept in tables, marked `translatable("context", "…")`. This tool finds
the rest: texts worded through a module helper (`_tr("…")` defined as `QCoreApplication.translate("<context>",
text)`), counted texts (`counted("…", n)`), the domain's words (`domain_word("…")`) and texts held in
constants (`_tr(DISCLAIMER)`). Each becomes, in a scratch file lupdate reads with the code, the call it stands
for. pyside6-lrelease then builds each .qm.

calfdesk_en.ts holds only the English counted forms and is left as it is.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
HELPER = "_tr"
# The context of counted texts and the domain's words (calfdesk.ui.widgets.texts.CONTEXT).
COMMON = "calfdesk"


def _helper_context(tree: ast.Module) -> str | None:
    """The context of a module's `_tr(text)` helper: the literal first argument of the translate it returns."""
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == HELPER:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and inner.args and isinstance(inner.args[0], ast.Constant):
                    context = inner.args[0].value
                    if isinstance(context, str):
                        return context
    return None


def _constants(tree: ast.Module) -> dict[str, list[str]]:
    """The module's string constants (`DISCLAIMER = "…"`) and the texts of its dicts of strings (`WORDS = {…}`)."""
    found: dict[str, list[str]] = {}
    for node in tree.body:
        target: ast.expr
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign):
            target, value = node.targets[0], node.value
        else:
            continue
        if not isinstance(target, ast.Name):
            continue
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            found[target.id] = [value.value]
        elif isinstance(value, ast.Dict) and value.values:
            texts = [
                item.value for item in value.values if isinstance(item, ast.Constant) and isinstance(item.value, str)
            ]
            if len(texts) == len(value.values):
                found[target.id] = texts
    return found


def _texts(node: ast.expr, constants: dict[str, list[str]]) -> list[str]:
    """The texts an argument stands for: a literal, a string constant, or any value of a dict constant."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Subscript):
        node = node.value
    return constants.get(node.id, []) if isinstance(node, ast.Name) else []


def _loop_texts(tree: ast.Module, constants: dict[str, list[str]]) -> dict[str, list[str]]:
    """The names a loop takes from a dict constant (`for key, text in LABELS.items()`), with its texts."""
    found: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.For | ast.comprehension):
            continue
        # `LABELS`, `LABELS.items()`, `enumerate(sorted(LABELS.items()))`: the constant the loop goes over.
        sources = [name.id for name in ast.walk(node.iter) if isinstance(name, ast.Name) and name.id in constants]
        for target in ast.walk(node.target):
            if sources and isinstance(target, ast.Name):
                found[target.id] = constants[sources[0]]
    return found


def _calls(tree: ast.Module, name: str, position: int, constants: dict[str, list[str]]) -> Iterator[str]:
    """The texts of argument `position` of every call of `name` (a plain name or an attribute) in a module."""
    constants = {**_loop_texts(tree, constants), **constants}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) <= position:
            continue
        called = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        if called == name:
            yield from _texts(node.args[position], constants)


def helper_texts(package: Path = ROOT / "calfdesk") -> Iterator[tuple[str, str, bool]]:
    """(context, text, counted) of each text lupdate cannot see in the code: worded through a module's
    `_tr("…")`, through calfdesk.ui.widgets.texts' `counted("…", n)` and `domain_word("…")`, or held in a
    constant (`_tr(DISCLAIMER)`, `QCoreApplication.translate("MainWindow", DISCLAIMER)`, `_tr(WORDS[key])`)."""
    trees = {
        ".".join(path.relative_to(package.parent).with_suffix("").parts).removesuffix(".__init__"): ast.parse(
            path.read_text(encoding="utf-8")
        )
        for path in sorted(package.rglob("*.py"))
    }
    own = {module: _constants(tree) for module, tree in trees.items()}
    # A module's constants, and those it imports by name from another module of the package (twice, for a
    # package's __init__ that passes on a constant of one of its modules).
    for _ in range(2):
        for module, tree in trees.items():
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module in own:
                    for alias in node.names:
                        if alias.name in own[node.module]:
                            own[module][alias.asname or alias.name] = own[node.module][alias.name]
    for module, tree in trees.items():
        constants = own[module]
        context = _helper_context(tree)
        if context is not None:
            yield from ((context, text, False) for text in _calls(tree, HELPER, 0, constants))
        for node in ast.walk(tree):
            called = node.func if isinstance(node, ast.Call) else None
            if (
                isinstance(node, ast.Call)
                and isinstance(called, ast.Attribute)
                and called.attr == "translate"
                and len(node.args) >= 2
                and isinstance(node.args[0], ast.Constant)
                and not isinstance(node.args[1], ast.Constant)
            ):
                for text in _texts(node.args[1], constants):
                    yield str(node.args[0].value), text, False
        yield from ((COMMON, text, True) for text in _calls(tree, "counted", 0, {}))
        yield from ((COMMON, text, False) for text in _calls(tree, "domain_word", 0, constants))


def _as_call(context: str, text: str, counted: bool) -> str:
    """The call lupdate reads for a text: a counted one with a number, so that it gets its plural forms."""
    if counted:
        return f"QCoreApplication.translate({context!r}, {text!r}, '', 2)"
    return f"translate({context!r}, {text!r})"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: it comes with PySide6 (pip install PySide6)")
    return found


def extract(target: Path, language: str) -> None:
    """Write every text of the code into the .ts `target`, keeping the translations it already holds and
    dropping texts the code no longer has."""
    with tempfile.TemporaryDirectory() as scratch:
        shim = Path(scratch) / "helper_texts.py"
        shim.write_text("\n".join(_as_call(*found) for found in helper_texts()) + "\n", encoding="utf-8")
        sources = [str(path) for path in sorted((ROOT / "calfdesk").rglob("*.py"))]
        options = ["-locations", "none", "-no-obsolete", "-silent", "-target-language", language]
        # Texts kept in tables are marked with calfdesk.ui.widgets.texts.translatable, read as QT_TRANSLATE_NOOP.
        options += ["-tr-function-alias", "QT_TRANSLATE_NOOP+=translatable"]
        subprocess.run([_tool("pyside6-lupdate"), *sources, str(shim), *options, "-ts", str(target)], check=True)


def update(language: str) -> Path:
    """Update `calfdesk_<language>.ts` from the code and compile it to its .qm."""
    target = TRANSLATIONS / f"calfdesk_{language}.ts"
    extract(target, language)
    subprocess.run([_tool("pyside6-lrelease"), str(target), "-qm", str(target.with_suffix(".qm"))], check=True)
    return target


def main(argv: list[str]) -> int:
    languages = argv or sorted(
        path.stem.removeprefix("calfdesk_") for path in TRANSLATIONS.glob("calfdesk_*.ts") if path.stem != "calfdesk_en"
    )
    for language in languages:
        print(update(language))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
