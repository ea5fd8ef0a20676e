"""Words the domain defines in English (when, where, side, rehab slots, units, run sources) reach the screen
through the translation machinery, so a translation shows them in the runner's language everywhere: in the
form's choices, the diary table, the Today page and the charts' hover text."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel

from calfdesk.domain.diary import make_entry
from calfdesk.i18n import COMMON as CONTEXT
from calfdesk.storage import diary_store

FRENCH = {"Morning": "Matin", "Achilles": "Tendon d'Achille", "Left": "Gauche", "Kilometres": "Kilomètres"}


class Words(QTranslator):
    """A translation of a few domain words, as a translator's .qm would give them."""

    def translate(self, context: str, source: str, disambiguation: object = None, n: int = -1) -> str | None:
        # None (a null string) lets Qt fall back to the next translation, or the English source.
        return FRENCH.get(source) if context == CONTEXT else None


@pytest.fixture
def french(qapp) -> Iterator[None]:
    words = Words()
    QCoreApplication.installTranslator(words)
    yield
    QCoreApplication.removeTranslator(words)


def test_the_diary_shows_domain_words_in_the_runners_language(french, make_window, qtbot) -> None:
    window = make_window(show=False)
    now = dt.datetime.now()
    diary_store.add_entry(
        window.context.db,
        make_entry(
            local_date=now.date(),
            local_time=dt.time(7, 5),
            context="morning",
            soreness=3,
            location="achilles",
            side="left",
        ),
    )
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    page = window.navigate("diary")
    form = page.form
    assert form.context_combo.itemText(form.context_combo.findData("morning")) == "Matin"
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.model.index(0, 2).data() is not None, timeout=5000)
    assert [page.model.index(0, column).data() for column in (2, 4, 5)] == ["Matin", "Tendon d'Achille", "Gauche"]

    window.navigate("today")
    texts = lambda: " ".join(shown.text() for shown in window.findChildren(QLabel) if shown.isVisible())  # noqa: E731
    # The words as translated: never lowered (a German noun, or a name such as Achilles, keeps its capital).
    qtbot.waitUntil(lambda: "Matin, Tendon d'Achille, Gauche" in texts(), timeout=5000)


def test_the_training_units_are_shown_in_the_runners_language(french, make_window) -> None:
    window = make_window()
    page = window.navigate("training")
    combo = page.header.unit_combo
    assert combo.itemText(combo.findData("km")) == "Kilomètres"
