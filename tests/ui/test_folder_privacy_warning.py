"""The window keeps warning, for as long as it lasts, when other users can open the data folder: a label in the
status bar whose tooltip names the folder and the command that fixes it; a private folder has no warning, and
fixing the folder then switching to it clears the warning."""

from __future__ import annotations

from pathlib import Path


def test_the_warning_stays_while_the_folder_is_open_to_others(make_window, data_dir: Path, qtbot) -> None:
    data_dir.mkdir()
    data_dir.chmod(0o755)
    window = make_window()
    window.show_status("Saved")  # another message comes and goes; the warning is a separate, lasting label
    assert window.privacy_warning.isVisible()
    assert "other users" in window.privacy_warning.text()
    tip = window.privacy_warning.toolTip()
    assert str(data_dir) in tip and "0755" in tip and f"chmod 700 '{data_dir}'" in tip


def test_a_private_folder_has_no_warning_and_fixing_it_clears_the_warning(make_window, data_dir: Path) -> None:
    data_dir.mkdir()
    data_dir.chmod(0o750)
    window = make_window()
    assert window.privacy_warning.isVisible()
    data_dir.chmod(0o700)
    window.use_database(window.context.db)
    assert not window.privacy_warning.isVisible()
