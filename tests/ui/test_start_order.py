"""What the window does first and what it leaves for later, so it appears quickly with years of data."""

from __future__ import annotations

import sys


def test_extras_wait_for_the_first_page_then_load(make_window, qtbot) -> None:
    window = make_window(show=False)
    today = window.page("today")
    assert not window.context.started, "pattern cards and warnings wait while the first page loads"
    with qtbot.waitSignal(today.insights.loaded, timeout=10_000):
        window.show()
    assert window.context.started


def test_an_idle_window_loads_the_other_pages_in_the_background(window, qtbot) -> None:
    qtbot.waitUntil(window.preloader.done.is_set, timeout=20_000)
    assert set(window.preloader.modules) <= set(sys.modules)
    page = window.navigate("diary")
    qtbot.waitUntil(lambda: page.range_summary.text() == "0 entries", timeout=5000)


def test_the_window_takes_the_interpreter_back_quickly_from_background_work(qapp) -> None:
    """Each Qt call of the GUI thread lets go of the interpreter and waits to get it back from a busy import
    thread; the application shortens that wait (the runs-import benchmark measures the effect)."""
    import sys

    from calfdesk.ui.shell.app import GUI_SWITCH_INTERVAL_S, make_application

    make_application()
    assert sys.getswitchinterval() <= GUI_SWITCH_INTERVAL_S <= 0.002
