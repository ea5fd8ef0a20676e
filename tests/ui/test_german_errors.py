"""The window in German when something is refused: moving the data folder onto a folder that already holds data
and a data file that is damaged are explained in German, with the folder and the file named as they are."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from calfdesk.errors import StorageError, StorageProblem
from calfdesk.storage.database import open_database
from calfdesk.ui.shell.data_folder_move import move_data_folder
from calfdesk.ui.widgets.messages import describe
from tests.ui.test_german_window import german

__all__ = ["german"]


def test_moving_onto_a_folder_with_data_is_refused_in_german(
    german, make_window, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    occupied = tmp_path / "belegt"
    open_database(occupied).close()
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text: warned.append((title, text)))
    assert move_data_folder(window, window.context, window.data_safety.switch_folder, occupied) is None
    assert warned == [
        (
            "Der Datenordner wurde nicht verschoben",
            f"Ordner: {occupied} enthält schon calfdesk-Daten; wähle einen leeren Ordner oder starte calfdesk mit "
            "--data-dir, um diese Daten zu verwenden",
        )
    ]
    assert window.context.db.data_dir != occupied


def test_a_damaged_data_file_is_explained_in_german(german, tmp_path) -> None:
    folder = tmp_path / "daten"
    folder.mkdir()
    damaged = folder / "calfdesk.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"x" * 924)
    with pytest.raises(StorageError) as raised:
        open_database(folder)
    assert raised.value.problem is StorageProblem.CORRUPT
    assert describe(raised.value) == (
        f"{damaged} ist beschädigt und kann nicht gelesen werden. Stelle eine Sicherung wieder her oder wähle einen "
        "anderen Ordner. (unmögliche Seitengröße)"
    )


def test_start_with_my_computer_refused_in_german(
    german, make_window, qtbot, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """calfdesk installed under a path that is not UTF-8: Preferences says why in German, the path shown whole."""
    import os
    import sys

    from calfdesk.services.autostart import XdgAutostart
    from calfdesk.ui.shell.preferences_dialog import PreferencesDialog

    window = make_window()
    monkeypatch.setattr(sys, "executable", os.fsdecode(b"/opt/caf\xe9/bin/python3"))
    entry = XdgAutostart(tmp_path)
    dialog = PreferencesDialog(window.context, window, autostart=entry)
    qtbot.addWidget(dialog)
    dialog.autostart_check.setChecked(True)
    dialog.save()
    text = dialog.autostart_problem.text()
    assert "/opt/caf\\xe9/bin/python3 ist kein gültiges UTF-8; lege calfdesk und deine Daten in Ordner" in text
    assert "not valid UTF-8" not in text and "autostart:" not in text
    assert not entry.path.exists()
