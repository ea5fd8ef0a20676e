"""Charts and painted widgets follow a change of theme at once: switching View > Theme > Dark with a chart on
screen repaints it in the dark colours, no restart needed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget

from calfdesk.domain.diary import make_entry
from calfdesk.domain.rehab import HeelRaiseTest
from calfdesk.domain.runs import make_run
from calfdesk.services import training
from calfdesk.storage import diary_store
from calfdesk.ui.context import Changes
from calfdesk.ui.today.week_strip import WeekStrip
from calfdesk.ui.widgets import theme

LIGHT = theme.load_theme("light")
DARK = theme.load_theme("dark")


@pytest.fixture(autouse=True)
def light_again() -> Iterator[None]:
    """Later tests expect the light theme the window fixture starts with."""
    yield
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, "light")


def choose_theme(window, name: str) -> None:
    """View > Theme > (name), as the runner picks it from the menu."""
    labels = {"system": "Follow the system", "light": "Light", "dark": "Dark"}
    action = next(action for action in window._theme_actions if action.text() == labels[name])
    action.trigger()


def share_of(image: QImage, color: QColor) -> float:
    """The share of an image's pixels within a small distance of `color` (sampled every 4th pixel)."""
    hits = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            pixel = image.pixelColor(x, y)
            total += 1
            close = (
                abs(pixel.red() - color.red()) + abs(pixel.green() - color.green()) + abs(pixel.blue() - color.blue())
            )
            hits += close < 12
    return hits / max(total, 1)


def looks(widget: QWidget, colors: theme.Theme) -> float:
    """How much of `widget` as drawn is the theme's surface colour."""
    return share_of(widget.grab().toImage(), colors.color("surface"))


def test_switching_to_dark_repaints_the_diary_chart_at_once(window, qtbot) -> None:
    db = window.context.db
    today = dt.date.today()
    for offset in range(10):
        diary_store.add_entry(
            db, make_entry(local_date=today - dt.timedelta(days=offset), local_time=dt.time(8), soreness=offset % 6)
        )
    training.add_run(
        db,
        make_run(
            start=dt.datetime.combine(today, dt.time(7), dt.UTC), duration_s=1800, distance_km=6.0, elevation_gain_m=10
        ),
    )
    window.context.events.changed.emit(Changes.DIARY | Changes.TRAINING)
    page = window.navigate("diary")
    chart = page.chart
    qtbot.waitUntil(lambda: chart._series.count == 10 and chart.weekly_check.isVisible(), timeout=10_000)
    qtbot.mouseClick(chart.weekly_check, Qt.MouseButton.LeftButton)
    assert looks(chart.plot_widget, LIGHT) > 0.5

    choose_theme(window, "dark")

    assert looks(chart.plot_widget, DARK) > 0.5, "the plot is drawn on the dark surface"
    assert looks(chart.plot_widget, LIGHT) < 0.01, "nothing of the white plot is left"
    assert chart.max_curve.opts["pen"].color() == DARK.color("daily_max")
    legend = chart.legend.text()
    assert DARK.colors["daily_max"] in legend and LIGHT.colors["daily_max"] not in legend
    assert DARK.colors["distance_bar"].lstrip("#") in legend, "the weekly bars' legend entry follows too"
    assert chart.weekly_bars.bars.opts["brush"].color().rgb() == DARK.color("distance_bar").rgb()

    choose_theme(window, "light")
    assert looks(chart.plot_widget, LIGHT) > 0.5


def test_training_charts_and_today_strip_follow_the_theme(window, qtbot) -> None:
    db = window.context.db
    today = dt.date.today()
    for week in range(3):
        start = dt.datetime.combine(today - dt.timedelta(weeks=week), dt.time(7), dt.UTC)
        training.add_run(db, make_run(start=start, duration_s=2400, distance_km=8.0, elevation_gain_m=200.0))
    diary_store.add_entry(db, make_entry(local_date=today, local_time=dt.time(8), soreness=3))
    window.context.events.changed.emit(Changes.DIARY | Changes.TRAINING)
    page = window.navigate("training")
    chart = page.chart
    qtbot.waitUntil(lambda: len(chart.hill_markers.data) == 3, timeout=10_000)
    assert looks(chart.distance_widget, LIGHT) > 0.4

    choose_theme(window, "dark")

    assert looks(chart.distance_widget, DARK) > 0.4 and looks(chart.climb_widget, DARK) > 0.4
    assert looks(chart.distance_widget, LIGHT) < 0.01
    assert chart.climb_bars.opts["brush"].color() == DARK.color("rolling_mean")
    today_page = window.navigate("today")
    strip = today_page.findChild(WeekStrip)
    qtbot.waitUntil(lambda: bool(strip.days), timeout=10_000)
    # The strip paints on the page's own background; its bar of today is in the dark accent now.
    image = strip.grab().toImage()
    assert share_of(image, DARK.color("accent")) > 0 and share_of(image, LIGHT.color("accent")) == 0


def test_heel_raise_chart_follows_the_theme(qtbot) -> None:
    from calfdesk.ui.rehab.heel_raise_chart import HeelRaiseChart

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme.apply(app, "light")
    chart = HeelRaiseChart()
    qtbot.addWidget(chart)
    chart.resize(600, 400)
    chart.set_tests([HeelRaiseTest(dt.date(2026, 3, 1), 20, 25)], "left", 25, 90.0)
    chart.show()
    qtbot.waitExposed(chart)
    assert looks(chart.view, LIGHT) > 0.5
    theme.apply(app, "dark")
    assert looks(chart.view, DARK) > 0.5 and looks(chart.view, LIGHT) < 0.01
    assert chart.left_curve.opts["pen"].color() == DARK.color("morning")


def test_the_fast_rise_flag_of_the_week_card_takes_the_new_warning_colour(window, qtbot) -> None:
    db = window.context.db
    monday = dt.date.today() - dt.timedelta(days=dt.date.today().weekday())
    for week, km in ((5, 10.0), (4, 10.0), (3, 10.0), (2, 30.0), (1, 30.0)):
        start = dt.datetime.combine(monday - dt.timedelta(weeks=week), dt.time(7), dt.UTC)
        training.add_run(db, make_run(start=start, duration_s=km * 330, distance_km=km))
    window.context.events.changed.emit(Changes.TRAINING)
    card = window.navigate("training").week_card
    qtbot.waitUntil(lambda: LIGHT.colors["warning"] in card.change_label.text(), timeout=10_000)
    choose_theme(window, "dark")
    assert DARK.colors["warning"] in card.change_label.text()
    assert LIGHT.colors["warning"] not in card.change_label.text()


def test_a_desktop_switch_to_dark_restyles_the_charts_when_the_theme_follows_the_system(
    window, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    choose_theme(window, "system")
    theme.follow_desktop(app, lambda: window.context.settings.theme)
    chart = window.navigate("diary").chart
    monkeypatch.setattr(theme, "resolve", lambda choice: "dark" if choice == "system" else choice)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current().is_dark
    assert chart.plot_widget.backgroundBrush().color() == DARK.color("surface")

    choose_theme(window, "light")
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not theme.current().is_dark, "a chosen light theme stays light"
