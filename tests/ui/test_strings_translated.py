"""Every text the runner reads in the window goes through Qt's translation machinery (`self.tr`,
`QCoreApplication.translate`, or `counted` for plurals), so that a translation can follow.

The check reads the source of every module of `calfdesk.ui` and fails on a string literal, f-string, or a
literal glued or formatted into a text, handed straight to a call that shows it (a label, a button, a tooltip,
a message box, a table header...). One rule lets through what is not prose: a literal left without a letter
once its `{placeholders}`, `%n`-style counts, HTML tags and entities are taken out ("", "—", "·", "<br>",
"{when} · {where}"). Text from the runner or a file is not a literal, so it is not concerned.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "calfdesk" / "ui"

# Methods and constructors whose string arguments the runner sees (Qt's, then calfdesk's own helpers).
SINKS = frozenset(
    {
        # Qt widgets, actions, dialogs
        "setText",
        "setToolTip",
        "setWindowTitle",
        "setPlaceholderText",
        "setStatusTip",
        "setWhatsThis",
        "setAccessibleName",
        "setAccessibleDescription",
        "showMessage",
        "addTab",
        "insertTab",
        "setTabText",
        "setTabToolTip",
        "addItem",
        "addItems",
        "insertItem",
        "setItemText",
        "setHeaderLabels",
        "setHorizontalHeaderLabels",
        "setVerticalHeaderLabels",
        "setTitle",
        "setSubTitle",
        "setLabelText",
        "setCancelButtonText",
        "setButtonText",
        "setInformativeText",
        "setDetailedText",
        "setSuffix",
        "setPrefix",
        "setSpecialValueText",
        "setFormat",
        "setNameFilter",
        "setNameFilters",
        "addButton",
        "addAction",
        "addMenu",
        "addSection",
        "addRow",
        "insertRow",
        "setLabel",
        "setHtml",
        "setPlainText",
        "showText",
        "information",
        "warning",
        "critical",
        "question",
        "about",
        "getText",
        "getItem",
        "getInt",
        "getOpenFileName",
        "getOpenFileNames",
        "getSaveFileName",
        "getExistingDirectory",
        "QLabel",
        "QPushButton",
        "QToolButton",
        "QCheckBox",
        "QRadioButton",
        "QGroupBox",
        "QAction",
        "QMenu",
        "QMessageBox",
        "QCommandLinkButton",
        "QProgressDialog",
        "QTableWidgetItem",
        "QListWidgetItem",
        "QTreeWidgetItem",
        "QStandardItem",
        # calfdesk's own: calfdesk.ui.widgets.common, messages, plain_text; AppContext.show_status
        "label",
        "page_layout",
        "scrolling_page",
        "empty_state",
        "show_error",
        "show_status",
        "set_plain_text",
        "write",
        "read",
        "Undo",
        "drawText",
        "plot",
        "RecordTable",
        "confirm_delete",
        # calfdesk.ui.widgets.accessible: what a screen reader reads
        "describe_chart",
        "caption",
        "group",
        "table_button",
        "ChartTable",
    }
)

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:n|L?\d+|[sd])|<[^<>]*>|&[a-zA-Z]+;|&#\d+;")


STRING_METHODS = frozenset({"format", "join", "strip", "upper", "lower", "capitalize", "title"})


def is_prose(text: str) -> bool:
    """True for a literal a runner would read as words: anything with a letter left once placeholders,
    counts, tags and entities are removed."""
    return any(character.isalpha() for character in _PLACEHOLDER.sub("", text))


def _untranslated(node: ast.expr) -> Iterator[ast.expr]:
    """The literal prose inside an argument expression that did not go through a translation call."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if is_prose(node.value):
            yield node
    elif isinstance(node, ast.JoinedStr):
        literal = "".join(
            part.value for part in node.values if isinstance(part, ast.Constant) and isinstance(part.value, str)
        )
        if is_prose(literal):
            yield node
        for part in node.values:
            if isinstance(part, ast.FormattedValue):
                yield from _untranslated(part.value)
    elif isinstance(node, ast.BinOp):
        yield from _untranslated(node.left)
        yield from _untranslated(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _untranslated(node.body)
        yield from _untranslated(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _untranslated(value)
    elif isinstance(node, ast.List | ast.Tuple):
        for element in node.elts:
            yield from _untranslated(element)
    elif isinstance(node, ast.GeneratorExp | ast.ListComp):
        # "; ".join(f"{test.day}: left {test.left}" for test in tests): the words of each element.
        yield from _untranslated(node.elt)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in STRING_METHODS:
        # "Saved {what}".format(...) and ", ".join([...]) hold their literal in the receiver and arguments.
        yield from _untranslated(node.func.value)
        if node.func.attr == "join":
            for argument in node.args:
                yield from _untranslated(argument)


# Sinks whose other arguments are not text: `label(text, role)`; `log.warning(...)` is not a message box.
TEXT_ONLY_FIRST = frozenset({"label"})
# `plot.setLabel("left", text)`: the first argument names an axis.
AFTER_FIRST = frozenset({"setLabel"})
MESSAGE_BOXES = frozenset({"information", "warning", "critical", "question", "about"})
# `addItem(text, data)`: the data is a key, not shown. Keywords other than these are styling (`size="10pt"`).
DATA_AFTER_TEXT = frozenset({"addItem"})
TEXT_KEYWORDS = frozenset(
    {"text", "title", "subtitle", "caption", "filter", "message", "name", "action", "accessible", "undone"}
    | {"error_title", "keep_note", "what", "edit_text"}
)


def _arguments(call: ast.Call) -> list[ast.expr]:
    name = _name(call)
    if name not in SINKS:
        return []
    if name in MESSAGE_BOXES and not (
        isinstance(call.func, ast.Attribute) and ast.unparse(call.func.value) == "QMessageBox"
    ):
        return []
    keywords = [keyword.value for keyword in call.keywords if keyword.arg in TEXT_KEYWORDS]
    if name in AFTER_FIRST:
        return [*call.args[1:], *keywords]
    if name in TEXT_ONLY_FIRST or (name in DATA_AFTER_TEXT and len(call.args) == 2):
        return [*call.args[:1], *keywords]
    return [*call.args, *keywords]


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def _assigned(scope: ast.AST) -> dict[str, list[ast.expr]]:
    """What each plain local name of a function is set to: `verb = "Import finished"` then `setText(verb)`."""
    values: dict[str, list[ast.expr]] = {}
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    values.setdefault(target.id, []).append(node.value)
        elif isinstance(node, ast.AnnAssign | ast.AugAssign) and isinstance(node.target, ast.Name) and node.value:
            values.setdefault(node.target.id, []).append(node.value)
        elif isinstance(node, ast.For) and isinstance(node.iter, ast.Tuple | ast.List):
            # for spin, name in ((left, "Left"), (right, "Right")): each name takes its column of the table
            for row in node.iter.elts:
                if isinstance(node.target, ast.Name):
                    values.setdefault(node.target.id, []).append(row)
                elif isinstance(node.target, ast.Tuple) and isinstance(row, ast.Tuple):
                    for target, value in zip(node.target.elts, row.elts, strict=False):
                        if isinstance(target, ast.Name):
                            values.setdefault(target.id, []).append(value)
    return values


def untranslated_texts(source: str) -> list[tuple[int, str]]:
    """(line, text) of every literal prose handed to a user-visible sink, directly or through a name set in
    the same function or at the top of the module, or returned by `headerData`."""
    tree = ast.parse(source)
    found: set[tuple[int, str]] = set()
    constants = _assigned(
        ast.Module(body=[node for node in tree.body if isinstance(node, ast.Assign)], type_ignores=[])
    )
    scopes = [tree, *(node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef))]
    for scope in scopes:
        local = {**constants, **(_assigned(scope) if scope is not tree else {})}
        for node in ast.walk(scope):
            arguments: list[ast.expr] = []
            if isinstance(node, ast.Call):
                arguments = _arguments(node)
            elif isinstance(node, ast.FunctionDef) and node.name == "headerData":
                arguments = [child.value for child in ast.walk(node) if isinstance(child, ast.Return) and child.value]
            for argument in arguments:
                for value in [argument, *(local.get(argument.id, []) if isinstance(argument, ast.Name) else [])]:
                    for literal in _untranslated(value):
                        found.add((literal.lineno, ast.unparse(literal)))
    return sorted(found)


# Modules whose texts are being routed through tr() in a change of their own. Strict: the day they pass, this
# entry must go.
def _modules() -> list[object]:
    return [pytest.param(path, id=str(path.relative_to(UI))) for path in sorted(UI.rglob("*.py"))]


@pytest.mark.parametrize("path", _modules())
def test_no_literal_prose_reaches_the_screen(path: Path) -> None:
    found = untranslated_texts(path.read_text(encoding="utf-8"))
    assert not found, "\n".join(f"{path.relative_to(ROOT)}:{line}: {text} needs tr()" for line, text in found)


@pytest.mark.parametrize(
    "source",
    [
        'QLabel("Soreness this morning")',
        'button.setText("Save")',
        'widget.setToolTip(f"{count} runs")',
        'QMessageBox.warning(self, "Not saved", message)',
        'box.setInformativeText("Try again. " + detail)',
        'combo.addItems(["Morning", "Evening"])',
        'self.status.showMessage("Saved {what}".format(what=name), 3000)',
        'label("Your week", "card-title")',
        'QMessageBox.question(self, "Delete?", text)',
        'menu.addAction("Quit", self.close)',
        "def headerData(self, section, orientation, role):\n    return 'Date'",
        'table.setHorizontalHeaderLabels(("Date", self.tr("Distance")))',
        'QAction(icon, "Log soreness…", self)',
        'spin.setSuffix(" km")',
        'form.addRow("Distance", self.distance)',
        'plot.setLabel("left", "Raises per leg")',
        'def done(self):\n    verb = "Import finished"\n    self.title.setText(verb)',
        'INTRO = "Welcome to calfdesk"\ndef build():\n    return label(INTRO, wrap=True)',
        'def build(self):\n    for spin, name in ((self.left, "Left"), (self.right, "Right")):\n'
        "        spin.setAccessibleName(name)",
        'painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter, "All done")',
        "show_status(f\"{'Accepted' if accepted else 'Declined'}: {what}\")",
        'combo.addItem("A4", "a4")',
        'plot.setTitle(title="Weekly distance", size="10pt")',
        'write(context, op, Changes.REHAB, parent=self, error_title="Could not save your decision")',
        'def show(self, tests):\n    summary = "; ".join(f"{t.day}: left {t.left}" for t in tests)\n'
        "    describe_chart(self, summary, [self.view])",
        'caption(self.alarm, "Warning")',
    ],
)
def test_the_check_catches_literal_prose(source: str) -> None:
    assert untranslated_texts(source), source


@pytest.mark.parametrize(
    "source",
    [
        'QLabel(self.tr("Soreness this morning"))',
        'QLabel(QCoreApplication.translate("TodayPage", "Soreness"))',
        'label(counted("%n entries", n), "muted")',
        'button.setText("")',
        'separator.setText("·")',
        'field.setText("{value} · {unit}".format(value=v, unit=u))',
        'heading.setText("<br>")',
        "label.setText(note.text)",
        'label.setObjectName("soreness-value")',
        'QIcon.fromTheme("document-save")',
        'spin.setSuffix(self.tr(" km"))',
        'label(self.tr("Your week"), "card-title")',
        'log.warning("could not read %s", path)',
        'plot.setLabel("left", self.tr("Raises per leg"))',
        'combo.addItem(self.tr("A4"), "a4")',
        'plot.setTitle(title, size="10pt")',
        "set_plain_text(self.title, run.name)",
    ],
)
def test_the_check_lets_through_what_is_not_prose(source: str) -> None:
    assert not untranslated_texts(source), source
