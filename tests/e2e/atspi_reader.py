"""Reads calfdesk's accessibility tree over AT-SPI, as Orca does. Run by the system's python3 (pyatspi is a
Debian package the project's venv cannot import) on the session bus the window uses.

One command a line on stdin, one JSON line back on stdout:
  tree    every showing object of the active window (or dialog): role, name, description, text, value,
          states, the names of the labels tied to it, and its place on screen
  focus   the object that has the keyboard focus, in the same form (null when none)
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from typing import Any

import pyatspi

APP = "calfdesk"


def application() -> Any:
    desktop = pyatspi.Registry.getDesktop(0)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == APP:
                return app
        time.sleep(0.2)
    raise SystemExit(f"{APP} never appeared on the accessibility bus")


def describe(acc: Any) -> dict[str, Any]:
    states = acc.getState()
    text = ""
    with contextlib.suppress(NotImplementedError):
        reader = acc.queryText()
        text = reader.getText(0, reader.characterCount)
    value = None
    with contextlib.suppress(NotImplementedError):
        value = acc.queryValue().currentValue
    labels = []
    for relation in acc.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            labels.extend(relation.getTarget(i).name for i in range(relation.getNTargets()))
    try:
        box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        extents = [box.x, box.y, box.width, box.height]
    except NotImplementedError:
        extents = [0, 0, 0, 0]
    return {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
        "text": text,
        "value": value,
        "labels": labels,
        "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        "focused": states.contains(pyatspi.STATE_FOCUSED),
        "enabled": states.contains(pyatspi.STATE_ENABLED),
        "extents": extents,
    }


def showing(acc: Any) -> bool:
    return bool(acc.getState().contains(pyatspi.STATE_SHOWING))


def walk(acc: Any, found: list[dict[str, Any]]) -> None:
    for index in range(acc.childCount):
        child = acc.getChildAtIndex(index)
        if child is None or not showing(child):
            continue
        found.append(describe(child))
        walk(child, found)


def active_window(app: Any) -> Any:
    windows = [app.getChildAtIndex(i) for i in range(app.childCount)]
    active = [w for w in windows if w is not None and w.getState().contains(pyatspi.STATE_ACTIVE)]
    return (active or [w for w in windows if w is not None and showing(w)])[-1]


ITEMS = ("list item", "table cell", "tree item")


def focused_objects(acc: Any, found: list[Any]) -> list[Any]:
    if acc.getState().contains(pyatspi.STATE_FOCUSED):
        found.append(acc)
    for index in range(acc.childCount):
        child = acc.getChildAtIndex(index)
        if child is not None and showing(child):
            focused_objects(child, found)
    return found


def focused(window: Any) -> Any:
    """The object Tab reached. A list or table keeps its current item marked focused after the focus has
    moved on, so a control outside the items wins; the list or table itself is marked while it has focus."""
    found = focused_objects(window, [])
    controls = [acc for acc in found if acc.getRoleName() not in ITEMS]
    return (controls or found or [None])[-1]


def answer(app: Any, command: str) -> Any:
    if command == "tree":
        window = active_window(app)
        found = [describe(window)]
        walk(window, found)
        return found
    target = focused(active_window(app))
    return None if target is None else describe(target)


# A call over the bus can time out on a busy machine, or meet an object the window has just replaced: the
# reader asks again, and says what went wrong rather than ending without a word.
ATTEMPTS = 3


def main() -> None:
    app = application()
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "quit":
            return
        if command not in ("tree", "focus"):
            continue
        problem = ""
        for _ in range(ATTEMPTS):
            try:
                result = answer(app, command)
            except Exception as error:  # anything pyatspi raises is reported to the test
                problem = f"{type(error).__name__}: {error}"
                time.sleep(0.5)
                continue
            print(json.dumps(result), flush=True)
            break
        else:
            print(json.dumps({"error": problem}), flush=True)


if __name__ == "__main__":
    main()
