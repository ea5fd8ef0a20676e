"""One translation helper and one naming rule for contexts (docs/TRANSLATING.md, "One helper, one rule").

A class words its texts with Qt's `self.tr`, in the context of its class name; every other text of a module goes
through `_tr = Texts(__name__)` (calfdesk.i18n), in the context its module's name gives; counted texts and the
domain's words share the common context "calfdesk". The checks read the source of every module and fail on a
module that makes its own translate helper, on a context that breaks the rule, and on a translated text that
neither pyside6-lupdate nor tools/translations.py can find (it would stay English in every language).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from calfdesk import i18n
from tools.translations import _loop_texts, _texts, module_constants

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "calfdesk"
# The helper, the window's and the command line's readers of the texts.
READERS = {"calfdesk/i18n.py", "calfdesk/ui/widgets/texts.py", "calfdesk/assets.py"}
TRANSLATING = ("tr", "_tr", "translate", "counted", "domain_word")
# Texts held where no constant can name them, each marked for lupdate where it is written.
UNSEEN_BUT_MARKED = {
    # The page titles: PAGES marks each with translatable("MainWindow", …).
    "calfdesk/ui/shell/pages.py": ("QCoreApplication.translate('MainWindow', spec.title)",),
}


def _modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(ROOT).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def _called(node: ast.Call) -> str | None:
    return node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", None)


def _wraps_a_translation(function: ast.FunctionDef) -> bool:
    """A wrapper: it returns the translation of one of its own parameters."""
    parameters = {argument.arg for argument in function.args.args}
    return any(
        isinstance(node, ast.Return)
        and isinstance(node.value, ast.Call)
        and _called(node.value) == "translate"
        and any(isinstance(argument, ast.Name) and argument.id in parameters for argument in node.value.args)
        for node in ast.walk(function)
    )


def _own_helpers(name: str, tree: ast.Module) -> Iterator[str]:
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef) and (node.name in TRANSLATING or _wraps_a_translation(node)):
            yield f"{name}:{node.lineno}: def {node.name}"
        elif isinstance(node, ast.Assign):
            helper = any(getattr(target, "id", "") == "_tr" for target in node.targets)
            if helper and ast.unparse(node.value) != "Texts(__name__)":
                yield f"{name}:{node.lineno}: {ast.unparse(node)}"
            if isinstance(node.value, ast.Attribute) and node.value.attr == "tr":
                # `tr = widget.tr`: lupdate puts these texts in no context, the window looks in the widget's.
                yield f"{name}:{node.lineno}: {ast.unparse(node)}"
        elif isinstance(node, ast.Call) and _called(node) == "Texts" and ast.unparse(node) != "Texts(__name__)":
            yield f"{name}:{node.lineno}: {ast.unparse(node)}"


def test_no_module_makes_its_own_translate_helper() -> None:
    found = [line for name, tree in _modules() if name not in READERS for line in _own_helpers(name, tree)]
    assert found == [], "word a module's texts through `_tr = Texts(__name__)` (calfdesk.i18n)"


def test_every_literal_context_names_a_class_or_the_common_context() -> None:
    """`QCoreApplication.translate("X", …)` and `translatable("X", …)` name the class that shows the text (the
    context its `self.tr` reads) or "calfdesk"; a module's own context comes only from `Texts(__name__)`."""
    classes = {node.name for _, tree in _modules() for node in ast.walk(tree) if isinstance(node, ast.ClassDef)}
    allowed = classes | {i18n.COMMON}
    found = []
    for name, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called(node) in ("translate", "translatable", "QT_TRANSLATE_NOOP"):
                first = node.args[0] if node.args else None
                if isinstance(first, ast.Constant) and first.value not in allowed:
                    found.append(f"{name}:{node.lineno}: context {first.value!r}")
    assert found == []


def test_a_modules_context_is_its_dotted_name_without_the_ui_layer() -> None:
    assert i18n.context_of("calfdesk.ui.report.pdf") == "report.pdf"
    assert i18n.context_of("calfdesk.commands.assess") == "commands.assess"
    assert i18n.context_of("calfdesk.words.rehab") == "words.rehab"


def test_every_translated_text_can_be_found_for_the_translator() -> None:
    """A text handed to `_tr`, `self.tr` or `translate` as a variable is held in a constant or a table (of
    literals, or of texts marked `translatable(…)`/`QT_TRANSLATE_NOOP(…)`), which tools/translations.py reads;
    anything else (an f-string, a class attribute, a text built at run time) never reaches the .ts and stays
    English. (The domain's words reach `domain_word` from the domain's own tables.)"""
    found = []
    for module, (tree, constants) in module_constants().items():
        name = module.replace(".", "/") + (
            ".py" if (ROOT / (module.replace(".", "/") + ".py")).exists() else "/__init__.py"
        )
        if name in READERS:
            continue
        known = {**_loop_texts(tree, constants), **constants}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _called(node) not in ("tr", "_tr", "translate"):
                continue
            position = 1 if _called(node) == "translate" else 0
            if len(node.args) <= position or isinstance(node.args[position], ast.Constant):
                continue
            shown = ast.unparse(node)
            if not _texts(node.args[position], known) and shown not in UNSEEN_BUT_MARKED.get(name, ()):
                found.append(f"{name}:{node.lineno}: {shown[:100]}")
    assert found == []
