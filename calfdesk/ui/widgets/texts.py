"""Counted texts ("1 entry", "2 entries") through Qt's translation machinery, never by gluing an "s" on.

Each counted text is written once in code with `%n`, in the one context "calfdesk": `counted("%n entries", 3)`.
Its English forms (one, other) live in `resources/translations/calfdesk_en.ts`, compiled by `pyside6-lrelease`
to `calfdesk_en.qm`, which every Qt application calfdesk makes installs (`install_translations`); a test holds
the two files together and checks that every counted text of the code has its forms. A translation into
another language adds its own .ts beside it.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QCoreApplication, QTranslator

from calfdesk.assets import resource

CONTEXT: Final = "calfdesk"
ENGLISH: Final = ("translations", "calfdesk_en.qm")


def counted(source: str, number: int) -> str:
    """`source` with `%n` replaced by `number`, in the form that number takes ("1 entry", "2 entries")."""
    return QCoreApplication.translate(CONTEXT, source, None, number)


def domain_word(text: str) -> str:
    """A word or short label the domain defines in English (a diary context, a place on the leg, a rehab slot, a
    unit, a run's source), shown in the runner's language: one context for all of them, so each is translated
    once wherever it appears."""
    return QCoreApplication.translate(CONTEXT, text)


def install_translations(app: QCoreApplication) -> bool:
    """Install calfdesk's translations (the English counted forms) once; False when the file is missing."""
    if app.property("calfdesk_translations"):
        return True
    translator = QTranslator(app)
    if not translator.load(str(resource(*ENGLISH))):
        return False
    app.installTranslator(translator)
    app.setProperty("calfdesk_translations", True)
    return True
