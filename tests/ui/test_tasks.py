import threading

from PySide6.QtWidgets import QLabel

from calfdesk.ui.tasks import run_task, wait_for_all


def test_result_arrives_on_the_gui_thread_with_progress(qtbot) -> None:
    seen: list[object] = []
    progress: list[tuple[int, int, str]] = []

    def work(context):
        context.progress(1, 2, "half")
        return threading.current_thread() is threading.main_thread()

    run_task(work, seen.append, seen.append, on_progress=lambda *args: progress.append(args))
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [False], "the work itself ran off the GUI thread"
    assert progress == [(1, 2, "half")]


def test_failure_is_delivered_not_raised(qtbot) -> None:
    errors: list[BaseException] = []

    def work(_context):
        raise ValueError("bad file")

    run_task(work, lambda _result: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "bad file"


def test_cancel_is_seen_by_the_work(qtbot) -> None:
    started = threading.Event()
    release = threading.Event()
    outcome: list[object] = []

    def work(context):
        started.set()
        release.wait(5)
        return context.cancelled

    handle = run_task(work, outcome.append, outcome.append)
    assert started.wait(5)
    handle.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == [True]


def test_a_result_for_a_closed_widget_is_dropped(qtbot) -> None:
    class Receiver(QLabel):
        def show_result(self, text: str) -> None:
            self.setText(text)

    receiver = Receiver()
    release = threading.Event()

    def work(_context):
        release.wait(5)
        return "late"

    run_task(work, receiver.show_result, receiver.show_result)
    receiver.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(receiver), timeout=5000)
    release.set()
    wait_for_all()
    qtbot.wait(50)  # let the queued result arrive; it must not touch the deleted label
