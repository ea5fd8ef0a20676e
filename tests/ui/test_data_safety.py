"""The window and a data file that cannot be used: dialogs, restore, backups, failed saves, one window per folder,
and entries logged from the command line while the window is open."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from calfdesk import paths
from calfdesk.services import backups
from calfdesk.storage import backup as backup_store
from calfdesk.ui.shell import app, recovery
from calfdesk.ui.shell.restore_dialog import RestoreDialog
from calfdesk.ui.shell.single_instance import Outcome, SingleInstance
from tests.reliability import (
    cli_env,
    digest,
    entry_ids,
    folder_state,
    garble_old_entries,
    limit_pages,
    make_diary,
    overwrite_header,
    read_only_folder,
    run_cli,
    stamp_revision,
)


def answer_next_dialog(qtbot, pick: Callable[[QMessageBox], QPushButton | None], seen: list[list[str]]) -> None:
    """When the next modal message box opens, record its buttons and click the one `pick` returns."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, poll)
            return
        seen.append(sorted(button.text() for button in box.buttons()))
        button = pick(box)
        assert button is not None
        button.click()

    QTimer.singleShot(0, poll)


def button(text: str) -> Callable[[QMessageBox], QPushButton | None]:
    def find(box: QMessageBox) -> QPushButton | None:
        return next((b for b in box.buttons() if b.text() == text and isinstance(b, QPushButton)), None)

    return find


@pytest.fixture(autouse=True)
def no_unexpected_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    """A warning box nobody expects fails the test instead of waiting forever for a click."""

    def unexpected(_parent, title, text, *_args, **_kwargs):
        raise AssertionError(f"unexpected message box: {title}: {text}")

    monkeypatch.setattr(QMessageBox, "warning", unexpected)


@pytest.fixture
def quiet_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Information and warning boxes are recorded instead of waiting for a click."""
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda _parent, title, text, *_a, **_k: shown.append(f"{title}: {text}"))
    return shown


def test_damaged_file_at_start_offers_restore_and_restores_into_a_new_file(
    qtbot, data_dir: Path, quiet_messages: list[str]
) -> None:
    ids = make_diary(data_dir, 40)
    backups.back_up_now(data_dir)
    db_path = paths.database_path(data_dir)
    overwrite_header(db_path)
    damaged = digest(db_path)
    seen: list[list[str]] = []
    answer_next_dialog(qtbot, button("Restore latest backup"), seen)

    assert app.run_gui(data_dir, smoke=True) == 0

    assert seen[0] == sorted(["Restore latest backup", "Choose another folder…", "Quit"])
    kept = [path for path in data_dir.iterdir() if path.name.startswith("calfdesk.sqlite3.damaged-")]
    assert len(kept) == 1 and digest(kept[0]) == damaged
    assert entry_ids(db_path) == ids
    assert any("restored" in text for text in quiet_messages)


def test_damaged_file_at_start_quit_leaves_it_byte_identical(qtbot, data_dir: Path) -> None:
    make_diary(data_dir, 40)
    backups.back_up_now(data_dir)
    overwrite_header(paths.database_path(data_dir))
    before = folder_state(data_dir)
    seen: list[list[str]] = []
    answer_next_dialog(qtbot, button("Quit"), seen)

    assert app.run_gui(data_dir, smoke=True) == 3

    assert seen
    after = folder_state(data_dir)
    after.pop(paths.WINDOW_LOCK_NAME, None)
    assert after == before


def test_damaged_file_at_start_can_switch_to_another_folder(
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_diary(data_dir, 40)
    other = tmp_path / "fresh"
    monkeypatch.setattr(recovery.QFileDialog, "getExistingDirectory", lambda *_args: str(other))
    overwrite_header(paths.database_path(data_dir))
    truncated_state = digest(paths.database_path(data_dir))
    seen: list[list[str]] = []
    answer_next_dialog(qtbot, button("Choose another folder…"), seen)

    assert app.run_gui(data_dir, smoke=True) == 0

    assert seen[0] == sorted(["Choose another folder…", "Quit"])  # no backup in that folder
    assert paths.database_path(other).exists()
    assert digest(paths.database_path(data_dir)) == truncated_state


def test_newer_schema_at_start_is_refused_by_a_dialog_and_nothing_is_created(qtbot, data_dir: Path) -> None:
    make_diary(data_dir, 5)
    stamp_revision(paths.database_path(data_dir), "9999_from_the_future")
    before = folder_state(data_dir)
    seen: list[list[str]] = []
    texts: list[str] = []

    def quit_and_read(box: QMessageBox) -> QPushButton | None:
        texts.append(box.text())
        return button("Quit")(box)

    answer_next_dialog(qtbot, quit_and_read, seen)
    assert app.run_gui(data_dir, smoke=True) == 3
    assert seen[0] == sorted(["Choose another folder…", "Quit"])
    assert "newer version" in texts[0]
    after = folder_state(data_dir)
    after.pop(paths.WINDOW_LOCK_NAME, None)
    assert after == before
    assert not any(p.name.endswith(("-wal", "-shm")) for p in data_dir.iterdir())


def test_damage_found_after_start_offers_restore_in_the_open_window(
    make_window, qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, quiet_messages: list[str]
) -> None:
    ids = make_diary(data_dir, 300)
    backups.back_up_now(data_dir)
    window = make_window(show=False)
    garble_old_entries(paths.database_path(data_dir))
    asked: list[str] = []

    def restore(_parent, error, *, can_restore):
        asked.append(f"{error.problem.value} {can_restore}")
        return recovery.Choice.RESTORE

    monkeypatch.setattr(recovery, "ask_what_to_do", restore)
    old_db = window.context.db
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    qtbot.waitUntil(lambda: window.context.db is not old_db, timeout=10_000)
    assert asked == ["corrupt True"]
    assert entry_ids(paths.database_path(data_dir)) == ids
    assert any(p.name.startswith("calfdesk.sqlite3.damaged-") for p in data_dir.iterdir())


def test_file_back_up_now_and_restore(
    make_window, qtbot, data_dir: Path, quiet_messages: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = make_diary(data_dir, 20)
    window = make_window()
    safety = window.data_safety
    assert safety.backup_action in window.file_menu.actions()
    assert safety.restore_action in window.file_menu.actions()

    safety.backup_action.trigger()
    qtbot.waitUntil(lambda: any(info.reason == "manual" for info in backup_store.list_backups(data_dir)))
    qtbot.waitUntil(lambda: any("Backup saved" in text for text in quiet_messages))

    import datetime as dt

    from calfdesk.domain.diary import make_entry
    from calfdesk.storage import diary_store

    diary_store.add_entry(
        window.context.db, make_entry(local_date=dt.date.today(), local_time=dt.time(9, 0), soreness=8)
    )
    manual = next(info for info in backup_store.list_backups(data_dir) if info.reason == "manual")

    def pick_manual() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, pick_manual)
            return
        for row in range(dialog.list.count()):
            if dialog.list.item(row).data(0x0100) == str(manual.path):
                dialog.list.setCurrentRow(row)
        dialog.restore_button.click()

    diary_page = window.page("diary")
    qtbot.waitUntil(lambda: diary_page.model.rowCount() == len(ids) + 1)
    restored_on: list[threading.Thread] = []
    restore_backup = backups.restore_backup

    def recorded_restore(*args, **kwargs):
        restored_on.append(threading.current_thread())
        return restore_backup(*args, **kwargs)

    monkeypatch.setattr(backups, "restore_backup", recorded_restore)
    old_db = window.context.db
    QTimer.singleShot(0, pick_manual)
    safety.restore_action.trigger()
    qtbot.waitUntil(lambda: window.context.db is not old_db and window.isEnabled(), timeout=10_000)
    assert len(restored_on) == 1 and restored_on[0] is not threading.main_thread(), "restored off the GUI thread"
    assert entry_ids(paths.database_path(data_dir)) == ids
    qtbot.waitUntil(lambda: diary_page.model.rowCount() == len(ids))
    assert any(p.name.startswith("calfdesk.sqlite3.replaced-") for p in data_dir.iterdir())


def _fill_form(page) -> None:
    page.form.soreness.setValue(7)
    page.form.notes.setPlainText("hill repeats, left calf tight " * 150)
    page.form.stiffness.setValue(25)


def _form_values(page) -> tuple[int, str, int]:
    return page.form.soreness.value(), page.form.notes.toPlainText(), page.form.stiffness.value()


def test_a_full_disk_keeps_the_form_input_for_a_retry(
    make_window, qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = make_diary(data_dir, 10)
    window = make_window()
    page = window.navigate("diary")
    qtbot.waitUntil(lambda: page.model.rowCount() == len(ids))  # no load still running when the disk fills
    db = window.context.db
    db.mark_backed_up_today()
    _fill_form(page)
    typed = _form_values(page)
    free_disk = limit_pages(monkeypatch, extra_pages=0)

    page.save_button.click()

    qtbot.waitUntil(page.form_problem.isVisible, timeout=10_000)
    assert _form_values(page) == typed
    assert "full" in page.form_problem.text() and "still here" in page.form_problem.text()
    assert entry_ids(db.path) == ids

    free_disk()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.save_button.click()
    assert len(entry_ids(db.path)) == len(ids) + 1
    assert page.form.notes.toPlainText() == ""


def test_a_read_only_folder_keeps_the_form_input_for_a_retry(make_window, qtbot, data_dir: Path) -> None:
    ids = make_diary(data_dir, 10)
    window = make_window()
    page = window.navigate("diary")
    qtbot.waitUntil(lambda: page.model.rowCount() == len(ids))  # no load still running when the folder locks
    window.context.db.mark_backed_up_today()
    _fill_form(page)
    typed = _form_values(page)
    with read_only_folder(data_dir):
        page.save_button.click()
        qtbot.waitUntil(page.form_problem.isVisible, timeout=10_000)
        assert _form_values(page) == typed
        assert "cannot be written" in page.form_problem.text()
        assert entry_ids(paths.database_path(data_dir)) == ids
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.save_button.click()
    assert len(entry_ids(paths.database_path(data_dir))) == len(ids) + 1


def test_entries_logged_from_the_command_line_appear_after_refresh(make_window, qtbot, data_dir: Path) -> None:
    window = make_window()
    page = window.navigate("diary")
    result = run_cli(data_dir, "log", "--soreness", "6", "--note", "logged from the terminal")
    assert result.returncode == 0, result.stderr
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        window.refresh_action.trigger()
    rows = range(page.model.rowCount())
    qtbot.waitUntil(lambda: all(page.model.index(row, 7).data() is not None for row in rows), timeout=5000)
    assert "logged from the terminal" in [page.model.index(row, 7).data() for row in rows]


def test_window_and_command_line_write_at_the_same_time(make_window, qtbot, data_dir: Path) -> None:
    import datetime as dt

    from calfdesk.domain.diary import make_entry
    from calfdesk.storage import diary_store
    from calfdesk.ui.operations import Changes, write

    window = make_window()
    command = [sys.executable, "-m", "calfdesk", "--data-dir", str(data_dir), "log", "--soreness", "3"]
    loop = f"for i in 1 2 3 4 5; do {' '.join(command)} --note cli$i || exit 1; done"
    with subprocess.Popen(["bash", "-c", loop], env=cli_env(), stdout=subprocess.PIPE, text=True) as cli:
        saves = []
        for minute in range(5):
            entry = make_entry(local_date=dt.date.today(), local_time=dt.time(5, minute), soreness=2, notes="window")
            saves.append(write(window.context, lambda db, e=entry: diary_store.add_entry(db, e), Changes.DIARY))
        qtbot.waitUntil(lambda: cli.poll() is not None and all(save.done for save in saves), timeout=60_000)
        output = cli.stdout.read() if cli.stdout else ""
    assert cli.returncode == 0
    assert len(output.split()) == 5
    assert len(entry_ids(paths.database_path(data_dir))) == 10


# one window per data folder ----------------------------------------------------------------------------


def test_first_window_claims_the_folder_with_a_private_lock(qtbot, data_dir: Path) -> None:
    instance = SingleInstance(data_dir)
    try:
        assert instance.claim().outcome is Outcome.ACQUIRED
        lock = paths.window_lock_path(data_dir)
        assert lock.read_text().splitlines()[0] == str(os.getpid())
        assert (lock.stat().st_mode & 0o777) == paths.FILE_MODE
    finally:
        instance.release()
    assert not paths.window_lock_path(data_dir).exists()


@pytest.mark.slow
def test_a_second_start_brings_the_first_window_forward(qtbot, data_dir: Path) -> None:
    instance = SingleInstance(data_dir)
    assert instance.claim().outcome is Outcome.ACQUIRED
    env = {**cli_env(), "QT_QPA_PLATFORM": "offscreen"}
    try:
        with qtbot.waitSignal(instance.activation_requested, timeout=30_000):
            second = subprocess.Popen(
                [sys.executable, "-m", "calfdesk", "--data-dir", str(data_dir)],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=30_000)
        _out, err = second.communicate()
    finally:
        instance.release()
    assert second.returncode == 0, err
    # It never opened the data file: no second writer.
    assert not paths.database_path(data_dir).exists()


def test_a_lock_left_by_a_dead_process_is_stale_and_taken_over(qtbot, data_dir: Path) -> None:
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(finished.stdout)
    paths.ensure_private_dir(data_dir)
    paths.window_lock_path(data_dir).write_text(f"{dead_pid}\ncalfdesk\n{socket.gethostname()}\n")
    instance = SingleInstance(data_dir)
    try:
        assert instance.claim().outcome is Outcome.ACQUIRED
    finally:
        instance.release()


@pytest.mark.slow
def test_a_window_that_does_not_answer_is_named_in_the_refusal(qtbot, data_dir: Path) -> None:
    paths.ensure_private_dir(data_dir)
    holder_code = (
        "import sys, time\n"
        "from PySide6.QtCore import QLockFile\n"
        "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0)\n"
        "print('locked', flush=True); time.sleep(60)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", holder_code, str(paths.window_lock_path(data_dir))],
        stdout=subprocess.PIPE,
        text=True,
        env=cli_env(),
    ) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
            claim = SingleInstance(data_dir).claim()
        finally:
            holder.kill()
    assert claim.outcome is Outcome.BUSY
    assert f"process {holder.pid}" in claim.message and "does not respond" in claim.message


def test_damage_reported_by_any_page_or_slot_opens_the_restore_dialog(
    window, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from calfdesk.errors import StorageProblem
    from calfdesk.storage.errors import storage_error
    from calfdesk.ui.widgets.messages import show_error

    asked: list[str] = []

    def stay(_parent, error, *, can_restore):
        asked.append(error.problem.value)
        return recovery.Choice.CHOOSE_FOLDER

    monkeypatch.setattr(recovery, "ask_what_to_do", stay)
    monkeypatch.setattr(recovery.QFileDialog, "getExistingDirectory", lambda *_args: "")
    damaged = storage_error(StorageProblem.CORRUPT, paths.database_path(data_dir))
    show_error(window.page("diary"), "The diary could not be loaded", damaged)
    not_ours: list[BaseException] = []
    hook = window.data_safety.excepthook(lambda _kind, error, _trace: not_ours.append(error))
    hook(type(damaged), damaged, None)
    hook(KeyError, KeyError("bug"), None)
    assert asked == ["corrupt", "corrupt"]
    assert [type(error) for error in not_ours] == [KeyError]
    assert window.isVisible()
