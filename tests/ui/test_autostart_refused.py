"""Preferences > Start with my computer, when the command cannot be written into a desktop entry (calfdesk
installed under a path that is not UTF-8): the dialog says why and what to do, keeps the choice to retry, and
writes nothing."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from calfdesk.services.autostart import XdgAutostart


def test_a_command_that_cannot_be_quoted_is_refused_with_a_message(
    window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from calfdesk.ui.shell.preferences_dialog import PreferencesDialog

    monkeypatch.setattr(sys, "executable", os.fsdecode(b"/opt/caf\xe9/bin/python3"))
    entry = XdgAutostart(tmp_path)
    dialog = PreferencesDialog(window.context, window, autostart=entry)
    qtbot.addWidget(dialog)
    dialog.autostart_check.setChecked(True)

    dialog.save()

    assert not dialog.autostart_problem.isHidden()
    text = dialog.autostart_problem.text()
    assert "not valid UTF-8" in text and "Starting with your computer could not be changed" in text
    assert "\\udc" not in text, "the bytes are shown, never a surrogate"
    assert dialog.autostart_check.isChecked() and dialog.result() == 0
    assert not entry.path.exists()
