"""The build ships Qt's own translations (message-box buttons, the file dialog) of every language calfdesk
speaks, and the window's loader finds them where the build puts them."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from calfdesk.assets import available_languages
from tests.conftest import REPO_ROOT

SPEC = REPO_ROOT / "packaging" / "calfdesk.spec"


def _module() -> ModuleType:
    source = REPO_ROOT / "packaging" / "qt_translations.py"
    spec = importlib.util.spec_from_file_location("qt_translations", source)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_build_collects_qtbase_of_every_shipped_language() -> None:
    module = _module()
    collected = module.qt_translations(REPO_ROOT)
    shipped = sorted(available_languages() - {"en"})
    assert shipped and [Path(source).name for source, _ in collected] == [f"qtbase_{code}.qm" for code in shipped]
    assert {folder for _, folder in collected} == {"PySide6/Qt/translations"}
    assert "*qt_translations(ROOT)" in SPEC.read_text(encoding="utf-8"), "the spec's datas list them"


def test_the_window_loader_finds_qtbase_de_where_pyside6_keeps_it() -> None:
    """The loader of calfdesk.ui.widgets.texts asks QLibraryInfo; the build keeps the same relative place, the
    frozen Qt prefix being the bundled PySide6/Qt."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert folder.parts[-3:] == ("PySide6", "Qt", "translations")
    translator = QTranslator()
    assert translator.load(QLocale("de"), "qtbase", "_", str(folder))
    assert translator.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    assert translator.translate("QFileDialog", "Open") == "Öffnen"
