"""Bring every translation's .ts up to date with the code, then compile it: `python -m tools.translations [LANG]`.

pyside6-lupdate finds `self.tr("…")`, `QCoreApplication.translate("context", "…")` and texts kept in tables,
marked `translatable("context", "…")`. This tool finds the rest: every module's `_tr("…")` (`_tr =
Texts(__name__)`, in the context calfdesk.i18n.context_of gives), counted texts (`counted("…", n)`), the
domain's words (`domain_word("…")`) and texts held in constants and tables (`_tr(DISCLAIMER)`,
`self.tr(HEADERS[i])`). Each becomes, in a scratch file lupdate reads with the code, the call it stands for.
pyside6-lrelease then builds each .qm.

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

from calfdesk import i18n
from calfdesk.i18n import context_of

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
HELPER = "_tr"
# Calls that mark a text for lupdate without translating it.
MARKERS = ("QT_TRANSLATE_NOOP", "translatable")
# The context of counted texts and the domain's words.
COMMON = i18n.COMMON


def _uses_helper(tree: ast.Module) -> bool:
    """Whether a module words its texts through the one helper, `_tr = Texts(__name__)` (calfdesk.i18n)."""
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and [getattr(target, "id", None) for target in node.targets] == [HELPER]
            and isinstance(node.value, ast.Call)
            and getattr(node.value.func, "id", None) == "Texts"
        ):
            return True
    return False


def _is_marker(node: ast.expr) -> bool:
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "str" and len(node.args) == 1:
        node = node.args[0]
    return isinstance(node, ast.Call) and getattr(node.func, "id", None) in MARKERS


def _marked(node: ast.expr) -> str | None:
    """The text of a literal, or of a text marked for lupdate (`str(QT_TRANSLATE_NOOP("context", "…"))`,
    `translatable("context", "…")`), else None."""
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "str" and len(node.args) == 1:
        node = node.args[0]
    if isinstance(node, ast.Call) and getattr(node.func, "id", None) in MARKERS and len(node.args) == 2:
        node = node.args[1]
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _constants(tree: ast.Module) -> dict[str, list[str]]:
    """The module's string constants (`DISCLAIMER = "…"`) and the texts of its dicts (`WORDS = {…}`), tuples and
    lists of strings (`HEADERS = ("Date", …)`), literal or marked for lupdate."""
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
        text = _marked(value)
        if text is not None:
            found[target.id] = [text]
            continue
        items: list[ast.expr] = []
        if isinstance(value, ast.Dict):
            items = list(value.values)
        elif isinstance(value, ast.Tuple | ast.List):
            items = value.elts
        texts = [text for text in map(_marked, items) if text is not None]
        if items and len(texts) == len(items):
            found[target.id] = texts
        elif items and all(isinstance(item, ast.Tuple) for item in items):
            # A table of rows (`(("both", translatable("PlanChooser", "Both legs")), …)`): its marked texts.
            rows = [item for item in items if isinstance(item, ast.Tuple)]
            marked = [element for row in rows for element in row.elts if _is_marker(element)]
            if marked:
                found[target.id] = [text for text in map(_marked, marked) if text is not None]
    return found


def _texts(node: ast.expr, constants: dict[str, list[str]]) -> list[str]:
    """The texts an argument stands for: a literal, a string constant, or any value of a table constant
    (`WORDS[key]`, `WORDS.get(key, key)`)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Subscript):
        node = node.value
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
        node = node.func.value
    return constants.get(node.id, []) if isinstance(node, ast.Name) else []


def _loop_texts(tree: ast.AST, constants: dict[str, list[str]]) -> dict[str, list[str]]:
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


def _calls(
    tree: ast.AST, name: str, position: int, constants: dict[str, list[str]], *, literal: bool = True
) -> Iterator[str]:
    """The texts of argument `position` of every call of `name` (a plain name or an attribute) in a module or a
    class; without `literal`, only the texts held in constants."""
    constants = {**_loop_texts(tree, constants), **constants}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or len(node.args) <= position:
            continue
        called = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)
        if called == name and (literal or not isinstance(node.args[position], ast.Constant)):
            yield from _texts(node.args[position], constants)


def module_constants(package: Path = ROOT / "calfdesk") -> dict[str, tuple[ast.Module, dict[str, list[str]]]]:
    """Each module of the package (by dotted name), with its text constants and those it imports by name from
    another module of the package (twice over, for a package's __init__ that passes one on)."""
    trees = {
        ".".join(path.relative_to(package.parent).with_suffix("").parts).removesuffix(".__init__"): ast.parse(
            path.read_text(encoding="utf-8")
        )
        for path in sorted(package.rglob("*.py"))
    }
    own = {module: _constants(tree) for module, tree in trees.items()}
    for _ in range(2):
        for module, tree in trees.items():
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module in own:
                    for alias in node.names:
                        if alias.name in own[node.module]:
                            own[module][alias.asname or alias.name] = own[node.module][alias.name]
    return {module: (tree, own[module]) for module, tree in trees.items()}


def helper_texts(package: Path = ROOT / "calfdesk") -> Iterator[tuple[str, str, bool]]:
    """(context, text, counted) of each text lupdate cannot see in the code: worded through a module's
    `_tr = Texts(__name__)`, a class's `self.tr(CONSTANT)`, calfdesk.i18n's `counted("…", n)` and
    `domain_word("…")`, or held in a constant (`_tr(DISCLAIMER)`, `QCoreApplication.translate("MainWindow",
    DISCLAIMER)`, `_tr(WORDS[key])`)."""
    for module, (tree, constants) in module_constants(package).items():
        if _uses_helper(tree):
            context = context_of(module)
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
                for text in _texts(node.args[1], {**_loop_texts(tree, constants), **constants}):
                    yield str(node.args[0].value), text, False
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                # `self.tr(CONSTANT)`: lupdate sees only literals; the class names the context.
                yield from ((node.name, text, False) for text in _calls(node, "tr", 0, constants, literal=False))
        yield from ((COMMON, text, True) for text in _calls(tree, "counted", 0, {}))
        yield from ((COMMON, text, False) for text in _calls(tree, "domain_word", 0, constants))
        # A run source's label (calfdesk.domain.sources.RunSource) is shown as a domain word.
        yield from ((COMMON, text, False) for text in _calls(tree, "RunSource", 1, {}))


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
