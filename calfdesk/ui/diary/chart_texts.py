"""What the diary chart says in words: the hover label of a point and the legend under the plot."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

from PySide6.QtGui import QColor

from calfdesk.domain.diary import CONTEXT_LABELS, LOCATION_LABELS, SIDE_LABELS
from calfdesk.i18n import Texts
from calfdesk.storage.diary_store import DiaryRow
from calfdesk.ui.widgets import theme
from calfdesk.ui.widgets.plain_text import escaped
from calfdesk.ui.widgets.texts import domain_word, numeric_date

# The weekly distance bars sit beneath the soreness, see-through so the soreness stays in front.
BAR_ALPHA: Final = 80

# Which contexts get their own marker (key, symbol, colour); the rest share the "other" marker.
POINT_GROUPS: Final = (
    ("morning", "o", "morning"),
    ("after_run", "t", "after_run"),
    ("rest", "s", "other_point"),
)
# The legend's name of each group of points.
POINT_NAMES: Final = {"morning": "Morning", "after_run": "After run", "rest": "During run or other"}


@dataclass(frozen=True, slots=True)
class ChartPoint:
    """The entry under the pointer: where it sits on the chart and its hover label."""

    entry_id: int
    x: float
    soreness: int
    description: str


_tr = Texts(__name__)


def legend_html(colors: theme.Theme, *, summary: bool, weekly_distance: bool = False) -> str:
    """The legend of every entry, or of the weekly summary, in the theme's colours; with the weekly distance
    bars when they show."""
    marks = {"o": "●", "t": "▼", "s": "■"}
    if summary:
        band = QColor(colors.colors["daily_max"])
        band.setAlpha(110)
        items = [
            (colors.colors["daily_max"], "━━", _tr("Worst of the week")),
            (band.name(QColor.NameFormat.HexArgb), "▇▇", _tr("From the week's mildest to its worst day")),
        ]
    else:
        items = [
            (colors.colors["daily_max"], "━━", _tr("Worst of the day")),
            (colors.colors["rolling_mean"], "╍╍", _tr("7-day average")),
            *((colors.colors[color], marks[symbol], _tr(POINT_NAMES[key])) for key, symbol, color in POINT_GROUPS),
        ]
    if weekly_distance:
        bars = QColor(colors.colors["distance_bar"])
        bars.setAlpha(BAR_ALPHA)
        items.append((bars.name(QColor.NameFormat.HexArgb), "▇", _tr("Distance per week")))
    # Non-breaking spaces inside an item, so a narrow chart wraps between items, never within one.
    return " &nbsp; ".join(
        f"<span style='color:{color}'>{mark}</span>&nbsp;{escaped(name).replace(' ', '&nbsp;')}"
        for color, mark, name in items
    )


def describe_point(x: float, soreness: int) -> str:
    """What the chart itself knows of a point whose entry could not be read."""
    moment = dt.datetime.fromtimestamp(round(x), dt.UTC)
    color = QColor(theme.current().colors["text"]).name()
    return _tr(
        "<span style='color:{color}'><b>{moment:%Y-%m-%d %H:%M}</b> · soreness <b>{soreness}</b>/10</span>"
    ).format(color=color, moment=moment, soreness=soreness)


def describe(row: DiaryRow) -> str:
    """The hover label of an entry whose row has been read."""
    color = QColor(theme.current().colors["text"]).name()
    where = f"{domain_word(LOCATION_LABELS[row.location])}, {domain_word(SIDE_LABELS[row.side])}"
    lines = [
        _tr("<span style='color:{color}'><b>{date} {time}</b> · soreness <b>{soreness}</b>/10").format(
            color=color,
            date=numeric_date(dt.date.fromisoformat(row.local_date)),
            time=row.local_time,
            soreness=row.soreness,
        ),
        f"{domain_word(CONTEXT_LABELS[row.context])}, {where}",
    ]
    if row.stiffness_min is not None:
        lines.append(_tr("Morning stiffness {minutes} min").format(minutes=row.stiffness_min))
    if row.notes:
        notes = row.notes
        short = notes if len(notes) <= 80 else notes[:77] + "…"
        lines.append(escaped(short))
    return "<br>".join(lines) + "</span>"
