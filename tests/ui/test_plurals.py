"""Counted texts go through Qt's translation machinery: "1 entry", "2 entries", and every counted text of the
code has its English forms in the shipped translation, compiled from its .ts."""

from __future__ import annotations

import ast
import datetime as dt
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from calfdesk.domain.diary import make_entry
from calfdesk.storage import diary_store
from calfdesk.ui.context import Changes
from calfdesk.ui.widgets.texts import counted, install_translations

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "calfdesk_en.ts"


@pytest.fixture
def translated(qapp):
    assert install_translations(qapp)
    return qapp


def _english_forms() -> dict[str, tuple[str, str]]:
    forms = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source")
        one, other = (form.text for form in message.iter("numerusform"))
        forms[source] = (one, other)
    return forms


def _counted_sources() -> set[str]:
    """Every literal text passed to `counted` in the package."""
    sources = set()
    for path in (ROOT / "calfdesk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "counted":
                first = node.args[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    sources.add(first.value)
    return sources


def test_every_counted_text_has_its_english_forms(translated) -> None:
    forms = _english_forms()
    sources = _counted_sources()
    assert len(sources) >= 10
    assert sources <= set(forms), sources - set(forms)
    for source in sources:
        one, other = forms[source]
        assert counted(source, 1) == one.replace("%n", "1")
        assert counted(source, 2) == other.replace("%n", "2")
        assert counted(source, 0) == other.replace("%n", "0")


def test_counted_forms(translated) -> None:
    assert counted("%n entries", 1) == "1 entry"
    assert counted("%n entries", 2) == "2 entries"
    assert counted("%n runs", 1) == "1 run"
    assert counted("{logged} of %n days", 1).format(logged=1) == "1 of 1 day"


def test_the_shipped_translation_is_compiled_from_its_source(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if lrelease is None:
        pytest.skip("pyside6-lrelease comes with PySide6")
    compiled = tmp_path / "calfdesk_en.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(compiled)], check=True, capture_output=True)
    assert compiled.read_bytes() == TS.with_suffix(".qm").read_bytes(), "run pyside6-lrelease on the .ts"


def test_the_diary_counts_one_entry(window, qtbot) -> None:
    diary_store.add_entries_bulk(
        window.context.db, [make_entry(local_date=dt.date(2026, 3, 1), local_time=dt.time(8), soreness=2)]
    )
    page = window.navigate("diary")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    assert page.range_summary.text() == "1 entry"
    diary_store.add_entries_bulk(
        window.context.db, [make_entry(local_date=dt.date(2026, 3, 2), local_time=dt.time(8), soreness=3)]
    )
    with qtbot.waitSignal(page.loaded, timeout=5000):
        window.events.changed.emit(Changes.DIARY)
    assert page.range_summary.text() == "2 entries"
    page.set_date_range(dt.date(2026, 3, 2), dt.date(2026, 3, 2))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.range_summary.text() == "1 of 2 entries in the chosen dates", timeout=5000)
