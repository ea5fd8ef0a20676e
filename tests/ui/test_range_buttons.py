"""The row of range buttons both charts are built with: one highlighted button, the span it stands for on a
click, none highlighted once the view was moved by hand."""

from __future__ import annotations

from calfdesk.ui.widgets.range_buttons import Range, RangeButtons


def _row(qtbot, chosen: list[int]) -> RangeButtons:
    row = RangeButtons(
        [Range("30 d", "Show the last 30 days", 30), Range("All", "Show all entries", 0)],
        chosen.append,
        default=30,
    )
    qtbot.addWidget(row)
    return row


def test_the_default_is_highlighted_and_a_click_asks_for_its_span(qtbot) -> None:
    chosen: list[int] = []
    row = _row(qtbot, chosen)
    assert [button.text() for button in row.group.buttons()] == ["30 d", "All"]
    assert [button.accessibleName() for button in row.group.buttons()] == ["Show the last 30 days", "Show all entries"]
    assert row.highlighted() == 30
    row.group.button(0).click()
    assert chosen == [0]
    assert row.highlighted() == 0


def test_release_leaves_no_button_highlighted_and_highlight_brings_one_back(qtbot) -> None:
    row = _row(qtbot, [])
    row.release()
    assert row.highlighted() == -1
    assert not any(button.isChecked() for button in row.group.buttons())
    row.highlight(0)
    assert row.highlighted() == 0
    row.highlight(7)  # no button for that span
    assert row.highlighted() == 0


def test_both_charts_use_the_one_row(window, qtbot) -> None:
    diary = window.navigate("diary")
    training = window.navigate("training")
    qtbot.waitUntil(lambda: diary.chart is not None and training.chart is not None, timeout=5000)
    assert isinstance(diary.chart.ranges, RangeButtons)
    assert isinstance(training.chart.ranges, RangeButtons)
    assert [button.text() for button in diary.chart.ranges.group.buttons()] == ["30 d", "90 d", "1 y", "All"]
    assert [button.text() for button in training.chart.ranges.group.buttons()] == ["12 w", "26 w", "1 y", "All"]
